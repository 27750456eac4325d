"""Freeze the synced record kinds of the current station schema into the protocol package.

    .venv/bin/python scripts/freeze_protocol_schema.py

Writes `app/protocol/schemas/<revision>.json` for the newest station migration: per kind,
whether it is append-only, and per field its wire type and bounds. The county validates
parcels against these files, never against the station's models (tests/test_protocol.py
checks that the newest file matches the models). A frozen file is never edited afterwards:
a schema change is a new migration and a new file.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Integer bounds (the models say only "integer").
INT_BOUNDS = {
    ("visit", "people_served"): (0, 100_000), ("activity", "headcount"): (0, 100_000),
    ("resource_link", "money_fen"): (0, 10**13), ("resource_link", "in_kind_value_fen"): (0, 10**13),
    ("case_service", "minutes"): (0, 100_000), ("contract_target", "year"): (2000, 2200),
    ("contract_target", "target"): (0, 10**7), ("attachment", "size"): (1, 10 * 1024 * 1024),
}


def _choices() -> dict:
    from app.models.attachments import OWNER_KINDS, STORED_TYPES
    from app.models.cases import CASE_STAGES, REVIEW_STATES, RISK_LEVELS
    from app.models.org import ORG_KINDS, ROLES
    from app.models.people import CONSENT_GIVERS, PERSON_STATUSES, RELATIONS, SEXES
    from app.models.rights import ERASURE_GROUNDS

    return {("person", "sex"): SEXES, ("person", "relation"): RELATIONS,
            ("case_file", "stage"): CASE_STAGES, ("case_file", "review_state"): REVIEW_STATES,
            ("case_file", "risk_level"): RISK_LEVELS, ("org_unit", "kind"): ORG_KINDS,
            ("user", "role"): ROLES, ("person", "status"): PERSON_STATUSES,
            ("merge", "kind"): ("person", "household"),
            ("attachment", "owner_kind"): OWNER_KINDS, ("attachment", "mime"): STORED_TYPES,
            ("person", "consent_by"): CONSENT_GIVERS, ("erasure", "ground"): ERASURE_GROUNDS}


def field_spec(kind: str, column, choices: dict) -> dict:
    from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Text

    kind_type = column.type
    spec: dict = {"nullable": bool(column.nullable)}
    if isinstance(kind_type, Boolean):
        spec["type"] = "bool"
    elif isinstance(kind_type, Integer):
        spec["type"] = "int"
        low, high = INT_BOUNDS.get((kind, column.key), (-(2**53), 2**53))
        spec.update(min=low, max=high)
    elif isinstance(kind_type, DateTime):
        spec["type"] = "datetime"
    elif isinstance(kind_type, Date):
        spec["type"] = "date"
    elif isinstance(kind_type, JSON):
        spec["type"] = "list_of_text"
    elif isinstance(kind_type, (String, Text)):
        spec["type"] = "text"
        if getattr(kind_type, "length", None):
            spec["max_length"] = kind_type.length
        else:
            spec["max_length"] = 20_000
        if (kind, column.key) in choices:
            spec["choices"] = list(choices[(kind, column.key)])
    else:
        raise SystemExit(f"no wire type for {kind}.{column.key}: {kind_type!r}")
    return spec


def current_schema() -> dict:
    from app.models import SYNCED_MODELS

    choices = _choices()
    return {kind: {"append_only": bool(model.__append_only__),
                   "fields": {column.key: field_spec(kind, column, choices)
                              for column in model.__table__.columns}}
            for kind, model in sorted(SYNCED_MODELS.items())}


def main() -> None:
    from app.models.migrate import newest_revision_on_disk

    revision = newest_revision_on_disk()
    target = ROOT / "app" / "protocol" / "schemas" / f"{revision}.json"
    target.write_text(json.dumps({"revision": revision, "kinds": current_schema()},
                                 ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    print("written", target)


if __name__ == "__main__":
    main()
