"""The PDF of an access request (app.services.access_request): every section, every record
as a table of field → value, and the record's history of changes, in one language (Chinese
or Tibetan; shaped Tibetan through the reports' fonts)."""
from __future__ import annotations

from typing import Any

from app.errors import N_
from app.reports.text import ReportText

# Fixed codes shown with the interface's labels (context "Enum", app/ui/text.py).
ENUM_FIELDS = {"sex", "relation", "stage", "review_state", "risk_level", "decision", "status",
               "kind"}
ENUM_SOURCES = {
    "intake": "Intake", "assessment": "Needs assessment", "planning": "Service plan",
    "service": "Services", "closure": "Closure", "closed": "Closed", "none": "In progress",
    "submitted": "Waiting for review", "approved": "Approved", "returned": "Returned",
    "low": "Low", "medium": "Medium", "high": "High", "M": "Male", "F": "Female",
    "U": "Unknown", "head": "Head of household", "spouse": "Spouse", "child": "Child",
    "parent": "Parent", "grandchild": "Grandchild", "grandparent": "Grandparent",
    "sibling": "Sibling", "other": "Other", "group": "Group activity",
    "themed": "Themed activity", "community": "Community activity", "deceased": "Died",
    "moved_away": "Moved away"}
# The kinds of change, as app.services.history names them (context "Core").
OP_SOURCES = {"insert": "Created", "update": "Changed", "delete": "Deleted"}
# Ids of linked records: in the JSON file, not in the printed answer (they mean nothing to a
# person reading it).
ID_FIELDS = {"household_id", "person_id", "case_id", "activity_id", "village_id"}
# What an attachment belongs to, with the section titles' words (context "Core").
OWNER_SOURCES = {"person": "The person", "household": "Household", "visit": "Household visits",
                 "case_file": "Case files", "case_service": "Service records",
                 "resource_link": "Resources received"}
CATALOG_FIELDS = {"domain_code": "domain", "service_items": "service_item",
                  "item_code": "service_item", "source_code": "resource_source",
                  "target_groups": "target_group"}


def _shown(text: ReportText, name: str, value: Any,
           value_labels: dict[str, dict[str, str]] | None = None) -> str:
    if value is None or value == "" or value == []:
        return "—"
    codes = (value_labels or {}).get(name)
    if codes:  # codes of the caller's (e.g. who gave consent): their words, never the code
        return "、".join(text.t(codes[v])[0] if v in codes else str(v)
                        for v in (value if isinstance(value, list) else [value]))
    if name in CATALOG_FIELDS:
        codes = value if isinstance(value, list) else [value]
        return "、".join(text.label(CATALOG_FIELDS[name], str(code))[0] for code in codes)
    if name in ENUM_FIELDS and isinstance(value, str) and value in ENUM_SOURCES:
        return _enum(text.languages[0], ENUM_SOURCES[value])
    if name == "village_id":
        return text.name(str(value))[0]
    if name == "owner_kind" and value in OWNER_SOURCES:
        return text.t(OWNER_SOURCES[value])[0]
    if name in ("money_fen", "in_kind_value_fen") and isinstance(value, int):
        return f"{value / 100:.2f}"
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(value)


def _enum(language: str, source: str) -> str:
    try:
        from app.i18n import translate

        return translate(language, "Enum", source)
    except Exception:  # noqa: BLE001 - no catalogue: the English label
        return source


def access_story(report, text: ReportText, section_titles: dict[str, str],
                 field_labels: dict[str, str],
                 value_labels: dict[str, dict[str, str]] | None = None) -> list:
    from app.reports.pdf_common import Styles, gap, para, pdf_table
    from app.reports.tables import Column, ReportTable, Row

    styles = Styles.get()
    t = text.t
    person = report.sections.get("person") or []
    fields = person[0].fields if person else {}
    name = " ".join(p for p in (fields.get("name_zh"), fields.get("name_bo")) if p) or "—"
    story = [para(t(N_("Answer to an access request")), styles.title, bold=True),
             para(t(N_("Everything this station holds about %1, as of %2."), name,
                    report.made_at[:10]), styles.body),
             para(t(N_("Made by %1."), report.made_by), styles.small), gap(6)]

    def label(name: str) -> str:
        source = field_labels.get(name)
        return t(source)[0] if source else name

    for section, items in report.sections.items():
        story.append(para(t(section_titles.get(section, section)), styles.h1, bold=True))
        if not items:
            story.append(para(t(N_("None recorded.")), styles.body))
            continue
        for item in items:
            table = ReportTable(section, [""], [Column([""], "text"), Column([""], "text")])
            for name, value in item.fields.items():
                if name in ID_FIELDS and name != "village_id":
                    continue
                table.rows.append(Row([label(name)], [[_shown(text, name, value, value_labels)]]))
            story += [pdf_table(table, label_width=130, header=False), gap(3)]
            if item.history:
                story.append(para(t(N_("History of changes")), styles.h2, bold=True))
                for change in item.history:
                    values = "; ".join(f"{label(n)}: {_shown(text, n, v, value_labels)}"
                                       for n, v in change.fields.items()
                                       if n not in ID_FIELDS or n == "village_id")
                    op = t(OP_SOURCES[change.op])[0] if change.op in OP_SOURCES else change.op
                    story.append(para(f"{change.at[:16].replace('T', ' ')} · {op} · "
                                      f"{change.author or '—'} — {values}", styles.small))
            story.append(gap(6))
    return story


def write_access_pdf(report, text: ReportText, target, *, section_titles: dict[str, str],
                     field_labels: dict[str, str],
                     value_labels: dict[str, dict[str, str]] | None = None,
                     progress=None, cancel=None) -> None:
    """Lay the report out into `target` (a path or a binary file object); `value_labels`
    {field: {code: source text}} words the codes of those fields."""
    from app.reports.pdf_common import build_pdf

    story = access_story(report, text, section_titles, field_labels, value_labels)
    title = text.t(N_("Answer to an access request"))[0]
    build_pdf(target, story, f"{title} · {report.made_at[:10]}", title, progress, cancel)
