"""The main window. (A plain shell for now: the desktop issue fills it.)"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from evactrack.services.context import Context


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(f"evactrack — {ctx.db.url}")
        self.setCentralWidget(QLabel("evactrack"))
        self.resize(1200, 800)
