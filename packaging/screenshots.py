"""Write PNG screenshots of the main views, on demo data, for the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py

Makes a demo database (2,000 persons, seed 1) in a temporary folder unless ``--db`` names
one, opens the real main window, shows each tab in turn and saves it to
``resources/screenshots/<tab>.png``; then the new-person form and a case's history tab, in
English and in French (``new-person.png``, ``history.png``, ``new-person-fr.png``,
``history-fr.png``), the first run's choice and passphrase pages (``first-run.png``,
``first-run-passphrase.png``), the import wizard's columns and summary pages on a small
invented list (``import-columns.png``, ``import-summary.png``) and the daily report's preview
(``daily-report.png``). No real person's data is ever shown.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from evactrack import demo  # noqa: E402
from evactrack.db.models import AuditEvent  # noqa: E402
from evactrack.domain.enums import ContactChannel, ContactOutcome, VulnerabilityFlag  # noqa: E402
from evactrack.reports import generate  # noqa: E402
from evactrack.services import caselist, contacts, persons, users  # noqa: E402
from evactrack.services.context import Context, open_database  # noqa: E402
from evactrack.ui import dialogs, i18n  # noqa: E402
from evactrack.ui.main_window import MainWindow  # noqa: E402
from evactrack.ui.views.case_detail import CaseDetailDialog  # noqa: E402
from evactrack.ui.views.first_run import FirstRunWizard  # noqa: E402
from evactrack.ui.views.import_wizard import ImportWizard  # noqa: E402
from evactrack.ui.views.movements_view import MovementsBoard  # noqa: E402
from evactrack.ui.views.person_form import NewPersonDialog  # noqa: E402
from evactrack.ui.views.report_dialog import ReportPreview  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "screenshots"
SIZE = (1440, 900)
DEMO_PEOPLE = 2000
# An invented contact list as they arrive: a spreadsheet's headings, phones in three formats,
# a status in words, a row a caseworker must look at.
CONTACT_LIST = """First Name,Last Name,Mobile Phone,E-mail Address,Date of birth,Status,Passport no.
Laila,Sadat,0701234567,laila.sadat@example.org,1990-02-13,US Citizen,P7712345
Omid,Faizi,+93 79 123 4567,,03/25/1985,Green card,
Parwin,Hakimi,0093 78 555 0101,parwin@example,07/04/1979,SIV applicant,
,,,,,,
Samir,Wardak,0799 000 111,,1969-11-02,,
"""


def settle(app: QApplication, seconds: float = 0.6) -> None:
    """Let background loads finish and their results reach the widgets."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QThreadPool.globalInstance().waitForDone(50)
        app.processEvents()


def save(widget: QWidget, path: Path) -> Path:
    """``widget`` as it is on screen, written to ``path``; stops the script if it cannot."""
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    return path


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.replace("&", "").lower()).strip("-") or "view"


def choose_busy_movement(board: MovementsBoard) -> None:
    """Show a movement with people on it, so the manifest is not empty."""
    rows = board.movements.rows
    busiest = max(rows, key=lambda m: m.headcount.expected, default=None)
    if busiest is not None:
        board.select_movement(busiest.id)


def shoot(app: QApplication, window: QWidget, out: Path) -> list[Path]:
    """Save every tab of the window's tab widget; returns the files written."""
    tabs = window.findChild(QTabWidget)
    if tabs is None:
        raise SystemExit("the main window has no tabs to photograph")
    out.mkdir(parents=True, exist_ok=True)
    window.resize(*SIZE)
    window.show()
    settle(app)
    written: list[Path] = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(app)
        page = tabs.widget(index)
        if isinstance(page, MovementsBoard):
            choose_busy_movement(page)
            settle(app, 0.2)
        written.append(save(window, out / f"{slug(tabs.tabText(index))}.png"))
    return written


def storied_person(ctx: Context, edit: bool) -> int:
    """The person with the longest history; on a fresh demo database one edit and one call
    are added through the services, so the history shows a rendezvous point, a vulnerability
    and a contact attempt in words as well as status changes."""
    with ctx.db.reading() as session:
        person_id = session.scalar(
            select(AuditEvent.entity_id)
            .where(AuditEvent.entity == "person")
            .group_by(AuditEvent.entity_id)
            .order_by(func.count().desc(), AuditEvent.entity_id)
            .limit(1)
        )
    if person_id is None:
        raise SystemExit("the database has no person with a history")
    if edit:
        person = persons.get_person(ctx, person_id)
        points = caselist.filter_choices(ctx).rendezvous_points
        changed = replace(
            person.data,
            flags=person.data.flags | {VulnerabilityFlag.MEDICAL},
            rendezvous_point_id=points[0][0] if points else person.data.rendezvous_point_id,
        )
        persons.update_person(ctx, person_id, person.version, changed)
        contacts.log_attempt(ctx, person_id, ContactChannel.WHATSAPP, ContactOutcome.REACHED)
    return person_id


