"""Accepting a device's parcel: check the chain, open it, merge every change, sign a receipt.

All in one transaction per parcel, so a refused parcel applies nothing. Per device the
parcels form a chain (sequence + hash of the previous parcel): a parcel seen before gets its
stored receipt again (idempotent); a reordered, replayed-with-changes or forked parcel is
refused. Inside a good parcel one bad change is quarantined with a reason and the rest are
applied.

Built for throughput (docs/server.md): the changes are validated with one clock read and the
kinds' column sets; applied change ids and the current states of the parcel's records are
read with one statement per table (per kind for states, so the primary key is used); the
merge runs on plain dicts; each JSON document is encoded once; the writes go to the driver
in bulk — `executemany` on SQLite, `COPY` and one `UPDATE … FROM unnest(…)` on PostgreSQL —
without SQLAlchemy's per-row processing or ORM objects.
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from datetime import timedelta

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from app.server.audit import check_device_audit
from app.server.blobs import purge_blobs
from app.server.authority import Authority
from app.server.bounds import (HOURLY_CHANGES, HOURLY_PAYLOAD_BYTES, MAX_CHANGES_PER_PARCEL,
                               MAX_PAYLOAD_BYTES, MAX_QUARANTINE_PER_PARCEL, valid_device_id)
from app.server.db import (CountyStation, Device, DeviceParcel, ServerConflict, ServerFlag,
                           ServerQuarantine, ServerRecord, ServerStore, new_id, utc_now)
from app.server.enrollment import Refused, active_device
from app.server.keys import CountyKeys
from app.server.validation import change_validator, id_number_flag
from app.protocol.reasons import reason_text
from app.protocol.kinds import APPEND_ONLY_KINDS, CONFLICT_KIND, KIND_COLUMNS
from app.protocol.merge import UNMERGED_FIELDS, RecordState, merge_change
from app.protocol.erasures import (BLANK, ERASURE_KIND, FREE_TEXT, REDACTED, SCRUBBED_KINDS,
                                   Erased, erased_of, is_about, scrub, with_merged)
from app.protocol.merges import MERGE_KIND, REFERRING_KINDS, redirect_snapshot, redirects_of
from app.protocol.wire import (ParcelError, ParcelTooBig, json_text, json_value, open_parcel,
                               read_header, sign_document, unb64)

COUNTY_ORIGIN = "county"
CHUNK = 5000

# One encoder for every JSON column we write (msgspec: compact, UTF-8 text as is).
_encode = json_text
# Field names as JSON strings, for the per-field clocks of new records (see _field_hlc_json).
_NAME_JSON = {name: _encode(name) for columns in KIND_COLUMNS.values() for name in columns}


_gc_lock = threading.Lock()
_gc_state = {"parcels": 0, "was_enabled": True}  # parcels in progress in this process


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector off while parcels are merged: a parcel allocates
    tens of thousands of dicts, and each allocation burst started a collection that walked
    every live object of the server (~15 % of ingest CPU). Counted across threads: the
    collector is back on when the last parcel in progress ends. A parcel's own data hold no
    reference cycles; reference counting frees them."""
    with _gc_lock:
        _gc_state["parcels"] += 1
        if _gc_state["parcels"] == 1:
            _gc_state["was_enabled"] = gc.isenabled()
            gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_state["parcels"] -= 1
            if _gc_state["parcels"] == 0 and _gc_state["was_enabled"]:
                gc.enable()


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def accept_parcel(store: ServerStore, keys: CountyKeys, parcel: bytes) -> bytes:
    """The signed receipt for `parcel` (stored, so a repeat gets the same bytes)."""
    with _collector_paused():
        return _accept_parcel(store, keys, parcel)


