"""The offline transport at the county: import parcels a station carried on a USB stick,
and write back signed receipts and the parcels waiting for each device (same bytes as HTTP).

Folder layout (see docs/sync-protocol.md):
    <dir>/to-county/<device>-<seq>.parcel        parcels from the device
    <dir>/to-county/<device>.pull-request         the device's signed pull request
    <dir>/from-county/<device>-<seq>.receipt      receipts written here
    <dir>/from-county/<device>-pull-<upto>.parcel parcels for the device written here
    <dir>/to-county/<device>-<sha256>.blob        a device's signed announcement of a blob
    <dir>/to-county/blobs/<device>-<sha256>-<offset>.piece   its pieces (app/protocol/blobs.py)
    <dir>/from-county/<device>-<sha256>.blob-receipt   signed: the county holds it whole
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app import files
from app.errors import N_, ValidationError
from app.server.db import ServerStore
from app.server.enrollment import Refused
from app.server.ingest import accept_parcel
from app.server.keys import CountyKeys
from app.server.pull import build_pull_parcel, check_pull_request
from app.protocol.wire import read_document, read_header, sign_document
from app.server.blobs import accept_piece, blob_status
from app.server.db import utc_now

MAX_PULL_PARCELS = 200


@dataclass
class FolderImport:
    receipts: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)
    pull_parcels: int = 0
    blobs: int = 0  # attachments' content now held whole (a receipt written for each)


def write_atomically(path: Path, data: bytes) -> None:
    """Parcels and receipts appear whole (unique temporary file, fsync, rename; app.files)."""
    files.write_atomically(path, data, mode=0o644)


def _parcel_order(path: Path):
    try:
        header, *_ = read_header(path.read_bytes())
        return (str(header.get("device")), int(header.get("seq", 0)), path.name)
    except Exception:
        return ("", 0, path.name)


def _import_blob(store: ServerStore, keys: CountyKeys, inbox: Path, outbox: Path,
                 path: Path) -> bool:
    """Take in one blob's pieces from the stick; True (and a signed receipt) once whole."""
    status = blob_status(store, path.read_bytes())
    body = read_document(path.read_bytes(), None)
    device_id, digest = str(body["device"]), str(body["sha256"])
    complete = status["complete"]
    for piece in sorted((inbox / "blobs").glob(f"{device_id}-{digest}-*.piece")):
        if complete:
            break
        try:
            offset = int(piece.stem.rsplit("-", 1)[1])
        except (IndexError, ValueError):
            continue
        complete = accept_piece(store, keys, device_id, digest, offset,
                                piece.read_bytes())["complete"]
    if complete:
        write_atomically(outbox / f"{device_id}-{digest}.blob-receipt", sign_document(
            {"device": device_id, "sha256": digest, "complete": True,
             "at": utc_now().isoformat()}, keys.sign_private))
    return complete


def import_folder(store: ServerStore, keys: CountyKeys, folder: Path) -> FolderImport:
    """Accept the parcels in `folder`/to-county and write receipts and pull parcels into
    `folder`/from-county. ValidationError if `folder` is not an existing folder."""
    folder = files.existing_folder(folder)
    inbox, outbox = folder / "to-county", folder / "from-county"
    if not inbox.is_dir():
        raise ValidationError(N_("%1 holds nothing from a station (no to-county folder). "
                                 "Choose the folder the station wrote to."), folder,
                              field="folder")
    outbox.mkdir(parents=True, exist_ok=True)
    result = FolderImport()
    for path in sorted(inbox.glob("*.parcel"), key=_parcel_order):
        data = path.read_bytes()
        try:
            receipt = accept_parcel(store, keys, data)
        except Refused as exc:
            result.refused.append((path.name, exc.reason))
            continue
        write_atomically(outbox / (path.stem + ".receipt"), receipt)
        result.receipts += 1
    for path in sorted(inbox.glob("*.blob")):
        try:
            if _import_blob(store, keys, inbox, outbox, path):
                result.blobs += 1
        except Refused as exc:
            result.refused.append((path.name, exc.reason))
    for path in sorted(inbox.glob("*.pull-request")):
        try:
            asked = check_pull_request(store, path.read_bytes())
        except Refused as exc:
            result.refused.append((path.name, exc.reason))
            continue
        after = asked["after"]
        for _ in range(MAX_PULL_PARCELS):
            parcel = build_pull_parcel(store, keys, asked["device"], after, asked["max_items"])
            header, *_ = read_header(parcel)
            if header["upto"] == after and after != asked["after"]:
                break
            write_atomically(outbox / f"{asked['device']}-pull-{header['upto']:012d}.parcel",
                             parcel)
            result.pull_parcels += 1
            after = header["upto"]
            if not header["more"]:
                break
    return result
