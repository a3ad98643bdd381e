"""Encrypted backups, restore (checked first, the replaced database kept, atomic) and the
rotating backups in the data folder."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from evactrack.config import backups_dir
from evactrack.db import cipher
from evactrack.db.cipher import FileKind
from evactrack.db.models import AuditEvent
from evactrack.demo import generate
from evactrack.domain.enums import AuditAction
from evactrack.domain.errors import RestoreError, WrongPassphraseError
from evactrack.services import audit, backup, encryption, imports, settings, stats
from evactrack.services.context import Context, open_database
from tests.conftest import TEST_PASSPHRASE, log_in
from tests.factories import make_person


def path_of(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts(path: Path, passphrase: str | None) -> dict[str, int]:
    key = cipher.key_for_file(path, passphrase) if passphrase else None
    connection = cipher.connect(path, key)
    try:
        return encryption.table_counts(connection)
    finally:
        connection.close()


def test_a_backup_of_an_encrypted_database_is_encrypted_with_its_key(
    encrypted_ctx: Context, tmp_path: Path
) -> None:
    make_person(encrypted_ctx, "Zarghuna", "Kakar")
    target = tmp_path / "copy.sqlite3"
    result = backup.back_up(encrypted_ctx, target)
    assert result.persons == 1
    assert cipher.file_kind(target) is FileKind.ENCRYPTED
    assert b"Zarghuna" not in target.read_bytes()
    assert counts(target, TEST_PASSPHRASE)["persons"] == 1
    assert encryption.verify(f"sqlite:///{target}", TEST_PASSPHRASE) == []


def test_restore_round_trip_brings_every_row_back_and_keeps_the_replaced_database(
    encrypted_ctx: Context, encrypted_sqlite_url: str, tmp_path: Path
) -> None:
    generate(encrypted_ctx, 120, seed=5)
    saved = tmp_path / "saved.sqlite3"
    backup.back_up(encrypted_ctx, saved)
    expected = counts(saved, TEST_PASSPHRASE)
    make_person(encrypted_ctx, "After", "Backup")
    encrypted_ctx.db.close()
    now = counts(path_of(encrypted_sqlite_url), TEST_PASSPHRASE)
    assert now["persons"] == expected["persons"] + 1

    result = backup.restore(encrypted_sqlite_url, saved, TEST_PASSPHRASE, encrypted_ctx.actor)

    path = path_of(encrypted_sqlite_url)
    assert result.persons == expected["persons"]
    restored = counts(path, TEST_PASSPHRASE)
    assert restored == {**expected, "audit_events": expected["audit_events"] + 1}
    assert cipher.file_kind(path) is FileKind.ENCRYPTED
    assert encryption.verify(encrypted_sqlite_url, TEST_PASSPHRASE) == []
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert result.replaced is not None and result.replaced.parent == backups_dir()
    assert counts(result.replaced, TEST_PASSPHRASE) == now
    leftovers = [p.name for p in path.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []
    db = open_database(encrypted_sqlite_url, passphrase=TEST_PASSPHRASE)
    _restore_is_the_last_event(log_in(db), encrypted_ctx.actor.username, saved)
    db.close()


def _restore_is_the_last_event(ctx: Context, username: str, source: Path) -> None:
    """The restored database's audit trail ends with the restore, by name, and verifies."""
    with ctx.db.reading() as session:
        last = session.execute(
            select(AuditEvent.action, AuditEvent.username, AuditEvent.new_value)
            .where(AuditEvent.action == AuditAction.RESTORE)
            .order_by(AuditEvent.id.desc())
            .limit(1)
        ).one()
    assert tuple(last) == (AuditAction.RESTORE, username, str(source))
    check = audit.verify(ctx)
    assert check.intact, check.problem


