"""Errors as they enter the core, classified once (see DESIGN.md).

A `UserError` is something the person at the keyboard can act on. Its message is an English
*source* string with Qt-style `%1`, `%2` placeholders, marked with `N_()` so the translation
build step can extract it (context "Core"). The UI translates it with
`QCoreApplication.translate("Core", source)` and fills the placeholders; the command line and
reports use `app.i18n` to do the same without Qt. Anything else that escapes is a bug.
"""
from __future__ import annotations

TRANSLATION_CONTEXT = "Core"


def N_(source: str) -> str:
    """Mark a core string for translation (extracted into context "Core"); returns it unchanged."""
    return source


def fill_placeholders(text: str, args: tuple[object, ...]) -> str:
    """Replace %1..%9 with args, highest number first so %1 does not eat %10."""
    for index in range(len(args), 0, -1):
        text = text.replace(f"%{index}", str(args[index - 1]))
    return text


class UserError(Exception):
    """An error the user can fix. `source` is untranslated English with %1.. placeholders."""

    def __init__(self, source: str, *args: object, field: str | None = None) -> None:
        self.source = source
        self.args_for_message = args
        self.field = field
        super().__init__(fill_placeholders(source, args))

    def message(self, translate=None) -> str:
        """The message in the user's language; `translate(context, source)` defaults to English."""
        text = translate(TRANSLATION_CONTEXT, self.source) if translate else self.source
        return fill_placeholders(text, self.args_for_message)


class ValidationError(UserError):
    """Input that is not acceptable; nothing was changed."""


class PermissionDenied(UserError):
    """The signed-in user's role does not allow this."""


class NotFound(UserError):
    """The record asked for does not exist (or was deleted)."""


class ConflictError(UserError):
    """The record changed under the user (stale edit) or a state transition is not allowed now."""


class AuthenticationError(UserError):
    """Wrong user name or password (deliberately not saying which)."""


class LockedOut(UserError):
    """Too many wrong passwords: sign-in is refused for `seconds_left` seconds."""

    def __init__(self, seconds_left: int) -> None:
        super().__init__(N_("Too many wrong passwords. Try again in %1 seconds."), seconds_left)
        self.seconds_left = seconds_left


class StoreError(UserError):
    """The local store cannot be opened or is damaged."""
