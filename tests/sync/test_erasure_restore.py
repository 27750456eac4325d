"""A backup made before an erasure still holds the person (documented); restored onto a new
laptop and synced, the county sends the erasure back and the restored laptop scrubs itself,
while what it pushes about the person is blanked at the county. Real county on loopback."""
from __future__ import annotations

from datetime import date

from app.server.enrollment import issue_enrollment_code
from app.services import erasure
from app.services.backup import back_up_now
from app.services.queries import villages
from app.services.restore import restore_backup
from app.sync.client import SyncClient
from app.sync.transport import HttpTransport
from tests.rights_support import SECRETS, found_secrets, station_secrets, two_person_household
from tests.sync.sync_support import PASSWORD, make_station, sign_in


def test_a_backup_older_than_an_erasure_is_scrubbed_at_its_first_sync(
        tmp_path, live_server, server_store, recovery_public):
    old = sign_in(make_station(tmp_path / "old", "甲乡", recovery_public))
    with old.read() as session:
        village = villages(session, old.station_id)[0].id
    client = SyncClient(old.store, HttpTransport(live_server.url))
    client.enroll(live_server.url, issue_enrollment_code(server_store, "jia"),
                  fingerprint=live_server.fingerprint)
    ids = two_person_household(old, village, date.today().replace(day=1))
    backup = back_up_now(old, tmp_path / "usb")  # the person's data, not all of it sent yet
    client.sync_now()
    erasure.erase_person(old, ids["erased"], "consent_withdrawn", confirmed=True)
    client.sync_now()
    old.store.close()

    restore_backup(backup.path, tmp_path / "new", username="admin", password=PASSWORD)
    new = sign_in(tmp_path / "new")
    try:
        assert station_secrets(new) == list(SECRETS)  # the backup holds the person
        fresh = SyncClient(new.store, HttpTransport(live_server.url))
        fresh.enroll(live_server.url, issue_enrollment_code(server_store, "jia"),
                     fingerprint=live_server.fingerprint)
        fresh.sync_now()
        assert station_secrets(new) == []
        with server_store.sessions() as session:
            assert found_secrets(session.connection()) == []
    finally:
        new.store.close()
