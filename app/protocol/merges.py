"""How a merge of two records (kind "merge") is applied, the one rule the devices and the
county share: every reference to the merged-away id is pointed at the survivor.

A merge names `kind` (person / household), `merged_id` and `survivor_id`. `REFERENCES` says
which fields of which record kinds refer to a person or a household. `redirect_snapshot`
rewrites one record's snapshot; the county calls it for every record it stores after a merge,
also for records that arrive later naming the merged-away id (a visit made offline on another
laptop), so every copy converges on the survivor. Pure: no database here.
"""
from __future__ import annotations

from typing import Any

MERGE_KIND = "merge"

# merged record kind -> {referring record kind: [fields]}
REFERENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "person": {"case_file": ("person_id",), "attendance": ("person_id",),
               "resource_link": ("person_id",), "attachment": ("owner_id",)},
    "household": {"person": ("household_id",), "visit": ("household_id",),
                  "resource_link": ("household_id",), "task": ("household_id",),
                  "attachment": ("owner_id",)},
}
# An attachment's `owner_id` names a record of its `owner_kind`; ids are UUIDs, unique across
# kinds, so pointing every `owner_id` equal to a merged-away person's (or household's) id at
# the survivor moves exactly that record's attachments.
REFERRING_KINDS = frozenset(k for refs in REFERENCES.values() for k in refs)


def redirects_of(merges: list[dict[str, Any]]) -> dict[str, str]:
    """{merged-away id: final survivor id} from merge snapshots, following chains (a merged
    into b, b merged into c) and ignoring cycles."""
    direct = {str(m.get("merged_id")): str(m.get("survivor_id")) for m in merges
              if m.get("merged_id") and m.get("survivor_id") and not m.get("deleted_at")}
    final = {}
    for merged in direct:
        seen, target = {merged}, direct[merged]
        while target in direct and target not in seen:
            seen.add(target)
            target = direct[target]
        if target != merged:
            final[merged] = target
    return final


def redirect_snapshot(kind: str, snapshot: dict[str, Any], redirects: dict[str, str]) -> list[str]:
    """Point the references of one record at survivors (in place); the fields changed."""
    changed = []
    if not redirects or kind not in REFERRING_KINDS:
        return changed
    for refs in REFERENCES.values():
        for name in refs.get(kind, ()):
            value = snapshot.get(name)
            if isinstance(value, str) and value in redirects:
                snapshot[name] = redirects[value]
                changed.append(name)
    return changed
