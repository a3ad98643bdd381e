"""A person's history in words: field names and values as a caseworker says them, in the
interface's language ("Rendezvous point: North Gate", "Boarded on Movement #181"), never
column names, ids or enum values."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject

from evactrack.domain.enums import VulnerabilityFlag
from evactrack.services.audit import HistoryLine, HistoryValue, Named
from evactrack.ui.i18n import arg, label
from evactrack.ui.models.movement_models import unnamed_movement


class HistoryWords(QObject):
    """Translates the keys and values of :func:`evactrack.services.audit.person_history`."""

    def field(self, key: str | None) -> str:
        """What the caseworker calls a field (the key itself if it is new)."""
        if key is None:
            return ""
        if key.startswith("flag:"):
            try:
                return arg(self.tr("Vulnerability: %1"), label(VulnerabilityFlag(key[5:])))
            except ValueError:
                return key
        words = {
            "given_name": self.tr("Given name"),
            "family_name": self.tr("Family name"),
            "native_name": self.tr("Name (native script)"),
            "father_name": self.tr("Father's name"),
            "grandfather_name": self.tr("Grandfather's name"),
            "aliases": self.tr("Other spellings"),
            "date_of_birth": self.tr("Date of birth"),
            "birth_year": self.tr("Year of birth"),
            "sex": self.tr("Sex"),
            "nationality": self.tr("Nationality"),
            "legal_status": self.tr("Legal status"),
            "phones": self.tr("Phones"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "documents": self.tr("Documents"),
            "document": self.tr("Document"),
            "location": self.tr("Location"),
            "latitude": self.tr("Latitude"),
            "longitude": self.tr("Longitude"),
            "languages": self.tr("Languages"),
            "flags": self.tr("Vulnerability"),
            "wishes_to_leave": self.tr("Wishes to leave"),
            "notes": self.tr("Notes"),
            "rendezvous_point_id": self.tr("Rendezvous point"),
            "status": self.tr("Status"),
            "movement": self.tr("Movement"),
            "outcome": self.tr("Outcome"),
            "refusal": self.tr("Refusal"),
            "contact_attempt": self.tr("Contact attempt"),
            "household_id": self.tr("Household"),
            "travels_only_with": self.tr("Travels only with"),
        }
        return words.get(key, key)

    def value(self, value: HistoryValue) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, StrEnum):
            return label(value)
        if isinstance(value, Named):
            return self.named(value)
        if isinstance(value, list):
            return "; ".join(self.value(v) for v in value)
        if isinstance(value, tuple):  # a contact's channel and outcome, a document's type
            return arg(self.tr("%1: %2"), *(self.value(v) for v in value))
        return value

    def named(self, record: Named) -> str:
        if record.kind == "movement":
            return record.name or unnamed_movement(record.id)
        if record.name:
            return record.name
        unnamed = {
            "household": self.tr("Household #%1"),
            "rendezvous_point": self.tr("Rendezvous point #%1"),
            "person": self.tr("Person #%1"),
        }
        return arg(unnamed.get(record.kind, "#%1"), record.id)

    def row(self, line: HistoryLine) -> tuple[str, str, str]:
        """Field, before and after of one line ("Outcome", "", "Boarded on Movement #181")."""
        after = self.value(line.new)
        if line.movement is not None:
            after = arg(self.tr("%1 on %2"), after, self.named(line.movement))
        return self.field(line.field), self.value(line.old), after
