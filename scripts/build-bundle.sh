#!/usr/bin/env bash
# Build the onedir desktop bundle into dist/station-ledger/ (PyInstaller, build.spec).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python scripts/build_translations.py --compile-only >/dev/null || .venv/bin/python scripts/build_translations.py
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath "${DIST_DIR:-dist}" \
  --workpath "${WORK_DIR:-build}" build.spec
echo "bundle: ${DIST_DIR:-dist}/station-ledger/station-ledger"
