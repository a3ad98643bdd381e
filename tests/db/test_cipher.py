"""SQLCipher in the engine factory: the raw key opens what the passphrase opens, the key is
derived once, any passphrase works, and a wrong one changes nothing and prints nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session
from sqlcipher3 import dbapi2 as sqlcipher

from evactrack.db import cipher
from evactrack.db.bulk import BulkWriter
from evactrack.db.cipher import FileKind
from evactrack.db.engine import BULK_CACHE_KIB, READING_CACHE_KIB, cipher_key, make_engine
from evactrack.domain.errors import DatabaseOpenError, WrongPassphraseError
from evactrack.services.context import open_database
from tests.conftest import TEST_PASSPHRASE


def files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_a_file_keyed_with_the_raw_key_opens_with_the_passphrase_in_sqlcipher(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cases.sqlite3"
    db = open_database(str(path), create=True, passphrase=TEST_PASSPHRASE)
    with db.transaction() as session:
        session.execute(text("INSERT INTO settings (key, value) VALUES ('site_name', 'Kabul')"))
    db.close()
    assert cipher.file_kind(path) is FileKind.ENCRYPTED
    assert b"Kabul" not in path.read_bytes() and b"SQLite format 3" not in path.read_bytes()
    # The way a recovery tool opens it: the passphrase, SQLCipher 4's own key derivation.
    plain = sqlcipher.connect(str(path))
    quoted = TEST_PASSPHRASE.replace("'", "''")
    plain.execute(f"PRAGMA key = '{quoted}'")
    assert plain.execute("SELECT value FROM settings").fetchall() == [("Kabul",)]
    plain.close()


def test_the_key_is_derived_once_for_every_pooled_connection(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    open_database(str(path), create=True, passphrase="once").close()
    cipher._pbkdf2.cache_clear()
    engine = make_engine(f"sqlite:///{path}", passphrase="once", pool_size=1, max_overflow=5)
    connections = [engine.connect() for _ in range(4)]  # four DB-API connections, all keyed
    for connection in connections:
        assert connection.execute(text("SELECT count(*) FROM persons")).scalar_one() == 0
        connection.close()
    assert cipher._pbkdf2.cache_info().misses == 1
    assert repr(cipher_key(engine)) == "CipherKey(…)"
    engine.dispose()


def test_a_key_derived_ahead_is_the_key_and_is_derived_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The start stretches the key in a thread; the opening takes that key, not a second one."""
    path = tmp_path / "cases.sqlite3"
    open_database(str(path), create=True, passphrase="ahead").close()
    expected = cipher.key_for_file(path, "ahead")
    cipher._pbkdf2.cache_clear()
    stretched: list[bytes] = []
    stretch = cipher._stretched
    monkeypatch.setattr(
        cipher, "_stretched", lambda p, salt: stretched.append(salt) or stretch(p, salt)
    )
    cipher.derive_ahead(path, "ahead")
    db = open_database(str(path), passphrase="ahead")
    db.close()
    assert cipher.key_for_file(path, "ahead") == expected
    assert stretched == [expected.salt]
    assert cipher._AHEAD == {}


def test_a_wrong_passphrase_derived_ahead_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    open_database(str(path), create=True, passphrase="right").close()
    cipher.derive_ahead(path, "wrong")
    with pytest.raises(WrongPassphraseError):
        open_database(str(path), passphrase="wrong")


@pytest.mark.parametrize("kind", ["missing", "plaintext"])
def test_nothing_is_derived_ahead_for_a_file_without_a_salt(
    tmp_path: Path, sqlite_url: str, kind: str
) -> None:
    path = tmp_path / "nothing.sqlite3" if kind == "missing" else Path(sqlite_url[10:])
    cipher.derive_ahead(path, "p")
    assert cipher._AHEAD == {}


def test_the_window_derives_the_named_databases_key_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evactrack import app

    path = tmp_path / "cases.sqlite3"
    open_database(str(path), create=True, passphrase=TEST_PASSPHRASE).close()
    cipher._pbkdf2.cache_clear()
    monkeypatch.delenv("EVACTRACK_DB", raising=False)
    app.derive_key_ahead(None)  # which database is not known before the settings are read
    assert cipher._AHEAD == {}
    app.derive_key_ahead(str(path))
    [(passphrase, salt)] = cipher._AHEAD
    assert (passphrase, salt) == (TEST_PASSPHRASE, path.read_bytes()[: cipher.SALT_BYTES])
    assert cipher.derive(TEST_PASSPHRASE, salt) == cipher.key_for_file(path, TEST_PASSPHRASE)
    assert cipher._AHEAD == {}


