"""The person form: identity, languages, phones, e-mail, documents, location and
coordinates, flags, wishes, notes.

Used to create a person (Ctrl+N) and inside the case detail. The form only collects; the
service cleans and validates, so the same rules hold for the GUI, the CLI and imports. A
field left as shown is saved back exactly as it was read.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
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
from evactrack.ui.views.point_form import read_coordinate
from evactrack.ui.widgets import (
    mark_problems,
    marked,
    native_script_font,
    save_shortcut,
    typed_values,
)


def _enum_combo(parent: QWidget, members: list[object]) -> QComboBox:
    combo = QComboBox(parent)
    for member in members:
        combo.addItem(label(member), member)  # type: ignore[arg-type]
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _listed(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _four_digit_short_format(locale: QLocale) -> str:
    """The locale's short date format with the year in full (31/12/2000, 12/31/2000): a
    two-digit year could be read in the wrong century."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def read_date(text: str, locale: QLocale | None = None) -> date | None:
    """A date typed as ISO (2000-12-31) or in the interface's short form with a four-digit
    year (31/12/2000 in French); ``None`` if neither."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    typed = (locale or QLocale()).toDate(text, _four_digit_short_format(locale or QLocale()))
    return date(typed.year(), typed.month(), typed.day()) if typed.isValid() else None


def date_example(locale: QLocale | None = None) -> str:
    """31 December 2000 as :func:`read_date` reads it in the interface's short form."""
    locale = locale or QLocale()
    return locale.toString(QDate(2000, 12, 31), _four_digit_short_format(locale))


