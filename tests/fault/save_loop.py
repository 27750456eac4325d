"""Child process for the crash test: signs in, then saves visits one transaction at a time
and prints each visit's id only after its commit returned (an acknowledged save)."""
from __future__ import annotations

import sys
from datetime import date, timedelta

from app.services import records
from app.services.station import sign_in


def main(data_dir: str, username: str, password: str, household_id: str, start: int) -> None:
    workspace = sign_in(data_dir, username, password)
    print("ready", flush=True)
    number = start
    while True:
        visit_id, _ = records.record_visit(workspace, records.VisitInput(
            household_id=household_id, visited_on=date.today() - timedelta(days=1),
            domain_code="elderly_care", service_items=["ec.health"], notes=f"save #{number}"))
        print(f"{number} {visit_id}", flush=True)
        number += 1


if __name__ == "__main__":
    main(*sys.argv[1:5], int(sys.argv[5]))
