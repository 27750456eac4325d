"""The release manager's side (offline, with the release keys): make a signed update repository
and add a bundle to it, then hand the repository (without keys) to the county to serve.

    init_repository(repo_dir, keys_dir) -> Path            (root.json: the stations' trust anchor)
    add_release(repo_dir, keys_dir, bundle_dir, version)    signs and publishes version
    publish_to_county(repo_dir, county_updates_dir)         copies metadata/ and targets/

Expiry: root 365 days; targets, snapshot and timestamp 90 days, because the county serves the
files without holding an online signing key (a county intranet; a freeze attack stays possible
for up to 90 days, documented in docs/packaging.md).
"""
from __future__ import annotations

import shutil
from pathlib import Path

from app.files import atomic_output

APP_NAME = "station-ledger"
EXPIRY_DAYS = {"root": 365, "targets": 90, "snapshot": 90, "timestamp": 90}


def _repository(repo_dir: Path, keys_dir: Path):
    from tufup.repo import Repository

    config = Path(keys_dir).resolve() / ".tufup-repo-config"

    class _Repository(Repository):
        """tufup keeps its settings in the working folder; keep them beside the keys instead."""

        @classmethod
        def get_config_file_path(cls) -> Path:
            return config

    Path(keys_dir).mkdir(parents=True, exist_ok=True)
    return _Repository(app_name=APP_NAME, repo_dir=Path(repo_dir), keys_dir=Path(keys_dir),
                       expiration_days=dict(EXPIRY_DAYS))


def init_repository(repo_dir: Path, keys_dir: Path) -> Path:
    """Make the key pairs (in keys_dir: keep it offline) and the signed root metadata."""
    repository = _repository(repo_dir, keys_dir)
    repository.initialize()
    return Path(repo_dir) / "metadata" / "root.json"


def add_release(repo_dir: Path, keys_dir: Path, bundle_dir: Path, version: str) -> Path:
    """Archive bundle_dir as `station-ledger-<version>.tar.gz`, sign and publish the metadata.
    Returns the archive. Raises ValueError for a version not newer than the latest release."""
    from packaging.version import Version

    repository = _repository(repo_dir, keys_dir)
    repository._load_keys_and_roles(create_keys=False)  # tufup: load keys and signed roles
    latest = repository.roles.get_latest_archive()
    if latest is not None and Version(version) <= latest.version:
        raise ValueError(f"version {version} is not newer than the latest release {latest.version}")
    repository.add_bundle(new_bundle_dir=Path(bundle_dir), new_version=version, skip_patch=True)
    repository.publish_changes(private_key_dirs=[Path(keys_dir)])
    return Path(repo_dir) / "targets" / f"{APP_NAME}-{version}.tar.gz"


def publish_to_county(repo_dir: Path, county_updates_dir: Path) -> None:
    """Copy the signed metadata and targets (never the keys) into the county's update folder."""
    for part in ("metadata", "targets"):
        source, target = Path(repo_dir) / part, Path(county_updates_dir) / part
        target.mkdir(parents=True, exist_ok=True)
        for path in source.iterdir():
            if path.is_file():
                with path.open("rb") as reader, atomic_output(target / path.name, 0o644) as out:
                    shutil.copyfileobj(reader, out)
