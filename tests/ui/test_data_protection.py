"""The window's part in data protection: notices about how the database was opened, the
emergency wipe behind a typed word, and no server password in the settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from evactrack.app import last_database, private_settings_file
from evactrack.domain.enums import Role
from evactrack.services.context import Actor, Context, open_database
from evactrack.ui import dialogs
from evactrack.ui.main_window import LAST_DATABASE, MainWindow
from evactrack.ui.views.case_list import COUNTS_DELAY_MS
from tests.conftest import log_in
from tests.factories import make_person


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "evactrack.ini"), QSettings.Format.IniFormat)


def shown(qtbot: QtBot, ctx: Context, settings: QSettings) -> MainWindow:
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.case_list.loaded):
        window.show()
    return window


def test_a_read_only_database_is_announced(
    qtbot: QtBot,
    sqlite_url: str,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == path else real(p, mode))
    db = open_database(sqlite_url)
    try:
        window = shown(qtbot, log_in(db), settings)
        window.show_database_notices()
        assert len(messages) == 1
        assert "open for reading only" in messages[0] and "Copy it to a folder" in messages[0]
        assert "attempt to write" not in messages[0]
    finally:
        db.close()


def test_a_database_others_could_read_is_announced(
    qtbot: QtBot, sqlite_url: str, settings: QSettings, messages: list[str]
) -> None:
    Path(sqlite_url.removeprefix("sqlite:///")).chmod(0o644)
    db = open_database(sqlite_url)
    try:
        window = shown(qtbot, log_in(db), settings)
        window.show_database_notices()
        assert messages == [
            "The database file could be read by other accounts on this computer. "
            "It is now readable by you only."
        ]
    finally:
        db.close()


def test_the_wipe_asks_for_the_typed_word(
    qtbot: QtBot,
    sqlite_ctx: Context,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    make_person(sqlite_ctx, "Zahra", "Ahmadi")
    database = Path(str(sqlite_ctx.db.engine.url.database))
    settings.setValue(LAST_DATABASE, str(database))
    window = shown(qtbot, sqlite_ctx, settings)
    asked: list[str] = []

    def answer(word: str | None):  # type: ignore[no-untyped-def]
        def ask(_parent: object, label: str, *_a: object, **_k: object) -> str | None:
            asked.append(label)
            return word

        return ask

    monkeypatch.setattr(dialogs, "ask_text", answer(None))  # cancelled
    window.wipe_action.trigger()
    monkeypatch.setattr(dialogs, "ask_text", answer("wipe it"))
    window.wipe_action.trigger()
    assert database.exists() and window.isVisible()
    assert messages == ["The word was not typed as asked: nothing was wiped."]
    assert "Type WIPE to confirm" in asked[0] and "Nothing can be recovered" in asked[0]

    monkeypatch.setattr(dialogs, "ask_text", answer(" WIPE "))
    window.wipe_action.trigger()
    assert not database.exists()
    assert messages[-1].startswith("Wiped: ") and "evactrack closes now" in messages[-1]
    assert not window.isVisible()
    qtbot.wait(COUNTS_DELAY_MS * 6)  # what was loading when the files went shows no error
    assert len(messages) == 2
    settings.sync()
    assert settings.value(LAST_DATABASE) is None


def test_only_an_administrator_sees_the_wipe_enabled(
    qtbot: QtBot, sqlite_ctx: Context, settings: QSettings
) -> None:
    caseworker = Context(sqlite_ctx.db, Actor(None, "caseworker", Role.CASEWORKER))
    assert not shown(qtbot, caseworker, settings).wipe_action.isEnabled()
    assert shown(qtbot, sqlite_ctx, settings).wipe_action.isEnabled()


@pytest.mark.pg
def test_a_server_password_is_not_kept_in_the_settings(
    qtbot: QtBot,
    sqlite_ctx: Context,
    pg_url: str,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The trust-auth test server ignores the password; the settings file must not hold it."""
    monkeypatch.setenv("EVACTRACK_NO_KEYRING", "1")
    with_password = pg_url.replace("postgres@", "postgres:Kabul-2021-secret@", 1)
    assert "Kabul-2021-secret" in with_password
    window = shown(qtbot, sqlite_ctx, settings)
    assert window.switch_database(with_password)
    settings.sync()
    stored = (tmp_path / "evactrack.ini").read_text(encoding="utf-8")
    assert "last_database=" in stored and "postgres@127.0.0.1" in stored
    assert "Kabul-2021-secret" not in stored
    window.ctx.db.close()


def test_the_settings_file_is_private_from_its_first_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Created 0600 in a 0700 folder before Qt writes it, and Qt's saves keep that; an
    existing file others could read is narrowed."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    old = os.umask(0o022)
    try:
        path = private_settings_file()
        settings = QSettings(str(path), QSettings.Format.IniFormat)
        settings.setValue("language", "fr")
        settings.sync()
    finally:
        os.umask(old)
    assert path.read_text(encoding="utf-8") == "[General]\nlanguage=fr\n"
    assert path.stat().st_mode & 0o777 == 0o600
    assert {oct(p.stat().st_mode & 0o777) for p in (path.parent, path.parent.parent)} == {"0o700"}
    path.chmod(0o644)
    assert private_settings_file() == path and path.stat().st_mode & 0o777 == 0o600


def test_a_password_written_in_clear_leaves_the_settings_file(
    settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVACTRACK_NO_KEYRING", "1")
    settings.setValue(LAST_DATABASE, "postgresql://caseworker:Kabul-2021@10.0.0.5/cases")
    settings.sync()
    assert last_database(settings) == "postgresql://caseworker:Kabul-2021@10.0.0.5/cases"
    stored = (tmp_path / "evactrack.ini").read_text(encoding="utf-8")
    assert "Kabul-2021" not in stored and "caseworker@10.0.0.5/cases" in stored


def test_a_server_password_is_asked_shown_as_dots_and_not_remembered_in_clear(
    qtbot: QtBot,
    sqlite_ctx: Context,
    sqlite_url: str,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from evactrack.domain.errors import PasswordRequiredError
    from evactrack.ui.views import unlock_dialog

    monkeypatch.setenv("EVACTRACK_NO_KEYRING", "1")
    server = "postgresql://caseworker@10.0.0.5/cases"
    opened: list[str | None] = []
    real_open = unlock_dialog.open_database

    def open_database(url: str | None, **options: object):  # type: ignore[no-untyped-def]
        opened.append(url)
        if len(opened) == 1:
            raise PasswordRequiredError("cannot open database 10.0.0.5/cases: password")
        return real_open(sqlite_url)

    monkeypatch.setattr(unlock_dialog, "open_database", open_database)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_password", lambda _p, label: asked.append(label) or "Kabul")
    window = shown(qtbot, sqlite_ctx, settings)
    assert window.switch_database(server)
    assert asked == [f"Password for {server}:"]
    assert opened == [server, "postgresql+psycopg://caseworker:Kabul@10.0.0.5/cases"]
    settings.sync()
    stored = (tmp_path / "evactrack.ini").read_text(encoding="utf-8")
    assert "caseworker@10.0.0.5/cases" in stored and "Kabul" not in stored
    window.ctx.db.close()
