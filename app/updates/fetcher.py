"""Fetch update files from the county over HTTP(S), resuming a cut download with a Range request,
or from a folder (a USB stick holding the county's `metadata/` and `targets/`).

TUF verifies whatever this returns (length, hashes, signatures): the fetcher only moves bytes.
A partial archive is kept in `partial_dir` between attempts, so a 5 MB bundle over a bad line
needs no restart from zero; it is dropped once a download completes (verified or not: the
caller deletes it after a failed verification).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlparse

import httpx
from tuf.api import exceptions
from tuf.ngclient import FetcherInterface

CHUNK = 64 * 1024


class UpdateFetcher(FetcherInterface):
    def __init__(self, partial_dir: Path, timeout: float = 30.0, verify: bool | str = True) -> None:
        self.partial_dir = Path(partial_dir)
        self.timeout = timeout
        self.verify = verify

    def partial_path(self, url: str) -> Path:
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]
        return self.partial_dir / f"{digest}.part"

    def _fetch(self, url: str) -> Iterator[bytes]:
        parsed = urlparse(url)
        if parsed.scheme == "file":
            return self._from_folder(Path(unquote(parsed.path)))
        if parsed.scheme not in ("http", "https"):
            raise exceptions.DownloadError(f"unsupported address {parsed.scheme!r}")
        if "/targets/" in parsed.path:
            return self._resumable(url)
        return self._plain(url)

    @staticmethod
    def _from_folder(path: Path) -> Iterator[bytes]:
        if not path.is_file():
            raise exceptions.DownloadHTTPError(f"not in the folder: {path.name}", 404)
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                yield chunk

    def _plain(self, url: str) -> Iterator[bytes]:
        try:
            response = httpx.get(url, timeout=self.timeout, verify=self.verify)
        except httpx.HTTPError as error:
            raise exceptions.DownloadError(type(error).__name__) from error
        if response.status_code != 200:
            raise exceptions.DownloadHTTPError(f"HTTP {response.status_code}", response.status_code)
        return iter([response.content])

    def _resumable(self, url: str) -> Iterator[bytes]:
        self.partial_dir.mkdir(parents=True, exist_ok=True)
        partial = self.partial_path(url)
        have = partial.stat().st_size if partial.exists() else 0
        headers = {"Range": f"bytes={have}-"} if have else {}
        try:
            with httpx.stream("GET", url, headers=headers, timeout=self.timeout,
                              verify=self.verify) as response:
                if response.status_code == 416 and have:  # we already hold every byte
                    yield from self._from_folder(partial)
                    partial.unlink(missing_ok=True)
                    return
                if response.status_code not in (200, 206):
                    raise exceptions.DownloadHTTPError(f"HTTP {response.status_code}",
                                                       response.status_code)
                mode = "ab" if response.status_code == 206 else "wb"
                if mode == "ab":
                    yield from self._from_folder(partial)
                with partial.open(mode) as handle:
                    for chunk in response.iter_bytes():  # as it arrives: a cut loses little
                        handle.write(chunk)
                        handle.flush()
                        yield chunk
        except httpx.HTTPError as error:  # cut: the partial file keeps what arrived
            raise exceptions.DownloadError(type(error).__name__) from error
        partial.unlink(missing_ok=True)
