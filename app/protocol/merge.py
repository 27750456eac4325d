"""Field-level three-way merge, the one rule both the county server and the devices follow.

A change names the fields it touched, the record after the change (`snapshot`) and, for an
update, the value each touched field had before (`base`). Against the current merged state:

- a field the change leaves equal to the current value: nothing to do;
- a field whose current value still equals the change's base: nobody else touched it, take it;
- otherwise two devices edited the same field concurrently: a **conflict**. The current value
  stays (the first to reach the county), both values go to the conflict inbox, and a person
  chooses. Never silent last-writer-wins.
- append-only kinds (attendance, service records, reviews) never conflict: their records are
  written once; on the rare update (e.g. a tombstone) a change made on top of the current
  value (its base equals it) wins, and of two concurrent updates the later clock stamp wins.

Clock stamps decide nothing else: a device whose clock ran fast and was corrected steps its
stamps back once (app.protocol.hlc), and its later edits still merge by their bases.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

UNMERGED_FIELDS = frozenset({"hlc", "created_at", "updated_at"})
_MISSING = object()


@dataclass
class RecordState:
    snapshot: dict[str, Any]
    field_hlc: dict[str, str]

    @property
    def hlc(self) -> str:
        return max(self.field_hlc.values(), default="")


@dataclass(frozen=True)
class FieldConflict:
    field: str
    current_value: Any  # kept in the record for now
    proposed_value: Any  # the value the arriving change wanted


@dataclass
class MergeResult:
    state: RecordState
    applied_fields: list[str] = field(default_factory=list)
    affirmed_fields: list[str] = field(default_factory=list)  # already had this value
    conflicts: list[FieldConflict] = field(default_factory=list)
    changed: bool = False


def merge_change(current: RecordState | None, *, fields: list[str], snapshot: dict[str, Any],
                 base: dict[str, Any] | None, hlc: str, append_only: bool) -> MergeResult:
    """Merge one change into the current state; pure (the caller stores the result)."""
    if current is None:
        state = RecordState(dict(snapshot), {name: hlc for name in snapshot
                                              if name not in UNMERGED_FIELDS})
        return MergeResult(state, applied_fields=sorted(state.field_hlc), changed=True)
    state = RecordState(dict(current.snapshot), dict(current.field_hlc))
    result = MergeResult(state)
    base = base or {}
    for name in fields:
        if name in UNMERGED_FIELDS or name not in snapshot:
            continue
        proposed = snapshot[name]
        existing = state.snapshot.get(name, _MISSING)
        if existing == proposed:
            state.field_hlc[name] = max(state.field_hlc.get(name, ""), hlc)
            result.affirmed_fields.append(name)
            continue
        on_top = existing is _MISSING or base.get(name, _MISSING) == existing
        if append_only:
            take = on_top or hlc > state.field_hlc.get(name, "")
        else:
            take = on_top
        if take:
            state.snapshot[name] = proposed
            state.field_hlc[name] = max(hlc, state.field_hlc.get(name, "")) if on_top else hlc
            result.applied_fields.append(name)
            result.changed = True
        elif not append_only:
            result.conflicts.append(FieldConflict(name, existing, proposed))
    if result.changed:
        for name in ("updated_at", "hlc"):
            if name in snapshot:
                state.snapshot[name] = max(str(state.snapshot.get(name) or ""), str(snapshot[name]))
    return result


def keep_local_fields(server_snapshot: dict[str, Any], local_snapshot: dict[str, Any] | None,
                      pending_fields: set[str]) -> dict[str, Any]:
    """A device applying the county's merged state: fields it changed itself and has not yet
    had merged by the county stay as they are (the county will merge them when they arrive);
    every other field takes the county's value."""
    if local_snapshot is None or not pending_fields:
        return dict(server_snapshot)
    merged = dict(server_snapshot)
    for name in pending_fields:
        if name in local_snapshot:
            merged[name] = local_snapshot[name]
    return merged
