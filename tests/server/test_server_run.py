"""The county server run like a server (issue 16, part 3): its settings, the health check
that touches the database, the JSON access log, and what each device says it runs.

Real components: the settings through the real command line in a subprocess, the server on
loopback over HTTP, SQLite and a real PostgreSQL cluster that is stopped under the server.
"""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.postgres_cluster import admin_conninfo, pg_bin, throwaway_postgres

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str, env: dict | None = None, cwd: Path | None = None):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("STATION_LEDGER_SERVER_")}
    return subprocess.run([sys.executable, "-m", "app.server.cli", *args],
                          env={**clean, "PYTHONPATH": str(ROOT), **(env or {})}, cwd=cwd or ROOT,
                          capture_output=True, text=True, timeout=120)


# --- settings -----------------------------------------------------------------------------

def test_settings_come_from_the_command_line_the_environment_and_a_file(tmp_path, monkeypatch):
    from app.server.settings import load_settings

    for name in list(os.environ):
        if name.startswith("STATION_LEDGER_SERVER_"):
            monkeypatch.delenv(name)
    config = tmp_path / "server.toml"
    config.write_text('db = "sqlite:///from-file.db"\nport = 7001\nsecure_cookies = true\n'
                      'access_log = "off"\n', encoding="utf-8")
    from_file = load_settings(config)
    assert (from_file.db, from_file.port, from_file.secure_cookies, from_file.access_log) == (
        "sqlite:///from-file.db", 7001, True, "off")
    monkeypatch.setenv("STATION_LEDGER_SERVER_PORT", "7002")  # the environment over the file
    assert load_settings(config).port == 7002
    assert load_settings(config, port="7003").port == 7003  # the command line over both
    env_file = tmp_path / "server.env"
    env_file.write_text("STATION_LEDGER_SERVER_DB=postgresql+psycopg://county@db/county\n"
                        "STATION_LEDGER_SERVER_HOST=0.0.0.0\n", encoding="utf-8")
    from_env_file = load_settings(env_file)
    assert (from_env_file.db, from_env_file.host) == ("postgresql+psycopg://county@db/county",
                                                      "0.0.0.0")
    # the old names of two variables are still read
    monkeypatch.setenv("STATION_LEDGER_CONSOLE_SECURE_COOKIES", "1")
    monkeypatch.setenv("STATION_LEDGER_NEW_PASSWORD", "a-long-password")
    old = load_settings()
    assert old.secure_cookies is True
    assert old.new_password.get_secret_value() == "a-long-password"
    assert "a-long-password" not in repr(old)


@pytest.mark.parametrize("env, config, named", [
    ({"STATION_LEDGER_SERVER_PORT": "eighty"}, None, "setting port"),
    ({"STATION_LEDGER_SERVER_PORT": "70000"}, None, "setting port"),
    ({"STATION_LEDGER_SERVER_DB": "mysql://county"}, None, "setting db"),
    ({"STATION_LEDGER_SERVER_SECURE_COOKIES": "perhaps"}, None, "setting secure_cookies"),
    ({"STATION_LEDGER_SERVER_TLS_CERT": "/etc/cert.pem"}, None, "tls_cert and tls_key"),
    ({}, "prot = 8443\n", "unknown setting 'prot'"),
    ({}, "port = [\n", "configuration file"),
])
def test_a_bad_setting_is_named_without_a_traceback(tmp_path, env, config, named):
    args = ["devices"]
    if config is not None:
        (tmp_path / "server.toml").write_text(config, encoding="utf-8")
        args = ["--config", str(tmp_path / "server.toml"), "devices"]
    done = _cli(*args, env={"STATION_LEDGER_SERVER_DB": f"sqlite:///{tmp_path / 'c.db'}", **env})
    assert done.returncode == 2, done.stderr
    assert named in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "c.db").exists()  # nothing was opened or made


def test_serve_needs_its_keys_setting(tmp_path):
    done = _cli("serve", env={"STATION_LEDGER_SERVER_DB": f"sqlite:///{tmp_path / 'c.db'}"})
    assert done.returncode == 2
    assert "setting keys" in done.stderr and "Traceback" not in done.stderr


def test_the_database_setting_reaches_the_commands(tmp_path):
    done = _cli("init-db", env={"STATION_LEDGER_SERVER_DB": f"sqlite:///{tmp_path / 'env.db'}"})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "env.db").exists()
    config = tmp_path / "server.toml"
    config.write_text(f'db = "sqlite:///{tmp_path / "file.db"}"\n', encoding="utf-8")
    assert _cli("--config", str(config), "init-db").returncode == 0
    assert (tmp_path / "file.db").exists()


