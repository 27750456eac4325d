"""Access request (issue 19, part 1): for one person, a JSON file (typed, its JSON Schema
published in docs/) and a PDF (checked with pdftotext) listing every record about the person
— person, household, visits, case file with service records, activity attended, resource
received, with their history — and nothing about the other member of the household beyond
their relation; audited without data. Real encrypted store, real PDF."""
from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import msgspec
import pytest
from sqlalchemy import select

from app.errors import PermissionDenied
from app.models import AuditEntry
from app.services import access_request
from tests.rights_support import (ERASED_ID, ERASED_NAME, OTHER_ID, OTHER_NAME,
                                  two_person_household)

DAY = date.today().replace(day=1)
SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "access-request.schema.json"
OTHERS = (OTHER_NAME, OTHER_ID, "13900139000", "耳背")


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_access_request_lists_every_record_and_nothing_about_the_other_member(
        worker, supervisor, village_id, tmp_path):
    ids = two_person_household(worker, village_id, DAY)
    with pytest.raises(PermissionDenied):
        access_request.answer_access_request(worker, ids["erased"], "zh_CN", tmp_path)
    result = access_request.answer_access_request(supervisor, ids["erased"], "zh_CN", tmp_path)

    raw = result.json_path.read_bytes()
    report = msgspec.json.decode(raw, type=access_request.AccessReport, strict=True)
    assert json.loads(SCHEMA.read_text()) == access_request.report_schema()
    listed = {(item.kind, item.id) for items in report.sections.values() for item in items}
    assert {("person", ids["erased"]), ("household", ids["household"]),
            ("visit", ids["visit"]), ("case_file", ids["case"]),
            ("case_service", ids["service"]), ("resource_link", ids["link"]),
            ("activity", ids["activity"])} <= listed
    assert ("person", ids["other"]) not in listed
    assert [m.fields for m in report.sections["household_members"]] == [{"relation": "spouse"}]
    person = report.sections["person"][0]
    assert person.fields["id_number"] == ERASED_ID
    assert [c.op for c in person.history] == ["insert"]
    assert person.history[0].fields["name_zh"] == ERASED_NAME
    case = report.sections["case_files"][0]
    assert case.fields["plan_goals"] == "每周探访" and len(case.history) >= 2
    text = raw.decode()
    assert not [secret for secret in OTHERS if secret in text]
    assert ids["other"] not in text

    pdf = _pdf_text(result.pdf_path)
    for expected in (ERASED_NAME, ERASED_ID, "每周探访", "陪同就医记录", "轮椅一台", "健康讲座",
                     "白定村三组"):
        assert expected in pdf, expected
    assert not [secret for secret in OTHERS if secret in pdf]

    with supervisor.read() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "person.access_request")).one()
    assert entry.target_id == ids["erased"] and entry.actor_id == supervisor.user_id
    assert ERASED_NAME not in json.dumps(entry.details, ensure_ascii=False)


def test_access_request_in_tibetan(worker, supervisor, village_id, tmp_path):
    ids = two_person_household(worker, village_id, DAY)
    result = access_request.answer_access_request(supervisor, ids["erased"], "bo", tmp_path)
    pdf = _pdf_text(result.pdf_path)
    assert ERASED_ID in pdf and "健康讲座" in pdf
    assert any("\u0f00" <= ch <= "\u0fff" for ch in pdf)  # Tibetan text laid out
    assert msgspec.json.decode(result.json_path.read_bytes(),
                               type=access_request.AccessReport).language == "bo"


def test_the_access_pdf_words_the_consent_never_its_codes(worker, supervisor, village_id,
                                                         tmp_path):
    from app.services import consent

    ids = two_person_household(worker, village_id, DAY)
    consent.set_consent(worker, ids["erased"], consent.ConsentInput(
        "guardian", DAY, ["services", "case_records"]))
    result = access_request.answer_access_request(supervisor, ids["erased"], "zh_CN", tmp_path)
    pdf = _pdf_text(result.pdf_path)
    assert "监护人" in pdf and "提供服务" in pdf
    assert "guardian" not in pdf and "case_records" not in pdf
