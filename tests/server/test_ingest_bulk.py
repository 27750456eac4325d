"""Bulk ingest keeps the rules: parcels mixing new records, updates, a concurrent edit of one
field (conflict, later closed), append-only updates, bad changes (quarantined with a reason),
a change sent again and a replayed parcel leave exactly the server state and receipts that
the one-change-at-a-time ingest left (EXPECTED below was recorded from it), on SQLite and on
PostgreSQL. Also: a refused parcel applies nothing, and a big parcel of updates merges."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.security.signing import generate_ed25519
from app.server.db import Feed, ServerConflict, ServerQuarantine, ServerRecord
from app.server.enrollment import Refused, enroll_device, issue_enrollment_code
from app.server.ingest import accept_parcel
from app.protocol.wire import b64, make_parcel, parcel_hash, read_document, sign_document
from tests.sync.sync_support import county_user

ORG = "0190aaaa-0000-7000-8000-00000000000a"
OTHER_ORG = "0190aaaa-0000-7000-8000-00000000000b"
DEV_A = "0190dddd-0000-7000-8000-0000000000a1"
DEV_B = "0190dddd-0000-7000-8000-0000000000b2"
H1, P1, V1, S1, S2, N1 = ("0190eeee-0000-7000-8000-0000000000%02d" % i for i in range(1, 7))


FUTURE_MILLIS = 100_000_000_000


def _hlc(millis: int, device: str) -> str:
    return f"{1_700_000_000_000 + millis:013d}-0000-{'a' if device == DEV_A else 'b'}" + "0" * 15


def _change(n: int, device: str, kind: str, record_id: str, op: str, snapshot: dict,
            fields=None, base=None, millis=None) -> dict:
    hlc = _hlc(millis if millis is not None else n, device)
    snapshot = {"id": record_id, "hlc": hlc, "updated_at": f"2026-01-01T00:00:{n:02d}",
                **snapshot}
    return {"change_id": f"c-{n:03d}", "hlc": hlc, "device_id": device, "author_id": "u1",
            "kind": kind, "record_id": record_id, "op": op,
            "fields": fields if fields is not None else sorted(
                set(snapshot) - {"hlc", "updated_at", "created_at"}),
            "snapshot": snapshot, "base": base}


HOUSE = {"station_id": ORG, "village_id": "v1", "address_zh": "一号", "phone": "",
         "notes": "", "deleted_at": None}
PERSON = {"household_id": H1, "name_zh": "卓玛", "phone": "", "notes": "", "relation": "head"}
VISIT = {"station_id": ORG, "household_id": H1, "notes": "走访", "people_served": 1}
SERVICE = {"case_id": "k1", "item_code": "sa.counselling", "minutes": 30, "notes": "",
           "deleted_at": None}


def _parcels(future_millis: int) -> dict[str, list[dict]]:
    a1 = [
        _change(1, DEV_A, "household", H1, "insert", HOUSE),
        _change(2, DEV_A, "person", P1, "insert", PERSON),
        _change(3, DEV_A, "visit", V1, "insert", VISIT),
        _change(4, DEV_A, "case_service", S1, "insert", SERVICE),
        _change(5, DEV_A, "person", "p-bad", "insert", {**PERSON, "favourite_colour": "red"}),
        _change(6, DEV_B, "person", "p-foreign", "insert", PERSON),  # claims another device
        _change(7, DEV_A, "household", "h-other", "insert", {**HOUSE, "station_id": OTHER_ORG}),
        _change(8, DEV_A, "visit", "v-future", "insert", VISIT, millis=future_millis),
        {"change_id": "c-009", "kind": "household"},
        "not even a dict",
        _change(11, DEV_A, "nonsense", "x1", "insert", {}),
    ]
    b1 = [
        _change(20, DEV_B, "household", H1, "update", {**HOUSE, "notes": "门口有狗"},
                ["notes"], {"notes": ""}),
        _change(21, DEV_B, "person", P1, "update", {**PERSON, "phone": "13800000000"},
                ["phone"], {"phone": ""}),
        _change(22, DEV_B, "case_service", S1, "update", {**SERVICE, "notes": "乙"},
                ["notes"], {"notes": ""}, millis=30),
    ]
    a2 = [
        a1[0],  # sent again (already applied): a duplicate
        _change(31, DEV_A, "household", H1, "update", {**HOUSE, "notes": "老人独居"},
                ["notes"], {"notes": ""}),  # concurrent with B's edit: conflict
        _change(32, DEV_A, "household", H1, "update",
                {**HOUSE, "notes": "老人独居", "phone": "13900000000"}, ["phone"],
                {"phone": ""}),
        _change(33, DEV_A, "visit", V1, "update", {**VISIT, "people_served": 3},
                ["people_served"], {"people_served": 1}),
        _change(34, DEV_A, "person", N1, "insert", {**PERSON, "name_zh": "扎西"}),
        _change(35, DEV_A, "person", N1, "update", {**PERSON, "name_zh": "扎西次仁"},
                ["name_zh"], {"name_zh": "扎西"}),
        _change(36, DEV_A, "case_service", S1, "update", {**SERVICE, "notes": "甲"},
                ["notes"], {"notes": ""}, millis=25),  # append-only, older stamp: ignored
        _change(37, DEV_A, "case_service", S1, "delete",
                {**SERVICE, "deleted_at": "2026-01-02T00:00:00"}, ["deleted_at"],
                {"deleted_at": None}),
        _change(38, DEV_A, "case_service", S2, "insert", SERVICE),
        _change(39, DEV_A, "person", P1, "update", {**PERSON, "phone": "13800000000"},
                ["phone"], {"phone": ""}),  # same value B set: affirmed, nothing changes
        _change(40, DEV_A, "visit", V1, "update", {**VISIT, "notes": "x", "bogus": 1},
                ["notes"], {"notes": "走访"}),  # bad: quarantined, the rest apply
    ]
    b2 = [
        _change(50, DEV_B, "household", H1, "update", {**HOUSE, "notes": "门口有狗"},
                ["notes"], {"notes": "门口有狗"}),  # re-affirms the kept value: closes it
        _change(51, DEV_B, "household", H1, "update",
                {**HOUSE, "notes": "门口有狗", "address_zh": "二号"}, ["address_zh"],
                {"address_zh": "一号"}),
    ]
    return {"a1": a1, "b1": b1, "a2": a2, "b2": b2}


class _Device:
    def __init__(self, store, keys, device_id: str) -> None:
        # the author of every change (the county refuses unknown authors)
        county_user(store, "jia", "u1", role="admin", station_org_id=ORG)
        self.private, public = generate_ed25519()
        self.id, self.seq, self.prev = device_id, 0, ""
        self.rev: str | None = None  # the schema revision its parcels declare (None: legacy)
        enroll_device(store, keys, sign_document({
            "code": issue_enrollment_code(store, "jia"), "device_id": device_id,
            "sign_public": b64(public), "box_public": b64(keys.box_public),
            "station_org_id": ORG}, self.private))

    def parcel(self, keys, changes: list, seq: int | None = None) -> bytes:
        if seq is None:
            self.seq += 1
        header = {"type": "push", "device": self.id, "seq": seq or self.seq,
                  "prev": self.prev if seq is None else "x"}
        if self.rev:
            header["rev"] = self.rev
        data = make_parcel(header, {"changes": changes},
                           recipient_box_public=keys.box_public,
                           sender_sign_private=self.private)
        if seq is None:
            self.prev = parcel_hash(data)
        return data


def _state(store, conflict_names: dict) -> dict:
    """Everything ingest wrote, with random conflict ids named by (record, field)."""
    with store.transaction() as session:
        conflicts = session.scalars(select(ServerConflict)).all()
        for row in sorted(conflicts, key=lambda r: r.change_id):
            conflict_names.setdefault(row.id, f"conflict:{row.record_id}:{row.field}")
        return {
            "records": sorted(
                (r.station_key, r.kind, r.record_id, r.snapshot, r.field_hlc, r.hlc,
                 r.last_device) for r in session.scalars(select(ServerRecord))
                if (r.kind, r.record_id) != ("user", "u1")),
            "feed": [(f.station_key, f.kind, conflict_names.get(f.record_id, f.record_id),
                      f.origin_device, f.change_id)
                     for f in session.scalars(select(Feed).order_by(Feed.seq))],
            "conflicts": sorted(
                (conflict_names[c.id], c.kind, c.record_id, c.field, c.current_value,
                 c.proposed_value, c.proposed_by_device, c.change_id,
                 c.resolved_at is not None) for c in conflicts),
            "quarantine": [(q.device_id, q.parcel_seq, q.change_id, q.kind, q.record_id,
                            q.reason) for q in session.scalars(
                select(ServerQuarantine).order_by(ServerQuarantine.id))],
        }


def _receipt(keys, data: bytes, receipt: bytes, conflict_names: dict) -> dict:
    body = read_document(receipt, keys.sign_public)
    assert body.pop("parcel_hash") == parcel_hash(data)
    assert body.pop("type") == "receipt"
    body.pop("received_at")
    body["conflicts"] = [conflict_names.get(c, c) for c in body["conflicts"]]
    return body


def test_mixed_parcels_give_the_recorded_state_and_receipts(server_store, county_keys):
    keys = county_keys
    device_a, device_b = _Device(server_store, keys, DEV_A), _Device(server_store, keys, DEV_B)
    # a stamp far in the county's future (2027-01-15): accepted like any other (clocks are
    # never refused, docs/sync-protocol.md "Clocks")
    changes = _parcels(FUTURE_MILLIS)
    names: dict = {}
    receipts = {}
    for name in ("a1", "b1", "a2", "b2"):
        device = device_a if name.startswith("a") else device_b
        data = device.parcel(keys, changes[name])
        raw = accept_parcel(server_store, keys, data)
        _state(server_store, names)  # names conflicts as they appear
        receipts[name] = _receipt(keys, data, raw, names)
        if name == "a2":
            before = _state(server_store, names)
            assert accept_parcel(server_store, keys, data) == raw  # replay: same bytes
            assert _state(server_store, names) == before  # … and nothing applied twice
            with pytest.raises(Refused) as refused:  # same seq, other bytes
                accept_parcel(server_store, keys, device.parcel(keys, [], seq=device.seq))
            assert refused.value.status == 409
            assert _state(server_store, names) == before
    state = _state(server_store, names)
    assert receipts == EXPECTED_RECEIPTS
    assert state == EXPECTED_STATE


def test_big_parcel_of_updates_merges_every_record(server_store, county_keys):
    """Thousands of records in one parcel, then updates of all of them in the next (the
    bulk read of existing states, over several chunks) and a replay."""
    keys = county_keys
    device = _Device(server_store, keys, DEV_A)
    count = 12_345
    ids = [f"0190ffff-0000-7000-8000-{i:012d}" for i in range(count)]
    inserts = [_change(1, DEV_A, "visit", rid, "insert", {**VISIT, "notes": f"n{i}"})
               | {"change_id": f"i-{i}"} for i, rid in enumerate(ids)]
    updates = [_change(2, DEV_A, "visit", rid, "update",
                       {**VISIT, "notes": f"m{i}" if i % 2 else f"n{i}",
                        "people_served": i % 5}, ["notes", "people_served"],
                       {"notes": f"n{i}", "people_served": 1 if i % 3 else 9})
               | {"change_id": f"u-{i}"} for i, rid in enumerate(ids)]
    first = read_document(accept_parcel(server_store, keys, device.parcel(keys, inserts)),
                          None)
    assert (first["applied"], first["duplicates"], first["quarantined"]) == (count, 0, [])
    data = device.parcel(keys, updates)
    raw = accept_parcel(server_store, keys, data)
    second = read_document(raw, None)
    # people_served: base 9 (every third record) ≠ current 1 → a conflict unless equal
    wanted = [i for i in range(count) if i % 3 == 0 and i % 5 != 1]
    assert (second["applied"], len(second["conflicts"])) == (count, len(wanted))
    assert accept_parcel(server_store, keys, data) == raw
    with server_store.transaction() as session:
        rows = {r.record_id: r for r in session.scalars(select(ServerRecord).where(
            ServerRecord.kind == "visit"))}
        feed = session.scalars(select(Feed.change_id).where(Feed.change_id.is_not(None))).all()
    assert len(rows) == count and len(feed) == 2 * count
    for i, rid in enumerate(ids):
        row = rows[rid]
        assert row.snapshot["notes"] == (f"m{i}" if i % 2 else f"n{i}")
        assert row.snapshot["people_served"] == (1 if i % 3 == 0 and i % 5 != 1 else i % 5)


# Recorded from the one-change-at-a-time ingest (commit a6d1708..9bbe689) on SQLite; the
# same on PostgreSQL. Conflict ids are random, so they are named by record and field.
# Re-recorded for continuity (issue 10): reasons carry a code and their values, receipts the
# device's case-number letter, and the change stamped far in the future (c-008) is applied
# instead of quarantined; everything else is unchanged.
EXPECTED_RECEIPTS = {'a1': {'applied': 5,
        'case_prefix': 'A',
        'conflicts': [],
        'device': '0190dddd-0000-7000-8000-0000000000a1',
        'duplicates': 0,
        'quarantined': [{'args': ['person', 'favourite_colour'],
                         'change_id': 'c-005',
                         'code': 'unknown_fields',
                         'reason': 'The county server does not know these '
                                   'fields of person: favourite_colour.'},
                        {'args': [],
                         'change_id': 'c-006',
                         'code': 'foreign_device',
                         'reason': 'The change was made on another device.'},
                        {'args': [],
                         'change_id': 'c-007',
                         'code': 'other_station',
                         'reason': 'The record belongs to another station.'},
                        {'args': [],
                         'change_id': 'c-009',
                         'code': 'bad_record_id',
                         'reason': 'The change has no valid record id.'},
                        {'args': [],
                         'change_id': '',
                         'code': 'not_a_change',
                         'reason': 'The change is damaged (not a change '
                                   'record).'},
                        {'args': ['nonsense'],
                         'change_id': 'c-011',
                         'code': 'unknown_kind',
                         'reason': 'The county server does not know this kind '
                                   'of record (nonsense).'}],
        'seq': 1},
 'a2': {'applied': 9,
        'case_prefix': 'A',
        'conflicts': ['conflict:0190eeee-0000-7000-8000-000000000001:notes'],
        'device': '0190dddd-0000-7000-8000-0000000000a1',
        'duplicates': 1,
        'quarantined': [{'args': ['visit', 'bogus'],
                         'change_id': 'c-040',
                         'code': 'unknown_fields',
                         'reason': 'The county server does not know these '
                                   'fields of visit: bogus.'}],
        'seq': 2},
 'b1': {'applied': 3,
        'case_prefix': 'B',
        'conflicts': [],
        'device': '0190dddd-0000-7000-8000-0000000000b2',
        'duplicates': 0,
        'quarantined': [],
        'seq': 1},
 'b2': {'applied': 2,
        'case_prefix': 'B',
        'conflicts': [],
        'device': '0190dddd-0000-7000-8000-0000000000b2',
        'duplicates': 0,
        'quarantined': [],
        'seq': 2}}
EXPECTED_STATE = {'conflicts': [('conflict:0190eeee-0000-7000-8000-000000000001:notes',
                'household',
                '0190eeee-0000-7000-8000-000000000001',
                'notes',
                '门口有狗',
                '老人独居',
                '0190dddd-0000-7000-8000-0000000000a1',
                'c-031',
                True)],
 'feed': [('jia',
           'household',
           '0190eeee-0000-7000-8000-000000000001',
           '0190dddd-0000-7000-8000-0000000000a1',
           'c-001'),
          ('jia',
           'person',
           '0190eeee-0000-7000-8000-000000000002',
           '0190dddd-0000-7000-8000-0000000000a1',
           'c-002'),
          ('jia',
           'visit',
           '0190eeee-0000-7000-8000-000000000003',
           '0190dddd-0000-7000-8000-0000000000a1',
           'c-003'),
          ('jia',
           'case_service',
           '0190eeee-0000-7000-8000-000000000004',
           '0190dddd-0000-7000-8000-0000000000a1',
           'c-004'),
          ('jia',
           'visit',
           'v-future',
           '0190dddd-0000-7000-8000-0000000000a1',
           'c-008'),
          ('jia',
           'household',
           '0190eeee-0000-7000-8000-000000000001',
           '0190dddd-0000-7000-8000-0000000000b2',
           'c-020'),
          ('jia',
           'person',
           '0190eeee-0000-7000-8000-000000000002',
           '0190dddd-0000-7000-8000-0000000000b2',
           'c-021'),
          ('jia',
           'case_service',
           '0190eeee-0000-7000-8000-000000000004',
           '0190dddd-0000-7000-8000-0000000000b2',
           'c-022'),
          ('jia',
           'household',
           '0190eeee-0000-7000-8000-000000000001',
           '0190dddd-0000-7000-8000-0000000000a1',
           'c-031'),
          ('jia',
           '~conflict',
           'conflict:0190eeee-0000-7000-8000-000000000001:notes',
           'county',
           None),
          ('jia',
           'household',
           '0190eeee-0000-7000-8000-000000000001',
           'county',
           None),
          ('jia',
           'household',
           '0190eeee-0000-7000-8000-000000000001',
           '0190dddd-0000-7000-8000-0000000000a1',
           'c-032'),
          ('jia',
           'visit',
           '0190eeee-0000-7000-8000-000000000003',
           '0190dddd-0000-7000-8000-0000000000a1',
           'c-033'),
          ('jia',
           'person',
           '0190eeee-0000-7000-8000-000000000006',
           '0190dddd-0000-7000-8000-0000000000a1',
           'c-034'),
          ('jia',
           'person',
           '0190eeee-0000-7000-8000-000000000006',
           '0190dddd-0000-7000-8000-0000000000a1',
           'c-035'),
          ('jia',
           'case_service',
           '0190eeee-0000-7000-8000-000000000004',
           '0190dddd-0000-7000-8000-0000000000a1',
           'c-036'),
          ('jia',
           'case_service',
           '0190eeee-0000-7000-8000-000000000004',
           '0190dddd-0000-7000-8000-0000000000a1',
           'c-037'),
          ('jia',
           'case_service',
           '0190eeee-0000-7000-8000-000000000005',
           '0190dddd-0000-7000-8000-0000000000a1',
           'c-038'),
          ('jia',
           'person',
           '0190eeee-0000-7000-8000-000000000002',
           '0190dddd-0000-7000-8000-0000000000a1',
           'c-039'),
          ('jia',
           'household',
           '0190eeee-0000-7000-8000-000000000001',
           '0190dddd-0000-7000-8000-0000000000b2',
           'c-050'),
          ('jia',
           '~conflict',
           'conflict:0190eeee-0000-7000-8000-000000000001:notes',
           'county',
           None),
          ('jia',
           'household',
           '0190eeee-0000-7000-8000-000000000001',
           '0190dddd-0000-7000-8000-0000000000b2',
           'c-051')],
 'quarantine': [('0190dddd-0000-7000-8000-0000000000a1',
                 1,
                 'c-005',
                 'person',
                 'p-bad',
                 'The county server does not know these fields of person: '
                 'favourite_colour.'),
                ('0190dddd-0000-7000-8000-0000000000a1',
                 1,
                 'c-006',
                 'person',
                 'p-foreign',
                 'The change was made on another device.'),
                ('0190dddd-0000-7000-8000-0000000000a1',
                 1,
                 'c-007',
                 'household',
                 'h-other',
                 'The record belongs to another station.'),
                ('0190dddd-0000-7000-8000-0000000000a1',
                 1,
                 'c-009',
                 'household',
                 '',
                 'The change has no valid record id.'),
                ('0190dddd-0000-7000-8000-0000000000a1',
                 1,
                 '',
                 '',
                 '',
                 'The change is damaged (not a change record).'),
                ('0190dddd-0000-7000-8000-0000000000a1',
                 1,
                 'c-011',
                 'nonsense',
                 'x1',
                 'The county server does not know this kind of record '
                 '(nonsense).'),
                ('0190dddd-0000-7000-8000-0000000000a1',
                 2,
                 'c-040',
                 'visit',
                 '0190eeee-0000-7000-8000-000000000003',
                 'The county server does not know these fields of visit: '
                 'bogus.')],
 'records': [('jia',
              'case_service',
              '0190eeee-0000-7000-8000-000000000004',
              {'case_id': 'k1',
               'deleted_at': '2026-01-02T00:00:00',
               'hlc': '1700000000037-0000-a000000000000000',
               'id': '0190eeee-0000-7000-8000-000000000004',
               'item_code': 'sa.counselling',
               'minutes': 30,
               'notes': '乙',
               'updated_at': '2026-01-01T00:00:37'},
              {'case_id': '1700000000004-0000-a000000000000000',
               'deleted_at': '1700000000037-0000-a000000000000000',
               'id': '1700000000004-0000-a000000000000000',
               'item_code': '1700000000004-0000-a000000000000000',
               'minutes': '1700000000004-0000-a000000000000000',
               'notes': '1700000000030-0000-b000000000000000'},
              '1700000000037-0000-a000000000000000',
              '0190dddd-0000-7000-8000-0000000000a1'),
             ('jia',
              'case_service',
              '0190eeee-0000-7000-8000-000000000005',
              {'case_id': 'k1',
               'deleted_at': None,
               'hlc': '1700000000038-0000-a000000000000000',
               'id': '0190eeee-0000-7000-8000-000000000005',
               'item_code': 'sa.counselling',
               'minutes': 30,
               'notes': '',
               'updated_at': '2026-01-01T00:00:38'},
              {'case_id': '1700000000038-0000-a000000000000000',
               'deleted_at': '1700000000038-0000-a000000000000000',
               'id': '1700000000038-0000-a000000000000000',
               'item_code': '1700000000038-0000-a000000000000000',
               'minutes': '1700000000038-0000-a000000000000000',
               'notes': '1700000000038-0000-a000000000000000'},
              '1700000000038-0000-a000000000000000',
              '0190dddd-0000-7000-8000-0000000000a1'),
             ('jia',
              'household',
              '0190eeee-0000-7000-8000-000000000001',
              {'address_zh': '二号',
               'deleted_at': None,
               'hlc': '1700000000051-0000-b000000000000000',
               'id': '0190eeee-0000-7000-8000-000000000001',
               'notes': '门口有狗',
               'phone': '13900000000',
               'station_id': '0190aaaa-0000-7000-8000-00000000000a',
               'updated_at': '2026-01-01T00:00:51',
               'village_id': 'v1'},
              {'address_zh': '1700000000051-0000-b000000000000000',
               'deleted_at': '1700000000001-0000-a000000000000000',
               'id': '1700000000001-0000-a000000000000000',
               'notes': '1700000000050-0000-b000000000000000',
               'phone': '1700000000032-0000-a000000000000000',
               'station_id': '1700000000001-0000-a000000000000000',
               'village_id': '1700000000001-0000-a000000000000000'},
              '1700000000051-0000-b000000000000000',
              '0190dddd-0000-7000-8000-0000000000b2'),
             ('jia',
              'person',
              '0190eeee-0000-7000-8000-000000000002',
              {'hlc': '1700000000021-0000-b000000000000000',
               'household_id': '0190eeee-0000-7000-8000-000000000001',
               'id': '0190eeee-0000-7000-8000-000000000002',
               'name_zh': '卓玛',
               'notes': '',
               'phone': '13800000000',
               'relation': 'head',
               'updated_at': '2026-01-01T00:00:21'},
              {'household_id': '1700000000002-0000-a000000000000000',
               'id': '1700000000002-0000-a000000000000000',
               'name_zh': '1700000000002-0000-a000000000000000',
               'notes': '1700000000002-0000-a000000000000000',
               'phone': '1700000000021-0000-b000000000000000',
               'relation': '1700000000002-0000-a000000000000000'},
              '1700000000021-0000-b000000000000000',
              '0190dddd-0000-7000-8000-0000000000b2'),
             ('jia',
              'person',
              '0190eeee-0000-7000-8000-000000000006',
              {'hlc': '1700000000035-0000-a000000000000000',
               'household_id': '0190eeee-0000-7000-8000-000000000001',
               'id': '0190eeee-0000-7000-8000-000000000006',
               'name_zh': '扎西次仁',
               'notes': '',
               'phone': '',
               'relation': 'head',
               'updated_at': '2026-01-01T00:00:35'},
              {'household_id': '1700000000034-0000-a000000000000000',
               'id': '1700000000034-0000-a000000000000000',
               'name_zh': '1700000000035-0000-a000000000000000',
               'notes': '1700000000034-0000-a000000000000000',
               'phone': '1700000000034-0000-a000000000000000',
               'relation': '1700000000034-0000-a000000000000000'},
              '1700000000035-0000-a000000000000000',
              '0190dddd-0000-7000-8000-0000000000a1'),
             ('jia',
              'visit',
              '0190eeee-0000-7000-8000-000000000003',
              {'hlc': '1700000000033-0000-a000000000000000',
               'household_id': '0190eeee-0000-7000-8000-000000000001',
               'id': '0190eeee-0000-7000-8000-000000000003',
               'notes': '走访',
               'people_served': 3,
               'station_id': '0190aaaa-0000-7000-8000-00000000000a',
               'updated_at': '2026-01-01T00:00:33'},
              {'household_id': '1700000000003-0000-a000000000000000',
               'id': '1700000000003-0000-a000000000000000',
               'notes': '1700000000003-0000-a000000000000000',
               'people_served': '1700000000033-0000-a000000000000000',
               'station_id': '1700000000003-0000-a000000000000000'},
              '1700000000033-0000-a000000000000000',
              '0190dddd-0000-7000-8000-0000000000a1'),
             ('jia',
              'visit',
              'v-future',
              {'hlc': '1800000000000-0000-a000000000000000',
               'household_id': '0190eeee-0000-7000-8000-000000000001',
               'id': 'v-future',
               'notes': '走访',
               'people_served': 1,
               'station_id': '0190aaaa-0000-7000-8000-00000000000a',
               'updated_at': '2026-01-01T00:00:08'},
              {'household_id': '1800000000000-0000-a000000000000000',
               'id': '1800000000000-0000-a000000000000000',
               'notes': '1800000000000-0000-a000000000000000',
               'people_served': '1800000000000-0000-a000000000000000',
               'station_id': '1800000000000-0000-a000000000000000'},
              '1800000000000-0000-a000000000000000',
              '0190dddd-0000-7000-8000-0000000000a1')]}
