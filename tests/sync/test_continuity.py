"""Continuity (issue 10): a wrong clock or a county older/newer than the station never
withholds a record. Real encrypted stations, a real county over HTTP on loopback.

- clocks fast by 3 days or a year, or slow by a day, corrected between saves: every record
  reaches the county exactly once, nothing is quarantined, the clocks are warned about;
- a change the county refuses stays pending with its reason, is sent again by itself and
  goes through once the county is updated (station N+1, county N); a station at N with a
  county at N+1 keeps the county's newer fields; a person may discard a refused change;
- a store written by a newer build is refused before anything is touched.
"""
from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import func, insert, select

from app.models import AuditEntry, ChangeLogEntry, Household, new_id
from app.protocol import hlc as hlc_module
from app.server.db import Feed, ServerQuarantine
from app.server.enrollment import issue_enrollment_code
from app.services.households import HouseholdInput, update_household
from app.services.queries import villages
from app.services.station import add_user, sign_out
from app.sync.client import SyncClient
from app.sync.clock import clock_check
from app.services.sync import join_station
from app.sync.status import list_conflicts, list_quarantine, sync_status
from app.sync.transport import HttpTransport
from tests.fault.figures import report
from tests.sync.sync_support import (fingerprint_of, PASSWORD, add_households, local_records, make_station,
                                     server_records, sign_in)

DAY_MS = 24 * 3600 * 1000
REAL_WALL = hlc_module.wall_clock_ms


class LaptopClock:
    """The laptop's clock as the station sees it (the county's clock is not moved)."""

    def __init__(self, monkeypatch) -> None:
        self.skew_ms = 0
        monkeypatch.setattr(hlc_module, "wall_clock_ms", lambda: REAL_WALL() + self.skew_ms)


@pytest.fixture()
def laptop_clock(monkeypatch):
    return LaptopClock(monkeypatch)


@pytest.fixture()
def station(tmp_path, live_server, server_store, recovery_public):
    url = live_server.url
    make_station(tmp_path / "a", "甲乡", recovery_public)
    admin = sign_in(tmp_path / "a")
    with admin.read() as session:
        village = villages(session, admin.station_id)[0].id
    SyncClient(admin.store, HttpTransport(url)).enroll(url, issue_enrollment_code(server_store,
                                                                                   "jia"),
                                                       fingerprint=fingerprint_of(url))
    sign_out(admin)
    return tmp_path / "a", village, url


def _sync(workspace, url):
    return SyncClient(workspace.store, HttpTransport(url), backoff_seconds=0.05).sync_now()


def _assert_everything_delivered_once(workspace, server_store):
    assert sync_status(workspace).pending_changes == 0
    assert list_quarantine(workspace) == []
    assert local_records(workspace.store) == server_records(server_store, "jia")
    with workspace.read() as session:
        own = set(session.scalars(select(ChangeLogEntry.change_id).where(
            ChangeLogEntry.device_id == workspace.store.device_id)))
    with server_store.transaction() as session:
        applied = session.scalars(select(Feed.change_id).where(Feed.change_id.is_not(None))).all()
        assert session.scalar(select(func.count()).select_from(ServerQuarantine)) == 0
    assert sorted(applied) == sorted(own)  # every change of this laptop applied exactly once


@pytest.mark.parametrize("skew_ms", [3 * DAY_MS, 365 * DAY_MS, -DAY_MS],
                         ids=["fast-3-days", "fast-1-year", "slow-1-day"])
def test_a_clock_corrected_between_saves_never_withholds_a_record(
        station, server_store, laptop_clock, skew_ms):
    data_dir, village, url = station
    laptop_clock.skew_ms = skew_ms
    worker = sign_in(data_dir)
    add_households(worker, 2, village, prefix="早")  # saved while the clock was wrong
    sign_out(worker)
    laptop_clock.skew_ms = 0  # someone fixes the clock
    worker = sign_in(data_dir)
    check = clock_check(worker.store)
    assert check.earlier_than_newest_record == (skew_ms > 0)  # the sign-in warning
    add_households(worker, 2, village, prefix="晚")
    _sync(worker, url)
    _assert_everything_delivered_once(worker, server_store)
    assert clock_check(worker.store).ok  # after the sync: no warning left
    # a later edit of an early record still merges by its base, whatever the stamps say
    with worker.read() as session:
        early = session.scalar(select(Household).where(Household.address_zh == "早0号"))
    update_household(worker, early.id, HouseholdInput(village_id=village, address_zh="早0号",
                                                      notes="改过"))
    _sync(worker, url)
    _assert_everything_delivered_once(worker, server_store)
    assert server_records(server_store, "jia")[("household", early.id)]["notes"] == "改过"
    with worker.read() as session:
        made = session.scalar(select(func.count()).select_from(ChangeLogEntry).where(
            ChangeLogEntry.device_id == worker.store.device_id))
    report(f"clock_corrected_{'fast' if skew_ms > 0 else 'slow'}_{abs(skew_ms) // DAY_MS}d",
           f"laptop clock {skew_ms // DAY_MS:+d} days, corrected between saves, then synced",
           cases=made, failures=0, records_lost=0, withheld=0, quarantined=0)
    sign_out(worker)


