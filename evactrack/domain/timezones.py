"""Times are stored in UTC and shown in the operation's time zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from evactrack.domain.errors import ValidationError

DEFAULT_OPERATION_TZ = "Asia/Kabul"


def utcnow() -> datetime:
    return datetime.now(UTC)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(f"Unknown time zone '{name}'.") from exc


def format_local(moment: datetime, operation_tz: str, own_tz: str | None = None) -> str:
    """``2021-08-26 14:30 Asia/Kabul`` plus the caseworker's own time where it differs."""
    op = moment.astimezone(zone(operation_tz))
    text = f"{op:%Y-%m-%d %H:%M} {operation_tz}"
    if own_tz and own_tz != operation_tz:
        own = moment.astimezone(zone(own_tz))
        if own.utcoffset() != op.utcoffset():
            text += f" ({own:%Y-%m-%d %H:%M} {own_tz})"
    return text
