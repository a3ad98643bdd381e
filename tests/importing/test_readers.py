"""Reading contact lists: every supported format and encoding, and every kind of bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from evactrack.importing.readers import ImportFileError, ReadOptions, Table, detect_delimiter

DATA = Path(__file__).parents[1] / "data" / "import"


def rows(table: Table) -> list[list[str]]:
    return [cells for _row, cells in table.rows()]


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter", "first"),
    [
        ("excel_en_utf8.csv", "utf-8", ",", "Ahmad"),
        ("excel_en_utf8_bom.csv", "utf-8-sig", ",", "Karim Popal"),
        ("excel_fr_cp1252.csv", "cp1252", ";", "Hélène"),
        ("unicode_text_utf16.txt", "utf-16", "\t", "Mohammad Rahimi"),
        ("pipe_quoted.csv", "utf-8", "|", "Ali Hakimi"),
        ("outlook.csv", "utf-8", ",", "Rahim"),
    ],
)
def test_csv_encoding_and_delimiter_are_detected(
    name: str, encoding: str, delimiter: str, first: str
) -> None:
    table = Table(DATA / name)
    assert (table.info.encoding, table.info.delimiter) == (encoding, delimiter)
    assert rows(table)[0][0] == first


def test_bom_does_not_leak_into_the_first_header() -> None:
    assert Table(DATA / "excel_en_utf8_bom.csv").info.headers[0] == "Name"


def test_quoted_fields_keep_newlines_quotes_and_delimiters() -> None:
    data = rows(Table(DATA / "pipe_quoted.csv"))
    assert data[0][2] == "first line\nsecond line"
    assert data[1][0] == 'Sharifa "Shari" Stanekzai'
    assert data[1][2] == "a | pipe inside"


def test_row_numbers_are_spreadsheet_rows_and_blank_rows_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "gaps.csv"
    path.write_text("Name,Phone\nA,1\n,\nB,2\n", encoding="utf-8")
    assert [(r, c[0]) for r, c in Table(path).rows()] == [(2, "A"), (4, "B")]


def test_rows_of_blank_cells_are_skipped_and_protected_cells_restored(tmp_path: Path) -> None:
    """White space of any kind is blank; a cell an errors file protected from running as a
    formula ("'=...") is read as it was written, other apostrophes are left alone."""
    path = tmp_path / "mixed.csv"
    path.write_text(
        "Name,Phone,Notes\n \t, ,\u00a0\nO'Brien,'+93 700 1,'=1+2\nA,'plain,x'y\n",
        encoding="utf-8",
    )
    assert [(r, c) for r, c in Table(path).rows()] == [
        (3, ["O'Brien", "+93 700 1", "=1+2"]),
        (4, ["A", "'plain", "x'y"]),
    ]


def test_overrides_win_over_detection(tmp_path: Path) -> None:
    path = tmp_path / "semi.csv"
    path.write_bytes("Nom;Prénom\nDupré;Hélène\n".encode("cp1252"))
    table = Table(path, ReadOptions(encoding="latin-1", delimiter="semicolon"))
    assert table.info.delimiter == ";"
    assert rows(table) == [["Dupré", "Hélène"]]


def test_text_is_stored_nfc_in_headers(tmp_path: Path) -> None:
    path = tmp_path / "nfd.csv"
    path.write_text("Pre\u0301nom,Nom\nA,B\n", encoding="utf-8")
    assert Table(path).info.headers[0] == "Prénom"


def test_duplicate_and_blank_headers_get_unique_names(tmp_path: Path) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("Phone,Phone,,Name\n1,2,3,A\n", encoding="utf-8")
    assert Table(path).info.headers == ["Phone", "Phone (2)", "Column 3", "Name"]


def test_xlsx_first_sheet_by_default_and_a_chosen_sheet() -> None:
    table = Table(DATA / "contacts.xlsx")
    assert table.info.sheets == ["Liste", "Famille"]
    data = rows(table)
    assert data[0][:4] == ["Samira", "Haidari", "0706000111", "1992-06-01"]
    assert data[1][2] == "93706000222"  # a number cell, without ".0"
    other = Table(DATA / "contacts.xlsx", ReadOptions(sheet="Famille"))
    assert other.info.headers == ["Prénom", "Nom", "Téléphone"]
    with pytest.raises(ImportFileError, match="no sheet 'Nope'.*Liste, Famille"):
        Table(DATA / "contacts.xlsx", ReadOptions(sheet="Nope"))


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.csv", "does not exist"),
        ("empty.csv", "the file is empty"),
        ("binary.bin", "row 1: contains NUL bytes"),
        ("nul_bytes.csv", "nul_bytes.csv, row 2: contains NUL bytes"),
        ("unclosed_quote.csv", "unclosed_quote.csv, row 2: a quoted field is never closed"),
    ],
)
def test_bad_files_are_refused_with_file_row_and_reason(name: str, message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        table = Table(DATA / name)
        rows(table)


def test_a_field_of_megabytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("Name,Notes\nA,x\nB," + "y" * 2_000_000 + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="huge.csv, row 3: a field is longer than"):
        rows(Table(path))


def test_a_broken_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 10)
    with pytest.raises(ImportFileError, match="not a readable XLSX workbook"):
        Table(path)


def test_nul_byte_past_the_first_block_is_found_while_streaming(tmp_path: Path) -> None:
    path = tmp_path / "late_nul.csv"
    body = "".join(f"Person {i},070{i:07d}\n" for i in range(5000))
    path.write_text("Name,Phone\n" + body + "Bad\x00Row,1\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="row 5002: contains a NUL byte"):
        rows(Table(path))


def test_delimiter_detection_prefers_consistent_columns() -> None:
    assert detect_delimiter("a;b;c\n1;2,5;3\n4;5;6\n") == ";"
    assert detect_delimiter("a\tb\n1\t2\n") == "\t"
    assert detect_delimiter("name\nAhmad\n") == ","


def test_title_lines_above_the_header_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "titled.csv"
    path.write_text(
        "Phone list of the embassy,,\n25/08/2021,,\n"
        "Name,Phone,Status\nAhmad Rahimi,0701234567,LPR\n",
        encoding="utf-8",
    )
    table = Table(path)
    assert (table.info.header_row, table.info.headers) == (3, ["Name", "Phone", "Status"])
    assert list(table.rows()) == [(4, ["Ahmad Rahimi", "0701234567", "LPR"])]


@pytest.mark.parametrize(
    "name",
    ["excel_en_utf8.csv", "excel_en_utf8_bom.csv", "excel_fr_cp1252.csv", "outlook.csv",
     "pipe_quoted.csv", "unicode_text_utf16.txt", "contacts.xlsx"],
)  # fmt: skip
def test_column_values_are_the_cells_rows_gives(name: str) -> None:
    table = Table(DATA / name)
    for position in range(len(table.info.headers)):
        values = [v for v in table.column_values(position) if v.strip()]
        assert values == [
            cells[position] for _row, cells in table.rows() if cells[position].strip()
        ]


def test_column_values_give_up_silently_where_rows_raise(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    good = "".join(f"A{i},01/02/1990\n" for i in range(12))
    path.write_text("Name,Birthday\n" + good + '"never closed,1\n', encoding="utf-8")
    table = Table(path)
    assert list(table.column_values(1)) == ["01/02/1990"] * 12
    with pytest.raises(ImportFileError, match="never closed"):
        list(table.rows())


def test_import_file_errors_survive_pickling() -> None:
    import pickle

    error = ImportFileError("list.csv", "a quoted field is never closed", row=7, column="Name")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.file, copy.reason, copy.row, copy.column) == ("list.csv", error.reason, 7, "Name")
    assert str(copy) == str(error)
