"""Back up the whole case database to a file the caseworker chooses.

A backup holds every record, so it is written as an export is: into a temporary file beside
the destination that is private (mode 0600) from the moment it exists, checked, flushed to
disk and only then renamed over the destination. A failure or a cancel removes the temporary
file and leaves the destination as it was. SQLite is copied with its online backup API while
the database stays in use (the automatic backups, byte for byte when the file alone holds the
database: see db/engine.copy_at_rest); PostgreSQL with pg_dump (custom format, for pg_restore).
"""

from __future__ import annotations

import errno
import glob
import logging
import os
import shutil
import sqlite3
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from evactrack import files
from evactrack.config import backups_dir, resolve_db_url
from evactrack.db import cipher
from evactrack.db.cipher import CipherKey
from evactrack.db.engine import (
    SQLITE_BUSY_TIMEOUT_MS,
    cipher_key,
    copy_at_rest,
    make_engine,
    raw_sqlite_connection,
    sqlite_path,
)
from evactrack.db.migrate import pg_dump_command, search_path_schema
from evactrack.db.models import Person
from evactrack.domain.enums import AuditAction, Role
from evactrack.domain.errors import BackupError, EvactrackError, RestoreError, WrongPassphraseError
from evactrack.files import SQLITE_SIDE_FILES
from evactrack.services import audit, settings
from evactrack.services.context import Actor, Context, Database, open_database
from evactrack.services.encryption import (
    database_path,
    export_checked,
    overwrite_and_remove,
    private_temp,
    replace_file,
    table_counts,
)

log = logging.getLogger(__name__)

SQLITE, POSTGRESQL = "sqlite", "postgresql"
# Pages copied between two progress reports (4 MB at SQLite's default page size).
PAGES_PER_STEP = 1024
# How long a backup waits for a locked database (SQLite) or table (PostgreSQL): as long as
# a write waits.
BACKUP_WAIT_S = SQLITE_BUSY_TIMEOUT_MS / 1000
_LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's error when lock_timeout runs out
# How often a running pg_dump is looked at, and progress reported (and Cancel noticed).
POLL_S = 0.1
# Files SQLite may keep beside a database.
DUMP_MAGIC = b"PGDMP"
# An automatic backup is taken at start when the newest is older than this.
ROTATE_EVERY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    bytes: int
    persons: int
    kind: str  # "sqlite" or "postgresql"

    def as_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "bytes": self.bytes,
            "persons": self.persons,
            "kind": self.kind,
        }


def kind_of(ctx: Context) -> str:
    """Which copy :func:`back_up` makes: "sqlite" or "postgresql"."""
    backend = ctx.db.engine.url.get_backend_name()
    if backend not in (SQLITE, POSTGRESQL):
        raise BackupError(f"evactrack cannot back up a {backend} database")
    return backend


