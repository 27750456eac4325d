"""Issue 15, deliverable 2: exports neutralise hostile text and survive long text.

A real station (encrypted store, services) with villages named like formulas, a village name
holding a control character stored before the text policy existed, and a case file with
2,400- and 8,000-character service notes and a 128-character URL; the files are read back with
openpyxl, csv and pdftotext."""
from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.reports.conftest import need_poppler, run

FORMULA_VILLAGES = ('=HYPERLINK("http://example.com/x","点这里")', "-1+2", "+86 村", "@SUM(A1)",
                    "'=已加引号")
URL = "https://example.org/" + "a1b2c3d4" * 13 + "z"  # 125 + ... characters, no break
NOTE_2400 = "".join(f"（{i}）老人独居，子女在外务工。今日上门了解生活情况，协助整理药品并联系村医。"
                    for i in range(80))[:2400]
NOTE_8000 = ("第{}次记录：陪同就医，链接志愿者每周探访；家属表示感谢。Follow-up planned. ")
NOTE_8000 = "".join(NOTE_8000.format(i) for i in range(200))[:8000]
PASSWORD = "admin-pass-1"


@pytest.fixture(scope="module")
def station(tmp_path_factory):
    from app.models import OrgUnit
    from app.security.sealing import generate_x25519
    from app.services import cases, households, records
    from app.services.station import (PlaceName, StationSetup, add_user, create_station,
                                      sign_in, sign_out)

    data_dir = tmp_path_factory.mktemp("hostile") / "station"
    create_station(data_dir, StationSetup(
        county=PlaceName("城关区"), station=PlaceName("测试社工站", "ཚལ་གུང་ཐང"),
        villages=tuple(PlaceName(name) for name in FORMULA_VILLAGES + ("旧村",)),
        admin_username="admin", admin_display_name="站长", admin_password=PASSWORD,
        county_recovery_public=generate_x25519()[1]))
    admin = sign_in(data_dir, "admin", PASSWORD)
    add_user(admin, "boss", "督导", "supervisor", "super-pass-1")
    with admin.write() as session:  # stored by a version before the text policy
        old = session.scalar(select(OrgUnit).where(OrgUnit.name_zh == "旧村"))
        old.name_zh = "旧\x0b村\x01"
    with admin.read() as session:
        villages = {v.name_zh: v.id for v in session.scalars(
            select(OrgUnit).where(OrgUnit.kind == "village"))}
    today = date.today()
    person_id = None
    for name, village_id in villages.items():
        household_id, changes = households.create_household(
            admin, households.HouseholdInput(village_id=village_id),
            [households.PersonInput(name_zh="吕娟")])
        person_id = person_id or next(iter(changes.ids - {household_id}))
        records.record_visit(admin, records.VisitInput(
            household_id=household_id, visited_on=today, domain_code="elderly_care",
            service_items=["ec.health"], notes=URL))
    case_id, _ = cases.open_case(admin, cases.CaseInput(
        person_id=person_id, domain_code="elderly_care", intake_reason=NOTE_8000,
        opened_on=today - timedelta(days=3)))
    cases.advance_case(admin, case_id)
    cases.update_case(admin, case_id, assessment=f"参见 {URL} 的说明")
    cases.advance_case(admin, case_id)
    cases.update_case(admin, case_id, plan_goals="每周探访", plan_actions="链接志愿者")
    cases.submit_case_for_review(admin, case_id)
    supervisor = sign_in(data_dir, "boss", "super-pass-1")
    cases.approve_case(supervisor, case_id, "同意")
    sign_out(supervisor)
    for note in (NOTE_2400, NOTE_8000, URL):
        cases.add_service_record(admin, case_id, cases.ServiceRecordInput(
            served_on=today, item_code="ec.health", minutes=30, notes=note))
    with admin.read() as session:
        from app.models import CaseFile
        number = session.get(CaseFile, case_id).case_number
    yield admin, number
    sign_out(admin)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def body_text(pdf, language: str) -> str:
    """pdftotext of the PDF without what repeats on every page: the footer line, page numbers
    and a split table's repeated heading and the other cells of its row (and, in a bilingual
    report, the Tibetan lines: the notes here are Chinese), so that a note split across pages
    reads as one again."""
    from app.reports.text import ReportText

    text = ReportText(language)
    noise = {word for source in ("Date", "Service item", "Minutes", "Worker", "Notes")
             for word in text.t(source)} | {"健康服务", "站长", "30"}
    kept = []
    for page in run("pdftotext", str(pdf), "-").split("\f"):
        for line in page.splitlines():
            words = line.split()
            if "SHA-256" in line or re.search("[\u0f00-\u0fff\ue000-\uf8ff]", line) or all(word.isdigit() or word in noise or re.fullmatch(
                    r"\d{4}-\d\d-\d\d", word) for word in words):
                continue
            kept.append(line)
    return squeeze("".join(kept))


