"""county base: the county database as it was before it had migrations (`create_all`)

Revision ID: c0001
Revises:
Create Date: 2026-11-29 20:30:00

A county database made before migrations existed has these tables and no version table;
`ServerStore.migrate` stamps it with this revision and upgrades it from here.
"""
from alembic import op
import sqlalchemy as sa


revision = 'c0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('county_station',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('org_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_county_station'))
    )
    op.create_table('device',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('station_key', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('sign_public', sa.String(length=64), nullable=False),
    sa.Column('box_public', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.Column('last_contact_at', sa.DateTime(), nullable=True),
    sa.Column('pulled_upto', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device'))
    )
    op.create_index(op.f('ix_device_station_key'), 'device', ['station_key'], unique=False)
    op.create_table('device_parcel',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('change_count', sa.Integer(), nullable=False),
    sa.Column('receipt', sa.LargeBinary(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'seq', name=op.f('pk_device_parcel')),
    sa.UniqueConstraint('hash', name=op.f('uq_device_parcel_hash'))
    )
    op.create_table('enrollment_code',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('station_key', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.Column('used_by_device', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('code_hash', name=op.f('pk_enrollment_code'))
    )
    op.create_table('feed',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('station_key', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.String(length=100), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('change_id', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_feed')),
    sa.UniqueConstraint('change_id', name=op.f('uq_feed_change_id'))
    )
    op.create_index(op.f('ix_feed_station_key'), 'feed', ['station_key'], unique=False)
    op.create_table('server_conflict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('station_key', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.String(length=100), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('current_value', sa.JSON(), nullable=False),
    sa.Column('proposed_value', sa.JSON(), nullable=False),
    sa.Column('proposed_by_device', sa.String(length=36), nullable=False),
    sa.Column('change_id', sa.String(length=36), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_server_conflict'))
    )
    op.create_index(op.f('ix_server_conflict_record_id'), 'server_conflict', ['record_id'], unique=False)
    op.create_index(op.f('ix_server_conflict_station_key'), 'server_conflict', ['station_key'], unique=False)
    op.create_table('server_quarantine',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('parcel_seq', sa.Integer(), nullable=False),
    sa.Column('change_id', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=100), nullable=False),
    sa.Column('record_id', sa.String(length=100), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('change', sa.JSON(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_server_quarantine'))
    )
    op.create_index(op.f('ix_server_quarantine_device_id'), 'server_quarantine', ['device_id'], unique=False)
    op.create_table('server_record',
    sa.Column('station_key', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.String(length=100), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('field_hlc', sa.JSON(), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('last_device', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('station_key', 'kind', 'record_id', name=op.f('pk_server_record'))
    )
    op.create_index('ix_server_record_station_record', 'server_record', ['station_key', 'record_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_server_record_station_record', table_name='server_record')
    op.drop_table('server_record')
    op.drop_index(op.f('ix_server_quarantine_device_id'), table_name='server_quarantine')
    op.drop_table('server_quarantine')
    op.drop_index(op.f('ix_server_conflict_station_key'), table_name='server_conflict')
    op.drop_index(op.f('ix_server_conflict_record_id'), table_name='server_conflict')
    op.drop_table('server_conflict')
    op.drop_index(op.f('ix_feed_station_key'), table_name='feed')
    op.drop_table('feed')
    op.drop_table('enrollment_code')
    op.drop_table('device_parcel')
    op.drop_index(op.f('ix_device_station_key'), table_name='device')
    op.drop_table('device')
    op.drop_table('county_station')
