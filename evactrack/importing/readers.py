"""Read a contact list as a stream of rows: CSV (any delimiter, any common encoding) or XLSX.

Detection is a guess the caseworker can override; anything that is not a readable table is
refused with one message naming the file, row, column and reason.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any

from evactrack.domain.errors import ValidationError
from evactrack.domain.spreadsheet import restore
from evactrack.importing.mapping import guess_target

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
DELIMITER_ALIASES = {name: char for char, name in DELIMITER_NAMES.items()} | {"\\t": "\t"}
SAMPLE_BYTES = 64 * 1024
# The csv module's own limit (128 KiB per field): a longer field is a broken file, not a name.
MAX_FIELD_CHARS = csv.field_size_limit()
# Single-byte encodings tried when a file is neither UTF-8 nor UTF-16 (Western and Arabic
# Windows code pages: what French, English and Dari/Pashto Excel save as "CSV").
LEGACY_ENCODINGS = ["cp1252", "cp1256"]
_XLSX_MAGIC = b"PK\x03\x04"
# A header is looked for in this many first rows (title lines often come before it).
HEADER_SEARCH_ROWS = 10


class ImportFileError(ValidationError):
    """The file cannot be imported at all; nothing was changed."""

    def __init__(
        self, file: str, reason: str, *, row: int | None = None, column: str | None = None
    ) -> None:
        self.file, self.reason, self.row, self.column = file, reason, row, column
        where = [file]
        if row is not None:
            where.append(f"row {row}")
        if column:
            where.append(f"column '{column}'")
        super().__init__(f"{', '.join(where)}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        # Raised in the import's normalising process, re-raised in the importing one.
        return (_import_file_error, (self.file, self.reason, self.row, self.column))


def _import_file_error(
    file: str, reason: str, row: int | None, column: str | None
) -> ImportFileError:
    return ImportFileError(file, reason, row=row, column=column)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the caseworker chose; ``None`` means detect."""

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None


@dataclass(frozen=True)
class TableInfo:
    """What was detected (or chosen) about a file, for the wizard and the summary."""

    path: Path
    kind: str  # "csv" or "xlsx"
    headers: list[str]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    size: int = 0
    header_row: int = 1


