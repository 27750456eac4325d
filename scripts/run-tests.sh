#!/usr/bin/env bash
# Run the whole test suite: core, security, fault (kill -9, plaintext scan), UI (offscreen),
# sync end-to-end against a real county server on loopback, PostgreSQL server tests,
# reports rendered with pdftoppm. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export STATION_LEDGER_FAST_KDF=1
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