def test_every_connection_gets_the_settings_that_keep_deleted_data_off_the_disk(
    tmp_path: Path,
) -> None:
    db = open_database(str(tmp_path / "cases.sqlite3"), create=True, passphrase="p")
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar_one() == 1
        assert connection.exec_driver_sql("PRAGMA temp_store").scalar_one() == 2  # MEMORY
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
    assert db.engine.hide_parameters
    db.close()


@pytest.mark.parametrize("passphrase", [None, "p"])
def test_a_bulk_write_has_a_large_page_cache_and_gives_it_back(
    tmp_path: Path, passphrase: str | None
) -> None:
    """An import's speed depends on the large cache, the desktop's memory on every other
    connection keeping SQLite's default (each pooled connection fills a cache of its own),
    also after a bulk write that failed."""
    path = tmp_path / "cases.sqlite3"
    db = open_database(str(path), create=True, passphrase=passphrase)

    def cache_size(session: Session) -> tuple[int, object]:
        connection = session.connection()
        size = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
        return size, connection.connection.driver_connection

    with db.reading() as session:
        default, pooled = cache_size(session)
    assert default == -READING_CACHE_KIB
    with db.transaction() as session:
        BulkWriter(session)
        assert cache_size(session) == (-BULK_CACHE_KIB, pooled)
    with db.reading() as session:
        assert cache_size(session) == (default, pooled)
    with pytest.raises(ZeroDivisionError), db.transaction() as session:
        BulkWriter(session)
        1 / 0  # noqa: B018 - a bulk write that fails half-way
    with db.reading() as session:
        assert cache_size(session) == (default, pooled)
    db.close()
    reading = make_engine(f"sqlite:///{path}", passphrase=passphrase, read_only=True)
    with reading.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar_one() == default
    reading.dispose()


@pytest.mark.parametrize("passphrase", ["' OR 1=1; --", 'x"y', "رمز عبور دری", "\\' \"", " "])
def test_any_passphrase_works(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "cases.sqlite3"
    open_database(str(path), create=True, passphrase=passphrase).close()
    db = open_database(str(path), passphrase=passphrase)
    assert db.encrypted
    db.close()
    with pytest.raises(WrongPassphraseError):
        open_database(str(path), passphrase=passphrase + "x")


def test_a_wrong_passphrase_is_one_line_changes_nothing_and_prints_nothing(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cases.sqlite3"
    open_database(str(path), create=True, passphrase="right").close()
    before = files(tmp_path)
    with pytest.raises(WrongPassphraseError) as info:
        open_database(str(path), passphrase="wrong")
    assert "wrong passphrase" in str(info.value) and "\n" not in str(info.value)
    assert files(tmp_path) == before
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_an_encrypted_file_without_a_passphrase_says_so(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    open_database(str(path), create=True, passphrase="right").close()
    with pytest.raises(DatabaseOpenError, match="passphrase is needed"):
        open_database(str(path))


def test_a_plaintext_file_stays_readable_without_a_passphrase(sqlite_url: str) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    assert cipher.file_kind(path) is FileKind.PLAINTEXT
    db = open_database(sqlite_url, passphrase="ignored for a plaintext file")
    assert not db.encrypted
    db.close()
    assert cipher.file_kind(path) is FileKind.PLAINTEXT


def test_file_kinds(tmp_path: Path) -> None:
    assert cipher.file_kind(tmp_path / "nothing") is FileKind.MISSING
    (tmp_path / "empty").touch()
    assert cipher.file_kind(tmp_path / "empty") is FileKind.MISSING
    with pytest.raises(DatabaseOpenError, match="empty"):
        cipher.derive("")


def test_a_sealed_dump_opens_only_with_its_passphrase_and_unchanged() -> None:
    dump = b"PGDMP" + b"Zarghuna Kakar +93701234567" * 100
    sealed = cipher.seal(dump, TEST_PASSPHRASE)
    assert cipher.is_sealed(sealed) and b"Zarghuna" not in sealed
    assert cipher.seal(dump, TEST_PASSPHRASE) != sealed  # a new salt and nonce each time
    assert cipher.unseal(sealed, TEST_PASSPHRASE) == dump
    with pytest.raises(WrongPassphraseError):
        cipher.unseal(sealed, "not it")
    damaged = bytearray(sealed)
    damaged[-40] ^= 1
    with pytest.raises(WrongPassphraseError, match="damaged"):
        cipher.unseal(bytes(damaged), TEST_PASSPHRASE)
    with pytest.raises(DatabaseOpenError, match="not an encrypted"):
        cipher.unseal(dump, TEST_PASSPHRASE)
