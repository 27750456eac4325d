"""What travels: the synced record kinds, their columns, and which kinds are append-only.

Derived from the station app's models (`SYNCED_MODELS`) so the county server validates
against exactly the schema the devices write. `catalog` is the county's service catalogue,
sent whole as one document (see app.models.catalog.import_catalog).
"""
from __future__ import annotations

from sqlalchemy import inspect

from app.models import SYNCED_MODELS

CATALOG_KIND = "catalog"
CONFLICT_KIND = "~conflict"

KIND_COLUMNS: dict[str, frozenset[str]] = {
    kind: frozenset(column.key for column in inspect(model).column_attrs)
    for kind, model in SYNCED_MODELS.items()
}
APPEND_ONLY_KINDS = frozenset(kind for kind, model in SYNCED_MODELS.items()
                              if model.__append_only__)
