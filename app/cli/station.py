"""Station commands: county-keys, init, demo, add-user, passwd, recover, verify, gui.

Passwords come from a prompt or a file (`--password-file`), never from the command line.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from app.cli.common import read_password, signed_in


def cmd_county_keys(args) -> int:
    from app.security.keyfiles import write_key_file
    from app.security.sealing import generate_x25519, public_key_fingerprint

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    private, public = generate_x25519()
    write_key_file(out / "county-recovery.key", "county-recovery-private", private, private=True)
    write_key_file(out / "county-recovery.pub", "county-recovery-public", public, private=False)
    print(f"county recovery key {public_key_fingerprint(public)} written to {out}")
    print("Keep county-recovery.key offline at the county; give stations county-recovery.pub.")
    return 0


def cmd_init(args) -> int:
    from app.security.keyfiles import read_key_file
    from app.services.station import PlaceName, StationSetup, create_station

    recovery_public = read_key_file(Path(args.recovery_public_key), "county-recovery-public")
    password = read_password(args, "Password for the first admin: ", confirm=True)
    villages = tuple(PlaceName(*name.split("|", 2)) for name in args.village)
    create_station(args.data_dir, StationSetup(
        county=PlaceName(*args.county.split("|", 2)), station=PlaceName(*args.station.split("|", 2)),
        villages=villages, admin_username=args.admin, admin_display_name=args.admin_name,
        admin_password=password, county_recovery_public=recovery_public, station_code=args.code))
    print(f"station set up in {args.data_dir}")
    return 0


def cmd_demo(args) -> int:
    from app.services.demo import DEMO_PASSWORD, create_demo_station

    def progress(done: int, total: int) -> None:
        if done % 50 == 0 or done == total:
            print(f"  households {done}/{total}", file=sys.stderr)

    users = create_demo_station(args.data_dir, households_count=args.households, seed=args.seed,
                                progress=progress)
    print(f"demo station set up in {args.data_dir}")
    print(f"users: {users.admin} (admin), {', '.join(users.workers)} (workers), "
          f"{users.supervisor} (supervisor); demo password: {DEMO_PASSWORD}")
    return 0


def cmd_add_user(args) -> int:
    from app.services.station import add_user

    with signed_in(args) as workspace:
        new_password = read_password(args, "Password for the new user: ", "new_password_file",
                                     confirm=True)
        user_id = add_user(workspace, args.username, args.name, args.role, new_password).id
    print(f"user {args.username} added ({user_id})")
    return 0


def cmd_passwd(args) -> int:
    from app.services.station import change_password

    old = read_password(args, f"Current password for {args.user}: ")
    with signed_in(args, old) as workspace:
        new = read_password(args, "New password: ", "new_password_file", confirm=True)
        change_password(workspace, old, new)
    print("password changed")
    return 0


def cmd_recover(args) -> int:
    from app.security.keyfiles import read_key_file
    from app.services.station import recover_password

    private = read_key_file(Path(args.recovery_key), "county-recovery-private")
    new = read_password(args, f"New password for {args.username}: ", "new_password_file",
                        confirm=True)
    recover_password(args.data_dir, private, args.username, new)
    print(f"password of {args.username} reset with the county recovery key")
    return 0


def cmd_verify(args) -> int:
    """Integrity check of the database, the audit chain (here, and as the county found it at
    the last sync), and record counts."""
    from app.services.station import verify_station

    with signed_in(args) as workspace:
        report = verify_station(workspace)
    county = report["county_audit_check"]
    county = county if isinstance(county, dict) else None
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if county is not None and county.get("ok") is False:
        print(f"AUDIT LOG TAMPERED: the county found: {county.get('problem')}", file=sys.stderr)
    intact = report["audit_chain_broken_at"] is None and (county or {}).get("ok") is not False
    return 0 if report["integrity_check"] == "ok" and intact else 1


def cmd_backup(args) -> int:
    """Back up now into --to (verified, the last --keep kept)."""
    from app.services.backup import back_up_now

    with signed_in(args) as workspace:
        info = back_up_now(workspace, Path(args.to), keep=args.keep,
                           progress=lambda done, total: print(f"  {done}/{total}",
                                                              file=sys.stderr))
    print(f"backup written and checked: {info.path} ({info.size_bytes} bytes)")
    return 0


def cmd_restore(args) -> int:
    """Restore a backup folder into an empty --data-dir; the device must enrol again."""
    from app.services.restore import restore_backup

    if args.recovery_key:
        from app.security.keyfiles import read_key_file

        private = read_key_file(Path(args.recovery_key), "county-recovery-private")
        new = read_password(args, f"New password for {args.user}: ", "new_password_file",
                            confirm=True)
        result = restore_backup(args.source, args.data_dir, username=args.user,
                                recovery_private=private, new_password=new)
    else:
        password = read_password(args, f"Password for {args.user} (as it was at the backup): ")
        result = restore_backup(args.source, args.data_dir, username=args.user, password=password)
    print(f"restored {result.records} records into {result.data_dir}; "
          f"{result.pending_changes} changes wait to be sent")
    print(f"this device is now {result.new_device_id}; it replaces {result.superseded_device_id}. "
          "Enrol it again (sync-enroll with a new code): the county then revokes the old device "
          "and gives this one its own letter for case numbers (no case files until then).")
    return 0


def cmd_diagnostics(args) -> int:
    from app.services.diagnostics import export_diagnostics

    with signed_in(args) as workspace:
        result = export_diagnostics(workspace, Path(args.out))
    print(f"diagnostics written to {result.path} ({len(result.files)} files, no personal data)")
    return 0


def cmd_update(args) -> int:
    from app.services.updates import update_program

    with signed_in(args) as workspace:
        result = update_program(workspace, args.source, check_only=args.check_only)
    if result.offered is None:
        print(f"no newer version than {result.current}")
    elif result.staged:
        print(f"version {result.offered} verified; it starts the next time the program starts")
    else:
        print(f"version {result.offered} is available")
    return 0


def cmd_gui(args) -> int:
    from app.ui.application import run_application

    return run_application(data_dir=args.data_dir)


def add_station_commands(commands) -> None:
    """Add the station commands to the command line's subparsers."""
    def command(name, func, help_text):
        sub = commands.add_parser(name, help=help_text)
        sub.set_defaults(func=func)
        return sub

    command("gui", cmd_gui, "start the desktop application (the default)")
    sub = command("county-keys", cmd_county_keys, "make the county's recovery key pair")
    sub.add_argument("--out", required=True)
    sub = command("init", cmd_init, "set up a new station and its first admin")
    sub.add_argument("--county", required=True, help="name as 'Chinese|Tibetan|English'")
    sub.add_argument("--station", required=True, help="name as 'Chinese|Tibetan|English'")
    sub.add_argument("--village", action="append", default=[], help="repeat per village")
    sub.add_argument("--code", default="")
    sub.add_argument("--admin", required=True, help="user name of the first admin")
    sub.add_argument("--admin-name", required=True)
    sub.add_argument("--recovery-public-key", required=True)
    sub.add_argument("--password-file")
    sub = command("demo", cmd_demo, "set up the bilingual demo station (a trial)")
    sub.add_argument("--households", type=int, default=300)
    sub.add_argument("--seed", type=int, default=2026)
    for name, func, text in (("add-user", cmd_add_user, "add a worker or supervisor (admin)"),
                             ("passwd", cmd_passwd, "change your password"),
                             ("verify", cmd_verify, "check the store, audit chain and counts")):
        sub = command(name, func, text)
        sub.add_argument("--user", required=True)
        sub.add_argument("--password-file")
        if name in ("add-user", "passwd"):
            sub.add_argument("--new-password-file")
        if name == "add-user":
            sub.add_argument("--username", required=True)
            sub.add_argument("--name", required=True)
            sub.add_argument("--role", choices=["worker", "supervisor", "admin"], default="worker")
    sub = command("backup", cmd_backup, "back up now into a folder or USB stick (verified)")
    sub.add_argument("--user", required=True)
    sub.add_argument("--password-file")
    sub.add_argument("--to", required=True, help="folder for the backup (e.g. a USB stick)")
    sub.add_argument("--keep", type=int, default=None, help="backups to keep there (default 10)")
    sub = command("restore-backup", cmd_restore,
                  "restore a backup into an empty --data-dir (a new laptop); then enrol again")
    sub.add_argument("--from", dest="source", required=True, help="the backup folder")
    sub.add_argument("--user", required=True, help="a user of the station")
    sub.add_argument("--password-file")
    sub.add_argument("--recovery-key", help="the county's private recovery key file instead of "
                                            "the user's password (then a new password is set)")
    sub.add_argument("--new-password-file")
    sub = command("diagnostics", cmd_diagnostics,
                  "export versions, log, store integrity and sync state (no personal data)")
    sub.add_argument("--user", required=True)
    sub.add_argument("--password-file")
    sub.add_argument("--out", required=True, help="the .zip to write")
    sub = command("update", cmd_update,
                  "fetch a newer signed release from the county (or a folder) for the next start")
    sub.add_argument("--user", required=True)
    sub.add_argument("--password-file")
    sub.add_argument("--from", dest="source", default=None,
                     help="the county's address or a folder (default: the county of this device)")
    sub.add_argument("--check-only", action="store_true")
    sub = command("recover", cmd_recover, "reset a password with the county recovery key")
    sub.add_argument("--recovery-key", required=True)
    sub.add_argument("--username", required=True)
    sub.add_argument("--new-password-file")
