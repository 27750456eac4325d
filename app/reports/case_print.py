"""A case file printed for the supervisor or the archive: every stage, the supervisor's
reviews and all service records, in Chinese, Tibetan, English or both."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import N_, NotFound, ValidationError
from app.models import (Attachment, AttachmentBlob, CaseFile, CaseReview, CaseServiceRecord,
                        Household, Person, User)
from app.reports.figures import Manifest
from app.reports.strings import INTAKE_SOURCE_LABELS, REVIEW_LABELS, RISK_LABELS, STAGE_LABELS
from app.reports.text import ReportText


@dataclass
class CaseDossier:
    """Everything printed about one case, read in one go from the store."""

    case: dict
    person: dict
    village_id: str
    users: dict[str, str]                    # user id -> display name
    services: list[dict] = field(default_factory=list)
    reviews: list[dict] = field(default_factory=list)
    manifest: Manifest = field(default_factory=Manifest)
    # the attachments of the case, its service records and its person: filename, mime,
    # size, created_at, owner_kind, thumbnail (PNG bytes or None)
    attachments: list[dict] = field(default_factory=list)


def _row(record) -> dict:
    return {column.key: getattr(record, column.key) for column in record.__table__.columns}


def load_case(session: Session, station_id: str, case_number: str) -> CaseDossier:
    """The case file with this number (or this case id). Raises NotFound, or
    ValidationError when the number is shared by several case files (numbers made before
    they carried the device letter): never one of them picked silently."""
    wanted = case_number.strip()
    found = session.scalars(select(CaseFile).where(
        CaseFile.station_id == station_id,
        (CaseFile.case_number == wanted) | (CaseFile.id == wanted),
        CaseFile.deleted_at.is_(None)).order_by(CaseFile.id)).all()
    if not found:
        raise NotFound(N_("There is no case file %1 at this station."), case_number)
    if len(found) > 1:
        raise ValidationError(
            N_("%1 is the number of %2 case files (made on different laptops before case "
               "numbers carried the laptop's letter). Print it from the case's own page, or "
               "give one of these ids instead: %3"),
            wanted, len(found), ", ".join(case.id for case in found), field="case_number")
    case = found[0]
    person = session.get(Person, case.person_id)
    household = session.get(Household, person.household_id) if person else None
    services = session.scalars(select(CaseServiceRecord).where(
        CaseServiceRecord.case_id == case.id, CaseServiceRecord.deleted_at.is_(None))
        .order_by(CaseServiceRecord.served_on, CaseServiceRecord.id)).all()
    reviews = session.scalars(select(CaseReview).where(
        CaseReview.case_id == case.id, CaseReview.deleted_at.is_(None))
        .order_by(CaseReview.decided_at, CaseReview.id)).all()
    users = {u.id: u.display_name for u in session.scalars(select(User))}
    attachments = _attachments(session, [case.id, *(s.id for s in services),
                                         *([person.id] if person else [])])
    records = [("case_file", case), *(("case_service", s) for s in services),
               *(("case_review", r) for r in reviews),
               *(("attachment", a) for a, _thumbnail in attachments)]
    return CaseDossier(_row(case), _row(person) if person else {},
                       household.village_id if household else "", users,
                       [_row(s) for s in services], [_row(r) for r in reviews],
                       Manifest.of((kind, r.id, r.hlc or "") for kind, r in records),
                       [{**_row(a), "thumbnail": thumbnail} for a, thumbnail in attachments])


def _attachments(session: Session, owner_ids: list[str]) -> list[tuple[Attachment, bytes | None]]:
    """Live attachments of these records with their thumbnails, case file first, then by date."""
    order = {owner_id: index for index, owner_id in enumerate(owner_ids)}
    rows = session.execute(
        select(Attachment, AttachmentBlob.thumbnail)
        .outerjoin(AttachmentBlob, AttachmentBlob.sha256 == Attachment.sha256)
        .where(Attachment.owner_id.in_(owner_ids), Attachment.deleted_at.is_(None))).all()
    return sorted(((row, thumbnail) for row, thumbnail in rows),
                  key=lambda pair: (order[pair[0].owner_id], pair[0].created_at, pair[0].id))


def _masked(id_number: str | None) -> str:
    if not id_number:
        return "—"
    return id_number[:6] + "*" * max(0, len(id_number) - 10) + id_number[-4:]


def case_story(dossier: CaseDossier, text: ReportText, printed_by: str,
               printed_at: datetime) -> list:
    from reportlab.platypus import KeepTogether

    from app.reports.pdf_common import BODY_WIDTH, Styles, gap, para, pdf_table
    from app.reports.tables import Column, ReportTable, Row

    styles = Styles.get()
    case, person = dossier.case, dossier.person
    name = " ".join(part for part in (person.get("name_zh"), person.get("name_bo")) if part) or "—"
    t = text.t
    header = ReportTable("case", [""], [Column([""], "text"), Column([""], "text")])
    for label, value in (
            (t("Case number"), [case["case_number"]]),
            (t("Person"), [name]), (t("ID number"), [_masked(person.get("id_number"))]),
            (t("Village"), text.name(dossier.village_id)),
            (t("Service domain"), text.label("domain", case["domain_code"])),
            (t("Worker"), [dossier.users.get(case["worker_id"], "—")]),
            (t("Risk level"), t(RISK_LABELS.get(case["risk_level"], case["risk_level"]))),
            (t("Opened on"), [f"{case['opened_on']}"]),
            (t("Stage"), t(STAGE_LABELS.get(case["stage"], case["stage"]))),
            (t("Review"), t(REVIEW_LABELS.get(case["review_state"], case["review_state"])))):
        header.rows.append(Row(label, [value]))
    story = [para([f"{a} {case['case_number']}" for a in t("Case file")], styles.title, bold=True),
             pdf_table(header, label_width=130, width=BODY_WIDTH, header=False), gap(8)]

    def section(title: list[str], fields: list[tuple[list[str], str]]) -> None:
        story.append(para(title, styles.h1, bold=True))
        for label, value in fields:
            story.append(KeepTogether([para(label, styles.h2, bold=True),
                                       para(value or "—", styles.body)]))

    source = case.get("intake_source") or ""
    section(t("Intake"), [(t("Intake source"),
                           t(INTAKE_SOURCE_LABELS[source]) if source in INTAKE_SOURCE_LABELS
                           else source),
                          (t("Intake reason"), case.get("intake_reason") or "")])
    section(t("Needs assessment"), [(t("Needs assessment"), case.get("assessment") or "")])
    section(t("Service plan"), [(t("Goals"), case.get("plan_goals") or ""),
                                (t("Actions"), case.get("plan_actions") or "")])
    story.append(para(t("Services"), styles.h1, bold=True))
    services = ReportTable("services", t("Services"), [
        Column(t("Date"), "text"), Column(t("Service item"), "text"), Column(t("Minutes")),
        Column(t("Worker"), "text"), Column(t("Notes"), "text")])
    for service in dossier.services:
        services.rows.append(Row([str(service["served_on"])], [
            text.label("service_item", service["item_code"]), service["minutes"],
            [dossier.users.get(service["worker_id"], "—")], [service.get("notes") or ""]]))
    story.append(_wide_table(services, pdf_table, [62, 110, 44, 70]) if services.rows
                 else para(t("None recorded."), styles.body))
    story.append(para(t("Supervisor's reviews"), styles.h1, bold=True))
    reviews = ReportTable("reviews", t("Supervisor's reviews"), [
        Column(t("Date"), "text"), Column(t("Stage"), "text"), Column(t("Decision"), "text"),
        Column(t("Reviewer"), "text"), Column(t("Comments"), "text")])
    for review in dossier.reviews:
        reviews.rows.append(Row([f"{review['decided_at']:%Y-%m-%d %H:%M}"], [
            t(STAGE_LABELS.get(review["stage"], review["stage"])),
            t(REVIEW_LABELS.get(review["decision"], review["decision"])),
            [dossier.users.get(review["reviewer_id"], "—")], [review.get("comments") or ""]]))
    story.append(_wide_table(reviews, pdf_table, [70, 70, 60, 70]) if reviews.rows
                 else para(t("None recorded."), styles.body))
    story.append(para(t("Attachments"), styles.h1, bold=True))
    story.append(_attachment_table(dossier.attachments, text, styles) if dossier.attachments
                 else para(t("None recorded."), styles.body))
    section(t("Closure"), [(t("Closure reason"), case.get("closure_reason") or ""),
                           (t("Closure summary"), case.get("closure_summary") or ""),
                           (t("Closed on"), str(case.get("closed_on") or ""))])
    story += [gap(10), para(t("Printed by %1 on %2", printed_by, f"{printed_at:%Y-%m-%d %H:%M}"),
                            styles.small),
              para([f"{a}: {dossier.manifest.digest}" for a in t("SHA-256 of the records counted")],
                   styles.small)]
    return story


TYPE_LABELS = {"image/jpeg": N_("Photo (JPEG)"), "image/png": N_("Image (PNG)"),
               "application/pdf": N_("PDF document")}
OWNER_LABELS = {"case_file": N_("Case file"), "case_service": N_("Service record"),
                "person": N_("Person")}
THUMBNAIL_POINTS = 56


def file_size(size: int) -> str:
    """Bytes as people read them: "850 KB", "4.8 MB"."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _attachment_table(attachments: list[dict], text: ReportText, styles):
    """Thumbnail, file name, what it belongs to, type, size, date added."""
    import io

    from reportlab.lib import colors
    from reportlab.platypus import Image, Table, TableStyle

    from app.reports.pdf_common import BODY_WIDTH, para

    t = text.t
    rows = [[para(label, styles.small, bold=True) for label in (
        t("Preview"), t("File"), t("Belongs to"), t("Type"), t("Size"), t("Added on"))]]
    for item in attachments:
        thumbnail = item.get("thumbnail")
        if thumbnail:
            picture = Image(io.BytesIO(thumbnail))
            scale = THUMBNAIL_POINTS / max(picture.imageWidth, picture.imageHeight)
            picture.drawWidth = picture.imageWidth * scale
            picture.drawHeight = picture.imageHeight * scale
        else:
            picture = para(t(TYPE_LABELS.get(item["mime"], item["mime"])), styles.small)
        rows.append([picture, para(item["filename"], styles.body),
                     para(t(OWNER_LABELS.get(item["owner_kind"], item["owner_kind"])),
                          styles.small),
                     para(t(TYPE_LABELS.get(item["mime"], item["mime"])), styles.small),
                     para(file_size(item["size"]), styles.small),
                     para(f"{item['created_at']:%Y-%m-%d}", styles.small)])
    widths = [THUMBNAIL_POINTS + 8, 0, 70, 70, 50, 62]
    widths[1] = BODY_WIDTH - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]))
    return table


def _wide_table(table, pdf_table, first_widths: list[float]):
    """A table whose last (free text) column takes the rest of the width."""
    from app.reports.pdf_common import BODY_WIDTH
    return pdf_table(table, widths=list(first_widths) + [BODY_WIDTH - sum(first_widths)])


def write_case_pdf(dossier: CaseDossier, text: ReportText, target, *, printed_by: str = "",
                   printed_at: datetime | None = None, progress=None, cancel=None) -> None:
    from app.reports.pdf_common import build_pdf

    printed_at = printed_at or datetime.now()
    story = case_story(dossier, text, printed_by, printed_at)
    footer = (f"{text.t('Case file')[0]} {dossier.case['case_number']} · "
              f"SHA-256 {dossier.manifest.digest[:16]}")
    build_pdf(target, story, footer, dossier.case["case_number"], progress, cancel)
