"""XLSX and CSV hold the figures as numbers; exports are atomic, audited and cancellable;
the case file prints; the command line works."""
from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.models import AuditEntry, CaseFile, CaseReview, CaseServiceRecord
from app.reports.tables import HEADLINE_MEASURES
from app.reports.export import Cancelled, export_case, export_monthly, prepare_monthly
from app.services.audit import verify_audit_chain
from tests.reports.conftest import need_poppler, run


@pytest.fixture(scope="module")
def report(demo_workspace, month):
    return prepare_monthly(demo_workspace, month, "bilingual")


def _exports_logged(workspace):
    with workspace.read() as session:
        return session.scalars(select(AuditEntry).where(AuditEntry.action == "report.exported")
                               .order_by(AuditEntry.seq)).all()


def test_xlsx_cells_hold_the_figures_as_numbers(demo_workspace, month, tmp_path):
    out = tmp_path / "summary.xlsx"
    result = export_monthly(demo_workspace, month, out, language="zh_CN")
    summary = prepare_monthly(demo_workspace, month, "zh_CN").summary
    assert result.sha256 == summary.manifest.digest
    book = load_workbook(out)
    from app.reports.text import translate

    overview = book[next(name for name in book.sheetnames
                         if name.startswith(translate("zh_CN", "Overview")))]
    rows = {row[0].value: [cell.value for cell in row[1:4]] for row in overview.iter_rows(min_row=3)}
    total = summary.current.total
    visited = next(values for label, values in rows.items() if "户" in label and "走访" in label)
    assert visited == [total.households_visited, summary.previous.total.households_visited,
                       summary.year_to_date.total.households_visited]
    assert all(isinstance(v, int) for v in visited)
    ordered = [[cell.value for cell in row[1:4]] for row in overview.iter_rows(min_row=3)]
    money = [ordered[HEADLINE_MEASURES.index(m)] for m in
             ("resource_money_fen", "resource_in_kind_fen", "resource_amount_fen")]
    assert [total.resource_money_fen / 100, total.resource_in_kind_fen / 100,
            total.resource_amount_fen / 100] == [values[0] for values in money]
    assert overview.cell(row=3 + HEADLINE_MEASURES.index("resource_money_fen"),
                         column=2).number_format == "#,##0.00"
    domain = next(book[name] for name in book.sheetnames
                  if translate("zh_CN", "This month") in name and "领域" in name)
    headers = [cell.value for cell in domain[2]]
    assert len(headers) == 10
    by_label = {row[0].value: [cell.value for cell in row[1:]] for row in domain.iter_rows(min_row=3)}
    elderly = summary.current.breakdowns["domain"].get("elderly_care")
    assert by_label["养老服务"][-1] == (elderly.person_times if elderly else 0)
    # sheet names and keys in the report's language; the record ids only on the hidden list
    visible = [book[name] for name in book.sheetnames if book[name].sheet_state == "visible"]
    assert all(not any(c.isascii() and c.isalpha() for c in sheet.title) for sheet in visible), \
        book.sheetnames
    info = visible[0]
    keys = {row[0].value: row[1].value for row in info.iter_rows()}
    assert keys["月份"] == str(summary.month)
    assert summary.manifest.digest in keys.values()
    assert not any(station in str(value) for value in keys.values() for station in summary.station_ids)
    records = next(book[name] for name in book.sheetnames if book[name].sheet_state == "hidden")
    assert records.max_row == len(summary.manifest.entries) + 4


def test_csv_lists_tables_and_manifest(report):
    from app.reports.sheets import monthly_csv_text
    rows = list(csv.reader(io.StringIO(monthly_csv_text(report.summary, report.text))))
    assert rows[0][:3] == ["# report", "month", str(report.summary.month)]
    keys = [row[0] for row in rows if row and row[0].startswith("# ")]
    assert "# domain.current" in keys and "# targets" in keys and "# manifest records" in keys
    start = next(i for i, row in enumerate(rows) if row and row[0] == "# overview")
    person_times = rows[start + 12]
    assert [int(v) for v in person_times[1:]] == [
        report.summary.periods[p].total.person_times for p in ("current", "previous", "year_to_date")]
    manifest = [row[1:] for row in rows[rows.index(["# manifest records", "kind", "id", "hlc"]) + 1:]]
    assert [tuple(row) for row in manifest] == report.summary.manifest.entries


def test_export_is_atomic_audited_and_leaves_nothing_else(demo_workspace, month, tmp_path):
    before = len(_exports_logged(demo_workspace))
    out = tmp_path / "2026.pdf"
    out.write_bytes(b"old file")
    result = export_monthly(demo_workspace, month, out, language="bilingual")
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2026.pdf"]
    assert (out.stat().st_mode & 0o077) == 0  # personal data: readable by the owner only
    logged = _exports_logged(demo_workspace)
    assert len(logged) == before + 1
    assert logged[-1].details["sha256"] == result.sha256
    assert logged[-1].details["format"] == "pdf" and logged[-1].details["month"] == month
    with demo_workspace.read() as session:
        assert verify_audit_chain(session) is None


