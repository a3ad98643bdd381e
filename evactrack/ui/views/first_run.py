"""The first start, when there is no database yet: a short guided start in the window.

Language, then a real operation (its name, country and time zone, the database passphrase,
the first administrator) or a separate demo database marked DEMO. The texts of each page are
set when the page is shown, so the pages after the first speak the language just chosen.
"""

from __future__ import annotations

import logging
import os
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from evactrack import config, demo
from evactrack.config import PASSPHRASE_VARIABLE
from evactrack.domain.errors import EvactrackError, OperationCancelled
from evactrack.domain.names import clean_text
from evactrack.domain.passphrases import strength
from evactrack.domain.phones import DEFAULT_REGION
from evactrack.domain.timezones import DEFAULT_OPERATION_TZ
from evactrack.files import SQLITE_SIDE_FILES
from evactrack.services import settings, users
from evactrack.services.context import Context, open_database
from evactrack.ui import dialogs, i18n
from evactrack.ui.tasks import Operation, Progress
from evactrack.ui.widgets import PROBLEM_STYLE, ProblemLabel

log = logging.getLogger(__name__)

# The demo's size: enough to fill every view, made in a few seconds.
DEMO_PEOPLE = 2000


def first_run_due(given: str | None) -> bool:
    """No database named (``--db``, ``EVACTRACK_DB`` or remembered) and no default one yet."""
    if given or os.environ.get("EVACTRACK_DB"):
        return False
    return not (config.data_dir() / config.DEFAULT_DB_FILE).exists()


# The demo database holds invented persons only; its administrator is known to everyone
# (the user guide gives it) so that anyone can look around again at the next start.
DEMO_ACCOUNT, DEMO_PASSWORD = "demo", "demo-password"


@dataclass(frozen=True, slots=True)
class NewOperation:
    """What the real-operation pages gathered, passed to the worker as plain values."""

    site_name: str
    country: str
    timezone: str
    passphrase: str
    username: str
    password: str


