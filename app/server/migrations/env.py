"""Alembic environment of the county database: migrations run on a connection the server
hands over (app.server.db.ServerStore.migrate); the station's models are never loaded."""
from alembic import context

from app.server.db import ServerBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=ServerBase.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
    compare_type=True,
    version_table="county_alembic_version",
)
with context.begin_transaction():
    context.run_migrations()
