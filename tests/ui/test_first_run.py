"""The first run: the wizard end to end, a real operation and the demo, and the empty
window's first steps."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from evactrack import config
from evactrack.db.cipher import FileKind, file_kind
from evactrack.domain.enums import Role
from evactrack.domain.errors import WrongPassphraseError
from evactrack.reports import generate
from evactrack.services import settings as operation
from evactrack.services import users
from evactrack.services.context import open_database
from evactrack.ui import i18n
from evactrack.ui.main_window import MainWindow
from evactrack.ui.views.first_run import FirstRunWizard, first_run_due
from tests.reports.pdf_text import pages_text

PASSPHRASE = "seven ravens under the old bridge"
PASSWORD = "a long password"


@pytest.fixture
def qt_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "evactrack.conf"), QSettings.Format.IniFormat)


def start(qtbot: QtBot, qt_settings: QSettings, language: str = "en") -> FirstRunWizard:
    wizard = FirstRunWizard(qt_settings)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.language_page.buttons[language].setChecked(True)
    wizard.next()
    return wizard


def finish(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    with qtbot.waitSignal(wizard.finished, timeout=90_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_a_real_operation_is_made_encrypted_with_its_settings_and_administrator(
    qtbot: QtBot,
    qt_settings: QSettings,
    private_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    monkeypatch.delenv("EVACTRACK_PASSPHRASE")  # typed in the wizard, as a caseworker would
    assert first_run_due(None)
    assert not first_run_due("elsewhere.sqlite3")
    wizard = start(qtbot, qt_settings)
    assert qt_settings.value(i18n.SETTING) == "en"
    assert wizard.currentId() == wizard.CHOICE
    wizard.next()  # a real operation is the default
    page = wizard.operation_page
    wizard.next()
    assert wizard.currentId() == wizard.OPERATION  # no name: the page says so and stays
    assert page.problem.isVisibleTo(page)
    page.site_name.setText("  Kabul airport cell ")
    page.country.setCurrentIndex(page.country.findData("FR"))
    page.timezone.setCurrentText("Europe/Paris")
    wizard.next()
    secret = wizard.passphrase_page
    assert wizard.currentId() == wizard.PASSPHRASE
    assert "cannot be recovered" in secret.warning.text()
    secret.passphrase.setText("abc")
    weak = secret.meter.value()
    secret.again.setText("abd")
    wizard.next()
    assert wizard.currentId() == wizard.PASSPHRASE  # the two differ
    secret.passphrase.setText(PASSPHRASE)
    assert secret.meter.value() > weak
    secret.again.setText(PASSPHRASE)
    wizard.next()
    admin = wizard.admin_page
    assert wizard.currentId() == wizard.ADMIN
    admin.username.setText("amina")
    admin.password.setText("short")
    admin.again.setText("short")
    assert not admin.validatePage()  # fewer than 10 characters
    assert not (private_data_dir / config.DEFAULT_DB_FILE).exists()  # nothing made yet
    admin.password.setText(PASSWORD)
    admin.again.setText(PASSWORD)
    finish(qtbot, wizard)
    assert messages == []
    assert secret.passphrase.text() == admin.password.text() == ""  # nothing typed is kept
    ctx = wizard.ctx
    assert ctx is not None and ctx.actor.username == "amina" and ctx.actor.role is Role.ADMIN
    ctx.db.close()

    path = private_data_dir / config.DEFAULT_DB_FILE
    assert file_kind(path) is FileKind.ENCRYPTED
    assert not first_run_due(None)
    with pytest.raises(WrongPassphraseError):
        open_database(str(path), passphrase="not it")
    db = open_database(str(path), passphrase=PASSPHRASE)
    try:
        again = users.login(db, "amina", PASSWORD)  # the password was kept
        assert again.actor.role is Role.ADMIN
        assert operation.get(again, operation.SITE_NAME) == "Kabul airport cell"
        assert operation.get(again, operation.OPERATION_COUNTRY) == "FR"
        assert operation.get(again, operation.OPERATION_TZ) == "Europe/Paris"
        assert operation.get(again, operation.DEMO) == "false"
    finally:
        db.close()


def test_the_demo_goes_to_its_own_database_marked_demo_on_screen_and_paper(
    qtbot: QtBot, qt_settings: QSettings, private_data_dir: Path, messages: list[str]
) -> None:
    wizard = start(qtbot, qt_settings)
    wizard.choice_page.demo.setChecked(True)
    assert wizard.nextId() == -1  # nothing more to ask
    finish(qtbot, wizard)
    assert messages == []
    ctx = wizard.ctx
    assert ctx is not None and wizard.demo_chosen
    assert not (private_data_dir / config.DEFAULT_DB_FILE).exists()  # the real one: untouched
    assert ctx.db.url.endswith(config.DEMO_DB_FILE)
    assert first_run_due(None)  # the real operation can still be started
    window = MainWindow(ctx, qt_settings)
    qtbot.addWidget(window)
    try:
        assert "DEMO" in window.windowTitle()
        pages = pages_text(generate.daily_report(ctx))
        assert len(pages) > 1
        assert all("DEMO" in page for page in pages)
    finally:
        window.stop_work()
        ctx.db.close()


def test_a_real_database_says_no_demo_on_paper(sqlite_ctx) -> None:  # type: ignore[no-untyped-def]
    assert "DEMO" not in "".join(pages_text(generate.daily_report(sqlite_ctx)))


def test_the_wizard_speaks_the_language_chosen_and_remembers_it(
    qtbot: QtBot, qt_settings: QSettings
) -> None:
    wizard = start(qtbot, qt_settings, "fr")
    assert qt_settings.value(i18n.SETTING) == "fr"
    assert wizard.choice_page.title() == "Bienvenue dans evactrack"
    wizard.reject()


def test_the_empty_window_says_what_to_do_first(
    qtbot: QtBot, sqlite_ctx, qt_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from evactrack.ui.views import import_wizard, person_form, rendezvous_view

    opened: list[str] = []
    monkeypatch.setattr(import_wizard.ImportWizard, "exec", lambda _self: opened.append("import"))
    monkeypatch.setattr(person_form.NewPersonDialog, "exec", lambda _self: opened.append("person"))
    monkeypatch.setattr(
        rendezvous_view.RendezvousPointsView, "new_point", lambda _self: opened.append("point")
    )
    window = MainWindow(sqlite_ctx, qt_settings)
    qtbot.addWidget(window)
    window.show()
    panel = window.first_steps
    qtbot.waitUntil(panel.isVisible)
    for button in (panel.import_button, panel.person_button, panel.points_button):
        button.click()
    assert opened == ["import", "person", "point"]
    window.stop_work()
