"""A colleague saved the person the caseworker is editing: both versions side by side."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from evactrack.domain.enums import LabelledEnum
from evactrack.services import persons
from evactrack.services.audit import as_text
from evactrack.services.persons import PersonDetail, PersonInput
from evactrack.ui.i18n import label
from evactrack.ui.views.case_tables import fill, read_only_table
from evactrack.ui.views.history_words import HistoryWords


def _shown(value: object) -> str:
    if isinstance(value, LabelledEnum):
        return label(value)
    if isinstance(value, frozenset):
        return ", ".join(sorted(_shown(v) for v in value))
    if isinstance(value, tuple):
        return "; ".join(f"{v.number}" if hasattr(v, "number") else _shown(v) for v in value)
    return as_text(value) or ""


class ConflictDialog(QDialog):
    """Both versions side by side: keep theirs, save mine over theirs, or keep editing."""

    KEEP_THEIRS, SAVE_MINE, KEEP_EDITING = 1, 2, 0

    def __init__(self, mine: PersonInput, theirs: PersonDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        # Compared as they would be stored, so a phone typed with spaces is no difference.
        cleaned = persons.clean_input(mine)
        self.differences = [
            (f.name, _shown(getattr(cleaned, f.name)), _shown(getattr(theirs.data, f.name)))
            for f in fields(PersonInput)
            if _shown(getattr(cleaned, f.name)) != _shown(getattr(theirs.data, f.name))
        ]
        text = QLabel(
            self.tr(
                "%s was saved by someone else after you opened it. "
                "Nothing has been overwritten. Choose which version to keep."
            )
            % theirs.name,
            self,
        )
        text.setWordWrap(True)
        self.table = read_only_table(
            self, [self.tr("Field"), self.tr("Your version"), self.tr("Saved")]
        )
        fill(self.table, [[self.field_label(f), *values] for f, *values in self.differences])
        buttons = QDialogButtonBox(self)
        theirs_button = buttons.addButton(
            self.tr("Keep the saved version"), QDialogButtonBox.ButtonRole.RejectRole
        )
        mine_button = buttons.addButton(
            self.tr("Save my version over it"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        edit_button = buttons.addButton(
            self.tr("Keep editing"), QDialogButtonBox.ButtonRole.ActionRole
        )
        theirs_button.clicked.connect(lambda: self.done(self.KEEP_THEIRS))
        mine_button.clicked.connect(lambda: self.done(self.SAVE_MINE))
        edit_button.clicked.connect(lambda: self.done(self.KEEP_EDITING))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(700, 400)

    def field_label(self, field: str) -> str:
        """What the caseworker calls a field of :class:`PersonInput` (its name if new)."""
        return HistoryWords(self).field(field)

    @staticmethod
    def ask(mine: PersonInput, theirs: PersonDetail, parent: QWidget | None) -> int:
        return ConflictDialog(mine, theirs, parent).exec()