def _accept_parcel(store: ServerStore, keys: CountyKeys, parcel: bytes) -> bytes:
    try:
        header, *_ = read_header(parcel)
        device_id, seq, prev = header["device"], int(header["seq"]), str(header["prev"])
        if header.get("type") != "push" or not 1 <= seq < 2 ** 31 \
                or not valid_device_id(device_id):
            raise ValueError("not a push parcel")
    except (ParcelError, KeyError, ValueError, TypeError) as exc:
        raise Refused(f"not a valid parcel: {exc}", 400) from exc
    with store.transaction() as session:
        device = active_device(session, device_id)
        used_changes, used_bytes = _last_hour(session, device_id)
        if used_changes >= HOURLY_CHANGES or used_bytes >= HOURLY_PAYLOAD_BYTES:
            raise Refused("this device sent too much in the last hour; try again later", 429)
        try:  # the signature is checked before anything is decompressed
            opened = open_parcel(parcel, sender_sign_public=unb64(device.sign_public),
                                 recipient_box_private=keys.box_private,
                                 max_payload_bytes=MAX_PAYLOAD_BYTES,
                                 max_changes=MAX_CHANGES_PER_PARCEL)
        except ParcelTooBig as exc:
            raise Refused(f"parcel refused: {exc}", 413) from exc
        except ParcelError as exc:
            raise Refused(f"parcel refused: {exc}", 403) from exc
        seen = session.get(DeviceParcel, (device_id, seq))
        if seen is not None:
            if seen.hash == opened.hash:
                device.last_contact_at = utc_now()
                return seen.receipt
            raise Refused("a different parcel with this sequence was already received", 409,
                          expected_seq=device.last_seq + 1, last_hash=device.last_hash)
        if seq != device.last_seq + 1 or prev != device.last_hash:
            raise Refused("parcel out of order", 409, expected_seq=device.last_seq + 1,
                          last_hash=device.last_hash)
        station = session.get(CountyStation, device.station_key, with_for_update=True)
        changes = opened.payload.get("changes")
        if not isinstance(changes, list):
            raise Refused("parcel has no list of changes", 400)
        if len(changes) > MAX_CHANGES_PER_PARCEL:
            raise Refused("too many changes in one parcel", 413)
        if used_changes + len(changes) > HOURLY_CHANGES \
                or used_bytes + opened.size > HOURLY_PAYLOAD_BYTES:
            raise Refused("this device sent too much in the last hour; try again later", 429)
        try:
            outcome = _apply_changes(session, station, device, seq, changes,
                                     str(header.get("rev") or "") or None)
        except RecursionError as exc:
            raise Refused("a change is nested too deeply", 400) from exc
        audit = check_device_audit(session, device_id, seq, opened.payload.get("audit"))
        if audit is not None:
            outcome["audit"] = audit
        receipt = sign_document({
            "type": "receipt", "device": device_id, "seq": seq, "parcel_hash": opened.hash,
            "received_at": utc_now().isoformat(), "case_prefix": device.case_prefix,
            **outcome}, keys.sign_private)
        session.add(DeviceParcel(device_id=device_id, seq=seq, hash=opened.hash,
                                 change_count=len(changes), payload_bytes=opened.size,
                                 receipt=receipt))
        device.last_seq, device.last_hash = seq, opened.hash
        device.last_contact_at = utc_now()
    return receipt


def _last_hour(session: Session, device_id: str) -> tuple[int, int]:
    """(changes, decompressed bytes) the device's parcels brought in the last hour."""
    since = utc_now() - timedelta(hours=1)
    changes, size = session.execute(
        select(func.coalesce(func.sum(DeviceParcel.change_count), 0),
               func.coalesce(func.sum(DeviceParcel.payload_bytes), 0)).where(
            DeviceParcel.device_id == device_id, DeviceParcel.received_at >= since)).one()
    return int(changes), int(size)


