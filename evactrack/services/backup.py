"""Back up the whole case database to a file the caseworker chooses.

A backup holds every record, so it is written as an export is: into a temporary file beside
the destination that is private (mode 0600) from the moment it exists, checked, flushed to
disk and only then renamed over the destination. A failure or a cancel removes the temporary
file and leaves the destination as it was. SQLite is copied with its online backup API while
the database stays in use; PostgreSQL with pg_dump (custom format, for pg_restore).
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select, text

from evactrack import files
from evactrack.db.engine import sqlite_path
from evactrack.db.migrate import pg_dump_command
from evactrack.db.models import Person
from evactrack.domain.enums import AuditAction
from evactrack.domain.errors import BackupError
from evactrack.files import SQLITE_SIDE_FILES
from evactrack.services import audit
from evactrack.services.context import Context

log = logging.getLogger(__name__)

SQLITE, POSTGRESQL = "sqlite", "postgresql"
# Pages copied between two progress reports (4 MB at SQLite's default page size).
PAGES_PER_STEP = 1024
# How often a running pg_dump is looked at, and progress reported (and Cancel noticed).
POLL_S = 0.1
DUMP_MAGIC = b"PGDMP"


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
) -> BackupResult:
    """Copy the whole database to ``destination``, replacing the file there only once the copy
    is complete and checked.

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
    started = False
    try:
        with files.temporary_beside(target, prefix=".evactrack-backup-") as (handle, temp):
            started = True
            if kind == SQLITE:
                persons = _copy_sqlite(ctx, temp, progress, pages_per_step)
            else:
                persons = _dump_postgresql(ctx, temp, progress)
            os.fsync(handle)
            size = os.fstat(handle).st_size
            with ctx.db.transaction() as session:
                audit.record(
                    session,
                    ctx.actor,
                    AuditAction.CREATE,
                    "backup",
                    None,
                    "file",
                    None,
                    str(target),
                )
                session.flush()  # the audit row is in before the file is put in place
                os.replace(temp, target)
            files.sync_folder(target.parent)
    except OSError as exc:
        if started:
            raise
        raise BackupError(
            f"cannot back up to {target}: the folder {target.parent} is not writable "
            f"({exc.strerror or exc})"
        ) from exc
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


# ---------------------------------------------------------------- SQLite


def _copy_sqlite(
    ctx: Context,
    temp: Path,
    progress: Callable[[int, int], None] | None,
    pages_per_step: int,
) -> int:
    """Online backup through the engine's own connection settings; returns persons copied."""

    def report(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    raw = ctx.db.engine.raw_connection()
    try:
        source: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        copy = sqlite3.connect(temp, isolation_level=None)
        try:
            source.backup(copy, pages=pages_per_step, progress=report)
            # One self-contained file: the copy would otherwise be in WAL mode like its source.
            copy.execute("PRAGMA journal_mode = DELETE")
            problems = [str(row[0]) for row in copy.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
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


# ---------------------------------------------------------------- PostgreSQL


def _dump_postgresql(ctx: Context, temp: Path, progress: Callable[[int, int], None] | None) -> int:
    """pg_dump into ``temp`` from the snapshot the persons are counted in; returns the count."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise BackupError(
            "a PostgreSQL database is backed up with pg_dump, which is not installed "
            "(Debian package postgresql-client)"
        )
    engine = ctx.db.engine
    with (
        engine.connect().execution_options(isolation_level="REPEATABLE READ") as connection,
        connection.begin(),
    ):
        snapshot = str(connection.execute(text("SELECT pg_export_snapshot()")).scalar_one())
        persons = int(connection.execute(select(func.count()).select_from(Person)).scalar_one())
        command_line, environment = pg_dump_command(
            pg_dump, engine.url, temp, ["--no-password", f"--snapshot={snapshot}"]
        )
        with tempfile.TemporaryFile() as errors:
            process = subprocess.Popen(
                command_line,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=errors,
                env=environment,
            )
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
            if process.returncode != 0:
                raise BackupError("pg_dump failed, so no backup was written: " + _said(errors))
    _check_dump(temp)
    return persons


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


def _check_dump(temp: Path) -> None:
    """The dump is one pg_restore can read (its table of contents), not a truncated file."""
    with temp.open("rb") as dump:
        if dump.read(len(DUMP_MAGIC)) != DUMP_MAGIC:
            raise BackupError("pg_dump wrote no readable dump, so no backup was written")
    pg_restore = shutil.which("pg_restore")
    if pg_restore is None:
        return
    with tempfile.TemporaryFile() as errors:
        done = subprocess.run(
            [pg_restore, "--list", str(temp)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            check=False,
        )
        if done.returncode != 0:
            raise BackupError(
                "the dump cannot be read back by pg_restore, so it was not kept: " + _said(errors)
            )
