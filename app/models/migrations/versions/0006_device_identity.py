"""device identity apart from settings

The device id and its key pairs (and the county's recovery public key) move out of the `meta`
key/value table, where settings live, into a one-row `device_identity` table.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 20:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# device_identity column <- meta key
MOVED = {
    "device_id": "device_id",
    "sign_private": "device_sign_private",
    "sign_public": "device_sign_public",
    "box_private": "device_box_private",
    "box_public": "device_box_public",
    "county_recovery_public": "county_recovery_public",
}


def upgrade() -> None:
    op.create_table('device_identity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('sign_private', sa.Text(), nullable=False),
    sa.Column('sign_public', sa.Text(), nullable=False),
    sa.Column('box_private', sa.Text(), nullable=False),
    sa.Column('box_public', sa.Text(), nullable=False),
    sa.Column('county_recovery_public', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device_identity'))
    )
    connection = op.get_bind()
    meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.Text))
    values = dict(connection.execute(sa.select(meta.c.key, meta.c.value).where(
        meta.c.key.in_(list(MOVED.values())))).all())
    if values.get("device_id"):  # a store that was set up (an empty schema has none)
        identity = sa.table("device_identity", *(sa.column(name) for name in ("id", *MOVED)))
        connection.execute(identity.insert().values(
            id=1, **{column: values.get(key, "") for column, key in MOVED.items()}))
    connection.execute(meta.delete().where(meta.c.key.in_(list(MOVED.values()))))


def downgrade() -> None:
    connection = op.get_bind()
    identity = sa.table("device_identity", *(sa.column(name) for name in MOVED))
    row = connection.execute(sa.select(identity)).mappings().first()
    if row is not None:
        meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.Text))
        connection.execute(meta.insert(), [{"key": key, "value": row[column] or ""}
                                           for column, key in MOVED.items()])
    op.drop_table('device_identity')
