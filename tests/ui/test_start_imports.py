"""The fast start (issue 18) cannot regress silently: when the sign-in screen first paints, a fresh
program has imported no database code, no report code and no page; the warm-up then loads them;
pages are built when first shown, and every page's title in the navigation is the page's own."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.ui.conftest import settle, sign_in_worker

ROOT = Path(__file__).resolve().parents[2]

# Imported only after the sign-in screen is up (by app/ui/warm_up.py or where first used).
HEAVY = ("sqlalchemy", "sqlcipher3", "alembic", "reportlab", "openpyxl", "pypinyin", "argon2",
         "httpx", "app.models", "app.sync", "app.services.station",
         "app.services.workspace", "app.ui.main_window", "app.ui.pages", "app.ui.first_run")

PROBE = r"""
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from app.ui import first_paint

HEAVY = tuple(sys.argv[2].split(","))

def painted(name, widget):
    if name == "signin":
        early = sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in HEAVY))
        print("EARLY " + " ".join(early), flush=True)
        QTimer.singleShot(0, late)  # after the screen's own first-paint work

def late():
    from app.ui import warm_up
    warm_up.wait()  # started by the sign-in screen's first paint
    loaded = [h for h in ("sqlalchemy", "app.services.station", "app.ui.main_window") if h in sys.modules]
    print("LATE " + " ".join(loaded), flush=True)
    os._exit(0)

first_paint.listeners.append(painted)
sys.argv = ["station-ledger", "--data-dir", sys.argv[1]]
from app.cli import entry
entry()
os._exit(3)
"""


def test_sign_in_screen_paints_before_database_code_is_imported(station_dir):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "STATION_LEDGER_PAINT_MARKS": "1"}
    done = subprocess.run([sys.executable, "-c", PROBE, str(station_dir), ",".join(HEAVY)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    lines = dict(line.split(" ", 1) if " " in line else (line, "")
                 for line in done.stdout.splitlines() if line.startswith(("EARLY", "LATE")))
    assert "EARLY" in lines, (done.returncode, done.stdout, done.stderr[-2000:])
    assert lines["EARLY"].split() == [], f"imported before the sign-in screen painted: {lines['EARLY']}"
    # then the warm-up loaded what signing in needs, while the user types
    assert lines["LATE"].split() == ["sqlalchemy", "app.services.station", "app.ui.main_window"]
    # the timing hook a person can use on the real program (monotonic seconds on stderr)
    mark = next(line for line in done.stderr.splitlines() if line.startswith("paint-mark "))
    assert mark.split()[1] == "signin" and float(mark.split()[2]) > 0


def test_pages_are_built_when_first_shown(station_app, qtbot):
    from app.ui.main_window import BACKGROUND_PAGES

    main = sign_in_worker(station_app)
    qtbot.waitUntil(lambda: set(BACKGROUND_PAGES) <= set(main.pages.built()), timeout=5000)
    assert set(main.pages.built()) == {"today", *BACKGROUND_PAGES}  # the first page, then these
    main.go("visits")
    settle(station_app)
    assert "visits" in main.pages.built()
    assert main.current_page() is main.pages["visits"]
    assert main.holders["visits"].widget() is main.pages["visits"]


def test_navigation_titles_are_the_pages_own_in_every_language(station_app, prepared_app):
    from app.ui.main_window import PAGE_NAMES, page_title
    from app.ui.translations import switch_language

    main = sign_in_worker(station_app)
    for language in ("zh_CN", "bo", "en"):
        switch_language(prepared_app, language)
        for name in PAGE_NAMES:
            assert page_title(name) == main.pages[name].title(), (language, name)
    assert page_title("people") == "Households and people"  # English: the source text


HOLD_PROBE = r"""
import sys, time
from app.ui import warm_up
later = "xml.dom.minidom"  # a module nothing imported yet: it stands for a page
assert later not in sys.modules
warm_up.import_later([later])
warm_up.hold()  # Enter pressed while the warm-up runs
warm_up.start()
warm_up.wait()  # what signing in needs is loaded
time.sleep(0.5)
held = later in sys.modules
warm_up.release()  # the main window painted
deadline = time.monotonic() + 10
while later not in sys.modules and time.monotonic() < deadline:
    time.sleep(0.02)
print(held, later in sys.modules)
"""


def test_the_pages_imports_wait_while_signing_in(tmp_path):
    """From Enter until the main window has painted the warm-up imports no page (on one core
    they competed with Argon2id and the window), and it goes on after."""
    done = subprocess.run([sys.executable, "-c", HOLD_PROBE], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "True"], done.stdout
