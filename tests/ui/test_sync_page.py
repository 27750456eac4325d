"""The Sync page against a real county server on loopback: enrol from the page, "Sync now",
the conflict inbox with two devices, automatic sync on the timer (and what it does when the
server is down), screenshots in Chinese and Tibetan."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models import Household
from tests.conftest import ADMIN_PASSWORD, SUPERVISOR_PASSWORD
from tests.ui.conftest import SCREENSHOTS, make_household, settle, sign_in, sign_in_worker


@pytest.fixture()
def county(tmp_path):
    """A live county server: (server thread, server store)."""
    from app.server.api import create_app
    from app.server.db import ServerStore
    from app.server.keys import create_county_keys

    from tests.sync.sync_support import ServerThread

    store = ServerStore(f"sqlite:///{tmp_path / 'county.db'}")
    store.create_schema()
    server = ServerThread(create_app(store, create_county_keys(tmp_path / "keys"))).start()
    yield server, store
    server.stop()
    store.close()


def _status(window):
    from app.sync.status import sync_status

    return sync_status(window.context.workspace)


def _enrol_from_page(window, server, store):
    from app.server.enrollment import issue_enrollment_code

    page = window.main.pages["sync"]
    window.main.go("sync")
    settle(window)
    assert page.enroll_box.isVisible() and not page.sync_button.isEnabled()
    page.url.setText(server.url)
    settle(window)
    page.code.setText(issue_enrollment_code(store, "tsal"))
    page.fingerprint.setText(server.fingerprint)
    assert not page.plain_warning.isHidden()  # http:// (here loopback): the warning shows
    page.url.setText("https://county.example.cn")
    assert page.plain_warning.isHidden()
    page.url.setText(server.url)
    settle(window)
    page.enroll_button.click()
    settle(window)
    return page


def _history_events(window):
    from app.sync.status import sync_history

    return [h.event for h in sync_history(window.context.workspace, 50)]


def test_only_the_admin_enrols_whichever_front_asks(station_app, county):
    from app.server.enrollment import issue_enrollment_code
    from app.services import sync

    server, store = county
    main = sign_in_worker(station_app)
    main.go("sync")
    settle(station_app)
    page = main.pages["sync"]
    assert page.enroll_box.isVisible() and page.enroll_note.isVisible()
    assert not page.enroll_button.isEnabled() and not page.url.isEnabled()
    shown = []
    station_app.errors.shown.connect(shown.append)
    station_app.context.op(sync.enroll, server.url, issue_enrollment_code(store, "tsal"),
                           fingerprint=server.fingerprint)
    settle(station_app)  # the use case itself refuses a worker, not only the page
    assert len(shown) == 1 and not _status(station_app).enrolled
    station_app.lock()
    settle(station_app)
    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    main.go("sync")
    settle(station_app)
    page = main.pages["sync"]
    assert page.enroll_button.isEnabled() and not page.enroll_note.isVisible()


def test_enrol_from_the_page_and_sync_now(station_app, county):
    server, store = county
    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    make_household(station_app)
    page = _enrol_from_page(station_app, server, store)
    assert _status(station_app).enrolled and not page.enroll_box.isVisible()
    make_household(station_app, name_zh="李四")
    main.go("sync")
    settle(station_app)
    assert _status(station_app).pending_changes > 0
    page.sync_button.click()
    settle(station_app)
    status = _status(station_app)
    assert status.pending_changes == 0 and status.last_contact is not None
    assert "：0" in page.state.text() or ": 0" in page.state.text()
    assert "从未" not in page.state.text()
    assert page.history.count() >= 2  # connected, sent and received
    assert not page.progress.isVisible() and page.sync_button.isEnabled()
    main.go("today")
    settle(station_app)
    today = main.pages["today"].sync_label.text()
    assert "县" in today and status.last_contact is not None
    assert "从未" not in today


def test_conflict_inbox_with_two_devices(station_app, county, tmp_path, recovery_keys):
    from app.server.enrollment import issue_enrollment_code
    from app.services.households import HouseholdInput, update_household
    from app.services.station import sign_in as service_sign_in
    from app.services.station import sign_out
    from app.sync.client import SyncClient
    from app.services.sync import join_station
    from app.sync.transport import HttpTransport

    server, store = county
    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    make_household(station_app, name_zh="张三")
    from app.services.staff import set_user_role, user_id_of

    here = station_app.context.workspace  # supervisors only read records: a second admin edits
    set_user_role(here, user_id_of(here, "wangfang"), "admin")
    page = _enrol_from_page(station_app, server, store)
    assert _status(station_app).pending_changes == 0
    join_station(tmp_path / "laptop", url=server.url, code=issue_enrollment_code(store, "tsal"),
                 username="wangfang", password=SUPERVISOR_PASSWORD,
                 county_recovery_public=recovery_keys[1], fingerprint=server.fingerprint)
    laptop = service_sign_in(tmp_path / "laptop", "wangfang", SUPERVISOR_PASSWORD)
    here = station_app.context.workspace
    with here.read() as session:
        household = session.scalars(select(Household)).one()
        village, household_id = household.village_id, household.id
    update_household(here, household_id, HouseholdInput(village, "一号", notes="门口有狗"))
    update_household(laptop, household_id, HouseholdInput(village, "一号", notes="老人独居"))
    page.sync_button.click()
    settle(station_app)
    SyncClient(laptop.store, HttpTransport(server.url)).sync_now()
    settle(station_app)
    page.sync_button.click()
    settle(station_app)
    assert _status(station_app).conflicts == 1
    assert "1" in page.conflicts_button.text()
    page.conflicts_button.click()
    settle(station_app)
    inbox = page.inbox
    assert inbox.isVisible() and inbox.table.rowCount() == 1
    row = [inbox.table.item(0, c).text() for c in range(5)]
    assert "张三" in row[0] and row[1] == "备注" and row[2] == "门口有狗" and row[3] == "老人独居"
    assert inbox.here_value.toPlainText() == "门口有狗"
    assert inbox.other_value.toPlainText() == "老人独居"
    _screenshots(station_app, page, inbox)
    station_app.switch_language("zh_CN", store=False)
    settle(station_app)
    inbox.keep_other.click()
    settle(station_app)
    assert inbox.table.rowCount() == 0 and inbox.empty.isVisible()
    assert _status(station_app).conflicts == 0 and "0" in page.conflicts_button.text()
    with here.read() as session:
        assert session.get(Household, household_id).notes == "老人独居"
    inbox.close_button.click()
    settle(station_app)
    page.sync_button.click()  # the choice goes to the county and to the laptop
    settle(station_app)
    SyncClient(laptop.store, HttpTransport(server.url)).sync_now()
    settle(station_app)
    with laptop.read() as session:
        assert session.get(Household, household_id).notes == "老人独居"
    sign_out(laptop)


def _screenshots(window, page, inbox) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for language in ("zh_CN", "bo"):
        window.switch_language(language, store=False)
        settle(window)
        page.refresh()
        settle(window)
        inbox.refresh()
        settle(window)
        QApplication.processEvents()
        window.grab().save(str(SCREENSHOTS / f"{language}_sync_page.png"))
        inbox.grab().save(str(SCREENSHOTS / f"{language}_conflict_inbox.png"))


def test_automatic_sync_on_the_timer_and_when_the_server_is_down(station_app, county, qtbot):
    server, store = county
    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    page = _enrol_from_page(station_app, server, store)
    make_household(station_app)
    assert _status(station_app).pending_changes > 0
    page.auto.set_interval(0.2)
    qtbot.waitUntil(lambda: _status(station_app).pending_changes == 0, timeout=10000)
    server.stop()
    make_household(station_app, name_zh="李四")
    qtbot.waitUntil(lambda: "unreachable" in _history_events(station_app), timeout=10000)
    qtbot.wait(800)  # a few more ticks while the server is down
    assert _history_events(station_app).count("unreachable") == 1  # noted once, not each tick
    assert _status(station_app).pending_changes > 0  # kept safely until the next contact
    assert QApplication.activeModalWidget() is None  # never a pop-up
    main.go("sync")
    settle(station_app)
    assert "自动" in page.auto_state.text() and "无法" in page.auto_state.text()
    assert page.auto.timer.isActive() and not page.auto.running
    assert page.sync_button.isEnabled()


def test_automatic_sync_does_nothing_when_not_enrolled(station_app, qtbot):
    main = sign_in_worker(station_app)
    page = main.pages["sync"]
    page.auto.set_interval(0.1)
    qtbot.wait(400)
    page.auto.stop()
    settle(station_app)  # a tick's answer is delivered
    assert _history_events(station_app) == [] and not page.auto.running


def test_sync_now_off_the_gui_thread(prepared_app, station_dir, county, qtbot):
    """With the real worker threads: the sync runs off the GUI thread and its result arrives."""
    from app.server.enrollment import issue_enrollment_code
    from app.services.station import sign_in as service_sign_in
    from app.services.station import sign_out
    from app.sync.client import SyncClient
    from app.ui.application import StationApp
    from app.ui.background import Runner
    from app.ui.errors import ErrorPresenter

    server, store = county
    admin = service_sign_in(station_dir, "admin", ADMIN_PASSWORD)
    SyncClient(admin.store).enroll(server.url, issue_enrollment_code(store, "tsal"),
                                   fingerprint=server.fingerprint)
    sign_out(admin)
    window = StationApp(station_dir, runner=Runner(), errors=ErrorPresenter(modal=False),
                        language="zh_CN")
    qtbot.addWidget(window)
    window.show()
    window.sign_in.username.setText("zhuoma")
    window.sign_in.password.setText("worker-pass-1")
    window.sign_in.submit()
    qtbot.waitUntil(lambda: window.main is not None, timeout=10000)
    page = window.main.pages["sync"]
    window.main.go("sync")
    qtbot.waitUntil(lambda: page.overview is not None and page.sync_button.isEnabled(),
                    timeout=10000)
    page.sync_button.click()
    qtbot.waitUntil(lambda: page.auto.last is not None, timeout=15000)
    assert page.auto.last.state == "synced", page.auto.last
    qtbot.waitUntil(lambda: "sync" in [h.event for h in page.overview.history], timeout=10000)
    runner = window.context.runner
    window.lock()
    runner.wait()
    runner.shutdown()


def test_enrol_refuses_a_wrong_fingerprint_and_says_so(station_app, county):
    """The Sync page's fingerprint field goes through the same check as the command line:
    a fingerprint that is not the county's leaves the computer unenrolled, with a message."""
    from app.server.enrollment import issue_enrollment_code
    from app.sync.trust import county_fingerprint

    server, store = county
    sign_in(station_app, "admin", ADMIN_PASSWORD)  # enrolling is the admin's
    page = station_app.main.pages["sync"]
    station_app.main.go("sync")
    settle(station_app)
    page.url.setText(server.url)
    page.code.setText(issue_enrollment_code(store, "tsal"))
    page.fingerprint.setText(county_fingerprint(b"\x01" * 32, b"\x02" * 32))
    page.enroll_button.click()
    settle(station_app)
    assert not _status(station_app).enrolled and not page.enroll_box.isHidden()
    assert "指纹" in (station_app.errors.last_text or "")
    page.fingerprint.setText(server.fingerprint)
    page.enroll_button.click()
    settle(station_app)
    assert _status(station_app).enrolled


