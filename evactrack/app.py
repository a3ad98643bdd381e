"""GUI start: paths, logging, crash handler, open and upgrade the database, then the window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from evactrack.domain.errors import EvactrackError, WrongPassphraseError
from evactrack.log import setup_logging

if TYPE_CHECKING:
    from evactrack.services.context import Context

log = logging.getLogger(__name__)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error is logged and shown; the application keeps running."""
    log.error("uncaught exception", exc_info=(kind, value, tb))
    from evactrack.ui import dialogs

    details = "".join(traceback.format_exception(kind, value, tb))
    dialogs.show_crash(None, details)


def database_to_open(given: str | None, last: str) -> str | None:
    """``--db``, then ``EVACTRACK_DB``, then the database used last time; ``None`` lets
    the configuration choose the embedded one."""
    if given:
        return given
    if os.environ.get("EVACTRACK_DB"):
        return None
    return last or None


def _daily_backup(ctx: Context) -> None:
    """An automatic backup at start when the last is more than a day old; a failure is
    logged and does not keep the caseworker from working."""
    from evactrack.services import backup

    try:
        backup.rotate_if_due(ctx)
    except (EvactrackError, OSError):
        log.warning("the automatic backup at start failed", exc_info=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="evactrack-gui", description="evactrack desktop")
    parser.add_argument("--db", help="database URL or SQLite file (default: embedded database)")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    setup_logging()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from evactrack.services.context import context_for
    from evactrack.ui import dialogs, i18n
    from evactrack.ui.garbage import GuiThreadCollector
    from evactrack.ui.main_window import LAST_DATABASE, MainWindow
    from evactrack.ui.views.unlock_dialog import open_unlocked

    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("evactrack")
    app.setOrganizationName("evactrack")
    GuiThreadCollector(app)  # owned by the application
    settings = QSettings()
    i18n.install(app, i18n.chosen_language(settings))
    sys.excepthook = _excepthook
    last = str(settings.value(LAST_DATABASE, "") or "")
    url = database_to_open(args.db, last)
    try:
        db = open_unlocked(None, url)
    except EvactrackError as exc:
        if not last or url != last or isinstance(exc, WrongPassphraseError):
            dialogs.show_error(None, exc)
            return 1
        log.warning("the last database cannot be opened; using the default one")
        settings.remove(LAST_DATABASE)
        try:
            db = open_unlocked(None, None)
        except EvactrackError as again:
            dialogs.show_error(None, again)
            return 1
    if db is None:  # the caseworker cancelled the passphrase
        return 1
    if args.db:
        settings.setValue(LAST_DATABASE, args.db)
    ctx = context_for(db)
    _daily_backup(ctx)
    window = MainWindow(ctx, settings)
    window.show()
    code = app.exec()
    window.ctx.db.close()
    return code
