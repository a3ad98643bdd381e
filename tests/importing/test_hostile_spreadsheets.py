"""A hostile workbook (entity expansion, external entities) is refused, quickly."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from evactrack.importing.readers import ImportFileError, Table

LAUGHS = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(2, 10))
BOMB = f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol1 "lol">{LAUGHS}]>'


def hostile_workbook(path: Path) -> None:
    """A valid workbook whose workbook.xml declares a billion-laughs entity."""
    book = Workbook()
    book.active.append(["Name", "Phone"])
    book.active.append(["Ahmad Rahimi", "+93701234567"])
    buffer = io.BytesIO()
    book.save(buffer)
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(path, "w") as target,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/workbook.xml":
                body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
                data = BOMB.encode() + body
            target.writestr(item, data)


def test_openpyxl_parses_with_defusedxml() -> None:
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML, "defusedxml must be installed: openpyxl then refuses entities"


def test_an_entity_bomb_is_one_clear_refusal(tmp_path: Path) -> None:
    path = tmp_path / "contacts.xlsx"
    hostile_workbook(path)
    started = time.monotonic()
    with pytest.raises(ImportFileError, match="not a readable XLSX workbook"):
        list(Table(path).rows())
    assert time.monotonic() - started < 5
