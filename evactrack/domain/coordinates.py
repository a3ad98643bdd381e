"""Latitudes and longitudes as they are stored."""

from __future__ import annotations


def stored_coordinate(value: float | None) -> float | None:
    """``-0.0`` is the same place as ``0.0`` and comes back from the database as ``0.0``:
    store it so, or an untouched save would record a change."""
    return None if value is None else value + 0.0
