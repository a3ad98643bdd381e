"""French interface from the built translation file; English is the source language."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from evactrack.domain.enums import (
    CaseStatus,
    LegalStatus,
    ManifestOutcome,
    MovementStatus,
    VulnerabilityFlag,
)
from evactrack.domain.timezones import utcnow
from evactrack.services import movements
from evactrack.services.context import Context
from evactrack.ui import i18n, tasks
from evactrack.ui.models.case_table import CaseTableModel
from tests.factories import make_person, make_point

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
FRENCH_TS = TRANSLATIONS / "evactrack_fr.ts"


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


# --------------------------------------------------------------- what a French caseworker sees

# English words that no French text uses (case-insensitive, whole words); names and places in
# the seeded data below avoid them.
ENGLISH = re.compile(
    r"\b(?:the|of|from|and|for|with|not|set|show|persons?|movements?|households?|pending|"
    r"boarded|refused|turned|escort|head count|figures|today|still|country|record|refresh|"
    r"plan|edit|print|remove|drop|start|depart|abort|status|legal|free|window|born|native|"
    r"outcome|name|counting|reading|days?|last|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


def shown_texts(widget: QWidget) -> list[str]:
    """Every text a caseworker can read in ``widget``: labels, buttons, group titles,
    placeholders, tooltips, table headers and cells, chart titles."""
    texts = [widget.windowTitle(), widget.toolTip()]
    for child in widget.findChildren(QWidget):
        texts.append(child.toolTip())
        if isinstance(child, QAbstractButton | QLabel):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        elif isinstance(child, QChartView):
            chart = child.chart()
            texts.append(chart.title())
            texts.extend(series.name() for series in chart.series())
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            for column in range(model.columnCount()):
                texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
                for row in range(model.rowCount()):
                    texts.append(str(model.index(row, column).data() or ""))
    return [t for t in texts if t]


def english_in(texts: list[str]) -> list[str]:
    return [t for t in texts if ENGLISH.search(t)]


@pytest.fixture
def progress_texts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of progress dialogs, as the operations give them."""
    seen: list[str] = []
    with_progress, report = tasks.Operation.with_progress, tasks.Progress.report

    def recording_with_progress(self: Any, label: str) -> Any:
        seen.append(label)
        return with_progress(self, label)

    def recording_report(self: Any, done: int, total: int = 0, text: str = "") -> None:
        if text:
            seen.append(text)
        report(self, done, total, text)

    monkeypatch.setattr(tasks.Operation, "with_progress", recording_with_progress)
    monkeypatch.setattr(tasks.Progress, "report", recording_report)
    return seen


def planned_movement(ctx: Context) -> int:
    """An unnamed movement from "Hôtel Baron" with three persons on its manifest: one
    boarded, two still expected."""
    point = make_point(ctx, "Hôtel Baron", capacity=50)
    start = utcnow() + timedelta(hours=1)
    movement = movements.create_movement(
        ctx,
        movements.MovementInput(
            point,
            start,
            start + timedelta(hours=3),
            12,
            escort_party="Unité 7",
            escort_contact="+93 70 000 0000",
            recognition_signal="foulard bleu",
        ),
    ).id
    ids = [
        make_person(ctx, given, "Karimi", status=CaseStatus.VERIFIED).id
        for given in ("Farid", "Laila", "Omid")
    ]
    make_person(ctx, "Zahra", "Ahmadi")
    movements.assign(ctx, movement, ids)
    movements.set_status(ctx, movement, MovementStatus.ASSEMBLING)
    movements.record_outcome(ctx, movement, ids[0], ManifestOutcome.BOARDED)
    return movement


@pytest.mark.usefixtures("french")
def test_the_movements_board_in_french(qtbot: Any, sqlite_ctx: Context) -> None:
    from evactrack.ui.views.movements_view import MovementsBoard

    movement = planned_movement(sqlite_ctx)
    board = MovementsBoard(sqlite_ctx)
    qtbot.addWidget(board)
    board.select_movement(movement)
    qtbot.waitUntil(lambda: "Effectif" in board.header.text())  # it may load in the background

    assert {s: b.text() for s, b in board.status_buttons.items()} == {
        MovementStatus.ASSEMBLING: "Commencer le rassemblement",
        MovementStatus.PLANNED: "Revenir à « Prévu »",
        MovementStatus.EN_ROUTE: "Départ (en route)",
        MovementStatus.ARRIVED: "Arrivé",
        MovementStatus.ABORTED: "Annuler le mouvement…",
    }
    assert {o: b.text() for o, b in board.outcome_buttons.items()} == {
        ManifestOutcome.BOARDED: "Embarqué",
        ManifestOutcome.NO_SHOW: "Absent",
        ManifestOutcome.REFUSED: "Refusé…",
        ManifestOutcome.TURNED_BACK: "Refoulé…",
    }
    header = board.header.text()
    assert header.startswith(f"Mouvement n° {movement} depuis Hôtel Baron, ")
    assert "— En rassemblement. Escorte : Unité 7 (+93 70 000 0000)" in header
    assert "signe de reconnaissance : foulard bleu." in header
    assert header.endswith(
        "Effectif : 3 sur 12 places au manifeste ; embarqués : 1, absents : 0, refusés : 0, "
        "refoulés : 0, en attente : 2."
    )
    horizontal = Qt.Orientation.Horizontal
    assert [
        board.movements.headerData(c, horizontal) for c in range(board.movements.columnCount())
    ][:5] == ["Mouvement", "Point de rendez-vous", "Créneau", "Statut", "Au manifeste"]
    assert board.movements.index(0, 0).data() == f"Mouvement n° {movement}"
    assert board.manifest.headerData(0, horizontal) == "Personne"
    outcomes = {board.manifest.index(r, 7).data() for r in range(board.manifest.rowCount())}
    assert outcomes == {"Embarqué", "en attente"}
    assert english_in(shown_texts(board)) == []


