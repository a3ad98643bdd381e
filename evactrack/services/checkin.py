"""Check-in at the meeting point: what a scanner typed, read as a person; the scans that
board no one kept in the audit trail (boarding itself is :func:`movements.record_outcomes`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from evactrack.db.models import ManifestEntry, Movement, Person
from evactrack.domain.enums import AuditAction
from evactrack.services import audit
from evactrack.services.context import Context
from evactrack.services.movements import (
    OPEN_MOVEMENTS,
    Expected,
    ManifestChange,
    undo_manifest_change,
)

# The manifest's QR codes (reports/manifest.py ``qr_payload``), or an id typed by hand.
_CODE = re.compile(r"(?:EVACTRACK:)?\s*#?(\d{1,18})", re.IGNORECASE)


def read_code(text: str) -> int | None:
    """The person id a scan or a typed id names; ``None`` for anything else (a name)."""
    match = _CODE.fullmatch(text.strip())
    return int(match.group(1)) if match else None


def looks_like_code(text: str) -> bool:
    """A manifest's code that names no id (misread, or not ours): not a name to look for."""
    return text.strip().upper().startswith("EVACTRACK:")


@dataclass(frozen=True, slots=True)
class Elsewhere:
    """A scanned person who is not on the movement at the gate, and where they are."""

    person_id: int
    exists: bool
    movement_id: int | None = None  # an open movement whose manifest has them


def not_on_manifest(ctx: Context, movement_id: int, person_id: int) -> Elsewhere:
    """Audit a scan of a person not on this manifest, and say on which open movement they
    are, if any (no name: the screen shows only what the gate needs)."""
    with ctx.writing() as session:
        exists = session.get(Person, person_id) is not None
        other = (
            session.scalars(
                select(ManifestEntry.movement_id)
                .join(Movement, Movement.id == ManifestEntry.movement_id)
                .where(
                    ManifestEntry.person_id == person_id,
                    ManifestEntry.movement_id != movement_id,
                    Movement.status.in_(OPEN_MOVEMENTS),
                )
                .order_by(Movement.window_start.desc())
                .limit(1)
            ).first()
            if exists
            else None
        )
        audit.record(
            session,
            ctx.actor,
            AuditAction.UPDATE,
            "movement",
            movement_id,
            "check-in scan",
            None,
            f"not on manifest: person #{person_id}" if exists else "unknown code",
        )
        return Elsewhere(person_id, exists, other)


def record_scan(ctx: Context, movement_id: int, person_id: int | None, result: str) -> None:
    """Audit a scan that changed nothing (already boarded, not eligible, unknown)."""
    with ctx.writing() as session:
        what = f"{result}: person #{person_id}" if person_id is not None else result
        audit.record(
            session,
            ctx.actor,
            AuditAction.UPDATE,
            "movement",
            movement_id,
            "check-in scan",
            None,
            what,
        )


def undo_scan(ctx: Context, change: ManifestChange) -> ManifestChange:
    """Take back the last scan's outcome, if no one has changed the person since."""
    expected = [Expected(s.person_id, s.version, s.latest_change_id) for s in change.steps]
    return undo_manifest_change(ctx, change, expected)


def is_busy(error: BaseException) -> bool:
    """The database was locked by another writer a moment too long: try again later."""
    if isinstance(error, OperationalError):
        text = str(error.orig).lower()
        return "locked" in text or "busy" in text
    return type(error).__name__ == "DatabaseBusyError"
