"""sign-in locks are forgotten after a while: the time of each name's last wrong password

`console_sign_in_lock.last_failed_at` (indexed): a name that is not locked and had no wrong
password for `app.server.accounts.LOCK_MEMORY` is deleted on the next failed sign-in, so
trying millions of names cannot grow the table without bound. Rows kept until now get the
time of the upgrade (remembered for one more period, never forgotten early).

Revision ID: c0007
Revises: c0006
Create Date: 2026-11-30 02:30:00
"""
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa


revision = 'c0007'
down_revision = 'c0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('console_sign_in_lock', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_failed_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_console_sign_in_lock_last_failed_at'),
                              ['last_failed_at'], unique=False)
    table = sa.table('console_sign_in_lock', sa.column('last_failed_at', sa.DateTime()))
    upgraded_at = datetime.now(timezone.utc).replace(tzinfo=None)  # naive UTC, as utc_now()
    op.execute(table.update().values(last_failed_at=upgraded_at))


def downgrade() -> None:
    with op.batch_alter_table('console_sign_in_lock', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_console_sign_in_lock_last_failed_at'))
        batch_op.drop_column('last_failed_at')
