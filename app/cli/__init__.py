"""`station-ledger`: the command line over the same use cases as the desktop app.

    program.py  the parser (every command) and `main()`, which turns a `UserError` into one
                translated line and exit code 2
    common.py   what every command shares: `signed_in(args)`, `read_password(...)`,
                `error_text(error)`
    station.py  county-keys, init, demo, add-user, passwd, recover, verify, gui
    sync.py     sync-enroll, sync-now, sync-export, sync-import-receipts, sync-status, sync-join
    reports.py  report-monthly, report-case

The command modules import `common` and the use cases, never each other or `program`.
"""
from __future__ import annotations


def entry() -> int:
    """The console script (`station-ledger = "app.cli:entry"`): core dumps off, then `main()`."""
    from app.cli.program import entry as run

    return run()


def main(argv: list[str] | None = None) -> int:
    """The command line in this process (tests call this; the process is not hardened)."""
    from app.cli.program import main as run

    return run(argv)
