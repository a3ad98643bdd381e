"""Quitting: the real application, quit after an undoable change, ends at once and quietly.

It runs in a process of its own: what went wrong happened as Python shut down, after the
window had closed, where no in-process test can look."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from evactrack.domain.enums import CaseStatus
from evactrack.services import persons
from evactrack.services.context import Context, open_database
from evactrack.ui.main_window import MainWindow
from tests.conftest import log_in
from tests.factories import make_person

# The application as started by ``evactrack-gui``, with any error box written to stderr
# instead of waiting for OK. Once the list shows, a status change (an undo step) is made
# through the window, then Quit is chosen as from the menu.
SCRIPT = textwrap.dedent(
    """
    import sys, time, weakref
    from PySide6.QtCore import QTimer
    from evactrack import app
    from evactrack.domain.enums import CaseStatus
    from evactrack.ui import dialogs, main_window

    def box(kind):
        return lambda _parent, text, *_args, **_kwargs: print(kind, text, file=sys.stderr)

    for name in ("show_crash", "show_error", "show_warning", "show_info"):
        setattr(dialogs, name, box(name))
    # The start's own questions, answered as a caseworker would: keep the plaintext test
    # database as it is, and no site name yet.
    dialogs.ask_user = lambda *_args, **_kwargs: False
    main_window.MainWindow.ask_site_name_once = lambda _window: None
    shown = main_window.MainWindow.show

    def show(window):
        shown(window)
        QTimer.singleShot(0, lambda: change(weakref.ref(window)))

    def change(window):  # weakly: the test must not keep the window alive past main()
        if not window().case_list.model.ids:
            QTimer.singleShot(20, lambda: change(window))
            return
        ids = window().case_list.model.ids
        operation = window().run_bulk_status(ids, CaseStatus.VERIFIED, None)
        # Quit as a caseworker would, a moment later (at once, the window was spared).
        operation.signals.succeeded.connect(
            lambda _steps: QTimer.singleShot(200, lambda: quit_(window))
        )

    def quit_(window):
        assert window().undo_stack.canUndo()
        print("QUIT", time.time(), flush=True)
        window().quit_action.trigger()

    main_window.MainWindow.show = show
    sys.exit(app.main(["--db", sys.argv[1]]))
    """
)


def test_quit_after_an_undoable_change_is_prompt_and_shows_no_error(
    sqlite_url: str, tmp_path: Path
) -> None:
    database = open_database(sqlite_url)
    person = make_person(log_in(database), "Zahra", "Ahmadi").id
    database.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, sqlite_url],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    ended = time.time()
    assert done.returncode == 0, done.stderr
    for kind in ("show_crash", "show_error", "show_warning", "show_info"):
        assert kind not in done.stderr, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    quit_at = float(done.stdout.split("QUIT", 1)[1].split()[0])
    assert ended - quit_at < 5, f"{ended - quit_at:.1f} s from Quit to exit"
    database = open_database(sqlite_url)
    try:
        assert persons.get_person(log_in(database), person).status is CaseStatus.VERIFIED
    finally:
        database.close()


def test_a_closed_window_starts_no_work_when_its_undo_stack_changes(
    qtbot: QtBot, sqlite_ctx: Context, tmp_path: Path
) -> None:
    make_person(sqlite_ctx, "Zahra", "Ahmadi")
    settings = QSettings(str(tmp_path / "evactrack.ini"), QSettings.Format.IniFormat)
    window = MainWindow(sqlite_ctx, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.case_list.loaded):
        window.show()
    ids = window.case_list.model.ids
    with qtbot.waitSignal(window.case_list.loaded):
        window.run_bulk_status(ids, CaseStatus.VERIFIED, None)
    assert window.undo_stack.canUndo()
    window.close()
    qtbot.waitUntil(lambda: not window.case_list.busy)  # what ran when it closed has stopped
    window.undo_stack.clear()  # as when the window is destroyed
    assert not window.case_list.busy
