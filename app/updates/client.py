"""The station's side of updates: ask the county (or a USB folder) for a newer signed release,
download it (resumable), let TUF verify it against the trusted root, unpack it into the user's
data folder, and leave it for the launcher to start at the next start.

    updates_configured() -> bool                      (the bundle carries a trusted root.json)
    check(data_dir, source, current) -> Offer | None  (newer verified release, or nothing)
    download_and_stage(data_dir, source, current, progress=None) -> Staged

`source` is the county's address (its `/updates/` folder is used) or a local folder holding
`metadata/` and `targets/`. Errors are `UpdateError` (a UserError with a translated message):
a release that is tampered with, not signed by the release keys, older than this one, or that
cannot be fetched. Layout under data_dir/updates: metadata/ (trusted TUF metadata), partial/,
targets/ (verified archives), and data_dir/app-versions/<version>/ (unpacked, ready to start).
"""
from __future__ import annotations

import logging
import shutil
import tarfile
from dataclasses import dataclass
from pathlib import Path

from app.errors import N_, UserError
from app.paths import resource_path
from app.updates.fetcher import UpdateFetcher
from app.updates.launcher import VERSIONS_DIR, stage
from app.updates.release import APP_NAME

log = logging.getLogger("app.updates")
ROOT_ANCHOR = ("update", "root.json")


class UpdateError(UserError):
    """An update that was refused or could not be fetched; nothing was installed."""


@dataclass(frozen=True)
class Offer:
    version: str
    size: int  # bytes of the archive


@dataclass(frozen=True)
class Staged:
    version: str
    folder: Path


def trusted_root() -> Path:
    """The release repository's root metadata this build trusts: `resources/update/root.json`
    placed by the release build, or STATION_LEDGER_UPDATE_ROOT (a county's test release)."""
    from app.environment import environment

    override = environment().update_root
    return override if override is not None else resource_path(*ROOT_ANCHOR)


def updates_configured() -> bool:
    return trusted_root().exists()


def _base(source: str) -> tuple[str, str]:
    source = str(source).rstrip("/")
    if "://" not in source:
        folder = Path(source).resolve()
        return folder.joinpath("metadata").as_uri() + "/", folder.joinpath("targets").as_uri() + "/"
    return f"{source}/updates/metadata/", f"{source}/updates/targets/"


def _client(data_dir: Path, source: str, current: str):
    from tufup.client import Client

    if not updates_configured():
        raise UpdateError(N_("Updates are not set up in this build of the program."))
    work = Path(data_dir) / "updates"
    metadata, targets = work / "metadata", work / "targets"
    metadata.mkdir(parents=True, exist_ok=True)
    targets.mkdir(parents=True, exist_ok=True)
    if not (metadata / "root.json").exists():
        shutil.copyfile(trusted_root(), metadata / "root.json")
    metadata_url, targets_url = _base(source)
    client = Client(app_name=APP_NAME, app_install_dir=Path(data_dir) / VERSIONS_DIR,
                    current_version=current, metadata_dir=metadata,
                    metadata_base_url=metadata_url, target_dir=targets,
                    target_base_url=targets_url, extract_dir=work / "extract",
                    refresh_required=False)
    client._fetcher = UpdateFetcher(work / "partial")  # resumable, and USB folders
    return client


def _refresh(client) -> None:
    from tuf.api import exceptions

    try:
        client.refresh()
    except exceptions.DownloadError as error:
        raise UpdateError(N_("The county's update folder could not be reached (%1)."),
                          type(error).__name__) from error
    except (exceptions.RepositoryError, ValueError) as error:
        log.warning("update metadata refused: %s", type(error).__name__)
        raise UpdateError(N_("An update was offered that is not signed by the release keys. "
                             "It was refused; tell your county.")) from error


def _newest(data_dir: Path, source: str, current: str):
    """(tufup client, the newest verified release newer than `current` or None)."""
    client = _client(data_dir, source, current)
    _refresh(client)
    client.refresh = lambda: None  # tufup refreshes again inside check_for_updates
    return client, client.check_for_updates(patch=False)


def check(data_dir: Path, source: str, current: str) -> Offer | None:
    client, newest = _newest(data_dir, source, current)
    if newest is None:
        return None
    return Offer(str(newest.version), client.new_archive_info.length)


def download_and_stage(data_dir: Path, source: str, current: str) -> Staged:
    """Download the newest release, verify it (TUF: length, hashes, signed metadata), unpack it
    into data_dir/app-versions/<version>/ and mark it to start at the next start."""
    from tuf.api import exceptions

    client, newest = _newest(data_dir, source, current)
    if newest is None:
        raise UpdateError(N_("There is no newer version than %1."), current)
    try:
        ok = client._download_updates(progress_hook=None)
    except exceptions.DownloadError as error:
        raise UpdateError(N_("The update could not be downloaded completely (%1). It goes on "
                             "from where it stopped next time."), type(error).__name__) from error
    except exceptions.RepositoryError as error:
        for partial in (Path(data_dir) / "updates" / "partial").glob("*.part"):
            partial.unlink()  # the bytes were not the signed ones: start again from zero
        log.warning("update archive refused: %s", type(error).__name__)
        raise UpdateError(N_("The downloaded update does not match its signature and was "
                             "deleted. Tell your county.")) from error
    if not ok:
        raise UpdateError(N_("The update could not be downloaded completely (%1). It goes on "
                             "from where it stopped next time."), "incomplete")
    archive = client.new_archive_local_path
    version = str(newest.version)
    target = Path(data_dir) / VERSIONS_DIR / version
    unpacking = target.with_name(f".{version}.unpacking")
    shutil.rmtree(unpacking, ignore_errors=True)
    unpacking.mkdir(parents=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(unpacking, filter="data")  # no absolute paths, no links out of the folder
    shutil.rmtree(target, ignore_errors=True)
    unpacking.replace(target)
    stage(Path(data_dir), version)
    log.info("update %s verified and staged", version)
    return Staged(version, target)
