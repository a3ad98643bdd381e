"""Locks that let several caseworkers share one database, and the note of the work that
holds SQLite's write lock, so that a caseworker whose wait ran out is told what for.

On PostgreSQL, imports take a transaction-level advisory lock: the duplicate check of one
import sees every person the import before it wrote. On SQLite a write transaction holds the
database's one write lock from its ``BEGIN IMMEDIATE``, which serialises imports already.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.orm import Session, SessionTransaction

from evactrack.db.engine import sqlite_path
from evactrack.files import BUSY_NOTE, PRIVATE_FILE

# pg_advisory_xact_lock's key for "an import is writing" (any fixed bigint: "evac" + 1).
IMPORT_LOCK_KEY = 0x6576_6163_0000_0001
IMPORT_WORK = "an import"


def hold_import_lock(session: Session) -> None:
    """Serialise this import against every other until its transaction ends: call it first
    in the import's transaction, before the duplicate check reads anything."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})
    else:
        note_work(session, IMPORT_WORK)


def note_work(session: Session, work: str) -> None:
    """Say, beside a SQLite file, which work holds its write lock (``work`` names a kind of
    work, never a person), until the session's transaction ends."""
    # BEGIN IMMEDIATE first: the write lock is ours before the note says so.
    path = sqlite_path(str(session.connection().engine.url))
    if path is None:
        return
    note = _note_path(path)
    handle = os.open(note, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(f"{os.getpid()} {work}")

    def remove(_session: Session, transaction: SessionTransaction) -> None:
        if transaction.parent is None:
            with suppress(FileNotFoundError):
                note.unlink()

    event.listen(session, "after_transaction_end", remove)


def work_in_progress(path: Path) -> str | None:
    """The work another live process noted as holding the write lock of the SQLite file."""
    try:
        pid, _, work = _note_path(path).read_text(encoding="utf-8")[:200].partition(" ")
        os.kill(int(pid), 0)
    except PermissionError:  # another account's live process
        pass
    except (OSError, ValueError):  # no note, or its process is gone (killed, finished)
        return None
    return work or None


def _note_path(path: Path) -> Path:
    return path.with_name(path.name + BUSY_NOTE)