def test_cancel_leaves_no_file_and_no_audit_entry(demo_workspace, month, tmp_path):
    before = len(_exports_logged(demo_workspace))
    calls = []

    def progress(done, total):
        calls.append((done, total))

    with pytest.raises(Cancelled):
        export_monthly(demo_workspace, month, tmp_path / "x.pdf", progress=progress,
                       cancel=lambda: len(calls) > 3)
    assert list(tmp_path.iterdir()) == []
    assert len(_exports_logged(demo_workspace)) == before
    finished = []
    export_monthly(demo_workspace, month, tmp_path / "y.xlsx",
                   progress=lambda d, t: finished.append((d, t)))
    assert finished[0] == (0, 100) and finished[-1] == (100, 100)
    assert [d for d, _t in finished] == sorted(d for d, _t in finished)


def test_case_file_prints_with_stages_reviews_and_services(demo_workspace, tmp_path):
    need_poppler()
    with demo_workspace.read() as session:
        case_id = session.scalar(select(CaseServiceRecord.case_id).group_by(CaseServiceRecord.case_id)
                                 .order_by(func.count().desc()).limit(1))
        case = session.get(CaseFile, case_id)
        services = session.scalar(select(func.count()).select_from(CaseServiceRecord)
                                  .where(CaseServiceRecord.case_id == case_id))
        reviews = session.scalars(select(CaseReview).where(CaseReview.case_id == case_id)).all()
    for language in ("zh_CN", "bo"):
        out = tmp_path / f"case-{language}.pdf"
        result = export_case(demo_workspace, case.case_number, out, language=language)
        text = run("pdftotext", "-layout", str(out), "-")
        assert case.case_number in text
        assert case.intake_source not in text  # the intake source in words, not its code
        assert text.count(str(date.today().year) + "-") >= services  # one date per service
        if language == "zh_CN":
            assert case.plan_goals in text.replace(" ", "").replace("\n", "")
            assert "同意" in text and len(reviews) >= 1
        assert "NotoSerifTibetan" in run("pdffonts", str(out)) or language == "zh_CN"
        assert result.records == 1 + services + len(reviews)
    logged = _exports_logged(demo_workspace)[-1]
    assert logged.target_kind == "case_file" and logged.target_id == case.id


def test_command_line(demo_workspace, month, tmp_path, monkeypatch):
    from app.cli.program import main
    # the shared demo workspace stands in for signing in; it stays open for other tests
    monkeypatch.setattr("app.services.station.sign_out", lambda workspace: None)
    monkeypatch.setattr("app.services.station.sign_in", lambda *args: demo_workspace)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    password = tmp_path / "password"
    password.write_text("demo1234\n")
    login = ["--user", "admin", "--password-file", str(password)]
    out = out_dir / "m.csv"
    assert main(["--data-dir", str(tmp_path), "report-monthly", *login,
                 "--month", month, "--language", "bo", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("# report")
    assert main(["--data-dir", str(tmp_path), "report-monthly", *login,
                 "--month", "2026-13", "--out", str(out_dir / "bad.pdf")]) == 2
    assert main(["--data-dir", str(tmp_path), "report-case", *login,
                 "--case-number", "1999-0001", "--out", str(out_dir / "c.pdf")]) == 2
    assert sorted(p.name for p in out_dir.iterdir()) == ["m.csv"]


def test_command_line_case_print_warns_and_defaults_to_the_users_folder(demo_workspace, tmp_path,
                                                                         monkeypatch, capsys):
    from sqlalchemy import select

    from app.models import CaseFile
    from app.cli.program import main

    monkeypatch.setattr("app.services.station.sign_out", lambda workspace: None)
    monkeypatch.setattr("app.services.station.sign_in", lambda *args: demo_workspace)
    password = tmp_path / "password"
    password.write_text("demo1234\n")
    with demo_workspace.read() as session:
        number = session.scalar(select(CaseFile.case_number).limit(1))
    assert main(["--data-dir", str(tmp_path), "report-case", "--user", "admin",
                 "--password-file", str(password), "--case-number", number]) == 0
    printed = demo_workspace.data_dir / "exports" / demo_workspace.username / \
        f"case-{number}-zh_CN.pdf"
    try:
        assert printed.exists()
        captured = capsys.readouterr()
        assert str(printed) in captured.out and "personal data" in captured.err
    finally:
        printed.unlink(missing_ok=True)