def test_a_sync_while_the_clock_is_wrong_warns_and_still_delivers(
        station, server_store, laptop_clock):
    data_dir, village, url = station
    laptop_clock.skew_ms = 3 * DAY_MS
    worker = sign_in(data_dir)
    add_households(worker, 1, village)
    _sync(worker, url)
    check = clock_check(worker.store)
    assert check.differs_from_county and abs(check.county_offset_ms + 3 * DAY_MS) < 60_000
    # from now on the clock follows the county: new stamps are not three days ahead
    add_households(worker, 1, village, prefix="后")
    with worker.read() as session:
        newest = session.scalar(select(ChangeLogEntry.hlc).order_by(ChangeLogEntry.seq.desc()))
    assert abs(int(newest[:13]) - REAL_WALL()) < 10 * 60 * 1000
    _sync(worker, url)
    _assert_everything_delivered_once(worker, server_store)
    sign_out(worker)


def test_concurrent_edits_still_reach_the_conflict_inbox_with_wrong_clocks(
        tmp_path, station, server_store, recovery_public, laptop_clock):
    data_dir, village, url = station
    admin = sign_in(data_dir)
    add_user(admin, "wangfang", "王芳", "admin", PASSWORD)  # households: author or admin
    household_id = add_households(admin, 1, village)[0]
    _sync(admin, url)
    join_station(tmp_path / "s", url=url, code=issue_enrollment_code(server_store, "jia"),
                 username="wangfang", password=PASSWORD, county_recovery_public=recovery_public,
                 fingerprint=fingerprint_of(url))
    laptop = sign_in(tmp_path / "s", "wangfang")
    laptop_clock.skew_ms = 365 * DAY_MS  # both laptops share the patched clock: admin's
    update_household(admin, household_id, HouseholdInput(village_id=village,  # edit is a
                                                         address_zh="户0号", notes="甲"))  # year ahead
    laptop_clock.skew_ms = 0
    update_household(laptop, household_id, HouseholdInput(village_id=village,
                                                          address_zh="户0号", notes="乙"))
    _sync(laptop, url)  # the honest, later-stamped edit arrives first
    _sync(admin, url)
    _sync(laptop, url)
    for workspace in (admin, laptop):
        conflicts = list_conflicts(workspace)
        assert [(c.field, c.current_value, c.proposed_value) for c in conflicts] == [
            ("notes", "乙", "甲")]
        assert list_quarantine(workspace) == []
    sign_out(admin)
    sign_out(laptop)


@pytest.fixture()
def newer_county_schema(tmp_path, monkeypatch):
    """Installs revision 0099 of the frozen schema in the county ("the county was updated"):
    the newest revision plus a household field `water_source`."""
    from app.protocol import schema

    def install():
        target = tmp_path / "schemas"
        target.mkdir(exist_ok=True)
        for path in schema.SCHEMA_DIR.glob("*.json"):
            (target / path.name).write_text(path.read_text())
        data = json.loads((schema.SCHEMA_DIR / f"{schema.newest_revision()}.json").read_text())
        data["revision"] = "0099"
        data["kinds"]["household"]["fields"]["water_source"] = {
            "type": "text", "max_length": 40, "nullable": False}
        (target / "0099.json").write_text(json.dumps(data))
        monkeypatch.setattr(schema, "SCHEMA_DIR", target)
        schema.known_revisions.cache_clear()
        schema.schema_for.cache_clear()

    yield install
    schema.known_revisions.cache_clear()
    schema.schema_for.cache_clear()


