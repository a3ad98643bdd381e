"""Encrypt a plaintext database, change the passphrase, check a file for damage.

Each works on a closed SQLite file: the whole database is exported into a new private file
beside it (SQLCipher's ``sqlcipher_export``), the new file is checked and its rows counted
against the old, and only then renamed over it, in one step. The old file's bytes are then
overwritten, so a plaintext copy does not stay readable on the disk's free blocks.
"""

from __future__ import annotations

import logging
import os
import tempfile
from contextlib import closing
from pathlib import Path
from typing import Any

from evactrack.config import resolve_db_url
from evactrack.db import cipher
from evactrack.db.cipher import CipherKey, FileKind
from evactrack.db.engine import sqlite_path
from evactrack.domain.errors import DatabaseOpenError, EvactrackError, ValidationError
from evactrack.files import sync_folder

log = logging.getLogger(__name__)

SIDE_FILES = ("-wal", "-shm", "-journal")
OVERWRITE_CHUNK = 1 << 20


def database_path(url: str | None) -> Path:
    """The SQLite file behind ``url``; a database server has no file to encrypt."""
    path = sqlite_path(resolve_db_url(url))
    if path is None:
        raise ValidationError(
            "only an evactrack database file (SQLite) is encrypted by evactrack; a PostgreSQL "
            "server's data is protected by the server"
        )
    return path


def plaintext_database(url: str | None) -> Path:
    """The file :func:`encrypt` would encrypt, or why there is none (asked before a passphrase)."""
    path = database_path(url)
    kind = cipher.file_kind(path)
    if kind is FileKind.MISSING:
        raise ValidationError(f"there is no database at {path}")
    if kind is FileKind.ENCRYPTED:
        raise ValidationError(f"{path} is already encrypted; nothing was changed")
    return path


def encrypt(url: str | None, passphrase: str) -> Path:
    """Turn a plaintext database into an encrypted one in place; returns its path."""
    path = plaintext_database(url)
    _rewrite(path, None, cipher.derive(passphrase))
    log.info("database encrypted")
    return path


def change_passphrase(url: str | None, old: str, new: str) -> Path:
    """Re-key an encrypted database: a new salt, a new key, the same records."""
    path = database_path(url)
    if cipher.file_kind(path) is not FileKind.ENCRYPTED:
        raise ValidationError(f"{path} is not encrypted; encrypt it first (evactrack encrypt)")
    if old == new:
        raise ValidationError("the new passphrase is the old one; nothing was changed")
    _rewrite(path, cipher.key_for_file(path, old), cipher.derive(new))
    log.info("database passphrase changed")
    return path


def verify(url: str | None, passphrase: str | None) -> list[str]:
    """Every damage ``integrity_check`` and ``cipher_integrity_check`` find (empty: sound)."""
    path = database_path(url)
    kind = cipher.file_kind(path)
    if kind is FileKind.MISSING:
        raise ValidationError(f"there is no database at {path}")
    key = None
    if kind is FileKind.ENCRYPTED:
        if passphrase is None:
            raise DatabaseOpenError(f"{path} is encrypted: its passphrase is needed")
        key = cipher.key_for_file(path, passphrase)
    with closing(cipher.connect(path, key)) as connection:
        cipher.check_opens(connection, path)
        return cipher.problems(connection, encrypted=key is not None)


def table_counts(connection: Any) -> dict[str, int]:
    """Rows in each table: the measure that a copy holds everything its source held."""
    names = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name in names
    }


def private_temp(beside: Path, label: str) -> Path:
    """A new empty file beside ``beside``, mode 0600 from its creation."""
    handle, name = tempfile.mkstemp(
        prefix=f".{beside.name}.", suffix=f".{label}", dir=beside.parent
    )
    os.close(handle)
    return Path(name)


def export_checked(
    connection: Any, target: Path, key: CipherKey | None, expected: dict[str, int]
) -> None:
    """Export into ``target`` and prove the copy sound and complete, or raise."""
    cipher.export(connection, target, key)
    with closing(cipher.connect(target, key)) as copy:
        cipher.check_opens(copy, target)
        found = cipher.problems(copy, encrypted=key is not None)
        if found:
            raise EvactrackError("the new copy failed its check: " + "; ".join(found[:3]))
        if table_counts(copy) != expected:
            raise EvactrackError("the new copy does not hold every row; nothing was changed")
    _fsync(target)


def replace_file(new: Path, path: Path) -> None:
    """Put ``new`` in place of ``path`` atomically, then overwrite the old file's bytes."""
    old = os.open(path, os.O_RDWR) if path.exists() else None
    try:
        for suffix in SIDE_FILES:
            overwrite_and_remove(path.with_name(path.name + suffix))
        os.replace(new, path)
        sync_folder(path.parent)
        if old is not None:
            _overwrite(old)
    finally:
        if old is not None:
            os.close(old)


def overwrite_and_remove(path: Path) -> None:
    """Zero a file's bytes before unlinking it (a best effort on flash storage)."""
    try:
        handle = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return
    try:
        _overwrite(handle)
    finally:
        os.close(handle)
    path.unlink(missing_ok=True)


def _rewrite(path: Path, old_key: CipherKey | None, new_key: CipherKey) -> None:
    temp = private_temp(path, "part")
    try:
        with closing(cipher.connect(path, old_key)) as source:
            cipher.check_opens(source, path)
            found = cipher.problems(source, encrypted=old_key is not None)
            if found:
                raise EvactrackError(
                    f"{path} is damaged, so it was not rewritten: " + "; ".join(found[:3])
                )
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            export_checked(source, temp, new_key, table_counts(source))
        replace_file(temp, path)
    except BaseException:
        overwrite_and_remove(temp)
        raise


def _overwrite(handle: int) -> None:
    size = os.fstat(handle).st_size
    os.lseek(handle, 0, os.SEEK_SET)
    zeros = bytes(OVERWRITE_CHUNK)
    written = 0
    while written < size:
        written += os.write(handle, zeros[: min(OVERWRITE_CHUNK, size - written)])
    os.fsync(handle)


def _fsync(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
