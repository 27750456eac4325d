"""What travels: the synced record kinds, their columns, and which kinds are append-only.

Read from the newest frozen schema (app.protocol.schema), not from the station's models, so
the county server loads it without them. `catalog` is the county's service catalogue, sent
whole as one document (see app.services.catalog.import_catalog).
"""
from __future__ import annotations

from app.protocol.schema import newest_revision, schema_for

CATALOG_KIND = "catalog"
# Kinds only the county writes (its contract terms): the county refuses a station's change to
# them (reason "county_only") and a station takes the county's state over its own pending edits.
COUNTY_KINDS = frozenset({"contract_target"})
CONFLICT_KIND = "~conflict"

_NEWEST = schema_for(newest_revision())
KIND_COLUMNS: dict[str, frozenset[str]] = {
    name: kind.columns for name, kind in _NEWEST.kinds.items()}
APPEND_ONLY_KINDS = frozenset(name for name, kind in _NEWEST.kinds.items() if kind.append_only)