def default_file_name(ctx: Context, now: datetime | None = None) -> str:
    """evactrack-backup-YYYYMMDD-HHMM.sqlite3 (or .dump for PostgreSQL), in local time."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M")
    return f"evactrack-backup-{stamp}{'.sqlite3' if kind_of(ctx) == SQLITE else '.dump'}"


def back_up(
    ctx: Context,
    destination: Path,
    progress: Callable[[int, int], None] | None = None,
    *,
    pages_per_step: int = PAGES_PER_STEP,
    passphrase: str | None = None,
) -> BackupResult:
    """Copy the whole database to ``destination``, replacing the file there only once the copy
    is complete and checked. An encrypted SQLite database's copy has its key; a PostgreSQL
    dump is sealed with ``passphrase`` (AES-GCM), never written in clear.

    ``progress(done, total)`` is called as the copy goes: SQLite pages copied, or ``(0, 0)``
    (no measure) every 0.1 s while pg_dump runs. It may raise, e.g. OperationCancelled: then
    pg_dump is stopped, the temporary file removed and the error passed on.

    A SQLite copy passes ``PRAGMA integrity_check`` and its persons are counted in the copy
    itself. A PostgreSQL dump cannot be counted without restoring it: its count is read in
    the database, in the very snapshot pg_dump copies (``pg_export_snapshot``), so it is the
    number of persons in the dump. The backup is recorded in the audit trail (entity
    "backup", the file's path), in the same step that puts the file in place.
    """
    # A backup is a copy of every record, made to leave this machine (a USB stick, another
    # office): the same roles that may change records may take one, viewers may not.
    ctx.require_write()
    kind = kind_of(ctx)
    source = _sqlite_file(ctx) if kind == SQLITE else None
    target = _checked_destination(destination, source)
    with _private_temp_file(target) as (handle, temp):
        if kind == SQLITE:
            persons = _copy_sqlite(ctx, temp, progress, pages_per_step)
        else:
            persons = _dump_postgresql(ctx, handle, progress, passphrase)
        os.fsync(handle)
        size = os.fstat(handle).st_size
        with ctx.db.transaction() as session:
            audit.record(
                session, ctx.actor, AuditAction.CREATE, "backup", None, "file", None, str(target)
            )
            audit.write_recorded(session)  # the audit row is in before the file is in place
            os.replace(temp, target)
    files.sync_folder(target.parent)
    log.info("database backed up (%s, %d bytes) to %s", kind, size, target)
    return BackupResult(target, size, persons, kind)


# ---------------------------------------------------------------- the destination


def _sqlite_file(ctx: Context) -> Path:
    path = sqlite_path(str(ctx.db.engine.url))
    if path is None:
        raise BackupError(
            "this database lives in memory only and cannot be backed up; open a database file"
        )
    return path


def _checked_destination(destination: Path, source: Path | None) -> Path:
    """The destination as an absolute path, or one clear refusal; nothing is written."""
    target = Path(os.path.abspath(destination.expanduser()))
    folder = target.parent
    if not folder.is_dir():
        raise BackupError(f"cannot back up to {target}: the folder {folder} does not exist")
    if target.is_dir():
        raise BackupError(f"cannot back up to {target}: it is a folder; give a file name")
    if source is not None and _is_database_file(target, source):
        raise BackupError(
            f"cannot back up to {target}: that is the database itself; choose another file"
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BackupError(f"cannot back up to {target}: the folder {folder} is not writable")
    return target


def _is_database_file(target: Path, source: Path) -> bool:
    """The database file, one of the files SQLite keeps beside it, or a link to either."""
    resolved = source.resolve()
    own = {resolved, *(resolved.with_name(resolved.name + s) for s in SQLITE_SIDE_FILES)}
    if target.resolve() in own:
        return True
    try:
        return target.exists() and os.path.samefile(target, resolved)
    except OSError:
        return False


@contextmanager
def _private_temp_file(target: Path) -> Iterator[tuple[int, Path]]:
    """A new file beside ``target``, mode 0600 from its creation, removed unless renamed into
    place (and by the next start if the process is killed: it may hold a whole copy)."""
    with ExitStack() as stack:
        try:
            opened = stack.enter_context(
                files.temporary_beside(target, prefix=".evactrack-backup-")
            )
        except OSError as exc:
            raise BackupError(
                f"cannot back up to {target}: the folder {target.parent} is not writable "
                f"({exc.strerror or exc})"
            ) from exc
        yield opened


# ---------------------------------------------------------------- SQLite


def _copy_sqlite(
    ctx: Context,
    temp: Path,
    progress: Callable[[int, int], None] | None,
    pages_per_step: int,
    *,
    checked: bool = True,
) -> int:
    """Online backup through the engine's own connection settings; returns persons copied.
    ``checked``: the copy passes the integrity checks (a backup taken by hand); the automatic
    ones are checked when they are restored, and are not made to wait for it before every
    import."""

    stalled_since: float | None = None  # when the copy last stopped getting on
    left: int | None = None  # pages still to copy at the last report

    def report(status: int, remaining: int, total: int) -> None:
        # SQLite's online backup retries a locked database for ever: a copy that cannot get
        # on gives up after the time a write waits, rather than hold an import up for good.
        nonlocal stalled_since, left
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            if stalled_since is None:
                stalled_since = time.monotonic()
            elif time.monotonic() - stalled_since > BACKUP_WAIT_S:
                raise _stayed_locked()
            return
        stalled_since = None
        if left is not None and remaining >= left:
            raise _StartedOver  # a step that got no further: SQLite started the copy over
        left = remaining
        if progress is not None:
            progress(total - remaining, total)

    key = cipher_key(ctx.db.engine)
    raw = ctx.db.engine.raw_connection()
    try:
        source: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        # Encrypted with the database's own key (the same salt too): a copy as safe as it.
        copy = raw_sqlite_connection(temp, key)
        try:
            try:
                try:
                    source.backup(copy, pages=pages_per_step, progress=report)
                except _StartedOver:
                    # Another connection wrote and SQLite started the copy over; with writes
                    # coming often it would start over for ever. The whole copy is then made
                    # in one step, in one read transaction: writers go on (WAL), and the copy
                    # is the database as it was at one moment.
                    left = None
                    source.backup(copy, pages=-1, progress=report)
                # One self-contained file: the copy would otherwise be in WAL mode like its
                # source.
                copy.execute("PRAGMA journal_mode = DELETE")
            except (sqlite3.OperationalError, cipher.DatabaseError) as exc:
                if "disk is full" not in str(exc):
                    raise
                raise _disk_full() from None
            problems = cipher.problems(copy, encrypted=key is not None) if checked else []
            if problems:
                raise BackupError(
                    "the copy failed its integrity check, so it was not kept: "
                    + "; ".join(problems[:3])
                )
            row = copy.execute(f"SELECT count(*) FROM {Person.__tablename__}").fetchone()
            return int(row[0])
        finally:
            copy.close()
    finally:
        raw.close()


def _stayed_locked() -> BackupError:
    return BackupError(
        f"the database stayed locked for {BACKUP_WAIT_S:.0f} s, so no backup was taken and "
        "nothing was changed; try again in a moment"
    )


class _StartedOver(Exception):
    """A SQLite copy was started over by SQLite: another connection wrote mid-copy."""


def _disk_full() -> BackupError:
    return BackupError("the disk is full, so no backup was written; free some space and try again")


# ---------------------------------------------------------------- PostgreSQL


def _dump_postgresql(
    ctx: Context,
    handle: int,
    progress: Callable[[int, int], None] | None,
    passphrase: str | None,
) -> int:
    """pg_dump from the snapshot the persons are counted in, through a pipe into memory, sealed
    and written to ``handle``: the dump never reaches the disk in clear. Returns the count."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise BackupError(
            "a PostgreSQL database is backed up with pg_dump, which is not installed "
            "(Debian package postgresql-client)"
        )
    if not passphrase:
        raise BackupError(
            "a PostgreSQL dump is encrypted with a passphrase: give one (EVACTRACK_PASSPHRASE)"
        )
    engine = ctx.db.engine
    # A table held locked (a migration, another tool) would make the count and pg_dump wait
    # for as long as it is: they give up after the time a write waits, as a SQLite copy does.
    wait_ms = int(BACKUP_WAIT_S * 1000)
    with (
        engine.connect().execution_options(isolation_level="REPEATABLE READ") as connection,
        connection.begin(),
    ):
        connection.execute(text(f"SET LOCAL lock_timeout = {wait_ms}"))
        snapshot = str(connection.execute(text("SELECT pg_export_snapshot()")).scalar_one())
        try:
            persons = int(connection.execute(select(func.count()).select_from(Person)).scalar_one())
        except OperationalError as exc:
            if getattr(exc.orig, "sqlstate", None) == _LOCK_NOT_AVAILABLE:
                raise _stayed_locked() from None
            raise
        command_line, environment = pg_dump_command(
            pg_dump,
            engine.url,
            Path("-"),
            ["--no-password", f"--snapshot={snapshot}", f"--lock-wait-timeout={wait_ms}"],
        )
        command_line.remove("--file=-")
        with tempfile.TemporaryFile() as errors:
            process = subprocess.Popen(
                command_line,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=errors,
                env=environment,
            )
            chunks: list[bytes] = []
            reader = threading.Thread(target=_read_all, args=(process, chunks), daemon=True)
            reader.start()
            try:
                while True:
                    if progress is not None:
                        progress(0, 0)
                    try:
                        process.wait(timeout=POLL_S)
                        break
                    except subprocess.TimeoutExpired:
                        continue
            except BaseException:
                _stop(process)
                raise
            finally:
                reader.join()
            if process.returncode != 0:
                said = _said(errors)
                if "timeout" in said and "LOCK TABLE" in said:  # its --lock-wait-timeout
                    raise _stayed_locked()
                raise BackupError("pg_dump failed, so no backup was written: " + said)
    dump = b"".join(chunks)
    chunks.clear()
    _check_dump(dump)
    os.write(handle, cipher.seal(dump, passphrase))
    return persons


