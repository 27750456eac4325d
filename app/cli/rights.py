"""People's rights on the command line (issue 19), the same use cases as the app:

    station-ledger access-request --user SUPERVISOR --person ID [--language bo] [--out DIR]
    station-ledger erase          --user SUPERVISOR --person ID --ground consent_withdrawn --yes
    station-ledger consent        --user U --person ID --by guardian --on 2026-11-29 --for services,photos
    station-ledger retention-due  --user SUPERVISOR

Wire in with `add_rights_commands(subparsers)`.
"""
from __future__ import annotations

from app.cli.common import LazyChoices, signed_in, signed_in_command
from app.errors import N_


def _translator():
    from app.cli.records import _translator as records_translator

    return records_translator()


def cmd_access_request(args) -> int:
    from app.services.access_request import answer_access_request

    with signed_in(args) as workspace:
        result = answer_access_request(workspace, args.person, args.language, args.out)
    tr = _translator()
    print(result.json_path)
    print(result.pdf_path)
    print(tr(N_("This file holds personal data (names, ID numbers, assessments) and is not "
                "encrypted. Print it, then delete it; do not leave copies on shared computers "
                "or USB sticks.")))
    return 0


def cmd_erase(args) -> int:
    from app.services.erasure import erase_person

    with signed_in(args) as workspace:
        erasure_id, _changes = erase_person(workspace, args.person, args.ground,
                                            confirmed=args.yes)
    print(f"person {args.person} erased (erasure {erasure_id})")
    return 0


def cmd_consent(args) -> int:
    from app.services.consent import ConsentInput, set_consent

    purposes = [part.strip() for part in (args.purposes or "").split(",") if part.strip()]
    with signed_in(args) as workspace:
        set_consent(workspace, args.person, ConsentInput(args.by, args.on or "", purposes))
    print(f"consent of person {args.person} recorded")
    return 0


def cmd_retention_due(args) -> int:
    from app.services.retention import REASONS, due_for_review

    tr = _translator()
    with signed_in(args) as workspace:
        due = due_for_review(workspace)
    for record in due:
        reason = tr(REASONS[record.reason]).replace("%1", str(record.years))
        print(f"{record.last}  {record.kind:<10} {record.id}  {record.label}  {reason}")
    return 0


def _grounds() -> list[str]:
    from app.services.erasure import GROUND_TEXT

    return list(GROUND_TEXT)


def _givers() -> list[str]:
    from app.services.consent import GIVER_TEXT

    return [*GIVER_TEXT, ""]


def add_rights_commands(subparsers) -> None:
    """The rights commands. Their choices come from the use cases when a command is parsed, not
    when the parser is built: building it must not import the database layer, since the
    desktop app starts through it too (tests/ui/test_start_imports.py)."""
    def command(name, func, help_text):
        return signed_in_command(subparsers, name, func, help_text)

    sub = command("access-request", cmd_access_request,
                  "everything held about a person, as JSON and PDF (supervisor, admin)")
    sub.add_argument("--person", required=True)
    sub.add_argument("--language", default="zh_CN", choices=["zh_CN", "bo"])
    sub.add_argument("--out", default=None, help="folder (default: your export folder)")
    sub = command("erase", cmd_erase,
                  "erase a person's personal data on a lawful ground (supervisor, admin)")
    sub.add_argument("--person", required=True)
    sub.add_argument("--ground", required=True, choices=LazyChoices(_grounds), metavar="GROUND")
    sub.add_argument("--yes", action="store_true", help="confirm: it cannot be undone")
    sub = command("consent", cmd_consent, "record who consented, when and for what")
    sub.add_argument("--person", required=True)
    sub.add_argument("--by", required=True, choices=LazyChoices(_givers), metavar="GIVER")
    sub.add_argument("--on", default="")
    sub.add_argument("--for", dest="purposes", default="",
                     help="comma-separated: services, case_records, referral, "
                          "county_reporting, photos")
    command("retention-due", cmd_retention_due,
            "records the retention policy says are due for review (supervisor, admin)")
