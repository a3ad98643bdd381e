"""Households in the GUI: make one from the case list, then change it from a case."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from evactrack.domain.enums import LegalStatus
from evactrack.services import households, persons, search
from evactrack.services.context import Context
from evactrack.ui import dialogs, i18n
from evactrack.ui.main_window import MainWindow
from evactrack.ui.views.case_detail import CaseDetailDialog
from evactrack.ui.views.household_dialogs import FindPersonsDialog, MakeHouseholdDialog
from tests.factories import make_person


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question is answered yes; the list keeps what was asked."""
    questions: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_user", lambda _parent, text, *_a, **_k: questions.append(text) or True
    )
    return questions


@pytest.fixture
def family(ctx: Context) -> list[int]:
    """Laila (family member) first, then Farid (citizen), then Omid (family member)."""
    return [
        make_person(ctx, "Laila", "Karimi", legal_status=LegalStatus.FAMILY_MEMBER).id,
        make_person(ctx, "Farid", "Karimi", legal_status=LegalStatus.CITIZEN).id,
        make_person(ctx, "Omid", "Karimi", legal_status=LegalStatus.FAMILY_MEMBER).id,
    ]


@pytest.fixture
def window(qtbot: QtBot, ctx: Context, tmp_path: Path, family: list[int]) -> MainWindow:
    main = MainWindow(ctx, QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.case_list.loaded, timeout=10_000):
        main.show()
    return main


def settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.case_list.busy, timeout=10_000)


def household_of(ctx: Context, person_id: int) -> households.HouseholdDetail | None:
    household_id = persons.get_person(ctx, person_id).household_id
    return None if household_id is None else households.get_household(ctx, household_id)


def answer_make(
    monkeypatch: pytest.MonkeyPatch, seen: list[MakeHouseholdDialog], name: str, accept: bool = True
) -> None:
    """The caseworker looks at the dialog, types a name and confirms (or cancels)."""

    def exec_(dialog: MakeHouseholdDialog) -> int:
        seen.append(dialog)
        QTest.keyClicks(dialog.name, name)
        return 1 if accept else 0

    monkeypatch.setattr(MakeHouseholdDialog, "exec", exec_)


def answer_find(monkeypatch: pytest.MonkeyPatch, text: str, pick: list[str]) -> None:
    """Type in the search box, press Enter, choose the named results, confirm."""

    def exec_(dialog: FindPersonsDialog) -> int:
        QTest.keyClicks(dialog.search, text)
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
        for _ in range(2000):  # the search runs in the background
            if not dialog.searching:
                break
            QTest.qWait(5)
        assert not dialog.searching  # and Enter moved to the first result:
        assert dialog.results.currentRow() == (0 if dialog.results.count() else -1)
        for row in range(dialog.results.count()):
            item = dialog.results.item(row)
            item.setSelected(any(name in item.text() for name in pick))
        assert dialog.ok_button.isEnabled() == bool(pick)
        return 1

    monkeypatch.setattr(FindPersonsDialog, "exec", exec_)


# ------------------------------------------------------------------ the bulk action