@pytest.mark.usefixtures("french")
def test_the_dashboard_in_french(
    qtbot: Any, sqlite_ctx: Context, progress_texts: list[str]
) -> None:
    from evactrack.ui.views.dashboard_view import DashboardView

    planned_movement(sqlite_ctx)
    view = DashboardView(sqlite_ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.refresh()

    captions = [label.text() for card in view.cards.values() for label in card.findChildren(QLabel)]
    assert "Personnes éligibles encore dans le pays" in captions
    assert "Personnes enregistrées" in captions
    assert view.cards["total"].value.text() == "4"
    titles = [box.title() for box in view.findChildren(QGroupBox)]
    assert titles == ["Par statut du dossier", "Par statut juridique"]
    horizontal = Qt.Orientation.Horizontal
    assert [view.by_status.headerData(c, horizontal) for c in range(2)] == [
        "Statut du dossier",
        "Personnes",
    ]
    assert dict(view.by_status.rows) == {
        "Nouveau": 1,
        "Affecté à un mouvement": 3,  # one boarded: assigned until the movement departs
    }
    day = view.data.overview.day if view.data else None
    assert day is not None
    french_day = QLocale("fr").toString(day, "dddd d MMMM yyyy")
    assert view.day_label.text() == (
        f"Chiffres du {french_day} (fuseau horaire de l’opération). Foyers : 0 ; "
        "mouvements en cours ou prévus : 1."
    )
    assert view.chart.title() == "Personnes encore dans le pays, 14 derniers jours"
    assert english_in(shown_texts(view)) == []
    assert progress_texts[0] == "Comptage des personnes…"  # the view's status line shows it
    assert english_in(progress_texts) == []


@pytest.mark.usefixtures("french")
def test_the_conflict_dialog_names_the_fields_in_french(qtbot: Any, sqlite_ctx: Context) -> None:
    from evactrack.services import persons
    from evactrack.ui.views.conflict_dialog import ConflictDialog

    saved = make_person(sqlite_ctx, "Zahra", "Ahmadi")
    mine = persons.PersonInput(**{**saved.data.__dict__, "location": "Herat"})
    dialog = ConflictDialog(mine, saved)
    qtbot.addWidget(dialog)
    assert dialog.differences[0][0] == "location"  # the field's name stays the contract
    assert dialog.table.item(0, 0).text() == "Lieu"
    assert english_in(shown_texts(dialog)) == []


# --------------------------------------------------------------- the translation file


def _messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", translation)
        for context in root.iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
    ]


def _untranslated(ts_file: Path) -> list[str]:
    """Messages still in the interface with no finished translation."""
    missing = []
    for context, source, translation in _messages(ts_file):
        kind = translation.get("type")
        if kind in ("vanished", "obsolete"):
            continue
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if kind == "unfinished" or not all(f and f.strip() for f in forms):
            missing.append(f"{context}: {source}")
    return missing


def test_every_french_message_is_translated() -> None:
    """An unfinished message shows English in the French interface."""
    assert _untranslated(FRENCH_TS) == []


# Placeholders a translation must keep: %1…%9 (Qt's arg style, also %L1), %s and %d.
PLACEHOLDER = re.compile(r"%L?[1-9]|%[sd]")


def test_french_translations_keep_their_placeholders() -> None:
    """A lost ``%1`` drops a value from the message; an extra one shows a raw ``%2``."""
    wrong = []
    for context, source, translation in _messages(FRENCH_TS):
        if translation.get("type") in ("vanished", "obsolete", "unfinished"):
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        forms = [f.text or "" for f in translation.iter("numerusform")]
        for form in forms or [translation.text or ""]:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                wrong.append(f"{context}: {source!r} -> {form!r}")
        if "%n" in source and forms and "%n" not in forms[-1] and "%Ln" not in forms[-1]:
            wrong.append(f"{context}: {source!r} -> plural without its count")
    assert wrong == []


