"""Instructions to each evacuee: preview, copy, export for a gateway, record as sent; and
the administrator's editor of the templates (Dari and Pashto typed right-to-left)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evactrack.domain import messages as domain
from evactrack.domain.enums import ContactChannel, Role
from evactrack.domain.errors import EvactrackError
from evactrack.services import messages
from evactrack.services.context import Context
from evactrack.ui import dialogs
from evactrack.ui.i18n import arg, label
from evactrack.ui.widgets import accept_cancel_buttons, native_script_font, save_shortcut

NAME, PHONE, LANGUAGE = range(3)


def _direction(language: str) -> Qt.LayoutDirection:
    return (
        Qt.LayoutDirection.RightToLeft
        if domain.is_right_to_left(language)
        else Qt.LayoutDirection.LeftToRight
    )


class _Names(QWidget):
    """The translated names of the template languages and fields (translated once)."""

    def languages(self) -> dict[str, str]:
        return {
            domain.ENGLISH: self.tr("English"),
            domain.DARI: self.tr("Dari"),
            domain.PASHTO: self.tr("Pashto"),
            domain.FRENCH: self.tr("French"),
        }

    def fields(self) -> dict[str, str]:
        return {
            "name": self.tr("the person's name"),
            "point": self.tr("the rendezvous point"),
            "address": self.tr("its address"),
            "window": self.tr("the time window"),
            "signal": self.tr("the recognition signal"),
            "bring": self.tr("the household's documents to bring"),
            "contact": self.tr("the emergency contact"),
        }


class _MessageTable(QTableWidget):
    """Ctrl+C copies the chosen person's message, not the cell's text."""

    copy_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            return
        super().keyPressEvent(event)


class MessagesDialog(QDialog):
    """The messages of a movement (or of chosen persons): one per person, in their language."""

    def __init__(
        self,
        ctx: Context,
        parent: QWidget | None = None,
        *,
        movement_id: int | None = None,
        person_ids: list[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.movement_id, self.person_ids = ctx, movement_id, person_ids or []
        self.batch = messages.MessageBatch(())
        names = _Names(self)
        self.language_names = names.languages()
        self.field_names = names.fields()
        self.setWindowTitle(
            arg(self.tr("Messages for movement #%1"), movement_id)
            if movement_id is not None
            else self.tr("Messages for the chosen persons")
        )
        self.default_language = QComboBox()
        for code, name in self.language_names.items():
            self.default_language.addItem(name, code)
        self.default_language.currentIndexChanged.connect(self.reload)
        self.channel = QComboBox()
        for channel in messages.SENT_CHANNELS:
            self.channel.addItem(label(channel), channel)
        self.table = _MessageTable(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Phone"), self.tr("Language")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(self._show_current)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFont(native_script_font(self.preview.font()))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.copy_button = QPushButton(self.tr("&Copy message"))
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.sent_button = QPushButton(self.tr("&Mark as sent…"))
        self.copy_button.clicked.connect(self.copy_current)
        self.export_button.clicked.connect(self.export)
        self.sent_button.clicked.connect(self.mark_sent)
        self.table.copy_requested.connect(self.copy_current)
        writer = ctx.actor.role is not Role.VIEWER and not ctx.db.read_only
        self.export_button.setEnabled(writer)
        self.sent_button.setEnabled(writer)

        options = QFormLayout()
        options.addRow(self.tr("&Language when the record names none:"), self.default_language)
        options.addRow(self.tr("Sent &by:"), self.channel)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.export_button, self.sent_button):
            buttons.addWidget(button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(splitter)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        self.resize(720, 560)
        self.reload()

    def reload(self) -> None:
        """Render the messages again (the default language or a template changed)."""
        language = self.default_language.currentData()
        try:
            if self.movement_id is not None:
                self.batch = messages.movement_messages(self.ctx, self.movement_id, language)
            else:
                self.batch = messages.persons_messages(self.ctx, self.person_ids, language)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return
        self.table.setRowCount(len(self.batch.messages))
        for row, m in enumerate(self.batch.messages):
            phone = m.phone or self.tr("no phone")
            for column, text in ((NAME, m.name), (PHONE, phone), (LANGUAGE, m.language)):
                item = QTableWidgetItem(self.language_names[text] if column == LANGUAGE else text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.notes.setText(self._notes())
        if self.batch.messages:
            self.table.selectRow(0)
        self._show_current()

    def _notes(self) -> str:
        said = []
        if not self.batch.messages and self.movement_id is not None:
            said.append(self.tr("No one to write to: no person is waiting for this movement."))
        if self.batch.without_phone:
            said.append(
                self.tr(
                    "%n person(s) have no valid phone: they are not exported or marked as sent.",
                    "",
                    len(self.batch.without_phone),
                )
            )
        if self.batch.not_on_movement:
            said.append(
                self.tr(
                    "%n chosen person(s) are on no open movement and get no message.",
                    "",
                    len(self.batch.not_on_movement),
                )
            )
        if self.batch.missing:
            fields = ", ".join(self.field_names[f] for f in self.batch.missing)
            said.append(arg(self.tr("Every message leaves these empty: %1."), fields))
        return "\n".join(said)

    def selected_messages(self) -> list[messages.Message]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.batch.messages[r] for r in rows]

    def current_message(self) -> messages.Message | None:
        """The message of the row the caseworker is on (the preview shows it)."""
        row = self.table.currentRow()
        return self.batch.messages[row] if 0 <= row < len(self.batch.messages) else None

    def _show_current(self) -> None:
        current = self.current_message()
        self.preview.setPlainText(current.text if current else "")
        self.preview.setLayoutDirection(
            _direction(current.language) if current else Qt.LayoutDirection.LeftToRight
        )
        self.copy_button.setEnabled(current is not None)

    def copy_current(self) -> None:
        current = self.current_message()
        if current is not None:
            QGuiApplication.clipboard().setText(current.text)

    def export(self) -> None:
        """All messages with a phone, for a bulk-SMS or messaging gateway."""
        if not any(m.phone for m in self.batch.messages):
            dialogs.show_warning(self, self.tr("No message has a phone to be sent to."))
            return
        name = f"messages-{self.movement_id}.csv" if self.movement_id else "messages.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export messages"), name, self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        about = f"movement {self.movement_id}" if self.movement_id else "chosen persons"
        try:
            count = messages.export_csv(self.ctx, Path(path), self.batch, about)
        except (EvactrackError, OSError) as exc:
            dialogs.show_error(self, exc)
            return
        dialogs.show_info(self, arg(self.tr("Exported %n message(s) to %1.", "", count), path))

    def mark_sent(self) -> None:
        """After the caseworker sent them: a contact attempt for each chosen message with a
        phone (all of them when none is chosen)."""
        chosen = self.selected_messages() or list(self.batch.messages)
        sendable = [m for m in chosen if m.phone]
        if not sendable:
            dialogs.show_warning(self, self.tr("Choose messages with a phone."))
            return
        channel = ContactChannel(self.channel.currentData())
        question = arg(
            self.tr("Record that the message was sent by %1 to %n person(s)?", "", len(sendable)),
            self.channel.currentText(),
        )
        if not dialogs.ask_user(self, question):
            return
        try:
            count = messages.record_sent(self.ctx, sendable, channel)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return
        dialogs.show_info(self, self.tr("%n contact attempt(s) recorded.", "", count))


class TemplatesDialog(QDialog):
    """An administrator edits the message of each language; an unknown field is refused when
    saving, and Dari and Pashto are typed and shown right-to-left."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Message templates"))
        names = _Names(self)
        self.saved = messages.templates(ctx)
        self.tabs = QTabWidget()
        self.editors: dict[str, QPlainTextEdit] = {}
        for language, name in names.languages().items():
            editor = QPlainTextEdit(self.saved[language].text)
            editor.setLayoutDirection(_direction(language))
            editor.setFont(native_script_font(editor.font()))
            editor.setTabChangesFocus(True)
            self.editors[language] = editor
            self.tabs.addTab(editor, name)
        fields = "\n".join(f"{{{key}}}: {text}" for key, text in names.fields().items())
        help_text = QLabel(self.tr("The fields a message can hold:") + "\n" + fields)
        help_text.setTextFormat(Qt.TextFormat.PlainText)
        help_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(help_text)
        layout.addWidget(accept_cancel_buttons(self, QDialogButtonBox.StandardButton.Save))
        save_shortcut(self, self.accept)
        self.resize(640, 480)

    def accept(self) -> None:
        """Save each changed language; on a refusal the dialog stays open on that language
        with the text typed."""
        for language, editor in self.editors.items():
            text = editor.toPlainText()
            if text.strip() == self.saved[language].text:
                continue
            try:
                self.saved[language] = messages.save_template(
                    self.ctx, language, text, self.saved[language].version
                )
            except EvactrackError as exc:
                self.tabs.setCurrentWidget(editor)
                editor.setFocus()
                dialogs.show_error(self, exc)
                return
        super().accept()
