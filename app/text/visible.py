"""Text that shows every character it holds: for audit trails and logs a person reads.

A browser (or a terminal) drops a NUL, a bidi override or a zero-width space without a trace, so
"vi1\\x00" and "vi1" look the same, and "adm\\u202eni" shows reversed. `visible` writes such
characters out as escapes instead.
"""
from __future__ import annotations

import unicodedata

_INVISIBLE = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})


def visible(value, keep: str = ""):
    """`value` with every control, format, line/paragraph separator, private-use, surrogate
    or unassigned character written as `\\xNN`, `\\uNNNN` or `\\UNNNNNNNN` (e.g. "vi1\\x00");
    characters in `keep` (e.g. "\\n") stay. Values that are not text, and Markup (HTML the
    program made itself), are returned unchanged."""
    from markupsafe import Markup

    if not isinstance(value, str) or isinstance(value, Markup) or value.isprintable():
        return value
    out = []
    for ch in value:
        if ch in keep or ch == " " or unicodedata.category(ch) not in _INVISIBLE:
            out.append(ch)
        elif ord(ch) <= 0xFF:
            out.append(f"\\x{ord(ch):02x}")
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return "".join(out)
