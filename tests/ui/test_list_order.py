"""The worker's side of the case list: every way it finds a search's persons gives what one
query that searches and sorts gives."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from evactrack.domain.enums import CaseStatus
from evactrack.services import caselist
from evactrack.services.caselist import CaseQuery, StaleQuery
from evactrack.services.context import Context
from evactrack.ui.list_order import ListOrder, first_hits, narrows, scan
from evactrack.ui.views.case_list import CaseListView
from tests.factories import make_person

# Typed one key at a time, with a correction and a jump to another word in between.
TYPED = [
    "ahm",
    "ahma",
    "ahmad",
    "ahmad z",
    "ahmad za",
    "ahmad z",
    "ahma",
    "hmad",
    "احمد",
    "+93 7",
    "+93 79",
    "+93 79 7",
    "naz",
    "nazari",
    "filler0",
    "ex",
    "zz",
]


@pytest.fixture()
def people(ctx: Context) -> None:
    make_person(ctx, "Ahmad", "Zadran", native_name="احمد ځدراڼ", phone="+93 79 765 4321")
    make_person(ctx, "Ahmad", None, status=CaseStatus.VERIFIED)
    make_person(ctx, "Mahmood", "Ahmadzai", email="mahmood@example.org", phone="+93 70 111 2222")
    for n in range(30):  # a narrow search sorts its hits, a wide one passes over the order
        make_person(ctx, f"Filler{n:02}", "Nazari", status=list(CaseStatus)[n % 3])


@pytest.fixture()
def asked_index(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The search texts the index is asked about, in order (the index still answers)."""
    asked: list[str] = []
    real = caselist.matching_ids

    def matching_ids(ctx: Context, text: str, stale: StaleQuery | None = None) -> set[int] | None:
        asked.append(text)
        return real(ctx, text, stale)

    monkeypatch.setattr(caselist, "matching_ids", matching_ids)
    return asked


def _asked() -> list[CaseQuery]:
    return [
        CaseQuery(sort=sort, descending=descending, statuses=statuses)
        for sort in ("name", "status", "last_contact")
        for descending in (False, True)
        for statuses in (frozenset(), frozenset({CaseStatus.NEW}))
    ]


def _typing(order: ListOrder, ctx: Context, base: CaseQuery, generation: int) -> None:
    for text in TYPED:
        asked = replace(base, search=text)
        assert order.ids(asked, generation) == caselist.ordered_ids(ctx, asked), asked


@pytest.mark.usefixtures("people")
@pytest.mark.parametrize("wide", [ListOrder.WIDE, 0.0], ids=["sorted", "passed"])
def test_with_or_without_the_texts_the_list_finds_what_one_query_finds(
    ctx: Context, wide: float, asked_index: list[str]
) -> None:
    """Without texts: the index, its hits sorted by row or found in one pass over the
    order (``WIDE`` 0). With texts: the previous hits for a search that narrows them."""
    for generation, base in enumerate(_asked()):
        order = ListOrder(ctx)
        order.WIDE = wide
        _typing(order, ctx, base, generation)  # the index only
        order.load_texts(base, generation, StaleQuery())
        assert order.has_texts(base, generation)
        asked_index.clear()
        _typing(order, ctx, base, generation)
        # Narrowing searches never ask the index: "ahma", "ahmad", "ahmad z", "ahmad za",
        # "+93 79", "+93 79 7", "nazari", "filler0" are answered from the previous hits.
        assert "ahmad" not in asked_index and "nazari" not in asked_index
        assert "ahmad z" in asked_index  # after a deletion: not a narrowing
    assert len(ListOrder(ctx).ids(CaseQuery(search="naz"), 0)) == 30


@pytest.mark.usefixtures("people")
def test_texts_read_before_a_write_are_not_used_after_it(ctx: Context) -> None:
    order = ListOrder(ctx)
    base = CaseQuery()
    order.load_texts(base, 0, StaleQuery())
    order.ids(CaseQuery(search="qud"), 0)
    make_person(ctx, "Qudratullah", "Nazari")
    assert order.ids(CaseQuery(search="qudrat"), 0) == []  # generation 0: read before
    assert not order.has_texts(base, 1)
    found = order.ids(CaseQuery(search="qudrat"), 1)  # the index, until texts are read
    assert len(found) == 1
    order.load_texts(base, 1, StaleQuery())
    order.ids(CaseQuery(search="qud"), 1)
    assert order.ids(CaseQuery(search="qudrat"), 1) == found  # narrowed in memory


@pytest.mark.usefixtures("people")
def test_a_search_with_too_many_hits_to_keep_asks_the_index_again(
    ctx: Context, asked_index: list[str]
) -> None:
    order = ListOrder(ctx)
    order.SCANNED = 5
    order.load_texts(CaseQuery(), 0, StaleQuery())
    for text in ("ahm", "ahmad", "naz", "nazari"):
        assert order.ids(CaseQuery(search=text), 0) == caselist.ordered_ids(
            ctx, CaseQuery(search=text)
        )
    assert asked_index == ["ahm", "naz", "nazari"]  # 30 Nazari: too many to keep


