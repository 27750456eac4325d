"""people's rights (PIPL): consent on persons, erasures, station settings (retention policy)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 23:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def _synced_columns():
    return [sa.Column('id', sa.String(length=36), nullable=False),
            sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False),
            sa.Column('hlc', sa.String(length=40), nullable=False),
            sa.Column('deleted_at', sa.DateTime(), nullable=True)]


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('consent_by', sa.String(length=16), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('consent_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('consent_purposes', sa.JSON(), nullable=False,
                                      server_default='[]'))
        batch_op.add_column(sa.Column('erased_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased_at', sa.DateTime(), nullable=True))
    op.create_table('erasure',
    sa.Column('station_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('ground', sa.String(length=32), nullable=False),
    sa.Column('erased_by', sa.String(length=36), nullable=False),
    sa.Column('redacted', sa.JSON(), nullable=False),
    *_synced_columns(),
    sa.ForeignKeyConstraint(['erased_by'], ['app_user.id'], name=op.f('fk_erasure_erased_by_app_user')),
    sa.ForeignKeyConstraint(['station_id'], ['org_unit.id'], name=op.f('fk_erasure_station_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_erasure'))
    )
    with op.batch_alter_table('erasure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_erasure_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_erasure_station_id'), ['station_id'], unique=False)
    op.create_table('station_setting',
    sa.Column('station_id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    *_synced_columns(),
    sa.ForeignKeyConstraint(['station_id'], ['org_unit.id'], name=op.f('fk_station_setting_station_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_station_setting'))
    )
    with op.batch_alter_table('station_setting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_station_setting_station_id'), ['station_id'], unique=False)


def downgrade() -> None:
    op.drop_table('station_setting')
    op.drop_table('erasure')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('erased_at')
        batch_op.drop_column('consent_purposes')
        batch_op.drop_column('consent_on')
        batch_op.drop_column('consent_by')
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_column('erased_at')
