"""China resident identity card numbers (GB 11643-1999), checked the way a careful clerk would.

An 18-character number is: 6-digit region code, 8-digit birth date (YYYYMMDD), 3-digit sequence
number (odd for men, even for women) and a check character computed from the first 17 digits.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from operator import mul
from datetime import date

from app.errors import N_, ValidationError
from app.text.policy import strip_invisible

FIELD = "id_number"
CHECK_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARACTERS = "10X98765432"  # indexed by (weighted sum mod 11)
EARLIEST_BIRTH_YEAR = 1900

_REMOVED_CHARACTERS_RE = re.compile(r"[\s\-\u2010-\u2015\u2212]")


@dataclass(frozen=True)
class IdNumber:
    number: str  # 18 characters, last may be "X"
    birth_date: date
    sex: str  # "M" or "F"
    region_code: str  # first 6 digits

    def __str__(self) -> str:
        return self.number


def normalize_id_number(raw: str) -> str:
    """Invisible characters (a zero-width space pasted with the number) removed, full-width
    to ASCII, spaces and hyphens removed, a lowercase x made uppercase."""
    text = unicodedata.normalize("NFKC", strip_invisible(raw or ""))
    return _REMOVED_CHARACTERS_RE.sub("", text).replace("x", "X")


def id_check_character(first17: str) -> str:
    """The 18th character for these 17 digits ("0"-"9" or "X")."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError(f"need exactly 17 ASCII digits, got {first17!r}")
    total = sum(map(mul, map(int, first17), CHECK_WEIGHTS))
    return CHECK_CHARACTERS[total % 11]


# shown next to the ID number of a stored record whose region code is unknown (flagged)
UNKNOWN_REGION_NOTE = N_("The first six digits of this ID number, %1, are not a region code of "
                         "China. Please compare them with the ID card; the record can still be "
                         "saved.")


@lru_cache(maxsize=8192)  # a few thousand codes exist; the county checks every person sent
def region_is_known(code: str) -> bool:
    """True if `code` (6 digits) is or was a county-level region code of China, in any year
    (python-stdnum's `cn/loc` data; a number may carry the code of where it was issued,
    which need not have existed when the person was born)."""
    from stdnum import numdb

    if len(code) != 6 or not code.isascii() or not code.isdigit():
        return False
    return any("county" in props for _part, props in numdb.get("cn/loc").info(code))


def id_number_problem(raw: str, *, today: date | None = None) -> str | None:
    """None for a valid ID number with a known region code, else the English reason
    (the county's check, which flags such records rather than refusing them)."""
    try:
        parse_id_number(raw, today=today)
    except ValidationError as exc:
        return str(exc)
    return None


def _birth_date(number: str, today: date) -> date:
    year, month, day = int(number[6:10]), int(number[10:12]), int(number[12:14])
    shown = f"{number[6:10]}-{number[10:12]}-{number[12:14]}"
    try:
        born = date(year, month, day)
    except ValueError:
        raise ValidationError(
            N_("The ID number %1 is not valid: the birth date in it, %2, does not exist."),
            number, shown, field=FIELD,
        ) from None
    if born.year < EARLIEST_BIRTH_YEAR:
        raise ValidationError(
            N_("The ID number %1 is not valid: the birth date in it, %2, is before 1900."),
            number, shown, field=FIELD,
        )
    if born > today:
        raise ValidationError(
            N_("The ID number %1 is not valid: the birth date in it, %2, is in the future."),
            number, shown, field=FIELD,
        )
    return born


def parse_id_number(raw: str, *, today: date | None = None,
                    check_region: bool = True) -> IdNumber:
    """Check an 18-character ID number and read the birth date and sex from it.

    Raises ValidationError (field "id_number") with a message saying what is wrong.
    `check_region=False` accepts a number whose first six digits are no known region code
    (a record saved before the check existed: it is flagged, not refused).
    """
    number = normalize_id_number(raw)
    if not number:
        raise ValidationError(N_("Please enter the ID number."), field=FIELD)
    if len(number) == 15 and number.isascii() and number.isdigit():
        raise ValidationError(
            N_("%1 is an old 15-digit ID number. Please enter the 18-digit number "
               "from the person's current ID card."),
            number, field=FIELD,
        )
    if len(number) != 18:
        raise ValidationError(
            N_("The ID number %1 has %2 characters, but an ID number must have 18."),
            number, len(number), field=FIELD,
        )
    first17, last = number[:17], number[17]
    if not (first17.isascii() and first17.isdigit()) or last not in "0123456789X":
        raise ValidationError(
            N_("The ID number %1 is not valid: it may contain only digits, "
               "and only the last character may be X."),
            number, field=FIELD,
        )
    born = _birth_date(number, today or date.today())
    expected = id_check_character(first17)
    if last != expected:
        raise ValidationError(
            N_("The ID number %1 is not valid: with these first 17 digits its last character "
               "should be %2. Please compare every digit with the ID card."),
            number, expected, field=FIELD,
        )
    if check_region and not region_is_known(number[:6]):
        raise ValidationError(
            N_("The ID number %1 is not valid: %2 is not a region code of China. Please "
               "compare the first six digits with the ID card."),
            number, number[:6], field=FIELD,
        )
    return IdNumber(
        number=number,
        birth_date=born,
        sex="M" if int(number[16]) % 2 == 1 else "F",
        region_code=number[:6],
    )


def is_valid_id_number(raw: str, *, today: date | None = None) -> bool:
    """True if `parse_id_number` would accept `raw`."""
    try:
        parse_id_number(raw, today=today)
    except ValidationError:
        return False
    return True
