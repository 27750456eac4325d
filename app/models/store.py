"""The encrypted local store: one SQLCipher 4 database opened with a random 256-bit raw key.

Every connection is keyed and has its pragmas set *and checked* (WAL, synchronous=FULL,
foreign keys, temp data in memory) before SQLAlchemy may use it. A `Store` gives sessions
whose `info` carries the store, so the change log hook (app.sync.changelog) can stamp every
change with this device's id and clock in the same transaction.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, create_engine, event, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.errors import N_, StoreError
from app.files import atomic_output
from app.models.system import DeviceIdentity, Meta
from app.paths import DATABASE_FILENAME  # noqa: F401 - re-exported (one name for the file)

REQUIRED_PRAGMAS = {"journal_mode": "wal", "synchronous": "2", "foreign_keys": "1", "temp_store": "2"}


def _key_literal(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return "x'" + key.hex() + "'"


def _set_and_check_pragmas(dbapi_connection, _record) -> None:
    # Let SQLAlchemy (not the driver) decide where transactions begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:  # wrong key or not a database
        raise StoreError(N_("The data store cannot be opened with this key.")) from exc
    for statement in (
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA temp_store=MEMORY",
        "PRAGMA busy_timeout=10000",
        "PRAGMA secure_delete=ON",
    ):
        cursor.execute(statement)
    for pragma, expected in REQUIRED_PRAGMAS.items():
        actual = str(cursor.execute(f"PRAGMA {pragma}").fetchone()[0]).lower()
        if actual != expected:
            raise StoreError(N_("The data store refused a safety setting (%1)."), pragma)
    if not cursor.execute("PRAGMA cipher_version").fetchone():
        raise StoreError(N_("The data store is not encrypted; refusing to use it."))
    cursor.close()


def _begin(connection) -> None:
    # Writers take the write lock up front (BEGIN IMMEDIATE), so two use cases never
    # deadlock upgrading a read; readers use a plain deferred BEGIN.
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def create_store_engine(path: Path, key: bytes) -> Engine:
    url = URL.create("sqlite+pysqlcipher", password=_key_literal(key), database=str(path))
    # A queue of connections shared by threads (the dialect's default, a connection per
    # thread, closes other threads' connections once more than five threads have connected).
    engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=QueuePool,
                           pool_size=4, max_overflow=4)
    event.listen(engine, "connect", _set_and_check_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def classify_database_error(exc: DatabaseError) -> Exception:
    """The error to show for a failure of the database file itself; others stay as they are."""
    text = str(exc.orig if getattr(exc, "orig", None) is not None else exc).lower()
    if "full" in text or "too large" in text:
        return StoreError(N_("The disk is full: nothing was saved. Free some space and try again."))
    if "disk i/o" in text or "readonly" in text or "read-only" in text:
        return StoreError(N_("The disk could not be written: nothing was saved. Check the disk "
                             "or USB stick and try again."))
    if "malformed" in text or "not a database" in text or "encrypted" in text:
        return StoreError(N_("The data store is damaged. Nothing was saved; restore the latest "
                             "backup or ask the county for help."))
    return exc


class Store:
    """An open encrypted database in a data directory. Thread-safe: one session per use."""

    def __init__(self, data_dir: Path, key: bytes) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DATABASE_FILENAME
        self.engine = create_store_engine(self.path, key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, info={"store": self})
        self._writers = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"),
            expire_on_commit=False,
            info={"store": self},
        )
        self.clock = None  # set by app.sync.changelog.attach_change_log
        self._device_id: str | None = None
        self._batch: Session | None = None  # the one write session while `batched()` runs
        try:
            with self.engine.connect():
                pass
        except DatabaseError as exc:
            self.engine.dispose()
            raise StoreError(N_("The data store cannot be opened with this key.")) from exc
        except StoreError:
            self.engine.dispose()
            raise

    # -- sessions -----------------------------------------------------------------------
    def session(self) -> Session:
        """A session for reading (deferred transactions); inside `batched()`, the batch's own
        session (so reads see what the batch wrote), which the caller's `with` leaves open."""
        batch = self._batch
        if batch is not None:
            return _BatchReader(batch)
        return self._sessions()

    @contextmanager
    def transaction(self, actor_id: str | None = None) -> Iterator[Session]:
        """One use case, one write transaction: commit on success, roll back on any error.

        A full disk or a damaged file becomes a StoreError the user can read; the
        transaction is rolled back, so nothing is half-saved."""
        batch = self._batch
        if batch is not None:  # inside `batched()`: a savepoint of the one open transaction
            previous = batch.info.get("actor_id")
            try:
                with batch.begin_nested():
                    batch.info["actor_id"] = actor_id
                    yield batch
                batch.flush()
            except DatabaseError as exc:
                raise classify_database_error(exc) from exc
            finally:
                batch.info["actor_id"] = previous
            return
        try:
            with self._writers() as session, session.begin():
                session.info["actor_id"] = actor_id
                yield session
        except DatabaseError as exc:
            raise classify_database_error(exc) from exc

    @contextmanager
    def batched(self) -> Iterator[None]:
        """Run many use cases as savepoints of ONE write transaction, committed at the end.

        For bulk work done by one thread that is whole-or-nothing anyway (the demo station is
        built in a folder renamed only when complete): each use case still runs its own checks,
        change log and audit, and one that fails rolls back only its savepoint; the disk sees one
        commit instead of thousands (each commit is an fsync with synchronous=FULL)."""
        if self._batch is not None:
            yield
            return
        try:
            with self._writers() as session, session.begin():
                self._batch = session
                # The session's identity map holds only weak references: a household made
                # by one use case was gone by the next, which loaded it again with a SELECT
                # (every visit, every village check). The batch holds what it loads or makes
                # until its one commit.
                held: list = []

                def hold(_session, instance) -> None:
                    held.append(instance)

                event.listen(session, "pending_to_persistent", hold)
                event.listen(session, "loaded_as_persistent", hold)
                try:
                    yield
                finally:
                    self._batch = None
                    event.remove(session, "pending_to_persistent", hold)
                    event.remove(session, "loaded_as_persistent", hold)
                    held.clear()
        except DatabaseError as exc:
            raise classify_database_error(exc) from exc

    # -- device-level settings ------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        with self._sessions() as session:
            value = session.scalar(select(Meta.value).where(Meta.key == key))
        return default if value is None else value

    def set_meta(self, session: Session, key: str, value: str) -> None:
        row = session.get(Meta, key)
        if row is None:
            session.add(Meta(key=key, value=value))
        else:
            row.value = value

    def device_identity(self) -> DeviceIdentity:
        """This device's id and keys (a detached row). Raises StoreError if it was not set up."""
        with self._sessions() as session:
            identity = session.get(DeviceIdentity, 1)
            if identity is None or not identity.device_id:
                raise StoreError(N_("This data store has no device identity; it was not set up."))
            session.expunge(identity)
        return identity

    def set_device_identity(self, session: Session, identity: DeviceIdentity) -> None:
        """Store this device's identity, once, when the store is made."""
        identity.id = 1
        session.add(identity)

    @property
    def device_id(self) -> str:
        """This device's id, read once from the store (it never changes once set)."""
        if self._device_id is None:
            self._device_id = self.device_identity().device_id
        return self._device_id

    # -- maintenance --------------------------------------------------------------------
    def checkpoint(self) -> None:
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def integrity_check(self) -> str:
        """"ok", or SQLite's list of what is damaged (one problem per line)."""
        with self.engine.connect() as connection:
            rows = connection.execute(text("PRAGMA integrity_check")).scalars().all()
        return "\n".join(str(row) for row in rows)

    def backup(self, backup_dir: Path, label: str) -> Path:
        """An encrypted copy (same key) of the whole database, written then renamed."""
        backup_dir.mkdir(parents=True, exist_ok=True)
        self.checkpoint()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = backup_dir / f"station-{stamp}-{label}.db"
        with open(self.path, "rb") as source, atomic_output(target) as copy:
            shutil.copyfileobj(source, copy)
        return target

    def close(self) -> None:
        self.engine.dispose()


class _BatchReader:
    """The batch session lent to a reader: `with` does not close it (the batch owns it)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def __enter__(self) -> Session:
        return self._session

    def __exit__(self, *exc) -> None:
        return None

    def close(self) -> None:
        return None

    def __getattr__(self, name: str):
        return getattr(self._session, name)
