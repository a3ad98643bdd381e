"""Interface language: English or French, from the system locale unless the caseworker chose.

Labels of the domain enums are translated in the ``Labels`` context, so the enum values stay
the stable contract and only what a caseworker reads changes language.
"""

from __future__ import annotations

import logging
import re
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from evactrack.config import resources_dir
from evactrack.domain import names

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "fr": "Français"}
SETTING = "language"
TRANSLATIONS_DIR = resources_dir() / "translations"

# Qt's numbered placeholders: %1 to %9, and %L1 for a number written the locale's way.
_PLACEHOLDER = re.compile(r"%(L?)([1-9])")

# Translators stay referenced here: Qt does not own them, and a collected one stops working.
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` for translation in ``context``; it is translated where it is shown.
    Qt's own returns the text too, but is typed as returning ``object``."""
    return text


def chosen_language(settings: QSettings | None = None) -> str:
    """The menu's choice if there is one, else the system locale's language, else English."""
    value = (settings or QSettings()).value(SETTING, "")
    if isinstance(value, str) and value in LANGUAGES:
        return value
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def remember_language(language: str | None, settings: QSettings | None = None) -> None:
    """Store the menu's choice (``None``: follow the system); applied at the next start."""
    store = settings or QSettings()
    if language is None:
        store.remove(SETTING)
    else:
        store.setValue(SETTING, language)


def install(app: QCoreApplication, language: str) -> bool:
    """Load evactrack's and Qt's own translations for ``language``; False if none was found.

    English is the source language: its file only gives the plural forms ("1 person",
    "2 persons"); without it the source texts ("2 person(s)") show and it is still True.
    """
    uninstall(app)
    # Numbers and dates follow the interface language (12,345 / 12 345), and so do names.
    QLocale.setDefault(QLocale(language))
    names.set_language(language)
    ours = QTranslator(app)
    path = TRANSLATIONS_DIR / f"evactrack_{language}.qm"
    if not ours.load(str(path)):
        if language == "en":
            log.warning("no English plural forms in %s: the source texts show", path)
            return True
        log.warning("no translation file for %s", language)
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    if language == "en":
        return True  # Qt's own texts are English already
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return True


def uninstall(app: QCoreApplication) -> None:
    """Remove the translations :func:`install` loaded: the source texts show."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    names.set_language("en")


def label(member: StrEnum) -> str:
    """The translated label of an enum member (``LabelledEnum.label`` is the English)."""
    english = getattr(member, "label", str(member))
    return QCoreApplication.translate("Labels", english)


def arg(text: str, *values: object) -> str:
    """Fill ``%1``…``%9`` of a translated text in one pass, as ``QString::arg`` does: a
    translation may put them in another order, and a value that contains ``%2`` stays as it
    is. ``%L1`` writes a number the interface language's way (12,345 / 12 345)."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(2)) - 1
        if index >= len(values):
            return match.group(0)
        value = values[index]
        if match.group(1) and isinstance(value, int):
            return QLocale().toString(value)
        return str(value)

    return _PLACEHOLDER.sub(fill, text)
