#!/usr/bin/env bash
# Re-make requirements.lock: the exact version and hashes of every dependency (the app's and
# the dev/test tools', for every platform: --universal), from pyproject.toml. Run it after
# changing a dependency in pyproject.toml and commit both; scripts/setup.sh, CI and the bundle
# build install only from the lock.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/uv ] || .venv/bin/python -m pip install -q "uv>=0.5"
.venv/bin/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
  --generate-hashes --quiet -o requirements.lock
echo "requirements.lock: $(grep -c '==' requirements.lock) pinned packages"
