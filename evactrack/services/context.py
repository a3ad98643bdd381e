"""The database a service works on and the caseworker who acts."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from evactrack.config import resolve_db_url
from evactrack.db import cipher
from evactrack.db.engine import (
    checkpoint,
    cipher_key,
    is_sqlite,
    make_engine,
    sqlite_path,
    writing,
)
from evactrack.db.locks import work_in_progress
from evactrack.db.migrate import HEAD, current_revision, upgrade_to_head
from evactrack.db.models import User
from evactrack.domain.enums import Role
from evactrack.domain.errors import (
    ConflictError,
    DatabaseBusyError,
    DatabaseOpenError,
    DiskFullError,
    PasswordRequiredError,
    PermissionDeniedError,
    ReadOnlyDatabaseError,
    ServerUnreachableError,
)
from evactrack.files import SQLITE_SIDE_FILES, tighten
from evactrack.services import changes

log = logging.getLogger(__name__)
# What SQLite says when another connection held its write lock longer than the busy timeout.
SQLITE_BUSY = ("database is locked", "database is busy")
SQLITE_FULL = "database or disk is full"
# What libpq says when the server wants a password it was not given, or a wrong one.
PASSWORD_ASKED = ("no password supplied", "password authentication failed")


class Database:
    """An opened, migrated case database and its session factory.

    ``read_only``: the file or its folder cannot be written, so it was opened for reading;
    ``tightened``: the file was readable by other accounts and is now its owner's only.
    """

    def __init__(self, engine: Engine, *, read_only: bool = False, tightened: bool = False):
        self.engine = engine
        self.read_only = read_only
        self.tightened = tightened
        self.closed = False
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        self._writes = sessionmaker(writing(engine), expire_on_commit=False, autoflush=True)
        changes.announce_writes(self._sessions)
        changes.announce_writes(self._writes)

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
        """One unit of work: committed when the block ends, rolled back on any error.

        On SQLite it holds the write lock from its start, waiting for another caseworker's
        write if need be; a wait that runs out is a :class:`DatabaseBusyError`. A row that
        someone else changed under it is a :class:`ConflictError`."""
        if self.read_only:
            raise ReadOnlyDatabaseError(self.read_only_reason())
        try:
            with self._server_reached(), self._writes.begin() as session:
                yield session
        except OperationalError as exc:
            if SQLITE_FULL in str(exc.orig):
                raise DiskFullError(
                    "the disk that holds the database is full, so nothing was changed; "
                    "free some space and try again"
                ) from None
            if not any(said in str(exc.orig) for said in SQLITE_BUSY):
                raise
            raise DatabaseBusyError(self.busy_message()) from None
        except StaleDataError:
            raise ConflictError(
                "record",
                0,
                None,
                None,
                "a record was changed by someone else while you were saving it; nothing was "
                "changed: reload it and try again.",
            ) from None

    def busy_message(self) -> str:
        """Why a write gave up waiting, naming the other work when it left a note."""
        path = sqlite_path(str(self.engine.url))
        work = None if path is None else work_in_progress(path)
        return (
            "the database is busy with another caseworker's work"
            + (f" ({work})" if work else "")
            + "; nothing was changed: try again when it ends"
        )

    def read_only_reason(self) -> str:
        return (
            f"the database {self.url} is open read-only (its file or folder cannot be "
            "written), so nothing can be changed; copy it to a folder you can write to"
        )

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only; nothing it does is committed."""
        session = self._sessions()
        try:
            with self._server_reached():
                yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def _server_reached(self) -> Iterator[None]:
        """A server lost mid-session is said in words: the caller keeps its work, and the
        engine's pool reconnects (``pool_pre_ping``) on the first use once it is back."""
        try:
            yield
        except DBAPIError as exc:
            if self.is_sqlite or not (exc.connection_invalidated or _cannot_connect(exc)):
                raise
            raise ServerUnreachableError(
                "The database server cannot be reached: nothing was changed. Your work is "
                "kept; try again once the connection is back."
            ) from exc

    def close(self) -> None:
        """Empty the WAL into the file first: nothing deleted is left in a side file.
        Closing twice does nothing (a restore closes the database before it is replaced)."""
        if self.closed:
            return
        self.closed = True
        try:
            checkpoint(self.engine, wait=False)
        except SQLAlchemyError:
            log.warning("the database could not be checkpointed at close", exc_info=True)
        self.engine.dispose()


def _cannot_connect(exc: DBAPIError) -> bool:
    """The server refused or dropped a new connection (it is down, or restarting)."""
    return isinstance(exc, OperationalError) and "connection" in str(exc.orig).lower()


def database_file_kind(url: str | None = None) -> cipher.FileKind | None:
    """Whether the SQLite file ``url`` names is encrypted, plaintext or not there yet;
    ``None`` for a database server (nothing to decrypt)."""
    path = sqlite_path(resolve_db_url(url))
    return None if path is None else cipher.file_kind(path)


