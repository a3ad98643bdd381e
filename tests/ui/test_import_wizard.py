"""The import wizard driven like a caseworker would: file, columns, duplicates, import, undo."""

from __future__ import annotations

import shutil
from pathlib import Path
from unittest.mock import PropertyMock, patch

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from evactrack.domain.enums import LegalStatus
from evactrack.importing.mapping import ColumnMapping, Target
from evactrack.services import imports, persons, search
from evactrack.services.context import Context
from evactrack.services.imports import ImportResult, OnDuplicate
from evactrack.ui import tasks
from evactrack.ui.views.import_wizard import ImportHistoryDialog, ImportWizard
from tests.factories import make_person

DATA = Path(__file__).parents[1] / "data" / "import"


@pytest.fixture
def wizard(qtbot: QtBot, sqlite_ctx: Context) -> ImportWizard:
    widget = ImportWizard(sqlite_ctx, None)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def to_duplicates(qtbot: QtBot, wizard: ImportWizard, path: Path) -> ImportResult:
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    with qtbot.waitSignal(wizard.previewed, timeout=20_000) as blocker:
        wizard.next()
    assert wizard.currentPage() is wizard.duplicates_page
    result = blocker.args[0]
    assert isinstance(result, ImportResult)
    return result


def test_full_import_with_a_reviewed_duplicate_then_undo(
    qtbot: QtBot, wizard: ImportWizard, sqlite_ctx: Context
) -> None:
    known = make_person(sqlite_ctx, "Zahra", "Karimi", phone="0791234567",
                        legal_status=LegalStatus.UNKNOWN)  # fmt: skip
    preview = to_duplicates(qtbot, wizard, DATA / "excel_en_utf8.csv")
    assert [g.row for g in preview.duplicates] == [3]
    table = wizard.duplicates_page.table
    assert table.item(0, 2).text() == f"#{known.id} Zahra Karimi (same phone +93791234567)"
    assert wizard.duplicates_page.decisions() == {3: OnDuplicate.SKIP}  # never merged silently
    wizard.duplicates_page.choose(3, OnDuplicate.MERGE)

    with qtbot.waitSignal(wizard.previewed, timeout=20_000):
        wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    assert wizard.summary_page.counts.text().startswith(
        "3 will be created, 1 merged, 0 skipped, 1 rejected. Nothing has changed yet."
    )
    assert "row 5: no name and no phone number [rejected]" in (
        wizard.summary_page.details.toPlainText()
    )
    assert search.search(sqlite_ctx, "rahimi") == []

    with qtbot.waitSignal(wizard.imported, timeout=20_000) as blocker:
        wizard.next()
    result = blocker.args[0]
    assert isinstance(result, ImportResult) and (result.created, result.merged) == (3, 1)
    assert "done: 3 created, 1 merged" in wizard.result_page.text.text()
    buttons = [wizard.button(QWizard.WizardButton(n)) for n in range(9)]  # Back … Custom3
    assert [b.text() for b in buttons if b is not None and b.isVisible()] == ["Close"]
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert wizard.result_page.undo_button.isVisible()
    merged = persons.get_person(sqlite_ctx, known.id)
    assert merged.data.legal_status is LegalStatus.PERMANENT_RESIDENT

    with (
        patch("evactrack.ui.dialogs.ask_user", return_value=True) as asked,
        patch("evactrack.ui.dialogs.show_info") as info,
        qtbot.waitSignal(wizard.undone, timeout=20_000),
    ):
        wizard.result_page.undo_button.click()
    assert f"Undo import #{result.batch_id}?" in asked.call_args.args[1]
    assert "3 persons deleted, 1 merged persons restored" in info.call_args.args[1]
    assert search.search(sqlite_ctx, "rahimi") == []
    assert persons.get_person(sqlite_ctx, known.id).data.legal_status is LegalStatus.UNKNOWN
    assert not wizard.result_page.undo_button.isEnabled()


def test_a_file_that_cannot_be_read_stays_on_the_first_page(wizard: ImportWizard) -> None:
    wizard.file_page.path.setText(str(DATA / "unclosed_quote.csv"))
    with patch("evactrack.ui.dialogs.show_error") as shown:
        wizard.file_page.validatePage()
    assert "row 2: a quoted field is never closed" in str(shown.call_args.args[1])
    wizard.file_page.path.setText(str(DATA / "nul_bytes.csv"))
    with patch("evactrack.ui.dialogs.show_error") as shown:
        wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "contains NUL bytes" in str(shown.call_args.args[1])