def _apply_changes(session: Session, station: CountyStation, device: Device, parcel_seq: int,
                   changes: list, revision: str | None = None) -> dict:
    station_key, device_id = station.key, device.id
    authority = Authority(session, station_key, station.org_id, device.role, changes)
    check = change_validator(device_id, station.org_id, revision)
    good, quarantined, flags = [], [], []
    for change in changes:
        refused = check(change)
        if refused:
            quarantined.append(_quarantine_row(device_id, parcel_seq, change, *refused))
        else:
            good.append(change)
            flag = id_number_flag(change)
            if flag:
                flags.append({"station_key": station_key, "kind": change["kind"],
                              "record_id": change["record_id"], "field": "id_number",
                              "reason": flag[:500], "change_id": change["change_id"],
                              "at": utc_now()})
    io = _BulkIO.of(session)
    done = io.applied_change_ids([c["change_id"] for c in good])
    fresh = [c for c in good if c["change_id"] not in done] if done else good
    wanted: dict[str, set[str]] = {}
    for change in fresh:
        wanted.setdefault(change["kind"], set()).add(change["record_id"])
    states = io.load_states(station_key, wanted)
    known = set(states)
    # Conflicts are only ever opened against a stored record, so only known records can
    # have open ones.
    open_conflicts = io.load_open_conflicts(station_key, known) if known else {}
    feed, conflicts, resolved, last_device, new_records = [], [], [], {}, {}
    detected_at = utc_now()
    refused: set[str] = set()
    for change in fresh:
        kind, record_id, change_id = change["kind"], change["record_id"], change["change_id"]
        key = (kind, record_id)
        current = states.get(key)
        refusal = authority.check(change, current.snapshot if current is not None else None)
        if refusal:  # (code, args): the author's or the device's role does not allow it
            quarantined.append(_quarantine_row(device_id, parcel_seq, change, *refusal))
            refused.add(change_id)
            continue
        authority.note_applied(change)
        feed.append((station_key, kind, record_id, device_id, change_id))
        if current is None:
            # merge_change(None, …) inlined: the record as sent, every field at this clock
            # (a record new to the county has no open conflicts to close).
            # The parsed snapshot is ours alone; later merges copy it before any change.
            snapshot, hlc = change["snapshot"], change["hlc"]
            state = RecordState(snapshot, {name: hlc for name in snapshot
                                           if name not in UNMERGED_FIELDS})
            states[key] = state
            new_records[key] = (state, hlc)
            last_device[key] = device_id
            continue
        result = merge_change(current, fields=change["fields"], snapshot=change["snapshot"],
                              base=change.get("base"), hlc=change["hlc"],
                              append_only=kind in APPEND_ONLY_KINDS)
        states[key] = result.state
        if result.changed:
            last_device[key] = device_id
        if open_conflicts:
            for name in result.applied_fields + result.affirmed_fields:
                conflict_id = open_conflicts.pop((key, name), None)
                if conflict_id:
                    resolved.append(conflict_id)
                    feed.append(_feed_row(station_key, CONFLICT_KIND, conflict_id))
        for item in result.conflicts:
            conflict_id = new_id()
            conflicts.append({"id": conflict_id, "station_key": station_key, "kind": kind,
                              "record_id": record_id, "field": item.field,
                              "current_value": item.current_value,
                              "proposed_value": item.proposed_value,
                              "proposed_by_device": device_id,
                              "change_id": change_id, "detected_at": detected_at})
            open_conflicts[(key, item.field)] = conflict_id
            feed.append(_feed_row(station_key, CONFLICT_KIND, conflict_id))
        if result.conflicts:
            feed.append(_feed_row(station_key, kind, record_id))  # the device gets the kept value
    _apply_merges(session, station_key, fresh, states, known, last_device, feed)
    erased = _apply_erasures(session, station_key, fresh, states, known, last_device, feed)
    if erased and conflicts:  # no conflict keeps a value an erasure blanked or redacted
        conflicts = [c for c in conflicts if not (
            c["field"] in BLANK.get(c["kind"], {})
            and is_about(c["kind"], c["record_id"], states[(c["kind"], c["record_id"])].snapshot,
                         erased)
            or c["record_id"] in erased.redacted and c["field"] in FREE_TEXT.get(c["kind"], ()))]
    _write_states(io, station_key, states, known, last_device, new_records)
    if conflicts:
        session.execute(ServerConflict.__table__.insert(), conflicts)
    for part in _chunks(resolved):
        session.execute(update(ServerConflict).where(ServerConflict.id.in_(part))
                        .values(resolved_at=utc_now()))
    if feed:
        io.insert_feed(feed)
    # Rows kept: the first ones only (the receipt still names every refused change, with its
    # reason, and the device keeps each pending).
    _store_quarantine(session, device_id, quarantined[:MAX_QUARANTINE_PER_PARCEL],
                      [c["change_id"] for c in good if c["change_id"] not in refused])
    if flags:  # one flag per record and field, however often it is sent
        known = set(session.execute(select(ServerFlag.record_id, ServerFlag.field).where(
            ServerFlag.station_key == station_key,
            ServerFlag.record_id.in_([f["record_id"] for f in flags]))).all())
        new_flags = {}
        for flag in flags:
            if (flag["record_id"], flag["field"]) not in known:
                new_flags[(flag["record_id"], flag["field"])] = flag
        if new_flags:
            session.execute(ServerFlag.__table__.insert(), list(new_flags.values()))
    return {"applied": len(fresh) - len(refused), "duplicates": len(good) - len(fresh),
            "conflicts": [c["id"] for c in conflicts],
            "quarantined": [{"change_id": q["change_id"], "reason": q["reason"],
                             "code": q["code"], "args": q["args"]} for q in quarantined]}