def test_a_refused_change_shows_its_reason_waits_and_can_be_discarded(station_app, county,
                                                                      monkeypatch):
    """The county refuses one change: the page says why (in Chinese), keeps it waiting, shows
    the clock warning, and "Discard" (after the question) stops it with an audit entry."""
    from sqlalchemy import insert

    from app.models import AuditEntry, ChangeLogEntry, new_id
    from app.protocol import hlc as hlc_module

    server, store = county
    main = sign_in(station_app, "admin", ADMIN_PASSWORD)  # only the admin enrols
    make_household(station_app)
    page = _enrol_from_page(station_app, server, store)
    workspace = station_app.context.workspace
    with workspace.read() as session:
        household_id = session.scalar(select(Household.id))
    with workspace.store.transaction() as session:
        session.execute(insert(ChangeLogEntry).values(
            change_id=new_id(), hlc=workspace.store.clock.now().encode(),
            device_id=workspace.store.device_id, kind="household", record_id=household_id,
            author_id=workspace.user_id, op="update", fields=["water_source"],
            snapshot={"id": household_id, "water_source": "井水"}))
    real = hlc_module.wall_clock_ms
    monkeypatch.setattr(hlc_module, "wall_clock_ms", lambda: real() + 3 * 3600 * 1000)
    main.go("sync")
    settle(station_app)
    page.sync_button.click()
    settle(station_app)
    assert _status(station_app).pending_changes == 1  # not counted as sent
    page.refresh()
    settle(station_app)
    rows = [page.quarantine.item(i).text() for i in range(page.quarantine.count())]
    assert len(rows) == 1 and "县服务器不认识" in rows[0] and "water_source" in rows[0]
    assert "分钟" in page.state.text() and "快 180 分钟" in page.state.text()
    from PySide6.QtWidgets import QMessageBox

    page.quarantine.setCurrentRow(0)
    page.discard_button.click()
    assert page.discard_box is not None and page.discard_box.isVisible(), "discarded unasked"
    page.discard_box.button(QMessageBox.StandardButton.Yes).click()
    settle(station_app)
    assert _status(station_app).pending_changes == 0
    with workspace.read() as session:
        assert session.scalar(select(AuditEntry.action).where(
            AuditEntry.action == "sync.change_discarded")) == "sync.change_discarded"
    page.refresh()
    QApplication.processEvents()
    assert all("water_source" not in page.quarantine.item(i).text()
               for i in range(page.quarantine.count()))


