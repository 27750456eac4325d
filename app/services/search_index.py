"""The people search index at sign-in: rebuilt once when the key functions have changed.

The keys themselves are storage level (app/models/search_index.py: `person_keys`,
`refresh_search_keys`, `rekey_all`, re-exported here for the use cases). When those functions
change, SEARCH_KEY_VERSION goes up and `rekey_if_outdated` rebuilds every live person's keys
once, at the next sign-in (in one transaction, after the schema migrations), so stored keys and
query keys never disagree.
"""
from __future__ import annotations

from app.models.search_index import (  # noqa: F401 - the use cases import them from here
    META_KEY, SEARCH_KEY_VERSION, person_keys, refresh_search_keys, rekey_all)


def rekey_if_outdated(store) -> int | None:
    """At sign-in: rebuild the index if it was built by an older key function.
    Returns the number of people re-keyed, or None when the index was current."""
    if store.get_meta(META_KEY) == SEARCH_KEY_VERSION:
        return None
    with store.transaction() as session:
        return rekey_all(session)
