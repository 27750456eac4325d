"""`station-ledger-server`: the county server and its admin commands.

Settings (app/server/settings.py) come from the command line, `STATION_LEDGER_SERVER_*`
environment variables or a `--config` file: the database (`--db URL`, `sqlite:///county.db`
for a trial, `postgresql+psycopg://user@host/dbname` for real use), the keys (`--keys DIR`), …
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.errors import UserError
from app.server.db import CountyDatabaseTooNew
from app.server.settings import (COMMAND_LINE, DEFAULT_DB, ServerSettings, SettingsError,
                                 load_settings)

__all__ = ["DEFAULT_DB", "build_parser", "main"]


def _store(args):
    from app.server.db import ServerStore

    store = ServerStore(args.settings.db)
    store.create_schema()
    return store


def _keys_dir(args) -> Path:
    """The county key folder (`--keys` or the `keys` setting); SettingsError when unset."""
    if args.settings.keys is None:
        raise SettingsError("setting keys (--keys, STATION_LEDGER_SERVER_KEYS or 'keys' in the"
                            " config file) is required by this command")
    return args.settings.keys


def cmd_keys(args) -> int:
    from app.server.keys import create_county_keys

    keys = create_county_keys(Path(args.dir))
    print(f"county keys {keys.fingerprint} written to {args.dir}")
    print("Keep the .key files on the server only; stations receive the public keys when"
          " they enroll.")
    return 0


def cmd_migrate(args) -> int:
    from app.server.db import ServerStore

    store = ServerStore(args.settings.db)
    try:
        before, after = store.migrate()
    finally:
        store.close()
    if before == after:
        print(f"county database already at revision {after}")
    else:
        print(f"county database migrated from {before or 'empty'} to revision {after}")
    return 0


def cmd_init_db(args) -> int:
    _store(args).close()
    print("database ready")
    return 0


def cmd_enroll_code(args) -> int:
    from app.server.enrollment import enrolment_sheet_qr, issue_enrollment_code
    from app.server.keys import load_county_keys

    keys = load_county_keys(_keys_dir(args))  # before the code: no code without a fingerprint
    store = _store(args)
    code = issue_enrollment_code(store, args.station, label=args.label, valid_hours=args.hours,
                                 station_name=args.name, role=args.role)
    store.close()
    print(code)
    print(f"county key fingerprint: {keys.enrolment_fingerprint}")
    if args.qr:
        enrolment_sheet_qr(Path(args.qr), code, keys.enrolment_fingerprint, args.server_url)
        print(f"QR image for the code sheet: {args.qr}")
    return 0


def cmd_revoke(args) -> int:
    from app.server.enrollment import revoke_device

    store = _store(args)
    found = revoke_device(store, args.device)
    store.close()
    print("revoked" if found else "no such device")
    return 0 if found else 1


def cmd_devices(args) -> int:
    from app.server.enrollment import list_devices

    store = _store(args)
    print(json.dumps(list_devices(store), ensure_ascii=False, indent=1))
    store.close()
    return 0


def cmd_stations(args) -> int:
    from app.server.status import station_sync_state

    store = _store(args)
    print(json.dumps(station_sync_state(store), ensure_ascii=False, indent=1))
    store.close()
    return 0


def cmd_import(args) -> int:
    from app.server.folder import import_folder
    from app.server.keys import load_county_keys

    store = _store(args)
    result = import_folder(store, load_county_keys(_keys_dir(args)), Path(args.source))
    store.close()
    print(f"{result.receipts} receipts and {result.pull_parcels} parcels for devices written")
    for name, reason in result.refused:
        print(f"refused {name}: {reason}", file=sys.stderr)
    return 0 if not result.refused else 1


def cmd_publish_catalog(args) -> int:
    from app.server.catalog import publish_catalog_file

    store = _store(args)
    publish_catalog_file(store, Path(args.file))
    store.close()
    print("catalogue published to every station")
    return 0


def cmd_serve(args) -> int:
    import uvicorn

    from app.server.access_log import configure_access_log
    from app.server.api import create_app, server_config
    from app.server.keys import load_county_keys

    settings: ServerSettings = args.settings
    keys = load_county_keys(_keys_dir(args))
    configure_access_log(settings.access_log)
    store = _store(args)
    app = create_app(store, keys, updates_dir=settings.updates, settings=settings)
    if settings.tls_cert is None:
        print("warning: serving plain HTTP; devices accept it only on this computer or as a"
              " trial. Give --tls-cert/--tls-key, or put TLS (nginx, caddy) in front.",
              file=sys.stderr)
    uvicorn.Server(server_config(app, settings.host, settings.port, tls_cert=settings.tls_cert,
                                 tls_key=settings.tls_key, log_level=settings.log_level)).run()
    return 0


def cmd_release_init(args) -> int:
    from app.updates.release import init_repository

    root = init_repository(Path(args.repo), Path(args.keys))
    print(f"release repository made; stations trust {root} (build it into the bundle as "
          "resources/update/root.json); keep the keys folder offline")
    return 0


def cmd_release_add(args) -> int:
    from app.updates.release import add_release

    archive = add_release(Path(args.repo), Path(args.keys), Path(args.bundle), args.release_version)
    print(f"release {args.release_version} signed: {archive}")
    return 0


def cmd_publish_release(args) -> int:
    from app.updates.release import publish_to_county

    publish_to_county(Path(args.repo), Path(args.updates))
    print(f"release repository published to {args.updates}; `serve --updates` relays it")
    return 0


def cmd_summary(args) -> int:
    from app.server.rollup import write_county_summary

    store = _store(args)
    try:
        out = write_county_summary(store, args.month, Path(args.out), language=args.language,
                                   fmt=args.format, station_keys=args.station or None)
    finally:
        store.close()
    print(f"county summary for {args.month} written to {out}")
    return 0


def cmd_add_user(args, role: str | None = None) -> int:
    import getpass

    from app.server.accounts import AccountError, create_user

    store = _store(args)
    given = args.settings.new_password
    password = given.get_secret_value() if given else getpass.getpass(
        f"password for {args.username}: ")
    try:
        create_user(store, args.username, password, role or args.role,
                    display_name=args.display_name, stations=getattr(args, "station", None))
    except AccountError as error:
        reasons = {"bad_username": "use 2-40 small letters, digits, '.', '-' or '_'",
                   "weak_password": "the password needs at least 10 characters",
                   "bad_role": "unknown role", "user_exists": "this account already exists",
                   "no_stations": "a supervisor needs at least one --station"}
        print(f"station-ledger-server: cannot add {args.username}:"
              f" {reasons.get(error.code, error.code)} ({error.code})", file=sys.stderr)
        return 2
    finally:
        store.close()
    print(f"county account {args.username} added ({role or args.role})")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="station-ledger-server",
                                     description="Station Ledger county server")
    from app.version import VersionAction

    parser.add_argument("--version", action=VersionAction, program="station-ledger-server",
                        with_schema=False)
    parser.add_argument("--db", default=None,
                        help="database URL (sqlite:///... or postgresql+psycopg://...; default"
                             f" STATION_LEDGER_SERVER_DB, else {DEFAULT_DB})")
    parser.add_argument("--config", default=None, metavar="FILE",
                        help="settings file: TOML, or STATION_LEDGER_SERVER_*=... lines in a"
                             " .env file (docs/server.md lists every setting)")
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name, func, text):
        sub = commands.add_parser(name, help=text)
        sub.set_defaults(func=func)
        return sub

    command("keys", cmd_keys, "make the county's key pairs").add_argument("--dir", required=True)
    command("init-db", cmd_init_db, "create the server's tables")
    command("migrate", cmd_migrate, "bring the county database to the newest schema "
            "(also done by serve and every other command)")
    sub = command("enroll-code", cmd_enroll_code, "issue a one-time enrollment code")
    sub.add_argument("--station", required=True, help="a short key for the station")
    sub.add_argument("--name", default="", help="the station's name")
    sub.add_argument("--label", default="", help="whose device (e.g. 'Zhuoma laptop')")
    sub.add_argument("--hours", type=int, default=72)
    sub.add_argument("--keys", default=None, help="the county key folder (for the fingerprint)")
    sub.add_argument("--qr", default="", help="also write a QR image (.png or .svg) of the code,"
                     " fingerprint and server address for the printed code sheet")
    sub.add_argument("--server-url", default="", help="the https:// address devices use")
    sub.add_argument("--role", choices=["worker", "supervisor", "admin"], required=True,
                     help="the highest role the device may act with: admin for the station's"
                          " own computer, worker or supervisor for a person's laptop (the"
                          " county refuses any change above it)")
    command("revoke", cmd_revoke, "refuse a device from now on").add_argument("device")
    command("devices", cmd_devices, "list enrolled devices")
    command("stations", cmd_stations, "per-station sync state")
    sub = command("import-parcels", cmd_import, "import parcels from a folder or USB stick")
    sub.add_argument("--keys", default=None, help="the county key folder (or the keys setting)")
    sub.add_argument("--from", dest="source", required=True)
    command("publish-catalog", cmd_publish_catalog,
            "send a service catalogue to every station").add_argument("file")
    sub = command("summary", cmd_summary, "the county's monthly roll-up across stations")
    sub.add_argument("--month", required=True, help="YYYY-MM")
    sub.add_argument("--out", required=True, help="a .pdf, .xlsx or .csv file")
    sub.add_argument("--format", choices=["pdf", "xlsx", "csv"], default=None)
    sub.add_argument("--language", choices=["zh_CN", "bo", "en", "bilingual"], default="zh_CN")
    sub.add_argument("--station", action="append", default=[], help="only these stations")
    sub = command("add-admin", lambda a: cmd_add_user(a, "county_admin"),
                  "add a county administrator of the web console (asks for the password,"
                  " or reads STATION_LEDGER_NEW_PASSWORD)")
    sub.add_argument("username")
    sub.add_argument("--display-name", default="")
    sub = command("add-user", cmd_add_user, "add a console account with a role")
    sub.add_argument("username")
    sub.add_argument("--role", required=True, choices=["county_admin", "county_viewer",
                                                       "supervisor"])
    sub.add_argument("--station", action="append", default=[],
                     help="a station key the supervisor may see (repeat)")
    sub.add_argument("--display-name", default="")
    sub = command("serve", cmd_serve, "run the HTTP server")
    sub.add_argument("--keys", default=None, help="the county key folder (or the keys setting)")
    sub.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1)")
    sub.add_argument("--port", default=None, help="TCP port (default 8443)")
    sub.add_argument("--tls-cert", default=None, help="HTTPS: the certificate chain (PEM)")
    sub.add_argument("--tls-key", default=None, help="HTTPS: its private key (PEM)")
    sub.add_argument("--updates", default=None,
                     help="folder of signed program releases to relay (see publish-release)")
    sub = command("release-init", cmd_release_init,
                  "release manager, offline: make the release keys and signed root")
    sub.add_argument("--repo", required=True)
    sub.add_argument("--keys", required=True)
    sub = command("release-add", cmd_release_add,
                  "release manager, offline: sign a bundle folder as a new release")
    sub.add_argument("--repo", required=True)
    sub.add_argument("--keys", required=True)
    sub.add_argument("--bundle", required=True)
    sub.add_argument("--release-version", dest="release_version", required=True)
    sub = command("publish-release", cmd_publish_release,
                  "copy a signed release repository (no keys) into the county's update folder")
    sub.add_argument("--repo", required=True)
    sub.add_argument("--updates", required=True)
    for sub in commands.choices.values():  # `station-ledger-server COMMAND --version` too
        sub.add_argument("--version", action=VersionAction, program="station-ledger-server",
                         with_schema=False)
    return parser


SETTING_ARGUMENTS = tuple(sorted(COMMAND_LINE))  # the settings the command line also gives


def settings_of(args) -> ServerSettings:
    """The settings of this run: the command line's values over the environment's over the
    config file's (SettingsError naming the setting when one is bad)."""
    given = {name: getattr(args, name, None) for name in SETTING_ARGUMENTS}
    # the publish-release/release-* commands' own --updates/--keys are folders of their own
    if args.func in (cmd_release_init, cmd_release_add, cmd_publish_release):
        given.pop("keys"), given.pop("updates")
    return load_settings(args.config, **given)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        args.settings = settings_of(args)
        return args.func(args)
    except SettingsError as error:
        print(f"station-ledger-server: {error}", file=sys.stderr)
        return 2
    except UserError as error:
        print(f"station-ledger-server: {error.message()}", file=sys.stderr)
        return 2
    except CountyDatabaseTooNew as error:
        print(f"station-ledger-server: {error}", file=sys.stderr)
        return 2
    except OSError as error:  # a file or folder named on the command line: no traceback
        print(f"station-ledger-server: {error.filename or ''}: {error.strerror or error}",
              file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