def _read_all(process: subprocess.Popen[bytes], chunks: list[bytes]) -> None:
    assert process.stdout is not None
    with process.stdout:
        for chunk in iter(lambda: process.stdout.read(1 << 20), b""):  # type: ignore[union-attr]
            chunks.append(chunk)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _said(stream: IO[bytes]) -> str:
    """What a tool wrote on stderr, as one line of reasonable length."""
    stream.seek(0)
    said = " ".join(stream.read().decode("utf-8", "replace").split())
    return said[:500] or "no message"


def _check_dump(dump: bytes) -> None:
    """The dump is one pg_restore can read (its table of contents), not a truncated file."""
    if not dump.startswith(DUMP_MAGIC):
        raise BackupError("pg_dump wrote no readable dump, so no backup was written")
    pg_restore = shutil.which("pg_restore")
    if pg_restore is None:
        return
    with tempfile.TemporaryFile() as errors:
        done = subprocess.run(
            [pg_restore, "--list"],
            input=dump,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            check=False,
        )
        if done.returncode != 0:
            raise BackupError(
                "the dump cannot be read back by pg_restore, so it was not kept: " + _said(errors)
            )


# ---------------------------------------------------------------- rotating backups


def rotating_backups(ctx: Context) -> list[Path]:
    """This database's automatic backups in the backups folder, oldest first."""
    if kind_of(ctx) != SQLITE:
        return []
    stem = _sqlite_file(ctx).stem
    found = backups_dir().glob(f"{glob.escape(stem)}-*Z-*.sqlite3")
    return sorted(p for p in found if p.name[len(stem) + 1 :][:8].isdigit())


