"""Emergency wipe: destroy every file of the application's before a laptop is seized.

The key material goes first: the first page of the database and of every copy (where
SQLCipher keeps its salt, and SQLite its header) is overwritten with random bytes and flushed
to disk, so a wipe cut short still leaves nothing readable. Then the files are deleted: the
database and the files SQLite keeps beside it, the copies taken before upgrades, the backups
(those in the data folder and those the audit trail names), exports and reports in the data
folder, leftovers of killed writes, the logs; then the settings forget the recent databases
and the emptied folders go.
Nothing is written on the way, so the application then starts as on a fresh machine.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from evactrack import config
from evactrack.db.engine import sqlite_path
from evactrack.db.models import AuditEvent
from evactrack.files import PENDING_FOLDER, SQLITE_SIDE_FILES, TEMP_PREFIX, TEMP_SUFFIX
from evactrack.log import LOG_FILE, stop_logging
from evactrack.services.context import Context

# SQLite's largest default page; SQLCipher keeps its salt in the first 16 bytes.
FIRST_PAGE = 4096
# Folders of the data folder, besides the backups, that hold only what the application wrote.
OWN_FOLDERS = ("exports", "reports", PENDING_FOLDER)
# Databases, copies, exports and reports saved straight into the data folder.
OWN_PATTERNS = ("*.sqlite3*", "*.db", "*.dump", "*.csv", "*.pdf")


@dataclass(frozen=True, slots=True)
class WipeResult:
    files: int
    seconds: float
    server: bool  # the records live on a database server, which a wipe does not reach


def wipe(ctx: Context) -> WipeResult:
    """Destroy the database this context opened and everything the application wrote; the
    context cannot be used afterwards."""
    ctx.require_admin()
    started = time.monotonic()
    database = sqlite_path(str(ctx.db.engine.url))
    copies = _backups_named_in_audit(ctx)
    # Nothing may open the database again: SQLite would make a new, empty file.
    event.listen(ctx.db.engine, "do_connect", _refuse)
    ctx.db.close()
    stop_logging()
    keyed, plain = application_files(database, copies)
    for path in keyed:
        _overwrite_first_page(path)
    removed = 0
    for path in [*keyed, *plain]:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed += 1
    forget_recent_databases()
    _remove_empty_folders()
    return WipeResult(removed, time.monotonic() - started, database is None)


def application_files(database: Path | None, copies: list[Path]) -> tuple[list[Path], list[Path]]:
    """(files holding records, whose first page is destroyed first; the other files)."""
    data = config.data_dir()
    keyed: list[Path] = []
    databases = [data / config.DEFAULT_DB_FILE]
    if database is not None:
        databases.append(database)
        databases.extend(database.parent.glob(f"{_glob_safe(database.name)}.before-upgrade-*"))
    for db in dict.fromkeys(databases):
        keyed.extend(db.with_name(db.name + side) for side in ("", *SQLITE_SIDE_FILES))
    keyed.extend(copies)
    for folder in {data, *(db.parent for db in databases)}:
        keyed.extend(folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}*"))
    keyed.extend(_pending_temp_files(data / PENDING_FOLDER))
    plain: list[Path] = []
    for pattern in OWN_PATTERNS:
        found = data.glob(pattern)
        (keyed if pattern in ("*.sqlite3*", "*.db", "*.dump") else plain).extend(found)
    keyed.extend(p for p in config.backups_dir().rglob("*") if p.is_file())
    for name in OWN_FOLDERS:
        plain.extend(p for p in (data / name).rglob("*") if p.is_file())
    plain.extend(config.log_dir().glob(f"{LOG_FILE}*"))
    return _existing(keyed), [p for p in _existing(plain) if p not in keyed]


def forget_recent_databases() -> None:
    """Remove the recent-database keys (and their keyring passwords) from the settings file,
    leaving the rest (language, window layout) as it was."""
    path = config.settings_file()
    try:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    except (FileNotFoundError, UnicodeDecodeError):
        return
    kept = []
    for line in lines:
        key, equals, value = line.partition("=")
        if equals and key.strip() in config.RECENT_DATABASE_KEYS:
            config.forget_password(value.strip())
            continue
        kept.append(line)
    if len(kept) == len(lines):
        return
    from evactrack.files import private_file

    with private_file(path, "w", encoding="utf-8") as out:
        out.writelines(kept)


def _backups_named_in_audit(ctx: Context) -> list[Path]:
    """Backups taken with "Back up database…" anywhere on this computer (the audit trail
    records each one's path); those on a stick that is not plugged in are out of reach."""
    with ctx.db.reading() as session:
        names = session.scalars(
            select(AuditEvent.new_value).where(AuditEvent.entity == "backup").distinct()
        )
        return [Path(name) for name in names if name]


def _pending_temp_files(folder: Path) -> list[Path]:
    found: list[Path] = []
    for marker in folder.glob("*"):
        try:
            temp = Path(marker.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        found.extend(temp.with_name(temp.name + side) for side in ("", *SQLITE_SIDE_FILES))
    return found


def _overwrite_first_page(path: Path) -> None:
    try:
        handle = os.open(path, os.O_WRONLY)
    except OSError:
        return
    try:
        size = os.fstat(handle).st_size
        os.write(handle, secrets.token_bytes(min(size, FIRST_PAGE)))
        os.fsync(handle)
    finally:
        os.close(handle)


def _remove_empty_folders() -> None:
    data = config.data_dir()
    folders = [
        config.backups_dir(),
        *(data / name for name in OWN_FOLDERS),
        config.log_dir(),
        data,
    ]
    for folder in folders:
        for inner in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
            if inner.is_dir():
                _rmdir(inner)
        _rmdir(folder)


def _rmdir(folder: Path) -> None:
    """Remove an empty folder; one that is not empty holds what is not the application's."""
    with contextlib.suppress(OSError):
        folder.rmdir()


def _existing(paths: list[Path]) -> list[Path]:
    return [p for p in dict.fromkeys(paths) if p.is_file()]


def _glob_safe(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)


def _refuse(*_args: Any) -> None:
    raise RuntimeError("the database was wiped")
