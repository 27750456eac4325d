"""person status (died / moved away, with a date) and ID-number search by the last digits

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 20:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status', sa.String(length=16), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('status_on', sa.Date(), nullable=True))
    # search keys for the last digits of an ID number: the number reversed, after "~"
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, id_number FROM person WHERE id_number IS NOT NULL AND deleted_at IS NULL"
    )).all()
    if rows:
        bind.execute(sa.text("INSERT OR IGNORE INTO person_search_key (person_id, key) "
                             "VALUES (:person_id, :key)"),
                     [{"person_id": pid, "key": "~" + number.lower()[::-1]}
                      for pid, number in rows])


def downgrade() -> None:
    op.execute("DELETE FROM person_search_key WHERE key LIKE '~%'")
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('status_on')
        batch_op.drop_column('status')
