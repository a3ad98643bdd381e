"""Help: the user guide offline with its images, About, and the crash report's privacy."""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from evactrack import __version__
from evactrack.app import _excepthook
from evactrack.log import crash_report, log_file
from evactrack.services.context import Context
from evactrack.ui import dialogs
from evactrack.ui.views.help import AboutDialog, GuideDialog

PERSON = "Amina Karimi"


def test_the_guide_opens_offline_with_its_images(qtbot: QtBot) -> None:
    for language, heading in (("en", "evactrack user guide"), ("fr", "Guide de l'utilisateur")):
        dialog = GuideDialog(None, language)
        qtbot.addWidget(dialog)
        browser = dialog.browser
        assert heading in browser.toPlainText()
        images = re.findall(r"!\[[^]]*\]\(([^)]+)\)", dialog.guide.read_text(encoding="utf-8"))
        assert len(images) >= 5
        for name in images:
            data = browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(name))
            image = data if isinstance(data, QImage) else QImage.fromData(data)
            assert not image.isNull(), name


def test_about_names_the_version_the_database_and_the_licences(
    qtbot: QtBot, encrypted_ctx: Context
) -> None:
    dialog = AboutDialog(encrypted_ctx)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert f"evactrack {__version__}" in text
    assert encrypted_ctx.db.url in text
    assert "encrypted (SQLCipher)" in text
    assert re.search(r"Schema version: \w+", text)
    assert "OFL.txt" in text and "SIL Open Font License" in text
    for library in ("PySide6", "SQLCipher", "ReportLab", "SQLAlchemy"):
        assert library in text
    assert "LGPL-3.0" in text


def _failing(name: str) -> None:
    raise ValueError(f"could not save {name}")


def test_the_crash_report_holds_no_personal_value(qtbot: QtBot, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_crash", lambda _p, report, _log: shown.append(report))
    try:
        _failing(PERSON)
    except ValueError as error:
        _excepthook(ValueError, error, error.__traceback__)
    report = shown[0]
    assert "builtins.ValueError" in report and "_failing" in report
    assert PERSON not in report and "could not save" not in report
    assert __version__ in report
    logged = [r for r in caplog.records if r.name == "evactrack.app"]
    assert logged and all(PERSON not in r.getMessage() and r.exc_info is None for r in logged)

    box = dialogs.crash_box(None, report, log_file())
    qtbot.addWidget(box)
    assert str(log_file()) in box.informativeText()
    copy = next(b for b in box.buttons() if "Copy" in b.text())
    copy.click()
    assert QGuiApplication.clipboard().text() == report


def test_the_report_follows_the_causes(qtbot: QtBot) -> None:
    try:
        try:
            _failing(PERSON)
        except ValueError as cause:
            raise RuntimeError(PERSON) from cause
    except RuntimeError as error:
        report = crash_report(RuntimeError, error, error.__traceback__)
    assert report.index("builtins.ValueError") < report.index("builtins.RuntimeError")
    assert PERSON not in report
