"""county trust: device roles, audit anchors, parcel sizes (issue 11)

Devices and codes made before roles existed become "admin" (they keep working as before;
the county re-issues codes with --role for people's laptops). Parcels received before keep a
payload size of 0 in the hourly quota.

Revision ID: c0004
Revises: c0003
Create Date: 2026-11-29 21:10:58.952889
"""
from alembic import op
import sqlalchemy as sa


revision = 'c0004'
down_revision = 'c0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('device_audit_entry',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('parcel_seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('entry', sa.JSON(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'seq', 'parcel_seq', name=op.f('pk_device_audit_entry'))
    )
    op.create_table('device_audit_state',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('anchor_seq', sa.Integer(), nullable=False),
    sa.Column('anchor_hash', sa.String(length=64), nullable=False),
    sa.Column('checked_seq', sa.Integer(), nullable=False),
    sa.Column('checked_hash', sa.String(length=64), nullable=False),
    sa.Column('confirmed_seq', sa.Integer(), nullable=False),
    sa.Column('problem', sa.Text(), nullable=True),
    sa.Column('problem_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_device_audit_state'))
    )
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('role', sa.String(length=16), nullable=False,
                                      server_default='admin'))

    with op.batch_alter_table('device_parcel', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payload_bytes', sa.BigInteger(), nullable=False,
                                      server_default='0'))
        batch_op.create_index('ix_device_parcel_device_received', ['device_id', 'received_at'], unique=False)

    with op.batch_alter_table('enrollment_code', schema=None) as batch_op:
        batch_op.add_column(sa.Column('role', sa.String(length=16), nullable=False,
                                      server_default='admin'))



def downgrade() -> None:
    with op.batch_alter_table('enrollment_code', schema=None) as batch_op:
        batch_op.drop_column('role')

    with op.batch_alter_table('device_parcel', schema=None) as batch_op:
        batch_op.drop_index('ix_device_parcel_device_received')
        batch_op.drop_column('payload_bytes')

    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.drop_column('role')

    op.drop_table('device_audit_state')
    op.drop_table('device_audit_entry')
