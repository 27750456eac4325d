"""Knowing it is really the county: the county key fingerprint and the server address rules.

The county admin reads the fingerprint off `station-ledger-server enroll-code` (printed with
the enrolment code, also as a QR image) and the person enrolling types or scans it. The
device fetches the county's public keys, refuses them unless they give this fingerprint, and
only then sends anything (the enrolment code travels sealed to the verified county key).

The fingerprint itself is defined in app.protocol.enrolment (the county prints it with the
same code). Typed fingerprints are compared without regard to case, spaces or dashes.

Addresses: `https://` (certificate checked against the system's / `SSL_CERT_FILE` CA list)
is the default. Plain `http://` only for a server on this computer (loopback) or with the
explicit trial switch, and then the caller shows a warning.
"""
from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from app.errors import N_, UserError, ValidationError
from app.protocol.enrolment import (ALPHABET, ENROL_SEAL_INFO, FINGERPRINT_SYMBOLS,  # noqa: F401
                                    county_fingerprint, enrol_seal_aad)


class KeyMismatch(UserError):
    """The server's keys are not the county's (the fingerprint does not match)."""


def normalise_fingerprint(text: str) -> str:
    """Upper case, separators removed; raises ValidationError (field "fingerprint") for
    anything that cannot be a fingerprint."""
    clean = "".join(ch for ch in str(text or "").upper() if ch not in " -_.:\t")
    if len(clean) != FINGERPRINT_SYMBOLS or any(ch not in ALPHABET for ch in clean):
        raise ValidationError(N_("Please type the county key fingerprint from the enrolment "
                                 "sheet (six groups of four letters and digits)."),
                              field="fingerprint")
    return clean


def check_fingerprint(expected: str, sign_public: bytes, box_public: bytes) -> None:
    """KeyMismatch unless the keys give the `expected` fingerprint. The refusal never shows
    the server's fingerprint (it may be an impostor's)."""
    if normalise_fingerprint(expected) != county_fingerprint(sign_public, box_public) \
            .replace("-", ""):
        # The server's own fingerprint is never shown: a user copying it from this message
        # would enrol with the impostor.
        raise KeyMismatch(N_("The server's keys give a different fingerprint from the one "
                             "you typed. Nothing was sent. Check the fingerprint against the "
                             "enrolment sheet and the server address, or call the county."))


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_server_url(url: str, allow_plain_http: bool = False) -> bool:
    """Raises ValidationError (field "server") for an address the device must not use;
    returns True when it is plain HTTP (loopback or trial): the caller warns."""
    parts = urlsplit(str(url or "").strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValidationError(N_("Please give the county server's address, starting with "
                                 "https://."), field="server")
    if parts.scheme == "https":
        return False
    if is_loopback(parts.hostname) or allow_plain_http:
        return True
    raise ValidationError(N_("The county server must be reached over https://. Plain http:// "
                             "is only for a trial (switch it on explicitly)."), field="server")


PLAIN_HTTP_WARNING = N_("Warning: this connection to the county server is not encrypted "
                        "(http://). Use it only for a trial.")
