"""The case table model (without a window) and the case list view (offscreen)."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QStandardItemModel, QTextLayout
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView, QWidget
from pytestqt.qtbot import QtBot

from evactrack.domain.enums import (
    CaseStatus,
    ContactChannel,
    ContactOutcome,
    LegalStatus,
    VulnerabilityFlag,
)
from evactrack.domain.errors import OperationCancelled
from evactrack.domain.timezones import utcnow
from evactrack.services import case_status, caselist, contacts
from evactrack.services.caselist import CaseQuery
from evactrack.services.context import Context
from evactrack.ui import dialogs
from evactrack.ui.mime import person_ids_from
from evactrack.ui.models.case_table import (
    FLAGS,
    LAST_CONTACT,
    LEGAL_STATUS,
    NAME,
    NATIVE_NAME,
    PHONE,
    PLACE,
    STALE_CONTACT,
    STATUS,
    CaseTableModel,
)
from evactrack.ui.views.case_list import CaseListView, LatestOnly, ListOrder, effective_search
from tests.factories import make_person


@pytest.fixture
def three(sqlite_ctx: Context) -> list[int]:
    zahra = make_person(
        sqlite_ctx,
        "Zahra",
        "Ahmadi",
        native_name="زهرا احمدی",
        phone="+93 70 123 4567",
        flags=frozenset({VulnerabilityFlag.ELDERLY}),
    )
    bashir = make_person(sqlite_ctx, "Bashir", "Karimi", legal_status=LegalStatus.VISA_APPLICANT)
    amin = make_person(sqlite_ctx, "Amin", "Sultani", status=CaseStatus.VERIFIED)
    contacts.log_attempt(sqlite_ctx, bashir.id, ContactChannel.PHONE, ContactOutcome.REACHED)
    contacts.log_attempt(
        sqlite_ctx,
        zahra.id,
        ContactChannel.SMS,
        ContactOutcome.REACHED,
        occurred_at=utcnow() - timedelta(hours=50),
    )
    return [zahra.id, bashir.id, amin.id]


def _text(model: CaseTableModel, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_model_shows_each_column_and_highlights_old_contacts(
    sqlite_ctx: Context, three: list[int]
) -> None:
    model = CaseTableModel(sqlite_ctx)
    model.set_ids(three)
    assert model.rowCount() == 3 and model.columnCount() == 9
    assert _text(model, 0, PHONE) == "+93 70 123 4567"
    assert _text(model, 1, PHONE) == ""
    assert _text(model, 0, NAME) == "Zahra Ahmadi"
    assert _text(model, 0, NATIVE_NAME) == "زهرا احمدی"
    assert _text(model, 0, NATIVE_NAME, Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )
    assert _text(model, 1, LEGAL_STATUS) == "Visa applicant (e.g. SIV)"
    assert _text(model, 2, STATUS) == "Verified"
    assert _text(model, 0, FLAGS) == "Elderly"
    assert _text(model, 0, PLACE) == ""
    assert _text(model, 0, LAST_CONTACT) == "2 days ago"
    assert _text(model, 1, LAST_CONTACT) == "0 min ago"
    assert _text(model, 2, LAST_CONTACT) == "never"
    assert _text(model, 0, LAST_CONTACT, Qt.ItemDataRole.ToolTipRole).endswith(" Asia/Kabul")
    assert _text(model, 0, LAST_CONTACT, Qt.ItemDataRole.BackgroundRole) == STALE_CONTACT
    assert _text(model, 2, LAST_CONTACT, Qt.ItemDataRole.BackgroundRole) == STALE_CONTACT
    assert _text(model, 1, LAST_CONTACT, Qt.ItemDataRole.BackgroundRole) is None
    assert model.headerData(NAME, Qt.Orientation.Horizontal) == "Name"


def test_model_reads_pages_on_demand_and_keeps_few(sqlite_ctx: Context, three: list[int]) -> None:
    model = CaseTableModel(sqlite_ctx)
    model.PAGE_SIZE, model.MAX_PAGES = 1, 2
    model.set_ids([three[2], three[1], three[0]])
    assert not model._pages
    assert [_text(model, r, NAME) for r in range(3)] == [
        "Amin Sultani",
        "Bashir Karimi",
        "Zahra Ahmadi",
    ]
    assert len(model._pages) == 2  # the oldest page was dropped
    model.set_ids([three[0], 999_999])
    assert _text(model, 1, NAME) == "(deleted)"


def test_dragging_rows_carries_their_person_ids(sqlite_ctx: Context, three: list[int]) -> None:
    model = CaseTableModel(sqlite_ctx)
    model.set_ids(three)
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    mime = model.mimeData([model.index(2, 0), model.index(0, 3), model.index(0, 0)])
    assert person_ids_from(mime) == [three[0], three[2]]


def test_view_loads_searches_sorts_and_counts(
    qtbot: QtBot, sqlite_ctx: Context, three: list[int]
) -> None:
    view = CaseListView(sqlite_ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.counts_loaded) as counted, qtbot.waitSignal(view.loaded):
        view.reload()
    assert view.model.ids == [three[2], three[1], three[0]]  # by name
    assert counted.args[0].statuses[CaseStatus.CONTACTED] == 2
    assert view.count_label.text() == "3 person(s)"

    with qtbot.waitSignal(view.loaded):
        qtbot.keyClicks(view.search, "ahmad")  # one query once typing pauses
    assert view.model.ids == [three[0]]
    with qtbot.waitSignal(view.loaded):
        view.search.setText("AHMADÍ")
    assert view.model.ids == [three[0]]
    with qtbot.waitSignal(view.loaded):
        view.search.setText("70-123")
    assert view.model.ids == [three[0]]
    with qtbot.waitSignal(view.loaded):
        view.search.setText("z")  # one character would match almost everyone: not run
    assert len(view.model.ids) == 3 and view.query.search == ""

    with qtbot.waitSignal(view.loaded):
        view.table.horizontalHeader().setSortIndicator(STATUS, Qt.SortOrder.DescendingOrder)
    assert view.query.sort == "status" and view.query.descending
    assert view.model.ids[0] == three[2]  # verified comes after contacted in the workflow


def test_view_keeps_the_selection_and_opens_a_person(
    qtbot: QtBot, sqlite_ctx: Context, three: list[int]
) -> None:
    view = CaseListView(sqlite_ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.reload()
    view.select_ids({three[0], three[1]})
    assert view.selected_ids() == [three[1], three[0]]
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    assert view.selected_ids() == [three[1], three[0]]
    with qtbot.waitSignal(view.open_person) as opened:
        view.table.doubleClicked.emit(view.model.index(2, 0))
    assert opened.args == [three[0]]


def test_only_the_newest_query_reaches_the_list(
    qtbot: QtBot, sqlite_ctx: Context, three: list[int]
) -> None:
    view = CaseListView(sqlite_ctx)
    qtbot.addWidget(view)
    shown: list[int] = []
    view.loaded.connect(shown.append)
    with qtbot.waitSignal(view.loaded):
        view.reload(CaseQuery(search="zahra"))
        view.reload(CaseQuery(search="karimi"))
        view.reload(CaseQuery(statuses=frozenset({CaseStatus.VERIFIED})))
    qtbot.waitUntil(lambda: not view.busy)
    assert view.model.ids == [three[2]]
    assert shown[-1] == 1 and len(shown) <= 2


def test_the_list_order_is_cached_while_only_the_search_changes(
    qtbot: QtBot, sqlite_ctx: Context, three: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    view = CaseListView(sqlite_ctx)
    qtbot.addWidget(view)
    calls: list[CaseQuery] = []
    real = caselist.ordered_ids
    monkeypatch.setattr(
        caselist, "ordered_ids", lambda ctx, q, stale: calls.append(q) or real(ctx, q, stale)
    )
    with qtbot.waitSignal(view.loaded):
        view.reload()
    for text in ("k", "ka", "kar"):
        with qtbot.waitSignal(view.loaded):
            view.reload(CaseQuery(search=text))
    assert len(calls) == 1 and view.model.ids == [three[1]]
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    assert len(calls) == 2


def test_a_search_starts_at_three_characters_or_three_phone_digits() -> None:
    assert effective_search(" a ") == ""
    assert effective_search("ah") == ""
    assert effective_search("ahm") == "ahm"
    assert effective_search("ahmad ka") == "ahmad ka"  # the long word uses the index
    assert effective_search("+93") == ""  # two digits once the + is dropped: every number
    assert effective_search("070") == ""  # the trunk zero is dropped too
    assert effective_search("0701") == "0701"
    assert effective_search("زه") == ""
    assert effective_search("زهر") == "زهر"


def test_a_page_that_cannot_be_read_is_reported_once_and_asked_again(
    qtbot: QtBot, sqlite_ctx: Context, three: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    model = CaseTableModel(sqlite_ctx)
    model.set_ids(three)
    real = caselist.rows

    def broken(*_args: object) -> list[object]:
        raise OSError("disk I/O error")

    monkeypatch.setattr(caselist, "rows", broken)
    with qtbot.waitSignal(model.read_failed) as failed:
        assert _text(model, 0, NAME) == "…"
    assert isinstance(failed.args[0], OSError)
    with qtbot.assertNotEmitted(model.read_failed):
        assert _text(model, 1, NAME) == "…"
    monkeypatch.setattr(caselist, "rows", real)
    assert _text(model, 0, NAME) == "Zahra Ahmadi"


def test_the_view_shows_a_read_failure_once_after_painting(
    qtbot: QtBot,
    sqlite_ctx: Context,
    three: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, error: shown.append(str(error)))
    view = CaseListView(sqlite_ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.reload()

    def broken(*_args: object) -> list[object]:
        raise OSError("disk I/O error")

    monkeypatch.setattr(caselist, "rows", broken)
    with qtbot.waitSignal(view.model.read_failed):
        view.model.set_ids(list(view.model.ids))
        view.show()
        view.table.viewport().repaint()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["disk I/O error"]


def test_enter_in_the_search_box_goes_to_the_results(
    qtbot: QtBot, sqlite_ctx: Context, three: list[int]
) -> None:
    view = CaseListView(sqlite_ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.reload()
    view.search.setText("karimi")
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.model.ids == [three[1]]
    assert view.selected_ids() == [three[1]]


def test_a_keystroke_that_changes_nothing_searched_runs_no_query(
    qtbot: QtBot, sqlite_ctx: Context, three: list[int]
) -> None:
    view = CaseListView(sqlite_ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.reload()
    with qtbot.waitSignal(view.loaded):
        view.search.setText("Karimi")
    with qtbot.assertNotEmitted(view.loaded, wait=400):
        view.search.setText("karimi ")
    assert view.model.ids == [three[1]]


def test_a_newer_request_stops_the_stale_query(
    qtbot: QtBot, sqlite_ctx: Context, three: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, error: shown.append(str(error)))
    view = CaseListView(sqlite_ctx)
    qtbot.addWidget(view)
    real = caselist.ordered_ids
    started, stopped = threading.Event(), threading.Event()

    def slow_for_status(ctx: Context, query: CaseQuery, stale: caselist.StaleQuery) -> list[int]:
        if query.sort != "status":
            return real(ctx, query, stale)
        started.set()
        deadline = time.monotonic() + 5
        while not stale.cancelled and time.monotonic() < deadline:
            time.sleep(0.01)
        stopped.set()
        raise OperationCancelled("stale")

    monkeypatch.setattr(caselist, "ordered_ids", slow_for_status)
    view.reload(CaseQuery(sort="status"))
    assert started.wait(5)
    with qtbot.waitSignal(view.loaded):
        view.reload(CaseQuery(sort="name"))
    assert stopped.is_set() and view.model.ids == [three[2], three[1], three[0]]
    assert shown == []


def test_a_keystroke_finds_the_persons_of_a_fresh_query_in_its_order(
    sqlite_ctx: Context, three: list[int]
) -> None:
    """The list filters its cached order by the index's unordered answer: the same persons in
    the same order as one query that searches and sorts, for every column both ways."""
    make_person(sqlite_ctx, "Ahmad", "Zadran", native_name="احمد ځدراڼ", phone="+93 79 765 4321")
    make_person(sqlite_ctx, "Ahmad", None, status=CaseStatus.VERIFIED)
    make_person(sqlite_ctx, "Mahmood", "Ahmadzai", email="mahmood@example.org")
    for n in range(30):  # so that a narrow search sorts its hits instead of a pass over all
        make_person(sqlite_ctx, f"Filler{n:02}", "Nazari", status=list(CaseStatus)[n % 3])
    order = ListOrder(sqlite_ctx)
    typed = ["ahm", "ahma", "ahmad", "ahmad z", "hmad", "احمد", "+93 7", "+93 79 7", "ex", "zz"]
    for sort in caselist.SORT_KEYS:
        for descending in (False, True):
            for text in typed:
                asked = CaseQuery(search=text, sort=sort, descending=descending)
                assert order.ids(asked, 0) == caselist.ordered_ids(sqlite_ctx, asked), asked
    assert len(order.ids(CaseQuery(search="ahm"), 0)) == 4  # narrow: hits sorted by row
    assert len(order.ids(CaseQuery(search="naz"), 0)) == 30  # wide: one pass over the order


def test_the_first_page_is_read_with_the_ids_off_the_gui_thread(
    qtbot: QtBot, sqlite_ctx: Context, three: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    view = CaseListView(sqlite_ctx)
    qtbot.addWidget(view)
    readers: list[threading.Thread] = []
    real = caselist.rows

    def rows(ctx: Context, person_ids: list[int]) -> list[caselist.CaseRow]:
        readers.append(threading.current_thread())
        return real(ctx, person_ids)

    monkeypatch.setattr(caselist, "rows", rows)
    with qtbot.waitSignal(view.loaded):
        view.reload(CaseQuery(search="karimi"))
    assert readers and threading.main_thread() not in readers
    readers.clear()
    view.show()
    view.table.viewport().repaint()
    assert _text(view.model, 0, NAME) == "Bashir Karimi"
    assert readers == []  # shown without a query on the GUI thread


def test_a_new_query_stops_the_filter_counts_of_the_old_one(
    qtbot: QtBot, sqlite_ctx: Context, three: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counts start once typing pauses; a keystroke after that makes them stale: they are
    stopped (not left to compete with the list's query) and never shown."""
    view = CaseListView(sqlite_ctx)
    qtbot.addWidget(view)
    real = caselist.filter_counts
    started, stopped = threading.Event(), threading.Event()

    def slow_for_everyone(
        ctx: Context, query: CaseQuery, stale: caselist.StaleQuery
    ) -> caselist.FilterCounts:
        if query.search:
            return real(ctx, query, stale)
        started.set()
        deadline = time.monotonic() + 5
        while not stale.cancelled and time.monotonic() < deadline:
            time.sleep(0.01)
        stopped.set()
        raise OperationCancelled("stale")

    monkeypatch.setattr(caselist, "filter_counts", slow_for_everyone)
    counted: list[caselist.FilterCounts] = []
    view.counts_loaded.connect(counted.append)
    with qtbot.waitSignal(view.loaded):
        view.reload()
    qtbot.waitUntil(started.is_set, timeout=5000)  # the counts start from a timer
    with qtbot.waitSignal(view.loaded):
        view.reload(CaseQuery(search="karimi"))
    assert stopped.wait(5)
    qtbot.waitUntil(lambda: not view.busy, timeout=5000)
    assert len(counted) == 1 and counted[0].statuses == {CaseStatus.CONTACTED: 1}


