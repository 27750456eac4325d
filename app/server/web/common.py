"""Small pieces the console's route modules share: form parsing and the refusal."""
from __future__ import annotations

import re

from app.protocol.catalog import bundled_catalog  # noqa: F401 - the pages import it from here
from app.text.visible import visible  # noqa: F401 - the console's filter and finalize

# ASCII only and \Z, not $: "$" lets a trailing newline through (a newline in a download's
# file name broke the HTTP answer) and \d takes Arabic-Indic digits. The station-key rule is
# the enrolment code's own (app.server.enrollment.STATION_KEY).
MONTH = re.compile(r"^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])\Z")  # Month.parse: 2000-2100
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
