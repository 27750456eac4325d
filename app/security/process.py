"""Hardening of the app's own process: no core dumps.

A crash while someone is signed in could otherwise write a core file holding the raw data key
and decrypted records. `disable_core_dumps()` runs first thing in `app.cli.entry` (the entry of
the command line, the desktop app and the bundle):

- POSIX: `RLIMIT_CORE` set to 0 (soft and hard), so the kernel writes no core file (also not
  through a `core_pattern` pipe such as systemd-coredump, which honours the limit of 0 for
  the file and gets no dump from a non-dumpable process);
- Linux: `prctl(PR_SET_DUMPABLE, 0)`: no core dump whatever the limit, and other processes
  of the same user cannot ptrace it or read /proc/<pid>/mem;
- Windows and macOS: the limit (macOS) as above; Windows Error Reporting dumps are a system
  setting outside the app (documented in docs/security-model.md) — a no-op here.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE, PR_GET_DUMPABLE = 4, 3


def _libc():
    return ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)


def disable_core_dumps() -> dict[str, bool]:
    """Turn off core dumps for this process; returns what was done ({"rlimit": …, "prctl": …}).

    Never raises: a platform without the call keeps going (and reports False)."""
    done = {"rlimit": False, "prctl": False}
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done["rlimit"] = True
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            done["prctl"] = _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
        except (OSError, AttributeError):
            pass
    return done


def core_dumps_disabled() -> bool:
    """True if this process can write no core dump (limit 0, or not dumpable on Linux)."""
    if sys.platform.startswith("linux"):
        try:
            if _libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0:
                return True
        except (OSError, AttributeError):
            pass
    try:
        import resource

        return resource.getrlimit(resource.RLIMIT_CORE)[0] == 0
    except ImportError:
        return False
