"""Child process for the core-dump test: core dumps allowed by the system (soft limit raised),
then the real command line runs `verify`, which signs in and crashes (abort) while the data key
is in memory. With `--allow-dumps` the app's hardening is switched off (the control case)."""
from __future__ import annotations

import os
import resource
import sys

resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))

import app.cli  # noqa: E402
import app.cli.station  # noqa: E402
from app.cli.common import signed_in  # noqa: E402
import app.security.process  # noqa: E402

if "--allow-dumps" in sys.argv:
    sys.argv.remove("--allow-dumps")
    app.security.process.disable_core_dumps = lambda: {}


def crash_while_signed_in(args) -> int:
    with signed_in(args) as workspace:
        sys.stdout.write(workspace.data_key.hex() + "\n")
        sys.stdout.flush()
        os.abort()


app.cli.station.cmd_verify = crash_while_signed_in  # bound when the parser is built
sys.exit(app.cli.entry())  # the program's own entry: hardening, then the command line
