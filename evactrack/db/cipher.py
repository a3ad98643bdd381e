"""SQLCipher: the key is derived once per process and every connection gets it raw.

SQLCipher 4 derives a file's key from the passphrase with PBKDF2-HMAC-SHA512 (256,000
iterations) over the 16-byte salt kept in the file's first 16 bytes: about 0.1 s, paid on
every connection when the passphrase itself is given. Deriving it here once and keying with
``x'<key><salt>'`` gives the same file, which SQLCipher's own tools open with the passphrase.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from evactrack.domain.errors import DatabaseOpenError, WrongPassphraseError

SALT_BYTES = 16
KEY_BYTES = 32
KDF_ITERATIONS = 256_000
PLAINTEXT_HEADER = b"SQLite format 3\x00"
# The DB-API module an encrypted engine runs on.
DBAPI = sqlcipher
DatabaseError = sqlcipher.DatabaseError
Connection = sqlcipher.Connection


class FileKind(StrEnum):
    MISSING = "missing"  # no file yet, or an empty one
    PLAINTEXT = "plaintext"
    ENCRYPTED = "encrypted"


@dataclass(frozen=True, slots=True)
class CipherKey:
    """A derived key and the salt it belongs to; never shown (``repr`` hides both)."""

    key: bytes
    salt: bytes

    def __repr__(self) -> str:
        return "CipherKey(…)"

    @property
    def raw(self) -> str:
        """The value SQLCipher takes as a raw key: no passphrase text ever reaches SQL."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"


# Keys being derived in a thread (derive_ahead), until the first derive() that wants one.
_AHEAD: dict[tuple[str, bytes], Future[bytes]] = {}


@functools.lru_cache(maxsize=8)
def _pbkdf2(passphrase: str, salt: bytes) -> bytes:
    ahead = _AHEAD.pop((passphrase, salt), None)
    if ahead is not None:
        return ahead.result()
    return _stretched(passphrase, salt)