def _store_quarantine(session: Session, device_id: str, quarantined: list[dict],
                      accepted_ids: list[str]) -> None:
    """Quarantine rows have a way out: a change sent again is checked again. Accepted now →
    its open rows are resolved; refused again → its open row is updated, not duplicated."""
    table = ServerQuarantine.__table__
    now = utc_now()
    # The device's open rows (few: a bounded number per parcel, resolved as they come back),
    # matched here rather than with an IN list of every accepted change id.
    open_rows = set(session.scalars(select(table.c.change_id).where(
        table.c.device_id == device_id, table.c.resolved_at.is_(None))))
    resolved = [change_id for change_id in accepted_ids if change_id in open_rows]
    for part in _chunks(resolved):
        session.execute(table.update().where(
            table.c.device_id == device_id, table.c.change_id.in_(part),
            table.c.resolved_at.is_(None)).values(resolved_at=now))
    if not quarantined:
        return
    open_ids = {q["change_id"] for q in quarantined} & open_rows
    fresh = []
    for row in quarantined:
        if row["change_id"] and row["change_id"] in open_ids:
            session.execute(table.update().where(
                table.c.device_id == device_id, table.c.change_id == row["change_id"],
                table.c.resolved_at.is_(None)).values(
                    parcel_seq=row["parcel_seq"], reason=row["reason"], code=row["code"],
                    change=row["change"], at=now, attempts=table.c.attempts + 1))
        else:
            fresh.append({key: value for key, value in row.items() if key != "args"})
    if fresh:
        session.execute(table.insert(), fresh)


def _apply_merges(session: Session, station_key: str, fresh: list, states: dict, known: set,
                  last_device: dict, feed: list) -> None:
    """Merges of duplicates (app.protocol.merges), applied at the county: every stored or
    arriving record that names a merged-away person or household is pointed at the
    survivor and sent back to every device (county origin). One look-up of the station's
    merges per parcel; the stored records of a merge that arrives now are loaded by the
    reference fields."""
    arriving = [states[key].snapshot for key in states if key[0] == MERGE_KIND]
    stored = session.scalars(select(ServerRecord.snapshot).where(
        ServerRecord.station_key == station_key, ServerRecord.kind == MERGE_KIND)).all()
    redirects = redirects_of(list(stored) + arriving)
    if not redirects:
        return
    new_ids = sorted({str(m.get("merged_id")) for m in arriving} & set(redirects))
    if new_ids:
        refs = (ServerRecord.snapshot["person_id"].as_string().in_(new_ids),
                ServerRecord.snapshot["household_id"].as_string().in_(new_ids))
        _load_stored(session, station_key, REFERRING_KINDS, or_(*refs), states, known)
    stamp = max((c["hlc"] for c in fresh), default="")
    for key, state in states.items():
        if key[0] not in REFERRING_KINDS:
            continue
        changed = redirect_snapshot(key[0], state.snapshot, redirects)
        if changed:
            for name in changed:
                state.field_hlc[name] = max(state.field_hlc.get(name, ""), stamp)
            last_device[key] = COUNTY_ORIGIN
            feed.append(_feed_row(station_key, key[0], key[1]))


