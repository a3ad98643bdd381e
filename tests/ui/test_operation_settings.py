"""The site name: asked once at an administrator's first start, editable by an admin only;
and the interface language applied without a restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from pytestqt.qtbot import QtBot

from evactrack.domain.enums import Role
from evactrack.services import settings
from evactrack.services.context import Actor, Context
from evactrack.ui.main_window import MainWindow
from evactrack.ui.views.operation_settings import OperationSettingsDialog
from tests.conftest import account
from tests.factories import make_person
from tests.ui.modal import on_next_dialog


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "evactrack.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def same_locale_afterwards() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def _window(qtbot: QtBot, ctx: Context, qsettings: QSettings) -> MainWindow:
    window = MainWindow(ctx, qsettings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.case_list.loaded):
        window.show()
    return window


def _type_site_name(name: str) -> list[OperationSettingsDialog]:
    def answer(dialog: OperationSettingsDialog) -> None:
        dialog.site_name.setText(name)
        dialog.accept()

    return on_next_dialog(answer)  # type: ignore[return-value]


def test_an_admin_is_asked_for_the_site_name_once(
    qtbot: QtBot, sqlite_ctx: Context, qsettings: QSettings, messages: list[str]
) -> None:
    assert sqlite_ctx.actor.role is Role.ADMIN
    window = _window(qtbot, sqlite_ctx, qsettings)
    asked = _type_site_name("  Kabul   airport cell ")
    window.ask_site_name_once()
    assert len(asked) == 1
    assert settings.get(sqlite_ctx, settings.SITE_NAME) == "Kabul airport cell"
    window.ask_site_name_once()  # named now: nothing opens
    assert len(asked) == 1 and messages == []


def test_an_empty_name_is_explained_and_nothing_saved(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    dialog = OperationSettingsDialog(sqlite_ctx, first_run=True)
    qtbot.addWidget(dialog)
    dialog.site_name.setText("   ")
    dialog.accept()
    assert messages == ["Type the site name the reports should print."]
    assert dialog.result() != OperationSettingsDialog.DialogCode.Accepted
    assert settings.get(sqlite_ctx, settings.SITE_NAME) == ""


def test_only_an_admin_sees_and_may_change_the_operation_settings(
    qtbot: QtBot, sqlite_ctx: Context, qsettings: QSettings, messages: list[str]
) -> None:
    caseworker = account(sqlite_ctx, "carla")
    assert caseworker.actor.role is Role.CASEWORKER
    window = _window(qtbot, caseworker, qsettings)
    assert not window.operation_settings_action.isVisible()
    window.ask_site_name_once()  # never asked: the dialog would open and wait
    dialog = OperationSettingsDialog(caseworker)
    qtbot.addWidget(dialog)
    dialog.site_name.setText("Somewhere")
    dialog.accept()
    assert messages and "not an administrator" in messages[0]
    assert settings.get(sqlite_ctx, settings.SITE_NAME) == ""
    admin = _window(qtbot, sqlite_ctx, qsettings)
    assert admin.operation_settings_action.isVisible()
    assert caseworker.actor == Actor(caseworker.actor.user_id, "carla", Role.CASEWORKER)


@pytest.mark.usefixtures("same_locale_afterwards")
def test_the_language_changes_without_a_restart(
    qtbot: QtBot, sqlite_ctx: Context, qsettings: QSettings, messages: list[str]
) -> None:
    make_person(sqlite_ctx, "Zahra", "Ahmadi")
    window = _window(qtbot, sqlite_ctx, qsettings)
    window.tabs.setCurrentIndex(1)
    window.choose_language("fr")
    qtbot.waitUntil(lambda: window.case_list.table.model().rowCount() == 1)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&Fichier"
    assert window.tabs.tabText(0) == "Dossiers"
    assert window.tabs.currentIndex() == 1, "the tab in use stays in use"
    header = window.case_list.table.model().headerData(0, Qt.Orientation.Horizontal)
    assert header == "Nom"
    shortcuts = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "no shortcut left twice (ambiguous)"
    window.choose_language("en")
    qtbot.waitUntil(lambda: window.case_list.table.model().rowCount() == 1)
    assert window.menuBar().actions()[0].text() == "&File"
    assert messages == []
