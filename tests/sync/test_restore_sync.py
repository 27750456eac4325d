"""A lost laptop: restore its last backup onto a new one, enrol again, sync. Nothing the old
laptop held is lost, nothing is applied twice, and the old device id is revoked at the county
(real county server on loopback, real encrypted stores)."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import ConflictError
from app.services.cases import open_case

from app.server.db import Device
from app.server.enrollment import issue_enrollment_code
from app.services.backup import back_up_now
from app.services.restore import restore_backup
from app.services.queries import villages
from app.sync.client import SyncClient
from app.sync.transport import HttpTransport, ServerRefused
from tests.sync.sync_support import (PASSWORD, add_households, local_records, make_station,
                                     server_records, sign_in)


def _a_person(workspace) -> str:
    from app.models import Person

    with workspace.read() as session:
        return session.scalars(select(Person.id).where(Person.deleted_at.is_(None))).first()


def _case(person_id: str):
    from app.services.cases import CaseInput

    return CaseInput(person_id=person_id, domain_code="social_assistance", risk_level="low",
                     intake_reason="入户走访发现", opened_on=date.today().isoformat())


def _number(workspace, case_id: str) -> str:
    from app.models import CaseFile

    with workspace.read() as session:
        return session.get(CaseFile, case_id).case_number


def test_restore_then_sync_loses_nothing_and_revokes_the_old_device(
        tmp_path, live_server, server_store, recovery_public):
    old_dir = make_station(tmp_path / "old", "甲乡", recovery_public)
    old = sign_in(old_dir)
    with old.read() as session:
        village = villages(session, old.station_id)[0].id
    client = SyncClient(old.store, HttpTransport(live_server.url))
    client.enroll(live_server.url, issue_enrollment_code(server_store, "jia", station_name="甲乡"), fingerprint=live_server.fingerprint)
    add_households(old, 4, village, "甲")
    old_letter = _number(old, open_case(old, _case(_a_person(old))).id).split("-")[1]
    client.sync_now()                       # delivered before the backup
    add_households(old, 5, village, "乙")   # still waiting when the backup is made
    assert client.pending_changes() > 0
    (tmp_path / "usb").mkdir()
    backup = back_up_now(old, tmp_path / "usb")
    add_households(old, 3, village, "丙")   # after the backup, delivered by the old laptop
    client.sync_now()
    old_device = old.store.device_id
    at_backup_plus_later = local_records(old.store)
    old.store.close()                       # the laptop is lost

    result = restore_backup(backup.path, tmp_path / "new", username="admin", password=PASSWORD)
    assert result.pending_changes > 0 and result.superseded_device_id == old_device
    new = sign_in(tmp_path / "new")
    try:
        # the lost laptop's letter is not used again: no case numbers until enrolled again
        person = _a_person(new)
        with pytest.raises(ConflictError, match="restored from a backup"):
            open_case(new, _case(person))
        fresh = SyncClient(new.store, HttpTransport(live_server.url))
        fresh.enroll(live_server.url, issue_enrollment_code(server_store, "jia"), fingerprint=live_server.fingerprint)
        report = fresh.sync_now()
        assert fresh.pending_changes() == 0 and report.quarantined == 0
        on_county = server_records(server_store, "jia")
        on_new_laptop = local_records(new.store)
        number = _number(new, open_case(new, _case(person)).id)  # enrolled: a new letter
        assert number.split("-")[1] not in ("", old_letter), number
    finally:
        new.store.close()
    from tests.fault.figures import report

    lost = len(set(at_backup_plus_later) - set(on_county))
    report("restore_then_sync", "laptop lost: restore its backup on a new one, enrol, sync "
           "(records waiting at backup time, records delivered after it)",
           cases=len(at_backup_plus_later), failures=int(on_county != at_backup_plus_later),
           records_lost=lost)
    assert on_county == at_backup_plus_later      # nothing lost, nothing applied twice
    assert on_new_laptop == on_county             # the new laptop got the later records back
    with server_store.transaction() as session:
        revoked = session.scalar(select(Device.revoked_at).where(Device.id == old_device))
    assert revoked is not None
    # the stolen laptop can no longer deliver or pull
    thief = sign_in(old_dir)
    try:
        add_households(thief, 1, village, "丁")
        try:
            SyncClient(thief.store, HttpTransport(live_server.url)).sync_now()
            refused = False
        except ServerRefused:
            refused = True
        assert refused or SyncClient(thief.store).pending_changes() > 0
    finally:
        thief.store.close()


def test_changes_delivered_by_usb_but_never_receipted_are_not_applied_twice(
        tmp_path, live_server, server_store, county_keys, recovery_public):
    """The backup holds parcels the county already applied (taken by USB stick) whose receipts
    never came back: after the restore they travel again under the new device id; the county
    recognises every change id, applies none twice, opens no conflict, quarantines nothing."""
    from app.server.db import ServerConflict, ServerQuarantine
    from app.server.folder import import_folder

    old = sign_in(make_station(tmp_path / "old", "乙乡", recovery_public))
    with old.read() as session:
        village = villages(session, old.station_id)[0].id
    client = SyncClient(old.store, HttpTransport(live_server.url))
    client.enroll(live_server.url, issue_enrollment_code(server_store, "yi", station_name="乙乡"), fingerprint=live_server.fingerprint)
    add_households(old, 4, village, "戊")
    (tmp_path / "usb").mkdir()
    (tmp_path / "backups").mkdir()
    assert client.export_to_folder(tmp_path / "usb") > 0          # parcels onto the stick
    imported = import_folder(server_store, county_keys, tmp_path / "usb")  # applied at the county
    assert imported.receipts > 0
    backup = back_up_now(old, tmp_path / "backups")              # receipts never taken back
    holds = local_records(old.store)
    old.store.close()
    on_county_before = server_records(server_store, "yi")
    assert on_county_before == holds

    result = restore_backup(backup.path, tmp_path / "new", username="admin", password=PASSWORD)
    assert result.pending_changes > 0
    new = sign_in(tmp_path / "new")
    try:
        fresh = SyncClient(new.store, HttpTransport(live_server.url))
        fresh.enroll(live_server.url, issue_enrollment_code(server_store, "yi"), fingerprint=live_server.fingerprint)
        report = fresh.sync_now()
        assert fresh.pending_changes() == 0 and report.quarantined == 0 and report.conflicts == 0
    finally:
        new.store.close()
    assert server_records(server_store, "yi") == on_county_before
    with server_store.transaction() as session:
        assert session.scalar(select(func.count()).select_from(ServerConflict)) == 0
        assert session.scalar(select(func.count()).select_from(ServerQuarantine)) == 0


def test_supersedes_revokes_only_devices_of_the_same_station(tmp_path, live_server, server_store,
                                                             recovery_public):
    """A device may name only its own station's devices as superseded; another station's
    device named in the enrolment request stays enrolled."""
    other = sign_in(make_station(tmp_path / "other", "丙乡", recovery_public))
    SyncClient(other.store, HttpTransport(live_server.url)).enroll(
        live_server.url, issue_enrollment_code(server_store, "bing", station_name="丙乡"), fingerprint=live_server.fingerprint)
    other_device = other.store.device_id
    other.store.close()
    mine = sign_in(make_station(tmp_path / "mine", "丁乡", recovery_public))
    try:
        with mine.write() as session:
            mine.store.set_meta(session, "superseded_device_ids", f'["{other_device}"]')
        SyncClient(mine.store, HttpTransport(live_server.url)).enroll(
            live_server.url, issue_enrollment_code(server_store, "ding", station_name="丁乡"), fingerprint=live_server.fingerprint)
    finally:
        mine.store.close()
    with server_store.transaction() as session:
        assert session.scalar(select(Device.revoked_at).where(Device.id == other_device)) is None
