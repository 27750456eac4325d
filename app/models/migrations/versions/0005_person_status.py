"""person status (died / moved away, with a date), merges of duplicate persons and households, synced reasons of deletions

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 20:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status', sa.String(length=16), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('status_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))
    op.create_table('record_merge',
    sa.Column('station_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('survivor_id', sa.String(length=36), nullable=False),
    sa.Column('merged_id', sa.String(length=36), nullable=False),
    sa.Column('merged_by', sa.String(length=36), nullable=False),
    sa.Column('taken', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['merged_by'], ['app_user.id'], name=op.f('fk_record_merge_merged_by_app_user')),
    sa.ForeignKeyConstraint(['station_id'], ['org_unit.id'], name=op.f('fk_record_merge_station_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_record_merge'))
    )
    with op.batch_alter_table('record_merge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_record_merge_merged_id'), ['merged_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_record_merge_station_id'), ['station_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_record_merge_survivor_id'), ['survivor_id'], unique=False)
    op.create_table('deletion_note',
    sa.Column('station_id', sa.String(length=36), nullable=False),
    sa.Column('record_kind', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('deleted_by', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['deleted_by'], ['app_user.id'], name=op.f('fk_deletion_note_deleted_by_app_user')),
    sa.ForeignKeyConstraint(['station_id'], ['org_unit.id'], name=op.f('fk_deletion_note_station_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deletion_note'))
    )
    with op.batch_alter_table('deletion_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deletion_note_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deletion_note_station_id'), ['station_id'], unique=False)


def downgrade() -> None:
    op.drop_table('deletion_note')
    op.drop_table('record_merge')
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_column('merged_into')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('merged_into')
        batch_op.drop_column('status_on')
        batch_op.drop_column('status')
