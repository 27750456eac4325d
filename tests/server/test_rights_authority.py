"""The county's rules for the rights kinds (issue 19): an erasure only from a supervisor or
the admin (acting no higher than the device), a station setting (the retention policy) only
from the admin."""
from __future__ import annotations

from app.server.authority import Authority
from app.server.db import ServerRecord, ServerStore

USERS = {"u-worker": "worker", "u-super": "supervisor", "u-admin": "admin"}


def _change(kind: str, author: str) -> dict:
    return {"kind": kind, "record_id": f"r-{kind}", "author_id": author, "fields": ["ground"],
            "snapshot": {"id": f"r-{kind}", "ground": "consent_withdrawn", "key": "k",
                         "value": "3"}}


def test_erasure_needs_a_supervisor_and_a_station_setting_the_admin(tmp_path):
    store = ServerStore(f"sqlite:///{tmp_path / 'county.db'}")
    store.create_schema()
    try:
        with store.transaction() as session:
            for user_id, role in USERS.items():
                session.add(ServerRecord(station_key="s", kind="user", record_id=user_id,
                                         field_hlc={}, snapshot={"username": user_id,
                                                                 "role": role, "active": True}))
        with store.transaction() as session:
            admin_device = Authority(session, "s", None, "admin", [])
            worker_device = Authority(session, "s", None, "worker", [])
            assert admin_device.check(_change("erasure", "u-worker"), None) == (
                "supervisor_erasure", ("worker",))
            assert admin_device.check(_change("erasure", "u-super"), None) is None
            assert worker_device.check(_change("erasure", "u-admin"), None) == (
                "supervisor_erasure", ("worker",))  # the device's role bounds the author's
            assert admin_device.check(_change("station_setting", "u-super"), None) == (
                "admin_only", ("station_setting", "supervisor"))
            assert admin_device.check(_change("station_setting", "u-admin"), None) is None
    finally:
        store.close()
