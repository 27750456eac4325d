"""continuity: quarantine rows can be resolved, ID-number flags, device case prefixes

Revision ID: c0002
Revises: c0001
Create Date: 2026-11-29 20:30:00

- `server_quarantine.code`, `.resolved_at`, `.attempts`: a refused change sent again is
  checked again; accepted → resolved, refused again → the same row, one more attempt.
- `server_flag`: records stored but flagged (an ID number without a known region code).
- `device.case_prefix`: the letter(s) in the case numbers this device makes (2026-B-0007),
  given at enrolment, unique per station; existing devices get theirs in enrolment order.
"""
from alembic import op
import sqlalchemy as sa


revision = 'c0002'
down_revision = 'c0001'
branch_labels = None
depends_on = None

_SERIAL = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    with op.batch_alter_table('server_quarantine', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code', sa.String(length=32), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('resolved_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('attempts', sa.Integer(), nullable=False,
                                      server_default='1'))
        batch_op.create_index(batch_op.f('ix_server_quarantine_change_id'), ['change_id'],
                              unique=False)
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('case_prefix', sa.String(length=4), nullable=False,
                                      server_default=''))
    op.create_table(
        'server_flag',
        sa.Column('id', _SERIAL, autoincrement=True, nullable=False),
        sa.Column('station_key', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('record_id', sa.String(length=100), nullable=False),
        sa.Column('field', sa.String(length=64), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('change_id', sa.String(length=36), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_server_flag')))
    with op.batch_alter_table('server_flag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_server_flag_station_key'), ['station_key'],
                              unique=False)
    # existing devices: A, B, C … per station in enrolment order
    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT id, station_key FROM device ORDER BY station_key, enrolled_at, id")).all()
    counts: dict[str, int] = {}
    for device_id, station_key in rows:
        index = counts.get(station_key, 0)
        counts[station_key] = index + 1
        connection.execute(sa.text("UPDATE device SET case_prefix = :p WHERE id = :i"),
                           {"p": case_prefix_for(index), "i": device_id})


def case_prefix_for(index: int) -> str:
    """0 → A … 25 → Z, 26 → AA … (kept here: a migration never imports changing code)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def downgrade() -> None:
    op.drop_table('server_flag')
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.drop_column('case_prefix')
    with op.batch_alter_table('server_quarantine', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_server_quarantine_change_id'))
        batch_op.drop_column('attempts')
        batch_op.drop_column('resolved_at')
        batch_op.drop_column('code')
