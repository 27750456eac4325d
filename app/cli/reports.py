"""Report commands for `station-ledger`: `report-monthly` and `report-case`.

    station-ledger report-monthly --user admin --month 2026-10 --language bilingual \
        --format pdf --out 2026-10.pdf
    station-ledger report-case --user wangfang --case-number 2026-A-0007 --out case.pdf

Wired in with `add_report_commands(subparsers)`.
"""
from __future__ import annotations

import sys

from app.cli.common import signed_in
from app.reports.text import LANGUAGE_CHOICES


def _progress(done: int, total: int) -> None:
    if done == total:
        print(f"  {done}/{total}", file=sys.stderr)


def cmd_report_monthly(args) -> int:
    from app.reports.export import export_monthly

    with signed_in(args) as workspace:
        result = export_monthly(workspace, args.month, args.out, language=args.language,
                                fmt=args.format)
    print(f"{result.path} ({result.format}, {result.records} records, "
          f"SHA-256 {result.sha256}, {result.seconds:.2f} s)")
    return 0


def cmd_report_case(args) -> int:
    """Print a case file; without --out, into the user's own export folder. Warns on stderr
    that the file holds personal data, unencrypted (app/services/exports.py)."""
    from pathlib import Path

    from app.cli.common import error_text
    from app.errors import UserError
    from app.reports.export import export_case
    from app.services.exports import PERSONAL_DATA_WARNING, export_folder

    with signed_in(args) as workspace:
        out = Path(args.out) if args.out else \
            export_folder(workspace) / f"case-{args.case_number}-{args.language}.pdf"
        result = export_case(workspace, args.case_number, out, language=args.language)
    print(f"{result.path} (case file, SHA-256 {result.sha256}, {result.seconds:.2f} s)")
    print(error_text(UserError(PERSONAL_DATA_WARNING)), file=sys.stderr)
    return 0


def add_report_commands(subparsers) -> None:
    """Add the report commands to the command line's subparsers."""
    sub = subparsers.add_parser("report-monthly", help="monthly summary as PDF, XLSX or CSV")
    sub.set_defaults(func=cmd_report_monthly)
    sub.add_argument("--month", required=True, help="YYYY-MM")
    sub.add_argument("--language", choices=LANGUAGE_CHOICES, default="zh_CN")
    sub.add_argument("--format", choices=["pdf", "xlsx", "csv"], default=None,
                     help="default: from the file name")
    sub.add_argument("--out", required=True)
    sub.add_argument("--user", required=True)
    sub.add_argument("--password-file")
    sub = subparsers.add_parser("report-case", help="print a case file (PDF)")
    sub.set_defaults(func=cmd_report_case)
    sub.add_argument("--case-number", required=True)
    sub.add_argument("--language", choices=LANGUAGE_CHOICES, default="zh_CN")
    sub.add_argument("--out", help="default: the user's export folder in the data directory")
    sub.add_argument("--user", required=True)
    sub.add_argument("--password-file")

