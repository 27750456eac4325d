"""The console refuses whoever may not do a thing, and the refusal changes nothing.

A real county server on loopback (uvicorn in a thread, SQLite store); clients sign in through
the real form. Every route is tried without a session, as a viewer, as the supervisor of
another station, and with a forged or missing CSRF token; wrong passwords lock the account
for a growing time."""
from __future__ import annotations

from datetime import timedelta, timezone

import pytest
from sqlalchemy import func, select

from app.server.accounts import (ConsoleAudit, ConsoleSession, CountyUser, SignInLock,
                                 lock_seconds)
from app.server.db import (CountyStation, Device, EnrollmentCode, Feed, ServerQuarantine,
                           ServerRecord, ServerStore, utc_now)
from tests.server.console_support import PASSWORDS, add_accounts, client, form_token, signed_in

PAGES = ["/console/users", "/console/province", "/console/targets", "/console/targets?station=beta", "/console/stations", "/console/month", "/console/month?month=2026-01",
         "/console/month/export?format=pdf", "/console/month/export?format=xlsx",
         "/console/devices", "/console/audit"]
ADMIN_PAGES = ["/console/devices", "/console/audit", "/console/users"]


@pytest.fixture()
def county(tmp_path, county_db_url):
    """A county server on loopback over SQLite and over a real PostgreSQL."""
    from app.server.api import create_app
    from app.server.keys import create_county_keys
    from tests.sync.sync_support import ServerThread

    store = ServerStore(county_db_url)
    store.create_schema()
    server = ServerThread(create_app(store, create_county_keys(tmp_path / "keys"))).start()
    add_accounts(store)
    with store.transaction() as session:
        for key, name in (("alpha", "甲社工站"), ("beta", "乙社工站")):
            session.add(CountyStation(key=key, name=name, org_id=f"org-{key}"))
            # a device row as enrollment leaves it (the browser test enrolls real ones)
            session.add(Device(id=f"dev-{key}", station_key=key, label=f"{key} laptop",
                               sign_public="x" * 43, box_public="y" * 43))
    yield server, store
    server.stop()
    store.close()


def state(store) -> dict:
    """Everything a console form can change."""
    with store.transaction() as session:
        return {"revoked": sorted(d.id for d in session.scalars(select(Device))
                                  if d.revoked_at is not None),
                "codes": session.scalar(select(func.count()).select_from(EnrollmentCode)),
                "stations": sorted(session.scalars(select(CountyStation.key))),
                "records": session.scalar(select(func.count()).select_from(ServerRecord)),
                "feed": session.scalar(select(func.count()).select_from(Feed)),
                "users": sorted((u.username, u.role, u.disabled_at is None)
                                for u in session.scalars(select(CountyUser)))}


def changes(csrf: str | None) -> list[tuple[str, dict]]:
    extra = {} if csrf is None else {"csrf": csrf}
    return [("/console/devices/code", {"station": "gamma", "name": "丙", "hours": "24",
                                       "new_station": "yes", **extra}),
            ("/console/devices/dev-alpha/revoke", {"confirm": "yes", **extra}),
            ("/console/devices/dev-beta/revoke", {"confirm": "yes", **extra}),
            ("/console/targets", {"station": "alpha", "year": "2026", "measure": "visits",
                                  "domain": "", "target": "1200", **extra}),
            ("/console/users", {"username": "mallory", "password": "long-enough-pass",
                                "role": "county_admin", **extra}),
            ("/console/users/viewer/disable", {"confirm": "yes", **extra})]


def test_without_a_session_every_page_sends_to_sign_in_and_every_form_is_refused(county):
    server, store = county
    before = state(store)
    anonymous = client(server.url)
    for path in PAGES:
        answer = anonymous.get(path)
        assert answer.status_code == 303 and answer.headers["location"] == "/console/login", path
    for path, data in changes("made-up") + changes(None) + [
            ("/console/province/export", {"start": "2026-01-01", "end": "2026-02-01"})]:
        assert anonymous.post(path, data=data).status_code == 401, path
    assert state(store) == before


