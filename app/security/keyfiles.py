"""Small JSON files holding one raw key (county recovery and county sync keys).

Private key files are written with mode 0600; each file names its kind so a public key is
never mistaken for a private one.
"""
from __future__ import annotations

import base64
import json
from pathlib import Path

from app.errors import N_, ValidationError
from app.files import write_atomically

KEY_FILE_FORMAT = "station-ledger-key"


def write_key_file(path: Path, kind: str, raw: bytes, *, private: bool) -> None:
    body = json.dumps({"format": KEY_FILE_FORMAT, "kind": kind,
                       "key": base64.b64encode(raw).decode()}, indent=1)
    write_atomically(Path(path), body.encode(), mode=0o600 if private else 0o644)


def read_key_file(path: Path, kind: str) -> bytes:
    try:
        data = json.loads(Path(path).read_text())
        if data.get("format") != KEY_FILE_FORMAT or data.get("kind") != kind:
            raise ValueError(data.get("kind"))
        raw = base64.b64decode(data["key"], validate=True)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError(N_("The file %1 is not a %2 key file."), path, kind) from exc
    if len(raw) != 32:
        raise ValidationError(N_("The file %1 is not a %2 key file."), path, kind)
    return raw