def _update_translations() -> Any:
    sys.path.insert(0, str(TRANSLATIONS))
    try:
        import update_translations
    finally:
        sys.path.remove(str(TRANSLATIONS))
    return update_translations


def test_plurals_are_asked_through_tr() -> None:
    """lupdate takes a message as a plural only from ``self.tr(text, "", n)``: a plural asked
    through ``QCoreApplication.translate(context, text, "", n)`` would stay English."""
    found = []
    for source in _update_translations().interface_sources():
        for node in ast.walk(ast.parse(Path(source).read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and (len(node.args) > 3 or any(k.arg == "n" for k in node.keywords))
            ):
                found.append(f"{Path(source).name}:{node.lineno}")
    assert found == []


def test_every_interface_string_is_in_the_translation_file(tmp_path: Path) -> None:
    """lupdate over the interface's sources finds nothing new to translate: a string added
    without running ``update_translations.py`` (and translating it) fails here."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / FRENCH_TS.name
    shutil.copy(FRENCH_TS, copy)
    subprocess.run(
        [str(lupdate), *_update_translations().interface_sources(), "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert _untranslated(copy) == []


# --------------------------------------------------------------- English plurals

ENGLISH_TS = TRANSLATIONS / "evactrack_en.ts"


@pytest.fixture
def english(qapp: QApplication) -> None:
    assert i18n.install(qapp, "en")


@pytest.mark.usefixtures("english")
def test_english_says_person_and_persons(qtbot: Any, sqlite_ctx: Context) -> None:
    from evactrack.ui.views.case_list import CaseListView

    make_person(sqlite_ctx, "Zahra", "Ahmadi")
    view = CaseListView(sqlite_ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.reload()
    assert view.count_label.text() == "1 person"
    make_person(sqlite_ctx, "Bashir", "Karimi")
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    assert view.count_label.text() == "2 persons"

    model = CaseTableModel(sqlite_ctx)
    now = utcnow()
    assert model.age(now - timedelta(days=3, hours=1)) == "3 days ago"
    assert model.age(now - timedelta(hours=1, minutes=30)) == "1 h ago"
    # age() counts in days from two days on; the singular is still written.
    assert QCoreApplication.translate("CaseTableModel", "%n days ago", "", 1) == "1 day ago"

    def persons(n: int) -> str:
        return QCoreApplication.translate("CaseListView", "%Ln person(s)", "", n)

    assert [persons(1), persons(2), persons(0)] == ["1 person", "2 persons", "0 persons"]
    assert persons(2000) == "2,000 persons"  # %Ln: the number written the English way


def test_every_english_plural_has_its_two_forms() -> None:
    """English is the source language: its file holds the plural messages only, each with
    a singular and a plural written out (no "person(s)" left)."""
    root = ET.parse(ENGLISH_TS).getroot()
    assert root.get("language") == "en"
    assert "Labels" not in {c.findtext("name") for c in root.iter("context")}
    messages = _messages(ENGLISH_TS)
    assert len(messages) >= 27
    wrong = []
    for context, source, translation in messages:
        forms = [f.text or "" for f in translation.iter("numerusform")]
        count = "%Ln" if "%Ln" in source else "%n"
        wanted = sorted(PLACEHOLDER.findall(source))
        if (
            translation.get("type") is not None  # unfinished, vanished or obsolete
            or len(forms) != 2
            or any(not f.strip() or "(s)" in f for f in forms)
            or any(sorted(PLACEHOLDER.findall(f)) != wanted for f in forms)
            or count not in forms[1]
        ):
            wrong.append(f"{context}: {source!r} -> {forms!r}")
    assert wrong == []


def _plurals(ts_file: Path) -> set[tuple[str, str]]:
    """(context, source) of the plural messages still in the interface."""
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
        and message.find("translation") is not None
        and message.find("translation").get("type") not in ("vanished", "obsolete")
    }


def test_every_plural_has_its_english_forms() -> None:
    """A new ``tr(text, "", n)`` without English forms would show "(s)": run
    ``update_translations.py`` and write them in ``evactrack_en.ts``."""
    french = _plurals(FRENCH_TS)
    assert len(french) >= 27
    assert sorted(french - _plurals(ENGLISH_TS)) == []


def test_english_without_its_file_shows_the_source_texts(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    assert i18n.install(qapp, "en")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)  # no .qm there
    with caplog.at_level("WARNING", logger=i18n.__name__):
        assert i18n.install(qapp, "en")  # not an error: English is the source
    assert "English" in caplog.text
    assert QCoreApplication.translate("CaseListView", "%Ln person(s)", "", 2) == "2 person(s)"
    assert QLocale().language() == QLocale.Language.English
    assert not i18n.install(qapp, "fr")
