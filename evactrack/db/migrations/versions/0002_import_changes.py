"""import changes: what each import's merges changed, for an exact undo; indexes on the
foreign keys to persons that had none, so that deleting persons does not scan tables

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 11:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("added_id", sa.Integer(), nullable=True),
        sa.Column("person_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_import_changes_batch_id_import_batches"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_import_changes_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_changes")),
    )
    with op.batch_alter_table("import_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_changes_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_import_changes_person_id"), ["person_id"], unique=False
        )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index("ix_persons_merged_into_id", ["merged_into_id"], unique=False)
    with op.batch_alter_table("travel_dependencies", schema=None) as batch_op:
        batch_op.create_index(
            "ix_travel_dependencies_depends_on_id", ["depends_on_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("travel_dependencies", schema=None) as batch_op:
        batch_op.drop_index("ix_travel_dependencies_depends_on_id")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index("ix_persons_merged_into_id")
    with op.batch_alter_table("import_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_changes_person_id"))
        batch_op.drop_index(batch_op.f("ix_import_changes_batch_id"))
    op.drop_table("import_changes")