def _apply_erasures(session: Session, station_key: str, fresh: list, states: dict, known: set,
                    last_device: dict, feed: list) -> Erased | None:
    """Erasures of persons (app.protocol.erasures), applied at the county: every stored or
    arriving record about an erased person is scrubbed and sent back to every device (county
    origin); for an erasure arriving now, also the county's other copies of those records
    (refused changes kept in quarantine, conflict values, flags). One look-up of the
    station's erasures per parcel."""
    arriving = [states[key].snapshot for key in states if key[0] == ERASURE_KIND]
    stored = session.scalars(select(ServerRecord.snapshot).where(
        ServerRecord.station_key == station_key, ServerRecord.kind == ERASURE_KIND)).all()
    erased = erased_of(list(stored) + arriving)
    if not erased:
        return None
    merges = [states[key].snapshot for key in states if key[0] == MERGE_KIND] + list(
        session.scalars(select(ServerRecord.snapshot).where(
            ServerRecord.station_key == station_key, ServerRecord.kind == MERGE_KIND)))
    with_merged(erased, merges)  # duplicates merged into an erased person are erased too
    for record_id, snapshot in session.execute(select(
            ServerRecord.record_id, ServerRecord.snapshot).where(
            ServerRecord.station_key == station_key, ServerRecord.kind == "case_file",
            ServerRecord.snapshot["person_id"].as_string().in_(sorted(erased.persons)))):
        erased.cases.add(record_id)
    for key, state in states.items():
        if key[0] == "case_file":
            erased.note_case(key[1], state.snapshot)
    new = with_merged(erased_of(arriving), merges)
    if new:
        new.cases = {c for c in erased.cases}
        _load_erased_records(session, station_key, new, states, known)
    stamp = max((c["hlc"] for c in fresh), default="")
    touched = set()
    for change in fresh:  # the redacted text of a record that named the person is taken
        key = (change["kind"], change["record_id"])  # (the county cannot redact it itself)
        if change["record_id"] not in erased.redacted or key not in states:
            continue
        state = states[key]
        for name in FREE_TEXT.get(change["kind"], ()):
            value = change["snapshot"].get(name)
            if name in change["fields"] and isinstance(value, str) and REDACTED in value \
                    and state.snapshot.get(name) != value:
                state.snapshot[name] = value
                state.field_hlc[name] = max(state.field_hlc.get(name, ""), stamp)
                touched.add(key)
                last_device[key] = COUNTY_ORIGIN
                feed.append(_feed_row(station_key, key[0], key[1]))
    _load_erased_attachments(session, station_key, erased, states, known)
    for key, state in states.items():
        if key[0] not in SCRUBBED_KINDS:
            continue
        changed = scrub(key[0], key[1], state.snapshot, erased)
        if changed:
            touched.add(key)
            for name in changed:
                state.field_hlc[name] = max(state.field_hlc.get(name, ""), stamp)
            last_device[key] = COUNTY_ORIGIN
            feed.append(_feed_row(station_key, key[0], key[1]))
    if new:
        _scrub_county_copies(session, station_key, erased,
                             {record_id for _kind, record_id in touched} | new.record_ids)
    _purge_erased_content(session, station_key, states, erased)
    return erased


def _load_erased_attachments(session: Session, station_key: str, erased: Erased, states: dict,
                             known: set) -> None:
    """Files attached to records about an erased person: `erased.about` is filled from the
    records in this parcel's states (the stored ones an erasure arriving now reaches are
    loaded there already), and the stored attachments of those records and of the person,
    household and case files are loaded into `states` to be scrubbed like the others."""
    for (kind, record_id), state in states.items():
        if kind in SCRUBBED_KINDS and kind != "attachment" \
                and is_about(kind, record_id, state.snapshot, erased):
            erased.about.setdefault(kind, set()).add(record_id)
    owners = sorted(erased.record_ids.union(*erased.about.values()))
    for start in range(0, len(owners), 500):
        _load_stored(session, station_key, {"attachment"},
                     ServerRecord.snapshot["owner_id"].as_string().in_(owners[start:start + 500]),
                     states, known)


