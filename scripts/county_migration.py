"""Write a new county-database migration from the difference between the county models
(app/server/db.py) and the newest migration, the way Alembic's autogenerate does.

    .venv/bin/python scripts/county_migration.py "what changed"

It migrates a throw-away SQLite database to the newest revision, compares it with the models
and writes app/server/migrations/versions/c<NNNN>_<slug>.py. Read and adjust the result
(data moves, PostgreSQL types) before committing; tests/server/test_county_migrations.py
checks that a migrated database equals the models on SQLite and PostgreSQL.
"""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from app.server.db import MIGRATIONS_DIR, ServerStore

    message = " ".join(sys.argv[1:]).strip() or "county change"
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    number = int(head[1:]) + 1
    slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")[:40] or "change"
    with tempfile.TemporaryDirectory() as work:
        store = ServerStore(f"sqlite:///{Path(work) / 'county.db'}")
        store.migrate()
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            script = command.revision(config, message=message, autogenerate=True,
                                      rev_id=f"c{number:04d}")
        store.close()
    target = Path(script.path)
    final = target.with_name(f"c{number:04d}_{slug}.py")
    target.rename(final)
    print("written", final.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
