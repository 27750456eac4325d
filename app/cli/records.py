"""Command-line record lifecycle and staff turnover, signing in as every command does
(`app.cli.common.signed_in`).

    station-ledger show     --user U --kind visit --id ID
    station-ledger edit     --user U --kind visit --id ID --set notes=… --set people_served=3
    station-ledger delete   --user U --kind visit --id ID --reason "entered twice"
    station-ledger restore  --user ADMIN --kind visit --id ID
    station-ledger history  --user U --kind visit --id ID
    station-ledger deleted  --user ADMIN
    station-ledger deactivate / activate --user ADMIN --username U [--new-password-file F]
    station-ledger set-role --user ADMIN --username U --role supervisor
    station-ledger transfer --user SUPERVISOR --from U --to U [--case 2026-0007 …]

    station-ledger merge    --user U --kind person --keep ID --merge ID [--take name_bo …]
    station-ledger merge-suggestions / make-head / move-person / person-status …

`--set` values are text; list fields (service_items, attendee_ids, target_groups) take
comma-separated codes or ids. Wire in with `add_record_commands(subparsers)`.
"""
from __future__ import annotations

import json
import sys

from app.cli.common import read_password, signed_in, signed_in_command
from app.errors import N_, ValidationError

KINDS = ["visit", "activity", "resource_link", "household", "person", "case_service",
         "case_file"]
_LIST_FIELDS = {"service_items", "attendee_ids", "target_groups"}
_INT_FIELDS = {"people_served", "headcount", "minutes"}


def _translator():
    from app.environment import environment

    language = environment().lang
    if language:
        try:
            from app.i18n import catalog_for

            catalog = catalog_for(language)
            return lambda source: catalog.translate("Core", source)
        except Exception:  # noqa: BLE001 - translations are optional on the command line
            pass
    return lambda source: source


def parse_settings(pairs: list[str]) -> dict:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ValidationError(N_("Write each change as field=value (%1)."), pair, field="set")
        name = name.strip()
        if name in _LIST_FIELDS:
            values[name] = [part.strip() for part in value.split(",") if part.strip()]
        elif name in _INT_FIELDS:
            try:
                values[name] = int(value)
            except ValueError:
                raise ValidationError(N_("%1 must be a whole number."), name, field=name) from None
        else:
            values[name] = value or None if name.endswith("_id") else value
    return values


def cmd_show(args) -> int:
    from app.services.corrections import record_for_edit

    with signed_in(args) as workspace:
        record = record_for_edit(workspace, args.kind, args.id)
    print(json.dumps({"kind": record.kind, "id": record.id, "deleted": record.deleted,
                      "may_edit": record.may_edit, **record.values},
                     ensure_ascii=False, indent=1, default=str))
    return 0


def cmd_edit(args) -> int:
    from app.services.corrections import record_for_edit, update_record

    values = parse_settings(args.set)
    with signed_in(args) as workspace:
        current = record_for_edit(workspace, args.kind, args.id)
        unknown = sorted(set(values) - set(current.values))
        if unknown:
            raise ValidationError(N_("There is no field %1 in this record."), ", ".join(unknown),
                                  field="set")
        changes = update_record(workspace, args.kind, args.id, values)
    print(f"{args.kind} {args.id} corrected ({len(changes.ids)} records changed)")
    return 0


def cmd_delete(args) -> int:
    from app.services.corrections import delete_record

    with signed_in(args) as workspace:
        delete_record(workspace, args.kind, args.id, args.reason)
    print(f"{args.kind} {args.id} deleted")
    return 0


def cmd_restore(args) -> int:
    from app.services.corrections import restore_record

    with signed_in(args) as workspace:
        restore_record(workspace, args.kind, args.id)
    print(f"{args.kind} {args.id} restored")
    return 0


def cmd_history(args) -> int:
    from app.services.history import record_history

    tr = _translator()
    with signed_in(args) as workspace:
        entries = record_history(workspace, args.kind, args.id)
    for entry in entries:
        who = entry.author or tr(N_("(another device)"))
        print(f"{entry.at:%Y-%m-%d %H:%M} UTC  {tr(entry.op)}  {who}  "
              f"[{entry.device[:8]}]" + (f"  {tr(N_('Reason'))}: {entry.reason}"
                                         if entry.reason else ""))
        for change in entry.changes:
            print(f"    {tr(change.label)}: {change.old or '—'} → {change.new or '—'}")
    return 0


def cmd_deleted(args) -> int:
    from app.services.corrections import deleted_records

    with signed_in(args) as workspace:
        for row in deleted_records(workspace):
            print(f"{row.deleted_at}  {row.kind:<14} {row.id}  {row.description}")
    return 0


def cmd_set_active(args) -> int:
    from app.services.staff import set_user_active, user_id_of

    active = args.command == "activate"
    with signed_in(args) as workspace:
        password = read_password(args, f"New password for {args.username}: ",
                                 "new_password_file", confirm=True) if active else None
        set_user_active(workspace, user_id_of(workspace, args.username), active, password)
    print(f"user {args.username} {'activated' if active else 'switched off'}")
    return 0


def cmd_set_role(args) -> int:
    from app.services.staff import set_user_role, user_id_of

    with signed_in(args) as workspace:
        set_user_role(workspace, user_id_of(workspace, args.username), args.role)
    print(f"user {args.username} is now {args.role}")
    return 0


