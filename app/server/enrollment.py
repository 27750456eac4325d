"""Device enrollment with one-time codes, and revocation.

The county admin issues a code for a station (`station-ledger-server enroll-code`). A device
sends the code with its public keys in a request signed by its own Ed25519 key (proof that
it holds the private key); the server records the keys, burns the code and answers with the
county's public keys. A revoked device's parcels and pull requests are refused.
"""
from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from app.security.sealing import SealError, open_sealed
from app.security.signing import BadSignature
from app.server.authority import ROLES
from app.server.db import (CountyStation, Device, DeviceAuditState, EnrollmentCode, ServerStore,
                           utc_now)
from app.server.audit import anchor_device_audit
from app.server.bounds import valid_device_id
from app.server.keys import CountyKeys
from app.protocol.wire import ParcelError, b64, read_document, unb64
from app.protocol.enrolment import ENROL_SEAL_INFO, enrol_seal_aad

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read over the phone

REQUEST_MAX_AGE = timedelta(days=2)


class Refused(Exception):
    """The server refuses a request; `status` is the HTTP status to answer with."""

    def __init__(self, reason: str, status: int = 403, **details) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.details = details


def _code_hash(code: str) -> str:
    normal = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(normal.encode()).hexdigest()


def add_station(store: ServerStore, key: str, name: str = "") -> None:
    with store.transaction() as session:
        if session.get(CountyStation, key) is None:
            session.add(CountyStation(key=key, name=name or key))


# ASCII letters, digits, - and _ (\Z, not $: "$" lets a trailing newline through); the key
# becomes part of file names and download headers
STATION_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}\Z")


def check_code_request(station_key: str, valid_hours: int, station_name: str = "") -> None:
    """The same rules for the command line as for the console's form: a station key of ASCII
    letters, digits, - and _ (it becomes part of file names and download headers), 1 hour to
    a year of validity, a name without control or formatting characters. ValidationError."""
    import unicodedata

    from app.errors import N_, ValidationError

    if not STATION_KEY.match(station_key or ""):
        raise ValidationError(N_("Station key: use 1 to 64 ASCII letters, digits, - or _."),
                              field="station")
    if not 1 <= int(valid_hours) <= 24 * 366:
        raise ValidationError(N_("Hours: a code is valid for 1 to 8784 hours."), field="hours")
    if len(station_name) > 200 or any(unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs")
                                      for ch in station_name):
        raise ValidationError(N_("Station name: at most 200 characters, without control "
                                 "characters."), field="name")


def issue_enrollment_code(store: ServerStore, station_key: str, *, label: str = "",
                          valid_hours: int = 72, station_name: str = "",
                          role: str = "admin") -> str:
    """A new one-time code for a device of `station_key` (the station is added if new).

    `role` is the highest role the device may act with (worker, supervisor or admin; see
    app.server.authority): "admin" for the station's own computer, the person's role for a
    worker's or supervisor's laptop. ValueError for an unknown role."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    check_code_request(station_key, valid_hours, station_name)
    add_station(store, station_key, station_name)
    code = "-".join("".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(4))
    with store.transaction() as session:
        session.add(EnrollmentCode(code_hash=_code_hash(code), station_key=station_key,
                                   label=label, role=role,
                                   expires_at=utc_now() + timedelta(hours=valid_hours)))
    return code


def enrolment_sheet_text(code: str, fingerprint: str, server_url: str = "") -> str:
    """What the QR image on the code sheet holds: `station-ledger-enrol:v1` and the code,
    the county key fingerprint and (if given) the server address, one per line."""
    lines = ["station-ledger-enrol:v1", f"code={code}", f"fingerprint={fingerprint}"]
    if server_url:
        lines.append(f"server={server_url}")
    return "\n".join(lines)


def enrolment_sheet_qr(path, code: str, fingerprint: str, server_url: str = "") -> None:
    """Write the code sheet's QR image (PNG or SVG, by the file name) with `segno`."""
    import segno

    qr = segno.make(enrolment_sheet_text(code, fingerprint, server_url), error="m")
    qr.save(str(path), scale=8, border=4)


@dataclass(frozen=True)
class Enrolled:
    station_key: str
    station_name: str
    station_org_id: str
    case_prefix: str = ""

    def answer(self, keys: CountyKeys, device_id: str) -> dict:
        return {"device_id": device_id, "station_key": self.station_key,
                "station_name": self.station_name, "station_org_id": self.station_org_id,
                "case_prefix": self.case_prefix,
                "county_box_public": b64(keys.box_public),
                "county_sign_public": b64(keys.sign_public)}


