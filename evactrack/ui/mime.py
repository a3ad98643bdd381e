"""Drag and drop between views: persons travel as a JSON list of ids."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

PERSON_IDS_MIME = "application/x-evactrack-person-ids"


def person_ids_mime(person_ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(PERSON_IDS_MIME, json.dumps(person_ids).encode())
    return data


def person_ids_from(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(PERSON_IDS_MIME):
        return []
    try:
        values = json.loads(bytes(mime.data(PERSON_IDS_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    return [int(v) for v in values if isinstance(v, int)]