def test_a_cancelled_query_delivers_nothing_even_when_it_ends_well(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[BaseException] = []
    runner = LatestOnly(parent, errors.append)
    go = threading.Event()
    delivered: list[object] = []
    runner.submit(lambda _stale: go.wait(5) and "old", delivered.append)
    runner.cancel()
    go.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert delivered == [] and errors == []
    runner.submit(lambda _stale: "new", delivered.append)
    qtbot.waitUntil(lambda: delivered == ["new"], timeout=5000)


def _glyph_fonts(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_every_letter_of_a_pashto_name_is_drawn_from_one_font(
    qtbot: QtBot, sqlite_ctx: Context
) -> None:
    """DejaVu Sans has no ۍ (YEH WITH TAIL): the native-script column draws with the shipped
    Naskh, every glyph found and the word from one font, so its letters stay joined."""
    make_person(sqlite_ctx, "Hosai", "Zadran", native_name="هوسۍ ځدراڼ")
    view = CaseListView(sqlite_ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.reload()
    option = QStyleOptionViewItem()
    index = view.model.index(0, NATIVE_NAME)
    view.table.itemDelegateForColumn(NATIVE_NAME).initStyleOption(option, index)
    assert option.text == "هوسۍ ځدراڼ"
    runs = _glyph_fonts(option.text, option.font)
    assert runs and all(0 not in glyphs for _family, glyphs in runs)
    assert {family for family, _glyphs in runs} == {"Noto Naskh Arabic"}


def test_last_contact_is_not_highlighted_for_persons_who_have_left(
    sqlite_ctx: Context, three: list[int]
) -> None:
    """Nobody needs to reach an evacuated or self-evacuated person: no warning colour."""
    zahra, bashir, amin = three  # contacted 50 h ago, just now, never
    case_status.change_status(sqlite_ctx, zahra, CaseStatus.SELF_EVACUATED, "left by road")
    model = CaseTableModel(sqlite_ctx)
    model.set_ids(three)
    assert _text(model, 0, LAST_CONTACT, Qt.ItemDataRole.BackgroundRole) is None
    assert _text(model, 2, LAST_CONTACT, Qt.ItemDataRole.BackgroundRole) == STALE_CONTACT
    case_status.change_status(sqlite_ctx, amin, CaseStatus.DUPLICATE, "same as Bashir")
    model.set_ids(three)
    assert _text(model, 2, LAST_CONTACT, Qt.ItemDataRole.BackgroundRole) is None
    assert _text(model, 0, LAST_CONTACT) == "2 days ago"  # the age itself is still shown


def test_the_phone_column_is_hidden_until_chosen_from_the_header_menu(
    qtbot: QtBot, sqlite_ctx: Context, three: list[int], tmp_path: Path
) -> None:
    view = CaseListView(sqlite_ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.reload()
    header = view.table.horizontalHeader()
    assert header.isSectionHidden(PHONE) and not header.isSectionHidden(LAST_CONTACT)
    menu = view.columns_menu()
    ticks = {a.text(): a for a in menu.actions()}
    assert "Name" not in ticks and not ticks["Phone"].isChecked()
    assert ticks["Last contact"].isChecked()
    ticks["Phone"].trigger()
    assert not header.isSectionHidden(PHONE)
    with qtbot.waitSignal(view.loaded):
        view.refresh()  # a new list keeps the choice
    assert not header.isSectionHidden(PHONE)
    settings = QSettings(str(tmp_path / "evactrack.ini"), QSettings.Format.IniFormat)
    view.save_columns(settings)
    again = CaseListView(sqlite_ctx)
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().isSectionHidden(PHONE)
    again.restore_columns(settings)
    assert not again.table.horizontalHeader().isSectionHidden(PHONE)
    assert view.columns_menu().actions()[PHONE - 1].isChecked()


def test_a_layout_saved_before_the_phone_column_does_not_show_it(
    qtbot: QtBot, sqlite_ctx: Context, tmp_path: Path
) -> None:
    older = QTableView()
    qtbot.addWidget(older)
    older.setModel(QStandardItemModel(0, 8))
    settings = QSettings(str(tmp_path / "evactrack.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/case_columns", older.horizontalHeader().saveState())
    view = CaseListView(sqlite_ctx)
    qtbot.addWidget(view)
    view.restore_columns(settings)
    assert view.table.horizontalHeader().isSectionHidden(PHONE)


def test_the_phone_column_marks_a_number_that_is_not_valid(sqlite_ctx: Context) -> None:
    """A number kept as written is never shown as if it could be called."""
    good = make_person(sqlite_ctx, "Zahra", "Ahmadi", phone="+93 70 123 4567").id
    bad = make_person(sqlite_ctx, "Amin", "Noori", phone="0799 12 34").id
    model = CaseTableModel(sqlite_ctx)
    model.set_ids([good, bad])
    assert _text(model, 0, PHONE) == "+93 70 123 4567"
    assert _text(model, 1, PHONE) == "0799 12 34 (not a valid number)"
