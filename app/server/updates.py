"""The county relays signed program releases to its stations: static files from the folder the
release manager's signed repository was published into (`station-ledger-server publish-release`).

    GET /updates/metadata/{name}   TUF metadata (root, timestamp, snapshot, targets)
    GET /updates/targets/{name}    release archives; Range requests resume a cut download

The county holds no release key: whatever it serves, stations verify against the project's root.
A name is one path segment of letters, digits, dot, dash, underscore and plus (no folders, no
`..`); anything else is 404, like a missing file.
"""
from __future__ import annotations

import re
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+\-]{0,127}$")


def mount_updates(app: FastAPI, folder: Path | None) -> None:
    root = Path(folder).resolve() if folder else None

    def serve(part: str, name: str) -> FileResponse:
        if root is None or not _NAME.match(name) or ".." in name:
            raise HTTPException(404)
        path = root / part / name
        if not path.is_file():
            raise HTTPException(404)
        media = "application/json" if name.endswith(".json") else "application/octet-stream"
        return FileResponse(path, media_type=media, headers={"Cache-Control": "no-cache"})

    @app.get("/updates/metadata/{name}", include_in_schema=False)
    def metadata(name: str) -> FileResponse:
        return serve("metadata", name)

    @app.get("/updates/targets/{name}", include_in_schema=False)
    def targets(name: str) -> FileResponse:
        return serve("targets", name)
