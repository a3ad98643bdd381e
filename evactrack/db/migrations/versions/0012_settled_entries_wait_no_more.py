"""a manifest entry with an outcome, or on an aborted movement, no longer marks its person as
waiting on it

Demo data written before this version left ``waiting`` TRUE on entries that had an outcome (a
no-show, a refusal at the gate): such a person could not be assigned to another movement (the
unique key of 0010 refused it with an error). The rule is 0010's: TRUE only while the entry has
no outcome and its movement was not aborted.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 21:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE manifest_entries SET waiting = NULL WHERE waiting IS NOT NULL AND ("
        " outcome IS NOT NULL"
        " OR movement_id IN (SELECT id FROM movements WHERE status = 'aborted'))"
    )


def downgrade() -> None:
    """Nothing to take back: the rows keep the rule they should always have had."""
