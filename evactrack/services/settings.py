"""Operation-wide settings: the operation's time zone, country, site name, emergency
contact, how many backups are kept, and whether the database holds demo data."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import phonenumbers
from sqlalchemy.orm import Session

from evactrack.db.models import Setting
from evactrack.domain.enums import AuditAction
from evactrack.domain.errors import ValidationError
from evactrack.domain.phones import DEFAULT_REGION
from evactrack.domain.timezones import DEFAULT_OPERATION_TZ, utcnow, zone
from evactrack.services import audit
from evactrack.services.context import Context

OPERATION_TZ = "operation_timezone"
SITE_NAME = "site_name"
OPERATION_COUNTRY = "operation_country"  # region code, e.g. AF: a phone's likely country
# How many automatic backups are kept in the data folder's backups folder.
BACKUPS_KEPT = "backups_kept"
EMERGENCY_CONTACT = "emergency_contact"  # the number every evacuee's instructions give
# Days a closed case is kept before ``evactrack purge`` may delete it ("": not set).
RETENTION_DAYS = "retention_days"
LOCK_AFTER_MINUTES = "lock_after_minutes"  # idle time before the window locks itself
# "true" in a database made to look around with invented persons: the title bar and every
# printed page say DEMO, so that nobody takes its pages for a real operation's.
DEMO = "demo"
# No site name until an admin gives one: a report never prints a placeholder as its site.
DEFAULTS = {
    OPERATION_TZ: DEFAULT_OPERATION_TZ,
    SITE_NAME: "",
    OPERATION_COUNTRY: DEFAULT_REGION,
    BACKUPS_KEPT: "7",
    EMERGENCY_CONTACT: "",
    RETENTION_DAYS: "",
    LOCK_AFTER_MINUTES: "10",
    DEMO: "false",
}


def read(session: Session, key: str) -> str:
    setting = session.get(Setting, key)
    return setting.value if setting else DEFAULTS[key]


def get(ctx: Context, key: str) -> str:
    with ctx.db.reading() as session:
        return read(session, key)


def put(ctx: Context, key: str, value: str) -> None:
    put_all(ctx, {key: value})


def put_all(ctx: Context, values: dict[str, str]) -> None:
    """Several settings in one transaction (the first run's operation settings): each is
    checked before anything is written, so a bad one changes nothing."""
    ctx.require_admin()
    for key, value in values.items():
        _check(key, value)
    with ctx.db.transaction() as session:
        for key, value in values.items():
            setting = session.get(Setting, key)
            audit.record(
                session,
                ctx.actor,
                AuditAction.UPDATE,
                "setting",
                None,
                key,
                setting.value if setting else None,
                value,
            )
            if setting is None:
                session.add(Setting(key=key, value=value))
            else:
                setting.value = value


def _check(key: str, value: str) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    if key == OPERATION_TZ:
        zone(value)
    if key == OPERATION_COUNTRY and value not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError(f"'{value}' is not a region code such as AF, US or FR.")
    if key == BACKUPS_KEPT and not (value.isdigit() and int(value) >= 1):
        raise ValidationError(f"keep at least one backup ({value!r} is not a count)")
    if key == RETENTION_DAYS and value and not (value.isdigit() and int(value) >= 1):
        raise ValidationError(f"keep closed cases at least one day ({value!r} is not a count)")
    if key == LOCK_AFTER_MINUTES and not (value.isdigit() and 1 <= int(value) <= 240):
        raise ValidationError(f"lock after 1 to 240 minutes ({value!r} is not such a count)")
    if key == DEMO and value not in ("true", "false"):
        raise ValidationError(f"demo is true or false, not {value!r}")


def is_demo(session: Session) -> bool:
    return read(session, DEMO) == "true"


def day_bounds(session: Session, day: date) -> tuple[datetime, datetime]:
    """Start and end (UTC) of a calendar day in the operation's time zone."""
    tz = zone(read(session, OPERATION_TZ))
    start = datetime.combine(day, time.min, tzinfo=tz)
    return start, datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz)


def operation_today(session: Session) -> date:
    return utcnow().astimezone(zone(read(session, OPERATION_TZ))).date()
