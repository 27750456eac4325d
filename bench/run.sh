#!/usr/bin/env bash
# Run every benchmark and write docs/benchmarks.md (not part of CI). Options: see bench/run.py.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || bash scripts/setup.sh
exec .venv/bin/python -m bench.run "$@"
