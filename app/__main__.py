"""`python -m app` and the PyInstaller bundle's entry point: the command line (GUI by default)."""
import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
