"""county blobs: attachment content by SHA-256, received in encrypted pieces (issue 19)

Revision ID: c0006
Revises: c0005
Create Date: 2026-11-29 23:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'c0006'
down_revision = 'c0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('county_blob',
    sa.Column('station_key', sa.String(length=64), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('received', sa.Integer(), nullable=False),
    sa.Column('complete', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('station_key', 'sha256', name=op.f('pk_county_blob'))
    )
    op.create_table('county_blob_piece',
    sa.Column('station_key', sa.String(length=64), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('offset', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('station_key', 'sha256', 'offset', name=op.f('pk_county_blob_piece'))
    )


def downgrade() -> None:
    op.drop_table('county_blob_piece')
    op.drop_table('county_blob')
