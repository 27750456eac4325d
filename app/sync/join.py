"""A second device for an existing station (e.g. the supervisor's laptop).

Instead of setting up a new station, the device gets its own encrypted store and device keys,
enrolls with a code the county issued for the station, pulls the station's records (users,
households, cases ...) and gives the named, already existing user a password on this device.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.errors import N_, NotFound, StoreError, ValidationError
from app.models import User
from app.models.store import DATABASE_FILENAME
from app.security.keyring import Keyring, validate_new_password
from app.services.station import create_device_store, keyring_path
from app.sync.client import SyncClient, SyncReport, verified_county_keys
from app.sync.transport import HttpTransport
from app.sync.trust import check_server_url


def join_station(data_dir: Path, *, url: str, code: str, username: str, password: str,
                 county_recovery_public: bytes, fingerprint: str, label: str = "",
                 allow_plain_http: bool = False,
                 transport: HttpTransport | None = None) -> SyncReport:
    """Set up `data_dir` as another device of the station the `code` was issued for, trusting
    only the county keys that give `fingerprint` (SyncClient.enroll checks it, and the
    address rule, before anything is created or sent)."""
    data_dir = Path(data_dir)
    if (data_dir / DATABASE_FILENAME).exists():
        raise StoreError(N_("A station is already set up in %1."), data_dir)
    validate_new_password(password)
    check_server_url(url, allow_plain_http)
    transport = transport or HttpTransport(url)
    verified_county_keys(transport, fingerprint)  # before anything is made or sent
    store, data_key = create_device_store(data_dir, county_recovery_public)
    try:
        client = SyncClient(store, transport)
        answer = client.enroll(url, code, label, fingerprint=fingerprint,
                               allow_plain_http=allow_plain_http)
        if not answer.get("station_org_id"):
            raise ValidationError(N_("The station's own computer has not synced yet; sync it "
                                     "first, then join this device."))
        report = SyncReport()
        client._pull_all(report)
        with store.transaction() as session:
            store.set_meta(session, "station_id", answer["station_org_id"])
            user = session.scalar(select(User).where(User.username == username.strip().lower(),
                                                     User.deleted_at.is_(None)))
            if user is None or user.station_id != answer["station_org_id"]:
                raise NotFound(N_("There is no user %1 at this station."), username)
            keyring = Keyring.load(keyring_path(data_dir))
            keyring.set_key_check(data_key)
            keyring.set_recovery(county_recovery_public, data_key)
            keyring.add_password_slot(user.id, user.username, password, data_key)
            keyring.save()
        return report
    finally:
        store.close()
