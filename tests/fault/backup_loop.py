"""Child process for the backup crash test: signs in, then makes backups into a folder one
after another (keeping 3) and prints each one's folder name once it is complete."""
from __future__ import annotations

import sys

from app.services.backup import back_up_now
from app.services.station import sign_in


def main(data_dir: str, username: str, password: str, folder: str) -> None:
    workspace = sign_in(data_dir, username, password)
    print("ready", flush=True)
    while True:
        info = back_up_now(workspace, folder, keep=3)
        print(info.path.name, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
