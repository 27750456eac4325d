"""The county's two key pairs: X25519 to open parcels, Ed25519 to sign receipts and pulls.

`station-ledger-server keys --dir D` writes county-box.key/.pub and county-sign.key/.pub
(private files 0600). Devices receive both public keys when they enroll.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import N_, ValidationError
from app.security.keyfiles import read_key_file, write_key_file
from app.security.sealing import generate_x25519, public_key_fingerprint
from app.security.signing import generate_ed25519

BOX_PRIVATE, BOX_PUBLIC = "county-box.key", "county-box.pub"
SIGN_PRIVATE, SIGN_PUBLIC = "county-sign.key", "county-sign.pub"


@dataclass(frozen=True)
class CountyKeys:
    box_private: bytes
    box_public: bytes
    sign_private: bytes
    sign_public: bytes

    @property
    def fingerprint(self) -> str:
        return public_key_fingerprint(self.sign_public + self.box_public)

    @property
    def enrolment_fingerprint(self) -> str:
        """The fingerprint printed with enrolment codes (app.protocol.enrolment)."""
        from app.protocol.enrolment import county_fingerprint

        return county_fingerprint(self.sign_public, self.box_public)


def create_county_keys(directory: Path) -> CountyKeys:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    if (directory / BOX_PRIVATE).exists() or (directory / SIGN_PRIVATE).exists():
        raise ValidationError(N_("County keys already exist in %1; refusing to overwrite them."),
                              directory)
    box_private, box_public = generate_x25519()
    sign_private, sign_public = generate_ed25519()
    write_key_file(directory / BOX_PRIVATE, "county-box-private", box_private, private=True)
    write_key_file(directory / BOX_PUBLIC, "county-box-public", box_public, private=False)
    write_key_file(directory / SIGN_PRIVATE, "county-sign-private", sign_private, private=True)
    write_key_file(directory / SIGN_PUBLIC, "county-sign-public", sign_public, private=False)
    return CountyKeys(box_private, box_public, sign_private, sign_public)


def load_county_keys(directory: Path) -> CountyKeys:
    directory = Path(directory)
    return CountyKeys(
        box_private=read_key_file(directory / BOX_PRIVATE, "county-box-private"),
        box_public=read_key_file(directory / BOX_PUBLIC, "county-box-public"),
        sign_private=read_key_file(directory / SIGN_PRIVATE, "county-sign-private"),
        sign_public=read_key_file(directory / SIGN_PUBLIC, "county-sign-public"),
    )
