"""Issue 15, deliverable 6: hostile text, property-based.

Whatever a free-text field accepts is saved (as the text policy makes it), found again by
each of its own search keys (names), printed in a case file and in a monthly report in
zh_CN, bo and bilingual, exported to XLSX and CSV, and read back equal: pdftotext for the
PDFs (whitespace aside: lines are broken for the page), openpyxl and csv for the
spreadsheets, with no formula in any cell. Whatever is refused is refused with a
ValidationError naming the field, and changes nothing.

The fields: a person's Latin name and Chinese name (search keys and the case file), a case's
needs assessment (multi-line free text of up to 8,000 characters, the case file) and a
village name (station set-up's policy; the monthly report and the spreadsheets). Runs
HOSTILE_TEXT_EXAMPLES examples (default 12, about a minute).
"""
from __future__ import annotations

import csv
import io
import os
import re
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.errors import ValidationError
from tests.reports.conftest import need_poppler, run

EXAMPLES = int(os.environ.get("HOSTILE_TEXT_EXAMPLES", "12"))
PASSWORD = "admin-pass-1"
LANGUAGES = ("zh_CN", "bo", "bilingual")

# Pieces of hostile input seen in other tools' bug reports: formula starters, markup, quotes,
# controls and line separators, invisible and bidi characters, full-width forms, ideographic
# space, rare ideographs (beyond the BMP too), Tibetan letters, marks and punctuation,
# emoji, Hangul and private-use characters (refused: no font prints them), noncharacters.
HOSTILE = (
    list("=+-@'\"<>&;,.:/\\|%#*()[]{}~`^$!? aAzZ09") + ["_x0041_"]
    + list("\x00\x07\x08\t\n\r\x0b\x0c\x1b\x7f\x85\u2028\u2029")
    + list("\u200b\u200c\u200d\u2060\ufeff\u00ad\u202e\u2066\u061c")
    + list("＝＋－＠ＡＢ１２３\u3000\u00a0，。、《》“”")
    + list("张王李吕娟彭曾单区乐〇㐀") + ["\U0002c2a4", "\U00020164"]
    + list("ཀཁགངབམརལསཤཚཞཟའཡ་།༄༅ཱིེོུཾྀྒྲྱྭ")
    + ["😊", "김", "\ue000", "\ufffe", "\U0010ffff"]
)
hostile_text = st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=40).map("".join)
han_name = st.lists(st.sampled_from(list("张王李吕娟彭曾单区乐") + ["\U0002c2a4"]),
                    min_size=2, max_size=4).map("".join)


def squeeze(text: str) -> str:
    return re.sub(r"\s", "", text)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from app.models import CaseFile, OrgUnit
    from app.security.sealing import generate_x25519
    from app.services import cases, households, records
    from app.services.station import PlaceName, StationSetup, create_station, sign_in, sign_out

    data_dir = tmp_path_factory.mktemp("hostile-text") / "station"
    create_station(data_dir, StationSetup(
        county=PlaceName("城关区"), station=PlaceName("测试社工站", "ཚལ་གུང་ཐང"),
        villages=(PlaceName("白定村", "པད་སྡིངས"),), admin_username="admin",
        admin_display_name="站长", admin_password=PASSWORD,
        county_recovery_public=generate_x25519()[1]))
    workspace = sign_in(data_dir, "admin", PASSWORD)
    with workspace.read() as session:
        village_id = session.scalar(select(OrgUnit.id).where(OrgUnit.kind == "village"))
    household_id, changes = households.create_household(
        workspace, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh="吕娟")])
    person_id = next(iter(changes.ids - {household_id}))
    records.record_visit(workspace, records.VisitInput(
        household_id=household_id, visited_on=date.today(), domain_code="elderly_care",
        service_items=["ec.health"]))
    case_id, _ = cases.open_case(workspace, cases.CaseInput(
        person_id=person_id, domain_code="elderly_care", intake_reason="独居",
        opened_on=date.today() - timedelta(days=1)))
    cases.advance_case(workspace, case_id)  # to the needs assessment
    with workspace.read() as session:
        number = session.get(CaseFile, case_id).case_number
    yield {"workspace": workspace, "village_id": village_id, "household_id": household_id,
           "person_id": person_id, "case_id": case_id, "case_number": number,
           "month": f"{date.today():%Y-%m}"}
    sign_out(workspace)


