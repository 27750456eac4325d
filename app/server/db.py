"""The county server's own store: SQLite for a trial, PostgreSQL for real use.

Same code for both, chosen by the database URL (`sqlite:///county.db` or
`postgresql+psycopg://user@host/db`). Separate metadata from the station app's models.

- `county_station` / `device` / `enrollment_code`: who may sync, with which keys;
  per device the parcel chain (last sequence and hash) and a revoked flag.
- `device_parcel`: every accepted parcel's hash and its signed receipt (idempotency).
- `server_record`: per (station, kind, record id) the merged snapshot and per-field clocks.
- `feed`: one row per applied change or county-made update, in order; what devices pull.
- `server_conflict`, `server_quarantine`: the merge's inbox and the refused changes (a
  quarantine row is resolved when its change, sent again, is accepted).
- `server_flag`: records stored but flagged for a person to look at (ID-number region).
- `county_blob` / `county_blob_piece`: attachment content by SHA-256, in encrypted pieces.

The schema is changed only by Alembic migrations (`app/server/migrations/`):
`ServerStore.migrate()` (the `migrate` command, also run by `serve`) brings any county
database to the newest revision; a database made before migrations existed is recognised and
stamped with the base revision first; a database newer than this server is refused.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import uuid6
from sqlalchemy import (JSON, BigInteger, Boolean, DateTime, Index, Integer, LargeBinary, MetaData,
                        String, Text, create_engine, event, inspect, text)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

from app.protocol.wire import json_text, json_value

CATALOG_STATION = "*"  # feed rows every station receives (catalogue updates)
SerialId = BigInteger().with_variant(Integer, "sqlite")


MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "county_alembic_version"
BASE_REVISION = "c0001"  # the schema of county databases made before migrations


class CountyDatabaseTooNew(Exception):
    """The county database was migrated by a newer server than this one."""


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def new_id() -> str:
    """A time-ordered UUIDv7 (the same form the stations use)."""
    return str(uuid6.uuid7())


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention={
        "ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s",
        "pk": "pk_%(table_name)s"})


class CountyStation(ServerBase):
    __tablename__ = "county_station"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    org_id: Mapped[str | None] = mapped_column(String(36))  # bound by its first device
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class EnrollmentCode(ServerBase):
    __tablename__ = "enrollment_code"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    station_key: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16), default="admin")  # the device's highest role
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    used_by_device: Mapped[str | None] = mapped_column(String(36))


class Device(ServerBase):
    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    station_key: Mapped[str] = mapped_column(String(64), index=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16), default="worker")  # see app.server.authority
    sign_public: Mapped[str] = mapped_column(String(64))
    box_public: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default="")
    last_contact_at: Mapped[datetime | None] = mapped_column(DateTime)
    pulled_upto: Mapped[int] = mapped_column(BigInteger, default=0)
    case_prefix: Mapped[str] = mapped_column(String(4), default="", server_default="")
    # what the device last said it runs (headers of its push/pull; county migration c0005)
    app_version: Mapped[str | None] = mapped_column(String(40))
    schema_revision: Mapped[str | None] = mapped_column(String(16))


class DeviceParcel(ServerBase):
    __tablename__ = "device_parcel"
    # the hourly quota sums a device's recent parcels (app.server.bounds)
    __table_args__ = (Index("ix_device_parcel_device_received", "device_id", "received_at"),)

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    change_count: Mapped[int] = mapped_column(Integer)
    payload_bytes: Mapped[int] = mapped_column(BigInteger, default=0)  # decompressed
    receipt: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class ServerRecord(ServerBase):
    __tablename__ = "server_record"
    # pull parcels look records up by station and id without the kind
    __table_args__ = (Index("ix_server_record_station_record", "station_key", "record_id"),)

    station_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    snapshot: Mapped[dict] = mapped_column(JSON)
    field_hlc: Mapped[dict] = mapped_column(JSON)
    hlc: Mapped[str] = mapped_column(String(40), default="")
    last_device: Mapped[str] = mapped_column(String(36), default="")


class Feed(ServerBase):
    __tablename__ = "feed"

    seq: Mapped[int] = mapped_column(SerialId, primary_key=True, autoincrement=True)
    station_key: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(100))
    origin_device: Mapped[str] = mapped_column(String(36))  # "county" for merge results
    change_id: Mapped[str | None] = mapped_column(String(36), unique=True)


class ServerConflict(ServerBase):
    __tablename__ = "server_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    station_key: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(100), index=True)
    field: Mapped[str] = mapped_column(String(64))
    current_value: Mapped[object] = mapped_column(JSON)
    proposed_value: Mapped[object] = mapped_column(JSON)
    proposed_by_device: Mapped[str] = mapped_column(String(36))
    change_id: Mapped[str] = mapped_column(String(36))
    detected_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)


class ServerQuarantine(ServerBase):
    __tablename__ = "server_quarantine"

    id: Mapped[int] = mapped_column(SerialId, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    parcel_seq: Mapped[int] = mapped_column(Integer)
    change_id: Mapped[str] = mapped_column(String(100), default="", index=True)
    kind: Mapped[str] = mapped_column(String(100), default="")
    record_id: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text)
    change: Mapped[dict] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    code: Mapped[str] = mapped_column(String(32), default="", server_default="")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ServerFlag(ServerBase):
    """A stored record a person should look at (e.g. an ID number whose region code is not
    known): flagged, never refused."""
    __tablename__ = "server_flag"

    id: Mapped[int] = mapped_column(SerialId, primary_key=True, autoincrement=True)
    station_key: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(100))
    field: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    change_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class DeviceAuditState(ServerBase):
    """Where the county stands in checking one device's audit log (app.server.audit): the
    ratchet key after the last entry it checked, and the first problem it found."""

    __tablename__ = "device_audit_state"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key: Mapped[str] = mapped_column(String(64))  # base64, the newest ratchet key
    anchor_seq: Mapped[int] = mapped_column(Integer, default=0)
    anchor_hash: Mapped[str] = mapped_column(String(64))
    checked_seq: Mapped[int] = mapped_column(Integer, default=0)
    checked_hash: Mapped[str] = mapped_column(String(64))
    confirmed_seq: Mapped[int] = mapped_column(Integer, default=0)  # checked with the tag
    problem: Mapped[str | None] = mapped_column(Text)
    problem_at: Mapped[datetime | None] = mapped_column(DateTime)


class DeviceAuditEntry(ServerBase):
    """A device's audit entry as received (kept even when its check failed, as evidence)."""

    __tablename__ = "device_audit_entry"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    parcel_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entry: Mapped[dict] = mapped_column(JSON)
    hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class CountyBlob(ServerBase):
    """The content of a station's attachment, named by its SHA-256 (hex), arriving in pieces
    (app.server.blobs): `received` bytes so far, `complete` once all are in and verified."""

    __tablename__ = "county_blob"

    station_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    received: Mapped[int] = mapped_column(Integer, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)