def test_make_a_household_from_the_selection(
    qtbot: QtBot,
    window: MainWindow,
    ctx: Context,
    family: list[int],
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    laila, farid, omid = family
    window.case_list.table.clearSelection()
    assert not window.household_action.isEnabled()
    window.case_list.select_ids(set(family))
    assert window.household_action.isEnabled()
    [cases_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Cases"]
    assert window.household_action in cases_menu.actions()
    seen: list[MakeHouseholdDialog] = []
    answer_make(monkeypatch, seen, "Karimi")
    with qtbot.waitSignal(window.case_list.loaded, timeout=10_000):
        window.household_action.trigger()
    (dialog,) = seen
    assert dialog.members.count() == 3
    assert dialog.principal_id() == farid  # the citizen, though Laila was listed first
    assert dialog.warning.isHidden() and dialog.moving_ids == []
    household = household_of(ctx, laila)
    assert household is not None and household.name == "Karimi"
    assert household.principal_id == farid
    assert [m.person_id for m in household.members] == sorted(family)
    assert all(m.eligible for m in household.members)
    assert window.statusBar().currentMessage() == "Household made with 3 person(s)."
    assert messages == []
    settled(qtbot, window)


def test_making_a_household_says_who_moves_and_can_be_cancelled(
    qtbot: QtBot,
    window: MainWindow,
    ctx: Context,
    family: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laila, farid, omid = family
    old = households.create_household(ctx, farid, [laila], name="Old")
    window.refresh_all()
    settled(qtbot, window)
    window.case_list.select_ids({laila, omid})
    seen: list[MakeHouseholdDialog] = []
    answer_make(monkeypatch, seen, "", accept=False)
    window.household_action.trigger()
    (dialog,) = seen
    assert dialog.moving_ids == [laila] and not dialog.warning.isHidden()
    assert "1 of these person(s) will leave the household" in dialog.warning.text()
    assert "Laila Karimi" in dialog.warning.text()
    assert dialog.principal_id() == laila  # no citizen chosen: the first one leads
    assert household_of(ctx, omid) is None  # cancelled: nothing changed
    assert [m.person_id for m in households.get_household(ctx, old.id).members] == [laila, farid]

    answer_make(monkeypatch, seen, "")
    with qtbot.waitSignal(window.case_list.loaded, timeout=10_000):
        window.household_action.trigger()
    new = household_of(ctx, omid)
    assert new is not None and new.id != old.id and new.name is None
    assert [m.person_id for m in new.members] == [laila, omid]
    assert not any(m.eligible for m in new.members)  # a family member leads: not eligible
    assert [m.person_id for m in households.get_household(ctx, old.id).members] == [farid]
    settled(qtbot, window)


def test_an_open_case_shows_the_new_household(
    qtbot: QtBot,
    window: MainWindow,
    ctx: Context,
    family: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laila = family[0]
    detail = window.open_person(laila)
    assert detail is not None and detail.household.members.item(0).text() == "(not in a household)"
    detail.form.email.setText("laila@example.org")  # unsaved: must survive the refresh
    window.case_list.select_ids(set(family))
    answer_make(monkeypatch, [], "Karimi")
    with qtbot.waitSignal(window.case_list.loaded, timeout=10_000):
        window.household_action.trigger()
    assert detail.household.members.count() == 3 and detail.household.heading.text() == "Karimi"
    assert detail.form.email.text() == "laila@example.org"
    with qtbot.waitSignal(detail.changed):
        assert detail.save()  # the household's version bump is adopted: no conflict
    assert persons.get_person(ctx, laila).data.email == "laila@example.org"
    settled(qtbot, window)


# ------------------------------------------------------------------ the case detail


@pytest.fixture
def karimi(ctx: Context, family: list[int]) -> int:
    laila, farid, omid = family
    return households.create_household(ctx, farid, [laila, omid], name="Karimi").id


def open_case(qtbot: QtBot, ctx: Context, person_id: int) -> CaseDetailDialog:
    dialog = CaseDetailDialog(ctx, person_id)
    qtbot.addWidget(dialog)
    return dialog


def texts(dialog: CaseDetailDialog) -> list[str]:
    return [
        dialog.household.members.item(i).text() for i in range(dialog.household.members.count())
    ]


def test_members_show_principal_eligibility_and_dependencies(
    qtbot: QtBot, ctx: Context, family: list[int], karimi: int
) -> None:
    laila, farid, omid = family
    households.set_travel_dependency(ctx, omid, laila)
    dialog = open_case(qtbot, ctx, omid)
    assert dialog.household.heading.text() == "Karimi"
    assert texts(dialog) == [
        "Laila Karimi · New · eligible",
        "Farid Karimi · New · principal · eligible",
        "Omid Karimi · New · eligible · cannot travel without Laila Karimi",
    ]
    assert sorted(dialog.household.dependencies) == [laila, farid]
    assert (
        dialog.household.dependencies[laila].isChecked()
        and not dialog.household.dependencies[farid].isChecked()
    )
    assert dialog.household.dependencies[laila].text() == "Cannot travel without Laila Karimi"
    assert (
        dialog.household.principal_button.isEnabled() and dialog.household.remove_button.isEnabled()
    )
    assert not open_case(qtbot, ctx, farid).household.principal_button.isEnabled()


def test_make_this_person_the_principal(
    qtbot: QtBot, ctx: Context, family: list[int], karimi: int, messages: list[str]
) -> None:
    laila, farid, omid = family
    dialog = open_case(qtbot, ctx, laila)
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.household.principal_button, Qt.MouseButton.LeftButton)
    household = households.get_household(ctx, karimi)
    assert household.principal_id == laila
    # A family member leads: nobody but the citizen stays eligible, and the list says so.
    assert [m.eligible for m in household.members] == [False, True, False]
    assert "principal · not eligible" in texts(dialog)[0]
    assert not dialog.household.principal_button.isEnabled()
    assert messages == []


def test_a_stale_principal_change_is_refused(
    qtbot: QtBot, ctx: Context, family: list[int], karimi: int, messages: list[str]
) -> None:
    laila, farid, omid = family
    dialog = open_case(qtbot, ctx, omid)
    households.set_principal(ctx, karimi, laila)  # a colleague, after the case was opened
    assert not dialog.household.make_principal()
    assert messages and "changed by someone else" in messages[0]
    assert households.get_household(ctx, karimi).principal_id == laila
    assert "principal" in texts(dialog)[0]  # the list now shows the colleague's change


def test_remove_this_person_from_the_household(
    qtbot: QtBot,
    ctx: Context,
    family: list[int],
    karimi: int,
    asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laila, farid, omid = family
    households.set_travel_dependency(ctx, omid, laila)
    dialog = open_case(qtbot, ctx, laila)
    monkeypatch.setattr(dialogs, "ask_user", lambda *_a, **_k: asked.append("no") and False)
    assert not dialog.household.remove_from_household()
    assert persons.get_person(ctx, laila).household_id == karimi  # answered no
    monkeypatch.setattr(dialogs, "ask_user", lambda _p, text, *_a: asked.append(text) or True)
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.household.remove_button, Qt.MouseButton.LeftButton)
    assert asked[-1].startswith("Remove Laila Karimi from the household?")
    assert persons.get_person(ctx, laila).household_id is None
    household = households.get_household(ctx, karimi)
    assert [m.person_id for m in household.members] == [farid, omid]
    assert all(m.depends_on == () for m in household.members)  # Omid's dependency is lifted
    assert texts(dialog) == ["(not in a household)"]
    assert not dialog.household.remove_button.isEnabled() and dialog.household.dependencies == {}


def test_removing_the_principal_warns_first(
    qtbot: QtBot, ctx: Context, family: list[int], karimi: int, asked: list[str]
) -> None:
    laila, farid, omid = family
    dialog = open_case(qtbot, ctx, farid)
    with qtbot.waitSignal(dialog.changed):
        assert dialog.household.remove_from_household()
    assert "This person is the principal" in asked[0]
    assert households.get_household(ctx, karimi).principal_id is None


def test_add_persons_found_by_search(
    qtbot: QtBot,
    ctx: Context,
    family: list[int],
    karimi: int,
    asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    laila, farid, omid = family
    grandma = make_person(ctx, "Soraya", "Karimi", legal_status=LegalStatus.FAMILY_MEMBER).id
    cousin = make_person(ctx, "Sohrab", "Karimi", legal_status=LegalStatus.FAMILY_MEMBER).id
    elsewhere = make_person(ctx, "Nasrin", "Haidari", legal_status=LegalStatus.CITIZEN).id
    households.create_household(ctx, elsewhere, [cousin], name="Haidari")
    dialog = open_case(qtbot, ctx, farid)
    answer_find(monkeypatch, "so", ["Soraya", "Sohrab"])
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.household.add_button, Qt.MouseButton.LeftButton)
    assert asked == [
        "1 person(s) will leave the household they are in now: Sohrab Karimi. Add them anyway?"
    ]
    household = households.get_household(ctx, karimi)
    assert [m.person_id for m in household.members] == [laila, farid, omid, grandma, cousin]
    assert all(m.eligible for m in household.members)
    assert dialog.household.members.count() == 5 and messages == []
    haidari = household_of(ctx, elsewhere)
    assert haidari is not None and [m.person_id for m in haidari.members] == [elsewhere]


def test_adding_someone_already_in_the_household_changes_nothing(
    qtbot: QtBot,
    ctx: Context,
    family: list[int],
    karimi: int,
    asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    laila, farid, omid = family
    before = households.get_household(ctx, karimi)
    dialog = open_case(qtbot, ctx, farid)
    answer_find(monkeypatch, "omid", ["Omid"])
    assert not dialog.household.add_persons()
    assert messages == ["Omid Karimi is already in this household; nothing was changed."]
    assert asked == []
    assert households.get_household(ctx, karimi) == before


def test_adding_to_a_case_without_household_makes_one(
    qtbot: QtBot,
    ctx: Context,
    family: list[int],
    asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laila, farid, omid = family
    dialog = open_case(qtbot, ctx, farid)
    assert (
        texts(dialog) == ["(not in a household)"]
        and not dialog.household.principal_button.isEnabled()
    )
    answer_find(monkeypatch, "karimi", ["Laila", "Omid"])
    with qtbot.waitSignal(dialog.changed):
        assert dialog.household.add_persons()
    household = household_of(ctx, farid)
    assert household is not None and household.principal_id == farid
    assert [m.person_id for m in household.members] == family
    assert asked == []


def test_mark_and_unmark_cannot_travel_without(
    qtbot: QtBot, ctx: Context, family: list[int], karimi: int, messages: list[str]
) -> None:
    laila, farid, omid = family
    dialog = open_case(qtbot, ctx, omid)
    box = dialog.household.dependencies[laila]
    box.setFocus()
    with qtbot.waitSignal(dialog.changed):
        QTest.keyClick(box, Qt.Key.Key_Space)  # keyboard: space toggles the check box
    members = {m.person_id: m for m in households.get_household(ctx, karimi).members}
    assert members[omid].depends_on == (laila,)
    assert dialog.household.dependencies[laila].isChecked()
    assert texts(dialog)[2].endswith("cannot travel without Laila Karimi")
    with qtbot.waitSignal(dialog.changed):
        dialog.household.dependencies[laila].click()
    members = {m.person_id: m for m in households.get_household(ctx, karimi).members}
    assert members[omid].depends_on == ()
    assert not dialog.household.dependencies[laila].isChecked()
    assert messages == []


def test_a_dependency_on_someone_who_left_shows_an_error(
    qtbot: QtBot, ctx: Context, family: list[int], karimi: int, messages: list[str]
) -> None:
    laila, farid, omid = family
    dialog = open_case(qtbot, ctx, omid)
    households.remove_member(ctx, karimi, laila)  # a colleague, after the case was opened
    dialog.household.dependencies[laila].click()
    assert messages == ["Both persons must be in the same household."]
    members = {m.person_id: m for m in households.get_household(ctx, karimi).members}
    assert members[omid].depends_on == ()
    # the section shows the household as it is now
    assert laila not in dialog.household.dependencies


def test_the_household_actions_are_in_french(qapp: QApplication) -> None:
    before = QLocale()
    assert i18n.install(qapp, "fr")
    try:
        assert QCoreApplication.translate("MainWindow", "Make a &household…") == (
            "Former un &foyer…"
        )
        assert QCoreApplication.translate(
            "MakeHouseholdDialog", "Make a household of %n person(s)", "", 3
        ) == ("Former un foyer de 3 personnes")
        assert QCoreApplication.translate("HouseholdPanel", "not eligible") == "non éligible"
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)


def test_the_search_runs_off_the_gui_thread(
    qtbot: QtBot, ctx: Context, family: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = search.search
    threads: list[threading.Thread] = []

    def searching(*args: object, **kwargs: object) -> list[persons.PersonSummary]:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(search, "search", searching)
    dialog = FindPersonsDialog(ctx, "Add persons")
    qtbot.addWidget(dialog)
    dialog.search.setText("karimi")
    with qtbot.waitSignal(dialog.searched):
        dialog.run_search()
    assert dialog.results.count() == 3 and dialog.hint.text() == "3 person(s) found."
    assert threads and threading.main_thread() not in threads
