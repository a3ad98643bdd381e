"""Write PNG screenshots of the main views, on demo data, for the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py

Makes a demo database (2,000 persons, seed 1) in a temporary folder unless ``--db`` names
one, opens the real main window, shows each tab in turn and saves it to
``resources/screenshots/<tab>.png``. No real person's data is ever shown.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget  # noqa: E402

from evactrack.services import demo  # noqa: E402
from evactrack.services.context import context_for, open_database  # noqa: E402
from evactrack.ui import dialogs  # noqa: E402
from evactrack.ui.main_window import MainWindow  # noqa: E402
from evactrack.ui.views.movements_view import MovementsBoard  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "screenshots"
SIZE = (1440, 900)
DEMO_PEOPLE = 2000


def settle(app: QApplication, seconds: float = 0.6) -> None:
    """Let background loads finish and their results reach the widgets."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QThreadPool.globalInstance().waitForDone(50)
        app.processEvents()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.replace("&", "").lower()).strip("-") or "view"


def choose_busy_movement(board: MovementsBoard) -> None:
    """Show a movement with people on it, so the manifest is not empty."""
    rows = board.movements.rows
    busiest = max(rows, key=lambda m: m.headcount.expected, default=None)
    if busiest is not None:
        board.select_movement(busiest.id)


def shoot(app: QApplication, window: QWidget, out: Path) -> list[Path]:
    """Save every tab of the window's tab widget; returns the files written."""
    tabs = window.findChild(QTabWidget)
    if tabs is None:
        raise SystemExit("the main window has no tabs to photograph")
    out.mkdir(parents=True, exist_ok=True)
    window.resize(*SIZE)
    window.show()
    settle(app)
    written: list[Path] = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(app)
        page = tabs.widget(index)
        if isinstance(page, MovementsBoard):
            choose_busy_movement(page)
            settle(app, 0.2)
        path = out / f"{slug(tabs.tabText(index))}.png"
        if not window.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        written.append(path)
    return written


def _stop(_parent: object, error: object, *_args: object) -> None:
    """Nobody is there to close a message box: report the error and stop."""
    print(f"screenshots: {error}", file=sys.stderr)
    os._exit(1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing demo database (default: make one)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default: {OUT})")
    args = parser.parse_args(argv)
    for name in ("show_error", "show_warning", "show_crash"):
        setattr(dialogs, name, _stop)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(args.db or str(Path(tmp) / "demo.sqlite3"), create=True)
        try:
            if not args.db:
                demo.generate(context_for(db, "demo"), DEMO_PEOPLE, seed=1)
            settings = QSettings(str(Path(tmp) / "gui.ini"), QSettings.Format.IniFormat)
            window = MainWindow(context_for(db, "demo"), settings)
            for path in shoot(app, window, args.out):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
            window.close()
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