def test_a_viewer_sees_but_changes_nothing(county):
    server, store = county
    before = state(store)
    viewer, csrf = signed_in(server.url, "viewer")
    page = viewer.get("/console/stations")
    assert "甲社工站" in page.text and "乙社工站" in page.text
    assert viewer.get("/console/month/export?format=pdf").content.startswith(b"%PDF")
    for path in ADMIN_PAGES:
        assert viewer.get(path).status_code == 403, path
    for path, data in changes(csrf):
        assert viewer.post(path, data=data).status_code == 403, path
    assert state(store) == before


def test_a_supervisor_sees_only_the_stations_of_their_contract(county):
    server, store = county
    with store.transaction() as session:
        for key in ("alpha", "beta"):
            session.add(ServerQuarantine(device_id=f"dev-{key}", parcel_seq=1, kind="visit",
                                         reason=f"unknown village in {key}", change={}))
        # dev-alpha's clock runs two hours fast: its stamps are in the future
        from app.protocol.hlc import HlcTimestamp
        ahead = int((utc_now() + timedelta(hours=2)).replace(
            tzinfo=timezone.utc).timestamp() * 1000)
        session.add(ServerRecord(station_key="alpha", kind="visit", record_id="v1",
                                 snapshot={"id": "v1"}, field_hlc={},
                                 hlc=HlcTimestamp(ahead, 0, "abcd").encode(),
                                 last_device="dev-alpha"))
    supervisor, csrf = signed_in(server.url, "supa")
    stations = supervisor.get("/console/stations").text
    assert stations.count("clock-warning") == 1
    assert "时钟快了 119 分钟" in stations or "时钟快了 120 分钟" in stations
    assert "甲社工站" in stations and "乙社工站" not in stations
    assert "unknown village in alpha" in stations and "unknown village in beta" not in stations
    targets = supervisor.get("/console/targets?station=beta").text
    assert "乙社工站" not in targets and 'id="set-target"' not in targets
    month = supervisor.get("/console/month").text
    assert 'data-station="alpha"' in month and 'data-station="beta"' not in month
    assert supervisor.get("/console/month/export?format=pdf&station=alpha").status_code == 200
    assert supervisor.get("/console/month/export?format=pdf&station=beta").status_code == 403
    assert supervisor.get("/console/month/export?format=xlsx&station=beta").status_code == 403
    before = state(store)
    for path, data in changes(csrf):
        assert supervisor.post(path, data=data).status_code == 403, path
    assert state(store) == before


def test_an_admin_with_a_forged_or_missing_csrf_token_changes_nothing(county):
    server, store = county
    admin, csrf = signed_in(server.url, "admin")
    other, other_csrf = signed_in(server.url, "admin")  # another session's token
    assert other_csrf != csrf
    before = state(store)
    for token in (None, "", "forged" + csrf[6:], other_csrf):
        for path, data in changes(token):
            answer = admin.post(path, data=data)
            assert answer.status_code == 403, (path, token)
    assert state(store) == before
    # the same forms with the session's own token do change things
    made = admin.post("/console/devices/code", data=changes(csrf)[0][1])
    assert made.status_code == 200 and 'id="new-code"' in made.text
    # revoking asks first; the question changes nothing
    asked = admin.post("/console/devices/dev-alpha/revoke", data={"csrf": csrf})
    assert asked.status_code == 200 and 'name="confirm" value="yes"' in asked.text
    assert state(store)["revoked"] == []
    assert admin.post("/console/devices/dev-alpha/revoke",
                      data={"csrf": csrf, "confirm": "yes"}).status_code == 303
    after = state(store)
    assert admin.post("/console/targets", data=changes(csrf)[3][1]).status_code == 303
    assert admin.post("/console/users", data=changes(csrf)[4][1]).status_code == 303
    assert admin.post("/console/users/viewer/disable",
                      data={"csrf": csrf, "confirm": "yes"}).status_code == 303
    after = state(store)
    assert ("mallory", "county_admin", True) in after["users"]
    assert ("viewer", "county_viewer", False) in after["users"]
    assert after["revoked"] == ["dev-alpha"] and after["codes"] == before["codes"] + 1
    assert after["records"] == before["records"] + 1 and after["feed"] == before["feed"] + 1
    # and each change is in the audit trail
    with store.transaction() as session:
        actions = list(session.scalars(select(ConsoleAudit.action)))
    assert {"enrolment_code_issued", "device_revoked", "contract_target_set", "user_created",
            "user_disabled"} <= set(actions)


