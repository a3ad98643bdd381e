"""The GUI thread's collector: full collections walk only what was made since the last one,
and what they froze is still freed once it becomes garbage."""

from __future__ import annotations

import gc
import weakref

from evactrack.ui import garbage
from evactrack.ui.garbage import GuiThreadCollector


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def _cycle() -> weakref.ref[_Node]:
    """Two objects that only hold each other, once dropped: garbage for the collector alone."""
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def _tick_until(collector: GuiThreadCollector, tick: int) -> None:
    while collector._ticks < tick:
        collector.collect()


def test_a_full_collection_freezes_what_it_leaves(
    gui_thread_collector: GuiThreadCollector,
) -> None:
    """The next full collection walks the objects made since (``more``), not the 20,000
    that were there before."""
    collector = gui_thread_collector
    held = [[n] for n in range(20_000)]
    _tick_until(collector, garbage.FULL_EVERY)
    frozen = gc.get_freeze_count()
    assert frozen > len(held)
    more = [[n] for n in range(1_000)]
    gc.collect(2)
    walked = len(gc.get_objects(generation=2))
    assert len(more) <= walked < len(held), (walked, frozen)


def test_garbage_frozen_while_alive_is_freed_by_the_thaw(
    gui_thread_collector: GuiThreadCollector,
) -> None:
    collector = gui_thread_collector
    alive = _Node()
    alive.other = _Node()
    alive.other.other = alive
    dead = weakref.ref(alive)
    _tick_until(collector, garbage.FULL_EVERY)  # frozen while still in use
    del alive
    _tick_until(collector, garbage.THAW_EVERY - 1)
    assert dead() is not None  # frozen: the full collections since did not walk it
    young = _cycle()
    collector.collect()  # the thaw: everything walked once
    assert dead() is None and young() is None


def test_stopping_gives_back_pythons_own_collection(
    gui_thread_collector: GuiThreadCollector,
) -> None:
    _tick_until(gui_thread_collector, garbage.FULL_EVERY)
    gui_thread_collector.stop()
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_what_start_up_made_is_frozen_at_the_first_tick(
    gui_thread_collector: GuiThreadCollector,
) -> None:
    """So that the first full collection, seconds later, is as short as the others."""
    assert gc.get_freeze_count() == 0
    gui_thread_collector.collect()
    assert gc.get_freeze_count() > 0
