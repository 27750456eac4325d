"""The county applies a merge of duplicates (kind "merge") to what it already holds and to
what arrives later naming the merged-away household or person, on SQLite and PostgreSQL, and
sends the re-pointed records back to every device (county origin)."""
from __future__ import annotations

from sqlalchemy import select

from app.server.db import Feed, ServerRecord
from app.server.ingest import accept_parcel
from app.protocol.wire import make_parcel, parcel_hash
from tests.server.test_ingest_bulk import DEV_A, DEV_B, ORG, VISIT, _change, _Device

H1, H2, P1, P2, V1, V2, L1, M1 = ("0190ffee-0000-7000-8000-0000000000%02d" % i
                                  for i in range(1, 9))


class _NewDevice(_Device):
    """A device at the schema revision that has merges (parcels say their revision)."""

    def parcel(self, keys, changes: list, seq: int | None = None) -> bytes:
        self.seq += 1
        data = make_parcel({"type": "push", "device": self.id, "seq": self.seq,
                            "prev": self.prev, "rev": "0005"}, {"changes": changes},
                           recipient_box_public=keys.box_public,
                           sender_sign_private=self.private)
        self.prev = parcel_hash(data)
        return data


def _records(store) -> dict:
    with store.transaction() as session:
        return {(r.kind, r.record_id): r.snapshot for r in session.scalars(select(ServerRecord))}


def test_merge_repoints_stored_and_later_records(server_store, county_keys):
    device_a = _NewDevice(server_store, county_keys, DEV_A)
    device_b = _NewDevice(server_store, county_keys, DEV_B)
    accept_parcel(server_store, county_keys, device_a.parcel(county_keys, [
        _change(1, DEV_A, "visit", V1, "insert", {**VISIT, "household_id": H2}),
        _change(2, DEV_A, "resource_link", L1, "insert",
                {"station_id": ORG, "household_id": H2, "person_id": P2, "money_fen": 100}),
    ]))
    merges = [
        _change(3, DEV_A, "merge", M1, "insert", {"station_id": ORG, "kind": "household",
                                                  "survivor_id": H1, "merged_id": H2,
                                                  "merged_by": "u1", "taken": []}),
        _change(4, DEV_A, "merge", P2, "insert", {"station_id": ORG, "kind": "person",
                                                  "survivor_id": P1, "merged_id": P2,
                                                  "merged_by": "u1", "taken": ["name_bo"]}),
    ]
    merges[1]["record_id"] = merges[1]["snapshot"]["id"] = "0190ffee-0000-7000-8000-000000000099"
    merges[1]["change_id"] = "c-merge-2"
    accept_parcel(server_store, county_keys, device_a.parcel(county_keys, merges))
    held = _records(server_store)
    assert held[("visit", V1)]["household_id"] == H1
    assert (held[("resource_link", L1)]["household_id"], held[("resource_link", L1)]["person_id"]) \
        == (H1, P1)
    # a visit made offline on another laptop, naming the merged-away household, arrives later
    accept_parcel(server_store, county_keys, device_b.parcel(county_keys, [
        _change(5, DEV_B, "visit", V2, "insert", {**VISIT, "household_id": H2})]))
    assert _records(server_store)[("visit", V2)]["household_id"] == H1
    with server_store.transaction() as session:
        county_fed = {(f.kind, f.record_id) for f in session.scalars(
            select(Feed).where(Feed.origin_device == "county"))}
    assert {("visit", V1), ("resource_link", L1), ("visit", V2)} <= county_fed
