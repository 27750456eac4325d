"""The county checks each device's audit log as it arrives with the parcels.

At enrolment the device sends, sealed to the county key, a fresh audit key and the (seq, hash)
of its newest audit entry (the anchor). From then on every entry it writes advances the key
(app.security.auditchain); each parcel carries the entries not sent before and a tag of the
device's current key. Here the county replays the entries from its own copy of the key:

- each entry's hash must recompute, and link to the one before (the last one the county
  checked, for the first entry of a parcel);
- no seq may be skipped; an entry sent again must be the one already received;
- the tag must be the one the county's key gives after the last entry — checked when the
  device has sent everything up to its key (a long log comes in several parcels, each but the
  last marked `more`; a rewrite in an earlier one still shows in the final tag, as the
  county's key is folded from what it received).

A worker who rewrites or deletes entries and recomputes the chain cannot make the tag (the
older keys are gone from the device), so the first problem is recorded for the device, with
the time, and returned in every receipt after it (`station-ledger verify` shows it; `devices`
lists it). The parcel's records are still merged: a broken log is evidence for a person to
look at, not a reason to lose the station's work. Received entries are kept either way.
"""
from __future__ import annotations

import base64
import binascii

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.security.auditchain import GENESIS_HASH, KEY_BYTES, ratchet, tag, wire_entry_hash
from app.server.db import DeviceAuditEntry, DeviceAuditState, utc_now

MAX_AUDIT_ENTRIES = 20_000  # per parcel; more is refused as malformed


def anchor_device_audit(session: Session, device_id: str, key: bytes, anchor) -> None:
    """Record the device's audit key and anchor at enrolment (ValueError if malformed).
    A repeated enrolment of the same device replaces them only while nothing was checked."""
    if len(key) != KEY_BYTES or not isinstance(anchor, dict):
        raise ValueError("malformed audit anchor")
    seq, hash_ = anchor.get("seq"), anchor.get("hash")
    if not isinstance(seq, int) or seq < 0 or not _is_hash(hash_):
        raise ValueError("malformed audit anchor")
    state = session.get(DeviceAuditState, device_id)
    if state is not None and (state.checked_seq or state.problem):
        return
    if state is None:
        state = DeviceAuditState(device_id=device_id)
        session.add(state)
    state.key = base64.b64encode(key).decode()
    state.anchor_seq, state.anchor_hash = seq, hash_
    state.checked_seq, state.checked_hash, state.confirmed_seq = 0, GENESIS_HASH, 0


def _is_hash(value) -> bool:
    if not isinstance(value, str) or len(value) != 64:
        return False
    try:
        binascii.unhexlify(value)
    except (binascii.Error, ValueError):
        return False
    return True


def _verdict(state: DeviceAuditState) -> dict:
    """`upto`: the last entry the county confirmed with the device's key."""
    return {"ok": state.problem is None, "upto": state.confirmed_seq, "problem": state.problem}


def check_device_audit(session: Session, device_id: str, parcel_seq: int, audit) -> dict | None:
    """Check and keep the audit entries of one parcel; the verdict for the receipt
    (`{ok, upto, problem}`), or None for a device that never anchored a log."""
    state = session.get(DeviceAuditState, device_id)
    if audit is None:
        return _verdict(state) if state is not None else None
    entries = audit.get("entries") if isinstance(audit, dict) else None
    if not isinstance(entries, list) or len(entries) > MAX_AUDIT_ENTRIES or not all(
            isinstance(e, dict) and isinstance(e.get("seq"), int) and _is_hash(e.get("hash"))
            and _is_hash(e.get("prev_hash")) for e in entries):
        problem, entries = "the audit entries sent are malformed", []
    else:
        problem = None
    entries = sorted(entries, key=lambda e: e["seq"])
    if entries:
        session.execute(DeviceAuditEntry.__table__.insert(), [
            {"device_id": device_id, "seq": e["seq"], "parcel_seq": parcel_seq, "entry": e,
             "hash": e["hash"], "received_at": utc_now()}
            for e in {e["seq"]: e for e in entries}.values()])
    if state is None:
        return None
    if state.problem is None:
        problem = problem or _replay(session, state, device_id, parcel_seq, entries, audit)
        if problem:
            state.problem, state.problem_at = problem, utc_now()
    return _verdict(state)


def _replay(session: Session, state: DeviceAuditState, device_id: str, parcel_seq: int,
            entries: list[dict], audit: dict) -> str | None:
    key = base64.b64decode(state.key)
    seq, prev = state.checked_seq, state.checked_hash
    again = [e for e in entries if e["seq"] <= seq]
    if again:
        held = dict(session.execute(select(DeviceAuditEntry.seq, DeviceAuditEntry.hash).where(
            DeviceAuditEntry.device_id == device_id, DeviceAuditEntry.parcel_seq != parcel_seq,
            DeviceAuditEntry.seq.in_([e["seq"] for e in again]))).all())
        for entry in again:
            if held.get(entry["seq"], entry["hash"]) != entry["hash"]:
                return f"audit entry {entry['seq']} was changed after the county received it"
    for entry in entries:
        number = entry["seq"]
        if number <= seq:
            continue
        if number != seq + 1:
            return f"audit entries {seq + 1} to {number - 1} are missing"
        if entry["prev_hash"] != prev:
            return (f"audit entry {number} does not follow entry {seq} as the county holds "
                    "it: entries were changed or removed")
        try:
            recomputed = wire_entry_hash(entry)
        except (KeyError, TypeError, ValueError):
            recomputed = ""
        if recomputed != entry["hash"]:
            return f"audit entry {number} does not match its hash"
        if number == state.anchor_seq and entry["hash"] != state.anchor_hash:
            return "audit entries made before enrolment were changed"
        if number > state.anchor_seq:
            key = ratchet(key, entry["hash"])
        seq, prev = number, entry["hash"]
    key_seq = audit.get("key_seq")
    if audit.get("more") is True:  # more entries follow: the tag is checked with the last
        if not isinstance(key_seq, int) or key_seq <= seq:
            return f"audit entries after {seq} were announced but the device's key ends there"
        state.key = base64.b64encode(key).decode()
        state.checked_seq, state.checked_hash = seq, prev
        return None
    if seq < state.anchor_seq:
        return f"audit entries {seq + 1} to {state.anchor_seq} (before enrolment) are missing"
    if not isinstance(key_seq, int) or key_seq > seq:
        return (f"audit entries after {seq} were removed on the device (its key has moved on "
                f"to entry {key_seq})")
    if key_seq < seq or audit.get("tag") != tag(key, seq):
        return (f"the audit log was rewritten on the device: its key does not confirm entries "
                f"{state.checked_seq + 1} to {seq}")
    state.key = base64.b64encode(key).decode()
    state.checked_seq, state.checked_hash = seq, prev
    state.confirmed_seq = seq
    return None