def _log_newer_field(workspace, household_id):
    """What a station one migration ahead writes: a change to a column the county's
    schema does not have yet."""
    with workspace.store.transaction() as session:
        snapshot = dict(session.scalar(select(ChangeLogEntry.snapshot).where(
            ChangeLogEntry.record_id == household_id).order_by(ChangeLogEntry.seq.desc())))
        snapshot["water_source"] = "井水"
        change_id = new_id()
        session.execute(insert(ChangeLogEntry).values(
            change_id=change_id, hlc=workspace.store.clock.now().encode(),
            device_id=workspace.store.device_id, kind="household", record_id=household_id,
            author_id=workspace.user_id,  # the county refuses changes without an author
            op="update", fields=["water_source"], snapshot=snapshot))
    return change_id


def test_a_newer_station_waits_for_the_county_update_then_delivers_by_itself(
        station, server_store, monkeypatch, newer_county_schema):
    from app.sync.outbox import schema_revision

    today = schema_revision()  # this code's revision: "station N" below
    data_dir, village, url = station
    worker = sign_in(data_dir)
    household_id = add_households(worker, 1, village)[0]
    _sync(worker, url)
    monkeypatch.setattr("app.sync.outbox.schema_revision", lambda: "0099")  # station N+1
    change_id = _log_newer_field(worker, household_id)
    add_households(worker, 1, village, prefix="新")  # an ordinary change in the same parcel
    _sync(worker, url)
    refused = list_quarantine(worker)
    assert [(q.change_id, q.code) for q in refused] == [(change_id, "update_needed")]
    assert "0099" in refused[0].reason
    status = sync_status(worker)
    assert (status.pending_changes, status.quarantined) == (1, 1)  # not counted as sent
    with worker.read() as session:
        assert session.scalar(select(ChangeLogEntry.acked_at).where(
            ChangeLogEntry.change_id == change_id)) is None
    _sync(worker, url)  # sent again; the county has not been updated: still waiting
    assert sync_status(worker).pending_changes == 1
    newer_county_schema()  # the county is updated
    _sync(worker, url)  # nobody does anything: it goes through
    assert sync_status(worker).pending_changes == 0 and list_quarantine(worker) == []
    on_county = server_records(server_store, "jia")[("household", household_id)]
    assert on_county["water_source"] == "井水"
    with server_store.transaction() as session:
        rows = session.scalars(select(ServerQuarantine)).all()
        assert [(r.change_id, r.code, r.resolved_at is not None) for r in rows] == [
            (change_id, "update_needed", True)]
    # the same laptop on the older revision again (station N, county N+1): its edits merge
    # and the county keeps the newer field it does not know
    monkeypatch.setattr("app.sync.outbox.schema_revision", lambda: today)
    update_household(worker, household_id, HouseholdInput(village_id=village,
                                                          address_zh="户0号", notes="旧版本"))
    _sync(worker, url)
    on_county = server_records(server_store, "jia")[("household", household_id)]
    assert (on_county["notes"], on_county["water_source"]) == ("旧版本", "井水")
    assert sync_status(worker).pending_changes == 0
    report("mixed_versions", "station N+1 with county N (waits, then delivers by itself "
           "after the county update), then station N with county N+1", cases=2, failures=0,
           records_lost=0, withheld=0, stranded=0)
    sign_out(worker)


def test_a_refused_change_can_be_discarded_with_an_audit_entry(station, server_store):
    from app.sync.outbox import discard_refused

    data_dir, village, url = station
    worker = sign_in(data_dir)
    household_id = add_households(worker, 1, village)[0]
    _sync(worker, url)
    change_id = _log_newer_field(worker, household_id)  # the county will never know it
    _sync(worker, url)
    [refused] = list_quarantine(worker)
    assert refused.code == "unknown_fields" and sync_status(worker).pending_changes == 1
    discard_refused(worker, refused.id)
    assert list_quarantine(worker) == [] and sync_status(worker).pending_changes == 0
    with worker.read() as session:
        entry = session.scalar(select(AuditEntry).where(
            AuditEntry.action == "sync.change_discarded"))
        assert entry.details["change_id"] == change_id
    _sync(worker, url)  # not sent again
    with server_store.transaction() as session:
        assert session.scalar(select(ServerQuarantine.attempts)) == 1
    sign_out(worker)


