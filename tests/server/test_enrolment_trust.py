"""Enrolment you can verify (issue 11, item 1).

A relay on loopback between a station and the real county swaps in its own county keys: the
device, given the fingerprint printed with the enrolment code, refuses and sends nothing — not
the code, not a parcel — and `sync-join` leaves no half-made folder. A relay that passes the
keys through but swaps the enrolment answer is refused too, and never sees the code in the
clear. Plain http:// is refused except on loopback or with the trial switch.
"""
from __future__ import annotations


import httpx
import pytest
import segno
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.errors import ValidationError
from app.models.sync_state import SyncServer
from app.server.cli import main as server_main
from app.server.db import EnrollmentCode
from app.server.enrollment import enrolment_sheet_text, issue_enrollment_code
from app.server.keys import create_county_keys
from app.sync.client import SyncClient
from app.services.join import join_station
from app.sync.transport import HttpTransport
from app.sync.trust import (KeyMismatch, check_server_url, county_fingerprint,
                            normalise_fingerprint)
from app.protocol.wire import b64
from tests.sync.sync_support import PASSWORD, ServerThread, make_station, sign_in


def relay_app(target: str, fake_keys, *, swap_health: bool, swap_answer: bool) -> FastAPI:
    """A man in the middle: forwards to the county, swapping the county keys it shows."""
    app = FastAPI()
    app.state.seen = []

    def fake(document: dict) -> dict:
        return {**document, "county_sign_public": b64(fake_keys.sign_public),
                "county_box_public": b64(fake_keys.box_public),
                "fingerprint": fake_keys.enrolment_fingerprint}

    @app.get("/v1/health")
    def health():
        app.state.seen.append(("GET", "/v1/health", b""))
        real = httpx.get(target + "/v1/health").json()
        return fake(real) if swap_health else real

    @app.post("/v1/{path:path}")
    async def forward(path: str, request: Request):
        body = await request.body()
        app.state.seen.append(("POST", path, body))
        answer = httpx.post(f"{target}/v1/{path}", content=body,
                            headers={"Content-Type": request.headers["content-type"]})
        if path == "enroll" and answer.status_code == 200 and swap_answer:
            return JSONResponse(fake(answer.json()))
        return JSONResponse(answer.json(), status_code=answer.status_code)

    return app


@pytest.fixture()
def relay(live_server, tmp_path):
    servers = []

    def start(**swaps):
        fake_keys = create_county_keys(tmp_path / f"fake-keys-{len(servers)}")
        server = ServerThread(relay_app(live_server.url, fake_keys, **swaps)).start()
        servers.append(server)
        return server, server.server.config.app.state.seen

    yield start
    for server in servers:
        server.stop()


def _code_unused(server_store, code: str) -> bool:
    from app.server.enrollment import _code_hash

    with server_store.transaction() as session:
        return session.get(EnrollmentCode, _code_hash(code)).used_at is None


def test_a_relay_swapping_the_county_keys_is_refused_and_gets_nothing(
        tmp_path, live_server, server_store, recovery_public, relay):
    (proxy, seen) = relay(swap_health=True, swap_answer=True)
    make_station(tmp_path / "a", "甲乡", recovery_public)
    workspace = sign_in(tmp_path / "a")
    code = issue_enrollment_code(server_store, "jia")
    client = SyncClient(workspace.store, HttpTransport(proxy.url))
    with pytest.raises(KeyMismatch) as refused:
        client.enroll(proxy.url, code, fingerprint=live_server.fingerprint)
    assert "Nothing was sent" in refused.value.message()
    assert [method for method, _path, _body in seen] == ["GET"]  # only looked, sent nothing
    assert _code_unused(server_store, code)
    with workspace.read() as session:
        assert session.get(SyncServer, "county") is None  # not enrolled, nothing stored
    # With the real county the same code still works.
    client = SyncClient(workspace.store, HttpTransport(live_server.url))
    assert client.enroll(live_server.url, code, fingerprint=live_server.fingerprint)[
        "station_key"] == "jia"
    workspace.store.close()


def test_a_relay_swapping_the_answer_is_refused_and_never_sees_the_code(
        tmp_path, live_server, server_store, recovery_public, relay):
    (proxy, seen) = relay(swap_health=False, swap_answer=True)
    make_station(tmp_path / "a", "甲乡", recovery_public)
    workspace = sign_in(tmp_path / "a")
    code = issue_enrollment_code(server_store, "jia")
    client = SyncClient(workspace.store, HttpTransport(proxy.url))
    with pytest.raises(KeyMismatch):
        client.enroll(proxy.url, code, fingerprint=live_server.fingerprint.lower().replace(
            "-", " "))  # typed loosely: still the same fingerprint
    posted = [body for method, _path, body in seen if method == "POST"]
    assert len(posted) == 1 and code.encode() not in posted[0]
    assert code.replace("-", "").encode() not in posted[0]
    with workspace.read() as session:
        assert session.get(SyncServer, "county") is None
    workspace.store.close()


def test_join_through_a_key_swapping_relay_creates_nothing(tmp_path, live_server, server_store,
                                                           recovery_public, relay):
    (proxy, seen) = relay(swap_health=True, swap_answer=True)
    code = issue_enrollment_code(server_store, "jia")
    with pytest.raises(KeyMismatch):
        join_station(tmp_path / "laptop", url=proxy.url, code=code, username="admin",
                     password=PASSWORD, county_recovery_public=recovery_public,
                     fingerprint=live_server.fingerprint)
    assert not (tmp_path / "laptop" / "station.db").exists()
    assert [method for method, _path, _body in seen] == ["GET"]
    assert _code_unused(server_store, code)


