"""Child process for the disk-full tests: sign in, optionally cap the size of any file this
process may write (RLIMIT_FSIZE, so writes fail with EFBIG), then save visits until saves fail.
Prints "saved <id>" after each acknowledged save and "error <class> <message>" per failure."""
from __future__ import annotations

import resource
import signal
import sys
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from app.models import Household
from app.services import records
from bench import data


def main(data_dir: str, cap_extra: int) -> None:
    workspace = data.sign_in(Path(data_dir))
    with workspace.read() as session:
        household = session.scalar(select(Household.id))
    if cap_extra:
        biggest = max(p.stat().st_size for p in Path(data_dir).iterdir() if p.is_file())
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + cap_extra, biggest + cap_extra))
    print("ready", flush=True)
    failures, number = 0, 0
    while failures < 5 and number < 100_000:
        try:
            visit_id, _ = records.record_visit(workspace, records.VisitInput(
                household_id=household, visited_on=date.today() - timedelta(days=1),
                domain_code="elderly_care", service_items=["ec.health"],
                notes=f"disk full #{number} " + "走访记录" * 200))
            print(f"saved {visit_id}", flush=True)
        except Exception as exc:  # noqa: BLE001 - reported to the parent
            failures += 1
            message = str(exc).splitlines()[0][:120] if str(exc) else ""
            print(f"error {type(exc).__module__}.{type(exc).__name__} {message}", flush=True)
        number += 1
    workspace.store.engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
