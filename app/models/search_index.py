"""The people search index (`person_search_key`), storage level: the keys of one person.

`person_keys(person)` is the only place stored keys come from (`app.text.search_keys` makes
them with the same functions that turn a typed query into keys). Every writer of a person's
names or ID number calls `refresh_search_keys` in the same transaction: the use cases, and the
sync inbox for a person received from the county. When the key functions change,
SEARCH_KEY_VERSION goes up and app.services.search_index.rekey_if_outdated rebuilds them.
"""
from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models.people import Person, PersonSearchKey
from app.models.system import Meta
from app.text.search_keys import MAX_KEY_LENGTH, person_search_keys

# 2: canonical() for every key; ID numbers lowercase plus reversed ("~") for their last
#    digits; ü spelled v / yu / u; surname readings from resources/names/surnames.json.
SEARCH_KEY_VERSION = "2"
META_KEY = "search_key_version"


def person_keys(person: Person) -> set[str]:
    """The stored keys of one person (empty for a tombstone)."""
    if person.deleted_at is not None:
        return set()
    keys = person_search_keys(person.name_zh or "", person.name_bo or "", person.name_latin or "",
                              person.id_number or "")
    return {key[:MAX_KEY_LENGTH] for key in keys if key}


def refresh_search_keys(session: Session, person: Person, *, new: bool = False) -> None:
    """Replace one person's stored keys (call after the person's names or ID number change).
    `new`: the person was inserted in this transaction and has no keys yet (no DELETE)."""
    if not new:
        session.execute(delete(PersonSearchKey).where(PersonSearchKey.person_id == person.id))
    session.add_all(PersonSearchKey(person_id=person.id, key=key) for key in person_keys(person))


def rekey_all(session: Session) -> int:
    """Rebuild every person's keys; returns how many live people were keyed."""
    session.execute(delete(PersonSearchKey))
    count = 0
    for person in session.scalars(select(Person).where(Person.deleted_at.is_(None))):
        session.add_all(PersonSearchKey(person_id=person.id, key=key) for key in person_keys(person))
        count += 1
    row = session.get(Meta, META_KEY)
    if row is None:
        session.add(Meta(key=META_KEY, value=SEARCH_KEY_VERSION))
    else:
        row.value = SEARCH_KEY_VERSION
    return count
