"""The county database is changed only by Alembic migrations: a database of the schema the
county had before migrations (a stored fixture made by that code) upgrades with its data; a
new one gets the same schema; the schema after migrating equals the server's models; a
database of a newer server is refused and left alone; `migrate` and `serve` run them."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.server.db import (BASE_REVISION, CountyDatabaseTooNew, Device, DeviceParcel, ServerBase,
                           ServerQuarantine, ServerRecord, ServerStore)

FIXTURE = Path(__file__).parents[1] / "fixtures" / "county" / "county-r0.db"


def _schema_differences(store: ServerStore) -> list:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return [diff for diff in compare_metadata(context, ServerBase.metadata)
                if not (isinstance(diff, tuple) and diff[0] == "remove_table"
                        and diff[1].name == "county_alembic_version")]


@pytest.fixture()
def old_county(tmp_path) -> Path:
    target = tmp_path / "county.db"
    shutil.copy(FIXTURE, target)
    return target


def test_a_county_database_of_the_old_schema_migrates_with_its_data(old_county):
    connection = sqlite3.connect(old_county)
    records_before = connection.execute(
        "SELECT station_key, kind, record_id, snapshot, field_hlc FROM server_record"
        " ORDER BY kind, record_id").fetchall()
    assert len(records_before) > 10  # the fixture holds a synced station
    connection.close()
    store = ServerStore(f"sqlite:///{old_county}")
    try:
        assert store.revision() == BASE_REVISION
        before, after = store.migrate()
        assert (before, after) == (BASE_REVISION, store.revision()) and after != BASE_REVISION
        assert _schema_differences(store) == []
        with store.transaction() as session:
            rows = session.execute(select(ServerRecord.station_key, ServerRecord.kind,
                                          ServerRecord.record_id, ServerRecord.snapshot,
                                          ServerRecord.field_hlc)
                                   .order_by(ServerRecord.kind, ServerRecord.record_id)).all()
            assert [(a, b, c) for a, b, c, _d, _e in rows] == \
                [(a, b, c) for a, b, c, _d, _e in records_before]
            assert session.scalar(select(func.count()).select_from(DeviceParcel)) >= 1
            [quarantined] = session.scalars(select(ServerQuarantine)).all()
            assert quarantined.resolved_at is None and quarantined.attempts == 1
            assert [d.case_prefix for d in session.scalars(select(Device))] == ["A"]
        assert store.migrate()[0] == after  # a second run changes nothing
    finally:
        store.close()


def test_a_new_county_database_gets_the_same_schema(county_db_url):
    store = ServerStore(county_db_url)
    try:
        assert store.revision() is None
        store.migrate()
        assert _schema_differences(store) == []
    finally:
        store.close()


def test_the_base_revision_upgrades_with_its_rows_on_sqlite_and_postgresql(county_db_url):
    """The same upgrade on both databases: a database at c0001 with devices of two stations
    and a quarantined change gets device letters in enrolment order and open rows."""
    from datetime import datetime

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from app.server.db import MIGRATIONS_DIR

    store = ServerStore(county_db_url)
    try:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, BASE_REVISION)
        with store.engine.begin() as connection:
            for n, (device, station) in enumerate([("d2", "jia"), ("d1", "jia"), ("d3", "yi")]):
                connection.execute(text(
                    "INSERT INTO device (id, station_key, label, sign_public, box_public,"
                    " enrolled_at, last_seq, last_hash, pulled_upto) VALUES (:i, :s, '', 'x',"
                    " 'y', :at, 0, '', 0)"), {"i": device, "s": station,
                                              "at": datetime(2026, 1, 1 + n)})
            connection.execute(text(
                "INSERT INTO server_quarantine (device_id, parcel_seq, change_id, kind,"
                " record_id, reason, change, at) VALUES ('d1', 1, 'c1', 'person', 'p1',"
                " 'old words', '{}', :at)"), {"at": datetime(2026, 1, 5)})
        assert store.revision() == BASE_REVISION
        store.migrate()
        assert _schema_differences(store) == []
        with store.transaction() as session:
            assert {d.id: d.case_prefix for d in session.scalars(select(Device))} == {
                "d2": "A", "d1": "B", "d3": "A"}
            [row] = session.scalars(select(ServerQuarantine)).all()
            assert (row.reason, row.code, row.attempts, row.resolved_at) == \
                ("old words", "", 1, None)
    finally:
        store.close()


def test_a_database_of_a_newer_server_is_refused_and_left_alone(old_county):
    store = ServerStore(f"sqlite:///{old_county}")
    store.migrate()
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE county_alembic_version SET version_num = 'c9999'")
    store.close()
    before = old_county.read_bytes()
    store = ServerStore(f"sqlite:///{old_county}")
    try:
        with pytest.raises(CountyDatabaseTooNew, match="c9999"):
            store.migrate()
    finally:
        store.close()
    assert old_county.read_bytes() == before


def test_the_migrate_command_upgrades_and_reports(old_county, capsys):
    from app.server.cli import main

    assert main(["--db", f"sqlite:///{old_county}", "migrate"]) == 0
    assert "migrated from c0001" in capsys.readouterr().out
    assert main(["--db", f"sqlite:///{old_county}", "migrate"]) == 0
    assert "already at revision" in capsys.readouterr().out


def test_the_county_server_never_loads_the_station_models():
    import subprocess
    import sys

    code = ("import sys, app.server.api, app.server.cli, app.server.folder, app.server.ingest;"
            "import app.server.validation, app.protocol.kinds;"
            "print(sorted(m for m in sys.modules if m.startswith(('app.models', 'app.services',"
            " 'app.sync', 'app.ui'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).parents[2])
    assert result.stdout.strip() == "[]"