def accepted(call, field: str):
    """The result of `call()`, or None if it refused the input (naming `field`)."""
    try:
        return call()
    except ValidationError as error:
        assert error.field == field, (error.field, field, str(error))
        return None


def check_found_by_own_keys(world) -> None:
    from app.models import PersonSearchKey
    from app.services import queries

    with world["workspace"].read() as session:
        keys = session.scalars(select(PersonSearchKey.key).where(
            PersonSearchKey.person_id == world["person_id"])).all()
        assert keys
        for key in keys:
            if key.startswith("~"):
                continue  # the reversed ID number: found by its last digits instead
            found = queries.search_people(session, queries.PeopleFilter(key), limit=1000)
            assert world["person_id"] in {p.id for p in found}, key


def check_pdf_text(path, *texts: str) -> None:
    """Each text is in the PDF's text, read in content-stream order (-raw: a wrapped table
    cell's second line is not moved after the next block by layout analysis)."""
    printed = squeeze(run("pdftotext", "-raw", str(path), "-"))
    for text in texts:
        assert squeeze(text) in printed, text


def check_spreadsheets(world, tmp_path, village: str) -> None:
    from openpyxl import load_workbook

    from app.reports.cells import FORMULA_STARTS, csv_cell_text
    from app.reports.export import export_monthly

    xlsx, csv_path = tmp_path / "m.xlsx", tmp_path / "m.csv"
    export_monthly(world["workspace"], world["month"], xlsx)
    export_monthly(world["workspace"], world["month"], csv_path)
    cells = [c for sheet in load_workbook(xlsx).worksheets for row in sheet.iter_rows()
             for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert village in {c.value for c in cells}
    rows = list(csv.reader(io.StringIO(csv_path.read_bytes().decode("utf-8-sig"))))
    values = [value for row in rows for value in row]
    assert not [v for v in values if v.startswith(FORMULA_STARTS)]
    assert village in {csv_cell_text(value) for value in values}


# No shrinking phase: each example writes 8 files, and a failure is printed as generated.
@settings(max_examples=EXAMPLES, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate),
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(latin=hostile_text, zh=han_name, assessment=hostile_text, village=hostile_text)
def test_hostile_text_is_saved_found_printed_and_exported(world, tmp_path_factory, latin, zh,
                                                          assessment, village):
    need_poppler()
    from app.models import CaseFile, OrgUnit, Person
    from app.reports.export import export_case, export_monthly
    from app.services import cases, households
    from app.services.station import PlaceName, clean_place_name
    from app.text.policy import normalize_text

    workspace, tmp_path = world["workspace"], tmp_path_factory.mktemp("example")
    person = accepted(lambda: households.update_person(workspace, world["person_id"],
                                                       households.PersonInput(
                                                           name_zh=zh, name_latin=latin)),
                      "name_latin")
    note = accepted(lambda: cases.update_case(workspace, world["case_id"],
                                              assessment=assessment), "assessment")
    place = accepted(lambda: clean_place_name(PlaceName(village), "villages"), "villages")
    if place is not None and place.zh:
        with workspace.write() as session:  # as station set-up stores it
            row = session.get(OrgUnit, world["village_id"])
            row.name_zh, row.name_bo = place.zh, place.bo  # no Tibetan name: zh in every report
    with workspace.read() as session:
        stored = session.get(Person, world["person_id"])
        name_latin, name_zh = stored.name_latin, stored.name_zh
        stored_note = session.get(CaseFile, world["case_id"]).assessment
        stored_village = session.get(OrgUnit, world["village_id"]).name_zh
    if person is not None:
        assert name_latin == normalize_text(latin, multiline=False)
        assert name_zh == zh
    if note is not None:
        assert stored_note == normalize_text(assessment)
    check_found_by_own_keys(world)
    for language in LANGUAGES:
        case_pdf = tmp_path / f"case-{language}.pdf"
        export_case(workspace, world["case_number"], case_pdf, language=language)
        check_pdf_text(case_pdf, name_zh, stored_note)
        monthly_pdf = tmp_path / f"month-{language}.pdf"
        export_monthly(workspace, world["month"], monthly_pdf, language=language)
        check_pdf_text(monthly_pdf, stored_village)
    check_spreadsheets(world, tmp_path, stored_village)