def open_database(
    url: str | None = None,
    *,
    migrate: bool = True,
    create: bool = False,
    passphrase: str | None = None,
) -> Database:
    """Resolve, open and (unless told not to) upgrade the database; errors become one line.

    Only ``create`` (``evactrack init``) makes a new SQLite file: a mistyped path must not
    become an empty database. A file that cannot be written opens read-only; one readable
    by other accounts is made private first. An encrypted SQLite file needs its
    ``passphrase``; with one, a new file is created encrypted. A database server ignores it.
    """
    resolved = resolve_db_url(url)
    path = sqlite_path(resolved)
    read_only = tightened = False
    if path is not None and not path.exists():
        if not create:
            raise DatabaseOpenError(f"no database at {path}; create one with evactrack init")
    elif path is not None:
        read_only = not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
        if not read_only:
            tightened = _tighten_database(path)
    kind = None if path is None else cipher.file_kind(path)
    if kind is cipher.FileKind.ENCRYPTED and passphrase is None:
        raise DatabaseOpenError(
            f"cannot open database {path}: it is encrypted (or not an evactrack database); "
            "its passphrase is needed (EVACTRACK_PASSPHRASE)"
        )
    if kind is cipher.FileKind.PLAINTEXT or path is None:
        passphrase = None
    try:
        engine = make_engine(resolved, passphrase=passphrase, read_only=read_only)
        if passphrase is not None:
            _check_key(engine, path)
        if read_only:
            if migrate and current_revision(engine) != HEAD:
                engine.dispose()
                raise DatabaseOpenError(
                    f"the database {path} needs an upgrade but is read-only; "
                    "copy it to a folder you can write to"
                )
        elif migrate:
            upgrade_to_head(engine)
        else:
            with engine.connect():
                pass
    except (SQLAlchemyError, OSError) as exc:
        shown = resolved.split("@")[-1] if "@" in resolved else resolved
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())
        if any(said in reason for said in PASSWORD_ASKED):
            raise PasswordRequiredError(
                f"cannot open database {shown}: the server asks for a password "
                "(type it when asked, or set PGPASSWORD)"
            ) from exc
        raise DatabaseOpenError(f"cannot open database {shown}: {reason}") from exc
    if tightened:
        log.warning("the database file was readable by other accounts; it is now private")
    if read_only:
        log.warning("the database cannot be written; it is open read-only")
    return Database(engine, read_only=read_only, tightened=tightened)


def _tighten_database(path: Path) -> bool:
    """The database and the files SQLite keeps beside it, owner only; ``True`` if any was
    readable by others."""
    widened = False
    for side in ("", *SQLITE_SIDE_FILES):
        file = path.with_name(path.name + side)
        if file.exists():
            widened = tighten(file) or widened
    return widened


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


# Each role may do what the ones before it may.
RANKS = {Role.VIEWER: 0, Role.CASEWORKER: 1, Role.ADMIN: 2}


@dataclass(frozen=True, slots=True)
class Context:
    db: Database
    actor: Actor

    def require_write(self) -> None:
        """Viewers read; caseworkers and admins write; no one writes a read-only database."""
        if self.db.read_only:
            raise ReadOnlyDatabaseError(self.db.read_only_reason())
        self._require_writer(self.current_role())

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A caseworker's or an admin's write, as one transaction (:meth:`Database.transaction`).
        The role is read inside it, as it is now: one round trip fewer on every save than
        :meth:`require_write` before the transaction."""
        with self.db.transaction() as session:
            self._require_writer(self._role_in(session))
            yield session

    def _require_writer(self, role: Role) -> None:
        if RANKS[role] < RANKS[Role.CASEWORKER]:
            raise PermissionDeniedError(
                f"{self.actor.username} has the viewer role and cannot change records."
            )

    def require_admin(self) -> None:
        if self.current_role() is not Role.ADMIN:
            raise PermissionDeniedError(f"{self.actor.username} is not an administrator.")

    def require_output(self, redacted: bool) -> None:
        """Reports and exports: a viewer takes them redacted only."""
        if not redacted and RANKS[self.current_role()] < RANKS[Role.CASEWORKER]:
            raise PermissionDeniedError(
                f"{self.actor.username} has the viewer role: reports and exports are "
                "redacted (initials and masked numbers) for viewers."
            )

    def current_role(self) -> Role:
        """The account's role as it is now, read at each check: a role lowered or an
        account disabled by an admin counts at once, even in a session already open."""
        if self.actor.user_id is None:  # the application's own work (a restore's check)
            return self.actor.role
        with self.db.reading() as session:
            return self._role_in(session)

    def _role_in(self, session: Session) -> Role:
        if self.actor.user_id is None:
            return self.actor.role
        account = session.execute(
            select(User.role, User.active).where(User.id == self.actor.user_id)
        ).one_or_none()
        if account is None or not account.active:
            raise PermissionDeniedError(
                f"the account {self.actor.username} is disabled; ask an administrator."
            )
        role: Role = account.role
        return role
