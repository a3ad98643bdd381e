"""File > Import…: choose a contact list, check its columns, review duplicates, import, undo.

Every step calls the import service; the preview and the import run in the background with
a progress dialog the caseworker can cancel. Nothing is merged unless the caseworker says so.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from evactrack.domain.enums import LegalStatus
from evactrack.domain.errors import EvactrackError, OperationCancelled
from evactrack.domain.phones import DEFAULT_REGION
from evactrack.importing.mapping import ColumnMapping, Target
from evactrack.importing.readers import DELIMITER_NAMES, LEGACY_ENCODINGS
from evactrack.services import import_summary, imports
from evactrack.services.context import Context
from evactrack.services.imports import FilePreview, ImportOptions, ImportResult, OnDuplicate
from evactrack.ui import dialogs
from evactrack.ui.i18n import arg, label
from evactrack.ui.tasks import Operation, Progress

# Words of the wizard shared by its pages, translated when shown (context "ImportWizard").
DETECT = QT_TRANSLATE_NOOP("ImportWizard", "Detect")
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", *LEGACY_ENCODINGS, "latin-1"]
NOT_IMPORTED = QT_TRANSLATE_NOOP("ImportWizard", "— not imported —")
NOT_RECOGNISED = QT_TRANSLATE_NOOP("ImportWizard", "— not recognised (reported) —")
CHOICES = {
    OnDuplicate.SKIP: QT_TRANSLATE_NOOP("ImportWizard", "Skip this row"),
    OnDuplicate.MERGE: QT_TRANSLATE_NOOP("ImportWizard", "Merge into the known person"),
    OnDuplicate.NEW: QT_TRANSLATE_NOOP("ImportWizard", "Keep both (new person)"),
}
# The names of the delimiters in ``DELIMITER_NAMES``, for the translation file.
DELIMITER_WORDS = (
    QT_TRANSLATE_NOOP("ImportWizard", "comma"),
    QT_TRANSLATE_NOOP("ImportWizard", "semicolon"),
    QT_TRANSLATE_NOOP("ImportWizard", "tab"),
    QT_TRANSLATE_NOOP("ImportWizard", "pipe"),
)


def _tr(text: object) -> str:
    return QCoreApplication.translate("ImportWizard", str(text))


def delimiter_name(char: str | None) -> str:
    """The delimiter's name ("comma", "tab"…) in the interface's language."""
    name = DELIMITER_NAMES.get(char or "")
    return _tr(name) if name else char or ""


class ImportWizard(QWizard):
    """The import, step by step; ``previewed`` (or ``preview_stopped``), ``imported`` and
    ``undone`` fire when the background work behind each step has finished."""

    previewed = Signal(object)
    preview_stopped = Signal(object)
    imported = Signal(object)
    undone = Signal(object)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import a contact list"))
        self.file_preview: FilePreview | None = None
        self.import_result: ImportResult | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.summary_page = SummaryPage(self)
        self.result_page = ResultPage(self)
        for page in (
            self.file_page,
            self.mapping_page,
            self.duplicates_page,
            self.summary_page,
            self.result_page,
        ):
            self.addPage(page)

    def import_options(self, *, with_decisions: bool = True) -> ImportOptions:
        """What the caseworker chose so far, as the service takes it."""
        return ImportOptions(
            encoding=self.file_page.choice(self.file_page.encoding),
            delimiter=self.file_page.choice(self.file_page.delimiter),
            sheet=self.file_page.choice(self.file_page.sheet),
            mapping=self.mapping_page.mapping(),
            region=self.file_page.region.text().strip() or DEFAULT_REGION,
            default_legal_status=LegalStatus(self.file_page.status.currentData()),
            on_duplicate=OnDuplicate.SKIP,
            decisions=self.duplicates_page.decisions() if with_decisions else {},
        )

    @property
    def path(self) -> Path:
        return Path(self.file_page.path.text().strip())

    def run_preview(self, *, with_decisions: bool) -> None:
        """A dry run in the background; the pages fill in when it is done."""
        ctx, path, options = self.ctx, self.path, self.import_options(with_decisions=with_decisions)
        checking = self.tr("Checking the list…")

        def work(progress: Progress) -> ImportResult:
            return imports.preview_import(
                ctx,
                path,
                options,
                progress=lambda done, total: progress.report(done, total, checking),
                cancelled=lambda: progress.cancelled,
            )

        Operation(self, work).success(self.previewed.emit).failure(
            self._preview_failed
        ).with_progress(checking).run()

    def _preview_failed(self, error: BaseException) -> None:
        """The page says why it cannot go on; Back leads to the file and column choices."""
        page = self.currentPage()
        if isinstance(page, DuplicatesPage | SummaryPage):
            page.stopped(error)
        if not isinstance(error, OperationCancelled):
            dialogs.show_error(self, error)
        self.preview_stopped.emit(error)

    def run_import(self) -> None:
        reviewed = self.summary_page.result
        ctx, path = self.ctx, self.path
        options = replace(
            self.import_options(), expected_sha256=reviewed.sha256 if reviewed is not None else None
        )
        importing = self.tr("Importing…")

        def work(progress: Progress) -> ImportResult:
            return imports.run_import(
                ctx,
                path,
                options,
                progress=lambda done, total: progress.report(done, total, importing),
                cancelled=lambda: progress.cancelled,
            )

        Operation(self, work, write=True).success(self._imported).failure(
            self._import_failed
        ).with_progress(importing).run()

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        self.imported.emit(result)

    def _import_failed(self, error: BaseException) -> None:
        self.result_page.show_failure(error)
        if not isinstance(error, OperationCancelled):
            dialogs.show_error(self, error)
        self.imported.emit(error)

    def undo_import(self) -> None:
        if self.import_result is None or self.import_result.batch_id is None:
            return
        batch_id = self.import_result.batch_id
        question = arg(
            self.tr(
                "Undo import #%1? The %L2 persons it created are deleted and the %L3 merges "
                "are reverted."
            ),
            batch_id,
            self.import_result.created,
            self.import_result.merged,
        )
        if not dialogs.ask_user(self, question):
            return
        ctx = self.ctx
        Operation(self, lambda _progress: imports.undo_import(ctx, batch_id), write=True).success(
            self._undone
        ).failure(self._undo_failed).run()

    def _undone(self, result: imports.UndoResult) -> None:
        self.result_page.undo_button.setEnabled(False)
        dialogs.show_info(self, undone_text(result))
        self.undone.emit(result)

    def _undo_failed(self, error: BaseException) -> None:
        dialogs.show_error(self, error)
        self.undone.emit(error)


def undone_text(result: imports.UndoResult) -> str:
    return arg(
        QCoreApplication.translate(
            "ImportWizard", "Import #%1 undone: %L2 persons deleted, %L3 merged persons restored."
        ),
        result.batch_id,
        result.deleted,
        result.restored,
    )


class FilePage(QWizardPage):
    """Which file, and how to read it (detected unless the caseworker overrides it)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the contact list"))
        self.setSubTitle(self.tr("CSV, tab-separated text or an Excel workbook (XLSX)."))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        history = QPushButton(self.tr("Past imports…"))
        history.clicked.connect(lambda: ImportHistoryDialog(wizard.ctx, self).exec())
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        row.addWidget(history)
        self.encoding = QComboBox()
        self.encoding.addItem(_tr(DETECT), None)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.delimiter = QComboBox()
        self.delimiter.addItem(_tr(DETECT), None)
        for char in DELIMITER_NAMES:
            self.delimiter.addItem(delimiter_name(char), char)
        self.sheet = QComboBox()
        self.sheet.addItem(self.tr("First sheet"), None)
        self.region = QLineEdit(DEFAULT_REGION)
        self.region.setMaxLength(2)
        self.status = QComboBox()
        for status in LegalStatus:
            self.status.addItem(label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(LegalStatus.UNKNOWN.value))
        self.detected = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Delimiter"), self.delimiter)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Phone region (no +code)"), self.region)
        form.addRow(self.tr("Legal status when none is given"), self.status)
        form.addRow(self.detected)
        self.path.textChanged.connect(self._file_changed)

    @staticmethod
    def choice(combo: QComboBox) -> str | None:
        value = combo.currentData()
        return str(value) if value else None

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Contact list"),
            "",
            self.tr("Contact lists (*.csv *.txt *.tsv *.xlsx);;All files (*)"),
        )
        if name:
            self.path.setText(name)

    def _file_changed(self) -> None:
        self.sheet.clear()
        self.sheet.addItem(self.tr("First sheet"), None)
        self.detected.clear()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Open the file (only its first rows); a file that cannot be read stops here."""
        try:
            chosen = ImportOptions(
                encoding=self.choice(self.encoding),
                delimiter=self.choice(self.delimiter),
                sheet=self.choice(self.sheet),
            )
            preview = imports.inspect_file(self.owner.path, chosen)
        except EvactrackError as error:
            dialogs.show_error(self, error)
            return False
        self.owner.file_preview = preview
        info = preview.info
        if info.kind == "xlsx" and self.sheet.count() == 1:
            for sheet in info.sheets:
                self.sheet.addItem(sheet, sheet)
        detected = (
            arg(self.tr("Sheet '%1'"), info.sheet)
            if info.kind == "xlsx"
            else f"{info.encoding}, {delimiter_name(info.delimiter)}"
        )
        self.detected.setText(
            arg(
                self.tr("Read as: %1; header on row %2, %L3 columns."),
                detected,
                info.header_row,
                len(info.headers),
            )
        )
        return True


class MappingPage(QWizardPage):
    """One column per file column: what it holds (a choice) above its first values; below,
    the values of the legal-status column that their words do not tell, each with a choice.
    ``legal_values_shown`` fires when those values, read in the background, are listed."""

    legal_values_shown = Signal()

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the list goes to a field of the case, or is not imported. "
                "The first rows are shown below."
            )
        )
        self.table = QTableWidget()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        save = QPushButton(self.tr("Save mapping…"))
        load = QPushButton(self.tr("Load mapping…"))
        save.clicked.connect(self._save_clicked)
        load.clicked.connect(self._load_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(load)
        buttons.addWidget(save)
        buttons.addStretch()
        self.legal_hint = QLabel()
        self.legal_hint.setWordWrap(True)
        self.legal_values = QTableWidget(0, 2)
        self.legal_values.setHorizontalHeaderLabels(
            [self.tr("Legal status in the list"), self.tr("Means")]
        )
        self.legal_values.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.legal_hint)
        layout.addWidget(self.legal_values, 1)
        layout.addLayout(buttons)
        self.combos: dict[str, QComboBox] = {}
        # Value as written → its choice; the mapping's own choices are kept for values
        # that are not (or not yet) listed.
        self.value_combos: dict[str, QComboBox] = {}
        self.chosen: dict[str, LegalStatus] = {}
        self.legal_column: str | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        preview = self.owner.file_preview
        assert preview is not None
        headers = preview.info.headers
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(1 + len(preview.rows))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels([self.tr("Goes to"), *map(str, preview.row_numbers)])
        self.combos = {}
        for column, header in enumerate(headers):
            combo = QComboBox()
            combo.addItem(_tr(NOT_IMPORTED), None)
            for target in Target:
                combo.addItem(label(target), target.value)
            self.combos[header] = combo
            self.table.setCellWidget(0, column, combo)
            for row, cells in enumerate(preview.rows, start=1):
                value = cells[column] if column < len(cells) else ""
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.legal_column = None
        self.apply(preview.mapping)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self._find_legal_values)
        self._find_legal_values()

    def apply(self, mapping: ColumnMapping) -> None:
        self.chosen = dict(mapping.legal_statuses)
        for header, combo in self.combos.items():
            target = mapping.columns.get(header)
            combo.setCurrentIndex(combo.findData(target.value if target else None))
        for value, combo in self.value_combos.items():
            status = ColumnMapping(legal_statuses=self.chosen).legal_status_of(value)
            combo.setCurrentIndex(combo.findData(status.value if status else None))

    def mapping(self) -> ColumnMapping | None:
        if not self.combos:
            return None
        kept = {v: s.value for v, s in self.chosen.items() if v not in self.value_combos}
        listed = {v: c.currentData() for v, c in self.value_combos.items()}
        return ColumnMapping(
            {h: Target(c.currentData()) for h, c in self.combos.items() if c.currentData()},
            {v: LegalStatus(s) for v, s in {**kept, **listed}.items() if s},
        )

    def _find_legal_values(self) -> None:
        """List the legal-status values to map, read from the whole column off the GUI
        thread, once the column holding them is known (again when it changes)."""
        column = next(
            (h for h, c in self.combos.items() if c.currentData() == Target.LEGAL_STATUS), None
        )
        if column == self.legal_column:
            return
        self.legal_column = column
        self._show_legal_values([])
        if column is None:
            self.legal_values_shown.emit()
            return
        owner, path = self.owner, self.owner.path
        options = owner.import_options(with_decisions=False)
        reading = self.tr("Reading the legal statuses…")
        Operation(
            self, lambda _progress: imports.unmatched_legal_statuses(path, options, column)
        ).success(lambda values: self._legal_values_read(column, values)).failure(
            self._legal_values_failed
        ).with_progress(reading).run()

    def _legal_values_read(self, column: str, values: list[str]) -> None:
        if column == self.legal_column:  # not if another column was chosen meanwhile
            self._show_legal_values(values)
            self.legal_values_shown.emit()

    def _legal_values_failed(self, error: BaseException) -> None:
        self.legal_column = None
        if not isinstance(error, OperationCancelled):
            dialogs.show_error(self, error)
        self.legal_values_shown.emit()

    def _show_legal_values(self, values: list[str]) -> None:
        chosen = ColumnMapping(legal_statuses=self.chosen)
        self.legal_hint.setText(
            self.tr(
                "%n legal status value(s) of the list are not recognised. Choose what each "
                "means; those left unrecognised are imported as unknown and reported.",
                "",
                len(values),
            )
            if values
            else ""
        )
        self.legal_values.setVisible(bool(values))
        self.legal_values.setRowCount(len(values))
        self.value_combos = {}
        for row, value in enumerate(values):
            self.legal_values.setItem(row, 0, QTableWidgetItem(value))
            combo = QComboBox()
            combo.addItem(_tr(NOT_RECOGNISED), None)
            for status in LegalStatus:
                combo.addItem(label(status), status.value)
            means = chosen.legal_status_of(value)
            combo.setCurrentIndex(combo.findData(means.value if means else None))
            self.legal_values.setCellWidget(row, 1, combo)
            self.value_combos[value] = combo

    def choose_legal_status(self, value: str, status: LegalStatus | None) -> None:
        combo = self.value_combos[value]
        combo.setCurrentIndex(combo.findData(status.value if status else None))

    def save_mapping(self, path: Path) -> None:
        mapping = self.mapping()
        if mapping is not None:
            mapping.save(path)

    def load_mapping(self, path: Path) -> None:
        """Apply a saved mapping; columns it names that this file lacks are reported."""
        try:
            mapping = ColumnMapping.load(path)
        except EvactrackError as error:
            dialogs.show_error(self, error)
            return
        missing = [h for h in mapping.columns if h not in self.combos]
        self.apply(mapping)
        if missing:
            dialogs.show_warning(
                self,
                arg(
                    self.tr("These columns of the mapping are not in this file: %1"),
                    ", ".join(missing),
                ),
            )

    def _save_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save mapping"), "", self.tr("Mapping (*.json)")
        )
        if name:
            self.save_mapping(Path(name))

    def _load_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load mapping"), "", self.tr("Mapping (*.json)")
        )
        if name:
            self.load_mapping(Path(name))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        preview = self.owner.file_preview
        mapping = self.mapping()
        assert preview is not None and mapping is not None
        try:
            mapping.check(preview.info.headers, preview.info.path.name)
        except EvactrackError as error:
            dialogs.show_error(self, error)
            return False
        return True


class DuplicatesPage(QWizardPage):
    """Each row that may be someone already known: the caseworker chooses, Skip by default."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Review possible duplicates"))
        self.info = QLabel(self.tr("Checking the list…"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("In the list"), self.tr("May be"), self.tr("Choice")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table)
        self.choices: dict[int, QComboBox] = {}
        self.ready = False
        wizard.previewed.connect(self._show)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.ready = False
        self.choices = {}
        self.table.setRowCount(0)
        self.info.setText(self.tr("Checking the list…"))
        self.completeChanged.emit()
        self.owner.run_preview(with_decisions=False)

    def _show(self, result: ImportResult) -> None:
        if self.owner.currentPage() is not self:
            return
        groups = result.duplicates
        self.info.setText(
            self.tr(
                "%Ln row(s) may be persons already known. Nothing is merged unless you choose it.",
                "",
                len(groups),
            )
            if groups
            else self.tr("No row looks like a person already known.")
        )
        self.table.setRowCount(len(groups))
        for index, group in enumerate(groups):
            known = "; ".join(
                (f"#{m.person_id} " if m.person_id else arg(self.tr("row %1: "), m.row))
                + f"{m.name} ({m.reason})"
                for m in group.matches
            )
            for column, value in enumerate((str(group.row), group.name, known)):
                self.table.setItem(index, column, QTableWidgetItem(value))
            combo = QComboBox()
            for action, text in CHOICES.items():
                combo.addItem(_tr(text), action.value)
            self.table.setCellWidget(index, 3, combo)
            self.choices[group.row] = combo
        self.ready = True
        self.completeChanged.emit()

    def stopped(self, error: BaseException) -> None:
        self.info.setText(arg(self.tr("The list was not checked: %1"), error))

    def choose(self, row: int, action: OnDuplicate) -> None:
        combo = self.choices[row]
        combo.setCurrentIndex(combo.findData(action.value))

    def decisions(self) -> dict[int, OnDuplicate]:
        return {row: OnDuplicate(c.currentData()) for row, c in self.choices.items()}

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.ready


class SummaryPage(QWizardPage):
    """Exactly what the import will do, from a dry run with the caseworker's choices."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("What the import will do"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.result: ImportResult | None = None
        self.counts = QLabel()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.details)
        self.ready = False
        wizard.previewed.connect(self._show)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.ready = False
        self.result = None
        self.counts.setText(self.tr("Checking the list…"))
        self.details.clear()
        self.completeChanged.emit()
        self.owner.run_preview(with_decisions=True)

    def _show(self, result: ImportResult) -> None:
        if self.owner.currentPage() is not self:
            return
        self.result = result
        self.counts.setText(
            arg(
                self.tr(
                    "%L1 will be created, %L2 merged, %L3 skipped, %L4 rejected. Nothing has "
                    "changed yet."
                ),
                result.created,
                result.merged,
                result.skipped,
                result.rejected,
            )
        )
        self.details.setPlainText(import_summary.summary_text(result, issue_limit=500))
        self.ready = True
        self.completeChanged.emit()

    def stopped(self, error: BaseException) -> None:
        self.counts.setText(arg(self.tr("The list was not checked: %1"), error))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.ready


class ResultPage(QWizardPage):
    """The import's outcome, and the way back: undo it as a whole."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Import"))
        self.text = QLabel(self.tr("Importing…"))
        self.text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(wizard.undo_import)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.undo_button)
        layout.addStretch()
        self.done_ = False
        wizard.imported.connect(self._show)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Once imported there is nothing to cancel and no way back but Undo this import:
        the wizard offers Close alone."""
        self.done_ = False
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.owner.setButtonLayout(
            [QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton]
        )
        self.completeChanged.emit()
        self.owner.run_import()

    def _show(self, outcome: object) -> None:
        if isinstance(outcome, ImportResult):
            self.text.setText(
                arg(
                    self.tr("Import #%1 done: %L2 created, %L3 merged, %L4 skipped, %L5 rejected."),
                    outcome.batch_id,
                    outcome.created,
                    outcome.merged,
                    outcome.skipped,
                    outcome.rejected,
                )
            )
            self.undo_button.setEnabled(True)
        self.done_ = True
        self.completeChanged.emit()

    def show_failure(self, error: BaseException) -> None:
        self.text.setText(arg(self.tr("Nothing was imported: %1"), error))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.done_


class ImportHistoryDialog(QDialog):
    """Past imports, newest first; one can be undone as a whole."""

    undone = Signal(object)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Past imports"))
        columns = ["#", self.tr("File"), self.tr("By"), self.tr("When (UTC)"), self.tr("Created"),
                   self.tr("Merged"), self.tr("Skipped"), self.tr("Rejected"),
                   self.tr("Undone")]  # fmt: skip
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch()
        row.addWidget(buttons)
        layout.addLayout(row)
        self.batches: list[imports.BatchSummary] = []
        self.refresh()

    def refresh(self) -> None:
        self.batches = imports.list_batches(self.ctx)
        self.table.setRowCount(len(self.batches))
        for index, b in enumerate(self.batches):
            undone = f"{b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else ""
            values = (b.id, b.file_name, b.username or "", f"{b.created_at:%Y-%m-%d %H:%M}",
                      b.created, b.merged, b.skipped, b.rejected, undone)  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(str(value)))

    def undo_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            dialogs.show_info(self, self.tr("Choose the import to undo."))
            return
        batch = self.batches[rows[0].row()]
        if batch.undone_at is not None:
            dialogs.show_info(self, arg(self.tr("Import #%1 was already undone."), batch.id))
            return
        question = arg(
            self.tr(
                "Undo import #%1 (%2)? The %L3 persons it created are deleted and its %L4 merges "
                "are reverted."
            ),
            batch.id,
            batch.file_name,
            batch.created,
            batch.merged,
        )
        if not dialogs.ask_user(self, question):
            return
        ctx, batch_id = self.ctx, batch.id
        Operation(self, lambda _progress: imports.undo_import(ctx, batch_id), write=True).success(
            self._undone
        ).failure(self._failed).run()

    def _undone(self, result: imports.UndoResult) -> None:
        self.refresh()
        dialogs.show_info(self, undone_text(result))
        self.undone.emit(result)

    def _failed(self, error: BaseException) -> None:
        dialogs.show_error(self, error)
        self.undone.emit(error)