def enroll_device(store: ServerStore, keys: CountyKeys, request: bytes) -> dict:
    """Check a signed enrollment request, record the device, burn the code."""
    try:
        body = read_document(request, None)
        sign_public = unb64(body["sign_public"])
        box_public = unb64(body["box_public"])
        device_id = str(body["device_id"])
        read_document(request, sign_public)
        if "sealed_code" in body:  # sealed to the county key the device verified
            code = open_sealed(keys.box_private, unb64(body["sealed_code"]),
                               aad=enrol_seal_aad(device_id, body["sign_public"]),
                               info=ENROL_SEAL_INFO).decode()
        else:  # a device of an earlier version
            code = str(body["code"])
    except (ParcelError, KeyError, ValueError, TypeError, BadSignature, SealError) as exc:
        raise Refused("malformed or unsigned enrollment request", 400) from exc
    if len(sign_public) != 32 or len(box_public) != 32 or not valid_device_id(device_id):
        raise Refused("malformed enrollment request", 400)
    with store.transaction() as session:
        row = session.get(EnrollmentCode, _code_hash(code), with_for_update=True)
        if row is None or row.expires_at < utc_now():
            raise Refused("unknown or expired enrollment code", 403)
        if row.used_at is not None and row.used_by_device != device_id:
            raise Refused("this enrollment code has already been used", 403)
        station = session.get(CountyStation, row.station_key, with_for_update=True)
        wanted_org = str(body.get("station_org_id") or "")
        if station.org_id and wanted_org and wanted_org != station.org_id:
            raise Refused("this device belongs to another station", 403)
        if not station.org_id and wanted_org:
            station.org_id = wanted_org
        device = session.get(Device, device_id)
        if device is not None and (device.sign_public != body["sign_public"]
                                   or device.revoked_at is not None):
            raise Refused("this device id is already enrolled with other keys", 403)
        if "sealed_audit_key" in body:
            try:
                audit_key = open_sealed(keys.box_private, unb64(body["sealed_audit_key"]),
                                        aad=enrol_seal_aad(device_id, body["sign_public"]),
                                        info=ENROL_SEAL_INFO)
                anchor_device_audit(session, device_id, audit_key, body.get("audit_anchor"))
            except (SealError, ValueError, TypeError) as exc:
                raise Refused("malformed audit anchor in the enrollment request", 400) from exc
        if device is None:
            device = Device(id=device_id, station_key=station.key, label=row.label,
                            role=row.role,
                            sign_public=body["sign_public"], box_public=body["box_public"],
                            case_prefix=_free_case_prefix(session, station.key))
            session.add(device)
        row.used_at = row.used_at or utc_now()
        row.used_by_device = device_id
        _revoke_superseded(session, station.key, device_id, body.get("supersedes"))
        enrolled = Enrolled(station.key, station.name, station.org_id or "", device.case_prefix)
    return enrolled.answer(keys, device_id)


def case_prefix_for(index: int) -> str:
    """The case-number letters of a station's device number `index`: 0 → A … 25 → Z, 26 → AA."""
    letters, index = "", index + 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _free_case_prefix(session, station_key: str) -> str:
    """The first letter(s) no device of the station has (revoked ones keep theirs: their
    case numbers exist), so case numbers like 2026-B-0007 are unique across devices."""
    taken = set(session.scalars(select(Device.case_prefix).where(
        Device.station_key == station_key)))
    index = 0
    while case_prefix_for(index) in taken:
        index += 1
    return case_prefix_for(index)


def _revoke_superseded(session, station_key: str, device_id: str, superseded) -> None:
    """A device restored from a backup names the device ids it replaces (the lost or dead
    laptop the backup came from): those of the same station are revoked, so a stolen laptop
    can no longer push or pull. Ids of other stations, or malformed lists, are ignored."""
    if not isinstance(superseded, list):
        return
    for old_id in superseded[:20]:
        if not isinstance(old_id, str) or old_id == device_id or not 1 <= len(old_id) <= 36:
            continue
        old = session.get(Device, old_id, with_for_update=True)
        if old is not None and old.station_key == station_key and old.revoked_at is None:
            old.revoked_at = utc_now()
            old.label = (old.label + " (superseded by " + device_id + ")")[:200]


def revoke_device(store: ServerStore, device_id: str) -> bool:
    with store.transaction() as session:
        device = session.get(Device, device_id)
        if device is None:
            return False
        device.revoked_at = device.revoked_at or utc_now()
    return True


def list_devices(store: ServerStore) -> list[dict]:
    """Every device with its station, role, chain, what it last said it runs (app version,
    schema revision; None before its first HTTP sync), and what the audit check found
    ("ok", "not anchored", or the first problem and when it was found)."""
    with store.transaction() as session:
        audits = {a.device_id: a for a in session.scalars(select(DeviceAuditState))}
        return [{"device_id": d.id, "station": d.station_key, "label": d.label, "role": d.role,
                 "last_seq": d.last_seq, "revoked": d.revoked_at is not None,
                 "last_contact": d.last_contact_at.isoformat() if d.last_contact_at else None,
                 "app_version": d.app_version, "schema_revision": d.schema_revision,
                 "audit": _audit_text(audits.get(d.id))}
                for d in session.scalars(select(Device).order_by(Device.station_key, Device.id))]


def _audit_text(state) -> str:
    if state is None:
        return "not anchored"
    if state.problem:
        return f"{state.problem} (found {state.problem_at.isoformat(timespec='seconds')})"
    return f"ok up to entry {state.confirmed_seq}"


def active_device(session, device_id: str) -> Device:
    """The device row, locked; refuses unknown and revoked devices."""
    if not valid_device_id(device_id):
        raise Refused("malformed device id", 400)
    device = session.get(Device, device_id, with_for_update=True)
    if device is None:
        raise Refused("unknown device", 403)
    if device.revoked_at is not None:
        raise Refused("this device has been revoked", 403)
    return device
