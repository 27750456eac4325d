"""Sync commands for `station-ledger` (`add_sync_commands`).

    sync-enroll --user U --server URL --code CODE
    sync-now --user U
    sync-export --user U --to DIR            parcels (and a pull request) onto a USB stick
    sync-import-receipts --user U --from DIR receipts and parcels the county wrote back
    sync-status --user U
    sync-user-name --user U --row N (--rename NEW | --merge | --discard)  a name given twice
    sync-join --server URL --code CODE --username U --recovery-public-key F
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from app.cli.common import error_text, read_password, signed_in, signed_in_command


def _progress(progress) -> None:
    print(f"  {progress.stage} {progress.done}/{progress.total}", file=sys.stderr)


def _warn_if_plain(args) -> None:
    from app.services.sync import plain_http_warning

    warning = plain_http_warning(args.server, args.trial_http)
    if warning is not None:
        print(error_text(warning), file=sys.stderr)


def cmd_sync_enroll(args) -> int:
    from app.services import sync

    _warn_if_plain(args)
    with signed_in(args) as workspace:
        station_key = sync.enroll(workspace, args.server, args.code, args.label,  # admins only
                                  fingerprint=args.fingerprint,
                                  allow_plain_http=args.trial_http).id
    print(f"enrolled with {args.server} as station {station_key}")
    return 0


def cmd_sync_now(args) -> int:
    from app.services import sync
    from app.services.updates import fetch_after_sync

    with signed_in(args) as workspace:  # warns about the clock as known at sign-in
        told = {error_text(warning) for warning in sync.clock_warnings(workspace)}
        report = sync.sync_now(workspace, on_stage=_progress)
        update = fetch_after_sync(workspace)
        found = [error_text(warning) for warning in sync.clock_warnings(workspace)]
    for text in found:  # what this sync found out about the clock (the county's time)
        if text not in told:
            print(f"station-ledger: {text}", file=sys.stderr)
    if update is not None and update.staged:
        print(f"version {update.offered} of the program is ready: it starts next time")
    print(f"sent {report.pushed_changes} changes in {report.parcels_sent} parcels, received "
          f"{report.pulled_records} records; {report.conflicts} conflicts, "
          f"{report.quarantined} quarantined")
    if report.blob_problems:  # not plain success: say it, and exit 1
        from app.cli.common import message_text
        from app.errors import N_

        print(message_text(N_("%1 attachment(s) were not sent or fetched this time (for "
                              "example the county refused them); sync will try again. "
                              "Details: %2"), len(report.blob_problems),
                           "; ".join(report.blob_problems)), file=sys.stderr)
        return 1
    return 0


def cmd_sync_export(args) -> int:
    from app.services import sync

    with signed_in(args) as workspace:
        count = sync.export_to_folder(workspace, Path(args.to)).parcels
    print(f"{count} parcels written to {args.to}; take them to the county")
    return 0


def cmd_sync_import(args) -> int:
    from app.services import sync

    with signed_in(args) as workspace:
        report = sync.import_from_folder(workspace, Path(args.source))
    print(f"{report.parcels_sent} receipts and {report.pulled_records} records taken in")
    return 0


def cmd_sync_status(args) -> int:
    from app.protocol.reasons import describe
    from app.i18n import translator_for
    from app.environment import environment
    from app.services import sync, sync_view

    language = environment().lang
    translate = translator_for(language) if language else None
    with signed_in(args) as workspace:
        status = sync.status(workspace)
        conflicts = sync.conflicts(workspace)
        quarantine = sync_view.overview(workspace, history_limit=0).quarantine
    print(json.dumps({
        "enrolled": status.enrolled, "server": status.server_url,
        "last_contact": status.last_contact.isoformat() if status.last_contact else None,
        "pending_changes": status.pending_changes, "parcels_waiting": status.parcels_waiting,
        "quarantined": status.quarantined, "conflicts": status.conflicts,
        "update_needed": status.update_needed,
        "clock": {"county_offset_ms": status.clock.county_offset_ms,
                  "differs_from_county": status.clock.differs_from_county,
                  "earlier_than_newest_record": status.clock.earlier_than_newest_record}
        if status.clock else None,
        "last_error": status.last_error,
        "conflict_inbox": [{"id": c.id, "kind": c.kind, "record": c.record_id, "field": c.field,
                            "current": c.current_value, "proposed": c.proposed_value}
                           for c in conflicts],
        "quarantine": [{"row": q.id, "direction": q.direction, "kind": q.kind,
                        "record": q.record_name, "code": q.code,
                        "reason": describe(q.code, q.args, q.detail, translate)}
                       for q in quarantine]}, ensure_ascii=False, indent=1, default=str))
    return 0


def cmd_sync_user_name(args) -> int:
    """A user name added twice offline (sync-status shows the row): rename this computer's
    user, or discard the other one here."""
    from app.services import sync

    action = "rename" if args.rename else "merge" if args.merge else "discard"
    with signed_in(args) as workspace:
        password = read_password(args, "Password of the person on this computer: ",
                                 "new_password_file", confirm=True) if args.merge else ""
        sync.resolve_duplicate_user(workspace, args.row, action, args.rename or "", password)
    print({"rename": f"renamed the user of this computer to {args.rename}",
           "merge": "one person: the county's user takes the name, this computer's is "
                    "switched off and its open cases handed over",
           "discard": "the other computer's user is not added here"}[action])
    return 0


def cmd_sync_join(args) -> int:
    from app.security.keyfiles import read_key_file
    from app.services.sync import join_station

    recovery = read_key_file(Path(args.recovery_public_key), "county-recovery-public")
    password = read_password(args, f"New password for {args.username} on this device: ",
                             confirm=True)
    _warn_if_plain(args)
    report = join_station(args.data_dir, url=args.server, code=args.code,
                          username=args.username, password=password,
                          county_recovery_public=recovery, label=args.label,
                          fingerprint=args.fingerprint, allow_plain_http=args.trial_http)
    print(f"joined; {report.pulled_records} records received")
    return 0


def _enrol_arguments(sub) -> None:
    sub.add_argument("--server", required=True, help="https://… address of the county server")
    sub.add_argument("--code", required=True, help="the one-time enrolment code")
    sub.add_argument("--fingerprint", required=True,
                     help="the county key fingerprint printed with the code")
    sub.add_argument("--trial-http", action="store_true",
                     help="allow plain http:// to another computer (a trial only)")


def add_sync_commands(subparsers) -> None:
    def command(name, func, text, user=True):
        return signed_in_command(subparsers, name, func, text, user=user)

    sub = command("sync-enroll", cmd_sync_enroll, "enroll this device with the county server")
    _enrol_arguments(sub)
    sub.add_argument("--label", default="")
    command("sync-now", cmd_sync_now, "send and receive changes now")
    command("sync-export", cmd_sync_export, "write parcels to a folder or USB stick") \
        .add_argument("--to", required=True)
    command("sync-import-receipts", cmd_sync_import,
            "take in the county's receipts and parcels from a folder") \
        .add_argument("--from", dest="source", required=True)
    command("sync-status", cmd_sync_status, "last contact, pending, quarantined, conflicts")
    sub = command("sync-user-name", cmd_sync_user_name,
                  "a user name given on two computers: rename this computer's user or discard "
                  "the other here (admin)")
    sub.add_argument("--row", type=int, required=True, help="the quarantine row (sync-status)")
    choice = sub.add_mutually_exclusive_group(required=True)
    choice.add_argument("--rename", metavar="NEW_NAME", help="new name for this computer's user")
    choice.add_argument("--merge", action="store_true",
                        help="the same person: the county's user takes the name, this "
                             "computer's is switched off and hands over its open cases")
    choice.add_argument("--discard", action="store_true",
                        help="do not add the other computer's user here")
    sub.add_argument("--new-password-file",
                     help="with --merge: the person's password on this computer (first line)")
    sub = command("sync-join", cmd_sync_join, "set up this device for an existing station",
                  user=False)
    _enrol_arguments(sub)
    sub.add_argument("--username", required=True)
    sub.add_argument("--recovery-public-key", required=True)
    sub.add_argument("--label", default="")