def test_today_warns_after_signing_in_with_the_clock_set_back(station_app, monkeypatch):
    """A household saved while the clock was a day ahead; after the clock is set back, the
    first page after sign-in (Today) says so."""
    from app.protocol import hlc as hlc_module

    real = hlc_module.wall_clock_ms
    main = sign_in_worker(station_app)
    monkeypatch.setattr(hlc_module, "wall_clock_ms", lambda: real() + 24 * 3600 * 1000)
    make_household(station_app)
    main.go("today")
    main.pages["today"].refresh()
    QApplication.processEvents()
    assert "本机时钟早于" not in main.pages["today"].sync_label.text()  # still a day ahead
    monkeypatch.setattr(hlc_module, "wall_clock_ms", real)
    main.pages["today"].refresh()
    QApplication.processEvents()
    assert "本机时钟早于它最新的一条记录" in main.pages["today"].sync_label.text()


def test_usb_folder_import_names_a_missing_folder(station_app, county, tmp_path, monkeypatch):
    """The Sync page's "Read from a USB folder" with a folder that is gone (the stick was
    pulled out after choosing it) says so in Chinese, naming it, instead of "0 parcels"."""
    import app.ui.pages.sync as sync_page

    server, store = county
    sign_in(station_app, "admin", ADMIN_PASSWORD)
    page = _enrol_from_page(station_app, server, store)
    missing = tmp_path / "usb-pulled-out"
    monkeypatch.setattr(sync_page, "existing_directory", lambda *args: str(missing))
    events = len(_history_events(station_app))
    for button in (page.usb_in, page.usb_out):
        station_app.errors.last_text = None
        button.click()
        settle(station_app)
        assert "不存在" in (station_app.errors.last_text or "")
        assert str(missing) in station_app.errors.last_text
        assert not missing.exists()
    assert len(_history_events(station_app)) == events  # no "read 0 from a USB folder"


