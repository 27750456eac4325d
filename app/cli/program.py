"""The `station-ledger` parser (every command) and `main()`.

With no command, the desktop application starts. A `UserError` becomes one translated line
on stderr and exit code 2; Ctrl+C exits with 130; anything else is a bug and shows its traceback.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from app.cli.attachments import add_attachment_commands
from app.cli.common import error_text
from app.cli.records import add_fact_commands, add_record_commands
from app.cli.reports import add_report_commands
from app.cli.rights import add_rights_commands
from app.cli.station import add_station_commands, cmd_gui
from app.cli.sync import add_sync_commands
from app.errors import UserError
from app.paths import default_data_dir


def build_parser() -> argparse.ArgumentParser:
    from app.version import VersionAction

    parser = argparse.ArgumentParser(prog="station-ledger", description="Station Ledger 社工站台账")
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="data directory (default: STATION_LEDGER_HOME or the user data dir)")
    commands = parser.add_subparsers(dest="command")
    add_station_commands(commands)
    add_record_commands(commands)
    add_fact_commands(commands)
    add_report_commands(commands)
    add_sync_commands(commands)
    add_attachment_commands(commands)
    add_rights_commands(commands)
    for sub in commands.choices.values():  # `station-ledger COMMAND --version` works too
        sub.add_argument("--version", action=VersionAction)
    return parser


def entry() -> int:
    """The program's entry (`station-ledger`, `python -m app`, the bundle): core dumps off
    before any key is in memory (app/security/process.py), then the command line. Tests call
    `main()` in their own process, which stays as it is."""
    from app.security.process import disable_core_dumps

    disable_core_dumps()
    return main()


def main(argv: list[str] | None = None) -> int:
    from app.logs import configure_logging

    args = build_parser().parse_args(argv)
    configure_logging("station-ledger")
    logging.getLogger("app.cli").info("command %s", getattr(args, "command", None) or "gui")
    args.data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    func = getattr(args, "func", cmd_gui)
    try:
        code = func(args)
        if code == 0:
            from app.updates.launcher import mark_good

            mark_good(args.data_dir)  # an updated program that finished a command works
        return code
    except UserError as error:
        logging.getLogger("app.cli").info("refused: %s", error.source)
        print(f"station-ledger: {error_text(error)}", file=sys.stderr)
        return 2
    except OSError as error:  # a file or folder named on the command line: no traceback
        logging.getLogger("app.cli").info("file error: %s", type(error).__name__)
        print(f"station-ledger: {error.filename or ''}: {error.strerror or type(error).__name__}",
              file=sys.stderr)
        return 2
    except Exception as error:  # noqa: BLE001 - only a damaged parcel is the user's to see
        from app.protocol.wire import ParcelError  # not imported at start-up

        if not isinstance(error, ParcelError):
            raise
        print(f"station-ledger: refused: {error}", file=sys.stderr)  # a damaged USB parcel
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