def test_a_store_from_a_newer_build_is_refused_before_anything_is_touched(station):
    from sqlalchemy import text

    from app.errors import StoreError
    from app.i18n import translate

    data_dir, _village, _url = station
    worker = sign_in(data_dir)
    with worker.store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    worker.store.checkpoint()
    sign_out(worker)
    before = {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
              for path in data_dir.iterdir() if path.is_file()}
    with pytest.raises(StoreError) as caught:
        sign_in(data_dir)
    assert "0099" in str(caught.value)
    assert "0099" in caught.value.message(lambda context, source: translate("zh_CN", context,
                                                                             source))
    after = {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
             for path in data_dir.iterdir() if path.is_file()}
    assert before == after and not (data_dir / "backups").exists()


def test_a_record_this_laptop_could_not_take_in_is_tried_again_and_goes_in(
        tmp_path, station, server_store, recovery_public):
    """The incoming quarantine has a way out too: a visit whose household had not reached the
    county yet cannot be applied on the other laptop (foreign key); when the household
    arrives, the visit goes in by itself."""
    from datetime import date

    from app.services.records import VisitInput, record_visit

    data_dir, village, url = station
    admin = sign_in(data_dir)
    add_user(admin, "wangfang", "王芳", "supervisor", PASSWORD)
    household_id = add_households(admin, 1, village)[0]
    record_visit(admin, VisitInput(household_id, date.today(), "elderly_care", ["ec.health"]))
    _sync(admin, url)
    join_station(tmp_path / "s", url=url, code=issue_enrollment_code(server_store, "jia"),
                 username="wangfang", password=PASSWORD, county_recovery_public=recovery_public,
                 fingerprint=fingerprint_of(url))
    laptop = sign_in(tmp_path / "s", "wangfang")
    with admin.read() as session:  # snapshots of a real household and visit, as templates
        house = dict(session.scalar(select(ChangeLogEntry.snapshot).where(
            ChangeLogEntry.kind == "household").order_by(ChangeLogEntry.seq)))
        visit = dict(session.scalar(select(ChangeLogEntry.snapshot).where(
            ChangeLogEntry.kind == "visit").order_by(ChangeLogEntry.seq)))
    late_house, early_visit = new_id(), new_id()

    def log(kind, record_id, snapshot):
        with admin.store.transaction() as session:
            session.execute(insert(ChangeLogEntry).values(
                change_id=new_id(), hlc=admin.store.clock.now().encode(),
                device_id=admin.store.device_id, kind=kind, record_id=record_id,
                author_id=admin.user_id, op="insert", fields=sorted(set(snapshot) - {"hlc", "updated_at",
                                                            "created_at"}),
                snapshot=snapshot))

    log("visit", early_visit, {**visit, "id": early_visit, "household_id": late_house})
    _sync(admin, url)
    _sync(laptop, url)
    [waiting] = list_quarantine(laptop)
    assert (waiting.direction, waiting.record_id) == ("incoming", early_visit)
    log("household", late_house, {**house, "id": late_house, "address_zh": "迟到"})
    _sync(admin, url)
    _sync(laptop, url)
    assert list_quarantine(laptop) == []
    assert local_records(laptop.store) == server_records(server_store, "jia")
    sign_out(admin)
    sign_out(laptop)


def test_every_county_answer_carries_the_county_time(live_server):
    import httpx

    from app.sync.clock import parse_county_time

    with httpx.Client(base_url=live_server.url) as client:
        for response in (client.get("/v1/health"),
                         client.post("/v1/parcels", content=b"not a parcel"),
                         client.get("/v1/devices/nobody/chain")):
            county_ms = parse_county_time(response.headers.get("X-County-Time"))
            assert county_ms is not None and abs(county_ms - REAL_WALL()) < 60_000, response


def test_the_command_line_sync_says_when_it_finds_the_clock_wrong(
        station, laptop_clock, capsys):
    """The first sync with a clock three days fast learns the county's time: `sync-now` says
    so at once (not only at the next sign-in)."""
    from app.cli import main

    data_dir, _village, _url = station
    laptop_clock.skew_ms = 3 * DAY_MS
    password_file = data_dir.parent / "pw"
    password_file.write_text(PASSWORD)
    assert main(["--data-dir", str(data_dir), "sync-now", "--user", "admin",
                 "--password-file", str(password_file)]) == 0
    assert "differs from the county server's by 4320 minutes" in capsys.readouterr().err
