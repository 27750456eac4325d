"""What this build is: the application version and the store schema revision it writes.

    app_version() -> "0.2.0"            (the installed distribution's version, else pyproject's)
    schema_revision() -> "0003"         (newest station migration on disk; no Alembic import)
    version_line() -> "station-ledger 0.2.0 (schema 0003)"
"""
from __future__ import annotations

import argparse
import re
from functools import lru_cache
from pathlib import Path

DISTRIBUTION = "station-ledger"
_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


@lru_cache(maxsize=1)
def app_version() -> str:
    """The version of this build. A source checkout reads pyproject.toml first, so a checkout
    never reports the version of some older installed copy; a bundle has no pyproject and
    reads the version PyInstaller recorded from the distribution's metadata."""
    if _PYPROJECT.exists():
        found = re.search(r'^version\s*=\s*"([^"]+)"', _PYPROJECT.read_text(encoding="utf-8"), re.M)
        if found:
            return found.group(1)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return "0+unknown"


def schema_revision() -> str:
    from app.models.migrate import newest_revision_on_disk

    return newest_revision_on_disk()


def version_line(program: str = DISTRIBUTION, with_schema: bool = True) -> str:
    """One line for `--version`; the county server passes with_schema=False (it has its own)."""
    if not with_schema:
        return f"{program} {app_version()}"
    return f"{program} {app_version()} (schema {schema_revision()})"


class VersionAction(argparse.Action):
    """`--version` that works out the line only when asked (start-up stays cheap)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 program: str = DISTRIBUTION, with_schema: bool = True, **kwargs) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0,
                         help="show the version and exit")
        self.program, self.with_schema = program, with_schema

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(version_line(self.program, self.with_schema))
        if self.with_schema:  # the station program: an updated program that starts works
            import sys

            from app.updates.launcher import _data_dir_from, mark_good

            mark_good(_data_dir_from(sys.argv[1:]))
        parser.exit()
