"""The service catalogue: loaded from data (resources/catalog/catalog.json or a county
update), never from code, and read back with labels in the user's language."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import N_, ValidationError
from app.models.catalog import CatalogEntry, import_catalog  # noqa: F401 - storage level
from app.protocol.catalog import SECTION_KINDS, bundled_catalog  # noqa: F401 - shared document


@dataclass(frozen=True)
class Label:
    code: str
    label: str
    parent_code: str = ""
    category: str = ""
    minor: bool = False


def catalog_labels(session: Session, kind: str, language: str, parent_code: str | None = None,
                   include_inactive: bool = False) -> list[Label]:
    query = select(CatalogEntry).where(CatalogEntry.kind == kind)
    if parent_code is not None:
        query = query.where(CatalogEntry.parent_code == parent_code)
    if not include_inactive:
        query = query.where(CatalogEntry.active.is_(True))
    entries = session.scalars(query.order_by(CatalogEntry.sort, CatalogEntry.code))
    return [Label(e.code, e.label(language), e.parent_code, e.category, e.minor) for e in entries]


def label_map(session: Session, kind: str, language: str) -> dict[str, str]:
    return {item.code: item.label for item in catalog_labels(session, kind, language, include_inactive=True)}


_ENTRIES = "catalog_entries"  # session.info: the entries this session has looked up


def _entry(session: Session, kind: str, code: str) -> CatalogEntry | None:
    """`session.get` of a catalogue entry, held for the session: the identity map only keeps
    weak references, so without this every save of a long session (the demo's, an import's)
    loaded the same few entries again with a SELECT each. Held objects stay the session's
    own (their edits and expiry apply); a missing entry is looked up again next time."""
    held = session.info.setdefault(_ENTRIES, {})
    entry = held.get((kind, code))
    if entry is None:
        entry = session.get(CatalogEntry, (kind, code))
        if entry is not None:
            held[(kind, code)] = entry
    return entry


def require_code(session: Session, kind: str, code: str, *, field: str,
                 parent_code: str | None = None) -> str:
    entry = _entry(session, kind, code or "")
    if entry is None or not entry.active:
        raise ValidationError(N_("Please choose a valid entry from the list."), field=field)
    if parent_code is not None and entry.parent_code != parent_code:
        raise ValidationError(
            N_("This service item does not belong to the chosen service domain."), field=field)
    return code