def _load_stored(session: Session, station_key: str, kinds, condition, states: dict,
                 known: set) -> None:
    """The station's stored records of `kinds` matching `condition`, into `states` (and
    `known`) as merge states; a record already there (arriving in this parcel) stays."""
    for kind, record_id, snapshot, field_hlc in session.execute(
            select(ServerRecord.kind, ServerRecord.record_id, ServerRecord.snapshot,
                   ServerRecord.field_hlc).where(
                ServerRecord.station_key == station_key,
                ServerRecord.kind.in_(sorted(kinds)), condition)):
        key = (kind, record_id)
        if key not in states:
            states[key] = RecordState(dict(snapshot), dict(field_hlc))
            known.add(key)


def _purge_erased_content(session: Session, station_key: str, states: dict,
                          erased: Erased) -> None:
    """The county's copy of the content of attachments about an erased person, unless another
    attachment of the station (not erased) carries the same content."""
    digests = {state.snapshot.get("sha256") for (kind, record_id), state in states.items()
               if kind == "attachment" and is_about(kind, record_id, state.snapshot, erased)}
    digests.discard(None)
    if not digests:
        return
    kept = {snapshot.get("sha256") for record_id, snapshot in session.execute(
        select(ServerRecord.record_id, ServerRecord.snapshot).where(
            ServerRecord.station_key == station_key, ServerRecord.kind == "attachment",
            ServerRecord.snapshot["sha256"].as_string().in_(sorted(digests))))
        if ("attachment", record_id) not in states and not is_about(
            "attachment", record_id, snapshot, erased)}
    purge_blobs(session, station_key, digests - kept)


def _load_erased_records(session: Session, station_key: str, erased: Erased, states: dict,
                         known: set) -> None:
    """The stored records an erasure arriving now reaches, into `states`."""
    refs = [ServerRecord.record_id.in_(sorted(erased.record_ids))]
    for name, ids in (("person_id", erased.persons), ("household_id", erased.households),
                      ("case_id", erased.cases), ("record_id", erased.record_ids)):
        if ids:
            refs.append(ServerRecord.snapshot[name].as_string().in_(sorted(ids)))
    _load_stored(session, station_key, SCRUBBED_KINDS, or_(*refs), states, known)


def _scrub_county_copies(session: Session, station_key: str, erased: Erased,
                         record_ids: set[str]) -> None:
    """The county's other copies of the erased records: the changes it refused (kept in
    quarantine), the values of conflicts, the reasons of flags (they may quote an ID
    number)."""
    ids = sorted(record_ids)
    if not ids:
        return
    station_devices = select(Device.id).where(Device.station_key == station_key)
    for row in session.scalars(select(ServerQuarantine).where(
            ServerQuarantine.device_id.in_(station_devices),
            ServerQuarantine.record_id.in_(ids))):
        change = dict(row.change or {})
        snapshot = dict(change.get("snapshot") or {})
        base = dict(change.get("base") or {}) if isinstance(change.get("base"), dict) else None
        kind = str(change.get("kind", ""))
        scrub(kind, row.record_id, snapshot, _all_about(erased, kind, row.record_id))
        change["snapshot"] = snapshot
        if base is not None:
            scrub(kind, row.record_id, base, _all_about(erased, kind, row.record_id))
            change["base"] = base
        row.change = change
    for row in session.scalars(select(ServerConflict).where(
            ServerConflict.station_key == station_key, ServerConflict.record_id.in_(ids))):
        if row.field in BLANK.get(row.kind, {}):
            row.current_value = row.proposed_value = BLANK[row.kind][row.field]
            row.resolved_at = row.resolved_at or utc_now()
    session.execute(update(ServerFlag).where(ServerFlag.station_key == station_key,
                                             ServerFlag.record_id.in_(ids))
                    .values(reason="(erased)"))


def _all_about(erased: Erased, kind: str, record_id: str) -> Erased:
    """`erased`, with this record counted as about them (an old copy may lack the link)."""
    return Erased(erased.persons, erased.households, erased.cases,
                  {**erased.about, kind: {record_id}})


def _feed_row(station_key: str, kind: str, record_id: str) -> tuple:
    return (station_key, kind, record_id, COUNTY_ORIGIN, None)