class _CountingReader(io.RawIOBase):
    """Counts the bytes read so that progress can be reported while streaming."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw, self.count = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


def _check_file(path: Path) -> int:
    if not path.exists():
        raise ImportFileError(str(path), "the file does not exist")
    if not path.is_file():
        raise ImportFileError(str(path), "this is not a file")
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError(path.name, "the file is empty")
    return size


def detect_encoding(sample: bytes, name: str) -> str:
    """BOM first, then strict UTF-8, then the detector limited to the legacy code pages."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in sample:
        line = sample[: sample.index(b"\x00")].count(b"\n") + 1
        raise ImportFileError(
            name,
            "contains NUL bytes: this is a binary file or UTF-16 text without a byte-order "
            "mark (choose the encoding)",
            row=line,
        )
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    import charset_normalizer  # only for files that are not UTF-8: not worth importing always

    best = charset_normalizer.from_bytes(sample, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        raise ImportFileError(name, "this is not a text file in a known encoding")
    return str(best.encoding)


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (>1) of columns."""
    lines = text.splitlines()[:50]
    if len(lines) > 1 and not text.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample may cut the last line
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delimiter) if r]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        score = (sum(1 for c in counts if c == counts[0]), counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def unique_headers(raw: list[str]) -> list[str]:
    """Trimmed, NFC headers; blanks named by position and repeats numbered."""
    seen: dict[str, int] = {}
    headers = []
    for index, value in enumerate(raw, start=1):
        name = " ".join(unicodedata.normalize("NFC", value or "").split()) or f"Column {index}"
        count = seen.get(name.casefold(), 0) + 1
        seen[name.casefold()] = count
        headers.append(name if count == 1 else f"{name} ({count})")
    return headers


class Table:
    """An opened file: headers known, rows streamed with their spreadsheet row numbers."""

    def __init__(self, path: Path, options: ReadOptions | None = None) -> None:
        self.options = options or ReadOptions()
        self.path = Path(path)
        self.size = _check_file(self.path)
        self.bytes_read = 0
        self.header_row = 1
        with self.path.open("rb") as handle:
            sample = handle.read(SAMPLE_BYTES)
        if sample.startswith(_XLSX_MAGIC):
            self.info = self._open_xlsx()
        else:
            self.info = self._open_csv(sample)

    @property
    def name(self) -> str:
        return self.path.name

    # ------------------------------------------------------------ CSV

    def _open_csv(self, sample: bytes) -> TableInfo:
        if self.options.sheet:
            raise ImportFileError(self.name, "a sheet can only be chosen in an XLSX workbook")
        encoding = self.options.encoding or detect_encoding(sample, self.name)
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ImportFileError(self.name, f"unknown encoding '{encoding}'") from None
        text = sample.decode(encoding, errors="ignore")
        chosen = self.options.delimiter
        delimiter = DELIMITER_ALIASES.get(chosen.lower(), chosen) if chosen else None
        delimiter = delimiter or detect_delimiter(text)
        if len(delimiter) != 1 or delimiter in '"\r\n':
            raise ImportFileError(self.name, f"'{delimiter}' cannot be a delimiter")
        self.encoding, self.delimiter = encoding, delimiter
        self.header_row, headers = self._find_header(self._csv_rows(limit=HEADER_SEARCH_ROWS))
        return TableInfo(
            self.path,
            "csv",
            unique_headers(headers),
            encoding,
            delimiter,
            size=self.size,
            header_row=self.header_row,
        )

    def _csv_rows(self, limit: int | None = None) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells) with the header as row 1; blank rows skipped but counted."""
        counter = _CountingReader(self.path.open("rb"))
        text = io.TextIOWrapper(io.BufferedReader(counter), encoding=self.encoding, newline="")
        row = 0
        try:
            reader = csv.reader(_no_nul(text, self.name), delimiter=self.delimiter, strict=True)
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    raise ImportFileError(self.name, _csv_reason(exc), row=row + 1) from None
                except UnicodeDecodeError:
                    raise ImportFileError(
                        self.name,
                        f"cannot be read as {self.encoding}; choose another encoding",
                        row=row + 1,
                    ) from None
                row += 1
                self.bytes_read = counter.count
                joined = "".join(cells)
                if not joined or joined.isspace():
                    continue  # a blank row
                # A cell written by ``neutralise`` starts with an apostrophe; most rows have none.
                yield row, [restore(cell) for cell in cells] if "'" in joined else cells
                if limit is not None:
                    limit -= 1
                    if limit == 0:
                        return
        finally:
            text.close()

    # ------------------------------------------------------------ XLSX

    def _open_xlsx(self) -> TableInfo:
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException

        try:
            workbook = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, InvalidFileException) as exc:
            reason = f"this is not a readable XLSX workbook ({exc})"
            raise ImportFileError(self.name, reason) from None
        try:
            sheets = list(workbook.sheetnames)
            sheet = self.options.sheet or sheets[0]
            if sheet not in sheets:
                raise ImportFileError(
                    self.name, f"there is no sheet '{sheet}' (sheets: {', '.join(sheets)})"
                )
        finally:
            workbook.close()
        self.sheet = sheet
        self.header_row, headers = self._find_header(self._xlsx_rows(limit=HEADER_SEARCH_ROWS))
        return TableInfo(
            self.path,
            "xlsx",
            unique_headers(headers),
            sheet=sheet,
            sheets=sheets,
            size=self.size,
            header_row=self.header_row,
        )

    def _find_header(self, first_rows: Iterator[tuple[int, list[str]]]) -> tuple[int, list[str]]:
        """The row naming the most known columns (the first of equals): lists often carry a
        title line above their header. With none known, the first row is the header and the
        mapping decides."""
        rows = list(first_rows)
        if not rows:
            raise ImportFileError(self.name, "the file holds no rows")
        known = [sum(guess_target(cell) is not None for cell in cells) for _row, cells in rows]
        return rows[known.index(max(known))]

    def _xlsx_rows(self, limit: int | None = None) -> Iterator[tuple[int, list[str]]]:
        import openpyxl

        workbook = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        try:
            worksheet = workbook[self.sheet]
            total = worksheet.max_row or 0
            for row, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                cells = [_cell_text(v) for v in values]
                if total:
                    self.bytes_read = int(self.size * min(row / total, 1.0))
                if not any(c.strip() for c in cells):
                    continue
                for index, cell in enumerate(cells):
                    if len(cell) > MAX_FIELD_CHARS:
                        raise ImportFileError(
                            self.name,
                            "a cell is longer than any contact detail",
                            row=row,
                            column=f"#{index + 1}",
                        )
                yield row, cells
                if limit is not None:
                    limit -= 1
                    if limit == 0:
                        return
        except (zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise ImportFileError(self.name, f"the workbook is damaged ({exc})") from None
        finally:
            workbook.close()

    # ------------------------------------------------------------ both

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """The data rows (after the header), each as many cells as there are headers or more."""
        source = self._xlsx_rows() if self.info.kind == "xlsx" else self._csv_rows()
        for row, cells in source:
            if row <= self.header_row:
                continue
            if len(cells) < len(self.info.headers):
                cells = cells + [""] * (len(self.info.headers) - len(cells))
            yield row, cells

    def column_values(self, position: int) -> Iterator[str]:
        """The cells of one column in the data rows, as :meth:`rows` gives them ("" where a
        row is short), read faster. A file that cannot be read gives up silently here: the
        error is raised, the same, when its rows are read."""
        if self.info.kind != "csv":
            yield from (cells[position] for _row, cells in self.rows())
            return
        with self.path.open(encoding=self.encoding, newline="", errors="strict") as text:
            reader = csv.reader(text, delimiter=self.delimiter, strict=True)
            try:
                for row, cells in enumerate(reader, start=1):
                    if row > self.header_row and len(cells) > position:
                        yield cells[position]
            except (csv.Error, UnicodeDecodeError):
                return

    @property
    def progress(self) -> tuple[int, int]:
        return self.bytes_read, self.size


def _no_nul(lines: IO[str], name: str) -> Iterator[str]:
    for number, line in enumerate(lines, start=1):
        if "\x00" in line:
            reason = "contains a NUL byte: this looks like a binary file"
            raise ImportFileError(name, reason, row=number)
        yield line


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return f"a field is longer than {MAX_FIELD_CHARS} characters: is a quote left open?"
    if "unexpected end of data" in text:
        return "a quoted field is never closed (a quote is missing)"
    return f"this is not a well-formed CSV table ({text})"


def _cell_text(value: object) -> str:
    """XLSX cells as the text a caseworker sees: dates ISO, whole numbers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