def test_mapping_is_shown_changed_saved_and_loaded(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    wizard.file_page.path.setText(str(DATA / "excel_fr_cp1252.csv"))
    wizard.next()
    page = wizard.mapping_page
    assert page.table.item(1, 0).text() == "Hélène"
    assert page.mapping() is not None and page.mapping().columns["Courriel"] is Target.EMAIL
    combo = page.combos["Courriel"]
    combo.setCurrentIndex(combo.findData(None))
    saved = tmp_path / "mapping.json"
    page.save_mapping(saved)
    assert "Courriel" not in ColumnMapping.load(saved).columns
    page.load_mapping(DATA / "mapping_fr.json")
    assert set(page.mapping().columns) == {"Prénom", "Nom", "Téléphone"}  # type: ignore[union-attr]
    bad = tmp_path / "other.json"
    bad.write_text('{"columns": {"Given": "given_name", "Prénom": "given_name"}}', "utf-8")
    with patch("evactrack.ui.dialogs.show_warning") as warned:
        page.load_mapping(bad)
    assert "not in this file: Given" in warned.call_args.args[1]
    for header in page.combos:
        page.combos[header].setCurrentIndex(0)
    with patch("evactrack.ui.dialogs.show_error") as shown:
        assert not page.validatePage()
    assert "no column looks like a name or a phone number" in str(shown.call_args.args[1])


def test_xlsx_sheets_are_offered_after_the_file_is_read(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.xlsx"
    shutil.copy(DATA / "contacts.xlsx", path)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    sheets = [wizard.file_page.sheet.itemText(i) for i in range(wizard.file_page.sheet.count())]
    assert sheets == ["First sheet", "Liste", "Famille"]
    assert "Sheet 'Liste'; header on row 1, 5 columns" in wizard.file_page.detected.text()
    page = wizard.mapping_page
    assert page.table.verticalHeaderItem(1).text() == "2"


def test_cancelled_import_changes_nothing(
    qtbot: QtBot, wizard: ImportWizard, sqlite_ctx: Context, tmp_path: Path
) -> None:
    path = tmp_path / "long.csv"
    rows = "".join(f"Person {i} Noori,07{i:08d}\n" for i in range(imports.CHUNK_ROWS + 50))
    path.write_text("Name,Phone\n" + rows, encoding="utf-8")
    to_duplicates(qtbot, wizard, path)
    with qtbot.waitSignal(wizard.previewed, timeout=20_000):
        wizard.next()
    # The caseworker presses Cancel in the progress dialog while the import runs.
    with (
        patch.object(tasks.Progress, "cancelled", new_callable=PropertyMock, return_value=True),
        patch("evactrack.ui.dialogs.show_error") as shown,
        qtbot.waitSignal(wizard.imported, timeout=20_000) as blocker,
    ):
        wizard.next()
    assert not shown.called
    assert "cancelled" in str(blocker.args[0]).lower()
    assert "Nothing was imported" in wizard.result_page.text.text()
    assert search.search(sqlite_ctx, "noori") == []
    assert imports.list_batches(sqlite_ctx) == []


def test_past_imports_are_listed_and_one_can_be_undone(qtbot: QtBot, sqlite_ctx: Context) -> None:
    first = imports.run_import(sqlite_ctx, DATA / "excel_en_utf8.csv")
    imports.run_import(sqlite_ctx, DATA / "outlook.csv")
    dialog = ImportHistoryDialog(sqlite_ctx, None)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 1).text() for r in range(2)] == ["outlook.csv",
                                                                 "excel_en_utf8.csv"]  # fmt: skip
    with patch("evactrack.ui.dialogs.show_info") as info:
        dialog.undo_selected()
    assert info.call_args.args[1] == "Choose the import to undo."
    dialog.table.selectRow(1)
    with (
        patch("evactrack.ui.dialogs.ask_user", return_value=True),
        patch("evactrack.ui.dialogs.show_info") as info,
        qtbot.waitSignal(dialog.undone, timeout=20_000),
    ):
        dialog.undo_button.click()
    assert f"Import #{first.batch_id} undone: 4 persons deleted" in info.call_args.args[1]
    assert dialog.table.item(1, 8).text() != ""
    assert search.search(sqlite_ctx, "rahimi") == []
    assert [p.name for p in search.search(sqlite_ctx, "rahim jan")] == ["Rahim Jan"]