def _quarantine_row(device_id: str, parcel_seq: int, change, code: str, args: tuple) -> dict:
    change = change if isinstance(change, dict) else {"value": repr(change)[:2000]}
    args = [str(arg)[:300] for arg in args]
    return {"device_id": device_id, "parcel_seq": parcel_seq,
            "change_id": str(change.get("change_id", ""))[:100],
            "kind": str(change.get("kind", ""))[:100],
            "record_id": str(change.get("record_id", ""))[:100],
            "reason": reason_text(code, *args), "code": code, "args": args,
            "change": change, "at": utc_now()}


def _same_clock_json(field_hlc: dict, hlc: str) -> str:
    """`_encode(field_hlc)` for clocks that are all `hlc` (a record stored as it was sent):
    the same text, in a third of the time."""
    tail = ":" + _encode(hlc)
    names = _NAME_JSON
    return "{" + ",".join([names[name] + tail for name in field_hlc]) + "}"


def _write_states(io: "_BulkIO", station_key: str, states: dict, known: set,
                  last_device: dict, new_records: dict) -> None:
    inserts, updates = [], []
    for key, state in states.items():
        if key in known:
            if key in last_device:
                updates.append((key[0], key[1], _encode(state.snapshot),
                                _encode(state.field_hlc), state.hlc, last_device[key]))
        else:
            sent = new_records.get(key)
            if sent is not None and sent[0] is state:  # not merged again in this parcel
                field_hlc = _same_clock_json(state.field_hlc, sent[1])
                hlc = sent[1] if state.field_hlc else ""  # == state.hlc
            else:
                field_hlc, hlc = _encode(state.field_hlc), state.hlc
            inserts.append((station_key, key[0], key[1], _encode(state.snapshot), field_hlc,
                            hlc, last_device.get(key, "")))
    if inserts:
        io.insert_records(inserts)
    if updates:
        io.update_records(station_key, updates)


class _BulkIO:
    """The bulk reads and writes of ingest, straight on the driver connection of the
    session's transaction (sqlite3 or psycopg)."""

    RECORD_COLUMNS = ("station_key", "kind", "record_id", "snapshot", "field_hlc", "hlc",
                      "last_device")
    FEED_COLUMNS = ("station_key", "kind", "record_id", "origin_device", "change_id")

    def __init__(self, session: Session) -> None:
        self.raw = session.connection().connection.driver_connection

    @staticmethod
    def of(session: Session) -> "_BulkIO":
        name = session.get_bind().dialect.name
        if name == "postgresql":
            return _PostgresIO(session)
        if name == "sqlite":
            return _SqliteIO(session)
        raise RuntimeError(f"no bulk ingest for {name}")


