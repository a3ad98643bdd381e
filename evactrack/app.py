"""GUI start: paths, logging, crash handler, open and upgrade the database, then the window."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from types import TracebackType

from evactrack.domain.errors import EvactrackError
from evactrack.log import setup_logging

log = logging.getLogger(__name__)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error is logged and shown; the application keeps running."""
    log.error("uncaught exception", exc_info=(kind, value, tb))
    from evactrack.ui import dialogs

    details = "".join(traceback.format_exception(kind, value, tb))
    dialogs.show_crash(None, details)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="evactrack-gui", description="evactrack desktop")
    parser.add_argument("--db", help="database URL or SQLite file (default: embedded database)")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    setup_logging()

    from PySide6.QtWidgets import QApplication

    from evactrack.services.context import context_for, open_database
    from evactrack.ui import dialogs
    from evactrack.ui.main_window import MainWindow

    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("evactrack")
    app.setOrganizationName("evactrack")
    try:
        db = open_database(args.db)
    except EvactrackError as exc:
        dialogs.show_error(None, exc)
        return 1
    sys.excepthook = _excepthook
    window = MainWindow(context_for(db))
    window.show()
    code = app.exec()
    db.close()
    return code
