"""Packing this device's changes into parcels, and taking in the county's receipts.

A parcel is made once and kept byte for byte (table sync_outgoing_parcel) until a signed
receipt for exactly those bytes arrives; only then are its changes marked synced
(`change_log.acked_at`). A retry sends the same bytes again, and the county answers a repeat
with the same receipt. A parcel the county has provably never seen may be repacked smaller.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.errors import N_, UserError
from app.models import ChangeLogEntry, utc_now
from app.models.store import Store
from app.models.sync_state import OutgoingParcel, SyncQuarantine, SyncServer
from app.sync.auditsync import audit_pending, note_county_verdict, pack_audit, unpack_audit
from app.sync.wire import ParcelError, make_parcel, parcel_hash, read_document

REMOTE_PARCEL_SEQ = 0  # change_log.parcel_seq of entries that came from the county


class NotEnrolled(UserError):
    """This device has not been enrolled with a county server."""


@dataclass(frozen=True)
class DeviceKeys:
    device_id: str
    sign_private: bytes
    sign_public: bytes
    box_private: bytes
    box_public: bytes


def device_keys(store: Store) -> DeviceKeys:
    raw = {name: base64.b64decode(store.get_meta(f"device_{name}") or "")
           for name in ("sign_private", "sign_public", "box_private", "box_public")}
    return DeviceKeys(device_id=store.device_id, **raw)


def county_server(session: Session) -> SyncServer:
    server = session.get(SyncServer, "county")
    if server is None:
        raise NotEnrolled(N_("This device is not yet enrolled with the county server."))
    return server


def pending_filter(device_id: str):
    return (ChangeLogEntry.device_id == device_id, ChangeLogEntry.acked_at.is_(None))


def _wire_changes(session: Session, entries: list[ChangeLogEntry]) -> list[dict]:
    """Changes as they travel, each with the base values of the fields it touched (the
    record as this device had it before the change: the previous change-log snapshot)."""
    record_ids = sorted({entry.record_id for entry in entries if entry.op != "insert"})
    history: dict[str, list[tuple[int, dict]]] = {}
    for start in range(0, len(record_ids), 500):
        rows = session.execute(select(ChangeLogEntry.record_id, ChangeLogEntry.seq,
                                      ChangeLogEntry.snapshot).where(
            ChangeLogEntry.record_id.in_(record_ids[start:start + 500]),
            ChangeLogEntry.seq < entries[-1].seq).order_by(ChangeLogEntry.seq))
        for record_id, seq, snapshot in rows:
            history.setdefault(record_id, []).append((seq, snapshot))
    changes = []
    for entry in entries:
        base = None
        if entry.op != "insert":
            before = [snap for seq, snap in history.get(entry.record_id, []) if seq < entry.seq]
            base = {}
            for name in entry.fields:  # the newest earlier snapshot that has the field
                for previous in reversed(before):
                    if name in previous:
                        base[name] = previous[name]
                        break
        changes.append({"change_id": entry.change_id, "hlc": entry.hlc,
                        "device_id": entry.device_id, "author_id": entry.author_id,
                        "kind": entry.kind, "record_id": entry.record_id, "op": entry.op,
                        "fields": list(entry.fields), "snapshot": entry.snapshot, "base": base})
    return changes


def next_parcel(store: Store, batch_size: int) -> OutgoingParcel | None:
    """The oldest parcel still waiting for a receipt, or a new one of up to `batch_size`
    changes, or None when everything is synced. One transaction."""
    keys, station_id = device_keys(store), store.get_meta("station_id") or ""
    with store.transaction() as session:
        waiting = session.scalar(select(OutgoingParcel).where(OutgoingParcel.acked_at.is_(None))
                                 .order_by(OutgoingParcel.seq).limit(1))
        if waiting is not None:
            return waiting
        return _pack(keys, station_id, session, batch_size)


def pack_new_parcel(store: Store, batch_size: int) -> OutgoingParcel | None:
    """A new parcel of changes not yet in any parcel (for export to a folder)."""
    keys, station_id = device_keys(store), store.get_meta("station_id") or ""
    with store.transaction() as session:
        return _pack(keys, station_id, session, batch_size)


def unacked_parcels(store: Store) -> list[OutgoingParcel]:
    with store.session() as session:
        return list(session.scalars(select(OutgoingParcel).where(
            OutgoingParcel.acked_at.is_(None)).order_by(OutgoingParcel.seq)))


def _pack(keys: DeviceKeys, station_id: str, session: Session,
          batch_size: int) -> OutgoingParcel | None:
    server = county_server(session)
    entries = session.scalars(select(ChangeLogEntry).where(
        *pending_filter(keys.device_id), ChangeLogEntry.parcel_seq.is_(None))
        .order_by(ChangeLogEntry.seq).limit(batch_size)).all()
    if not entries and not audit_pending(session):
        return None
    last = session.scalar(select(OutgoingParcel).order_by(OutgoingParcel.seq.desc()).limit(1))
    seq, prev = (last.seq + 1, last.hash) if last else (1, "")
    header = {"type": "push", "device": keys.device_id, "seq": seq, "prev": prev,
              "count": len(entries), "station": station_id,
              "created": utc_now().isoformat()}
    payload = {"changes": _wire_changes(session, entries) if entries else []}
    audit = pack_audit(session)  # the audit entries travel with the records
    if audit is not None:
        payload["audit"] = audit
    data = make_parcel(header, payload,
                       recipient_box_public=base64.b64decode(server.county_box_public),
                       sender_sign_private=keys.sign_private)
    parcel = OutgoingParcel(seq=seq, hash=parcel_hash(data), prev_hash=prev, data=data,
                            change_count=len(entries))
    session.add(parcel)
    if entries:
        session.execute(update(ChangeLogEntry).where(
            *pending_filter(keys.device_id), ChangeLogEntry.parcel_seq.is_(None),
            ChangeLogEntry.seq.between(entries[0].seq, entries[-1].seq)).values(parcel_seq=seq))
    return parcel


def discard_unseen_parcel(store: Store, seq: int) -> bool:
    """The county never received parcel `seq` (it said so in a signed answer or its chain):
    unpack it so its changes go out again in smaller parcels. False if it cannot be (acked,
    unknown, or not the newest)."""
    with store.transaction() as session:
        parcel = session.get(OutgoingParcel, seq)
        newer = session.scalar(select(func.count()).select_from(OutgoingParcel).where(
            OutgoingParcel.seq > seq))
        if parcel is None or parcel.acked_at is not None or newer:
            return False
        session.execute(update(ChangeLogEntry).where(ChangeLogEntry.parcel_seq == seq,
                                                     ChangeLogEntry.acked_at.is_(None))
                        .values(parcel_seq=None))
        session.delete(parcel)
        unpack_audit(session)
    return True


@dataclass
class ReceiptOutcome:
    seq: int
    applied: int = 0
    duplicates: int = 0
    conflicts: int = 0
    quarantined: list[dict] = field(default_factory=list)
    already_had: bool = False


def accept_receipt(store: Store, receipt: bytes) -> ReceiptOutcome:
    """Check the county's signature and that the receipt is for a parcel we sent, then mark
    its changes synced and keep the refused ones in the quarantine. Idempotent."""
    with store.transaction() as session:
        server = county_server(session)
        try:
            body = read_document(receipt, base64.b64decode(server.county_sign_public))
        except ParcelError as exc:
            raise ParcelError(f"receipt refused: {exc}") from exc
        if body.get("type") != "receipt" or body.get("device") != store.device_id:
            raise ParcelError("receipt is not for this device")
        parcel = session.get(OutgoingParcel, int(body.get("seq", 0)))
        if parcel is None or parcel.hash != body.get("parcel_hash"):
            raise ParcelError("receipt is for a parcel this device did not send")
        outcome = ReceiptOutcome(parcel.seq, body.get("applied", 0), body.get("duplicates", 0),
                                 len(body.get("conflicts", [])), body.get("quarantined", []))
        if parcel.acked_at is not None:
            outcome.already_had = True
            return outcome
        note_county_verdict(session, body.get("audit"))
        now = utc_now()
        parcel.receipt, parcel.acked_at = receipt, now
        server.last_contact_at = now
        refused = {item.get("change_id"): item.get("reason", "") for item in outcome.quarantined}
        # A change the county refused is not delivered: it stays pending, with the reason.
        session.execute(update(ChangeLogEntry).where(
            ChangeLogEntry.parcel_seq == parcel.seq,
            ChangeLogEntry.change_id.not_in(list(refused))).values(acked_at=now))
        if refused:
            for entry in session.scalars(select(ChangeLogEntry).where(
                    ChangeLogEntry.parcel_seq == parcel.seq,
                    ChangeLogEntry.change_id.in_(list(refused)))):
                session.add(SyncQuarantine(direction="outgoing", change_id=entry.change_id,
                                           kind=entry.kind, record_id=entry.record_id,
                                           reason=refused[entry.change_id],
                                           snapshot=entry.snapshot))
    return outcome
