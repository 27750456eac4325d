"""The county's side of attachment content (app/server/blobs.py), on SQLite and PostgreSQL:
pieces in order only (a repeat is acknowledged, a gap refused with what is held), signed by
the device and sealed to the county, verified whole, encrypted at rest, fetched only by
devices of the same station, bounded in size."""
from __future__ import annotations

import hashlib
import os

import pytest
from sqlalchemy import select

from app.protocol.blobs import (DOWN_INFO, PIECE_BYTES, UP_INFO, piece_aad,
                                piece_signed_bytes)
from app.protocol.wire import b64, sign_document
from app.security.sealing import generate_x25519, open_sealed, seal
from app.security.signing import generate_ed25519, sign
from app.server.blobs import (accept_piece, blob_status, fetch_piece, purge_blobs, read_blob)
from app.server.db import CountyBlob, CountyBlobPiece, CountyStation, Device, utc_now
from app.server.enrollment import Refused


class FakeLaptop:
    """A device enrolled at the county (its row), holding its own keys."""

    def __init__(self, store, station_key: str, name: str) -> None:
        self.sign_private, sign_public = generate_ed25519()
        self.box_private, box_public = generate_x25519()
        self.id = f"0190aaaa-0000-7000-8000-{name:0>12}"
        with store.transaction() as session:
            if session.get(CountyStation, station_key) is None:
                session.add(CountyStation(key=station_key, name=station_key))
            session.add(Device(id=self.id, station_key=station_key, label=name, role="worker",
                               sign_public=b64(sign_public), box_public=b64(box_public)))

    def request(self, **body) -> bytes:
        return sign_document({"device": self.id, "at": utc_now().isoformat(), **body},
                             self.sign_private)

    def piece(self, keys, digest: str, offset: int, data: bytes) -> bytes:
        sealed = seal(keys.box_public, data, aad=piece_aad("up", self.id, digest, offset),
                      info=UP_INFO)
        return sign(self.sign_private, piece_signed_bytes(self.id, digest, offset, sealed)) \
            + sealed


def test_pieces_resume_verify_and_stay_encrypted(server_store, county_keys):
    laptop = FakeLaptop(server_store, "jia", "1")
    content = os.urandom(2 * PIECE_BYTES + 1000) + b"county-blob-marker"
    digest = hashlib.sha256(content).hexdigest()
    assert blob_status(server_store, laptop.request(sha256=digest, size=len(content))) == {
        "received": 0, "complete": False, "size": len(content)}
    first = laptop.piece(county_keys, digest, 0, content[:PIECE_BYTES])
    assert accept_piece(server_store, county_keys, laptop.id, digest, 0, first) == {
        "received": PIECE_BYTES, "complete": False}
    # the same piece again (a duplicated request) is acknowledged, nothing stored twice
    assert accept_piece(server_store, county_keys, laptop.id, digest, 0, first)["received"] \
        == PIECE_BYTES
    # a gap is refused with what the county holds
    with pytest.raises(Refused) as gap:
        accept_piece(server_store, county_keys, laptop.id, digest, 2 * PIECE_BYTES,
                     laptop.piece(county_keys, digest, 2 * PIECE_BYTES, content[2 * PIECE_BYTES:]))
    assert gap.value.status == 409 and gap.value.details == {"received": PIECE_BYTES}
    # resuming: the status says where to go on
    assert blob_status(server_store, laptop.request(sha256=digest, size=len(content)))[
        "received"] == PIECE_BYTES
    for offset in (PIECE_BYTES, 2 * PIECE_BYTES):
        answer = accept_piece(server_store, county_keys, laptop.id, digest, offset,
                              laptop.piece(county_keys, digest, offset,
                                           content[offset:offset + PIECE_BYTES]))
    assert answer == {"received": len(content), "complete": True}
    assert read_blob(server_store, county_keys, "jia", digest) == content
    with server_store.transaction() as session:
        stored = b"".join(session.scalars(select(CountyBlobPiece.data)))
    assert b"county-blob-marker" not in stored and content[:64] not in stored

    sealed, size = fetch_piece(server_store, county_keys,
                               laptop.request(sha256=digest, offset=2 * PIECE_BYTES))
    assert size == len(content)
    assert open_sealed(laptop.box_private, sealed,
                       aad=piece_aad("down", laptop.id, digest, 2 * PIECE_BYTES),
                       info=DOWN_INFO) == content[2 * PIECE_BYTES:]