def test_cli_enrol_needs_the_fingerprint_and_refuses_a_wrong_one(
        tmp_path, live_server, server_store, recovery_public, capsys):
    from app.cli import main

    make_station(tmp_path / "a", "甲乡", recovery_public)
    (tmp_path / "pw").write_text(PASSWORD)
    common = ["--data-dir", str(tmp_path / "a"), "sync-enroll", "--user", "admin",
              "--password-file", str(tmp_path / "pw"), "--server", live_server.url,
              "--code", issue_enrollment_code(server_store, "jia")]
    with pytest.raises(SystemExit):  # the flag is required
        main(common)
    other = county_fingerprint(b"\x01" * 32, b"\x02" * 32)
    assert main([*common, "--fingerprint", other]) != 0
    assert "do not match" in capsys.readouterr().err
    assert main([*common, "--fingerprint", live_server.fingerprint]) == 0


def test_plain_http_only_on_loopback_or_as_a_trial():
    assert check_server_url("https://county.example.cn") is False
    assert check_server_url("http://127.0.0.1:8443") is True
    assert check_server_url("http://localhost:8443") is True
    assert check_server_url("http://[::1]:8443") is True
    for bad in ("http://county.example.cn", "http://192.168.1.5:8443", "ftp://x", "county"):
        with pytest.raises(ValidationError) as error:
            check_server_url(bad)
        assert error.value.field == "server"
    assert check_server_url("http://192.168.1.5:8443", allow_plain_http=True) is True


def test_fingerprint_is_short_readable_and_checked(tmp_path):
    keys = create_county_keys(tmp_path / "k")
    text = keys.enrolment_fingerprint
    groups = text.split("-")
    assert len(groups) == 6 and all(len(g) == 4 for g in groups)
    assert not set(text) & set("01OI")
    assert normalise_fingerprint(text.lower().replace("-", " ")) == text.replace("-", "")
    for bad in ("", "ABCD", text + "A", text.replace(text[0], "0")):
        with pytest.raises(ValidationError) as error:
            normalise_fingerprint(bad)
        assert error.value.field == "fingerprint"
    other = create_county_keys(tmp_path / "k2").enrolment_fingerprint
    assert other != text


def test_enroll_code_prints_the_fingerprint_and_writes_the_qr(tmp_path, capsys):
    keys_dir = tmp_path / "keys"
    db = f"sqlite:///{tmp_path / 'county.db'}"
    assert server_main(["keys", "--dir", str(keys_dir)]) == 0
    capsys.readouterr()
    qr_path = tmp_path / "sheet.png"
    assert server_main(["--db", db, "enroll-code", "--station", "jia", "--keys", str(keys_dir),
                        "--role", "worker",
                        "--qr", str(qr_path), "--server-url", "https://county.example.cn"]) == 0
    out = capsys.readouterr().out.splitlines()
    from app.server.keys import load_county_keys

    fingerprint = load_county_keys(keys_dir).enrolment_fingerprint
    code = out[0]
    assert out[1] == f"county key fingerprint: {fingerprint}"
    assert qr_path.read_bytes().startswith(b"\x89PNG")
    # The image holds exactly the sheet's text (segno is deterministic).
    again = tmp_path / "again.png"
    segno.make(enrolment_sheet_text(code, fingerprint, "https://county.example.cn"),
               error="m").save(str(again), scale=8, border=4)
    assert again.read_bytes() == qr_path.read_bytes()


def _certificates(folder) -> tuple[str, str, str]:
    """A CA and a certificate for 127.0.0.1 signed by it: (ca.pem, cert.pem, key.pem)."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def name(text):
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    now = dt.datetime.now(dt.timezone.utc)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(name("county CA")).issuer_name(name("county CA"))
          .public_key(ca_key.public_key()).serial_number(1).not_valid_before(now)
          .not_valid_after(now + dt.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    cert = (x509.CertificateBuilder().subject_name(name("127.0.0.1")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(2).not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = [folder / "ca.pem", folder / "cert.pem", folder / "key.pem"]
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return tuple(str(p) for p in paths)


def test_https_certificate_is_checked(tmp_path, server_store, county_keys, recovery_public,
                                      monkeypatch):
    """Over https:// the device checks the server's certificate: one it cannot trust stops
    enrolment before anything is sent; with the county's CA (SSL_CERT_FILE) it enrols."""
    from app.server.api import create_app
    from app.sync.transport import UntrustedServer

    ca, cert, key = _certificates(tmp_path)
    server = ServerThread(create_app(server_store, county_keys), tls=(cert, key)).start()
    try:
        make_station(tmp_path / "a", "甲乡", recovery_public)
        workspace = sign_in(tmp_path / "a")
        code = issue_enrollment_code(server_store, "jia")
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        monkeypatch.delenv("SSL_CERT_DIR", raising=False)
        client = SyncClient(workspace.store, HttpTransport(server.url))
        with pytest.raises(UntrustedServer) as untrusted:
            client.enroll(server.url, code, fingerprint=county_keys.enrolment_fingerprint)
        assert "not trusted" in untrusted.value.message()
        assert _code_unused(server_store, code)
        monkeypatch.setenv("SSL_CERT_FILE", ca)
        client = SyncClient(workspace.store, HttpTransport(server.url))
        assert server.url.startswith("https://")
        client.enroll(server.url, code, fingerprint=county_keys.enrolment_fingerprint)
        assert client.sync_now().pushed_changes > 0
        workspace.store.close()
    finally:
        server.stop()
