"""The one way evactrack writes a file: private from the first byte, whole or not at all.

Every file the application writes holds or leads to personal data (database copies, exports,
reports, rejected rows, logs, settings). It is created 0600 in its destination folder under
a temporary name, written, flushed to disk and renamed into place; the folder is flushed too,
so the rename survives a power cut. A write killed half-way leaves its temporary file behind:
each one is registered in the data folder while it exists, and :func:`remove_leftovers`
deletes those of dead processes at the next start.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
TEMP_PREFIX = ".evactrack-"
TEMP_SUFFIX = ".part"
# The note of the work holding a SQLite file's write lock (db/locks.py).
BUSY_NOTE = "-busy"
# Files SQLite (and that note) may keep beside a database (a backup copy is written through
# SQLite).
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm", BUSY_NOTE)
PENDING_FOLDER = "pending-writes"


def private_folder(path: Path) -> Path:
    """Create ``path`` and its missing parents 0700 (``mkdir(parents=True)`` would give the
    parents the umask's permissions)."""
    path = Path(os.path.abspath(path.expanduser()))
    missing = []
    probe = path
    while not probe.exists() and probe.parent != probe:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_FOLDER)
    return path


def tighten(path: Path) -> bool:
    """Make an existing file readable by its owner only; ``True`` if it was wider."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077 == 0:
        return False
    os.chmod(path, mode & 0o700)
    return True


@contextlib.contextmanager
def temporary_beside(target: Path, prefix: str = TEMP_PREFIX) -> Iterator[tuple[int, Path]]:
    """A new 0600 file beside ``target`` (its descriptor and path), registered until the block
    ends; then it is removed unless the caller renamed it into place."""
    handle, name = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=target.parent)
    temp = Path(name)
    marker = _register(temp)
    try:
        yield handle, temp
    finally:
        with contextlib.suppress(OSError):
            os.close(handle)
        for side in ("", *SQLITE_SIDE_FILES):
            temp.with_name(temp.name + side).unlink(missing_ok=True)
        if marker is not None:
            marker.unlink(missing_ok=True)


@contextlib.contextmanager
def private_file(path: Path, mode: str = "wb", **options: Any) -> Iterator[IO[Any]]:
    """Open ``path`` for writing (``mode`` "wb" or "w" with ``open``'s options): the file
    appears, complete and 0600, only when the block ends without an error."""
    target = Path(os.path.abspath(Path(path).expanduser()))
    if not target.parent.is_dir():
        raise FileNotFoundError(2, "No such folder", str(target.parent))
    with temporary_beside(target) as (handle, temp):
        with os.fdopen(os.dup(handle), mode, **options) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
        sync_folder(target.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename or a deletion in ``folder`` durable (POSIX; elsewhere it is all there is)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def remove_leftovers() -> int:
    """Delete the temporary files of writes whose process has died; returns how many."""
    folder = _pending_folder()
    removed = 0
    for marker in folder.glob("*") if folder is not None else ():
        pid_text, _, _ = marker.name.partition("-")
        if pid_text.isdigit() and _alive(int(pid_text)):
            continue
        with contextlib.suppress(OSError, UnicodeDecodeError):
            temp = Path(marker.read_text(encoding="utf-8"))
            if temp.name.startswith(TEMP_PREFIX) and temp.name.endswith(TEMP_SUFFIX):
                for side in ("", *SQLITE_SIDE_FILES):
                    leftover = temp.with_name(temp.name + side)
                    if leftover.exists():
                        leftover.unlink()
                        removed += 1
        marker.unlink(missing_ok=True)
    return removed


def _pending_folder() -> Path | None:
    from evactrack.config import data_dir

    try:
        return private_folder(data_dir() / PENDING_FOLDER)
    except OSError:
        return None


def _register(temp: Path) -> Path | None:
    """Note the temporary file's path (never a personal value: the name is random)."""
    folder = _pending_folder()
    if folder is None:
        return None
    marker = folder / f"{os.getpid()}-{secrets.token_hex(8)}"
    try:
        handle = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(str(temp))
    except OSError:
        return None
    return marker


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
