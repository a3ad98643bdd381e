"""GUI start: paths, logging, crash handler, open and upgrade the database, then the window."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from evactrack.config import (
    LAST_DATABASE,
    PASSPHRASE_VARIABLE,
    remember_password,
    resolve_db_url,
    resources_dir,
    settings_file,
    without_password,
)
from evactrack.domain.errors import EvactrackError, WrongPassphraseError
from evactrack.files import PRIVATE_FILE, private_folder, remove_leftovers, tighten
from evactrack.log import crash_report, log_file, setup_logging

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from evactrack.services.context import Context
    from evactrack.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error is logged and shown, both without its message or any value (they
    may quote a person); the application keeps running."""
    report = crash_report(kind, value, tb)
    log.error("unexpected error\n%s", report)
    from evactrack.ui import dialogs

    dialogs.show_crash(None, report, log_file())


def private_settings_file() -> Path:
    """The settings file, created 0600 in a 0700 folder before Qt writes it (Qt keeps an
    existing file's permissions when it saves)."""
    path = settings_file()
    private_folder(path.parent)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
    tighten(path)
    return path


def last_database(settings: QSettings) -> str:
    """The database used last time; a password an earlier version wrote beside it in clear
    moves to the keyring (if there is one) and out of the settings file."""
    last = str(settings.value(LAST_DATABASE, "") or "")
    if without_password(last) != last:
        settings.setValue(LAST_DATABASE, remember_password(last))
        settings.sync()
    return last


def database_to_open(given: str | None, last: str) -> str | None:
    """``--db``, then ``EVACTRACK_DB``, then the database used last time; ``None`` lets
    the configuration choose the embedded one."""
    if given:
        return given
    if os.environ.get("EVACTRACK_DB"):
        return None
    return last or None


def derive_key_ahead(given: str | None) -> None:
    """With the passphrase in the environment and the database named (``--db`` or
    ``EVACTRACK_DB``), its key is stretched in a thread while Qt and the window load, instead
    of before them (a sixth of the start on one core)."""
    passphrase = os.environ.get(PASSPHRASE_VARIABLE)
    named = given or os.environ.get("EVACTRACK_DB")
    if not passphrase or not named:
        return
    from evactrack.db import cipher
    from evactrack.db.engine import sqlite_path

    try:
        path = sqlite_path(resolve_db_url(named))
        if path is not None:
            cipher.derive_ahead(path, passphrase)
    except (EvactrackError, OSError):
        return  # the opening says what is wrong with it


def _daily_backup(ctx: Context) -> None:
    """An automatic backup at start when the last is more than a day old; a failure is
    logged and does not keep the caseworker from working."""
    from evactrack.services import backup

    try:
        backup.rotate_if_due(ctx)
    except (EvactrackError, OSError):
        log.warning("the automatic backup at start failed", exc_info=True)


class Termination:
    """SIGTERM (a logout, a shutdown, ``kill``) and Ctrl+C end the application as Quit does
    but without questions: every event loop ends, the writes given are done and the database
    closes. Qt runs no Python while it waits, so the signal wakes it through a socket."""

    def __init__(self, app: QApplication) -> None:
        from PySide6.QtCore import QSocketNotifier

        self.app = app
        self.requested = False
        self._reader, self._writer = socket.socketpair()
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, app)
        self._notifier.activated.connect(lambda: self._reader.recv(64))
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, self._end)

    def _end(self, number: int, _frame: object) -> None:
        log.info("ending on signal %s", signal.Signals(number).name)
        self.requested = True
        self.app.exit(0)


def application_icon() -> QIcon:
    """The icon of the title bar and the task bar, at every size shipped."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for image in sorted((resources_dir() / "icons").glob("evactrack-*.png")):
        icon.addFile(str(image))
    return icon


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="evactrack-gui", description="evactrack desktop")
    parser.add_argument("--db", help="database URL or SQLite file (default: embedded database)")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    setup_logging()
    remove_leftovers()
    derive_key_ahead(args.db)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from evactrack.ui import dialogs, i18n
    from evactrack.ui.garbage import GuiThreadCollector
    from evactrack.ui.views.first_run import FirstRunWizard, demo_database_url, first_run_due
    from evactrack.ui.views.login_dialog import log_in
    from evactrack.ui.views.unlock_dialog import open_unlocked

    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("evactrack")
    app.setOrganizationName("evactrack")
    app.setDesktopFileName("evactrack")  # the menu entry (packaging/evactrack.desktop)
    app.setWindowIcon(application_icon())
    GuiThreadCollector(app)  # owned by the application
    termination = Termination(app)
    settings = QSettings(str(private_settings_file()), QSettings.Format.IniFormat)
    i18n.install(app, i18n.chosen_language(settings))
    sys.excepthook = _excepthook
    last = last_database(settings)
    url = database_to_open(args.db, last)
    if first_run_due(url):
        wizard = FirstRunWizard(settings)
        if not wizard.exec() or wizard.ctx is None:
            return 1
        ctx = wizard.ctx
        if wizard.demo_chosen:
            settings.setValue(LAST_DATABASE, demo_database_url())
        return run_window(app, ctx, settings, termination)
    try:
        # The embedded database is made on first start, as ``evactrack init`` would; a path
        # given, or remembered, where there is none is an error, never a new empty database.
        db = open_unlocked(None, url, create=url is None and not os.environ.get("EVACTRACK_DB"))
    except EvactrackError as exc:
        if not last or url != last or isinstance(exc, WrongPassphraseError):
            dialogs.show_error(None, exc)
            return 1
        log.warning("the last database cannot be opened; using the default one")
        settings.remove(LAST_DATABASE)
        try:
            db = open_unlocked(None, None, create=not os.environ.get("EVACTRACK_DB"))
        except EvactrackError as again:
            dialogs.show_error(None, again)
            return 1
    if db is None:  # the caseworker cancelled the passphrase
        return 1
    if args.db:
        settings.setValue(LAST_DATABASE, remember_password(args.db))
    try:
        logged_in = log_in(None, db)
    except EvactrackError as exc:
        dialogs.show_error(None, exc)
        logged_in = None
    if logged_in is None:
        db.close()
        return 1
    _daily_backup(logged_in)
    return run_window(app, logged_in, settings, termination, opened=True)


def run_window(
    app: QApplication,
    ctx: Context,
    settings: QSettings,
    termination: Termination,
    *,
    opened: bool = False,
) -> int:
    """The main window until it closes. An ``opened`` database (not made by the first run,
    which asked for the site name) may still need its site name."""
    from PySide6.QtCore import Qt

    from evactrack.ui.main_window import MainWindow

    window = MainWindow(ctx, settings)
    window.case_list.screen_shown.connect(
        lambda: log.info("first screen shown"), Qt.ConnectionType.SingleShotConnection
    )  # how long a caseworker waits for the list, measured (tests/bench/bench_bundle.py)
    window.show()
    log.info("window shown")
    window.follow_colleagues()
    window.show_database_notices()
    if opened:
        window.ask_site_name_once()
    code = 0 if termination.requested else app.exec()
    shut_down(window)
    return code


def shut_down(window: MainWindow) -> None:
    """In this order: the workers end (the writes given are done), the window goes while
    Python is whole (its undo stack signals as it is destroyed), the database closes last."""
    from shiboken6 import Shiboken

    from evactrack.ui import tasks

    db = window.ctx.db
    window.stop_work()  # if the application was told to quit without closing the window
    tasks.stop_workers()
    Shiboken.delete(window)
    db.close()