class _Page(QWizardPage):
    """A page whose words are set each time it is shown (the language may just have changed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.problem = ProblemLabel(self)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addStretch()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.problem.hide()
        self.retranslate()

    def retranslate(self) -> None:
        raise NotImplementedError

    def say(self, problem: str) -> bool:
        """A bad input is named on the page, which stays for another try; returns False."""
        self.problem.say(problem)
        return False


class LanguagePage(_Page):
    def __init__(self, chosen: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in i18n.LANGUAGES.items():
            button = QRadioButton(name, self)
            button.setChecked(code == chosen)
            self.group.addButton(button)
            self.buttons[code] = button
            self.form.addRow(button)

    def retranslate(self) -> None:
        self.setTitle("Language — Langue")
        self.intro.setText("Choose the language of evactrack. — Choisissez la langue d'evactrack.")

    def language(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())


class ChoicePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.real = QRadioButton(self)
        self.real.setChecked(True)
        self.demo = QRadioButton(self)
        self.form.addRow(self.real)
        self.form.addRow(self.demo)
        # The demo asks nothing more: the wizard shows Finish instead of Next.
        self.demo.toggled.connect(self.setFinalPage)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to evactrack"))
        self.intro.setText(
            self.tr(
                "There is no database on this computer yet. Start the database of a real "
                "operation, or look around first in a separate database filled with invented "
                "persons (every window and printed page of it says DEMO)."
            )
        )
        self.real.setText(self.tr("Start a &real operation"))
        self.demo.setText(self.tr("&Look around with demo data"))


class OperationPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site_name = QLineEdit(self)
        self.site_name.setMaxLength(120)
        self.country = QComboBox(self)
        self.timezone = QComboBox(self)
        self.timezone.addItems(sorted(zoneinfo.available_timezones()))
        self.timezone.setCurrentText(DEFAULT_OPERATION_TZ)
        self.name_label, self.country_label, self.timezone_label = QLabel(), QLabel(), QLabel()
        for label, field in (
            (self.name_label, self.site_name),
            (self.country_label, self.country),
            (self.timezone_label, self.timezone),
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The operation"))
        self.intro.setText(
            self.tr(
                "Its name is printed as the site on every report (e.g. “Kabul airport cell”). "
                "The country is where phone numbers are read from; times are shown in the "
                "operation's time zone."
            )
        )
        self.name_label.setText(self.tr("Operation &name:"))
        self.country_label.setText(self.tr("&Country:"))
        self.timezone_label.setText(self.tr("&Time zone:"))
        chosen = self.country.currentData() or DEFAULT_REGION
        self.country.clear()
        for name, code in sorted(
            (_country_name(code), code) for code in phonenumbers.SUPPORTED_REGIONS
        ):
            self.country.addItem(f"{name} ({code})", code)
        self.country.setCurrentIndex(self.country.findData(chosen))

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        if clean_text(self.site_name.text()) is None:
            return self.say(self.tr("Type the operation's name: the reports print it."))
        if self.timezone.currentText() not in zoneinfo.available_timezones():
            return self.say(self.tr("Choose a time zone from the list."))
        return True


def _country_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    return QLocale.territoryToString(territory) if territory.value else code


class PassphrasePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(PROBLEM_STYLE)
        self.passphrase_label, self.again_label, self.meter_label = QLabel(), QLabel(), QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.again_label.setBuddy(self.again)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.form.addRow(self.again_label, self.again)
        self.form.addRow(self.meter_label, self.meter)
        self.form.addRow(self.warning)
        self.passphrase.textChanged.connect(self._show_strength)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The database passphrase"))
        self.intro.setText(
            self.tr(
                "The database is encrypted with this passphrase: nobody who takes this "
                "computer can read the records without it. Several words are easier to "
                "remember and harder to guess than one."
            )
        )
        self.warning.setText(
            self.tr(
                "A lost passphrase cannot be recovered: without it nobody, you included, can "
                "ever read the records again. Write it down and keep it in a safe place."
            )
        )
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.again_label.setText(self.tr("&Again:"))
        self.meter_label.setText(self.tr("Strength:"))
        self._show_strength(self.passphrase.text())

    def _show_strength(self, text: str) -> None:
        level = strength(text)
        words = [self.tr("none"), self.tr("weak"), self.tr("fair"), self.tr("good")]
        words.append(self.tr("strong"))
        self.meter.setValue(level)
        self.meter.setFormat(words[level])

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        if not self.passphrase.text():
            return self.say(self.tr("Type a passphrase."))
        if self.again.text() != self.passphrase.text():
            return self.say(self.tr("The two passphrases differ. Type the same one twice."))
        return True

    def clear(self) -> None:
        self.passphrase.clear()
        self.again.clear()


class AdminPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = QLineEdit(self)
        self.username.setMaxLength(100)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel(), QLabel(), QLabel()]
        fields = (self.username, self.password, self.again)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The first administrator"))
        self.intro.setText(
            self.tr(
                "Your account: it manages the operation's settings and the other caseworkers' "
                "accounts. Its password has at least %n character(s).",
                "",
                users.MIN_PASSWORD_LENGTH,
            )
        )
        texts = (self.tr("&User name:"), self.tr("Pass&word:"), self.tr("Password a&gain:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        if clean_text(self.username.text()) is None:
            return self.say(self.tr("Type a user name."))
        if len(self.password.text()) < users.MIN_PASSWORD_LENGTH:
            return self.say(
                self.tr(
                    "The password needs at least %n character(s).", "", users.MIN_PASSWORD_LENGTH
                )
            )
        if self.again.text() != self.password.text():
            return self.say(self.tr("The two passwords differ. Type the same one twice."))
        return True

    def clear(self) -> None:
        self.password.clear()
        self.again.clear()


class FirstRunWizard(QWizard):
    """Ends accepted with :attr:`ctx` set to the new database, opened and logged in."""

    LANGUAGE, CHOICE, OPERATION, PASSPHRASE, ADMIN = range(5)

    def __init__(self, qt_settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.qt_settings = qt_settings
        self.ctx: Context | None = None
        self.demo_chosen = False
        self.ask_passphrase = not os.environ.get(PASSPHRASE_VARIABLE)
        self.language_page = LanguagePage(i18n.chosen_language(qt_settings), self)
        self.choice_page = ChoicePage(self)
        self.operation_page = OperationPage(self)
        self.passphrase_page = PassphrasePage(self)
        self.admin_page = AdminPage(self)
        for number, page in enumerate(
            (
                self.language_page,
                self.choice_page,
                self.operation_page,
                self.passphrase_page,
                self.admin_page,
            )
        ):
            self.setPage(number, page)
        self.setWindowTitle("evactrack")
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.currentIdChanged.connect(self._page_changed)
        self._running: Operation[Context] | None = None

    def _page_changed(self, page_id: int) -> None:
        """Leaving the first page installs the language chosen, and remembers it."""
        if page_id == self.CHOICE:
            language = self.language_page.language()
            i18n.remember_language(language, self.qt_settings)
            app = QCoreApplication.instance()
            if app is not None:
                i18n.install(app, language)
                self.choice_page.retranslate()

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        current = self.currentId()
        if current == self.CHOICE and self.choice_page.demo.isChecked():
            return -1
        if current == self.OPERATION and not self.ask_passphrase:
            return self.ADMIN
        if current == self.ADMIN:
            return -1
        return super().nextId()

    def accept(self) -> None:
        """Make the database on a worker (the demo's persons take a few seconds); the wizard
        closes once it is ready, and stays with nothing made when that fails."""
        if self._running is not None:
            return
        self.demo_chosen = self.choice_page.demo.isChecked()
        if self.demo_chosen:
            work: Callable[[Progress], Context] = _make_demo
            label = self.tr("Making the demo database…")
        else:
            page = self.operation_page
            chosen = NewOperation(
                clean_text(page.site_name.text()) or "",
                str(page.country.currentData()),
                page.timezone.currentText(),
                self.passphrase_page.passphrase.text() or os.environ.get(PASSPHRASE_VARIABLE, ""),
                clean_text(self.admin_page.username.text()) or "",
                self.admin_page.password.text(),
            )
            work = lambda _progress: _make_operation(chosen)  # noqa: E731
            label = self.tr("Making the database…")
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self._running = (
            Operation(self, work, write=True)
            .success(self._made)
            .failure(self._failed)
            .with_progress(label)
            .run()
        )

    def _made(self, ctx: Context) -> None:
        self._running = None
        self.ctx = ctx
        super().accept()  # validates the last page again: its fields are cleared after
        self._forget_typed()

    def _failed(self, error: BaseException) -> None:
        self._running = None
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if not isinstance(error, OperationCancelled):
            dialogs.show_error(self, error)

    def reject(self) -> None:
        if self._running is None:
            self._forget_typed()
            super().reject()

    def _forget_typed(self) -> None:
        """Nothing typed stays in the widgets once the wizard is done."""
        self.passphrase_page.clear()
        self.admin_page.clear()


def _make_operation(chosen: NewOperation) -> Context:
    """The real operation's database, encrypted, with its settings and first administrator;
    if any step fails, the new file is removed: a first run leaves all or nothing."""
    path = config.data_dir() / config.DEFAULT_DB_FILE
    db = open_database(str(path), create=True, passphrase=chosen.passphrase)
    try:
        ctx = users.create_first_admin(db, chosen.username, chosen.password)
        settings.put_all(
            ctx,
            {
                settings.SITE_NAME: chosen.site_name,
                settings.OPERATION_COUNTRY: chosen.country,
                settings.OPERATION_TZ: chosen.timezone,
            },
        )
    except (EvactrackError, OSError):
        db.close()
        _remove_database(path)
        raise
    return ctx


def _make_demo(progress: Progress) -> Context:
    """The demo database, beside the real one's place and never in it, marked DEMO."""
    path = config.data_dir() / config.DEMO_DB_FILE
    _remove_database(path)  # a demo left by an earlier first run that was not finished
    db = open_database(str(path), create=True)
    try:
        ctx = users.create_first_admin(db, DEMO_ACCOUNT, DEMO_PASSWORD)
        settings.put_all(ctx, {settings.DEMO: "true", settings.SITE_NAME: "DEMO"})
        demo.generate(ctx, DEMO_PEOPLE, seed=1, progress=progress.advance)
    except (EvactrackError, OSError):
        db.close()
        _remove_database(path)
        raise
    return ctx


def _remove_database(path: Path) -> None:
    for side in ("", *SQLITE_SIDE_FILES):
        path.with_name(path.name + side).unlink(missing_ok=True)


def demo_database_url() -> str:
    return str(config.data_dir() / config.DEMO_DB_FILE)
