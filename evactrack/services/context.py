"""The database a service works on and the caseworker who acts."""

from __future__ import annotations

import getpass
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from evactrack.config import resolve_db_url
from evactrack.db import cipher
from evactrack.db.engine import checkpoint, cipher_key, is_sqlite, make_engine, sqlite_path
from evactrack.db.migrate import upgrade_to_head
from evactrack.db.models import User
from evactrack.domain.enums import Role
from evactrack.domain.errors import DatabaseOpenError, PermissionDeniedError

log = logging.getLogger(__name__)


class Database:
    """An opened, migrated case database and its session factory."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        self.closed = False

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(str(self.engine.url))

    @property
    def encrypted(self) -> bool:
        return cipher_key(self.engine) is not None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only; nothing it does is committed."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def close(self) -> None:
        """Empty the WAL into the file first: nothing deleted is left in a side file.
        Closing twice does nothing (a restore closes the database before it is replaced)."""
        if self.closed:
            return
        self.closed = True
        try:
            checkpoint(self.engine)
        except SQLAlchemyError:
            log.warning("the database could not be checkpointed at close", exc_info=True)
        self.engine.dispose()


def database_file_kind(url: str | None = None) -> cipher.FileKind | None:
    """Whether the SQLite file ``url`` names is encrypted, plaintext or not there yet;
    ``None`` for a database server (nothing to decrypt)."""
    path = sqlite_path(resolve_db_url(url))
    return None if path is None else cipher.file_kind(path)


def open_database(
    url: str | None = None, *, migrate: bool = True, passphrase: str | None = None
) -> Database:
    """Resolve, open and (unless told not to) upgrade the database; errors become one line.

    An encrypted SQLite file needs its ``passphrase``; with one, a new file is created
    encrypted. A database server ignores it.
    """
    resolved = resolve_db_url(url)
    path = sqlite_path(resolved)
    kind = None if path is None else cipher.file_kind(path)
    if kind is cipher.FileKind.ENCRYPTED and passphrase is None:
        raise DatabaseOpenError(
            f"cannot open database {path}: it is encrypted (or not an evactrack database); "
            "its passphrase is needed (EVACTRACK_PASSPHRASE)"
        )
    if kind is cipher.FileKind.PLAINTEXT or path is None:
        passphrase = None
    try:
        engine = make_engine(resolved, passphrase=passphrase)
        if passphrase is not None:
            _check_key(engine, path)
        if migrate:
            upgrade_to_head(engine)
        else:
            with engine.connect():
                pass
    except (SQLAlchemyError, OSError) as exc:
        shown = resolved.split("@")[-1] if "@" in resolved else resolved
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())
        raise DatabaseOpenError(f"cannot open database {shown}: {reason}") from exc
    return Database(engine)


def _check_key(engine: Engine, path: object) -> None:
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master")
    except SQLAlchemyError as exc:
        engine.dispose()
        if isinstance(getattr(exc, "orig", None), cipher.DatabaseError):
            raise cipher.wrong_passphrase(str(path)) from None
        raise


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts: every service call knows it, and every audit event names it."""

    user_id: int | None
    username: str
    role: Role


@dataclass(frozen=True, slots=True)
class Context:
    db: Database
    actor: Actor

    def require_write(self) -> None:
        """Viewers read; caseworkers and admins write."""
        if self.actor.role is Role.VIEWER:
            raise PermissionDeniedError(
                f"{self.actor.username} has the viewer role and cannot change records."
            )

    def require_admin(self) -> None:
        if self.actor.role is not Role.ADMIN:
            raise PermissionDeniedError(f"{self.actor.username} is not an administrator.")


def system_username() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "caseworker"


def context_for(db: Database, username: str | None = None) -> Context:
    """The context of a named caseworker, created on first use (the first one is admin).

    Until login arrives with the data-protection work, the operating-system user acts.
    """
    name = username or system_username()
    with db.transaction() as session:
        user = session.scalar(select(User).where(User.username == name))
        if user is None:
            first = session.scalar(select(User.id).limit(1)) is None
            user = User(
                username=name, display_name=name, role=Role.ADMIN if first else Role.CASEWORKER
            )
            session.add(user)
            session.flush()
            log.info("caseworker account created on first use")
        return Context(db, Actor(user.id, user.username, user.role))