def test_a_damaged_backup_is_refused_with_the_reason_and_changes_nothing(
    encrypted_ctx: Context, encrypted_sqlite_url: str, tmp_path: Path
) -> None:
    generate(encrypted_ctx, 150, seed=2)
    saved = tmp_path / "saved.sqlite3"
    backup.back_up(encrypted_ctx, saved)
    encrypted_ctx.db.close()
    data = bytearray(saved.read_bytes())
    at = len(data) // 2 // 4096 * 4096 + 200
    data[at : at + 32] = bytes(32)
    saved.write_bytes(bytes(data))
    path = path_of(encrypted_sqlite_url)
    before = digest(path)
    with pytest.raises(RestoreError, match="damaged") as info:
        backup.restore(encrypted_sqlite_url, saved, TEST_PASSPHRASE)
    assert "nothing was restored" in str(info.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.sqlite3", "saved.sqlite3"]
    assert list(backups_dir().iterdir()) == []


def test_a_backup_the_passphrase_does_not_open_or_not_a_backup_is_refused(
    encrypted_ctx: Context, encrypted_sqlite_url: str, tmp_path: Path
) -> None:
    saved = tmp_path / "saved.sqlite3"
    backup.back_up(encrypted_ctx, saved)
    encrypted_ctx.db.close()
    encryption.change_passphrase(f"sqlite:///{saved}", TEST_PASSPHRASE, "another")
    with pytest.raises(RestoreError, match="passphrase does not open the backup"):
        backup.restore(encrypted_sqlite_url, saved, TEST_PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        backup.restore(encrypted_sqlite_url, saved, "another")  # not the database's
    notes = tmp_path / "notes.sqlite3"
    notes.write_bytes(b"SQLite format 3\x00" + bytes(4000))
    with pytest.raises(RestoreError):
        backup.restore(encrypted_sqlite_url, notes, TEST_PASSPHRASE)
    with pytest.raises(RestoreError, match="missing or empty"):
        backup.restore(encrypted_sqlite_url, tmp_path / "nothing", TEST_PASSPHRASE)
    with pytest.raises(RestoreError, match="database itself"):
        backup.restore(encrypted_sqlite_url, path_of(encrypted_sqlite_url), TEST_PASSPHRASE)


def test_a_plaintext_backup_is_restored_encrypted(sqlite_ctx: Context, tmp_path: Path) -> None:
    """A backup made by an earlier version (plaintext) comes back encrypted."""
    make_person(sqlite_ctx, "Old", "Version")
    old = tmp_path / "old.sqlite3"
    backup.back_up(sqlite_ctx, old)
    sqlite_ctx.db.close()
    other = tmp_path / "other.sqlite3"
    open_database(str(other), create=True, passphrase=TEST_PASSPHRASE).close()
    result = backup.restore(str(other), old, TEST_PASSPHRASE)
    assert result.persons == 1
    assert cipher.file_kind(other) is FileKind.ENCRYPTED


def test_rotating_backups_keep_the_last_n(encrypted_ctx: Context) -> None:
    settings.put(encrypted_ctx, settings.BACKUPS_KEPT, "3")
    made = [backup.rotate(encrypted_ctx, "test") for _ in range(5)]
    kept = backup.rotating_backups(encrypted_ctx)
    assert kept == made[-3:]
    folder = backups_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in kept:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert cipher.file_kind(path) is FileKind.ENCRYPTED
    assert sorted(folder.iterdir()) == kept


def test_seven_are_kept_by_default(encrypted_ctx: Context) -> None:
    for _ in range(9):
        backup.rotate(encrypted_ctx, "test")
    assert len(backup.rotating_backups(encrypted_ctx)) == 7


def test_a_daily_backup_only_when_the_last_is_older_than_a_day(encrypted_ctx: Context) -> None:
    first = backup.rotate_if_due(encrypted_ctx)
    assert first is not None
    assert backup.rotate_if_due(encrypted_ctx) is None
    day_ago = (datetime.now(UTC) - timedelta(days=1, minutes=1)).timestamp()
    os.utime(first, (day_ago, day_ago))
    assert backup.rotate_if_due(encrypted_ctx) is not None


def test_an_import_and_its_undo_are_preceded_by_a_backup(
    encrypted_ctx: Context, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("First Name,Last Name\nAhmad,Rahimi\n", encoding="utf-8")
    imports.run_import(encrypted_ctx, path, dry_run=True)
    assert backup.rotating_backups(encrypted_ctx) == []
    result = imports.run_import(encrypted_ctx, path)
    before_import = backup.rotating_backups(encrypted_ctx)
    assert [p.name.endswith("-before-import.sqlite3") for p in before_import] == [True]
    assert counts(before_import[0], TEST_PASSPHRASE)["persons"] == 0
    imports.undo_import(encrypted_ctx, result.batch_id)
    names = [p.name for p in backup.rotating_backups(encrypted_ctx)]
    assert names[-1].endswith("-before-undo-import.sqlite3")


@pytest.mark.pg
@pytest.mark.pg_client
def test_a_postgresql_restore_round_trip_from_a_sealed_dump(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    ctx = log_in(db)
    generate(ctx, 40, seed=3)
    sealed = tmp_path / "cases.dump"
    backup.back_up(ctx, sealed, passphrase=TEST_PASSPHRASE)
    make_person(ctx, "After", "Backup")
    db.close()
    with pytest.raises(RestoreError, match="refused"):
        backup.restore(pg_url, sealed, "not the passphrase")
    damaged = tmp_path / "damaged.dump"
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 1
    damaged.write_bytes(bytes(data))
    with pytest.raises(RestoreError, match="refused"):
        backup.restore(pg_url, damaged, TEST_PASSPHRASE)
    result = backup.restore(pg_url, sealed, TEST_PASSPHRASE, ctx.actor)
    assert result.persons == 40
    assert result.replaced is not None and result.replaced.parent == backups_dir()
    assert cipher.is_sealed(result.replaced.read_bytes())
    db = open_database(pg_url)
    try:
        assert stats.overview(log_in(db)).total == 40
        _restore_is_the_last_event(log_in(db), ctx.actor.username, sealed)
    finally:
        db.close()