@pytest.mark.parametrize("language", ["zh_CN", "bilingual"])
def test_long_service_notes_print_whole(station, tmp_path, language):
    need_poppler()
    from app.reports.export import export_case

    workspace, number = station
    out = tmp_path / f"case-{language}.pdf"
    export_case(workspace, number, out, language=language)
    printed = body_text(out, language)
    for note in (NOTE_2400, NOTE_8000, URL):
        assert squeeze(note) in printed


def test_unbroken_url_stays_inside_the_margins(station, tmp_path):
    need_poppler()
    from app.reports.export import export_case
    from app.reports.pdf_common import MARGIN, PAGE_WIDTH

    workspace, number = station
    out = tmp_path / "case.pdf"
    export_case(workspace, number, out)
    boxes = run("pdftotext", "-bbox", str(out), "-")
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]
    assert right_edges and max(right_edges) <= PAGE_WIDTH - MARGIN + 1


@pytest.mark.parametrize("language", ["zh_CN", "bo"])
def test_xlsx_has_no_formula_and_keeps_the_text(station, tmp_path, month_now, language):
    from openpyxl import load_workbook

    from app.reports.export import export_monthly

    workspace, _number = station
    out = tmp_path / "m.xlsx"
    export_monthly(workspace, month_now, out, language=language)
    workbook = load_workbook(out)
    texts = set()
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.add(cell.value)
    for village in FORMULA_VILLAGES:
        assert village in texts
    assert "旧\n村" in texts  # the control characters could not reach the file
    formula_cells = [c for s in workbook.worksheets for r in s.iter_rows() for c in r
                     if isinstance(c.value, str) and c.value.startswith(("=", "-", "+", "@"))]
    assert formula_cells and all(c.quotePrefix for c in formula_cells)


def test_csv_cells_are_never_formulas_and_read_back_equal(station, tmp_path, month_now):
    from app.reports.cells import FORMULA_STARTS, csv_cell_text
    from app.reports.export import export_monthly

    workspace, _number = station
    out = tmp_path / "m.csv"
    export_monthly(workspace, month_now, out)
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    read_back = {csv_cell_text(cell) for cell in cells}
    for village in FORMULA_VILLAGES:
        assert village in read_back
    assert "'" + FORMULA_VILLAGES[0] in cells


def test_an_export_failure_is_a_message_naming_the_record(station, tmp_path, monkeypatch):
    from reportlab.platypus.doctemplate import BaseDocTemplate, LayoutError

    from app.errors import UserError
    from app.reports.export import ExportError, export_case

    workspace, number = station

    def broken(self, flowables):
        raise LayoutError("Flowable <Table@0x7f> too large on page 1")

    monkeypatch.setattr(BaseDocTemplate, "handle_flowable", broken)
    out = tmp_path / "case.pdf"
    with pytest.raises(ExportError) as error:
        export_case(workspace, number, out)
    assert isinstance(error.value, UserError) and number in str(error.value)
    assert "Flowable" not in str(error.value) and isinstance(error.value.__cause__, LayoutError)
    assert not out.exists() and not list(tmp_path.iterdir())


@pytest.fixture(scope="module")
def month_now() -> str:
    return f"{date.today():%Y-%m}"
