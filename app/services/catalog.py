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


def require_code(session: Session, kind: str, code: str, *, field: str,
                 parent_code: str | None = None) -> str:
    entry = session.get(CatalogEntry, (kind, code or ""))
    if entry is None or not entry.active:
        raise ValidationError(N_("Please choose a valid entry from the list."), field=field)
    if parent_code is not None and entry.parent_code != parent_code:
        raise ValidationError(
            N_("This service item does not belong to the chosen service domain."), field=field)
    return code