def rotate(ctx: Context, reason: str) -> Path | None:
    """Copy the database into the backups folder (as safe as the database: encrypted with its
    key, mode 0600), then keep only the newest N (setting ``backups_kept``).

    A PostgreSQL server keeps its own backups; nothing is written for one.
    """
    if kind_of(ctx) != SQLITE:
        return None
    source = _sqlite_file(ctx)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir() / f"{source.stem}-{stamp}-{reason}.sqlite3"
    with _private_temp_file(target) as (handle, temp):
        try:
            copied = copy_at_rest(ctx.db.engine, handle, temp)
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
            raise _disk_full() from None
        if not copied:
            _copy_sqlite(ctx, temp, None, PAGES_PER_STEP, checked=False)
        os.fsync(handle)
        os.replace(temp, target)
    files.sync_folder(target.parent)
    log.info("automatic backup taken (%s)", reason)
    kept = int(settings.get(ctx, settings.BACKUPS_KEPT))
    for old in rotating_backups(ctx)[:-kept]:
        overwrite_and_remove(old)
    return target


def rotate_if_due(ctx: Context, now: datetime | None = None) -> Path | None:
    """At start: a new automatic backup when the last one is more than a day old."""
    existing = rotating_backups(ctx)
    moment = (now or datetime.now(UTC)).timestamp()
    if existing and moment - existing[-1].stat().st_mtime < ROTATE_EVERY.total_seconds():
        return None
    return rotate(ctx, "daily")


