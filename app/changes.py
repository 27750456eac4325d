"""What a write returned: `Changes` (record kinds and ids) or `Created` (a new record's id and its
`Changes`). Every operation (a use case that writes) returns one of these, or any result with a
`changes` attribute, so a caller reads `result.changes` and never guesses at the shape.

Kept apart from `app.services` so that the mechanism packages (`app.sync`, `app.reports`) can
return them without importing the use cases.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Protocol


@dataclass(frozen=True)
class Changes:
    """What a use case changed: record kinds and ids, so each screen refreshes only its part."""

    kinds: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, kind: str, *ids: str) -> "Changes":
        return cls(frozenset({kind}), frozenset(ids))

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.kinds | other.kinds, self.ids | other.ids)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    @property
    def changes(self) -> "Changes":
        """A `Changes` is its own operation result."""
        return self


class Created(NamedTuple):
    """A use case that makes a record returns its id and what changed (unpacks as a pair)."""

    id: str
    changes: Changes


class OpResult(Protocol):
    """Anything an operation may return: it names what it changed."""

    @property
    def changes(self) -> Changes: ...