def text_box(parent: QWidget, height: int) -> QPlainTextEdit:
    """A text box that Tab leaves (as every other field), for phones, documents, notes."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


ENUM_FIELDS: dict[str, type[Sex | LegalStatus | WishesToLeave]] = {
    "sex": Sex,
    "legal_status": LegalStatus,
    "wishes_to_leave": WishesToLeave,
}


class PersonForm(QWidget):
    """Fields of one person; ``data()`` reads them back as a :class:`PersonInput`.

    The form keeps the person it was given and changes only the fields the caseworker
    edited: a field left as shown keeps its stored value exactly, and a save of an
    untouched form changes nothing."""

    def __init__(self, rendezvous_points: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self._phone_labels: dict[str, PhoneLabel] = {}
        self._loaded = PersonInput()
        self._shown: dict[str, object] = {}
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
        self.date_of_birth.setPlaceholderText(
            arg(self.tr("YYYY-MM-DD, %1 or a year"), date_example())
        )
        self.sex = _enum_combo(self, list(Sex))
        self.nationality = QLineEdit(self)
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText(self.tr("separated by commas, e.g. Dari, Pashto"))
        self.legal_status = _enum_combo(self, list(LegalStatus))
        self.phones = text_box(self, 70)
        self.phones.setPlaceholderText(self.tr("one number per line, in any format"))
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
        self.documents = text_box(self, 70)
        self.documents.setPlaceholderText(
            arg(
                self.tr("one per line: type number, e.g. %1 P1234567 (types: %2)"),
                label(DocumentType.PASSPORT),
                ", ".join(label(d) for d in DocumentType),
            )
        )
        self.location = QLineEdit(self)
        self.latitude = QLineEdit(self)
        self.latitude.setPlaceholderText(self.tr("e.g. 34.5553"))
        self.longitude = QLineEdit(self)
        self.longitude.setPlaceholderText(self.tr("e.g. 69.2075"))
        self.rendezvous_point = QComboBox(self)
        self.rendezvous_point.addItem(self.tr("(none)"), None)
        for point_id, name in rendezvous_points:
            self.rendezvous_point.addItem(name, point_id)
        self.wishes_to_leave = _enum_combo(self, list(WishesToLeave))
        self.flags = {flag: QCheckBox(label(flag), self) for flag in VulnerabilityFlag}
        self.notes = text_box(self, 90)

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
        identity.addRow(self.tr("Languages"), self.languages)
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
        reach.addRow(self.tr("Latitude"), self.latitude)
        reach.addRow(self.tr("Longitude"), self.longitude)
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
        # Each input by the PersonInput field it edits, in reading order: the Tab order.
        self.inputs: dict[str, QWidget] = {
            "given_name": self.given_name,
            "family_name": self.family_name,
            "native_name": self.native_name,
            "father_name": self.father_name,
            "grandfather_name": self.grandfather_name,
            "aliases": self.aliases,
            "date_of_birth": self.date_of_birth,
            "sex": self.sex,
            "nationality": self.nationality,
            "languages": self.languages,
            "legal_status": self.legal_status,
            "phones": self.phones,
            "email": self.email,
            "documents": self.documents,
            "location": self.location,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "rendezvous_point_id": self.rendezvous_point,
            "wishes_to_leave": self.wishes_to_leave,
        }
        chain = [*self.inputs.values(), *self.flags.values(), self.notes]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.set_data(PersonInput())

    def set_data(self, data: PersonInput, phones: tuple[Phone, ...] = ()) -> None:
        """Show ``data``; what the form does not show (or the caseworker leaves as shown)
        is saved back exactly as it came."""
        self._loaded = data
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
        self.languages.setText(", ".join(data.languages))
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
            "\n".join(f"{label(d.doc_type)} {d.number}" for d in data.documents)
        )
        self.location.setText(data.location or "")
        self.latitude.setText("" if data.latitude is None else str(data.latitude))
        self.longitude.setText("" if data.longitude is None else str(data.longitude))
        _select(self.rendezvous_point, data.rendezvous_point_id)
        _select(self.wishes_to_leave, data.wishes_to_leave)
        for flag, box in self.flags.items():
            box.setChecked(flag in data.flags)
        self.notes.setPlainText(data.notes or "")
        self._shown = self._typed()
        mark_problems(self.inputs, {})

    def _typed(self) -> dict[str, object]:
        """What each field holds now, as the caseworker sees it."""
        typed = typed_values(self.inputs)
        typed["flags"] = frozenset(f for f, box in self.flags.items() if box.isChecked())
        typed["notes"] = self.notes.toPlainText()
        return typed

    def is_modified(self) -> bool:
        """Whether the caseworker changed anything since the person was shown."""
        return self._typed() != self._shown

    def data(self, over: PersonInput | None = None) -> PersonInput:
        """The person shown (or ``over``, a colleague's newer save of them) with the fields
        the caseworker changed. Every problem is reported at once (one
        :class:`ValidationError`) and each field at fault is marked."""
        changes: dict[str, object] = {}
        problems: dict[str, str] = {}
        for key, typed in self._typed().items():
            if typed == self._shown.get(key):
                continue
            try:
                changes.update(self._read(key))
            except ValidationError as exc:
                problems[key] = str(exc)
        result = replace(over or self._loaded, **changes)  # type: ignore[arg-type]
        try:
            persons.clean_input(result)
        except ValidationError as exc:
            fields = [f if f != "birth_year" else "date_of_birth" for f in exc.fields]
            for key in fields or ["given_name"]:
                problems.setdefault(key, str(exc))
        if "phones" in changes:  # the service's rule, here too so that every problem shows
            on_file = (p.number for p in self._loaded.phones)
            try:
                persons.check_phones(result, self.operation_country, on_file)
            except NotAPhoneNumber as exc:
                problems.setdefault("phones", self.explain(exc))
        mark_problems(self.inputs, problems)
        if problems:
            message = "\n".join(dict.fromkeys(problems.values()))
            raise ValidationError(message, tuple(problems))
        return result

    def marked(self) -> list[str]:
        """The fields outlined as at fault, in reading order."""
        return marked(self.inputs)

    def _read(self, key: str) -> dict[str, object]:
        """The PersonInput values of one edited field."""
        if key == "date_of_birth":
            return self._born()
        if key == "phones":
            return {key: self._phone_inputs()}
        if key == "documents":
            return {key: self._documents()}
        if key == "flags":
            return {key: frozenset(f for f, box in self.flags.items() if box.isChecked())}
        if key == "notes":
            return {key: self.notes.toPlainText()}
        if key == "latitude":
            problem = self.tr("The latitude must be a number, like 34.5553.")
            return {key: read_coordinate(self.latitude.text(), problem)}
        if key == "longitude":
            problem = self.tr("The longitude must be a number, like 69.2075.")
            return {key: read_coordinate(self.longitude.text(), problem)}
        widget = self.inputs[key]
        if isinstance(widget, QComboBox):
            kind = ENUM_FIELDS.get(key)
            return {key: kind(widget.currentData()) if kind else widget.currentData()}
        assert isinstance(widget, QLineEdit)
        text = widget.text()
        return {key: _listed(text) if key in ("aliases", "languages") else text}

    def _born(self) -> dict[str, object]:
        born = self.date_of_birth.text().strip()
        if not born:
            return {"date_of_birth": None, "birth_year": None}
        if born.isdigit():
            return {"date_of_birth": None, "birth_year": int(born)}
        typed = read_date(born)
        if typed is None:
            raise ValidationError(
                arg(
                    self.tr("The date of birth '%1' is not YYYY-MM-DD, %2 or a year."),
                    born,
                    date_example(),
                )
            )
        return {"date_of_birth": typed, "birth_year": None}

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
        """Each line a document; one already on file keeps its issuing country and expiry."""
        on_file = {(d.doc_type, d.number): d for d in self._loaded.documents}
        result = []
        for line in self.documents.toPlainText().splitlines():
            if not line.strip():
                continue
            doc_type, number = _document_line(line.strip())
            if doc_type is None:
                kind = line.strip().partition(" ")[0]
                raise ValidationError(
                    arg(
                        self.tr("'%1' is not a document type; use one of: %2."),
                        kind,
                        ", ".join(label(d) for d in DocumentType),
                    )
                )
            if not number.strip():
                raise ValidationError(arg(self.tr("The %1 line has no number."), line.strip()))
            result.append(
                on_file.get((doc_type, number.strip())) or Document(doc_type, number.strip())
            )
        return tuple(result)


def _document_line(line: str) -> tuple[DocumentType | None, str]:
    """A document line as typed: its type, in the interface's words or as its stored value
    ("Green card" or green_card), then its number; the longest type that fits wins."""
    folded = line.casefold()
    names = sorted(
        ((name.casefold(), kind) for kind in DocumentType for name in (label(kind), kind.value)),
        key=lambda pair: -len(pair[0]),
    )
    for name, kind in names:
        if folded == name or folded.startswith(name + " "):
            return kind, line[len(name) :].strip()
    return None, ""


class NewPersonDialog(QDialog):
    """Ctrl+N: register a person; on a bad value the dialog stays open with the message.

    Sex, legal status and wishes to leave start as Unknown: a default would be saved as a
    fact nobody stated."""

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
        save_shortcut(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.given_name.setFocus()

    def save(self) -> bool:
        try:
            self.created = persons.create_person(self.ctx, self.form.data())
        except EvactrackError as exc:
            dialogs.show_error(self, self.form.explain(exc))
            return False
        self.accept()
        return True

    def maybe_keep_edits(self) -> bool:
        """Whether the dialog may close: nothing typed, or the person saved, or the
        caseworker chose to discard what they typed."""
        if not self.form.is_modified():
            return True
        answer = dialogs.ask_save_discard(self, self.tr("the new person"))
        if answer is None:
            return False
        return self.save() if answer else True

    def reject(self) -> None:
        """Escape, Cancel and the window's close button ask before dropping what was typed."""
        if self.maybe_keep_edits() and self.created is None:
            super().reject()