def test_bad_form_input_is_refused_naming_the_field(county):
    server, store = county
    admin, csrf = signed_in(server.url, "admin")
    before = state(store)
    for data, words in (({"station": "甲 站", "hours": "24"}, "Station key"),
                        ({"station": "ok", "hours": "0"}, "Valid for"),
                        ({"station": "ok", "hours": "abc"}, "Valid for"),
                        ({"station": "ok", "hours": "²"}, "Valid for")):
        admin.cookies.set("sl_lang", "en", path="/console")
        answer = admin.post("/console/devices/code", data={**data, "csrf": csrf})
        assert answer.status_code == 400 and words in answer.text, data
    for data, words in (({"year": "²⁰²⁶", "measure": "visits", "target": "1"}, "Year"),
                        ({"year": "2026", "measure": "nope", "target": "1"}, "Figure"),
                        ({"year": "2026", "measure": "visits", "domain": "x", "target": "1"},
                         "Service domain"),
                        ({"year": "2026", "measure": "visits", "target": "١٢"}, "Target"),
                        ({"year": "2026", "measure": "visits", "target": "-5"}, "Target")):
        answer = admin.post("/console/targets", data={"station": "alpha", **data,
                                                      "csrf": csrf})
        assert answer.status_code == 400 and words in answer.text, data
    assert admin.get("/console/month?month=2026-13").status_code == 400
    assert admin.get("/console/month/export?format=docx").status_code == 400
    assert state(store) == before


def test_an_enrolment_code_carries_the_chosen_role_worker_by_default(county):
    server, store = county
    admin, csrf = signed_in(server.url, "admin")
    admin.cookies.set("sl_lang", "en", path="/console")
    form = admin.get("/console/devices").text
    assert 'id="code-role"' in form and '<option value="worker" selected>' in form
    roles = {}
    for label, extra in (("default", {}), ("sup", {"role": "supervisor"}),
                         ("own computer", {"role": "admin"})):
        answer = admin.post("/console/devices/code", data={
            "station": "alpha", "label": label, "hours": "24", "csrf": csrf, **extra})
        assert answer.status_code == 200 and 'id="new-code"' in answer.text
        with store.transaction() as session:
            roles[label] = session.scalar(select(EnrollmentCode.role).where(
                EnrollmentCode.label == label))
    assert roles == {"default": "worker", "sup": "supervisor", "own computer": "admin"}
    before = state(store)
    answer = admin.post("/console/devices/code", data={
        "station": "alpha", "hours": "24", "role": "root", "csrf": csrf})
    assert answer.status_code == 400 and "Device role" in answer.text
    assert state(store) == before
    with store.transaction() as session:  # the device table shows each device's role
        session.get(Device, "dev-beta").role = "supervisor"
    table = admin.get("/console/devices").text
    row = table[table.index('id="device-dev-beta"'):]
    assert '<td class="role">Supervisor</td>' in row[:row.index("</tr>")]


