"""Runs inside bench/.venv-anki (never the project's venv): start Anki desktop offscreen on a
scratch base folder and print "ready <seconds since BENCH_T0>" once the main window has opened
a profile (its web views loaded) and the event loop has turned once; then close Anki.

The first-run language dialog is answered "English" (a warm-up run does that once)."""
from __future__ import annotations

import os
import sys
import threading
import time

STARTED = float(os.environ.get("BENCH_T0", time.time()))


def main() -> None:
    import aqt
    from aqt import gui_hooks
    from aqt.profiles import ProfileManager
    from aqt.qt import QTimer

    ProfileManager.setDefaultLang = lambda self, _idx: self.setLang("en_US")

    def ready(*_args) -> None:
        def report() -> None:
            print(f"ready {time.time() - STARTED:.4f}", flush=True)
            threading.Timer(10, lambda: os._exit(3)).start()  # bounded shutdown
            try:  # keep the profile valid for the next run, skip Anki's slow exit path
                aqt.mw.pm.save()
                aqt.mw.col.close(downgrade=False)
            finally:
                os._exit(0)

        QTimer.singleShot(0, report)

    gui_hooks.profile_did_open.append(ready)
    sys.argv = ["anki", "-b", sys.argv[1]]
    aqt.run()


if __name__ == "__main__":
    main()
