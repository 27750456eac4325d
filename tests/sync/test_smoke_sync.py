from app.server.enrollment import issue_enrollment_code
from app.sync.client import SyncClient
from app.sync.transport import HttpTransport
from tests.sync.sync_support import local_records, make_station, server_records, sign_in


def test_station_pushes_everything_and_server_holds_it(tmp_path, live_server, server_store,
                                                        recovery_public):
    make_station(tmp_path / "a", "甲乡", recovery_public)
    ws = sign_in(tmp_path / "a")
    code = issue_enrollment_code(server_store, "jia", station_name="甲乡")
    client = SyncClient(ws.store, HttpTransport(live_server.url))
    client.enroll(live_server.url, code, fingerprint=live_server.fingerprint)
    report = client.sync_now()
    assert report.pushed_changes > 0
    assert client.pending_changes() == 0
    assert server_records(server_store, "jia") == local_records(ws.store)