def test_a_code_for_an_unknown_station_makes_no_station(county):
    server, store = county
    admin, csrf = signed_in(server.url, "admin")
    admin.cookies.set("sl_lang", "en", path="/console")
    before = state(store)
    with store.transaction() as session:
        stations = sorted((s.key, s.name) for s in session.scalars(select(CountyStation)))
    for data, words in (({"station": "alpah", "name": "typo"}, "no such station"),
                        ({"station": "gamma", "new_station": "yes"},
                         "Station name: please give"),
                        ({"station": "alpha", "name": "改名", "new_station": "yes"},
                         "already exists")):
        answer = admin.post("/console/devices/code", data={**data, "hours": "24",
                                                           "csrf": csrf})
        assert answer.status_code == 400 and words in answer.text, data
    assert state(store) == before
    # a name typed for an existing station does not rename it
    assert admin.post("/console/devices/code", data={
        "station": "alpha", "name": "改名", "hours": "24", "csrf": csrf}).status_code == 200
    # explicitly new, with a name: the station is added
    assert admin.post("/console/devices/code", data={
        "station": "gamma", "name": "丙社工站", "new_station": "yes", "hours": "24",
        "csrf": csrf}).status_code == 200
    with store.transaction() as session:
        after = sorted((s.key, s.name) for s in session.scalars(select(CountyStation)))
    assert after == sorted(stations + [("gamma", "丙社工站")])


def test_the_sign_in_form_needs_its_csrf_cookie(county):
    server, _store = county
    stranger = client(server.url)
    answer = stranger.post("/console/login", data={
        "username": "admin", "password": PASSWORDS["admin"], "csrf": "guess"})
    assert answer.status_code == 403 and "sl_session" not in answer.cookies


def test_wrong_passwords_lock_the_account_for_a_growing_time(county):
    server, store = county
    browser = client(server.url)
    token = form_token(browser.get("/console/login").text)

    def attempt(password: str):
        return browser.post("/console/login", data={"username": "viewer", "password": password,
                                                    "csrf": token})

    assert [attempt("wrong-one").status_code for _ in range(2)] == [401, 401]
    locked = attempt("wrong-three")
    assert locked.status_code == 401 and "sl_session" not in locked.cookies
    assert "Too many wrong passwords" in locked.text or "密码错误次数过多" in locked.text
    # while locked, even the right password is refused
    assert attempt(PASSWORDS["viewer"]).status_code == 401
    with store.transaction() as session:
        lock = session.get(SignInLock, "viewer")
        assert lock.failed_count == 3
        assert lock.locked_until > utc_now() + timedelta(seconds=lock_seconds(3) - 5)
        lock.locked_until = utc_now() - timedelta(seconds=1)  # the lock runs out
    assert attempt("wrong-four").status_code == 401
    with store.transaction() as session:
        lock = session.get(SignInLock, "viewer")
        assert lock.locked_until - utc_now() > timedelta(seconds=lock_seconds(3) + 5)
        lock.locked_until = None
    assert lock_seconds(5) > lock_seconds(4) > lock_seconds(3) > 0 == lock_seconds(2)
    assert attempt(PASSWORDS["viewer"]).status_code == 303
    with store.transaction() as session:
        assert session.get(SignInLock, "viewer").failed_count == 0
        refusals = session.scalar(select(func.count()).select_from(ConsoleAudit).where(
            ConsoleAudit.action == "sign_in_refused", ConsoleAudit.username == "viewer"))
    assert refusals == 5


