#!/usr/bin/env bash
# Run Station Ledger. On first use this sets the machine up and, when no station exists in
# the data directory yet, creates the bilingual demo station for a trial
# (users zhuoma / lihua / wangfang / admin, password demo1234).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DATA_DIR="${STATION_LEDGER_HOME:-$(.venv/bin/python -c 'from app.paths import default_data_dir; print(default_data_dir())')}"
if [ ! -f "$DATA_DIR/station.db" ]; then
  echo "No station in $DATA_DIR yet: creating the demo station (a few seconds)..."
  .venv/bin/station-ledger --data-dir "$DATA_DIR" demo
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run-app: no display found. Run this on the desktop, or try it on a virtual screen:"
  echo "  xvfb-run -s '-screen 0 1366x768x24' bash scripts/run-app.sh"
  exit 1
fi
exec .venv/bin/station-ledger --data-dir "$DATA_DIR" gui "$@"
