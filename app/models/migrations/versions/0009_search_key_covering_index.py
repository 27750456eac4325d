"""people search: covering indexes for the key range and the live people

A search reads `person_id` for every stored key in a prefix range. With an index on `key`
alone each entry costs a second look-up in the table (the table's rows are keyed by rowid);
an index on (key, person_id) answers the range from the index alone (issue 18: search at
100,000 people). It replaces the index on `key`, which is its prefix. A partial index on the
live people's (id, status) lets a search walk people newest first, and count them, without
reading their rows.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 23:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:  # SQLite makes and drops indexes in place (no table copy)
    op.create_index('ix_person_search_key_key_person', 'person_search_key', ['key', 'person_id'],
                    unique=False)
    op.drop_index('ix_person_search_key_key', table_name='person_search_key')
    op.create_index('ix_person_live_id', 'person', ['id', 'status'], unique=False,
                    sqlite_where=sa.text('deleted_at IS NULL'))


def downgrade() -> None:
    op.drop_index('ix_person_live_id', table_name='person')
    op.create_index('ix_person_search_key_key', 'person_search_key', ['key'], unique=False)
    op.drop_index('ix_person_search_key_key_person', table_name='person_search_key')
