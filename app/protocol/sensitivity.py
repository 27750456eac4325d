"""Children's records are sensitive personal information (PIPL art. 28, 31: under 14), the
one rule stations and the county share. A person is a child when their birth date — from the
birth-date field, else from the 18-digit ID number — is less than 14 years before `today`.
A birth date known only to the year or month counts from its last possible day (so a child
is never taken for an adult). Pure: no database here.

    is_child({"birth_date": "2015", "id_number": None}, date(2026, 11, 29)) -> True
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

CHILD_AGE = 14
_ID_BIRTH = re.compile(r"^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dXx]$")


def birth_of(birth_date: str | None, id_number: str | None) -> date | None:
    """The latest possible birth day the record allows, or None when it says nothing."""
    text = (birth_date or "").strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
    if match:
        year, month, day = match.groups()
        try:
            year, month = int(year), int(month or 12)
            day = int(day or calendar.monthrange(year, month)[1])
            return date(year, month, day)
        except ValueError:
            pass
    match = _ID_BIRTH.match((id_number or "").strip())
    if match:
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            return None
    return None


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def is_child(person: dict[str, Any], today: date | None = None) -> bool:
    """Whether a person record (snapshot or dict with birth_date / id_number) is under 14."""
    born = birth_of(person.get("birth_date"), person.get("id_number"))
    return born is not None and age_on(born, today or date.today()) < CHILD_AGE
