"""HTTP headers a station's sync requests carry besides the signed bytes.

Informational only (the county shows them on its Stations page): the program's version and
the schema revision of the store that made the request. The county records them only after
it has checked the device's signature on the parcel or pull request they came with, and only
in the forms below.
"""
from __future__ import annotations

import re

APP_VERSION_HEADER = "X-Station-Ledger-Version"   # the program's version, e.g. "0.2.0"
SCHEMA_HEADER = "X-Station-Ledger-Schema"         # the store's schema revision, e.g. "0006"
APP_VERSION_FORM = re.compile(r"[0-9A-Za-z.+_-]{1,40}")
SCHEMA_FORM = re.compile(r"[0-9A-Za-z_-]{1,16}")
