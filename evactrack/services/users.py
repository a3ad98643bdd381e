"""Caseworker accounts: who may log in, with which role, and the proof that they are who
they say (passwords hashed with argon2id; repeated failures slowed down, then locked)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evactrack.db.models import User
from evactrack.domain.enums import AuditAction, Role
from evactrack.domain.errors import LoginError, NotFoundError, ValidationError
from evactrack.domain.timezones import utcnow
from evactrack.services import audit
from evactrack.services.context import Actor, Context, Database

# argon2id with argon2-cffi's RFC 9106 low-memory profile (m = 64 MiB, t = 3, p = 4), above
# OWASP's minimum (m = 19 MiB, t = 2); a hash made with weaker parameters is redone at login.
HASHER = PasswordHasher()
MIN_PASSWORD_LENGTH = 10
FAILURES_BEFORE_LOCK = 6
LOCK_TIME = timedelta(minutes=30)
MAX_DELAY_S = 4.0
USER = "user"  # the audit trail's entity for an account
SESSION = "session"  # and for a window locked and unlocked
WRONG = "wrong user name or password; nothing was changed"
# Checked when the name is unknown, so that an unknown name takes as long as a wrong password:
# a hash of a random password nobody kept, made with HASHER's parameters (a test holds them
# equal). Written here rather than made at start-up, which took 0.17 s of every command.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$IMdogrRND/8JuQv8QTH3EQ"
    "$LXKoVWvUAQndo2Mcw5RnxCX9FDfUB3+14f6J0BU4uGM"
)

Clock = Callable[[], datetime]
Sleep = Callable[[float], None]


def failure_delay(failures: int) -> float:
    """Seconds to wait after the n-th failed login in a row: 0.5, 1, 2, then 4 at most."""
    return min(0.5 * 2.0 ** max(failures - 1, 0), MAX_DELAY_S)


@dataclass(frozen=True, slots=True)
class Account:
    id: int
    username: str
    role: Role
    active: bool
    locked_until: datetime | None

    def as_json(self) -> dict[str, Any]:
        locked = self.locked_until.isoformat() if self.locked_until else None
        return {"username": self.username, "role": self.role.value, "active": self.active,
                "locked_until": locked}  # fmt: skip


def _account(user: User) -> Account:
    return Account(user.id, user.username, user.role, user.active, user.locked_until)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            f"a password needs at least {MIN_PASSWORD_LENGTH} characters; nothing was changed",
            ("password",),
        )


def _hash(password: str) -> str:
    check_password(password)
    return HASHER.hash(password)


def _clean_name(username: str) -> str:
    name = username.strip()
    if not name or len(name) > 100:
        raise ValidationError("a user name has 1 to 100 characters", ("username",))
    return name


def has_accounts(db: Database) -> bool:
    """Whether anyone can log in yet (accounts of earlier versions have no password)."""
    with db.reading() as session:
        return session.scalar(select(User.id).where(User.password_hash.is_not(None))) is not None


def create_first_admin(db: Database, username: str, password: str) -> Context:
    """The first start of a database: its first administrator, logged in. Refused once
    anyone can log in (an account of an earlier version, without password, is taken over)."""
    name, hashed = _clean_name(username), _hash(password)
    with db.transaction() as session:
        if session.scalar(select(User.id).where(User.password_hash.is_not(None))) is not None:
            raise ValidationError("this database has accounts already: log in with one")
        user = session.scalar(select(User).where(User.username == name))
        if user is None:
            user = User(username=name, display_name=name)
            session.add(user)
        user.role, user.password_hash, user.active = Role.ADMIN, hashed, True
        session.flush()
        actor = Actor(user.id, user.username, user.role)
        audit.record(session, actor, AuditAction.CREATE, USER, user.id, "role", None, user.role)
    return Context(db, actor)


def login(
    db: Database, username: str, password: str, *, now: Clock = utcnow, sleep: Sleep = time.sleep
) -> Context:
    """The logged-in caseworker's context. A failure is counted, audited and slowed down;
    the sixth in a row locks the account for 30 minutes."""
    name = username.strip()
    with db.reading() as session:
        user = session.execute(
            select(User.id, User.username, User.role, User.active, User.locked_until,
                   User.password_hash).where(User.username == name)
        ).one_or_none()  # fmt: skip
    if user is None or user.password_hash is None:
        _verify(_DUMMY_HASH, password)
        _failed(db, None, name, now, sleep)
        raise LoginError(WRONG)
    if user.locked_until is not None and user.locked_until > now():
        raise LoginError(
            f"the account {name} is locked after {FAILURES_BEFORE_LOCK} failed logins until "
            f"{user.locked_until:%H:%M} UTC; ask an administrator to unlock it"
        )
    if not _verify(user.password_hash, password):
        _failed(db, user.id, name, now, sleep)
        raise LoginError(WRONG)
    if not user.active:
        raise LoginError(f"the account {name} is disabled; ask an administrator")
    actor = Actor(user.id, user.username, user.role)
    if not db.read_only:
        stale = HASHER.check_needs_rehash(user.password_hash)
        rehashed = HASHER.hash(password) if stale else None
        with db.transaction() as session:
            account = session.get_one(User, user.id)
            account.failed_logins, account.locked_until = 0, None
            if rehashed is not None:
                account.password_hash = rehashed
            audit.record(session, actor, AuditAction.LOGIN, USER, user.id)
    return Context(db, actor)


def _verify(stored: str, password: str) -> bool:
    try:
        return HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _failed(db: Database, user_id: int | None, name: str, now: Clock, sleep: Sleep) -> None:
    """Count and audit a failed login, lock the account at the limit, then wait."""
    failures = 1
    if not db.read_only:
        actor = Actor(user_id, name, Role.VIEWER)
        with db.transaction() as session:
            audit.record(session, actor, AuditAction.LOGIN_FAILED, USER, user_id)
            user = session.get(User, user_id) if user_id is not None else None
            if user is not None:
                failures = user.failed_logins = user.failed_logins + 1
                if failures >= FAILURES_BEFORE_LOCK:
                    user.failed_logins, user.locked_until = 0, now() + LOCK_TIME
                    audit.record(session, actor, AuditAction.LOCK, USER, user_id)
    sleep(failure_delay(failures))


def lock_session(ctx: Context) -> None:
    """A window locked (idle, or at the caseworker's request): audited."""
    if not ctx.db.read_only:
        with ctx.db.transaction() as session:
            audit.record(session, ctx.actor, AuditAction.LOCK, SESSION, ctx.actor.user_id)


def unlock_session(
    ctx: Context, password: str, *, now: Clock = utcnow, sleep: Sleep = time.sleep
) -> None:
    """A locked window opened again by its caseworker's password: counted like a login."""
    login(ctx.db, ctx.actor.username, password, now=now, sleep=sleep)
    if not ctx.db.read_only:
        with ctx.db.transaction() as session:
            audit.record(session, ctx.actor, AuditAction.UNLOCK, SESSION, ctx.actor.user_id)


# ---------------------------------------------------------------- administration


def list_accounts(ctx: Context) -> list[Account]:
    ctx.require_admin()
    with ctx.db.reading() as session:
        return [_account(u) for u in session.scalars(select(User).order_by(User.username))]


def add_account(ctx: Context, username: str, role: Role, password: str) -> Account:
    ctx.require_admin()
    name, hashed = _clean_name(username), _hash(password)
    with ctx.db.transaction() as session:
        if session.scalar(select(User.id).where(User.username == name)) is not None:
            raise ValidationError(f"there is an account {name} already", ("username",))
        user = User(username=name, display_name=name, role=role, password_hash=hashed)
        session.add(user)
        session.flush()
        audit.record(session, ctx.actor, AuditAction.CREATE, USER, user.id, "role", None, role)
        return _account(user)


def set_active(ctx: Context, username: str, active: bool) -> None:
    """Disable (or enable again) an account; enabling also lifts a lock."""
    ctx.require_admin()
    with ctx.db.transaction() as session:
        user = _find(session, username)
        if not active:
            _keep_an_admin(session, user)
        if user.active != active:
            audit.record(session, ctx.actor, AuditAction.UPDATE, USER, user.id, "active",
                         user.active, active)  # fmt: skip
            user.active = active
        if active and user.locked_until is not None:
            audit.record(session, ctx.actor, AuditAction.UNLOCK, USER, user.id)
            user.locked_until, user.failed_logins = None, 0


def set_role(ctx: Context, username: str, role: Role) -> None:
    ctx.require_admin()
    with ctx.db.transaction() as session:
        user = _find(session, username)
        if role is not Role.ADMIN:
            _keep_an_admin(session, user)
        if user.role is not role:
            audit.record(session, ctx.actor, AuditAction.UPDATE, USER, user.id, "role",
                         user.role, role)  # fmt: skip
            user.role = role


def set_password(ctx: Context, username: str, password: str) -> None:
    """An administrator sets anyone's password; every caseworker may change their own."""
    if username.strip() != ctx.actor.username:
        ctx.require_admin()
    elif not ctx.db.read_only:
        ctx.current_role()  # a disabled account changes nothing
    hashed = _hash(password)
    with ctx.db.transaction() as session:
        user = _find(session, username)
        user.password_hash = hashed
        audit.record(session, ctx.actor, AuditAction.UPDATE, USER, user.id, "password")


def _find(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        raise NotFoundError(f"there is no account {username.strip()}")
    return user


def _keep_an_admin(session: Session, user: User) -> None:
    """An administrator cannot disable or demote the last active one."""
    if user.role is not Role.ADMIN or not user.active:
        return
    others = session.scalar(
        select(func.count(User.id)).where(
            User.role == Role.ADMIN, User.active.is_(True), User.id != user.id
        )
    )
    if not others:
        raise ValidationError(
            f"{user.username} is the last administrator; make another account administrator "
            "first; nothing was changed"
        )


def first_admin_or_login(db: Database, username: str, password: str) -> Context:
    """Log in; on a database nobody can log in to yet, become its first administrator
    (the application's first start, and unattended set-ups given a name and password)."""
    if has_accounts(db):
        return login(db, username, password)
    return create_first_admin(db, username, password)
