"""The service catalogue as a document shared by the county and the stations.

The county publishes it through the pull channel (kind `catalog`, see app.protocol.kinds) and
both sides read labels from it; the station loads it into its `catalog_entry` table
(app.models.catalog.import_catalog).

    SECTION_KINDS      section of the document -> catalogue kind of its entries
    bundled_catalog()  the document shipped with the program (resources/catalog/catalog.json),
                       a dict {"format": "station-ledger-catalog", "domains": [...], ...};
                       read once per process
"""
from __future__ import annotations

import json
from functools import lru_cache

from app.paths import resource_path

FORMAT = "station-ledger-catalog"

SECTION_KINDS = {
    "domains": "domain",
    "service_items": "service_item",
    "target_groups": "target_group",
    "activity_kinds": "activity_kind",
    "resource_sources": "resource_source",
}


@lru_cache(maxsize=1)
def _bundled_text() -> str:
    return resource_path("catalog", "catalog.json").read_text(encoding="utf-8")


def bundled_catalog() -> dict:
    """A fresh copy of the shipped catalogue document (callers may change it)."""
    return json.loads(_bundled_text())
