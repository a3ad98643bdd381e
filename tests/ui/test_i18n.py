"""French interface from the built translation file; English is the source language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from evactrack.domain.enums import CaseStatus, LegalStatus, VulnerabilityFlag
from evactrack.services.context import Context
from evactrack.ui import i18n
from evactrack.ui.models.case_table import CaseTableModel


@pytest.fixture(autouse=True)
def same_locale_afterwards() -> Iterator[None]:
    """Installing a language sets the default locale; other tests keep theirs."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    assert i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")


@pytest.mark.usefixtures("french")
def test_french_labels_headers_and_plurals(sqlite_ctx: Context) -> None:
    assert i18n.label(CaseStatus.NEW) == "Nouveau"
    assert i18n.label(LegalStatus.PERMANENT_RESIDENT) == "Résident permanent (carte verte)"
    assert i18n.label(VulnerabilityFlag.UNACCOMPANIED_CHILD) == "Enfant non accompagné"
    model = CaseTableModel(sqlite_ctx)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    assert QCoreApplication.translate("CaseListView", "%Ln person(s)", "", 1) == "1 personne"
    assert QCoreApplication.translate("CaseListView", "%Ln person(s)", "", 3) == "3 personnes"
    assert QLocale().toString(12345) == "12\u202f345"  # numbers follow the language


def test_english_is_back_after_uninstalling(qapp: QApplication) -> None:
    assert i18n.install(qapp, "en")
    assert i18n.label(CaseStatus.NEW) == "New"


# Words French writes the same way.
SAME_IN_FRENCH = {"SMS", "WhatsApp", "Signal", "Visa", "Tazkira", "Mobile", "En route", "E-mail"}


def test_every_label_has_a_french_translation(qapp: QApplication) -> None:
    """A new enum member without a translation would show English in a French interface."""
    from evactrack.domain import enums

    kinds = [
        k
        for k in vars(enums).values()
        if isinstance(k, type) and issubclass(k, enums.LabelledEnum) and k.__members__
    ]
    i18n.install(qapp, "fr")
    try:
        untranslated = [
            m.label
            for kind in kinds
            for m in kind
            if i18n.label(m) == m.label and m.label not in SAME_IN_FRENCH
        ]
    finally:
        i18n.install(qapp, "en")
    assert len(kinds) >= 10 and untranslated == []


def test_the_menu_choice_wins_over_the_system_locale(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    i18n.remember_language("fr", settings)
    assert i18n.chosen_language(settings) == "fr"
    i18n.remember_language(None, settings)
    assert i18n.chosen_language(settings) in i18n.LANGUAGES
    settings.setValue(i18n.SETTING, "klingon")
    assert i18n.chosen_language(settings) in i18n.LANGUAGES
