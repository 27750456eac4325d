"""Catalogue updates from the county: the whole catalogue document, sent to every station."""
from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from app.server.db import CATALOG_STATION, CountyStation, Feed, ServerRecord, ServerStore, utc_now
from app.protocol.kinds import CATALOG_KIND

CATALOG_FORMAT = "station-ledger-catalog"


def publish_catalog(store: ServerStore, document: dict) -> None:
    if document.get("format") != CATALOG_FORMAT:
        raise ValueError("not a station-ledger catalogue document")
    stamp = utc_now().isoformat()
    with store.transaction() as session:
        # Lock every station: pulls read the feed under their station's lock.
        list(session.scalars(select(CountyStation).with_for_update()))
        key = (CATALOG_STATION, CATALOG_KIND, CATALOG_KIND)
        row = session.get(ServerRecord, key)
        if row is None:
            session.add(ServerRecord(station_key=key[0], kind=key[1], record_id=key[2],
                                     snapshot=document, field_hlc={}, hlc=stamp,
                                     last_device="county"))
        else:
            row.snapshot, row.hlc = document, stamp
        session.add(Feed(station_key=CATALOG_STATION, kind=CATALOG_KIND, record_id=CATALOG_KIND,
                         origin_device="county", change_id=None))


class CatalogFileError(ValueError):
    """A catalogue file that cannot be read or is not a catalogue; the message names it."""


def read_catalog_file(path: Path) -> dict:
    """The catalogue document of a JSON file; CatalogFileError naming the file when it is
    missing, not UTF-8 JSON or not a station-ledger catalogue document."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise CatalogFileError(f"{path}: {error.strerror or error}") from None
    except (UnicodeDecodeError, ValueError) as error:
        raise CatalogFileError(f"{path} is not a JSON file ({error})") from None
    if not isinstance(document, dict) or document.get("format") != CATALOG_FORMAT:
        raise CatalogFileError(f"{path} is not a station-ledger catalogue document "
                               f"(\"format\": \"{CATALOG_FORMAT}\")")
    return document


def publish_catalog_file(store: ServerStore, path: Path) -> None:
    """Publish the catalogue in `path` (CatalogFileError before anything changes)."""
    publish_catalog(store, read_catalog_file(path))
