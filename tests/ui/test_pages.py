"""Reports and sync pages (thin over app.reports / app.sync), Ctrl+F, activities and resource
links through their forms."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.models import Activity, ResourceLink
from app.services.workspace import Changes
from tests.ui.conftest import make_household, settle, sign_in_worker


def test_activity_with_roster_and_resource_link(station_app):
    main = sign_in_worker(station_app)
    make_household(station_app, name_zh="张三")
    main.go("activities")
    settle(station_app)
    main.pages["activities"].new_record()
    settle(station_app)
    form = main.pages["activities"]._form
    form.title.setText("政策宣传日")
    form.domain.setCurrentIndex(1)
    settle(station_app)
    form.picker.search.setText("zs")
    settle(station_app)
    form.picker.search.flush()
    settle(station_app)
    form.picker.list.setCurrentRow(0)
    settle(station_app)
    form.add_button.click()
    settle(station_app)
    assert form.roster.count() == 1
    form.save()
    settle(station_app)
    assert not form.isVisible()
    with station_app.context.workspace.read() as session:
        assert session.scalar(select(Activity.headcount)) == 1
    assert main.pages["activities"].table.rowCount() == 1
    main.go("resources")
    settle(station_app)
    main.pages["resources"].new_record()
    settle(station_app)
    form = main.pages["resources"]._form
    form.provider.setText("拉萨市慈善总会")
    form.money.setText("abc")
    form.save()
    settle(station_app)
    assert form.errors.text("money")  # not an amount: said at the field, nothing saved
    form.money.setText("1200.50")
    form.save()
    settle(station_app)
    assert not form.isVisible()
    with station_app.context.workspace.read() as session:
        assert session.scalar(select(ResourceLink.money_fen)) == 120050
        assert session.scalar(select(func.count()).select_from(ResourceLink)) == 1


def test_ctrl_f_goes_to_the_people_search(station_app, qtbot):
    main = sign_in_worker(station_app)
    station_app.activateWindow()
    qtbot.waitUntil(station_app.isActiveWindow, timeout=2000)
    qtbot.keyClick(main.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    settle(station_app)
    assert main.current_page() is main.pages["people"]
    assert main.pages["people"].search.hasFocus()


def test_reports_page_shows_the_monthly_summary_and_exports(station_app, tmp_path):
    from app.reports.export import export_monthly

    main = sign_in_worker(station_app)
    make_household(station_app)
    main.go("reports")
    settle(station_app)
    page = main.pages["reports"]
    page.refresh()
    settle(station_app)
    assert page.table.rowCount() == 9
    target = tmp_path / "summary.xlsx"
    results = []
    station_app.context.op(export_monthly, date.today().strftime("%Y-%m"), str(target), fmt="xlsx",
                           on_result=results.append)
    settle(station_app)
    assert target.exists() and target.stat().st_size > 0
    assert results and results[0].changes == Changes.of("audit")


def test_sync_page_shows_what_waits_to_be_sent(station_app):
    main = sign_in_worker(station_app)
    make_household(station_app)
    main.go("sync")
    settle(station_app)
    text = main.pages["sync"].state.text()
    assert text and any(ch.isdigit() for ch in text)
