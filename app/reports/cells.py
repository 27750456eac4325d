"""Text in spreadsheet cells (XLSX and CSV): never a formula, never a character XML forbids.

OWASP's CSV-injection guidance: a cell whose text begins with = + - @, a tab or a carriage
return is read as a formula by spreadsheet programs (`=HYPERLINK(...)`, `-1+2`). Such text is
written as text: in XLSX as a string cell with Excel's "quote prefix" flag (the value itself is
unchanged, so reading the file gives the exact text back); in CSV with a leading apostrophe,
which Excel and LibreOffice show as text. `csv_cell_text` undoes the CSV form, so a program
reading our CSV gets the text that was stored. Text that already begins with an apostrophe gets
one more, so the round trip is exact.

Characters XML 1.0 forbids (C0 controls other than tab and line feed, U+FFFE/U+FFFF, unpaired
surrogates) never reach openpyxl: data stored before the text policy existed, or sent by an
older device, could still hold them.
"""
from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_XML_FORBIDDEN_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 cannot hold (a vertical tab becomes a line feed)."""
    return _XML_FORBIDDEN_RE.sub("", text.replace("\x0b", "\n").replace("\x0c", "\n"))


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_cell(value):
    """A CSV cell: numbers unchanged; text XML-safe, with an apostrophe in front when a
    spreadsheet would read it as a formula (or when it already begins with an apostrophe)."""
    if not isinstance(value, str):
        return value
    text = xml_safe(value)
    return QUOTE + text if looks_like_formula(text) or text.startswith(QUOTE) else text


def csv_cell_text(cell: str) -> str:
    """The text a CSV cell written by `csv_cell` holds (the apostrophe taken off again)."""
    return cell[1:] if cell.startswith(QUOTE) else cell


def set_xlsx_cell(cell, value) -> None:
    """Put `value` into an openpyxl cell: numbers as numbers, any text as a text cell (never a
    formula), with the quote-prefix flag when it begins like a formula."""
    if not isinstance(value, str):
        cell.value = value
        return
    text = xml_safe(value)
    cell.value = text
    cell.data_type = "s"  # openpyxl makes any text beginning with "=" a formula
    if looks_like_formula(text):
        cell.quotePrefix = True


def append_row(sheet, values: list) -> None:
    """`sheet.append(values)` with every text cell made safe as `set_xlsx_cell` does."""
    sheet.append([xml_safe(value) if isinstance(value, str) else value for value in values])
    if not values:
        return
    for cell, value in zip(sheet[sheet.max_row], values):
        set_xlsx_cell(cell, value)
