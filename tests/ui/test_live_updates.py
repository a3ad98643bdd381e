"""A colleague's change reaches the open window within seconds: the case list shows it, an
open case says who changed it; the window's own saves do neither. A lost database server is
said in the status bar, saving is refused in words with the form kept, and the window
reconnects when the server is back."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from evactrack.services import persons
from evactrack.services.context import Context, open_database
from evactrack.ui import dialogs
from evactrack.ui.main_window import MainWindow
from evactrack.ui.views.case_detail import CaseDetailDialog
from tests.conftest import TEST_PASSWORD, as_user
from tests.factories import make_movement, make_person, make_point

SEEN_WITHIN_MS = 5_000
QUIET_MS = 2_500  # longer than a poll and the coalescing delay together


def _open(url: str, username: str) -> Iterator[Context]:
    database = open_database(url)
    yield as_user(database, username)
    database.close()


@pytest.fixture
def me(db_url: str) -> Iterator[Context]:
    yield from _open(db_url, "me")


@pytest.fixture
def colleague(db_url: str) -> Iterator[Context]:
    """Another caseworker on the same database, through connections of their own."""
    yield from _open(db_url, "colleague")


def _window(qtbot: QtBot, ctx: Context, tmp_path: Path) -> MainWindow:
    main = MainWindow(ctx, QSettings(str(tmp_path / "live.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.case_list.loaded):
        main.show()
    main.follow_colleagues()
    return main


@pytest.fixture
def person(me: Context) -> int:
    return make_person(me, "Zahra", "Ahmadi").id


@pytest.fixture
def window(qtbot: QtBot, me: Context, person: int, tmp_path: Path) -> Iterator[MainWindow]:
    main = _window(qtbot, me, tmp_path)
    yield main
    main.close()  # before the database closes


def _rename(ctx: Context, person_id: int, **fields: str) -> None:
    detail = persons.get_person(ctx, person_id)
    persons.update_person(ctx, person_id, detail.version, replace(detail.data, **fields))


def _row_shows(window: MainWindow, person_id: int, text: str) -> bool:
    model = window.case_list.model
    row = model.ids.index(person_id)
    return any(text in str(model.index(row, c).data()) for c in range(model.columnCount()))


def _detail(window: MainWindow, person_id: int) -> CaseDetailDialog:
    dialog = window.open_person(person_id)
    assert dialog is not None
    return dialog


def test_a_colleagues_change_shows_in_the_list_and_the_open_case(
    qtbot: QtBot, window: MainWindow, colleague: Context, person: int
) -> None:
    dialog = _detail(window, person)
    assert not dialog.changed_banner.isVisible()
    _rename(colleague, person, family_name="Karimi")
    qtbot.waitUntil(dialog.changed_banner.isVisible, timeout=SEEN_WITHIN_MS)
    assert dialog.changed_banner.text.text() == "Changed by colleague since you opened it."
    qtbot.waitUntil(lambda: _row_shows(window, person, "Karimi"), timeout=SEEN_WITHIN_MS)
    assert dialog.form.family_name.text() == "Ahmadi"  # nothing reloaded under the caseworker
    dialog.changed_banner.reload.emit()
    assert dialog.form.family_name.text() == "Karimi"
    assert not dialog.changed_banner.isVisible()


def test_own_saves_neither_show_the_banner_nor_reload_again(
    qtbot: QtBot, window: MainWindow, colleague: Context, person: int
) -> None:
    dialog = _detail(window, person)
    dialog.form.family_name.setText("Ahmadzai")
    with qtbot.waitSignal(window.case_list.loaded):  # the save's own refresh
        assert dialog.save()
    reloads: list[int] = []
    window.case_list.loaded.connect(reloads.append)
    qtbot.wait(QUIET_MS)
    assert not dialog.changed_banner.isVisible()
    assert reloads == []
    # The feed was listening all along: a colleague's change after it is shown.
    _rename(colleague, person, given_name="Zahra Bibi")
    qtbot.waitUntil(dialog.changed_banner.isVisible, timeout=SEEN_WITHIN_MS)
    assert dialog.changed_banner.names == ["colleague"]


def test_unsaved_edits_are_kept_and_merged_with_the_colleagues(
    qtbot: QtBot, window: MainWindow, colleague: Context, person: int, messages: list[str]
) -> None:
    dialog = _detail(window, person)
    dialog.form.family_name.setText("Ahmadzai")
    _rename(colleague, person, given_name="Zahra Bibi")
    qtbot.waitUntil(dialog.changed_banner.isVisible, timeout=SEEN_WITHIN_MS)
    assert dialog.form.family_name.text() == "Ahmadzai"
    assert dialog.save()  # different fields: merged without asking
    saved = persons.get_person(colleague, person).data
    assert (saved.given_name, saved.family_name) == ("Zahra Bibi", "Ahmadzai")
    assert not dialog.changed_banner.isVisible()
    assert messages == []


def test_a_tab_reloads_on_screen_and_waits_when_hidden(
    qtbot: QtBot, window: MainWindow, colleague: Context
) -> None:
    """The movements board shows a colleague's new movement; hidden, it reloads only once it
    is shown again."""
    index = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Movements")
    window.tabs.setCurrentIndex(index)
    board: Any = window.side_views[index]
    qtbot.waitUntil(lambda: not board.loading, timeout=SEEN_WITHIN_MS)
    point = make_point(colleague)
    make_movement(colleague, point)
    qtbot.waitUntil(lambda: board.movements.rowCount() == 1, timeout=SEEN_WITHIN_MS)
    window.tabs.setCurrentIndex(0)
    make_movement(colleague, point)
    loads: list[None] = []
    board.loaded.connect(lambda: loads.append(None))
    qtbot.wait(QUIET_MS)
    assert loads == [] and board.movements.rowCount() == 1
    window.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: board.movements.rowCount() == 2, timeout=SEEN_WITHIN_MS)


def test_a_change_from_another_process_reaches_the_list(
    qtbot: QtBot, sqlite_url: str, tmp_path: Path
) -> None:
    """SQLite: another program's commit is seen through data_version."""
    database = open_database(sqlite_url)
    try:
        ctx = as_user(database, "me")
        as_user(database, "colleague")  # their account, which the other program logs in to
        person = make_person(ctx, "Zahra", "Ahmadi").id
        window = _window(qtbot, ctx, tmp_path)
        script = (
            "from dataclasses import replace\n"
            "from evactrack.services import persons, users\n"
            "from evactrack.services.context import open_database\n"
            f"db = open_database({sqlite_url!r})\n"
            f"ctx = users.login(db, 'colleague', {TEST_PASSWORD!r})\n"
            f"d = persons.get_person(ctx, {person})\n"
            "renamed = replace(d.data, family_name='Karimi')\n"
            f"persons.update_person(ctx, {person}, d.version, renamed)\n"
            "db.close()\n"
        )
        subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
        qtbot.waitUntil(lambda: _row_shows(window, person, "Karimi"), timeout=SEEN_WITHIN_MS)
        window.close()
    finally:
        database.close()


