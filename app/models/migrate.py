"""Schema migrations (Alembic), applied at start-up after an encrypted backup.

Alembic takes a quarter of a second to import, so the usual case at sign-in (the store is
already at the newest schema) is decided without it: the stored revision is read with one
query and compared with the newest revision named in the migration files.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sqlalchemy import text

from app.errors import N_, StoreError
from app.models.store import Store

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([\w]+|None)['\"]?", re.M)


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest revision, as Alembic computes it."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


@lru_cache(maxsize=1)
def newest_revision_on_disk() -> str:
    """The newest revision read straight from the migration files (no Alembic import)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict((key, value) for key, value in _REVISION.findall(path.read_text()))
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision", "None"))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {sorted(heads)}")
    return heads.pop()


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as connection:
        exists = connection.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")).first()
        if not exists:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


@lru_cache(maxsize=1)
def known_revisions_on_disk() -> frozenset[str]:
    """Every revision this build has a migration for."""
    return frozenset(dict(_REVISION.findall(path.read_text())).get("revision", "")
                     for path in (MIGRATIONS_DIR / "versions").glob("*.py")) - {""}


def migrate(store: Store, backup_dir: Path | None = None) -> Path | None:
    """Bring the store to the newest schema. Returns the backup made first, if any.

    Raises StoreError, before anything is touched, for a store written by a newer build
    (a revision this build has no migration for)."""
    current = current_revision(store)
    if current == newest_revision_on_disk():
        return None
    if current is not None and current not in known_revisions_on_disk():
        raise StoreError(N_("This data was saved by a newer version of Station Ledger "
                            "(data format %1; this version knows up to %2). Please install "
                            "the newer version; nothing has been changed."),
                         current, newest_revision_on_disk())
    from alembic import command

    backup = None
    if current is not None and backup_dir is not None:
        backup = store.backup(backup_dir, f"before-{head_revision()}")
    config = alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