def test_a_check_that_fails_says_why_and_goes_no_further(
    qtbot: QtBot, wizard: ImportWizard
) -> None:
    wizard.file_page.region.setText("XX")
    wizard.file_page.path.setText(str(DATA / "outlook.csv"))
    wizard.next()
    with (
        patch("evactrack.ui.dialogs.show_error") as shown,
        qtbot.waitSignal(wizard.preview_stopped, timeout=20_000),
    ):
        wizard.next()
    assert "'XX' is not a region code" in str(shown.call_args.args[1])
    assert wizard.duplicates_page.info.text().startswith("The list was not checked: 'XX'")
    assert not wizard.duplicates_page.isComplete()


def test_a_file_changed_after_the_review_is_not_imported(
    qtbot: QtBot, wizard: ImportWizard, sqlite_ctx: Context, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Phone\nAhmad Rahimi,0701234567\n", encoding="utf-8")
    to_duplicates(qtbot, wizard, path)
    with qtbot.waitSignal(wizard.previewed, timeout=20_000):
        wizard.next()
    path.write_text("Name,Phone\nZahra Karimi,0791234567\n", encoding="utf-8")
    with (
        patch("evactrack.ui.dialogs.show_error") as shown,
        qtbot.waitSignal(wizard.imported, timeout=20_000),
    ):
        wizard.next()
    assert "has changed since it was checked" in str(shown.call_args.args[1])
    assert search.search(sqlite_ctx, "karimi") == []


def test_legal_status_values_not_recognised_are_mapped_one_by_one(
    qtbot: QtBot, wizard: ImportWizard, sqlite_ctx: Context, tmp_path: Path
) -> None:
    table = tmp_path / "list.csv"
    table.write_text(
        "Name,Phone,Status\n"
        "Laila Ahmadi,+93701234567,spouse of an American citizen\n"
        "Wali Karimi,+93701234569,Interpreter\n"
        "Nadia Rahimi,+93701234560,Afghan citizen\n"
        "Omid Rahimi,+93701234561,INTERPRETER\n",
        encoding="utf-8",
    )
    page = wizard.mapping_page
    wizard.file_page.path.setText(str(table))
    with qtbot.waitSignal(page.legal_values_shown, timeout=20_000):
        wizard.next()
    assert list(page.value_combos) == ["Afghan citizen", "Interpreter"]  # one per value
    assert page.legal_hint.text().startswith("2 legal status value")
    page.choose_legal_status("Interpreter", LegalStatus.VISA_APPLICANT)
    assert page.mapping().legal_statuses == {  # type: ignore[union-attr]
        "Interpreter": LegalStatus.VISA_APPLICANT
    }
    saved = tmp_path / "mapping.json"
    page.save_mapping(saved)
    assert ColumnMapping.load(saved).legal_statuses == {"Interpreter": LegalStatus.VISA_APPLICANT}
    page.choose_legal_status("Interpreter", None)
    page.load_mapping(saved)  # a saved choice comes back on its value
    assert page.value_combos["Interpreter"].currentData() == LegalStatus.VISA_APPLICANT.value

    with qtbot.waitSignal(wizard.previewed, timeout=20_000) as blocker:
        wizard.next()
    preview = blocker.args[0]
    assert [i.message for i in preview.issues] == [
        "unknown legal status 'Afghan citizen'; set to unknown"  # reported, never guessed
    ]
    with qtbot.waitSignal(wizard.previewed, timeout=20_000):
        wizard.next()
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.next()
    found = {p.name: p.legal_status for p in search.search(sqlite_ctx, "+9370123456")}
    assert found == {
        "Laila Ahmadi": LegalStatus.FAMILY_MEMBER,
        "Wali Karimi": LegalStatus.VISA_APPLICANT,
        "Nadia Rahimi": LegalStatus.UNKNOWN,
        "Omid Rahimi": LegalStatus.VISA_APPLICANT,
    }


def test_choosing_another_legal_status_column_lists_its_values(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    table = tmp_path / "list.csv"
    table.write_text("Name,Status,Remark\nLaila Ahmadi,US citizen,Dari speaker\n", "utf-8")
    page = wizard.mapping_page
    wizard.file_page.path.setText(str(table))
    with qtbot.waitSignal(page.legal_values_shown, timeout=20_000):
        wizard.next()
    assert page.value_combos == {} and page.legal_hint.text() == ""
    with qtbot.waitSignal(page.legal_values_shown, timeout=20_000):
        page.combos["Status"].setCurrentIndex(page.combos["Status"].findData(None))
    with qtbot.waitSignal(page.legal_values_shown, timeout=20_000):
        page.combos["Remark"].setCurrentIndex(
            page.combos["Remark"].findData(Target.LEGAL_STATUS.value)
        )
    assert list(page.value_combos) == ["Dari speaker"]
