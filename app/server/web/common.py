"""Small pieces the console's route modules share: form parsing and the refusal."""
from __future__ import annotations

import re

STATION_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
WHOLE = re.compile(r"[0-9]{1,9}")


def whole(value: str | None) -> int | None:
    """A whole number typed in a form (ASCII digits only), or None."""
    value = (value or "").strip()
    return int(value) if WHOLE.fullmatch(value) else None


class Refusal(Exception):
    """A refused console request: shown as a page in the user's language."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


class SignInFirst(Exception):
    """A page asked for without a session: answer with the sign-in page."""