def test_narrowing_and_scanning_rules() -> None:
    assert narrows(["ahm"], ["ahma"]) and narrows(["ahm"], ["ahm", "z"])
    assert narrows(["ahm", "z"], ["ahmad", "za"])
    assert not narrows(["ahma"], ["ahm"]) and not narrows(["ahm", "z"], ["ahm"])
    ids, texts = scan([3, 1, 2], ["ahmad zadran", "ahmad", "zahra ahmadi"], ["ahm", "za"])
    assert ids == [3, 2] and texts == ["ahmad zadran", "zahra ahmadi"]


@pytest.mark.usefixtures("people")
def test_the_view_reads_the_texts_after_showing_the_list_and_again_after_a_write(
    qtbot: QtBot, ctx: Context
) -> None:
    view = CaseListView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.reload()
    qtbot.waitUntil(lambda: not view.busy, timeout=5000)
    assert view.order.has_texts(view.query, 0)
    view.refresh()  # after a write: a new generation
    assert not view.order.has_texts(view.query, 1)
    qtbot.waitUntil(lambda: not view.busy, timeout=5000)
    assert view.order.has_texts(view.query, 1)
    with qtbot.waitSignal(view.loaded):
        view.reload(CaseQuery(search="nazari"))
    assert view.model.rowCount() == 30


@pytest.mark.usefixtures("people")
def test_rows_of_a_first_screen_are_read_once_per_generation(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[list[int]] = []
    real = caselist.rows

    def rows(c: Context, person_ids: list[int]) -> list[caselist.CaseRow]:
        read.append(list(person_ids))
        return real(c, person_ids)

    monkeypatch.setattr(caselist, "rows", rows)
    order = ListOrder(ctx)
    stale = StaleQuery()

    def page(text: str, generation: int = 0) -> tuple[list[int], list[caselist.CaseRow]]:
        shown = order.page(CaseQuery(search=text), generation, 10, stale)
        return shown.ids, shown.rows

    ids, first = page("naz")
    assert [r.id for r in first] == ids[:10] and read == [ids[:10]]
    ids, first = page("nazari")
    assert [r.id for r in first] == ids[:10] and len(read) == 1  # the same persons: no read
    ids, first = page("ahm")
    assert [r.id for r in first] == ids[:10] and read[-1] == ids  # only the new ones
    page("ahm", 1)  # after a write: read again
    assert read[-1] == ids and len(read) == 3


def test_the_first_hits_are_found_in_order_and_the_walk_stops() -> None:
    texts = ["zahra", "ahmad", "bashir", "ahmadi", "ahmadzai", "mahmood"]
    assert first_hits(texts, ["ahm"], 2, 10) == [1, 3]
    assert first_hits(texts, ["ahm"], 9, 10) == [1, 3, 4, 5]  # fewer than a screen: all
    assert first_hits(texts, ["ahm"], 9, 4) == [1, 3]  # the walk stops at its limit
    assert first_hits(texts, ["ahm", "zai"], 9, 10) == [4]


@pytest.mark.usefixtures("people")
def test_a_first_screen_is_the_beginning_of_the_whole_list(
    ctx: Context, asked_index: list[str]
) -> None:
    """Walked in the copy of the texts (or in the previous hits) when the screen fills
    before the walk's limit; otherwise the whole list at once, from the index."""
    stale = StaleQuery()
    for generation, base in enumerate(_asked()):
        order = ListOrder(ctx)
        order.WALKED = 20
        order.load_texts(base, generation, stale)
        for text in TYPED:
            asked = replace(base, search=text)
            whole = caselist.ordered_ids(ctx, asked)
            asked_index.clear()
            shown = order.first_page(asked, generation, 5, stale)
            if shown.complete:
                assert shown.ids == whole, asked
            else:
                assert shown.ids == whole[:5] and asked_index == [], asked
            assert [r.id for r in shown.rows] == shown.ids[:5]
            assert order.page(asked, generation, 5, stale).ids == whole, asked
    # 30 Nazari fill five rows within 20 texts; "zadran" (one hit) does not.
    order = ListOrder(ctx)
    order.WALKED = 20
    order.load_texts(CaseQuery(), 0, stale)
    assert not order.first_page(CaseQuery(search="naz"), 0, 5, stale).complete
    order = ListOrder(ctx)
    order.WALKED = 20
    order.load_texts(CaseQuery(), 0, stale)
    assert order.first_page(CaseQuery(search="zadran"), 0, 5, stale).complete


@pytest.mark.usefixtures("people")
def test_the_view_shows_the_first_screen_then_adds_the_rest_below_it(
    qtbot: QtBot, ctx: Context
) -> None:
    view = CaseListView(ctx)
    qtbot.addWidget(view)
    view.resize(800, 200)  # a screen of a few rows
    with qtbot.waitSignal(view.loaded):
        view.reload()
    qtbot.waitUntil(lambda: not view.busy, timeout=5000)
    view.select_ids({view.model.ids[1]})
    chosen = view.selected_ids()
    first_screens: list[int] = []
    view.screen_shown.connect(lambda: first_screens.append(view.model.rowCount()))
    with qtbot.waitSignal(view.loaded) as loaded:
        view.reload(CaseQuery(search="nazari"))
    assert first_screens and first_screens[0] < 30  # the first screen, before the rest
    assert loaded.args == [30] and view.model.rowCount() == 30
    assert view.model.ids == caselist.ordered_ids(ctx, CaseQuery(search="nazari"))
    assert view.count_label.text() == "30 person(s)"
    if chosen[0] in view.model.ids[: first_screens[0]]:
        assert view.selected_ids() == chosen
