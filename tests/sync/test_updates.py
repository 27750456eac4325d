"""Signed updates through the county: a release signed offline (TUF via tufup) is published to a
real county server on loopback; a station finds it, downloads it (resuming a cut download),
verifies it and stages it; tampered, foreign, unsigned and older releases are refused with a
clear message and nothing staged; the launcher starts a staged version once and goes back to the
installed one if it never reached its sign-in screen."""
from __future__ import annotations

import http.server
import json
import os
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.updates import client, launcher
from app.updates.release import add_release, init_repository, publish_to_county
from tests.sync.sync_support import ServerThread


def fake_bundle(folder: Path, version: str, size: int = 300_000) -> Path:
    """A stand-in for the PyInstaller folder: the program prints its version; a payload file
    makes the archive big enough to cut (the real bundle is tested in tests/test_bundle.py)."""
    folder.mkdir(parents=True)
    program = folder / "station-ledger-cli"
    program.write_text(f"#!/bin/sh\necho station-ledger {version}\n")
    program.chmod(0o755)
    (folder / "payload.bin").write_bytes(os.urandom(size))
    return folder


@pytest.fixture()
def release(tmp_path, monkeypatch):
    repo, keys = tmp_path / "release-repo", tmp_path / "release-keys"
    root = init_repository(repo, keys)
    add_release(repo, keys, fake_bundle(tmp_path / "bundle-0.2.0", "0.2.0"), "0.2.0")
    county = tmp_path / "county-updates"
    publish_to_county(repo, county)
    monkeypatch.setenv("STATION_LEDGER_UPDATE_ROOT", str(root))
    return {"repo": repo, "keys": keys, "county": county, "root": root}


@pytest.fixture()
def county(release, server_store, county_keys):
    from app.server.api import create_app

    server = ServerThread(create_app(server_store, county_keys,
                                     updates_dir=release["county"])).start()
    yield server
    server.stop()


def test_station_finds_verifies_and_stages_a_newer_release(county, tmp_path):
    data = tmp_path / "station"
    offer = client.check(data, county.url, "0.1.0")
    assert offer is not None and offer.version == "0.2.0" and offer.size > 300_000
    staged = client.download_and_stage(data, county.url, "0.1.0")
    assert staged.version == "0.2.0"
    assert (staged.folder / "station-ledger-cli").read_text().endswith("0.2.0\n")
    assert launcher.read_state(data)["staged"] == "0.2.0"
    assert client.check(data, county.url, "0.2.0") is None  # nothing newer than itself
    assert client.check(data, county.url, "0.3.0") is None  # an older release is never offered


def test_a_usb_folder_serves_as_well(release, tmp_path):
    staged = client.download_and_stage(tmp_path / "station", str(release["county"]), "0.1.0")
    assert staged.version == "0.2.0"


def test_release_manager_cannot_publish_an_older_version(release, tmp_path):
    with pytest.raises(ValueError):
        add_release(release["repo"], release["keys"], fake_bundle(tmp_path / "b1", "0.1.5"),
                    "0.1.5")


