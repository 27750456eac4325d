"""Stores made by every released schema open with today's code: migrated at sign-in, after
an encrypted backup, with every record kept. Fixtures: tests/fixtures/stations/schema-*/
(a 6-household demo station; users of the demo, password demo1234)."""
from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import SYNCED_MODELS, Household
from app.models.migrate import current_revision, head_revision
from app.services import records
from app.services.station import sign_in, sign_out

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "stations").glob("schema-*"))


def counts(workspace) -> dict[str, int]:
    with workspace.read() as session:
        return {kind: session.scalar(select(func.count()).select_from(model))
                for kind, model in SYNCED_MODELS.items()}


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_old_store_is_migrated_with_a_backup_and_keeps_every_record(tmp_path, fixture):
    data_dir = tmp_path / fixture.name
    shutil.copytree(fixture, data_dir)
    workspace = sign_in(data_dir, "zhuoma", "demo1234")
    try:
        assert current_revision(workspace.store) == head_revision()
        before = counts(workspace)
        assert before["household"] == 6 and before["visit"] > 0
        with workspace.read() as session:
            household_id = session.scalars(select(Household.id)).first()
        records.record_visit(workspace, records.VisitInput(
            household_id=household_id, visited_on=date.today() - timedelta(days=1),
            domain_code="elderly_care", service_items=["ec.health"]))
        assert counts(workspace)["visit"] == before["visit"] + 1
    finally:
        sign_out(workspace)
    backups = list((data_dir / "backups").glob("*.db"))
    assert len(backups) == 1 and backups[0].read_bytes()[:6] != b"SQLite"
