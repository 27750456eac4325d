"""Command-line reports: `report-monthly` and `report-case`, signing in as app/cli.py does.

    station-ledger report-monthly --user admin --month 2026-10 --language bilingual \
        --format pdf --out 2026-10.pdf
    station-ledger report-case --user wangfang --case-number 2026-A-0007 --out case.pdf

Wire in with `add_report_commands(subparsers)`.
"""
from __future__ import annotations

import sys

from app.cli import signed_in
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
    from app.reports.export import export_case

    with signed_in(args) as workspace:
        result = export_case(workspace, args.case_number, args.out, language=args.language)
    print(f"{result.path} (case file, SHA-256 {result.sha256}, {result.seconds:.2f} s)")
    return 0


def add_report_commands(subparsers) -> None:
    """Add the report commands to app/cli.py's subparsers."""
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
    sub.add_argument("--out", required=True)
    sub.add_argument("--user", required=True)
    sub.add_argument("--password-file")


def main(argv: list[str] | None = None) -> int:
    """Run a report command alone (until app/cli.py includes these commands)."""
    import argparse
    from pathlib import Path

    from app.cli import _translate
    from app.errors import UserError
    from app.paths import default_data_dir

    parser = argparse.ArgumentParser(prog="station-ledger-report")
    parser.add_argument("--data-dir", type=Path, default=None)
    add_report_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    args.data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    try:
        return args.func(args)
    except UserError as error:
        print(f"station-ledger: {_translate(error)}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
