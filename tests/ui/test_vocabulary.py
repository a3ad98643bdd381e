"""One vocabulary: a label reads the same in the interface and on the printed reports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from evactrack.domain.enums import (
    CaseStatus,
    DocumentType,
    LabelledEnum,
    LegalStatus,
    ManifestOutcome,
    MovementStatus,
    RefusalReason,
    Sex,
    VulnerabilityFlag,
)
from evactrack.reports import labels as report_labels
from evactrack.reports.labels import Labels
from evactrack.ui import i18n
from evactrack.ui.models.movement_models import unnamed_movement

SHARED: list[type[LabelledEnum]] = [
    CaseStatus,
    LegalStatus,
    DocumentType,
    Sex,
    VulnerabilityFlag,
    MovementStatus,
    ManifestOutcome,
    RefusalReason,
]
FRENCH_TS = Path(__file__).resolve().parents[2] / "resources/translations/evactrack_fr.ts"


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QLocale()
    assert i18n.install(qapp, request.param)
    yield request.param
    i18n.uninstall(qapp)
    QLocale.setDefault(before)


def test_every_label_is_the_same_in_the_interface_and_the_reports(language: str) -> None:
    words = Labels(language)
    for kind in SHARED:
        for member in kind:
            assert words.enum(member) == i18n.label(member), (language, member)
    assert words.movement(181) == unnamed_movement(181)


def test_the_french_labels_are_translated_not_english(language: str) -> None:
    if language == "fr":
        words = Labels("fr")
        assert words.enum(LegalStatus.CITIZEN) == "Citoyen"
        assert words.enum(CaseStatus.DECLINED) == "Renonce (reste)"
        assert words.enum(LegalStatus.FAMILY_MEMBER) == "Membre de la famille"
        assert words.enum(DocumentType.GREEN_CARD) == "Carte verte"
        assert words.movement(181) == "Mouvement n° 181"


def test_one_french_word_for_each_thing() -> None:
    """The words set aside for their synonyms appear nowhere a caseworker reads French."""
    interface = FRENCH_TS.read_text(encoding="utf-8")
    translations = [
        line for line in interface.splitlines() if "<translation" in line or "numerusform" in line
    ]
    reports = " ".join(french for _english, french in report_labels._TEXT.values())
    for rejected in ("Décliné", "ménage", "Ménage", "Membre de famille"):
        assert not any(rejected in line for line in translations), rejected
        assert rejected not in reports, rejected
    assert "<translation>Ressortissant</translation>" not in interface  # Citoyen
    assert "Sans contact" in interface  # the status, and only the status
    assert sum("<translation>Sans contact" in line for line in translations) == 1