# ---------------------------------------------------------------- restore


@dataclass(frozen=True, slots=True)
class RestoreResult:
    path: Path
    persons: int
    replaced: Path | None  # where the database that was replaced was kept

    def as_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "persons": self.persons,
            "replaced": str(self.replaced) if self.replaced else None,
        }


# Who restored, when nobody could log in first (a backup restored where no database was).
NOBODY = Actor(None, "restore", Role.ADMIN)


def restore(
    url: str | None, backup: Path, passphrase: str | None, by: Actor = NOBODY
) -> RestoreResult:
    """Put a backup in place of the database, which must not be open.

    The backup is opened with the passphrase and checked (integrity, cipher integrity, an
    evactrack database) before anything is touched; a refused backup changes nothing. The
    database it replaces is kept in the backups folder first; the restored copy is written
    beside the database, counted against the backup, and renamed over it in one step. The
    result is encrypted whenever a passphrase is given. A PostgreSQL database is restored
    from its sealed dump by :func:`_restore_postgresql`. The restored database records the
    restore, by ``by`` (:func:`_record_restore`).
    """
    source = Path(os.path.abspath(backup.expanduser()))
    resolved = resolve_db_url(url)
    if sqlite_path(resolved) is None:
        return _restore_postgresql(resolved, source, passphrase, by)
    target = database_path(url)
    backup_key = _backup_key(source, passphrase)
    target_kind = cipher.file_kind(target)
    if target_kind is not cipher.FileKind.MISSING and _is_database_file(source, target):
        raise RestoreError(f"{source} is the database itself; choose a backup file")
    target_key = None
    if target_kind is cipher.FileKind.ENCRYPTED:
        if passphrase is None:
            raise RestoreError(f"{target} is encrypted: its passphrase is needed")
        target_key = cipher.key_for_file(target, passphrase)
        with closing(cipher.connect(target, target_key)) as current:
            cipher.check_opens(current, target)
    with closing(cipher.connect(source, backup_key)) as copy:
        try:
            cipher.check_opens(copy, source)
        except WrongPassphraseError:
            raise RestoreError(
                f"the passphrase does not open the backup {source}, so nothing was restored"
            ) from None
        expected = _checked_backup(copy, source, backup_key)
        temp = private_temp(target, "restore")
        try:
            new_key = cipher.derive(passphrase) if passphrase else None
            export_checked(copy, temp, new_key, expected)
        except BaseException:
            overwrite_and_remove(temp)
            raise
    try:
        missing = target_kind is cipher.FileKind.MISSING
        replaced = None if missing else _keep_replaced(target, target_key)
        replace_file(temp, target)
    except BaseException:
        overwrite_and_remove(temp)
        raise
    log.info("database restored from a backup")
    restored = open_database(str(target), passphrase=passphrase)
    try:
        _record_restore(restored, by, source)
    finally:
        restored.close()
    return RestoreResult(target, expected.get(Person.__tablename__, 0), replaced)


def _record_restore(db: Database, by: Actor, source: Path) -> None:
    """The restore, as an event of the restored database's audit trail. By name only: the
    account ids of the database replaced mean nothing in the backup's."""
    with db.transaction() as session:
        audit.record(
            session,
            Actor(None, by.username, by.role),
            AuditAction.RESTORE,
            "database",
            None,
            "backup",
            None,
            str(source),
        )


