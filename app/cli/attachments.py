"""Attachments on the command line (the same use cases as the forms' strip):

    station-ledger attach      --user U --kind household --id ID FILE [FILE …]
    station-ledger attachments --user U --kind household --id ID
    station-ledger detach      --user U --attachment ID --reason "wrong photo"

There is deliberately no command that writes an attachment's content to a file: it is opened
inside the app only (no plaintext copy on disk). Wire in with `add_attachment_commands`.
"""
from __future__ import annotations

import sys

from app.cli.common import error_text, signed_in, signed_in_command
from app.errors import ValidationError

KINDS = ["person", "household", "visit", "case_file", "case_service", "resource_link"]


def cmd_attach(args) -> int:
    from app.services.attachments import add_attachment

    refused = 0
    with signed_in(args) as workspace:
        for path in args.files:  # a refused file is named; the others are still attached
            try:
                created = add_attachment(workspace, args.kind, args.id, path)
            except ValidationError as error:
                refused += 1
                print(error_text(error), file=sys.stderr)
                continue
            print(f"{created.id}  {path}")
    return 2 if refused else 0


def cmd_attachments(args) -> int:
    from app.services.attachments import attachments_of

    with signed_in(args) as workspace:
        for info in attachments_of(workspace, args.kind, args.id):
            where = "" if info.here else "  (at the county; fetched at the next sync)"
            print(f"{info.id}  {info.created:%Y-%m-%d}  {info.mime:<16} {info.size:>9}  "
                  f"{info.filename}{where}")
    return 0


def cmd_detach(args) -> int:
    from app.services.attachments import remove_attachment

    with signed_in(args) as workspace:
        remove_attachment(workspace, args.attachment, args.reason)
    print(f"attachment {args.attachment} removed")
    return 0


def add_attachment_commands(subparsers) -> None:
    def command(name, func, help_text):
        return signed_in_command(subparsers, name, func, help_text)

    sub = command("attach", cmd_attach, "attach photos, scans or PDFs to a saved record")
    sub.add_argument("--kind", required=True, choices=KINDS)
    sub.add_argument("--id", required=True)
    sub.add_argument("files", nargs="+")
    sub = command("attachments", cmd_attachments, "list a record's attachments")
    sub.add_argument("--kind", required=True, choices=KINDS)
    sub.add_argument("--id", required=True)
    sub = command("detach", cmd_detach, "remove an attachment with a reason")
    sub.add_argument("--attachment", required=True)
    sub.add_argument("--reason", required=True)