class CountyBlobPiece(ServerBase):
    """One piece of a blob, encrypted at rest (AES-256-GCM under a key derived from the
    county's box key; app.server.blobs)."""

    __tablename__ = "county_blob_piece"

    station_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    offset: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)


# The web console's users, sessions and audit trail (use cases in app.server.accounts).
class CountyUser(ServerBase):
    __tablename__ = "county_user"

    username: Mapped[str] = mapped_column(String(40), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    stations: Mapped[list] = mapped_column(JSON, default=list)  # supervisor: station keys
    password_hash: Mapped[str] = mapped_column(String(64))
    password_salt: Mapped[str] = mapped_column(String(32))
    kdf_params: Mapped[dict] = mapped_column(JSON)
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class SignInLock(ServerBase):
    """Wrong passwords in a row for one user name as typed, and until when it is locked:
    kept alike for names with and without an account (county migration c0005), so the
    lockout does not tell which names exist (app.server.accounts.sign_in). A name not
    locked and without a wrong password since `LOCK_MEMORY` is forgotten (c0007: the time
    of its last wrong password, so the table cannot grow without bound)."""

    __tablename__ = "console_sign_in_lock"

    username: Mapped[str] = mapped_column(String(40), primary_key=True)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_failed_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)


class ConsoleSession(ServerBase):
    __tablename__ = "console_session"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(String(40), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)