def test_lockout_does_not_tell_which_user_names_exist(county, monkeypatch):
    """An existing account and a name nobody has get the same answers, the same growing
    lock and the same work (one Argon2id check) per attempt, locked or not."""
    import re

    from app.server import accounts

    server, store = county
    checks: list[str] = []
    real_hash = accounts._hash_password
    monkeypatch.setattr(accounts, "_hash_password",
                        lambda *args: checks.append("argon2id") or real_hash(*args))

    def attempts(username: str) -> tuple[list[tuple[int, str]], int]:
        browser = client(server.url)
        token = form_token(browser.get("/console/login").text)
        seen, before = [], len(checks)
        for n in range(5):
            answer = browser.post("/console/login", data={
                "username": username, "password": f"wrong-{n}", "csrf": token})
            page = re.sub(r'value="[^"]*"', 'value=""', answer.text)  # tokens, typed name
            page = re.sub(r"[0-9]+", "N", page.replace(username, "NAME"))  # seconds left
            seen.append((answer.status_code, page))
        return seen, len(checks) - before

    (existing, known_work), (nobody, unknown_work) = attempts("viewer"), attempts("nobody-here")
    assert existing == nobody
    assert [status for status, _ in existing] == [401] * 5
    assert "Too many wrong passwords" in existing[-1][1] or "密码错误次数过多" in existing[-1][1]
    assert "Too many wrong passwords" not in existing[1][1]
    assert known_work == unknown_work == 5  # locked answers cost the same check
    with store.transaction() as session:
        assert session.get(SignInLock, "viewer").failed_count == \
            session.get(SignInLock, "nobody-here").failed_count == 3
    # the right password of the locked account is refused like any other attempt
    browser = client(server.url)
    token = form_token(browser.get("/console/login").text)
    answer = browser.post("/console/login", data={
        "username": "viewer", "password": PASSWORDS["viewer"], "csrf": token})
    assert answer.status_code == 401 and "sl_session" not in answer.cookies


def test_the_lock_table_forgets_names_that_stopped_failing(county, monkeypatch):
    """Many names tried once each fill the lock table only until `LOCK_MEMORY` has passed:
    the next failed sign-in deletes every name that is not locked and has not failed since
    (the county's clock is moved on; nothing sleeps). A name failing within the period keeps
    its count and still gets locked."""
    from app.server import accounts

    server, store = county
    clock = [utc_now()]
    monkeypatch.setattr(accounts, "utc_now", lambda: clock[0])
    browser = client(server.url)
    token = form_token(browser.get("/console/login").text)

    def fail(username: str) -> int:
        return browser.post("/console/login", data={"username": username,
                                                    "password": "not-the-password",
                                                    "csrf": token}).status_code

    def names() -> dict[str, int]:
        with store.transaction() as session:
            return {lock.username: lock.failed_count
                    for lock in session.scalars(select(SignInLock))}

    assert {fail(f"guess-{n:03d}") for n in range(120)} == {401}
    assert {fail("viewer") for _ in range(3)} == {401}  # locked for a while
    assert len(names()) == 121
    clock[0] += accounts.LOCK_MEMORY - timedelta(minutes=10)
    assert fail("supa") == fail("supa") == 401
    assert len(names()) == 122  # nothing forgotten before its time
    clock[0] += timedelta(minutes=10, seconds=1)
    assert fail("newcomer") == 401
    assert names() == {"supa": 2, "newcomer": 1}
    assert fail("supa") == 401  # its third wrong password in a row: locked
    with store.transaction() as session:
        assert session.get(SignInLock, "supa").locked_until > clock[0]
    # a locked name is kept while locked, however long ago it last failed
    with store.transaction() as session:
        session.get(SignInLock, "supa").locked_until = clock[0] + 2 * accounts.LOCK_MEMORY
    clock[0] += accounts.LOCK_MEMORY + timedelta(seconds=1)
    assert fail("later") == 401
    assert names() == {"supa": 3, "later": 1}


def test_sessions_expire_and_sign_out_ends_them(county):
    server, store = county
    admin, csrf = signed_in(server.url, "admin")
    with store.transaction() as session:
        row = session.scalars(select(ConsoleSession)).one()
        row.last_seen_at = utc_now() - timedelta(minutes=31)
    assert admin.get("/console/stations").status_code == 303
    admin, csrf = signed_in(server.url, "admin")
    assert admin.post("/console/logout", data={"csrf": csrf}).status_code == 303
    # the old cookie, replayed, no longer opens anything
    replay = client(server.url)
    with store.transaction() as session:
        assert all(r.ended_at is not None for r in session.scalars(select(ConsoleSession)))
    assert replay.get("/console/stations").status_code == 303


