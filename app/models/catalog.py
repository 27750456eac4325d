"""The service catalogue as data: domains, service items, target groups and other code lists.

One table of labelled codes so a province can add a fifth domain or a new service item by
loading data (resources/catalog/catalog.json or a county update), never by changing code.
"""
from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

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
