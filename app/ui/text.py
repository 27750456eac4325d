"""Small helpers for translated text: fill %1..%n, translate core errors and enums."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.errors import UserError, fill_placeholders


def trf(text: str, *args: object) -> str:
    """Fill %1..%n in an already translated string (tr() returns a Python str in PySide6)."""
    return fill_placeholders(text, args)


def count_text(number: int) -> str:
    """A count of records as the interface language writes it (QLocale.setDefault follows the
    language switch): zh/en "100,000"; an unformatted "100000" was hard to read."""
    return QLocale().toString(int(number))


def breakable_path(path) -> str:
    """A path that a word-wrapped label can break after each folder (a zero-width space after
    every separator); a long path had no break and widened or cut its dialog. For display
    only: give the exact path as the label's tooltip."""
    return str(path).replace("/", "/\u200b").replace("\\", "\\\u200b")


def qt_translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def error_message(error: UserError) -> str:
    return error.message(qt_translate)


def tr_enum(value: str) -> str:
    """Labels of fixed codes (stages, review states, sexes, relations) in context "Enum"."""
    return _ENUMS.get(value, lambda: value)()


# Literal calls so that pyside6-lupdate extracts every label (context "Enum").
_ENUMS = {
    "intake": lambda: QCoreApplication.translate("Enum", "Intake"),
    "assessment": lambda: QCoreApplication.translate("Enum", "Needs assessment"),
    "planning": lambda: QCoreApplication.translate("Enum", "Service plan"),
    "service": lambda: QCoreApplication.translate("Enum", "Services"),
    "closure": lambda: QCoreApplication.translate("Enum", "Closure"),
    "closed": lambda: QCoreApplication.translate("Enum", "Closed"),
    "none": lambda: QCoreApplication.translate("Enum", "In progress"),
    "submitted": lambda: QCoreApplication.translate("Enum", "Waiting for review"),
    "approved": lambda: QCoreApplication.translate("Enum", "Approved"),
    "returned": lambda: QCoreApplication.translate("Enum", "Returned"),
    "low": lambda: QCoreApplication.translate("Enum", "Low"),
    "medium": lambda: QCoreApplication.translate("Enum", "Medium"),
    "high": lambda: QCoreApplication.translate("Enum", "High"),
    "M": lambda: QCoreApplication.translate("Enum", "Male"),
    "F": lambda: QCoreApplication.translate("Enum", "Female"),
    "U": lambda: QCoreApplication.translate("Enum", "Unknown"),
    "head": lambda: QCoreApplication.translate("Enum", "Head of household"),
    "spouse": lambda: QCoreApplication.translate("Enum", "Spouse"),
    "child": lambda: QCoreApplication.translate("Enum", "Child"),
    "parent": lambda: QCoreApplication.translate("Enum", "Parent"),
    "grandchild": lambda: QCoreApplication.translate("Enum", "Grandchild"),
    "grandparent": lambda: QCoreApplication.translate("Enum", "Grandparent"),
    "sibling": lambda: QCoreApplication.translate("Enum", "Sibling"),
    "other": lambda: QCoreApplication.translate("Enum", "Other"),
    "group": lambda: QCoreApplication.translate("Enum", "Group activity"),
    "themed": lambda: QCoreApplication.translate("Enum", "Themed activity"),
    "community": lambda: QCoreApplication.translate("Enum", "Community activity"),
    "worker": lambda: QCoreApplication.translate("Enum", "Worker"),
    "supervisor": lambda: QCoreApplication.translate("Enum", "Supervisor"),
    "admin": lambda: QCoreApplication.translate("Enum", "Administrator"),
    "deceased": lambda: QCoreApplication.translate("Enum", "Died"),
    "moved_away": lambda: QCoreApplication.translate("Enum", "Moved away"),
}
