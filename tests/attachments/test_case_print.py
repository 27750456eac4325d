"""The printed case file lists the attachments of the case, its service records and its
person (file name, what it belongs to, type, size, date) with their thumbnails: checked in
the real PDF with pdftotext, and rendered with pdftoppm."""
from __future__ import annotations

import io
import subprocess
from datetime import date

from sqlalchemy import select

from app.models import CaseFile, Person
from app.reports.export import export_case
from app.services import cases, households
from app.services.attachments import add_attachment
from tests.attachments.samples import camera_jpeg, pdf_with_text

DAY = date.today()


def _case_with_attachments(worker, village_id):
    household_id, _ = households.create_household(
        worker, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh="次仁", relation="head", sex="M")])
    with worker.read() as session:
        person_id = session.scalar(select(Person.id).where(Person.household_id == household_id))
    case_id, _ = cases.open_case(worker, cases.CaseInput(
        person_id=person_id, domain_code="elderly_care", intake_reason="x", opened_on=DAY))
    with worker.write() as session:
        session.get(CaseFile, case_id).stage = "service"
    service_id, _ = cases.add_service_record(worker, case_id, cases.ServiceRecordInput(
        served_on=DAY, item_code="ec.health", minutes=30))
    add_attachment(worker, "case_file", case_id, camera_jpeg(1200, 800), "intake-photo.jpg")
    add_attachment(worker, "service_record", service_id, pdf_with_text("receipt"),
                   "receipt-2026.pdf")
    add_attachment(worker, "person", person_id, pdf_with_text("consent"), "consent-form.pdf")
    add_attachment(worker, "household", household_id, pdf_with_text("other"), "not-in-case.pdf")
    with worker.read() as session:
        return session.get(CaseFile, case_id).case_number


def test_printed_case_file_lists_attachments_with_thumbnails(worker, village_id, tmp_path):
    from PIL import Image

    number = _case_with_attachments(worker, village_id)
    out = tmp_path / "case.pdf"
    export_case(worker, number, out, language="en")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    section = text[text.index("Attachments"):]
    for expected in ("intake-photo.jpg", "receipt-2026.pdf", "consent-form.pdf",
                     "Photo (JPEG)", "PDF document", "Service record", f"{DAY:%Y-%m-%d}"):
        assert expected in section, expected
    assert "not-in-case.pdf" not in text  # a household's file is not the case's
    assert section.index("intake-photo.jpg") < section.index("receipt-2026.pdf") \
        < section.index("consent-form.pdf")
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert len(images) == 3  # the thumbnails: the photo and the two PDFs' first pages
    png = subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", str(out)],
                         capture_output=True, check=True).stdout
    page = Image.open(io.BytesIO(png))
    assert page.width > 300 and page.getextrema() != ((255, 255),) * 3


def test_printed_case_in_chinese_names_the_attachments(worker, village_id, tmp_path):
    number = _case_with_attachments(worker, village_id)
    out = tmp_path / "case-zh.pdf"
    export_case(worker, number, out, language="zh_CN")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "附件" in text and "intake-photo.jpg" in text