def shoot_dialogs(
    app: QApplication, window: MainWindow, person_id: int, out: Path, suffix: str
) -> list[Path]:
    """The new-person form and the case detail's history tab, in the interface's language."""
    new_person = NewPersonDialog(window.ctx, window)
    detail = CaseDetailDialog(window.ctx, person_id, parent=window)
    detail.tabs.setCurrentWidget(detail.history)
    written: list[Path] = []
    for name, dialog in (("new-person", new_person), ("history", detail)):
        dialog.show()
        settle(app, 0.3)
        written.append(save(dialog, out / f"{name}{suffix}.png"))
        dialog.close()
    return written


def shoot_first_run(app: QApplication, out: Path, settings: QSettings) -> list[Path]:
    """The first run's choice and passphrase pages (nothing is made: the wizard is closed
    before its end)."""
    wizard = FirstRunWizard(settings)
    wizard.ask_passphrase = True
    wizard.resize(720, 520)
    wizard.show()
    written: list[Path] = []
    wizard.next()
    for name in ("first-run", "first-run-passphrase"):
        if name == "first-run-passphrase":
            wizard.next()
            wizard.operation_page.site_name.setText("Kabul airport cell")
            wizard.next()
            wizard.passphrase_page.passphrase.setText("seven ravens under the old bridge")
        settle(app, 0.3)
        written.append(save(wizard, out / f"{name}.png"))
    wizard.reject()
    return written


def shoot_import(app: QApplication, window: MainWindow, folder: Path, out: Path) -> list[Path]:
    """The import wizard's columns page, then its summary once the preview is in (nothing
    is imported: the wizard is closed before its last step)."""
    contact_list = folder / "contact-list.csv"
    contact_list.write_text(CONTACT_LIST, encoding="utf-8")
    wizard = ImportWizard(window.ctx, window)
    wizard.resize(900, 640)
    wizard.show()
    wizard.file_page.path.setText(str(contact_list))
    wizard.next()
    settle(app, 0.3)
    written = [save(wizard, out / "import-columns.png")]
    wizard.next()  # the preview runs in the background
    deadline = time.monotonic() + 30
    while wizard.currentPage() is not wizard.summary_page and time.monotonic() < deadline:
        settle(app, 0.2)
        if wizard.currentPage() is wizard.duplicates_page:
            wizard.next()
    if wizard.currentPage() is not wizard.summary_page:
        raise SystemExit("the import's preview did not come")
    settle(app, 0.3)
    written.append(save(wizard, out / "import-summary.png"))
    wizard.reject()
    return written


def shoot_report(app: QApplication, window: MainWindow, out: Path) -> list[Path]:
    """The daily report of the demo, as the preview shows it before printing."""
    pdf = generate.daily_report(window.ctx)
    preview = ReportPreview(pdf, "Daily status report", "daily.pdf", window)
    preview.resize(900, 900)
    preview.show()
    settle(app, 1.0)
    written = [save(preview, out / "daily-report.png")]
    preview.close()
    return written


def _stop(_parent: object, error: object, *_args: object) -> None:
    """Nobody is there to close a message box: report the error and stop."""
    print(f"screenshots: {error}", file=sys.stderr)
    os._exit(1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing demo database (default: make one)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default: {OUT})")
    args = parser.parse_args(argv)
    for name in ("show_error", "show_warning", "show_crash"):
        setattr(dialogs, name, _stop)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(args.db or str(Path(tmp) / "demo.sqlite3"), create=True)
        try:
            if not args.db:
                demo.generate(
                    users.first_admin_or_login(db, "bench", "bench password"), DEMO_PEOPLE, seed=1
                )
            settings = QSettings(str(Path(tmp) / "gui.ini"), QSettings.Format.IniFormat)
            ctx = users.first_admin_or_login(db, "bench", "bench password")
            person_id = storied_person(ctx, edit=not args.db)
            window = MainWindow(ctx, settings)
            written = shoot(app, window, args.out)
            written += shoot_first_run(app, args.out, settings)
            written += shoot_import(app, window, Path(tmp), args.out)
            written += shoot_report(app, window, args.out)
            for language, suffix in (("en", ""), ("fr", "-fr")):
                i18n.install(app, language)
                written += shoot_dialogs(app, window, person_id, args.out, suffix)
            for path in written:
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
            window.close()
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
