"""What every command shares: the signed-in user for one command, passwords from a prompt or a
file (never from the command line), and a `UserError` as one line in the user's language."""
from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import N_, UserError, ValidationError


def error_text(error: UserError) -> str:
    """The error's message, translated when STATION_LEDGER_LANG names a language (the
    catalogues are optional for the command line: English otherwise)."""
    from app.i18n import catalog_for
    from app.environment import environment

    language = environment().lang
    if language:
        try:
            return error.message(catalog_for(language).translate)
        except (OSError, ValueError):  # no catalogue for it: English
            pass
    return error.message()


def message_text(source: str, *args: object) -> str:
    """A Core message (`N_` source with %1.. placeholders) in STATION_LEDGER_LANG's language,
    English otherwise: for lines a command prints that are not errors."""
    return error_text(UserError(source, *args))


def read_password(args: argparse.Namespace, prompt: str, attribute: str = "password_file",
                  confirm: bool = False) -> str:
    """From `--password-file` (first line), a pipe, or a prompt (asked twice if `confirm`)."""
    path = getattr(args, attribute, None)
    if path:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != password:
        raise ValidationError(N_("The two passwords are not the same."), field="password")
    return password


@contextmanager
def signed_in(args: argparse.Namespace, password: str | None = None) -> Iterator:
    """The `--user` signed in for one command (password from the prompt or --password-file),
    signed out afterwards whatever happens. Yields the `Workspace`."""
    from app.services.station import sign_in, sign_out

    if password is None:
        password = read_password(args, f"Password for {args.user}: ")
    workspace = sign_in(args.data_dir, args.user, password)
    try:
        _warn_about_the_clock(workspace)
        yield workspace
    finally:
        sign_out(workspace)


def _warn_about_the_clock(workspace) -> None:
    """At sign-in: the laptop clock is earlier than its newest record, or far from the
    county's (records still go through; docs/sync-protocol.md "Clocks")."""
    from app.services.sync import clock_warnings

    for warning in clock_warnings(workspace):
        print(f"station-ledger: {error_text(warning)}", file=sys.stderr)


class LazyChoices:
    """argparse `choices` read from `load()` only when a value is checked (or an error lists
    them), so building the parser imports nothing heavy; give the argument a `metavar`
    (argparse otherwise lists the choices while the parser is built)."""

    def __init__(self, load) -> None:
        self._load = load

    def __contains__(self, value) -> bool:
        return value in self._load()

    def __iter__(self):
        return iter(self._load())


def signed_in_command(subparsers, name: str, func, help_text: str, *, user: bool = True):
    """A subcommand that signs in (`signed_in`): `--user` (unless `user=False`) and
    `--password-file`; returns the parser for the command's own arguments."""
    sub = subparsers.add_parser(name, help=help_text)
    sub.set_defaults(func=func)
    if user:
        sub.add_argument("--user", required=True)
    sub.add_argument("--password-file")
    return sub
