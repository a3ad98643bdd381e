"""Writing many rows in one transaction: the one place that knows how a bulk row is stored.

SQLAlchemy's per-row work (unit of work, one statement per row, per-value processing
through the Core) is most of the cost of an import or of demo data, so rows go straight to
the driver, hundreds per statement. What the Core would have done is still done, from the
tables' own metadata: every column gets its default, every value is converted by its own
column type for this backend (enums to their values, UTC times to naive UTC, JSON), ids come
from the table. SQLite's trigram index of persons, fed row by row by a trigger, is filled
instead by one statement per batch of persons, inside the caller's transaction.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import JSON, Column, Date, String, Table, func, select, text
from sqlalchemy.orm import Session

from evactrack.db.engine import bulk_cache
from evactrack.db.models import Person

# SQLite's trigram index over persons.search_text and the trigger that fills it (migration 0001).
SEARCH_TABLE, SEARCH_INSERT_TRIGGER = "person_search", "persons_search_ai"
# Bind variables per statement: far below both SQLite's (32,766) and PostgreSQL's limits.
_VALUES_PER_STATEMENT = 10_000
_ID_BLOCK = 1000
_FTS5_AUTOMERGE = 4  # SQLite's default
_MISSING = object()


class BulkWriter:
    """Inserts rows of any table as the ORM would store them, in the session's transaction.

    On SQLite the writer holds the write lock from its first write on, so the ids it hands
    out (``max(id) + 1`` onwards) cannot be taken by anyone else; on PostgreSQL they come
    from the table's sequence. A row written with an id gets it from :meth:`ids` or
    :meth:`next_id`, never from elsewhere. Use it as a context manager: on a normal way out
    the search index trigger is put back. On SQLite its connection gets a bulk write's page
    cache for the rest of the transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect
        self.sqlite = self.dialect.name == "sqlite"
        bulk_cache(session)
        self._mark = "?" if self.sqlite else "%s"
        self._next_id: dict[str, int] = {}
        self._blocks: dict[str, deque[int]] = {}
        self._search_trigger: str | None = None
        self._indexed_up_to: int | None = None
        self._automerge: int | None = None  # the index's own setting, put back by finish()
        self._converters: dict[Column[Any], Callable[[Any], Any] | None] = {}

    def __enter__(self) -> BulkWriter:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is None:
            self.finish()

    # ------------------------------------------------------------ ids

    def ids(self, model: Any, count: int) -> list[int]:
        """``count`` new ids of ``model``'s table, ascending."""
        table: Table = model.__table__
        if count <= 0:
            return []
        if not self.sqlite:
            return sorted(
                self.session.scalars(
                    text(
                        f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) "
                        "FROM generate_series(1, :n)"
                    ),
                    {"n": count},
                )
            )
        # Rows written meanwhile by other means (the ORM) take ids too: start past them.
        first = max(
            (self.session.scalar(select(func.max(table.c.id))) or 0) + 1,
            self._next_id.get(table.name, 0),
        )
        self._next_id[table.name] = first + count
        return list(range(first, first + count))

    def next_id(self, model: Any) -> int:
        """One new id of ``model``'s table, for rows built one at a time (taken ahead in
        blocks; the ones left unused are simply never written)."""
        name = model.__table__.name
        block = self._blocks.get(name)
        if not block:
            block = self._blocks[name] = deque(self.ids(model, _ID_BLOCK))
        return block.popleft()

    # ------------------------------------------------------------ the search index

    def suspend_search_index(self) -> None:
        """Stop SQLite's per-row index trigger for the rest of this transaction; each batch
        of persons written through :meth:`insert` is indexed by one statement instead (and
        before anything can update it, which the index's other triggers rely on). A rollback
        puts the trigger back like any other change; :meth:`finish` re-creates it."""
        if not self.sqlite or self._search_trigger is not None:
            return
        self._search_trigger = self.session.scalar(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": SEARCH_INSERT_TRIGGER},
        )
        if self._search_trigger:
            self._indexed_up_to = self.session.scalar(select(func.max(Person.id))) or 0
            self.session.execute(text(f"DROP TRIGGER {SEARCH_INSERT_TRIGGER}"))
            # Merging the index's segments after every batch is a fifth of filling it: it is
            # left to SQLite's crisis merges meanwhile (the index answers as fast after).
            self._automerge = self.session.scalar(
                text(f"SELECT v FROM {SEARCH_TABLE}_config WHERE k = 'automerge'")
            )
            self._set_automerge(0)

    def _index_new_persons(self) -> None:
        if self._indexed_up_to is None:
            return
        connection = self.session.connection()
        connection.exec_driver_sql(
            f"INSERT INTO {SEARCH_TABLE} (rowid, search_text) "
            "SELECT id, search_text FROM persons WHERE id > ? ORDER BY id",
            (self._indexed_up_to,),
        )
        self._indexed_up_to = connection.exec_driver_sql("SELECT MAX(id) FROM persons").scalar()

    def finish(self) -> None:
        """Put back what the writer suspended; the transaction stays the caller's."""
        if self._search_trigger:
            self.session.execute(text(self._search_trigger))
            self._set_automerge(_FTS5_AUTOMERGE if self._automerge is None else self._automerge)
            self._search_trigger, self._indexed_up_to = None, None

    def _set_automerge(self, value: int) -> None:
        self.session.execute(
            text(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rank) VALUES ('automerge', :v)"),
            {"v": value},
        )

    # ------------------------------------------------------------ rows

    def insert(
        self,
        model: Any,
        rows: Sequence[Mapping[str, Any]],
        same: Mapping[str, Any] | None = None,
    ) -> None:
        """Insert ``rows`` (column name → value, as the model's attributes take them) into
        ``model``'s table. ``same`` holds values shared by every row, converted and bound once
        (taken from it even where the rows hold them too). A column in neither gets its
        default; one with no default and no NULL allowed is an error."""
        if rows:
            table: Table = model.__table__
            columns = _as_columns(table, rows, same)
            self._send(table, self._statements(table, columns, len(rows), same))

    def insert_rows(
        self,
        model: Any,
        names: Sequence[str],
        rows: Sequence[tuple[Any, ...]],
        same: Mapping[str, Any] | None = None,
    ) -> None:
        """:meth:`insert` of rows given as tuples of the columns ``names`` (none of them in
        ``same``), for a caller that builds many: a dict per row is much of the cost."""
        if rows:
            self.insert_columns(model, dict(zip(names, zip(*rows, strict=True), strict=True)), same)

    def insert_columns(
        self,
        model: Any,
        columns: Mapping[str, Sequence[Any]],
        same: Mapping[str, Any] | None = None,
    ) -> None:
        """:meth:`insert` of rows given column by column (name → every row's value, none of
        them in ``same``), for a caller that holds its values so: a tuple per row is then
        work done twice."""
        count = len(next(iter(columns.values()), ()))
        if count:
            table: Table = model.__table__
            self._send(table, self._statements(table, columns, count, same))

    def insert_statements(
        self,
        model: Any,
        rows: Sequence[Mapping[str, Any]],
        same: Mapping[str, Any] | None = None,
    ) -> Iterator[tuple[str, tuple[Any, ...]]]:
        """The statements (SQL for this backend's driver, values) that :meth:`insert` runs,
        for a caller that sends them itself; made one by one, as they are sent."""
        if not rows:
            return iter(())
        table: Table = model.__table__
        return self._statements(table, _as_columns(table, rows, same), len(rows), same)

    def _send(self, table: Table, statements: Iterator[tuple[str, tuple[Any, ...]]]) -> None:
        connection = self.session.connection()
        for sql, values in statements:
            connection.exec_driver_sql(sql, values)
        if table is Person.__table__:
            self._index_new_persons()

    def _statements(
        self,
        table: Table,
        columns: Mapping[str, Sequence[Any]],
        count: int,
        same: Mapping[str, Any] | None,
    ) -> Iterator[tuple[str, tuple[Any, ...]]]:
        """The statements that insert ``count`` rows given as ``columns``."""
        same = same or {}
        names = list(columns)
        fixed = self._fixed_values(table, set(names), same)
        values: list[Sequence[Any]] = list(columns.values())
        if any(len(column) != count for column in values):
            raise ValueError(f"{table.name}: columns of different lengths")
        if self.sqlite and count > 1:
            # A column with one value in every row (often NULL: a field the list lacks) is
            # bound once, as the defaults are: binding values is most of SQLite's work here.
            # The first column stays, for the statement to have a row per row.
            alike = [i for i in range(1, len(names)) if _alike(values[i])]
            fixed = {names[i]: self._stored(table.c[names[i]], values[i][0]) for i in alike} | fixed
            names = [name for i, name in enumerate(names) if i not in alike]
            values = [column for i, column in enumerate(values) if i not in alike]
        # Column by column: each value converted by its column's type, a repeated one once;
        # a column is taken as it is when no value needs it (the common case of text).
        for i, name in enumerate(names):
            column = table.c[name]
            convert = self._converter(column)
            if convert is None or (isinstance(convert, _Cut) and convert.fits(values[i])):
                continue
            values[i] = _converted(values[i], convert, _repeats(column))
        shared = tuple(fixed.values())
        if not (self.sqlite and names):  # PostgreSQL would take a VALUES list's columns as text
            values += [[value] * count for value in shared]
            shared = ()
        return self._values_lists(table.name, [*names, *fixed], _row_major(values, count), shared)

    def update_statement(
        self, model: Any, values: Mapping[str, Any], where: Mapping[str, Any]
    ) -> tuple[str, tuple[Any, ...]]:
        """``UPDATE`` of the rows whose columns equal ``where``, as :meth:`insert_statements`
        writes its statements: each value converted by its column's type."""
        table: Table = model.__table__
        assignments = ", ".join(f"{name} = {self._mark}" for name in values)
        conditions = " AND ".join(f"{name} = {self._mark}" for name in where)
        return (
            f"UPDATE {table.name} SET {assignments} WHERE {conditions}",
            tuple(self._stored(table.c[n], v) for n, v in (*values.items(), *where.items())),
        )

    def _fixed_values(
        self, table: Table, given: set[str], same: Mapping[str, Any]
    ) -> dict[str, Any]:
        """The stored value of each column the rows do not give: shared, default or NULL."""
        fixed: dict[str, Any] = {}
        for column in table.columns:
            if column.name in given:
                continue
            value = same.get(column.name, _MISSING)
            if value is _MISSING:
                value = _default(column)
            if value is _MISSING:
                if column.primary_key or column.nullable:
                    continue  # the table's own id, or NULL
                raise ValueError(
                    f"{table.name}.{column.name} has no value and no default: "
                    "a bulk write must give it"
                )
            fixed[column.name] = self._stored(column, value)
        return fixed

    def _stored(self, column: Column[Any], value: Any) -> Any:
        """``value`` as ``column`` stores it."""
        convert = self._converter(column)
        return convert(value) if convert is not None and value is not None else value

    def _converter(self, column: Column[Any]) -> Callable[[Any], Any] | None:
        """The column type's own conversion to what this backend stores (SQLAlchemy's); text
        longer than a column's declared length is cut to it, as on every backend alike."""
        if column not in self._converters:
            kind = column.type.dialect_impl(self.dialect)
            convert: Callable[[Any], Any] | None = kind.bind_processor(self.dialect)
            length = getattr(column.type, "length", None)
            if isinstance(column.type, String) and length and convert is None:
                convert = _Cut(length)
            elif isinstance(column.type, Date) and convert is not None:
                convert = _IsoDate.when_same(convert)
            self._converters[column] = convert
        return self._converters[column]

    def _values_lists(
        self,
        table: str,
        names: list[str],
        values: list[Any],
        shared: tuple[Any, ...] = (),
    ) -> Iterator[tuple[str, tuple[Any, ...]]]:
        """Hundreds of rows per statement: one statement per row is most of the cost. The
        rows' ``values`` come one row after the other; the ``shared`` values (of the last
        columns, the same for every row) are bound once per statement, ``INSERT … SELECT
        column1, …, ? FROM (VALUES …)`` (SQLite's names for a VALUES list's columns): binding
        values is most of SQLite's work here, and most of a person's columns are defaults.
        Rows are inserted in their order either way, so the ids a table gives follow it."""
        width = len(names) - len(shared)
        mark = "(" + ", ".join([self._mark] * width) + ")"
        into = f"INSERT INTO {table} ({', '.join(names)})"
        head, tail = f"{into} VALUES ", ""
        if shared:
            picked = [f"column{n}" for n in range(1, width + 1)] + [self._mark] * len(shared)
            head, tail = f"{into} SELECT {', '.join(picked)} FROM (VALUES ", ")"
        size = max(1, min(500, (_VALUES_PER_STATEMENT - len(shared)) // width))
        texts: dict[int, str] = {}
        start = 0
        for rows in _sizes(len(values) // width, size):
            if rows not in texts:
                texts[rows] = head + ", ".join([mark] * rows) + tail
            yield texts[rows], (*shared, *values[start : start + rows * width])
            start += rows * width


def _as_columns(
    table: Table, rows: Sequence[Mapping[str, Any]], same: Mapping[str, Any] | None
) -> dict[str, list[Any]]:
    """Rows given as dicts (all with the keys of the first) as columns, in the table's order,
    ``same``'s columns left out."""
    same = same or {}
    names = [c.name for c in table.columns if c.name in rows[0] and c.name not in same]
    return {name: [row[name] for row in rows] for name in names}


def _row_major(columns: Sequence[Sequence[Any]], count: int) -> list[Any]:
    """The values of ``count`` rows given as ``columns``, one row after the other (each
    column laid in its place at once, rather than a tuple built per row)."""
    width = len(columns)
    values: list[Any] = [None] * (width * count)
    for i, column in enumerate(columns):
        values[i::width] = column
    return values


def _default(column: Column[Any]) -> Any:
    """The column's Python-side default, as the ORM would apply it to a new row."""
    default = column.default
    if default is None:
        return _MISSING
    arg: Any = getattr(default, "arg", _MISSING)
    if getattr(default, "is_callable", False):
        return arg(None)  # SQLAlchemy wraps a no-argument default to take a context
    if getattr(default, "is_scalar", False):
        return arg
    return _MISSING


def _repeats(column: Column[Any]) -> bool:
    """Whether a column's values repeat enough to convert each once (enums, dates, times)."""
    return not isinstance(column.type, JSON | String)


def _alike(values: Sequence[Any]) -> bool:
    """Whether every value is the first one, of its type (``1`` and ``True`` are equal in
    Python, not in a database); compared without a Python call each."""
    first, count = values[0], len(values)
    if values[-1] != first:  # most columns differ: seen at once
        return False
    return values.count(first) == count and list(map(type, values)).count(type(first)) == count


def _converted(values: Sequence[Any], convert: Callable[[Any], Any], memo: bool) -> list[Any]:
    if not memo:
        return [None if value is None else convert(value) for value in values]
    stored = {value: None if value is None else convert(value) for value in set(values)}
    return list(map(stored.__getitem__, values))


class _IsoDate:
    """A date column's conversion where it stores ``date.isoformat()`` (SQLite's, by
    default): the same text, from C rather than a Python format (a list's dates are mostly
    distinct, so each is converted)."""

    def __init__(self, convert: Callable[[Any], Any]) -> None:
        self.convert = convert

    @classmethod
    def when_same(cls, convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
        samples = (date(1, 2, 3), date(1999, 12, 31), date(2026, 7, 4))
        return cls(convert) if all(convert(d) == d.isoformat() for d in samples) else convert

    def __call__(self, value: Any) -> Any:
        return value.isoformat() if type(value) is date else self.convert(value)


class _Cut:
    """Text cut to a column's declared length."""

    def __init__(self, length: int) -> None:
        self.length = length

    def __call__(self, value: str) -> str:
        return value[: self.length]

    def fits(self, values: Sequence[str | None]) -> bool:
        """Whether no value is too long (the lengths compared without a Python call each)."""
        return max(map(len, filter(None, values)), default=0) <= self.length


def _sizes(count: int, size: int) -> Iterator[int]:
    """Rows per statement for ``count`` rows: ``size``, then what is left in powers of two.
    A few statement texts serve every batch: SQLite compiles each new text and keeps it (a
    statement of hundreds of rows is a tenth of a megabyte), and a batch's last statement
    used to be a new length almost every time."""
    for _ in range(count // size):
        yield size
    left = count % size
    while left:
        rows = 1 << (left.bit_length() - 1)
        yield rows
        left -= rows
