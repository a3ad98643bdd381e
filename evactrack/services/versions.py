"""Optimistic locking: every versioned record is refused the same way when it moved on."""

from __future__ import annotations

from evactrack.domain.errors import ConflictError


def check_version(
    entity: str, entity_id: int, expected: int | None, actual: int, message: str | None = None
) -> None:
    """Refuse a write made on a stale read (``expected`` None: the caller does not check)."""
    if expected is not None and expected != actual:
        raise ConflictError(entity, entity_id, expected, actual, message)
