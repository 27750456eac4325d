"""Child process for the join crash test: joins a folder to a station and kills itself with
SIGKILL when the join reaches the named step (app.services.join.step_hook)."""
from __future__ import annotations

import os
import signal
import sys

from app.services import join


def main(data_dir: str, url: str, code: str, password: str, recovery_hex: str,
         stop_at: str, fingerprint: str) -> None:
    def hook(step: str) -> None:
        if step == stop_at:
            os.kill(os.getpid(), signal.SIGKILL)

    join.step_hook = hook
    join.join_station(data_dir, url=url, code=code, username="admin", password=password,
                      county_recovery_public=bytes.fromhex(recovery_hex), fingerprint=fingerprint,
                      allow_plain_http=True)  # the test county on loopback
    print("joined without being stopped", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:8])
