"""The encrypted store: keyed connections with checked pragmas, migrations, backups."""
from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from app.errors import StoreError
from app.models.migrate import current_revision, head_revision
from app.models.store import DATABASE_FILENAME, Store
from app.security.keyring import Keyring
from app.services.station import keyring_path, open_store
from tests.conftest import ADMIN_PASSWORD


def data_key(station_dir):
    return Keyring.load(keyring_path(station_dir)).unlock("admin", ADMIN_PASSWORD).data_key


def test_every_connection_is_encrypted_with_wal_and_full_sync(station_dir):
    store = open_store(station_dir, data_key(station_dir))
    try:
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA synchronous")).scalar() == 2
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA cipher_version")).scalar()
        assert current_revision(store) == head_revision()
        assert store.integrity_check() == "ok"
    finally:
        store.close()
    header = (station_dir / DATABASE_FILENAME).read_bytes()[:16]
    assert header != b"SQLite format 3\x00"  # the file is not a plain SQLite database


def test_wrong_key_is_refused_with_a_store_error(station_dir):
    with pytest.raises(StoreError):
        Store(station_dir, os.urandom(32))


def test_plain_sqlite_cannot_read_the_store(station_dir):
    import sqlite3

    connection = sqlite3.connect(station_dir / DATABASE_FILENAME)
    with pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_migrating_an_old_schema_backs_up_first(station_dir):
    """A store at schema 0001 is upgraded to head, after an encrypted backup."""
    from alembic import command

    from app.models.migrate import alembic_config, migrate

    key = data_key(station_dir)
    store = Store(station_dir, key)
    try:
        config = alembic_config()
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")
        assert current_revision(store) == "0001"
        backup = migrate(store, backup_dir=station_dir / "backups")
        assert current_revision(store) == head_revision()
    finally:
        store.close()
    assert backup is not None and backup.exists()
    assert backup.read_bytes()[:16] != b"SQLite format 3\x00"
    # The backup is a whole database under the same key, at the old schema.
    restored_dir = station_dir.parent / "restored"
    restored_dir.mkdir()
    os.replace(backup, restored_dir / DATABASE_FILENAME)
    restored = Store(restored_dir, key)
    try:
        assert current_revision(restored) == "0001"
        assert restored.integrity_check() == "ok"
    finally:
        restored.close()


def test_many_threads_share_the_store_safely(worker, village_id):
    """Twelve threads write and read at once: every save lands, no connection is closed
    under another thread (as a connection-per-thread pool would do past five threads)."""
    import threading

    from sqlalchemy import func, select

    from app.models import Household
    from app.services import households

    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(3):
                households.create_household(worker, households.HouseholdInput(village_id=village_id),
                                            [households.PersonInput(name_zh="线程测试")])
                with worker.read() as session:
                    session.scalar(select(func.count()).select_from(Household))
        except BaseException as error:  # noqa: BLE001 (reported below)
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    with worker.read() as session:
        assert session.scalar(select(func.count()).select_from(Household)) == 36


def test_the_quick_schema_check_agrees_with_alembic(station_dir):
    """Sign-in decides "already up to date" without importing Alembic; both must agree."""
    from app.models.migrate import newest_revision_on_disk

    assert newest_revision_on_disk() == head_revision()
    store = open_store(station_dir, data_key(station_dir))
    try:
        from alembic.runtime.migration import MigrationContext

        with store.engine.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() == \
                current_revision(store)
    finally:
        store.close()


def test_batched_use_cases_commit_once_and_a_failing_one_rolls_back_alone(worker, village_id):
    """The demo's bulk path: use cases inside `Store.batched()` are savepoints of one
    transaction; reads see the batch's writes; other connections see nothing until the end."""
    from sqlalchemy import func, select

    from app.errors import ValidationError
    from app.models import ChangeLogEntry, Household
    from app.services import households

    store = worker.store

    def count(model, session=None):
        with store.session() as s:
            return s.scalar(select(func.count()).select_from(model))

    before = count(Household)
    outside = store._sessions()  # another connection, as another thread of the app would use
    with store.batched():
        first, _ = households.create_household(
            worker, households.HouseholdInput(village_id=village_id), [
                households.PersonInput(name_zh="甲一")])
        with pytest.raises(ValidationError):
            households.create_household(worker, households.HouseholdInput(village_id="nope"),
                                        [households.PersonInput(name_zh="乙二")])
        assert count(Household) == before + 1  # the batch reads its own writes
        assert outside.scalar(select(func.count()).select_from(Household)) == before
    outside.close()
    assert count(Household) == before + 1  # committed once; the failed one left nothing
    with store.session() as session:
        logged = session.scalars(select(ChangeLogEntry.record_id)).all()
    assert first in logged  # the change log was written inside the batch as always
