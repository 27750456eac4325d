"""`python -m app` and the PyInstaller bundle's entry point: the command line (GUI by default).
A bundle first hands over to a staged, verified update if there is one (app/updates/launcher.py)."""
import sys

if __name__ == "__main__":
    from app.updates.launcher import run_staged_if_any
    from app.version import app_version

    run_staged_if_any(sys.argv[1:], app_version())
    from app.cli import entry

    sys.exit(entry())
