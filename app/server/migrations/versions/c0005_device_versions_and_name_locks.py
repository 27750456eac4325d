"""device versions and sign-in locks per name (issue 16, part 3)

- `device.app_version`, `device.schema_revision`: what each device last said it runs (the
  headers of its push and pull), shown on the console's Stations page.
- `console_sign_in_lock`: wrong passwords in a row and the lock, per user name as typed, for
  names with and without an account alike (the lockout no longer tells which names exist).
  The counts and locks kept on `county_user` until now move there.

Revision ID: c0005
Revises: c0004
Create Date: 2026-11-29 23:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'c0005'
down_revision = 'c0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('console_sign_in_lock',
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('failed_count', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('username', name=op.f('pk_console_sign_in_lock'))
    )
    op.execute("INSERT INTO console_sign_in_lock (username, failed_count, locked_until) "
               "SELECT username, failed_count, locked_until FROM county_user "
               "WHERE failed_count > 0 OR locked_until IS NOT NULL")
    with op.batch_alter_table('county_user', schema=None) as batch_op:
        batch_op.drop_column('failed_count')
        batch_op.drop_column('locked_until')
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('app_version', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('schema_revision', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.drop_column('schema_revision')
        batch_op.drop_column('app_version')
    with op.batch_alter_table('county_user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failed_count', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(), nullable=True))
    op.drop_table('console_sign_in_lock')
