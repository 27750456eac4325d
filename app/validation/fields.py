"""Cleaning and checking what people type into form fields: dates, money, text, names, phones.

Every function either returns the cleaned value or raises ValidationError with a message an
older social worker can act on, and the name of the field it is about.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.errors import N_, ValidationError
from app.text.policy import check_text, fold_width, strip_invisible
from app.text.tibetan import contains_han, contains_tibetan, is_han, is_tibetan, is_tibetan_digit, normalize_tibetan

MIDDLE_DOT = "·"
MIDDLE_DOT_VARIANTS = "•・‧∙⋅･"  # bullet, katakana dot, hyphenation point ...
MIN_YEAR, MAX_YEAR = 1900, 2100
MAX_AMOUNT_YUAN = 100_000_000
CHINESE_NAME_MAX = 30
TIBETAN_NAME_MAX = 60


def normalize_digits(s: str) -> str:
    """For number fields: invisible characters dropped, full-width digits, letters and
    punctuation (１２，３４．５ －／) to ASCII; the rest unchanged."""
    return fold_width(strip_invisible(unicodedata.normalize("NFC", s)))


# ---------------------------------------------------------------- dates

_DATE_PATTERNS = [
    re.compile(r"(?P<year>\d{4})"),
    re.compile(r"(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})"),
    re.compile(r"(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"),
    re.compile(r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})"),
    re.compile(r"(?P<year>\d{4})年(?:(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})[日号]?)?)?"),
]


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day, e.g. a birth date of "1958" or "1958-03"."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a PartialDate with a day needs a month")
        date(self.year, self.month or 1, self.day or 1)  # ValueError if impossible

    @property
    def precision(self) -> str:
        return "year" if self.month is None else "month" if self.day is None else "day"

    def iso(self) -> str:
        """"1958", "1958-03" or "1958-03-07"."""
        parts = [f"{self.year:04d}"] + [f"{n:02d}" for n in (self.month, self.day) if n is not None]
        return "-".join(parts)

    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        return self.iso()

    @classmethod
    def parse(cls, raw: str, *, field: str = "birth_date", not_after: date | None = None,
              not_before: date | None = None) -> PartialDate:
        """Read 1958, 1958-3, 1958-03-07, 1958/3/7, 1958.3.7, 19580307, 1958年3月7日, 1958年3月."""
        shown = (raw or "").strip()
        text = re.sub(r"\s", "", normalize_digits(shown))
        if not text:
            raise ValidationError(N_("Please enter a date."), field=field)
        match = next((m for p in _DATE_PATTERNS if (m := p.fullmatch(text))), None)
        if match is None:
            raise ValidationError(
                N_('"%1" is not a date. Please write it like 1958-03-07, 1958年3月7日, '
                   '1958-03 or just the year 1958.'), shown, field=field)
        groups = match.groupdict()
        year, month, day = (int(groups[g]) if groups.get(g) else None for g in ("year", "month", "day"))
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValidationError(N_("The year %1 is not possible here: please enter a year "
                                     "between %2 and %3."), year, MIN_YEAR, MAX_YEAR, field=field)
        if month is not None and not 1 <= month <= 12:
            raise ValidationError(N_("%1 is not a real date: there is no month %2."),
                                  shown, month, field=field)
        if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
            raise ValidationError(N_("%1 is not a real date: month %2 of %3 has only %4 days."),
                                  shown, month, year, calendar.monthrange(year, month)[1], field=field)
        result = cls(year, month, day)
        _check_range(result.earliest(), result.latest(), result.iso(), field, not_after, not_before)
        return result


def _check_range(earliest: date, latest: date, shown: str, field: str,
                 not_after: date | None, not_before: date | None) -> None:
    if not_after is not None and earliest > not_after:
        if not_after == date.today():
            raise ValidationError(N_("The date %1 is in the future."), shown, field=field)
        raise ValidationError(N_("The date %1 is too late: the latest date allowed here is %2."),
                              shown, not_after.isoformat(), field=field)
    if not_before is not None and latest < not_before:
        raise ValidationError(N_("The date %1 is too early: the earliest date allowed here is %2."),
                              shown, not_before.isoformat(), field=field)


def parse_date(raw: str, *, field: str, not_after: date | None = None,
               not_before: date | None = None) -> date:
    """A full date (year, month and day) in any format `PartialDate.parse` reads."""
    partial = PartialDate.parse(raw, field=field)
    if partial.precision != "day":
        raise ValidationError(
            N_("Please enter the full date with year, month and day, for example 2024-03-07."),
            field=field)
    result = partial.earliest()
    _check_range(result, result, result.isoformat(), field, not_after, not_before)
    return result


# ---------------------------------------------------------------- money

_GROUPED_NUMBER_RE = re.compile(r"\d{1,3}(,\d{3})+(\.\d*)?")
_PLAIN_NUMBER_RE = re.compile(r"\d+(\.\d*)?|\.\d+")


def parse_amount_fen(raw: str, *, field: str = "amount") -> int:
    """A yuan amount as whole fen: "1,200.50" -> 120050, "1.2万" -> 1200000, "¥1200" -> 120000."""
    shown = (raw or "").strip()
    text = re.sub(r"\s", "", normalize_digits(shown))
    if not text:
        raise ValidationError(N_("Please enter an amount."), field=field)
    text = text.removeprefix("¥").removeprefix("RMB").removesuffix("元")
    multiplier = 10_000 if text.endswith("万") else 1
    text = text.removesuffix("万")
    if text.startswith(("-", "负")):
        raise ValidationError(N_("The amount %1 is negative. Please enter an amount of 0 or more."),
                              shown, field=field)
    if "," in text:
        if not _GROUPED_NUMBER_RE.fullmatch(text):
            raise ValidationError(
                N_("The commas in %1 are in the wrong place. Please write the amount without "
                   "commas, for example 1200.50."), shown, field=field)
        text = text.replace(",", "")
    if not _PLAIN_NUMBER_RE.fullmatch(text):
        raise ValidationError(
            N_('"%1" is not an amount of money. Please use digits only, for example 1200 or 1200.50.'),
            shown, field=field)
    yuan = Decimal(text) * multiplier
    fen = yuan * 100
    if fen != fen.to_integral_value():
        raise ValidationError(
            N_("The amount %1 has too many digits after the decimal point: "
               "at most 2 are allowed (jiao and fen)."), shown, field=field)
    if yuan > MAX_AMOUNT_YUAN:
        raise ValidationError(
            N_("The amount %1 is too large: the most that can be entered is 100,000,000 yuan."),
            shown, field=field)
    return int(fen)


# ---------------------------------------------------------------- text and names

def clean_text(raw: str, *, max_length: int, field: str, required: bool = False,
               multiline: bool = True) -> str:
    """Text under the station's text policy (`app.text.policy`): NFC, line breaks unified
    (a space in one-line fields), invisible and control characters removed, characters that
    cannot be printed refused by name; runs of spaces collapsed, then the length checked."""
    text = check_text(raw, field=field, multiline=multiline)
    if required and not text:
        raise ValidationError(N_("Please fill in this field."), field=field)
    _refuse_too_long(text, max_length, field)
    return text


def _refuse_too_long(text: str, max_length: int, field: str) -> None:
    if len(text) > max_length:
        raise ValidationError(
            N_("This is too long: %1 characters, but at most %2 are allowed. Please shorten it."),
            len(text), max_length, field=field)


def _empty_name(field: str, required: bool) -> str:
    if required:
        raise ValidationError(N_("Please fill in this field."), field=field)
    return ""


def _refuse_digits(text: str, field: str) -> None:
    digits = [ch for ch in text if ch.isdigit() or is_tibetan_digit(ch)]
    if digits:
        raise ValidationError(N_("A name cannot contain digits (%1)."), "".join(digits), field=field)


def clean_chinese_name(raw: str, *, field: str = "name_zh", required: bool = False) -> str:
    """Chinese characters and the middle dot only (扎西·次仁); "" if empty and not required."""
    text = clean_text(raw, max_length=CHINESE_NAME_MAX * 2, field=field, required=required)
    for variant in MIDDLE_DOT_VARIANTS + ".．":
        text = text.replace(variant, MIDDLE_DOT)
    text = re.sub(r"\s+", "", text)
    text = re.sub(f"{MIDDLE_DOT}+", MIDDLE_DOT, text).strip(MIDDLE_DOT)
    if not text:
        return _empty_name(field, required)
    _refuse_digits(text, field)
    if contains_tibetan(text):
        raise ValidationError(
            N_("The Chinese name contains Tibetan script. Please put the Tibetan name in the "
               "Tibetan name field."), field=field)
    if not contains_han(text):
        raise ValidationError(N_("The Chinese name must be written in Chinese characters."),
                              field=field)
    other = [ch for ch in text if not is_han(ch) and ch != MIDDLE_DOT]
    if other:
        raise ValidationError(
            N_('The Chinese name cannot contain "%1". Use only Chinese characters and the '
               'middle dot ·.'), other[0], field=field)
    _refuse_too_long(text, CHINESE_NAME_MAX, field)
    return text


def clean_tibetan_name(raw: str, *, field: str = "name_bo", required: bool = False) -> str:
    """Tibetan script and spaces only, in `normalize_tibetan` form; "" if empty and not required."""
    text = normalize_tibetan(clean_text(raw, max_length=TIBETAN_NAME_MAX, field=field,
                                        required=required))
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return _empty_name(field, required)
    _refuse_digits(text, field)
    if contains_han(text):
        raise ValidationError(
            N_("The Tibetan name contains Chinese characters. Please put the Chinese name in the "
               "Chinese name field."), field=field)
    other = [ch for ch in text if not is_tibetan(ch) and ch != " "]
    if any(ch.isascii() and ch.isalpha() for ch in other):
        raise ValidationError(
            N_("The Tibetan name must be written in Tibetan script. Please put a Latin spelling "
               "such as Tashi in the Latin name field."), field=field)
    if other:
        raise ValidationError(
            N_('The Tibetan name cannot contain "%1". Use only Tibetan script.'), other[0],
            field=field)
    return text


# ---------------------------------------------------------------- phone numbers

def clean_phone(raw: str, *, field: str = "phone") -> str:
    """An 11-digit mobile ("13812345678") or a landline with area code ("0891-6321234"); "" if empty."""
    shown = (raw or "").strip()
    number = re.sub(r"[\s\-()（）.]", "", normalize_digits(shown))
    if not number:
        return ""
    number = number.removeprefix("+86").removeprefix("0086")
    if re.fullmatch(r"861[3-9]\d{9}", number):
        number = number[2:]
    if re.fullmatch(r"1[3-9]\d{9}", number):
        return number
    if re.fullmatch(r"0\d{9,11}", number):
        area_length = 3 if number.startswith(("010", "02")) else 4
        area, local = number[:area_length], number[area_length:]
        if 7 <= len(local) <= 8 and local[0] not in "01":
            return f"{area}-{local}"
    if re.fullmatch(r"[2-9]\d{6,7}", number):
        raise ValidationError(
            N_("The phone number %1 has no area code. Please add the area code in front, "
               "for example 0891-6321234."), shown, field=field)
    if re.fullmatch(r"1\d*", number) and len(number) != 11:
        raise ValidationError(N_("A mobile number has 11 digits, but %1 has %2."),
                              shown, len(number), field=field)
    raise ValidationError(
        N_("%1 is not a phone number that can be used. Please enter an 11-digit mobile number, "
           "or a landline number with its area code, for example 0891-6321234."),
        shown, field=field)