def test_tampered_archive_is_refused_and_nothing_staged(county, release, tmp_path):
    archive = release["county"] / "targets" / "station-ledger-0.2.0.tar.gz"
    raw = bytearray(archive.read_bytes())
    raw[len(raw) // 2] ^= 0xFF  # same length, one byte changed
    archive.write_bytes(bytes(raw))
    data = tmp_path / "station"
    with pytest.raises(client.UpdateError) as refused:
        client.download_and_stage(data, county.url, "0.1.0")
    assert "does not match its signature" in refused.value.source
    assert launcher.read_state(data)["staged"] is None
    assert not list((data / "updates" / "partial").glob("*.part"))
    assert not (data / launcher.VERSIONS_DIR / "0.2.0").exists()


def test_foreign_and_unsigned_releases_are_refused(county, release, tmp_path):
    foreign_repo, foreign_keys = tmp_path / "foreign-repo", tmp_path / "foreign-keys"
    init_repository(foreign_repo, foreign_keys)  # someone else's keys, a "newer" release
    add_release(foreign_repo, foreign_keys, fake_bundle(tmp_path / "evil", "9.0.0"), "9.0.0")
    for name in ("timestamp.json", "snapshot.json", "targets.json"):
        (release["county"] / "metadata" / name).write_bytes(
            (foreign_repo / "metadata" / name).read_bytes())
    with pytest.raises(client.UpdateError) as refused:
        client.check(tmp_path / "station", county.url, "0.1.0")
    assert "not signed by the release keys" in refused.value.source

    timestamp = json.loads((release["repo"] / "metadata" / "timestamp.json").read_text())
    timestamp["signatures"] = []  # the genuine file with its signature taken off
    (release["county"] / "metadata" / "timestamp.json").write_text(json.dumps(timestamp))
    with pytest.raises(client.UpdateError):
        client.check(tmp_path / "station2", county.url, "0.1.0")
    assert not (tmp_path / "station2" / launcher.VERSIONS_DIR).exists()


class _CuttingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the county folder; the first request for an archive is cut half-way."""

    cut_done = False
    ranges: list[str] = []
    archive_bytes_sent = 0

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        path = Path(self.directory) / self.path.lstrip("/").replace("updates/", "", 1)
        if not path.is_file():
            self.send_error(404)
            return
        data = path.read_bytes()
        is_archive = path.suffix == ".gz"
        start = 0
        if is_archive and self.headers.get("Range"):
            type(self).ranges.append(self.headers["Range"])
            start = int(self.headers["Range"].split("=")[1].split("-")[0])
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            self.send_response(200)
        body = data[start:]
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if is_archive and not type(self).cut_done:
            type(self).cut_done = True
            half = len(body) // 2
            self.wfile.write(body[:half])
            type(self).archive_bytes_sent += half
            self.wfile.flush()
            self.connection.shutdown(2)  # the line drops
            return
        self.wfile.write(body)
        if is_archive:
            type(self).archive_bytes_sent += len(body)


def test_a_cut_download_resumes_where_it_stopped(release, tmp_path):
    handler = type("Handler", (_CuttingHandler,), {"cut_done": False, "ranges": [],
                                                   "archive_bytes_sent": 0})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *a: handler(*a, directory=str(release["county"])))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    data = tmp_path / "station"
    try:
        with pytest.raises(client.UpdateError) as cut:
            client.download_and_stage(data, url, "0.1.0")
        assert "goes on from where it stopped" in cut.value.source
        assert list((data / "updates" / "partial").glob("*.part"))  # what arrived is kept
        staged = client.download_and_stage(data, url, "0.1.0")
    finally:
        server.shutdown()
    size = (release["county"] / "targets" / "station-ledger-0.2.0.tar.gz").stat().st_size
    assert staged.version == "0.2.0"
    resumed_at = int(handler.ranges[0].split("=")[1].split("-")[0])
    assert size // 4 < resumed_at <= size // 2  # it asked only for what it did not hold
    assert handler.archive_bytes_sent - size == size // 2 - resumed_at < 64 * 1024


def test_launcher_starts_a_staged_version_once_and_goes_back_if_it_never_worked(tmp_path,
                                                                                monkeypatch):
    data = tmp_path / "station"
    folder = data / launcher.VERSIONS_DIR / "0.2.0"
    fake_bundle(folder, "0.2.0", size=10)
    launcher.stage(data, "0.2.0")
    assert launcher.program_to_run(data, "0.1.0", "station-ledger-cli") == \
        folder / "station-ledger-cli"
    # it never reached its sign-in screen: the next start goes back to the installed program
    assert launcher.program_to_run(data, "0.1.0", "station-ledger-cli") is None
    assert "0.2.0" in launcher.read_state(data)["bad"]
    assert launcher.program_to_run(data, "0.1.0", "station-ledger-cli") is None  # never again

    launcher.stage(data, "0.2.0")  # re-verified: one more chance, and this time it works
    assert launcher.program_to_run(data, "0.1.0", "station-ledger-cli") is not None
    monkeypatch.setenv(launcher.LAUNCHED_ENV, "0.2.0")
    launcher.mark_good(data)
    for _ in range(3):
        assert launcher.program_to_run(data, "0.1.0", "station-ledger-cli") is not None
    assert launcher.program_to_run(data, "0.2.0", "station-ledger-cli") is None  # not older

    broken = data / launcher.VERSIONS_DIR / "0.3.0"
    fake_bundle(broken, "0.3.0", size=10)
    launcher.stage(data, "0.3.0")
    monkeypatch.delenv(launcher.LAUNCHED_ENV)
    assert launcher.program_to_run(data, "0.1.0", "station-ledger-cli").parent == broken
    # 0.3.0 crashed before its sign-in: back to 0.2.0, the newest version that worked
    assert launcher.program_to_run(data, "0.1.0", "station-ledger-cli") == \
        folder / "station-ledger-cli"


def test_update_use_case_is_audited(release, tmp_path, recovery_public):
    from sqlalchemy import select

    from app.models.system import AuditEntry
    from app.services.updates import update_program
    from tests.sync.sync_support import make_station, sign_in

    data = make_station(tmp_path / "st", "站", recovery_public)
    workspace = sign_in(data)
    try:
        result = update_program(workspace, str(release["county"]))
        assert result.staged and result.offered == "0.2.0"
        with workspace.read() as session:
            actions = [a.action for a in session.scalars(select(AuditEntry))]
        assert "program.update_staged" in actions
    finally:
        workspace.store.close()


def test_a_station_learns_of_a_release_with_its_sync(county, server_store, tmp_path,
                                                      recovery_public):
    """After an ordinary sync with its county, the station stages the county's newer signed
    release (the app's automatic sync and `sync-now` call this); the next sync does not unpack
    it again."""
    from app.server.enrollment import issue_enrollment_code
    from app.services.updates import fetch_after_sync
    from app.sync.client import SyncClient
    from app.sync.transport import HttpTransport
    from tests.sync.sync_support import fingerprint_of, make_station, sign_in

    data = make_station(tmp_path / "st", "甲乡", recovery_public)
    workspace = sign_in(data)
    try:
        SyncClient(workspace.store, HttpTransport(county.url)).enroll(
            county.url, issue_enrollment_code(server_store, "jia"),
            fingerprint=fingerprint_of(county.url))
        SyncClient(workspace.store, HttpTransport(county.url)).sync_now()
        result = fetch_after_sync(workspace)
        assert result is not None and result.staged and result.offered == "0.2.0"
        unpacked = data / launcher.VERSIONS_DIR / "0.2.0"
        stamp = unpacked.stat().st_mtime_ns
        again = fetch_after_sync(workspace, now=datetime.now(timezone.utc) + timedelta(hours=7))
        assert again.staged and unpacked.stat().st_mtime_ns == stamp  # not unpacked twice
    finally:
        workspace.store.close()


def test_the_automatic_sync_asks_for_updates_every_few_hours_not_every_minute(
        county, server_store, tmp_path, recovery_public, monkeypatch):
    """The automatic sync runs every 60 s; the county is asked for update metadata only when
    `update_check_hours` (device setting, default 6) have passed since the stored last check,
    or the clock was set back."""
    from app.server.enrollment import issue_enrollment_code
    from app.services.settings import get_setting, set_setting
    from app.services.updates import fetch_after_sync
    from app.sync.client import SyncClient
    from app.sync.transport import HttpTransport
    from tests.sync.sync_support import fingerprint_of, make_station, sign_in

    asked = []
    real_check = client.check
    monkeypatch.setattr(client, "check", lambda *a, **k: asked.append(1) or real_check(*a, **k))
    workspace = sign_in(make_station(tmp_path / "st", "甲乡", recovery_public))
    try:
        SyncClient(workspace.store, HttpTransport(county.url)).enroll(
            county.url, issue_enrollment_code(server_store, "jia"),
            fingerprint=fingerprint_of(county.url))
        start = datetime(2026, 11, 1, 8, 0, tzinfo=timezone.utc)
        assert fetch_after_sync(workspace, now=start).offered == "0.2.0" and len(asked) == 1
        assert get_setting(workspace, "update_last_checked_at") == start.isoformat()
        for minute in range(1, 6):  # the next automatic syncs: nothing asked
            assert fetch_after_sync(workspace, now=start + timedelta(minutes=minute)) is None
        assert len(asked) == 1
        fetch_after_sync(workspace, now=start + timedelta(hours=6, minutes=1))
        assert len(asked) == 2
        fetch_after_sync(workspace, now=start - timedelta(days=1))  # the clock went back
        assert len(asked) == 3
        set_setting(workspace, "update_check_hours", 1)
        fetch_after_sync(workspace, now=start + timedelta(hours=1))  # last check: a day back
        assert len(asked) == 4
    finally:
        workspace.store.close()