# ---------------------------------------------------------------- a lost server


class Proxy:
    """A TCP relay in front of the PostgreSQL server: stopping it is a server that went down
    (nothing listens on its port any more, every connection through it is cut)."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._sockets: list[socket.socket] = []
        self._listener: socket.socket | None = None

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen()
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        sockets, self._sockets = self._sockets, []
        if self._listener is not None:
            sockets.append(self._listener)
            self._listener = None
        for sock in sockets:
            _cut(sock)
            sock.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self._sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        with suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        for sock in (source, sink):
            _cut(sock)


def _cut(sock: socket.socket) -> None:
    with suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def proxy(pg_url: str) -> Iterator[Proxy]:
    url = make_url(pg_url)
    relay = Proxy(url.host or "127.0.0.1", url.port or 5432)
    relay.start()
    yield relay
    relay.stop()


@pytest.mark.pg
def test_server_down_then_back(
    qtbot: QtBot,
    pg_url: str,
    proxy: Proxy,
    tmp_path: Path,
    messages: list[str],
) -> None:
    url = make_url(pg_url).set(host="127.0.0.1", port=proxy.port)
    database = open_database(url.render_as_string(hide_password=False))
    dialog = None
    try:
        ctx = as_user(database, "me")
        person = make_person(ctx, "Zahra", "Ahmadi").id
        window = _window(qtbot, ctx, tmp_path)
        dialog = _detail(window, person)
        dialog.form.family_name.setText("Ahmadzai")
        proxy.stop()
        qtbot.waitUntil(window.live.banner.isVisible, timeout=SEEN_WITHIN_MS)
        assert window.live.banner.text() == (
            "Connection to the server lost; your work is kept; reconnecting…"
        )
        assert not dialog.save()
        assert messages == [
            "The database server cannot be reached: nothing was changed. Your work is kept; "
            "try again once the connection is back."
        ]
        assert dialog.form.family_name.text() == "Ahmadzai"
        proxy.start()
        qtbot.waitUntil(lambda: not window.live.banner.isVisible(), timeout=15_000)
        assert dialog.save()
        assert persons.get_person(ctx, person).data.family_name == "Ahmadzai"
        window.close()
    finally:
        if dialog is not None and dialog.is_modified():  # a failure above: no question at close
            dialog.form.family_name.setText("Ahmadi")
        database.close()


@pytest.mark.pg
def test_connections_ended_by_the_server_are_made_again(
    qtbot: QtBot, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``pg_terminate_backend`` (an administrator, a server restart): the window is told, the
    feed listens again and the next save goes through on a new connection."""
    name = f"evactrack-{uuid.uuid4().hex[:8]}"
    url = make_url(pg_url).update_query_dict({"application_name": name})
    database = open_database(url.render_as_string(hide_password=False))
    colleague_db = open_database(pg_url)
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        ctx = as_user(database, "me")
        colleague = as_user(colleague_db, "colleague")
        person = make_person(ctx, "Zahra", "Ahmadi").id
        window = _window(qtbot, ctx, tmp_path)
        assert window.live.watcher is not None
        told: list[bool] = []
        window.live.watcher.connection.connect(told.append)
        dialog = _detail(window, person)
        with admin.connect() as conn:
            ended = conn.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE application_name = :name"
                ),
                {"name": name},
            ).scalar()
        assert ended >= 2  # the feed's own and the pool's
        qtbot.waitUntil(lambda: told == [False, True], timeout=15_000)
        assert not window.live.banner.isVisible()
        _rename(colleague, person, given_name="Zahra Bibi")
        qtbot.waitUntil(dialog.changed_banner.isVisible, timeout=SEEN_WITHIN_MS)
        monkeypatch.setattr(dialogs, "ask_user", lambda *_args: True)
        dialog.changed_banner.reload.emit()
        dialog.form.family_name.setText("Ahmadzai")
        assert dialog.save()
        window.close()
    finally:
        admin.dispose()
        colleague_db.close()
        database.close()