def test_pages_carry_security_headers_and_no_inline_script(county):
    server, _store = county
    admin, _csrf = signed_in(server.url, "admin")
    for path in ["/console/login", "/console/stations", "/console/month", "/console/devices"]:
        answer = (client(server.url) if path.endswith("login") else admin).get(path)
        policy = answer.headers["content-security-policy"]
        assert "unsafe-inline" not in policy and "default-src 'self'" in policy
        assert "frame-ancestors 'none'" in policy
        assert answer.headers["x-frame-options"] == "DENY"
        assert answer.headers["referrer-policy"] == "no-referrer"
        assert answer.headers["cache-control"] == "no-store"
        assert "<script" not in answer.text and "style=" not in answer.text
    for path in ["/console/stations", "/console/static/console.css", "/console/nowhere"]:
        answer = client(server.url).get(path)  # a redirect, a file, a 404: headers all the same
        assert answer.headers["x-frame-options"] == "DENY", path
        assert "frame-ancestors 'none'" in answer.headers["content-security-policy"], path
    assert "x-frame-options" not in client(server.url).get("/v1/health").headers
    browser = client(server.url)
    answer = browser.post("/console/login", data={
        "username": "admin", "password": PASSWORDS["admin"],
        "csrf": form_token(browser.get("/console/login").text)})
    cookie = next(v for k, v in answer.headers.multi_items()
                  if k == "set-cookie" and v.startswith("sl_session="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/console" in cookie


def test_an_unknown_console_address_answers_a_page_in_the_users_language(county):
    """A console address that does not exist is a page (not the framework's JSON), in the
    user's language, with the menu for a signed-in user and a link to the console's home;
    an address only for forms (GET of a POST route) likewise. The sync API keeps JSON."""
    server, _store = county
    for language, title in (("zh_CN", "页面不存在"), ("bo", "ཤོག་ངོས་རྙེད་མ་སོང"),
                            ("en", "Page not found")):
        browser = client(server.url)
        browser.cookies.set("sl_lang", language, path="/console")
        for path in ("/console/nowhere", "/console/month/nowhere/deeper",
                     "/console/static/nowhere.css"):
            answer = browser.get(path)
            assert answer.status_code == 404, path
            assert answer.headers["content-type"].startswith("text/html"), path
            assert f"<h1>{title}</h1>" in answer.text, (language, path)
            assert 'href="/console/" id="console-home"' in answer.text
            assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
            assert "nav-stations" not in answer.text  # no session, no menu
    admin, _csrf = signed_in(server.url, "admin")
    answer = admin.get("/console/nowhere")
    assert answer.status_code == 404 and 'id="nav-stations"' in answer.text
    assert "页面不存在" in answer.text
    home = admin.get("/console/")
    assert home.status_code == 303 and home.headers["location"] == "/console/stations"
    # a form's address opened from the address bar
    for path in ("/console/logout", "/console/devices/code", "/console/province/export"):
        answer = admin.get(path)
        assert answer.status_code == 405, path
        assert answer.headers["content-type"].startswith("text/html"), path
        assert "此地址只接收管理台提交的表单" in answer.text and "POST" in answer.headers["allow"]
    # the API's own answers stay JSON
    for path in ("/v1/nowhere", "/nowhere"):
        answer = client(server.url).get(path)
        assert answer.status_code == 404
        assert answer.headers["content-type"] == "application/json"
        assert answer.json() == {"detail": "Not Found"}
    assert client(server.url).get("/v1/parcels").status_code == 405
    assert client(server.url).get("/v1/parcels").headers["content-type"] == "application/json"


def test_a_bug_in_a_console_page_answers_a_page_not_plain_text(tmp_path):
    """An unexpected error in a console route (here a route that fails, added to the real
    app) answers a translated page with the console's headers; the API keeps the plain
    500. The error is still raised to the server, which logs it."""
    from app.server.api import create_app
    from app.server.keys import create_county_keys
    from tests.sync.sync_support import ServerThread

    store = ServerStore(f"sqlite:///{tmp_path / 'county.db'}")
    store.create_schema()
    app = create_app(store, create_county_keys(tmp_path / "keys"))

    @app.get("/console/broken")
    @app.get("/v1/broken")
    def broken():
        raise RuntimeError("a bug")

    server = ServerThread(app).start()
    try:
        browser = client(server.url)
        browser.cookies.set("sl_lang", "bo", path="/console")
        answer = browser.get("/console/broken")
        assert answer.status_code == 500
        assert answer.headers["content-type"].startswith("text/html")
        assert "<h1>ཞབས་ཞུ་འཕྲུལ་ཆས་ལ་ནོར་སྐྱོན་བྱུང</h1>" in answer.text
        assert "a bug" not in answer.text and "Traceback" not in answer.text
        assert 'href="/console/" id="console-home"' in answer.text
        assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
        assert answer.headers["cache-control"] == "no-store"
        api = client(server.url).get("/v1/broken")
        assert (api.status_code, api.text) == (500, "Internal Server Error")
    finally:
        server.stop()
        store.close()


def test_a_switched_off_account_is_signed_out_and_cannot_sign_in(county):
    server, store = county
    viewer, _ = signed_in(server.url, "viewer")
    admin, csrf = signed_in(server.url, "admin")
    assert admin.post("/console/users/admin/disable",
                      data={"csrf": csrf, "confirm": "yes"}).status_code == 400
    admin.cookies.set("sl_lang", "en", path="/console")
    weak = admin.post("/console/users", data={"csrf": csrf, "username": "li", "role":
                                              "county_viewer", "password": "short"})
    assert weak.status_code == 400 and "Password" in weak.text
    nobody = admin.post("/console/users", data={"csrf": csrf, "username": "zhuoma", "role":
                                                "supervisor", "password": "long-enough-pass"})
    assert nobody.status_code == 400 and "Stations" in nobody.text
    made = admin.post("/console/users", data={
        "csrf": csrf, "username": "zhuoma", "role": "supervisor", "password": "long-enough-pass",
        "stations": ["alpha", "beta"]})
    assert made.status_code == 303
    with store.transaction() as session:
        assert session.get(CountyUser, "zhuoma").stations == ["alpha", "beta"]
    assert admin.post("/console/users/viewer/disable",
                      data={"csrf": csrf, "confirm": "yes"}).status_code == 303
    assert viewer.get("/console/stations").status_code == 303  # its session ended
    browser = client(server.url)
    answer = browser.post("/console/login", data={
        "username": "viewer", "password": PASSWORDS["viewer"],
        "csrf": form_token(browser.get("/console/login").text)})
    assert answer.status_code == 401


def test_every_console_form_is_in_the_refusal_tests(tmp_path):
    """A new POST route must join `changes()` (or the sign-in/out and export tests)."""
    from app.server.api import create_app
    from app.server.keys import create_county_keys

    store = ServerStore(f"sqlite:///{tmp_path / 'routes.db'}")
    store.create_schema()
    app = create_app(store, create_county_keys(tmp_path / "keys"))
    def routes(items):
        for route in items:
            inner = getattr(route, "original_router", None)  # FastAPI's included routers
            yield from routes(inner.routes) if inner is not None else [route]

    posts = {route.path for route in routes(app.routes) if getattr(route, "methods", None)
             and "POST" in route.methods and route.path.startswith("/console")}
    tested = {"/console/login", "/console/logout", "/console/province/export",
              "/console/devices/code", "/console/devices/{device_id}/revoke",
              "/console/targets", "/console/users", "/console/users/{username}/disable"}
    assert posts == tested
    assert {path for path, _data in changes("x")} >= {
        "/console/devices/code", "/console/targets", "/console/users"}
    store.close()
