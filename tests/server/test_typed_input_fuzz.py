"""Typed input at the county: for every kind and every field of the newest frozen schema, a
change carrying a wrongly typed or out-of-bounds value (in the record or in its base values)
is quarantined with a reason naming the field, and nothing of it is stored. The same record
with good values is stored (so the test can fail). ID numbers with a made-up region code are
stored but flagged."""
from __future__ import annotations

from sqlalchemy import func, select

from app.protocol.kinds import COUNTY_KINDS
from app.protocol.schema import newest_revision, schema_for
from app.protocol.wire import read_document
from app.server.db import ServerFlag, ServerQuarantine, ServerRecord
from app.server.ingest import accept_parcel
from app.validation.id_number import id_check_character
from tests.fault.figures import report
from tests.server.test_ingest_bulk import DEV_A, ORG, _Device
from app.server.bounds import MAX_QUARANTINE_PER_PARCEL

HLC = "1764000000000-0000-a000000000000000"
GOOD = {"text": "好", "int": None, "bool": True, "date": "2026-03-07",
        "datetime": "2026-03-07T08:09:10", "list_of_text": ["a"]}


def good_value(spec: dict):
    if spec["type"] == "int":
        return spec["min"]
    if spec.get("choices"):
        return spec["choices"][0]
    return GOOD[spec["type"]]


def bad_values(spec: dict) -> list:
    """Values of the wrong type or outside the bounds for this field."""
    wrong_type = {"text": [17, ["好"], {"a": 1}, True],
                  "int": ["lots", 1.5, True, [1], "12"],
                  "bool": ["yes", 1, None if not spec["nullable"] else "no"],
                  "date": [[2026, 3, 7], "2026-13-01", "yesterday", 20260307],
                  "datetime": ["2026-03-07 25:00", ["2026"], 1764000000],
                  "list_of_text": ["a", [1, 2], {"a": "b"}, [["x"]]]}[spec["type"]]
    values = [value for value in wrong_type if value is not None]
    if not spec["nullable"]:
        values.append(None)
    if spec["type"] == "int":
        values += [spec["min"] - 1, spec["max"] + 1]
    if spec["type"] == "text":
        values.append("x" * (spec["max_length"] + 1))
        if spec.get("choices"):
            values.append("not-a-choice")
    return values


def good_snapshot(kind: str, record_id: str) -> dict:
    fields = schema_for(newest_revision()).kinds[kind].fields
    snapshot = {name: good_value(spec) for name, spec in fields.items()}
    snapshot.update(id=record_id, hlc=HLC)
    if "station_id" in snapshot:
        snapshot["station_id"] = ORG
    if kind == "org_unit":
        snapshot["id"] = record_id
        snapshot["parent_id"] = ORG  # a village of this station (app.server.authority)
    if kind == "case_review":
        snapshot["reviewer_id"] = "u1"  # recorded by its own reviewer, the author
    return snapshot


def change(n: int, kind: str, record_id: str, snapshot: dict, base=None, op="insert") -> dict:
    return {"change_id": f"f-{n:06d}", "hlc": HLC, "device_id": DEV_A, "author_id": "u1",
            "kind": kind, "record_id": record_id, "op": op,
            "fields": sorted(set(snapshot) - {"hlc", "updated_at", "created_at"}),
            "snapshot": snapshot, "base": base}


def test_every_field_of_every_kind_with_a_bad_value_is_quarantined_never_stored(
        server_store, county_keys):
    device = _Device(server_store, county_keys, DEV_A)
    device.rev = newest_revision()  # a station of today's schema: every kind and field
    kinds = schema_for(newest_revision()).kinds
    bad, good, n = [], [], 0
    expected_fields = {}
    for kind, kind_schema in sorted(kinds.items()):
        n += 1
        good.append(change(n, kind, f"good-{kind}", good_snapshot(kind, f"good-{kind}")))
        for name, spec in sorted(kind_schema.fields.items()):
            if name == "id":
                continue
            for value in bad_values(spec):
                n += 1
                record_id = f"bad-{n}"
                snapshot = good_snapshot(kind, record_id)
                snapshot[name] = value
                bad.append(change(n, kind, record_id, snapshot))
                expected_fields[f"f-{n:06d}"] = name
                if value is not None and (spec["type"] != "text" or not spec.get("choices")):
                    # the same bad value as a base value of an update (a base may be
                    # empty: the field was new to the record)
                    n += 1
                    record_id = f"bad-{n}"
                    bad.append(change(n, kind, record_id, good_snapshot(kind, record_id),
                                      base={name: value}, op="update")
                               | {"fields": [name]})
                    expected_fields[f"f-{n:06d}"] = name
    assert len(bad) > 500
    receipt = read_document(accept_parcel(server_store, county_keys,
                                          device.parcel(county_keys, good + bad)), None)
    refused = {item["change_id"]: item for item in receipt["quarantined"]}
    # a well-formed change of a kind only the county writes is refused for that reason
    county_only = {c["change_id"] for c in good if c["kind"] in COUNTY_KINDS}
    assert county_only
    # every good record stored, every bad one quarantined with a reason naming its field
    assert receipt["applied"] == len(good) - len(county_only)
    assert set(refused) == set(expected_fields) | county_only
    for change_id, item in refused.items():
        if change_id in county_only:
            assert item["code"] == "county_only", item
            continue
        assert item["code"] == "bad_value", item
        if expected_fields[change_id] != "id":
            assert f"$.{expected_fields[change_id]}" in item["reason"], item
    with server_store.transaction() as session:
        stored = set(session.scalars(select(ServerRecord.record_id))) - {"u1"}  # the author
        accepted = {c["record_id"] for c in good if c["change_id"] not in county_only}
        assert stored == accepted  # 0 bad records stored
        assert session.scalar(select(func.count()).select_from(ServerQuarantine)) == \
            min(len(bad) + len(county_only), MAX_QUARANTINE_PER_PARCEL)  # rows kept per parcel (app.server.bounds)
    report("fuzz_typed_input", "county ingest of every kind and field with wrong types and "
           "bounds (record and base values)", cases=len(bad),
           failures=len(stored - accepted), records_lost=0, leaked=0,
           stored_bad=0)


def test_a_made_up_region_code_is_stored_and_flagged(server_store, county_keys):
    device = _Device(server_store, county_keys, DEV_A)
    device.rev = newest_revision()
    numbers = {}
    for name, region in (("real", "540102"), ("made-up", "999999")):
        first17 = f"{region}19580307001"
        numbers[name] = first17 + id_check_character(first17)
    changes = []
    for n, (name, number) in enumerate(numbers.items()):
        snapshot = good_snapshot("person", f"p-{name}") | {"id_number": number, "sex": "M"}
        changes.append(change(n, "person", f"p-{name}", snapshot))
    receipt = read_document(accept_parcel(server_store, county_keys,
                                          device.parcel(county_keys, changes)), None)
    assert receipt["applied"] == 2 and receipt["quarantined"] == []
    again = change(9, "person", "p-made-up", changes[1]["snapshot"] | {"notes": "再次"},
                   base={"notes": changes[1]["snapshot"]["notes"]}, op="update")
    accept_parcel(server_store, county_keys, device.parcel(county_keys, [again]))
    with server_store.transaction() as session:
        flags = session.scalars(select(ServerFlag)).all()
        assert [(f.record_id, f.field) for f in flags] == [("p-made-up", "id_number")]
        assert "999999" in flags[0].reason
