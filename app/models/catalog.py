"""The service catalogue as data: domains, service items, target groups and other code lists.

One table of labelled codes so a province can add a fifth domain or a new service item by
loading data (resources/catalog/catalog.json or a county update), never by changing code.
"""
from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.errors import N_, ValidationError
from app.models.base import Base
from app.protocol.catalog import FORMAT, SECTION_KINDS
from app.text.policy import normalize_text
from app.text.tibetan import normalize_tibetan

CATALOG_KINDS = ("domain", "service_item", "target_group", "activity_kind", "resource_source")


class CatalogEntry(Base):
    __tablename__ = "catalog_entry"

    kind: Mapped[str] = mapped_column(String(24), primary_key=True)
    code: Mapped[str] = mapped_column(String(48), primary_key=True)
    parent_code: Mapped[str] = mapped_column(String(48), default="")  # a service item's domain
    category: Mapped[str] = mapped_column(String(24), default="")  # service / administrative
    label_zh: Mapped[str] = mapped_column(String(100))
    label_bo: Mapped[str] = mapped_column(String(200), default="")
    label_en: Mapped[str] = mapped_column(String(200), default="")
    sort: Mapped[int] = mapped_column(Integer, default=0)
    minor: Mapped[bool] = mapped_column(Boolean, default=False)  # target group of children
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def label(self, language: str) -> str:
        if language == "bo" and self.label_bo:
            return self.label_bo
        if language == "en" and self.label_en:
            return self.label_en
        return self.label_zh


def import_catalog(session: Session, data: dict) -> int:
    """Insert or update every entry of a catalogue document; returns how many were written.

    Labels go through the text policy (`app.text.policy.normalize_text`, one line; Tibetan in
    its canonical form): a county's catalogue cannot bring control characters into reports."""
    if data.get("format") != FORMAT:
        raise ValidationError(N_("This file is not a service catalogue."))
    written = 0
    for section, kind in SECTION_KINDS.items():
        for item in data.get(section, []):
            entry = session.get(CatalogEntry, (kind, item["code"])) or CatalogEntry(
                kind=kind, code=item["code"])
            entry.parent_code = item.get("domain", "")
            entry.category = item.get("kind", "")
            entry.label_zh = normalize_text(item["zh"], multiline=False)
            entry.label_bo = normalize_tibetan(normalize_text(item.get("bo", ""), multiline=False))
            entry.label_en = normalize_text(item.get("en", ""), multiline=False)
            entry.sort = int(item.get("sort", 0))
            entry.minor = bool(item.get("minor", False))
            entry.active = bool(item.get("active", True))
            session.add(entry)
            written += 1
    return written
