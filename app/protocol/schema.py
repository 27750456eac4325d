"""The synced record kinds per station schema revision, frozen in `schemas/<revision>.json`
(written by scripts/freeze_protocol_schema.py), and the typed check of a change's values.

The county validates against these files only; it never imports the station's models.

    schema = schema_for("0004")         # KindSchema per kind, or None if unknown
    schema.kinds["person"].check(snapshot)   # None, or (field, reason)

Revisions are the station's Alembic revision ids ("0003", "0004" …), compared as numbers.
Parcels from stations made before parcels carried a revision are revision `LEGACY_REVISION`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec

SCHEMA_DIR = Path(__file__).with_name("schemas")
LEGACY_REVISION = "0003"  # parcels without "rev" come from stations at this revision
_TYPES = {"bool": bool, "date": date, "datetime": datetime}


def _python_type(spec: dict) -> Any:
    kind = spec["type"]
    if kind == "text":
        base = (Literal[tuple(spec["choices"])] if spec.get("choices")  # type: ignore[misc]
                else Annotated[str, msgspec.Meta(max_length=spec["max_length"])])
    elif kind == "int":
        base = Annotated[int, msgspec.Meta(ge=spec["min"], le=spec["max"])]
    elif kind == "list_of_text":
        base = Annotated[list[Annotated[str, msgspec.Meta(max_length=200)]],
                         msgspec.Meta(max_length=500)]
    else:
        base = _TYPES[kind]
    return base | None if spec.get("nullable") else base


@dataclass(frozen=True)
class KindSchema:
    """One record kind at one revision: its fields and a msgspec type checking their values
    (every field optional, unknown fields refused)."""
    name: str
    append_only: bool
    fields: dict[str, dict]
    _values: type
    _bases: type

    @classmethod
    def build(cls, name: str, data: dict) -> "KindSchema":
        fields = data["fields"]
        values = msgspec.defstruct(
            f"{name}_values", [(field, _python_type(spec) | msgspec.UnsetType, msgspec.UNSET)
                               for field, spec in sorted(fields.items())],
            forbid_unknown_fields=True)
        bases = msgspec.defstruct(  # a base value may be empty (a field new to the record)
            f"{name}_bases", [(field, _python_type(spec) | None | msgspec.UnsetType,
                               msgspec.UNSET) for field, spec in sorted(fields.items())],
            forbid_unknown_fields=True)
        return cls(name, bool(data["append_only"]), fields, values, bases)

    @property
    def columns(self) -> frozenset[str]:
        return self._columns

    def __post_init__(self) -> None:
        object.__setattr__(self, "_columns", frozenset(self.fields))

    def check(self, values: dict, *, base: bool = False) -> str | None:
        """None if every value has its declared type and bounds, else a plain reason naming
        the field (msgspec's own words, e.g. "Expected `int`, got `str` - at `$.money_fen`")."""
        try:
            msgspec.convert(values, self._bases if base else self._values, strict=True)
        except msgspec.ValidationError as exc:
            return str(exc)[:300]
        return None


@dataclass(frozen=True)
class RevisionSchema:
    revision: str
    kinds: dict[str, KindSchema]


def revision_key(revision: str) -> int:
    """Revisions compare as numbers ("0010" after "0009"); anything else sorts first."""
    try:
        return int(revision)
    except (TypeError, ValueError):
        return -1


@lru_cache(maxsize=None)
def known_revisions() -> tuple[str, ...]:
    """The frozen revisions, oldest first."""
    return tuple(sorted((path.stem for path in SCHEMA_DIR.glob("*.json")), key=revision_key))


def newest_revision() -> str:
    return known_revisions()[-1]


@lru_cache(maxsize=None)
def schema_for(revision: str) -> RevisionSchema | None:
    """The frozen schema of `revision`, or None if this build does not know it."""
    if revision not in known_revisions():
        return None
    data = json.loads((SCHEMA_DIR / f"{revision}.json").read_text())
    return RevisionSchema(revision, {name: KindSchema.build(name, kind)
                                     for name, kind in data["kinds"].items()})
