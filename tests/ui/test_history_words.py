"""The case detail's history tab reads in words, in the interface's language."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from evactrack.domain.enums import CaseStatus, ManifestOutcome, MovementStatus, Sex
from evactrack.services import movements, persons
from evactrack.services.context import Context
from evactrack.ui import i18n
from evactrack.ui.views.case_detail import CaseDetailDialog
from tests.factories import make_movement, make_person, make_point


@pytest.fixture
def journey(sqlite_ctx: Context) -> tuple[int, int]:
    """Zahra: moved to North Gate, given a sex, boarded on a movement."""
    point = make_point(sqlite_ctx, "North Gate")
    person = make_person(sqlite_ctx, "Zahra", "Ahmadi", status=CaseStatus.VERIFIED)
    edited = replace(person.data, rendezvous_point_id=point, sex=Sex.FEMALE)
    persons.update_person(sqlite_ctx, person.id, person.version, edited)
    movement = make_movement(sqlite_ctx, point)
    movements.assign(sqlite_ctx, movement, [person.id])
    movements.set_status(sqlite_ctx, movement, MovementStatus.ASSEMBLING)
    movements.record_outcome(sqlite_ctx, movement, person.id, ManifestOutcome.BOARDED)
    # Boarded while assembling stays assigned until the movement departs.
    movements.set_status(sqlite_ctx, movement, MovementStatus.EN_ROUTE)
    return person.id, movement


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    assert i18n.install(qapp, "fr")
    yield
    i18n.uninstall(qapp)
    QLocale.setDefault(before)


def _rows(qtbot: QtBot, ctx: Context, person_id: int) -> list[str]:
    """Each history row as "Field: before → after" (the what and who left out)."""
    dialog = CaseDetailDialog(ctx, person_id)
    qtbot.addWidget(dialog)
    table = dialog.history.table
    return [
        f"{table.item(r, 3).text()}: {table.item(r, 4).text()} → {table.item(r, 5).text()}"
        for r in range(table.rowCount())
    ]


def test_history_in_english_words(
    qtbot: QtBot, sqlite_ctx: Context, journey: tuple[int, int]
) -> None:
    person_id, movement = journey
    rows = _rows(qtbot, sqlite_ctx, person_id)
    assert "Rendezvous point:  → North Gate" in rows
    assert "Sex: Unknown → Female" in rows
    assert "Status: Assigned to a movement → In transit (escorted)" in rows
    assert f"Outcome:  → Boarded on Movement #{movement}" in rows
    assert f"Movement:  → Movement #{movement}" in rows
    text = " ".join(rows)
    for raw in ("rendezvous_point_id", "in_transit", "assigned", "female", "boarded", "outcome"):
        assert raw not in text


@pytest.mark.usefixtures("french")
def test_history_in_french_words(
    qtbot: QtBot, sqlite_ctx: Context, journey: tuple[int, int]
) -> None:
    person_id, movement = journey
    rows = _rows(qtbot, sqlite_ctx, person_id)
    assert "Point de rendez-vous:  → North Gate" in rows
    assert "Sexe: Inconnu → Femme" in rows
    assert "Statut: Affecté à un mouvement → En transit (escorté)" in rows
    assert f"Résultat:  → Embarqué (Mouvement n° {movement})" in rows
