"""The person form: identity, documents, phones, e-mail, location, flags, wishes, notes.

Used to create a person (Ctrl+N) and inside the case detail. The form only collects; the
service cleans and validates, so the same rules hold for the GUI, the CLI and imports.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evactrack.domain.enums import (
    DocumentType,
    LegalStatus,
    PhoneLabel,
    Sex,
    VulnerabilityFlag,
    WishesToLeave,
)
from evactrack.domain.errors import EvactrackError, ValidationError
from evactrack.domain.phones import (
    DEFAULT_REGION,
    NotAPhoneNumber,
    country_name,
    format_for_display,
    normalise_phone,
    phone_problem,
    region_of_country,
    suggest_country,
)
from evactrack.services import caselist, persons, settings
from evactrack.services.context import Context
from evactrack.services.persons import Document, PersonDetail, PersonInput, Phone, PhoneInput
from evactrack.ui import dialogs
from evactrack.ui.i18n import arg, label
from evactrack.ui.widgets import native_script_font


def _enum_combo(parent: QWidget, members: list[object]) -> QComboBox:
    combo = QComboBox(parent)
    for member in members:
        combo.addItem(label(member), member)  # type: ignore[arg-type]
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class PersonForm(QWidget):
    """Fields of one person; ``data()`` reads them back as a :class:`PersonInput`."""

    def __init__(self, rendezvous_points: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self._phone_labels: dict[str, PhoneLabel] = {}
        self.given_name = QLineEdit(self)
        self.family_name = QLineEdit(self)
        self.native_name = QLineEdit(self)
        self.native_name.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.native_name.setFont(native_script_font(self.native_name.font()))
        self.father_name = QLineEdit(self)
        self.grandfather_name = QLineEdit(self)
        self.aliases = QLineEdit(self)
        self.aliases.setPlaceholderText(self.tr("separated by commas"))
        self.date_of_birth = QLineEdit(self)
        self.date_of_birth.setPlaceholderText(self.tr("YYYY-MM-DD or a year"))
        self.sex = _enum_combo(self, list(Sex))
        self.nationality = QLineEdit(self)
        self.legal_status = _enum_combo(self, list(LegalStatus))
        self.phones = QPlainTextEdit(self)
        self.phones.setPlaceholderText(self.tr("one number per line, in any format"))
        self.phones.setMaximumHeight(70)
        self.phone_warning = QLabel(self)
        self.phone_warning.setStyleSheet("color: #a00")
        self.phone_warning.setWordWrap(True)
        # A number valid only with a country code: the likely country, and a button to use it.
        self.operation_country = DEFAULT_REGION
        self.phone_suggestion = QLabel(self)
        self.phone_suggestion.setWordWrap(True)
        self.use_suggestion = QPushButton(self.tr("&Use this number"), self)
        self.use_suggestion.clicked.connect(self._use_suggestion)
        self._suggested: tuple[str, str] | None = None  # (line as typed, number to use)
        self.phones.textChanged.connect(self._suggest_country)
        self.nationality.textChanged.connect(self._suggest_country)
        self._suggest_country()
        self.email = QLineEdit(self)
        self.documents = QPlainTextEdit(self)
        self.documents.setPlaceholderText(
            self.tr("one per line: type number, e.g. passport P1234567 (types: %s)")
            % ", ".join(d.value for d in DocumentType)
        )
        self.documents.setMaximumHeight(70)
        self.location = QLineEdit(self)
        self.rendezvous_point = QComboBox(self)
        self.rendezvous_point.addItem(self.tr("(none)"), None)
        for point_id, name in rendezvous_points:
            self.rendezvous_point.addItem(name, point_id)
        self.wishes_to_leave = _enum_combo(self, list(WishesToLeave))
        self.flags = {flag: QCheckBox(label(flag), self) for flag in VulnerabilityFlag}
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(90)

        identity = QFormLayout()
        identity.addRow(self.tr("Given name"), self.given_name)
        identity.addRow(self.tr("Family name"), self.family_name)
        identity.addRow(self.tr("Name (native script)"), self.native_name)
        identity.addRow(self.tr("Father's name"), self.father_name)
        identity.addRow(self.tr("Grandfather's name"), self.grandfather_name)
        identity.addRow(self.tr("Other spellings"), self.aliases)
        identity.addRow(self.tr("Date of birth"), self.date_of_birth)
        identity.addRow(self.tr("Sex"), self.sex)
        identity.addRow(self.tr("Nationality"), self.nationality)
        identity.addRow(self.tr("Legal status"), self.legal_status)
        reach = QFormLayout()
        reach.addRow(self.tr("Phones"), self.phones)
        reach.addRow("", self.phone_warning)
        suggestion = QHBoxLayout()
        suggestion.addWidget(self.phone_suggestion, 1)
        suggestion.addWidget(self.use_suggestion)
        reach.addRow("", suggestion)
        reach.addRow(self.tr("E-mail"), self.email)
        reach.addRow(self.tr("Documents"), self.documents)
        reach.addRow(self.tr("Location"), self.location)
        reach.addRow(self.tr("Rendezvous point"), self.rendezvous_point)
        reach.addRow(self.tr("Wishes to leave"), self.wishes_to_leave)
        flag_box = QGroupBox(self.tr("Vulnerability"), self)
        flag_layout = QHBoxLayout(flag_box)
        for box in self.flags.values():
            flag_layout.addWidget(box)
        grid = QGridLayout()
        grid.addLayout(identity, 0, 0)
        grid.addLayout(reach, 0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(flag_box)
        layout.addWidget(QLabel(self.tr("Notes"), self))
        layout.addWidget(self.notes)

    def set_data(self, data: PersonInput, phones: tuple[Phone, ...] = ()) -> None:
        self.given_name.setText(data.given_name or "")
        self.family_name.setText(data.family_name or "")
        self.native_name.setText(data.native_name or "")
        self.father_name.setText(data.father_name or "")
        self.grandfather_name.setText(data.grandfather_name or "")
        self.aliases.setText(", ".join(data.aliases))
        if data.date_of_birth:
            self.date_of_birth.setText(data.date_of_birth.isoformat())
        else:
            self.date_of_birth.setText(str(data.birth_year) if data.birth_year else "")
        _select(self.sex, data.sex)
        self.nationality.setText(data.nationality or "")
        _select(self.legal_status, data.legal_status)
        self._phone_labels = {p.number: p.label for p in data.phones}
        self.phones.setPlainText("\n".join(format_for_display(p.number) for p in data.phones))
        invalid = [p.number for p in phones if not p.valid]
        self.phone_warning.setText(
            self.tr("Not a valid number, kept as written: %s") % ", ".join(invalid)
            if invalid
            else ""
        )
        self.email.setText(data.email or "")
        self.documents.setPlainText(
            "\n".join(f"{d.doc_type.value} {d.number}" for d in data.documents)
        )
        self.location.setText(data.location or "")
        _select(self.rendezvous_point, data.rendezvous_point_id)
        _select(self.wishes_to_leave, data.wishes_to_leave)
        for flag, box in self.flags.items():
            box.setChecked(flag in data.flags)
        self.notes.setPlainText(data.notes or "")

    def data(self) -> PersonInput:
        """What the fields say; a date or document line that cannot be read is refused."""
        born = self.date_of_birth.text().strip()
        date_of_birth, birth_year = None, None
        if born.isdigit():
            birth_year = int(born)
        elif born:
            try:
                date_of_birth = date.fromisoformat(born)
            except ValueError as exc:
                raise ValidationError(
                    self.tr("The date of birth '%s' is not YYYY-MM-DD or a year.") % born
                ) from exc
        return PersonInput(
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            native_name=self.native_name.text(),
            father_name=self.father_name.text(),
            grandfather_name=self.grandfather_name.text(),
            aliases=tuple(a.strip() for a in self.aliases.text().split(",") if a.strip()),
            date_of_birth=date_of_birth,
            birth_year=birth_year,
            sex=Sex(self.sex.currentData()),
            nationality=self.nationality.text(),
            legal_status=LegalStatus(self.legal_status.currentData()),
            phones=self._phone_inputs(),
            email=self.email.text(),
            documents=self._documents(),
            location=self.location.text(),
            rendezvous_point_id=self.rendezvous_point.currentData(),
            wishes_to_leave=WishesToLeave(self.wishes_to_leave.currentData()),
            flags=frozenset(f for f, box in self.flags.items() if box.isChecked()),
            notes=self.notes.toPlainText(),
        )

    def explain(self, error: EvactrackError) -> str:
        """Show a refusal beside the field it names (the phones box) and go there; the text
        for the message box, in the interface's language where the form knows the words."""
        if not isinstance(error, NotAPhoneNumber):
            return str(error)
        text = arg(self.tr("'%1' is not a phone number: %2."), error.text, label(error.problem))
        self.phone_warning.setText(text)
        self.phones.setFocus()
        return text

    def _suggest_country(self) -> None:
        """The first number not valid as written that is valid with the operation's
        country code, else with that of the person's nationality."""
        self._suggested = None
        regions = (self.operation_country, region_of_country(self.nationality.text()))
        for line in self.phones.toPlainText().splitlines():
            text = line.strip()
            if not text or phone_problem(text) or normalise_phone(text).valid:
                continue
            found = suggest_country(text, regions)
            if found is not None:
                shown = format_for_display(found.number)
                self._suggested = (line, shown)
                language = QLocale().name().split("_")[0]
                self.phone_suggestion.setText(
                    arg(
                        self.tr("%1 is not valid as written; with the code of %2: %3"),
                        text,
                        country_name(found.region, language),
                        shown,
                    )
                )
                break
        self.phone_suggestion.setVisible(self._suggested is not None)
        self.use_suggestion.setVisible(self._suggested is not None)

    def _use_suggestion(self) -> None:
        """Replace the line with the number as suggested, with its country code."""
        if self._suggested is None:
            return
        line, number = self._suggested
        lines = self.phones.toPlainText().splitlines()
        lines[lines.index(line)] = number
        self.phones.setPlainText("\n".join(lines))
        self.phones.setFocus()

    def _phone_inputs(self) -> tuple[PhoneInput, ...]:
        """Each line a number; a number already on file keeps its label (WhatsApp, …)."""
        result = []
        for line in self.phones.toPlainText().splitlines():
            if line.strip():
                number = normalise_phone(line.strip()).number
                kind = self._phone_labels.get(number, PhoneLabel.MOBILE)
                result.append(PhoneInput(line.strip(), kind))
        return tuple(result)

    def _documents(self) -> tuple[Document, ...]:
        result = []
        for line in self.documents.toPlainText().splitlines():
            if not line.strip():
                continue
            kind, _, number = line.strip().partition(" ")
            try:
                doc_type = DocumentType(kind.strip().lower())
            except ValueError as exc:
                raise ValidationError(
                    self.tr("'%s' is not a document type; use one of: %s.")
                    % (kind, ", ".join(d.value for d in DocumentType))
                ) from exc
            if not number.strip():
                raise ValidationError(self.tr("The %s line has no number.") % kind)
            result.append(Document(doc_type, number.strip()))
        return tuple(result)


class NewPersonDialog(QDialog):
    """Ctrl+N: register a person; on a bad value the dialog stays open with the message."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: PersonDetail | None = None
        self.setWindowTitle(self.tr("New person"))
        self.form = PersonForm(caselist.filter_choices(ctx).rendezvous_points, self)
        self.form.operation_country = settings.get(ctx, settings.OPERATION_COUNTRY)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.created = persons.create_person(self.ctx, self.form.data())
        except EvactrackError as exc:
            dialogs.show_error(self, self.form.explain(exc))
            return
        self.accept()