class _SqliteIO(_BulkIO):
    """`IN (SELECT value FROM json_each(?))`: one parameter however many ids (index
    look-ups, no statement compiled per list length); `executemany` for the writes."""

    def applied_change_ids(self, change_ids: list[str]) -> set[str]:
        if not change_ids:
            return set()
        rows = self.raw.execute("SELECT change_id FROM feed WHERE change_id IN "
                                "(SELECT value FROM json_each(?))", (_encode(change_ids),))
        return {row[0] for row in rows}

    def load_states(self, station_key: str, wanted: dict[str, set[str]]) -> dict:
        states, loads = {}, json_value
        for kind, record_ids in wanted.items():
            rows = self.raw.execute(
                "SELECT record_id, snapshot, field_hlc FROM server_record WHERE station_key = ?"
                " AND kind = ? AND record_id IN (SELECT value FROM json_each(?))",
                (station_key, kind, _encode(sorted(record_ids))))
            for record_id, snapshot, field_hlc in rows:
                states[(kind, record_id)] = RecordState(loads(snapshot), loads(field_hlc))
        return states

    def load_open_conflicts(self, station_key: str, known: set) -> dict:
        record_ids = sorted({record_id for _kind, record_id in known})
        rows = self.raw.execute(
            "SELECT id, kind, record_id, field FROM server_conflict WHERE station_key = ?"
            " AND resolved_at IS NULL AND record_id IN (SELECT value FROM json_each(?))",
            (station_key, _encode(record_ids)))
        return {((kind, record_id), name): conflict_id
                for conflict_id, kind, record_id, name in rows}

    def insert_records(self, rows: list[tuple]) -> None:
        self.raw.executemany(f"INSERT INTO server_record ({', '.join(self.RECORD_COLUMNS)})"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def update_records(self, station_key: str, rows: list[tuple]) -> None:
        self.raw.executemany(
            "UPDATE server_record SET snapshot = ?3, field_hlc = ?4, hlc = ?5, last_device = ?6"
            " WHERE station_key = ?7 AND kind = ?1 AND record_id = ?2",
            [row + (station_key,) for row in rows])

    def insert_feed(self, rows: list[tuple]) -> None:
        self.raw.executemany(f"INSERT INTO feed ({', '.join(self.FEED_COLUMNS)})"
                             " VALUES (?, ?, ?, ?, ?)", rows)


class _PostgresIO(_BulkIO):
    """`= ANY(%s)` with one array parameter for the look-ups, never prepared (a generic plan
    does not see the array and may compare every row of a station with every id); `COPY`
    for the inserts (in order, so the feed keeps the order of the parcel); for the updates
    `COPY` into a temporary table and one `UPDATE … FROM` it."""

    def applied_change_ids(self, change_ids: list[str]) -> set[str]:
        if not change_ids:
            return set()
        with self.raw.cursor() as cursor:
            cursor.execute("SELECT change_id FROM feed WHERE change_id = ANY(%s)", (change_ids,),
                           prepare=False)
            return {row[0] for row in cursor}

    def load_states(self, station_key: str, wanted: dict[str, set[str]]) -> dict:
        states = {}
        with self.raw.cursor() as cursor:
            for kind, record_ids in wanted.items():
                cursor.execute(
                    "SELECT record_id, snapshot, field_hlc FROM server_record"
                    " WHERE station_key = %s AND kind = %s AND record_id = ANY(%s)",
                    (station_key, kind, sorted(record_ids)), prepare=False)
                for record_id, snapshot, field_hlc in cursor:  # json columns arrive parsed
                    states[(kind, record_id)] = RecordState(snapshot, field_hlc)
        return states

    def load_open_conflicts(self, station_key: str, known: set) -> dict:
        record_ids = sorted({record_id for _kind, record_id in known})
        with self.raw.cursor() as cursor:
            cursor.execute(
                "SELECT id, kind, record_id, field FROM server_conflict WHERE station_key = %s"
                " AND resolved_at IS NULL AND record_id = ANY(%s)", (station_key, record_ids),
                prepare=False)
            return {((kind, record_id), name): conflict_id
                    for conflict_id, kind, record_id, name in cursor}

    def _copy(self, table: str, columns: tuple, rows: list[tuple]) -> None:
        with self.raw.cursor() as cursor:
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)

    def insert_records(self, rows: list[tuple]) -> None:
        self._copy("server_record", self.RECORD_COLUMNS, rows)

    def update_records(self, station_key: str, rows: list[tuple]) -> None:
        # Staged by COPY, then one UPDATE joined on the primary key (an array parameter of
        # JSON texts costs far more to adapt than the rows cost to write).
        with self.raw.cursor() as cursor:
            cursor.execute("CREATE TEMPORARY TABLE ingest_record_update (kind text, record_id"
                           " text, snapshot text, field_hlc text, hlc text, last_device text)"
                           " ON COMMIT DROP")
        self._copy("ingest_record_update", ("kind", "record_id", "snapshot", "field_hlc", "hlc",
                                            "last_device"), rows)
        with self.raw.cursor() as cursor:
            cursor.execute(
                "UPDATE server_record AS r SET snapshot = u.snapshot::json,"
                " field_hlc = u.field_hlc::json, hlc = u.hlc, last_device = u.last_device"
                " FROM ingest_record_update AS u WHERE r.station_key = %s AND r.kind = u.kind"
                " AND r.record_id = u.record_id", (station_key,))

    def insert_feed(self, rows: list[tuple]) -> None:
        self._copy("feed", self.FEED_COLUMNS, rows)
