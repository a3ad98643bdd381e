"""Help → User guide (the bundled Markdown guide, offline) and Help → About."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evactrack import config
from evactrack.services import about
from evactrack.services.context import Context
from evactrack.ui import i18n
from evactrack.ui.i18n import arg


class GuideDialog(QDialog):
    """The user guide, read from the application's resources; links between its pages and
    its images are relative, as on GitHub; links out of it open nowhere (offline)."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(900, 700)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.guide = config.guide_file(language or i18n.chosen_language())
        self.browser.setSource(
            QUrl.fromLocalFile(str(self.guide)), QTextDocument.ResourceType.MarkdownResource
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


class AboutDialog(QDialog):
    """The version, the database in use (schema, encryption) and the licences of what
    evactrack ships with, for support and for the licences' own terms."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About evactrack"))
        facts = about.about(ctx)
        if facts.server:
            encryption = self.tr("on a database server (protect its connection with TLS)")
        elif facts.encrypted:
            encryption = self.tr("encrypted (SQLCipher)")
        else:
            encryption = self.tr("not encrypted")
        rows = "".join(
            f"<tr><td>{lib.name}</td><td>{lib.version}</td><td>{lib.licence}</td></tr>"
            for lib in facts.libraries
        )
        fonts = config.fonts_dir() / "OFL.txt"
        text = (
            f"<h3>evactrack {facts.version}</h3>"
            + "<p>"
            + self.tr("Case tracking for crisis evacuations. Licence: GPL-3.0-or-later.")
            + "</p><p>"
            + arg(self.tr("Database: %1"), _escape(facts.database))
            + "<br>"
            + arg(self.tr("Schema version: %1"), facts.schema or "?")
            + "<br>"
            + arg(self.tr("Storage: %1"), encryption)
            + "</p><p>"
            + arg(
                self.tr("Fonts: Noto Sans and Noto Naskh Arabic, %1 (%2)."),
                about.FONTS_LICENCE,
                _escape(str(fonts)),
            )
            + "</p><table cellspacing='6'><tr><th align='left'>"
            + self.tr("Library")
            + "</th><th align='left'>"
            + self.tr("Version")
            + "</th><th align='left'>"
            + self.tr("Licence")
            + f"</th></tr>{rows}</table>"
        )
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
