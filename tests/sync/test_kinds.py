"""The wire schema (app/sync/kinds.py) is exactly what the station's models write, so the
county validates against the devices' schema without importing the station models."""
from __future__ import annotations

from sqlalchemy import inspect

from app.models import SYNCED_MODELS
from app.sync.kinds import APPEND_ONLY_KINDS, KIND_COLUMNS


def test_wire_schema_matches_the_station_models():
    from_models = {kind: frozenset(column.key for column in inspect(model).column_attrs)
                   for kind, model in SYNCED_MODELS.items()}
    assert KIND_COLUMNS == from_models, "update app/sync/kinds.py with the models' change"
    assert APPEND_ONLY_KINDS == frozenset(kind for kind, model in SYNCED_MODELS.items()
                                          if model.__append_only__)
