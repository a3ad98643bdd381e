"""The whole main window from the keyboard: search box and results, tabs, the Cases menu,
and Help → Keyboard shortcuts listing them all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from evactrack.domain.enums import CaseStatus
from evactrack.services.context import Context
from evactrack.ui.main_window import MainWindow
from evactrack.ui.views.shortcuts_dialog import ShortcutsDialog
from tests.factories import make_person
from tests.ui.modal import on_next_dialog


@pytest.fixture
def people(sqlite_ctx: Context) -> list[int]:
    return [
        make_person(sqlite_ctx, "Zahra", "Ahmadi").id,
        make_person(sqlite_ctx, "Bashir", "Karimi").id,
        make_person(sqlite_ctx, "Amin", "Sultani").id,
    ]


@pytest.fixture
def window(qtbot: QtBot, sqlite_ctx: Context, tmp_path: Path, people: list[int]) -> MainWindow:
    settings = QSettings(str(tmp_path / "evactrack.ini"), QSettings.Format.IniFormat)
    main = MainWindow(sqlite_ctx, settings)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.case_list.loaded):
        main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def _press(qtbot: QtBot, widget: QWidget, keys: str) -> None:
    combination = QKeySequence(keys)[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def _cases_menu_actions(window: MainWindow) -> list:
    [cases] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Cases"]
    return [a for a in cases.actions() if not a.isSeparator()]


def test_down_enters_the_results_and_enter_opens_the_person(
    qtbot: QtBot, window: MainWindow, people: list[int]
) -> None:
    search, table = window.case_list.search, window.case_list.table
    window.focus_search()
    qtbot.keyClicks(search, "Karimi")
    with qtbot.waitSignal(window.case_list.loaded):
        qtbot.keyClick(search, Qt.Key.Key_Down)  # before the search has even started
    assert QApplication.focusWidget() is table
    assert window.case_list.selected_ids() == [people[1]]
    with qtbot.waitSignal(window.case_list.open_person) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [people[1]]
    assert people[1] in window.details


def test_down_up_and_escape_move_between_the_box_and_the_list(
    qtbot: QtBot, window: MainWindow, people: list[int]
) -> None:
    search, table = window.case_list.search, window.case_list.table
    window.focus_search()
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is table
    assert window.case_list.current_id() == window.case_list.model.ids[0]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = window.case_list.model.ids[1]
    assert window.case_list.current_id() == second
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is table  # not from the second row
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is search
    qtbot.keyClick(search, Qt.Key.Key_Down)  # back to the person chosen before
    assert QApplication.focusWidget() is table
    assert window.case_list.current_id() == window.case_list.model.ids[0]
    window.focus_search()
    qtbot.keyClicks(search, "Ahm")
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""


def test_ctrl_1_to_4_switch_tabs(qtbot: QtBot, window: MainWindow) -> None:
    assert window.tabs.count() == 4
    for number in (2, 3, 4, 1):
        _press(qtbot, window.case_list.table, f"Ctrl+{number}")
        assert window.tabs.currentIndex() == number - 1
    assert [a.shortcut().toString() for a in window.tab_actions] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
        "Ctrl+4",
    ]


def test_every_cases_menu_action_has_its_own_shortcut(window: MainWindow) -> None:
    actions = _cases_menu_actions(window)
    assert len(actions) == 7
    assert all(not a.shortcut().isEmpty() for a in actions), [a.text() for a in actions]
    every = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(every) == len(set(every)), sorted(every)  # a shared shortcut fires neither


def test_ctrl_o_opens_the_selected_case(
    qtbot: QtBot, window: MainWindow, people: list[int]
) -> None:
    window.case_list.select_ids({people[2]})
    _press(qtbot, window.case_list.table, "Ctrl+O")
    assert list(window.details) == [people[2]]


def test_help_lists_every_shortcut_of_the_menus(
    qtbot: QtBot, window: MainWindow, people: list[int]
) -> None:
    window.run_bulk_status([people[0]], CaseStatus.CONTACTED, None)
    qtbot.waitUntil(window.undo_stack.canUndo)
    assert "status change" in window.undo_action.text()
    listed: list[list[str]] = []

    def read(dialog: ShortcutsDialog) -> None:
        table = dialog.table
        listed.extend([table.item(r, c).text() for c in range(3)] for r in range(table.rowCount()))
        dialog.reject()

    on_next_dialog(read)
    _press(qtbot, window.case_list.table, "F1")
    native = QKeySequence.SequenceFormat.NativeText
    rows = {(what, keys) for _where, what, keys in listed}
    for action in [*_cases_menu_actions(window), *window.tab_actions, window.find_action]:
        plain = action.text().replace("&", "").removesuffix("…")
        assert (plain, action.shortcut().toString(native)) in rows
    assert ["Cases", "Change status", "Ctrl+T"] in listed
    assert ["Search box", "Go to the results", "Down"] in listed
    assert ["Edit", "Undo", "Ctrl+Z"] in listed
    assert not any("status change" in cell for row in listed for cell in row)
    assert ["Case list", "Open the selected person", "Enter"] in listed
