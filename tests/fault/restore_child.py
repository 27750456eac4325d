"""Child process for the restore crash test: restores a backup into a folder."""
from __future__ import annotations

import sys

from app.services.restore import restore_backup

print("ready", flush=True)
restore_backup(sys.argv[1], sys.argv[2], username=sys.argv[3], password=sys.argv[4])
print("restored", flush=True)