def _restore_postgresql(url: str, source: Path, passphrase: str | None, by: Actor) -> RestoreResult:
    """Unseal and check the dump (pg_restore reads its table of contents), keep the database
    as it is now as a sealed dump in the backups folder, then restore in one transaction."""
    if not source.is_file():
        raise RestoreError(f"{source} is not a backup: the file is missing")
    if not passphrase:
        raise RestoreError("a PostgreSQL dump is encrypted: its passphrase is needed")
    try:
        dump = cipher.unseal(source.read_bytes(), passphrase)
        _check_dump(dump)
    except (EvactrackError, OSError) as exc:
        raise RestoreError(
            f"the backup {source} is refused, so nothing was restored: {exc}"
        ) from None
    pg_restore = shutil.which("pg_restore")
    if pg_restore is None:
        raise RestoreError("pg_restore is not installed (Debian package postgresql-client)")
    db = Database(make_engine(url))
    try:
        ctx = Context(db, NOBODY)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        name = f"{db.engine.url.database}-{search_path_schema(db.engine.url) or 'all'}"
        kept = backups_dir() / f"{name}-{stamp}-before-restore.dump"
        with _private_temp_file(kept) as (handle, temp):
            _dump_postgresql(ctx, handle, None, passphrase)
            os.fsync(handle)
            os.replace(temp, kept)
        command_line, environment = pg_dump_command(pg_restore, db.engine.url, Path("-"))
        target = command_line[-1]
        with tempfile.TemporaryFile() as errors:
            done = subprocess.run(
                [pg_restore, "--clean", "--if-exists", "--no-owner", "--single-transaction",
                 "--exit-on-error", f"--dbname={target}"],
                input=dump, stdout=subprocess.DEVNULL, stderr=errors, env=environment,
                check=False,
            )  # fmt: skip
            if done.returncode != 0:
                raise RestoreError(
                    "pg_restore failed, so nothing was restored (its one transaction was "
                    "rolled back): " + _said(errors)
                )
        with db.reading() as session:
            persons = int(session.scalar(select(func.count()).select_from(Person)) or 0)
        _record_restore(db, by, source)
    finally:
        db.close()
    log.info("database restored from a sealed dump")
    return RestoreResult(source, persons, kept)


def _backup_key(source: Path, passphrase: str | None) -> CipherKey | None:
    kind = cipher.file_kind(source)
    if not source.is_file() or kind is cipher.FileKind.MISSING:
        raise RestoreError(f"{source} is not a backup: the file is missing or empty")
    if kind is cipher.FileKind.PLAINTEXT:
        return None
    if passphrase is None:
        raise RestoreError(f"the backup {source} is encrypted: its passphrase is needed")
    with source.open("rb") as handle:
        return cipher.derive(passphrase, handle.read(cipher.SALT_BYTES))


def _checked_backup(copy: Any, source: Path, key: CipherKey | None) -> dict[str, int]:
    """The backup's row counts, once it is known sound and an evactrack database."""
    try:
        found = cipher.problems(copy, encrypted=key is not None)
        counts = table_counts(copy)
    except cipher.DatabaseError as exc:
        found = [" ".join(str(exc).split())]
    if found:
        raise RestoreError(
            f"the backup {source} is damaged, so nothing was restored: " + "; ".join(found[:3])
        )
    if Person.__tablename__ not in counts or "alembic_version" not in counts:
        raise RestoreError(f"{source} is not an evactrack backup, so nothing was restored")
    return counts


def _keep_replaced(target: Path, key: CipherKey | None) -> Path:
    """The database about to be replaced, copied into the backups folder (its own key)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    kept = backups_dir() / f"{target.stem}-{stamp}-before-restore.sqlite3"
    with _private_temp_file(kept) as (_handle, temp):
        with closing(raw_sqlite_connection(target, key)) as current:
            with closing(raw_sqlite_connection(temp, key)) as copy:
                current.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        os.replace(temp, kept)
    return kept
