"""The protocol package: the newest frozen schema is the station's models (so a schema change
of a synced table cannot be forgotten), every frozen revision loads, and the clock rule for a
laptop whose clock ran fast and was corrected."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from app.protocol.hlc import (MAX_DRIFT_MS, REBASE_MS, ClockError, HlcTimestamp,
                              HybridLogicalClock)
from app.protocol.schema import known_revisions, newest_revision, schema_for

ROOT = Path(__file__).resolve().parents[1]


def _freeze_script():
    spec = importlib.util.spec_from_file_location("freeze", ROOT / "scripts" /
                                                  "freeze_protocol_schema.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_newest_frozen_schema_is_the_models_at_the_newest_migration():
    from app.models.migrate import newest_revision_on_disk

    assert newest_revision() == newest_revision_on_disk(), \
        "run scripts/freeze_protocol_schema.py after a migration"
    frozen = json.loads((ROOT / "app/protocol/schemas" / f"{newest_revision()}.json")
                        .read_text())
    assert frozen["kinds"] == _freeze_script().current_schema(), \
        "a synced table changed: add a migration and run scripts/freeze_protocol_schema.py"


def test_every_frozen_revision_loads_and_keeps_its_kinds():
    assert known_revisions()[0] == "0003"
    for revision in known_revisions():
        schema = schema_for(revision)
        assert {"person", "visit", "case_file", "attendance"} <= set(schema.kinds)
        assert schema.kinds["attendance"].append_only and not schema.kinds["visit"].append_only
    assert schema_for("0099") is None


class Wall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


DAY = 24 * 3600 * 1000


def test_a_clock_that_ran_fast_and_was_corrected_rebases_once():
    wall = Wall(1_800_000_000_000 + 365 * DAY)  # a year fast
    clock = HybridLogicalClock("n", wall_ms=wall)
    fast = clock.now()
    wall.ms -= 365 * DAY  # corrected
    after = clock.now()
    assert after.millis == wall.ms and after.counter == 0 and clock.rebased_from == fast
    assert clock.now() > after  # and monotonic again from there


def test_a_small_step_back_keeps_the_ordinary_hybrid_clock():
    wall = Wall(1_800_000_000_000)
    clock = HybridLogicalClock("n", wall_ms=wall)
    first = clock.now()
    wall.ms -= REBASE_MS // 2
    second = clock.now()
    assert second > first and second.millis == first.millis and clock.rebased_from is None


def test_the_county_correction_moves_physical_time():
    wall = Wall(1_800_000_000_000 + 3 * DAY)
    clock = HybridLogicalClock("n", wall_ms=wall, offset_ms=-3 * DAY)
    assert clock.now().millis == 1_800_000_000_000


def test_a_remote_stamp_far_ahead_is_not_taken_in():
    wall = Wall(1_800_000_000_000)
    clock = HybridLogicalClock("n", wall_ms=wall)
    before = clock.now()
    with pytest.raises(ClockError):
        clock.observe(HlcTimestamp(wall.ms + MAX_DRIFT_MS + 1, 0, "x"))
    assert clock.last == before
    near = HlcTimestamp(wall.ms + 1000, 5, "x")
    assert clock.observe(near) > near


def test_a_malformed_stamp_is_refused():
    for text in ("", "12-0000-ab", "abcdefghijklm-0000-ab", "1800000000000-zz-ab"):
        with pytest.raises(ClockError):
            HlcTimestamp.decode(text)
