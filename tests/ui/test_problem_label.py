"""A dialog that says what went wrong shows all of it, and all of its own text: a wrapped
label does not make its window taller by itself (the lock, login and passphrase dialogs cut
their text when a wrong password was said)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from evactrack.ui.views.lock_screen import UnlockDialog
from evactrack.ui.views.login_dialog import LoginDialog
from evactrack.ui.views.unlock_dialog import PassphraseDialog

PATH = Path("/home/caseworker/.local/share/evactrack/evactrack.sqlite3")


def whole(label: QLabel) -> bool:
    """The label has the height its text needs at its width."""
    return label.height() >= label.heightForWidth(label.width())


@pytest.mark.parametrize("kind", ["lock", "login", "first login", "passphrase", "new passphrase"])
def test_a_problem_said_and_the_dialog_s_own_text_are_shown_whole(qtbot: QtBot, kind: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs: dict[str, QDialog] = {
        "lock": UnlockDialog("alice", parent),
        "login": LoginDialog(parent),
        "first login": LoginDialog(parent, first=True),
        "passphrase": PassphraseDialog(PATH, parent),
        "new passphrase": PassphraseDialog(PATH, parent, new=True),
    }
    dialog = dialogs[kind]
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if label.wordWrap()]
    assert all(whole(label) for label in labels if label.isVisible())
    height = dialog.height()
    dialog.say(  # type: ignore[attr-defined]
        "Wrong user name or password; nothing was changed. Too many tries: wait 30 seconds "
        "before the next one."
    )
    qtbot.wait(10)
    assert dialog.height() > height
    problem: QLabel = dialog.problem  # type: ignore[attr-defined]
    assert problem.isVisible() and problem.text().startswith("Wrong")
    assert all(whole(label) for label in labels if label.isVisible())