def cmd_transfer(args) -> int:
    from app.services.staff import case_ids_by_number, transfer_caseload, user_id_of

    with signed_in(args) as workspace:
        case_ids = case_ids_by_number(workspace, args.case) if args.case else None
        result, _changes = transfer_caseload(workspace, user_id_of(workspace, args.from_user),
                                             user_id_of(workspace, args.to_user), case_ids)
    print(f"{result.cases} case files and {result.tasks} tasks handed from {args.from_user} "
          f"to {args.to_user}")
    return 0


def cmd_search(args) -> int:
    """Find a record's id: people, households and case files, as the app's search finds them."""
    from app.services.ui_queries import find_records

    with signed_in(args) as workspace:
        found = find_records(workspace, args.text, limit=args.limit)
    for row in found:
        print(f"{row.id}  {row.kind:<9}  {row.name}  {row.detail}".rstrip())
    if not found:
        print("nothing found", file=sys.stderr)
    return 0 if found else 1


def add_record_commands(subparsers) -> None:
    """Add the record lifecycle and staff commands to app/cli.py's subparsers."""
    def command(name, func, help_text, with_record=True):
        sub = signed_in_command(subparsers, name, func, help_text)
        if with_record:
            sub.add_argument("--kind", required=True, choices=KINDS)
            sub.add_argument("--id", required=True)
        return sub

    command("show", cmd_show, "show a saved record's fields")
    sub = command("search", cmd_search, "find a person, household or case file: its id, kind "
                  "and name (name, pinyin, Tibetan, Wylie, ID number or case number)",
                  with_record=False)
    sub.add_argument("text")
    sub.add_argument("--limit", type=int, default=20, help="at most this many of each kind")
    sub = command("edit", cmd_edit, "correct a saved record (author or admin)")
    sub.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", required=True)
    sub = command("delete", cmd_delete, "delete a record with a reason (author or admin)")
    sub.add_argument("--reason", required=True)
    command("restore", cmd_restore, "bring a deleted record back (admin)")
    command("history", cmd_history, "who changed which field of a record, and when")
    command("deleted", cmd_deleted, "list deleted records (to restore)", with_record=False)
    for name, text in (("deactivate", "switch a user off (admin)"),
                       ("activate", "switch a user on again (admin)")):
        sub = command(name, cmd_set_active, text, with_record=False)
        sub.add_argument("--username", required=True)
        if name == "activate":  # switching off removed the user's key slot
            sub.add_argument("--new-password-file", help="the user's new password (first line)")
    sub = command("set-role", cmd_set_role, "change a user's role (admin)", with_record=False)
    sub.add_argument("--username", required=True)
    sub.add_argument("--role", required=True, choices=["worker", "supervisor", "admin"])
    sub = command("transfer", cmd_transfer,
                  "hand a worker's open cases and tasks to another (supervisor, admin)",
                  with_record=False)
    sub.add_argument("--from", dest="from_user", required=True)
    sub.add_argument("--to", dest="to_user", required=True)
    sub.add_argument("--case", action="append", default=[], help="case number; repeat")


def cmd_merge(args) -> int:
    from app.services.merging import merge_records

    chosen = {name: "merged" for name in args.take}
    with signed_in(args) as workspace:
        merge_id, _changes = merge_records(workspace, args.kind, args.keep, args.merge, chosen)
    print(f"{args.kind} {args.merge} merged into {args.keep} (merge {merge_id})")
    return 0


def cmd_merge_suggestions(args) -> int:
    from app.services.merging import merge_suggestions

    with signed_in(args) as workspace:
        for suggestion in merge_suggestions(workspace):
            print(f"{suggestion.id_number}  " + "  ".join(
                f"{pid} {name}" for pid, name in zip(suggestion.person_ids, suggestion.names)))
    return 0


def cmd_household_fact(args) -> int:
    from app.services import household_facts

    with signed_in(args) as workspace:
        if args.command == "make-head":
            household_facts.set_head(workspace, args.person)
        elif args.command == "move-person":
            household_facts.move_person(workspace, args.person, args.to_household, args.relation)
        else:
            household_facts.set_person_status(workspace, args.person, args.status, args.on)
    print(f"{args.command}: {args.person} done")
    return 0


def add_fact_commands(subparsers) -> None:
    """Merge, merge suggestions and the household facts (head, move, died/moved away)."""
    def command(name, func, help_text):
        return signed_in_command(subparsers, name, func, help_text)

    sub = command("merge", cmd_merge, "merge a duplicate person or household into another")
    sub.add_argument("--kind", required=True, choices=["person", "household"])
    sub.add_argument("--keep", required=True, help="id of the record that stays")
    sub.add_argument("--merge", required=True, help="id of the duplicate that goes")
    sub.add_argument("--take", action="append", default=[], metavar="FIELD",
                     help="take this field's value from the duplicate; repeat")
    command("merge-suggestions", cmd_merge_suggestions, "people who share an ID number")
    sub = command("make-head", cmd_household_fact, "make a person the head of their household")
    sub.add_argument("--person", required=True)
    sub = command("move-person", cmd_household_fact, "move a person to another household")
    sub.add_argument("--person", required=True)
    sub.add_argument("--to-household", required=True)
    sub.add_argument("--relation", required=True)
    sub = command("person-status", cmd_household_fact,
                  "a person died (deceased) or moved away (moved_away) on a date; '' = lives here")
    sub.add_argument("--person", required=True)
    sub.add_argument("--status", required=True, choices=["deceased", "moved_away", ""])
    sub.add_argument("--on", default="", help="YYYY-MM-DD")