class ConsoleAudit(ServerBase):
    __tablename__ = "console_audit"

    id: Mapped[int] = mapped_column(SerialId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, index=True)
    username: Mapped[str] = mapped_column(String(40), default="")
    action: Mapped[str] = mapped_column(String(40))
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON text
    client: Mapped[str] = mapped_column(String(64), default="")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for statement in ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                      "PRAGMA busy_timeout=30000"):
        cursor.execute(statement)
    cursor.close()


def _sqlite_begin(connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")  # one writer at a time, no upgrade deadlocks


def make_engine(url: str) -> Engine:
    # JSON columns (snapshots, clocks, receipts) through msgspec: several times faster than
    # the json module at ingest's volume, same documents.
    codec = {"json_serializer": json_text, "json_deserializer": json_value}
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               **codec)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, pool_size=8, max_overflow=8, pool_pre_ping=True, **codec)
    return engine


class ServerStore:
    """The server's database: `transaction()` for one use case, `migrate()` at start."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.is_postgres = self.engine.dialect.name == "postgresql"

    def create_schema(self) -> None:
        """The newest schema (for a new or an older database): `migrate()`."""
        self.migrate()

    def revision(self) -> str | None:
        """The database's migration revision; BASE_REVISION for a database made before
        migrations; None for an empty one."""
        with self.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if VERSION_TABLE in tables:
                return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")
                                          ).scalar()
            return BASE_REVISION if "device_parcel" in tables else None

    def migrate(self) -> tuple[str | None, str]:
        """Bring the database to the newest revision; returns (before, after). Raises
        CountyDatabaseTooNew, changing nothing, for a database of a newer server."""
        from alembic import command
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        script = ScriptDirectory.from_config(config)
        head = script.get_current_head()
        before = self.revision()
        if before is not None and before not in {rev.revision for rev in script.walk_revisions()}:
            raise CountyDatabaseTooNew(
                f"the county database is at revision {before}, newer than this server "
                f"({head}); install the newer server")
        if before == head:
            return before, head
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            tables = set(inspect(connection).get_table_names())
            if before == BASE_REVISION and VERSION_TABLE not in tables:
                command.stamp(config, BASE_REVISION)
            command.upgrade(config, "head")
        return before, head

    @staticmethod
    def code_revision() -> str:
        """The newest county migration this server has (what `migrate` brings a database to):
        the highest `cNNNN` file name in the versions folder (no Alembic import)."""
        names = sorted(path.name.split("_", 1)[0] for path in
                       (MIGRATIONS_DIR / "versions").glob("c[0-9][0-9][0-9][0-9]_*.py"))
        return names[-1]

    def health(self) -> str | None:
        """Touch the database: `SELECT 1` and the schema revision (None: not migrated).
        Raises the driver's error when the database does not answer."""
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1")).scalar_one()
            try:
                return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")
                                          ).scalar()
            except Exception:  # noqa: BLE001 - no version table yet: not migrated
                return None

    def transaction(self):
        session = self.sessions()
        return _Transaction(session)

    def close(self) -> None:
        self.engine.dispose()


class _Transaction:
    def __init__(self, session) -> None:
        self.session = session

    def __enter__(self):
        self.session.begin()
        return self.session

    def __exit__(self, exc_type, exc, tb):
        try:
            if exc_type is None:
                self.session.commit()
            else:
                self.session.rollback()
        finally:
            self.session.close()
        return False

