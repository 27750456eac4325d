"""attachments: metadata (synced kind "attachment"), content by SHA-256, pieces being fetched

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 23:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('station_id', sa.String(length=36), nullable=False),
    sa.Column('owner_kind', sa.String(length=16), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('mime', sa.String(length=48), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('added_by', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['added_by'], ['app_user.id'], name=op.f('fk_attachment_added_by_app_user')),
    sa.ForeignKeyConstraint(['station_id'], ['org_unit.id'], name=op.f('fk_attachment_station_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_station_id'), ['station_id'], unique=False)
    op.create_table('attachment_blob',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=True),
    sa.Column('complete', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_attachment_blob'))
    )
    op.create_table('attachment_blob_part',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('offset', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', 'offset', name=op.f('pk_attachment_blob_part'))
    )


def downgrade() -> None:
    op.drop_table('attachment_blob_part')
    op.drop_table('attachment_blob')
    op.drop_table('attachment')
