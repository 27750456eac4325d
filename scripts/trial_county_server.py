#!/usr/bin/env python3
"""A trial county server with the demo station's data in it, for a first look at the console.

    .venv/bin/python scripts/trial_county_server.py [--dir county-trial] [--port 8443]

The first run makes, under --dir: county keys, a SQLite county database, a console account
`admin` (password printed once, or STATION_LEDGER_SERVER_NEW_PASSWORD), and a demo station
(`demo-station/`, sign in there with admin / demo1234) that is enrolled and synced into the
server. Later runs reuse all of it and just serve. Open http://127.0.0.1:PORT/console/ .
For trials only: a real county uses PostgreSQL and `station-ledger-server serve`
(docs/server.md).
"""
from __future__ import annotations

import argparse
import secrets
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", default="county-trial")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8443)
    parser.add_argument("--households", type=int, default=120)
    args = parser.parse_args()

    import uvicorn

    from app.server.accounts import create_user
    from app.server.api import create_app, server_config
    from app.server.db import ServerStore
    from app.server.enrollment import issue_enrollment_code
    from app.server.keys import create_county_keys, load_county_keys

    root = Path(args.dir).resolve()
    root.mkdir(parents=True, exist_ok=True)
    first_run = not (root / "keys").exists()
    keys = create_county_keys(root / "keys") if first_run else load_county_keys(root / "keys")
    store = ServerStore(f"sqlite:///{root / 'county.db'}")
    store.create_schema()
    app = create_app(store, keys)
    server = uvicorn.Server(server_config(app, args.host, args.port))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            return 1
        time.sleep(0.05)
    url = f"http://{args.host}:{args.port}"
    if first_run:
        from app.server.settings import load_settings

        given = load_settings().new_password  # STATION_LEDGER_SERVER_NEW_PASSWORD
        password = given.get_secret_value() if given else secrets.token_urlsafe(12)
        create_user(store, "admin", password, "county_admin", display_name="County admin")
        print(f"console account: admin / {password}  (shown once)")
        from app.services.demo import create_demo_station
        from app.services.station import sign_in, sign_out
        from app.sync.client import SyncClient
        from app.sync.transport import HttpTransport

        print("making the demo station and syncing it into the county server ...")
        create_demo_station(root / "demo-station", households_count=args.households)
        workspace = sign_in(root / "demo-station", "admin", "demo1234")
        try:
            client = SyncClient(workspace.store, HttpTransport(url))
            code = issue_enrollment_code(store, "demo", station_name="示范社工站", role="admin",
                                         label="demo station computer")
            # the fingerprint the printed code sheet carries (here: read off our own keys)
            client.enroll(url, code, fingerprint=keys.enrolment_fingerprint)
            client.sync_now()
        finally:
            sign_out(workspace)
    print(f"county console: {url}/console/   (Ctrl+C stops)")
    try:
        thread.join()
    except KeyboardInterrupt:
        server.should_exit = True
        thread.join(15)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
