"""How an erasure of a person (kind "erasure") is applied, the one rule the devices and the
county share: the personal fields of every record about the person are blanked, and only
what the monthly figures need stays (ids, dates, domains, stages, amounts, target groups).

An erasure names `person_id` and, when the person's household went with them (they were its
last member), `household_id`. `Erased` is what a holder of records must scrub; `scrub` blanks
one record's snapshot in place. The county calls it for every record it stores or receives
after an erasure (also a service record made offline on another laptop after the erasure),
a device for its own rows and its change-log snapshots. Pure: no database here.

What is blanked (`BLANK`), per kind, and which records are "about" the person (`is_about`):

| kind | about the person when | blanked |
|---|---|---|
| person | it is the person | names, ID number, phone, birth date, sex, notes, consent |
| household | it is the erased household | address, phone, notes |
| case_file | its `person_id` is the person | every free-text field of the case |
| case_service, case_review | its case is one of the person's | notes / comments |
| task | its case is the person's, or its household is erased | text |
| resource_link | its person is the person, or its household is erased | notes, in-kind description |
| visit | its household is erased | notes |
| deletion_note | it explains the deletion of one of the records above | reason |
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ERASURE_KIND = "erasure"

BLANK: dict[str, dict[str, Any]] = {
    "person": {"name_zh": "", "name_bo": "", "name_latin": "", "id_number": None, "phone": "",
               "birth_date": "", "sex": "U", "notes": "", "consent_by": "",
               "consent_on": None, "consent_purposes": []},
    "household": {"address_zh": "", "address_bo": "", "phone": "", "notes": ""},
    "case_file": {"intake_reason": "", "assessment": "", "plan_goals": "", "plan_actions": "",
                  "closure_summary": ""},
    "case_service": {"notes": ""},
    "case_review": {"comments": ""},
    "task": {"text": ""},
    "resource_link": {"notes": "", "in_kind_description": ""},
    "visit": {"notes": ""},
    "deletion_note": {"reason": ""},
    # a file attached to a record about the person: its name is blanked here, and every
    # holder erases the metadata and content too (app.sync.erasures, app.server.ingest)
    "attachment": {"filename": ""},
}
SCRUBBED_KINDS = frozenset(BLANK)

# Free text of any record that may name a person (a visit note "格桑's blood pressure …"):
# where the erasure is made, each mention of the person's names, ID number or phone in these
# fields of *other* records is replaced by `REDACTED`, as an ordinary change; the erasure
# lists those records (`redacted`) so every holder gives their old versions the redacted text.
FREE_TEXT: dict[str, tuple[str, ...]] = {
    "person": ("notes",), "household": ("notes", "address_zh", "address_bo"),
    "visit": ("notes",), "activity": ("title", "notes"),
    "case_file": ("intake_reason", "assessment", "plan_goals", "plan_actions",
                  "closure_summary"),
    "case_service": ("notes",), "case_review": ("comments",), "task": ("text",),
    "resource_link": ("notes", "in_kind_description"), "deletion_note": ("reason",),
}
REDACTED = "＊＊"


def redact(text: str, terms: list[str]) -> str:
    """`text` with every term (longest first) replaced by REDACTED."""
    for term in sorted((t for t in terms if t), key=len, reverse=True):
        text = text.replace(term, REDACTED)
    return text


@dataclass
class Erased:
    """The ids an erasure reaches: persons, their households (when erased with them) and
    their case files (found from the case files' `person_id`, see `note_case`)."""
    persons: set[str] = field(default_factory=set)
    households: set[str] = field(default_factory=set)
    cases: set[str] = field(default_factory=set)
    redacted: set[str] = field(default_factory=set)  # other records whose text named them
    terms: list[str] = field(default_factory=list)  # the person's names … (where it is made)
    # filled by a holder that looked its records up: {kind: ids of records about them}
    about: dict[str, set[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.persons or self.households)

    @property
    def record_ids(self) -> set[str]:
        return self.persons | self.households | self.cases

    def note_case(self, record_id: str, snapshot: dict[str, Any]) -> None:
        """A case file: remember its id when it is about an erased person."""
        if snapshot.get("person_id") in self.persons:
            self.cases.add(record_id)


def erased_of(erasures: list[dict[str, Any]]) -> Erased:
    """The persons and households named by erasure snapshots (tombstoned ones ignored)."""
    found = Erased()
    for item in erasures:
        if item.get("deleted_at"):
            continue
        if item.get("person_id"):
            found.persons.add(str(item["person_id"]))
        if item.get("household_id"):
            found.households.add(str(item["household_id"]))
        found.redacted.update(str(i) for i in item.get("redacted") or [] if i)
    return found


def is_about(kind: str, record_id: str, snapshot: dict[str, Any], erased: Erased) -> bool:
    """Whether the record (kind, id, snapshot) holds personal data of an erased person."""
    get = snapshot.get
    if kind == "person":
        return record_id in erased.persons
    if kind == "household":
        return record_id in erased.households
    if kind == "case_file":
        return get("person_id") in erased.persons or record_id in erased.cases
    if kind in ("case_service", "case_review"):
        return get("case_id") in erased.cases
    if kind == "task":
        return get("case_id") in erased.cases or get("household_id") in erased.households
    if kind == "resource_link":
        return get("person_id") in erased.persons or get("household_id") in erased.households
    if kind == "visit":
        return get("household_id") in erased.households
    if kind == "deletion_note":
        return get("record_id") in erased.record_ids
    if kind == "attachment":  # owned by the person, their household or case, or a record
        owner = get("owner_id")  # found about them (`about`, filled by the holder)
        return owner in erased.record_ids or owner in erased.about.get(get("owner_kind"), ())
    return False


def scrub(kind: str, record_id: str, snapshot: dict[str, Any], erased: Erased) -> list[str]:
    """Blank the personal fields of one record's snapshot in place if it is about an erased
    person (or listed in `erased.about`, e.g. an old version); the fields changed (only
    those present in the snapshot)."""
    if kind not in SCRUBBED_KINDS or not erased:
        return []
    if record_id not in erased.about.get(kind, ()) \
            and not is_about(kind, record_id, snapshot, erased):
        return []
    changed = []
    for name, blank in BLANK[kind].items():
        if name in snapshot and snapshot[name] != blank:
            snapshot[name] = blank
            changed.append(name)
    return changed


def with_merged(erased: Erased, merges: list[dict[str, Any]]) -> Erased:
    """Add the duplicates merged into an erased person or household (app.protocol.merges):
    their tombstoned records are the same person's data. In place; returns `erased`."""
    from app.protocol.merges import redirects_of

    for merged, survivor in redirects_of(merges).items():
        if survivor in erased.persons:
            erased.persons.add(merged)
        elif survivor in erased.households:
            erased.households.add(merged)
    return erased