def test_a_whole_that_does_not_match_its_hash_is_thrown_away(server_store, county_keys):
    laptop = FakeLaptop(server_store, "jia", "1")
    content = b"x" * 5000
    wrong = hashlib.sha256(b"something else").hexdigest()
    blob_status(server_store, laptop.request(sha256=wrong, size=len(content)))
    answer = accept_piece(server_store, county_keys, laptop.id, wrong, 0,
                          laptop.piece(county_keys, wrong, 0, content))
    assert answer == {"received": 0, "complete": False}
    with server_store.transaction() as session:
        assert session.scalars(select(CountyBlobPiece)).all() == []
    with pytest.raises(Refused) as missing:
        fetch_piece(server_store, county_keys, laptop.request(sha256=wrong, offset=0))
    assert missing.value.status == 404


def test_refusals(server_store, county_keys):
    laptop = FakeLaptop(server_store, "jia", "1")
    stranger = FakeLaptop(server_store, "yi", "2")  # another station
    content = b"receipt " * 100
    digest = hashlib.sha256(content).hexdigest()
    blob_status(server_store, laptop.request(sha256=digest, size=len(content)))
    piece = laptop.piece(county_keys, digest, 0, content)
    tampered = piece[:70] + bytes([piece[70] ^ 1]) + piece[71:]
    for body, status in ((tampered, 403), (b"short", 400)):
        with pytest.raises(Refused) as refused:
            accept_piece(server_store, county_keys, laptop.id, digest, 0, body)
        assert refused.value.status == status
    with pytest.raises(Refused) as not_own:  # a piece signed by another device
        accept_piece(server_store, county_keys, stranger.id, digest, 0, piece)
    assert not_own.value.status == 403
    accept_piece(server_store, county_keys, laptop.id, digest, 0, piece)
    with pytest.raises(Refused) as elsewhere:  # another station's device cannot read it
        fetch_piece(server_store, county_keys, stranger.request(sha256=digest, offset=0))
    assert elsewhere.value.status == 404
    for size, status in ((11 * 1024 * 1024, 413), (0, 400), ("big", 400)):
        with pytest.raises(Refused) as bounds:
            blob_status(server_store, laptop.request(sha256="a" * 64, size=size))
        assert bounds.value.status == status
    with pytest.raises(Refused) as malformed:
        blob_status(server_store, laptop.request(sha256="../../etc", size=10))
    assert malformed.value.status == 400
    with pytest.raises(Refused) as resized:
        blob_status(server_store, laptop.request(sha256=digest, size=len(content) + 1))
    assert resized.value.status == 409
    with server_store.transaction() as session:
        assert purge_blobs(session, "jia", [digest]) == 1
    assert read_blob(server_store, county_keys, "jia", digest) is None
    with server_store.transaction() as session:
        assert session.scalars(select(CountyBlob)).all() == []


def test_a_station_s_storage_at_the_county_is_bounded(server_store, monkeypatch):
    import app.server.blobs as blobs

    laptop = FakeLaptop(server_store, "jia", "1")
    monkeypatch.setattr(blobs, "STATION_QUOTA_BYTES", 3000)
    blob_status(server_store, laptop.request(sha256="a" * 64, size=2000))
    blob_status(server_store, laptop.request(sha256="a" * 64, size=2000))  # asked again: fine
    with pytest.raises(Refused) as full:
        blob_status(server_store, laptop.request(sha256="b" * 64, size=1001))
    assert full.value.status == 413
    other = FakeLaptop(server_store, "yi", "2")  # each station has its own
    assert blob_status(server_store, other.request(sha256="b" * 64, size=1001))["received"] == 0
