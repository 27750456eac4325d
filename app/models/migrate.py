"""Schema migrations (Alembic), applied at start-up after an encrypted backup."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.models.store import Store

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(store: Store, backup_dir: Path | None = None) -> Path | None:
    """Bring the store to the newest schema. Returns the backup made first, if any."""
    current = current_revision(store)
    if current == head_revision():
        return None
    backup = None
    if current is not None and backup_dir is not None:
        backup = store.backup(backup_dir, f"before-{head_revision()}")
    config = alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