def test_a_user_name_given_on_two_computers_is_renamed_from_the_page(station_app, county,
                                                                     tmp_path, recovery_keys,
                                                                     monkeypatch):
    """The incoming user whose name this computer already has shows its reason in Chinese;
    the admin renames this computer's user from the page and both users are kept."""
    from PySide6.QtWidgets import QInputDialog

    from app.models import User
    from app.services.station import add_user, sign_in as service_sign_in, sign_out
    from app.services.sync import join_station
    from app.sync.client import SyncClient
    from app.sync.status import list_quarantine
    from app.sync.transport import HttpTransport
    from app.server.enrollment import issue_enrollment_code

    server, store = county
    sign_in(station_app, "admin", ADMIN_PASSWORD)
    page = _enrol_from_page(station_app, server, store)
    page.sync_button.click()
    settle(station_app)
    join_station(tmp_path / "b", url=server.url, code=issue_enrollment_code(store, "tsal"),
                 username="admin", password=ADMIN_PASSWORD,
                 county_recovery_public=recovery_keys[1], fingerprint=server.fingerprint)
    other = service_sign_in(tmp_path / "b", "admin", ADMIN_PASSWORD)
    add_user(other, "dawa", "达瓦", "worker", "dawa-on-b-1")
    SyncClient(other.store, HttpTransport(server.url)).sync_now()
    sign_out(other)
    add_user(station_app.context.workspace, "dawa", "达娃", "worker", "dawa-here-1")
    page.sync_button.click()
    settle(station_app)
    rows = [page.quarantine.item(i) for i in range(page.quarantine.count())]
    waiting = [item for item in rows if "dawa" in item.text()]
    assert len(waiting) == 1 and "用户名" in waiting[0].text()
    assert page.rename_button.isVisibleTo(page)
    page.quarantine.setCurrentItem(waiting[0])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("dawa.tsal", True))
    page.rename_button.click()
    settle(station_app)
    workspace = station_app.context.workspace
    assert not [q for q in list_quarantine(workspace) if q.direction == "incoming"]
    with workspace.read() as session:
        names = set(session.scalars(select(User.username)))
    assert {"dawa", "dawa.tsal"} <= names
    assert not page.rename_button.isVisibleTo(page)
