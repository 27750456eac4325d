"""Packing this device's changes into parcels, and taking in the county's receipts.

A parcel is made once and kept byte for byte (table sync_outgoing_parcel) until a signed
receipt for exactly those bytes arrives; only then are its changes marked synced
(`change_log.acked_at`). A retry sends the same bytes again, and the county answers a repeat
with the same receipt. A parcel the county has provably never seen may be repacked smaller.

A change the receipt names as refused is **not** marked synced: it is held
(`parcel_seq = HELD_PARCEL_SEQ`) with the county's reason in the quarantine, still counted
as waiting, and released at the start of the next sync (`release_held_changes`) to go out
again in a new parcel — so it goes through by itself once the reason is gone (the county
was updated, its rules changed). A person may send it again at once ("Sync now") or
discard it, with an audit entry (`discard_refused`).
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
from app.protocol.wire import ParcelError, make_parcel, parcel_hash, read_document
from app.sync.auditsync import audit_pending, note_county_verdict, pack_audit, unpack_audit

REMOTE_PARCEL_SEQ = 0  # change_log.parcel_seq of entries that came from the county
HELD_PARCEL_SEQ = -1  # refused by the county: waiting to be sent again


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
    identity = store.device_identity()
    raw = {name: base64.b64decode(getattr(identity, name) or "")
           for name in ("sign_private", "sign_public", "box_private", "box_public")}
    return DeviceKeys(device_id=identity.device_id, **raw)


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


def push_header(device_id: str, station_id: str, seq: int, prev: str, count: int) -> dict:
    """The clear header of a push parcel: `seq` in the device's chain after the parcel whose
    hash is `prev` ("" for the first), `count` changes, made by this schema revision (the
    county validates the changes against that revision's fields)."""
    return {"type": "push", "device": device_id, "seq": seq, "prev": prev, "count": count,
            "station": station_id, "rev": schema_revision(), "created": utc_now().isoformat()}


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
    header = push_header(keys.device_id, station_id, seq, prev, len(entries))
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
        refused = {str(item.get("change_id")): item for item in outcome.quarantined
                   if isinstance(item, dict)}
        refused_ids = list(refused)
        held = [] if not refused_ids else list(session.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.parcel_seq == parcel.seq, ChangeLogEntry.change_id.in_(refused_ids))))
        session.execute(update(ChangeLogEntry).where(
            ChangeLogEntry.parcel_seq == parcel.seq,
            ChangeLogEntry.change_id.not_in(refused_ids)).values(acked_at=now))
        _close_quarantine(session, parcel.seq, refused_ids, now)
        if body.get("case_prefix") and not store.get_meta("case_prefix"):
            store.set_meta(session, "case_prefix", str(body["case_prefix"])[:4])
        server.last_contact_at = now
        for entry in held:
            item = refused[entry.change_id]
            entry.parcel_seq = HELD_PARCEL_SEQ
            _hold(session, entry, str(item.get("reason", ""))[:2000],
                  str(item.get("code", ""))[:32], item.get("args") or [], now)
    return outcome


def _close_quarantine(session: Session, seq: int, refused_ids: list[str], now) -> None:
    """Open quarantine rows of changes in parcel `seq` that the county took this time."""
    accepted = select(ChangeLogEntry.change_id).where(
        ChangeLogEntry.parcel_seq == seq, ChangeLogEntry.change_id.not_in(refused_ids))
    session.execute(update(SyncQuarantine).where(
        SyncQuarantine.direction == "outgoing", SyncQuarantine.dismissed_at.is_(None),
        SyncQuarantine.change_id.in_(accepted)).values(dismissed_at=now))


def _hold(session: Session, entry: ChangeLogEntry, reason: str, code: str, args: list,
          now) -> None:
    row = session.scalar(select(SyncQuarantine).where(
        SyncQuarantine.direction == "outgoing", SyncQuarantine.change_id == entry.change_id,
        SyncQuarantine.dismissed_at.is_(None)))
    if row is None:
        row = SyncQuarantine(direction="outgoing", change_id=entry.change_id, kind=entry.kind,
                             record_id=entry.record_id, snapshot=entry.snapshot)
        session.add(row)
    row.reason, row.code, row.args, row.at = reason, code, [str(a) for a in args], now


def schema_revision() -> str:
    """The station schema revision this build writes (parcels carry it as `rev`)."""
    from app.models.migrate import newest_revision_on_disk

    return newest_revision_on_disk()


def release_held_changes(store: Store) -> int:
    """Put every change the county refused back in line to be sent (start of each sync);
    returns how many. Their quarantine rows stay open until the county accepts them."""
    with store.transaction() as session:
        return session.execute(update(ChangeLogEntry).where(
            *pending_filter(store.device_id), ChangeLogEntry.parcel_seq == HELD_PARCEL_SEQ)
            .values(parcel_seq=None)).rowcount


def discard_refused(workspace, quarantine_id: int):
    """A person gives up a change the county refused: it is no longer sent, its quarantine
    row is closed, and the audit log says who discarded what. One transaction; returns the
    `Changes` (kind "sync"). Raises NotFound."""
    from app.errors import NotFound
    from app.changes import Changes

    with workspace.write() as session:
        row = session.get(SyncQuarantine, quarantine_id)
        if row is None or row.direction != "outgoing" or row.dismissed_at is not None:
            raise NotFound(N_("This refused change no longer exists."))
        now = utc_now()
        session.execute(update(ChangeLogEntry).where(
            ChangeLogEntry.change_id == row.change_id, ChangeLogEntry.acked_at.is_(None))
            .values(acked_at=now, parcel_seq=HELD_PARCEL_SEQ))
        row.dismissed_at = now
        workspace.audit(session, "sync.change_discarded", row.kind, row.record_id,
                        {"change_id": row.change_id, "reason": row.reason[:300],
                         "code": row.code})
    return Changes(frozenset({"sync"}), frozenset())
