"""continuity: one ID number on two laptops is a duplicate to merge, not an error; the
quarantine keeps the county's reason code so it can be translated

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 20:20:00

- `uq_person_id_number_live` (unique) becomes `ix_person_id_number_live` (not unique): the
  same person registered offline on two laptops reaches every device and is offered for
  merging; typing a number already on this laptop is still refused by the use case.
- `sync_quarantine.code` / `.args`: the county's reason as a code and its values.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_LIVE = sa.text('id_number IS NOT NULL AND deleted_at IS NULL')


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('uq_person_id_number_live', sqlite_where=_LIVE)
        batch_op.create_index('ix_person_id_number_live', ['id_number'], unique=False,
                              sqlite_where=_LIVE)
    with op.batch_alter_table('sync_quarantine', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code', sa.String(length=32), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('args', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sync_quarantine', schema=None) as batch_op:
        batch_op.drop_column('args')
        batch_op.drop_column('code')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('ix_person_id_number_live', sqlite_where=_LIVE)
        batch_op.create_index('uq_person_id_number_live', ['id_number'], unique=True,
                              sqlite_where=_LIVE)