# --- the deployment files -----------------------------------------------------------------

def _unit_entries(path: Path) -> dict[str, dict[str, list[str]]]:
    """A systemd unit file as {section: {key: [values]}} (comments and blanks skipped)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        assert current is not None and "=" in line, f"{path.name}:{number}: {raw!r}"
        key, value = line.split("=", 1)
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def test_the_systemd_unit_and_env_file_name_real_settings(tmp_path):
    from app.server.settings import ENV_PREFIX, ServerSettings

    unit_path = ROOT / "deploy" / "station-ledger-server.service"
    unit = _unit_entries(unit_path)
    assert set(unit) == {"Unit", "Service", "Install"}
    service = unit["Service"]
    assert service["ExecStart"][0].endswith("station-ledger-server serve")
    assert service["EnvironmentFile"] == ["/etc/station-ledger/server.env"]
    for hardening in ("NoNewPrivileges", "ProtectSystem", "ProtectHome", "PrivateTmp",
                      "PrivateDevices", "RestrictAddressFamilies", "SystemCallFilter"):
        assert hardening in service, hardening
    assert service["ProtectSystem"] == ["strict"] and service["User"] != ["root"]
    verify = "/usr/bin/systemd-analyze"
    if os.path.exists(verify):  # the real parser when the machine has it
        copy = tmp_path / "station-ledger-server.service"
        copy.write_text(unit_path.read_text(encoding="utf-8").replace(
            "/opt/station-ledger/.venv/bin/station-ledger-server", "/bin/true"), encoding="utf-8")
        done = subprocess.run([verify, "verify", str(copy)], capture_output=True, text=True,
                              timeout=60)
        problems = [line for line in done.stderr.splitlines()
                    if "station-ledger-server.service" in line and "EnvironmentFile" not in line
                    and "User" not in line]
        assert problems == [], done.stderr
    known = {ENV_PREFIX + name.upper() for name in ServerSettings.model_fields}
    named = set()
    for path in (ROOT / "deploy" / "server.env.example", ROOT / "deploy" / "Containerfile"):
        for line in path.read_text(encoding="utf-8").split():
            for word in line.replace("\\", " ").split():
                if word.startswith(ENV_PREFIX):
                    named.add(word.split("=", 1)[0])
    assert named and named <= known, named - known
    # the container installs the lock, hash-checked, and runs the server's own module
    recipe = (ROOT / "deploy" / "Containerfile").read_text(encoding="utf-8")
    assert "--require-hashes" in recipe and "-r requirements.lock" in recipe
    assert '"-m", "app.server.cli"]' in recipe and 'CMD ["serve"]' in recipe
    assert "/healthz" in recipe and "USER station-ledger" in recipe
    docs = (ROOT / "docs" / "server.md").read_text(encoding="utf-8")
    for name in ServerSettings.model_fields:  # the docs' table lists every setting
        assert f"`{ENV_PREFIX + name.upper()}`" in docs, name


# --- health -------------------------------------------------------------------------------

def _serve(store, tmp_path):
    from app.server.api import create_app
    from app.server.keys import create_county_keys
    from app.server.settings import ServerSettings
    from tests.sync.sync_support import ServerThread

    return ServerThread(create_app(store, create_county_keys(tmp_path / "keys"),
                                   settings=ServerSettings())).start()


def test_health_touches_sqlite_and_says_503_when_it_is_broken(tmp_path):
    from app.server.db import ServerStore

    path = tmp_path / "county.db"
    store = ServerStore(f"sqlite:///{path}")
    store.create_schema()
    server = _serve(store, tmp_path)
    try:
        answer = httpx.get(server.url + "/healthz", timeout=30)
        assert answer.status_code == 200
        assert answer.json() == {"ok": True, "database": "sqlite", "schema": store.code_revision()}
        store.engine.dispose()  # closed (WAL checkpointed): new connections meet the file
        for extra in ("-wal", "-shm"):
            Path(str(path) + extra).unlink(missing_ok=True)
        path.write_bytes(b"this is no longer a database file " * 200)
        answer = httpx.get(server.url + "/healthz", timeout=30)
        assert answer.status_code == 503
        assert answer.json()["ok"] is False and answer.json()["database"] == "unavailable"
        assert "Traceback" not in answer.text and str(path) not in answer.text
        assert httpx.get(server.url + "/v1/health", timeout=30).status_code == 200  # the process lives
        # a database at another schema revision (a newer server migrated it): not ready
        store.close()
        path.unlink()
        other = ServerStore(f"sqlite:///{path}")
        other.create_schema()
        with other.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE county_alembic_version SET version_num = 'c9999'")
        other.close()
        answer = httpx.get(server.url + "/healthz", timeout=30)
        assert answer.status_code == 503
        assert answer.json()["schema"] == "c9999" and answer.json()["expected"] == store.code_revision()
    finally:
        server.stop()
        store.close()


def test_the_code_revision_is_alembics_head():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from app.server.db import MIGRATIONS_DIR, ServerStore

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ServerStore.code_revision() == ScriptDirectory.from_config(config).get_current_head()


@pytest.mark.postgres
def test_health_says_503_while_postgresql_is_down(tmp_path):
    if pg_bin() is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    import psycopg

    from app.server.db import ServerStore

    with throwaway_postgres(fsync=False) as (url, port):
        store = ServerStore(url)
        store.create_schema()
        server = _serve(store, tmp_path)
        try:
            answer = httpx.get(server.url + "/healthz", timeout=30)
            assert answer.status_code == 200
            assert answer.json() == {"ok": True, "database": "postgresql", "schema": store.code_revision()}
            with psycopg.connect(admin_conninfo(port)) as connection:
                data = connection.execute("SHOW data_directory").fetchone()[0]
            as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
            subprocess.run(as_postgres + [f"{pg_bin()}/pg_ctl", "-D", data, "-m", "immediate",
                                          "-w", "stop"], check=True, capture_output=True,
                           timeout=60)
            answer = httpx.get(server.url + "/healthz", timeout=60)
            assert answer.status_code == 503, answer.text
            assert answer.json()["ok"] is False and answer.json()["database"] == "unavailable"
            assert "Traceback" not in answer.text
        finally:
            server.stop()
            store.close()


# --- access log ---------------------------------------------------------------------------

@pytest.fixture()
def access_log(tmp_path):
    from app.server.access_log import LOGGER, configure_access_log

    path = tmp_path / "access.log"
    configure_access_log(str(path))
    yield path
    for handler in list(LOGGER.handlers):
        LOGGER.removeHandler(handler)
        handler.close()
    LOGGER.propagate, LOGGER.level = True, logging.NOTSET


def test_one_json_line_per_request_without_personal_data(tmp_path, access_log):
    from app.server.db import ServerStore
    from tests.server.console_support import PASSWORDS, add_accounts, signed_in

    store = ServerStore(f"sqlite:///{tmp_path / 'county.db'}")
    store.create_schema()
    add_accounts(store)
    server = _serve(store, tmp_path)
    try:
        browser, _csrf = signed_in(server.url, "admin")  # GET login, POST login, GET stations
        month = browser.get("/console/month?month=2026-10&station=卓玛家",
                            headers={"X-Request-ID": "proxy-req-00042"})
        assert month.headers["X-Request-ID"] == "proxy-req-00042"
        stranger = httpx.get(server.url + "/console/stations?name=张三&id=540102199001011234",
                             timeout=30)
        assert stranger.status_code == 303
        assert len(stranger.headers["X-Request-ID"]) == 32
        httpx.get(server.url + "/healthz", headers={"X-Request-ID": "bad id with spaces!"},
                  timeout=30)
    finally:
        server.stop()
        store.close()
    text = access_log.read_text(encoding="utf-8")
    lines = [json.loads(line) for line in text.splitlines()]
    assert [(line["method"], line["path"]) for line in lines] == [
        ("GET", "/console/login"), ("POST", "/console/login"), ("GET", "/console/stations"),
        ("GET", "/console/month"), ("GET", "/console/stations"), ("GET", "/healthz")]
    for line in lines:
        assert set(line) == {"time", "request_id", "method", "path", "query", "status",
                             "duration_ms", "client", "user", "device"}
        assert line["client"] == "127.0.0.1" and line["duration_ms"] >= 0
        assert line["time"].endswith("Z")
    assert [line["status"] for line in lines] == [200, 303, 200, 200, 303, 200]
    assert [line["user"] for line in lines] == [None, None, "admin", "admin", None, None]
    assert lines[3]["query"] == ["month", "station"] and lines[3]["request_id"] == "proxy-req-00042"
    assert lines[4]["query"] == ["id", "name"]
    assert lines[5]["request_id"] != "bad id with spaces!"
    assert len({line["request_id"] for line in lines}) == len(lines)
    for secret in ("张三", "%E5%BC%A0", "540102199001011234", "卓玛", "2026-10",
                   PASSWORDS["admin"], "csrf", "sl_session"):
        assert secret not in text, secret


# --- what devices run ---------------------------------------------------------------------

def test_the_stations_page_shows_each_devices_version_and_schema(tmp_path, access_log,
                                                                  recovery_public):
    from sqlalchemy import select

    from app.server.db import Device, ServerStore
    from app.server.enrollment import issue_enrollment_code
    from app.services.station import sign_out
    from app.sync.client import SyncClient
    from app.sync.transport import HttpTransport
    from app.version import app_version, schema_revision
    from tests.server.console_support import add_accounts, signed_in
    from tests.sync.sync_support import enroll, make_station, sign_in

    store = ServerStore(f"sqlite:///{tmp_path / 'county.db'}")
    store.create_schema()
    add_accounts(store)
    server = _serve(store, tmp_path)
    try:
        make_station(tmp_path / "alpha", "甲乡", recovery_public)
        workspace = sign_in(tmp_path / "alpha")
        try:
            client = SyncClient(workspace.store, HttpTransport(server.url), backoff_seconds=0.05)
            from app.server.keys import load_county_keys

            enroll(client, server.url, issue_enrollment_code(store, "alpha", station_name="甲"),
                   load_county_keys(tmp_path / "keys"))
            client.sync_now()
            device_id = workspace.store.device_id
        finally:
            sign_out(workspace)
        with store.transaction() as session:
            device = session.get(Device, device_id)
            assert (device.app_version, device.schema_revision) == (app_version(),
                                                                    schema_revision())
        from app.server.enrollment import list_devices

        listed = {d["device_id"]: d for d in list_devices(store)}  # the `devices` command
        assert (listed[device_id]["app_version"], listed[device_id]["schema_revision"]) == (
            app_version(), schema_revision())
        # a request with the headers but without a device's signature records nothing
        httpx.post(server.url + "/v1/pull", content=b"{}", timeout=30, headers={
            "X-Station-Ledger-Version": "9.9.9", "X-Station-Ledger-Schema": "9999"})
        with store.transaction() as session:
            assert session.scalars(select(Device.app_version)).all() == [app_version()]
        browser, _csrf = signed_in(server.url, "admin")
        page = browser.get("/console/stations").text
        assert f'<td class="app-version">{app_version()}</td>' in page
        assert f'<td class="schema-revision">{schema_revision()}</td>' in page
    finally:
        server.stop()
        store.close()
    pulls = [json.loads(line) for line in access_log.read_text(encoding="utf-8").splitlines()
             if '"/v1/p' in line]
    assert {line["device"] for line in pulls if line["status"] == 200} == {device_id}


# --- the trial county server the README names -------------------------------------------------

def test_the_trial_county_server_starts_with_the_demo_station(tmp_path):
    """`scripts/trial_county_server.py` (README, docs/server.md): a county server on
    loopback with the demo station enrolled and synced into it; the console shows it."""
    import signal
    import time

    from tests.postgres_cluster import free_port
    from tests.server.console_support import client, form_token

    port = free_port()
    clean = {k: v for k, v in os.environ.items() if not k.startswith("STATION_LEDGER_SERVER_")}
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "trial_county_server.py"), "--dir",
         str(tmp_path / "trial"), "--port", str(port), "--households", "6"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**clean, "STATION_LEDGER_SERVER_NEW_PASSWORD": "trial-admin-pass",
             "STATION_LEDGER_HOME": str(tmp_path / "home")})
    output = []
    try:
        deadline = time.monotonic() + 600
        while not any("county console:" in line for line in output):
            line = process.stdout.readline()
            assert line or process.poll() is None, "".join(output)
            output.append(line)
            assert time.monotonic() < deadline, "".join(output)
        url = f"http://127.0.0.1:{port}"
        assert httpx.get(url + "/healthz", timeout=30).json()["ok"] is True
        browser = client(url)
        token = form_token(browser.get("/console/login").text)
        assert browser.post("/console/login", data={
            "username": "admin", "password": "trial-admin-pass", "csrf": token}
        ).status_code == 303
        page = browser.get("/console/stations").text
        assert 'id="station-demo"' in page and "示范社工站" in page
        assert '<td class="app-version">' in page
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
