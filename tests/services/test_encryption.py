"""Encrypting a plaintext database in place, changing the passphrase, naming damage, and a
deleted person gone from the database file and its WAL."""

from __future__ import annotations

from pathlib import Path

import pytest

from evactrack.db import cipher
from evactrack.db.cipher import FileKind
from evactrack.demo import generate
from evactrack.domain.errors import ValidationError, WrongPassphraseError
from evactrack.services import encryption, imports
from evactrack.services.context import open_database
from tests.conftest import TEST_PASSPHRASE, log_in

SECRETS = ["Zwanderkhel", "0709876543", "P7654321", "secret-note-4711", "ژوبلینوف", "X9988776"]
LIST = (
    "First Name,Last Name,Mobile Phone,E-mail Address,Date of birth,Status,Passport no.,Notes\n"
    "Qadirullah,Zwanderkhel,0709876543,qz@example.org,1990-02-13,US Citizen,P7654321,"
    "secret-note-4711\n"
    "فرشته,ژوبلینوف,0701112223,,1985-03-25,Green card,X9988776,\n"
)


def path_of(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def found_in(folder: Path, words: list[str]) -> dict[str, list[str]]:
    """Which of ``words`` each file holds, in UTF-8 or UTF-16 (either byte order)."""
    hits: dict[str, list[str]] = {}
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hit = [
                w
                for w in words
                if any(w.encode(codec) in data for codec in ("utf-8", "utf-16-le", "utf-16-be"))
            ]
            if hit:
                hits[str(path.relative_to(folder))] = hit
    return hits


def counts(url: str, passphrase: str | None) -> dict[str, int]:
    key = cipher.key_for_file(path_of(url), passphrase) if passphrase else None
    connection = cipher.connect(path_of(url), key)
    try:
        return encryption.table_counts(connection)
    finally:
        connection.close()


def test_encrypt_turns_a_plaintext_database_into_an_encrypted_one_with_every_row(
    sqlite_url: str, tmp_path: Path
) -> None:
    db = open_database(sqlite_url)
    generate(log_in(db), 60, seed=3)
    imports.run_import(log_in(db), write_list(tmp_path))
    db.close()
    before = counts(sqlite_url, None)
    assert found_in(tmp_path, SECRETS[:3]).get("cases.sqlite3")  # plaintext, as it was
    encryption.encrypt(sqlite_url, TEST_PASSPHRASE)
    assert cipher.file_kind(path_of(sqlite_url)) is FileKind.ENCRYPTED
    assert counts(sqlite_url, TEST_PASSPHRASE) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.sqlite3", "list.csv"]
    assert found_in(tmp_path, SECRETS) == {"list.csv": SECRETS}
    with pytest.raises(ValidationError, match="already encrypted"):
        encryption.encrypt(sqlite_url, TEST_PASSPHRASE)
    assert encryption.verify(sqlite_url, TEST_PASSPHRASE) == []


def test_change_passphrase_rekeys_with_a_new_salt(encrypted_sqlite_url: str) -> None:
    path = path_of(encrypted_sqlite_url)
    before, salt = counts(encrypted_sqlite_url, TEST_PASSPHRASE), path.read_bytes()[:16]
    with pytest.raises(WrongPassphraseError):
        encryption.change_passphrase(encrypted_sqlite_url, "not it", "new one")
    assert path.read_bytes()[:16] == salt
    encryption.change_passphrase(encrypted_sqlite_url, TEST_PASSPHRASE, "new one")
    assert path.read_bytes()[:16] != salt
    with pytest.raises(WrongPassphraseError):
        open_database(encrypted_sqlite_url, passphrase=TEST_PASSPHRASE)
    assert counts(encrypted_sqlite_url, "new one") == before
    open_database(encrypted_sqlite_url, passphrase="new one").close()


def test_verify_names_the_damage(encrypted_ctx: object, encrypted_sqlite_url: str) -> None:
    ctx = encrypted_ctx
    generate(ctx, 200, seed=1)  # type: ignore[arg-type]
    ctx.db.close()  # type: ignore[attr-defined]
    assert encryption.verify(encrypted_sqlite_url, TEST_PASSPHRASE) == []
    path = path_of(encrypted_sqlite_url)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096 + 100
    data[middle : middle + 64] = bytes(64)
    path.write_bytes(bytes(data))
    problems = encryption.verify(encrypted_sqlite_url, TEST_PASSPHRASE)
    assert problems and any("HMAC" in p or "page" in p for p in problems), problems


def test_a_deleted_persons_values_are_gone_from_the_database_and_the_wal(
    sqlite_url: str, tmp_path: Path
) -> None:
    """Plaintext, so that what stays on the disk can be read: secure_delete and the
    checkpoint after a deletion leave none of the person's values behind."""
    db = open_database(sqlite_url)
    ctx = log_in(db)
    result = imports.run_import(ctx, write_list(tmp_path))
    database = ["cases.sqlite3", "cases.sqlite3-wal", "cases.sqlite3-shm"]
    hits = found_in(tmp_path, SECRETS)
    assert {name for name in hits if name in database}, "the import wrote nothing readable"
    imports.undo_import(ctx, result.batch_id)
    # Names stay in the audit trail's creation events by design; numbers and notes do not.
    values = SECRETS[1:4] + SECRETS[5:]
    assert {k: v for k, v in found_in(tmp_path, values).items() if k in database} == {}
    db.close()
    assert {k: v for k, v in found_in(tmp_path, values).items() if k in database} == {}


def write_list(folder: Path) -> Path:
    path = folder / "list.csv"
    path.write_text(LIST, encoding="utf-8")
    return path
