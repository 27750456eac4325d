"""person status (died / moved away, with a date), ID-number search by the last digits,
merges of duplicate persons and households, synced reasons of deletions

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
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))
    op.create_table('record_merge',
    sa.Column('station_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('survivor_id', sa.String(length=36), nullable=False),
    sa.Column('merged_id', sa.String(length=36), nullable=False),
    sa.Column('merged_by', sa.String(length=36), nullable=False),
    sa.Column('chosen', sa.JSON(), nullable=False),
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
    op.drop_table('deletion_note')
    op.drop_table('record_merge')
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_column('merged_into')
    op.execute("DELETE FROM person_search_key WHERE key LIKE '~%'")
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('merged_into')
        batch_op.drop_column('status_on')
        batch_op.drop_column('status')