def _stretched(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(
        "sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES
    )


def derive_ahead(path: Path, passphrase: str) -> None:
    """Begin deriving the key of the encrypted file at ``path`` in a thread, for the start to
    load its windows meanwhile (hashlib lets other threads run while it stretches)."""
    if not passphrase or file_kind(path) is not FileKind.ENCRYPTED:
        return
    with path.open("rb") as handle:
        salt = handle.read(SALT_BYTES)
    future: Future[bytes] = Future()

    def stretch() -> None:
        try:
            future.set_result(_stretched(passphrase, salt))
        except BaseException as exc:  # handed to the caller that waits for the key
            future.set_exception(exc)

    _AHEAD[(passphrase, salt)] = future
    threading.Thread(target=stretch, name="key derivation", daemon=True).start()


def derive(passphrase: str, salt: bytes | None = None) -> CipherKey:
    """The key of a file with this salt (a new random salt for a new file)."""
    if not passphrase:
        raise DatabaseOpenError("the passphrase is empty; give one")
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    return CipherKey(_pbkdf2(passphrase, salt), salt)


def file_kind(path: Path) -> FileKind:
    """Whether ``path`` is a plaintext SQLite file, an encrypted one, or not there yet."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SALT_BYTES)
    except FileNotFoundError:
        return FileKind.MISSING
    if not head:
        return FileKind.MISSING
    return FileKind.PLAINTEXT if head == PLAINTEXT_HEADER else FileKind.ENCRYPTED


def key_for_file(path: Path, passphrase: str) -> CipherKey:
    """The key that opens ``path`` (its salt read from the file), or a new one for a new file."""
    kind = file_kind(path)
    if kind is FileKind.PLAINTEXT:
        raise DatabaseOpenError(
            f"{path} is not encrypted; open it without a passphrase, or encrypt it "
            "first (evactrack encrypt)"
        )
    if kind is FileKind.MISSING:
        return derive(passphrase)
    with path.open("rb") as handle:
        return derive(passphrase, handle.read(SALT_BYTES))


def connect(
    path: Path | str, key: CipherKey | None, *, timeout: float = 10.0, uri: bool = False
) -> Any:
    """A SQLCipher connection to ``path``, keyed (or plaintext when ``key`` is ``None``).

    SQLCipher writes a wrong key's failure to stderr unless told not to log.
    """
    connection = sqlcipher.connect(
        str(path), timeout=timeout, check_same_thread=False, isolation_level=None, uri=uri
    )
    connection.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        connection.execute(f'PRAGMA key = "{key.raw}"')
    return connection


def wrong_passphrase(path: Path | str) -> WrongPassphraseError:
    """The one line a passphrase that does not open a file gets, wherever it was given."""
    return WrongPassphraseError(
        f"cannot open database {path}: wrong passphrase (or not an evactrack database); "
        "nothing was changed"
    )


def check_opens(connection: Any, path: Path | str) -> None:
    """Read the schema: with a wrong key this is where SQLCipher fails."""
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        raise wrong_passphrase(path) from None


def export(connection: Any, target: Path, key: CipherKey | None) -> None:
    """Copy the whole database behind ``connection`` into the new file ``target``, encrypted
    with ``key`` (plaintext when ``None``): SQLCipher's own ``sqlcipher_export``."""
    connection.execute("ATTACH DATABASE ? AS exported KEY ?", (str(target), key.raw if key else ""))
    try:
        connection.execute("SELECT sqlcipher_export('exported')")
        version = connection.execute("PRAGMA main.user_version").fetchone()[0]
        connection.execute(f"PRAGMA exported.user_version = {int(version)}")
    finally:
        connection.execute("DETACH DATABASE exported")


def problems(connection: Any, *, encrypted: bool) -> list[str]:
    """What ``cipher_integrity_check`` (for an encrypted file: each page whose HMAC fails)
    and ``integrity_check`` say is damaged; an empty list when the file is sound."""
    found: list[str] = []
    checks = ["cipher_integrity_check", "integrity_check"] if encrypted else ["integrity_check"]
    for check in checks:
        try:
            said = [str(row[0]) for row in connection.execute(f"PRAGMA {check}")]
        except (sqlcipher.DatabaseError, sqlite3.DatabaseError) as exc:
            said = [" ".join(str(exc).split())]
        found += [f"{check}: {line}" for line in said if line != "ok"]
    return found


# ---------------------------------------------------------------- sealed files (PostgreSQL dumps)

SEALED_MAGIC = b"EVACTRACK-SEALED-1\n"
NONCE_BYTES = 12
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


def _sealing_key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not passphrase:
        raise DatabaseOpenError("the passphrase is empty; give one")
    kdf = Scrypt(salt=salt, length=KEY_BYTES, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(passphrase.encode("utf-8"))


def seal(data: bytes, passphrase: str) -> bytes:
    """``data`` encrypted and authenticated (AES-256-GCM, key from scrypt over a new salt)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    sealed = AESGCM(_sealing_key(passphrase, salt)).encrypt(nonce, data, SEALED_MAGIC)
    return SEALED_MAGIC + salt + nonce + sealed


def is_sealed(head: bytes) -> bool:
    return head.startswith(SEALED_MAGIC)


def unseal(sealed: bytes, passphrase: str) -> bytes:
    """The data :func:`seal` sealed; a wrong passphrase or any changed byte is refused."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not is_sealed(sealed):
        raise DatabaseOpenError("this file is not an encrypted evactrack dump")
    start = len(SEALED_MAGIC)
    salt = sealed[start : start + SALT_BYTES]
    nonce = sealed[start + SALT_BYTES : start + SALT_BYTES + NONCE_BYTES]
    try:
        return AESGCM(_sealing_key(passphrase, salt)).decrypt(
            nonce, sealed[start + SALT_BYTES + NONCE_BYTES :], SEALED_MAGIC
        )
    except InvalidTag:
        raise WrongPassphraseError(
            "the passphrase does not open this dump, or the file was damaged"
        ) from None
