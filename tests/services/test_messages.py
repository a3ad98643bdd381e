"""Messages to evacuees: rendered per person, exported privately, sent as contact attempts."""

from __future__ import annotations

import csv
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from evactrack.db.models import AuditEvent
from evactrack.domain.enums import CaseStatus, ContactChannel, ContactOutcome, DocumentType, Role
from evactrack.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from evactrack.services import contacts, households, messages, movements, rendezvous, settings
from evactrack.services.context import Context
from evactrack.services.persons import Document
from tests.conftest import account
from tests.factories import make_movement, make_person

PASSPORT_NUMBER = "P9988776"


@pytest.fixture
def movement(ctx: Context) -> tuple[int, dict[str, int]]:
    """A movement with three persons: Dari with a passport and a household, Pashto with a
    native name, and one without any phone."""
    point = rendezvous.create_point(
        ctx, rendezvous.PointInput("Baron Hotel gate", "Street 3,\nKabul", capacity=200)
    ).id
    settings.put(ctx, settings.EMERGENCY_CONTACT, "+93 700 111 222")
    dari = make_person(
        ctx, "Ahmad", "Rahimi", phone="+93701234567", status=CaseStatus.VERIFIED,
        languages=("Dari", "English"),
        documents=(Document(DocumentType.PASSPORT, PASSPORT_NUMBER),),
    )  # fmt: skip
    child = make_person(
        ctx, "Zahra", "Rahimi", status=CaseStatus.VERIFIED, languages=("Dari",),
        documents=(Document(DocumentType.TAZKIRA, "T-55-1234"),),
    )  # fmt: skip
    households.create_household(ctx, dari.id, [child.id])
    pashto = make_person(
        ctx, "Gul", "Khan", phone="+93702345678", status=CaseStatus.VERIFIED,
        languages=("Pashto",), native_name="ګل خان",
    )  # fmt: skip
    movement_id = make_movement(ctx, point)
    movements.assign(ctx, movement_id, [dari.id, pashto.id, child.id])
    return movement_id, {"dari": dari.id, "child": child.id, "pashto": pashto.id}


def test_each_person_gets_their_language_with_the_movement_s_details(
    ctx: Context, movement: tuple[int, dict[str, int]]
) -> None:
    movement_id, ids = movement
    batch = messages.movement_messages(ctx, movement_id, default_language="fr")
    by_person = {m.person_id: m for m in batch.messages}
    assert set(by_person) == set(ids.values())
    dari, pashto, child = by_person[ids["dari"]], by_person[ids["pashto"]], by_person[ids["child"]]
    assert (dari.language, pashto.language, child.language) == ("fa", "ps", "fa")
    assert dari.right_to_left and pashto.right_to_left
    assert dari.text.startswith("سلام Ahmad Rahimi.")
    assert pashto.text.startswith("سلام ګل خان.")  # the native-script name in Pashto
    for m in batch.messages:
        assert "Baron Hotel gate، Street 3, Kabul" in m.text
        assert "blue scarf" in m.text and "+93 700 111 222" in m.text
        assert "{" not in m.text
    # The household's documents, by type: the passport and the child's tazkira, no number.
    assert "پاسپورت، تذکره" in dari.text and "پاسپورت، تذکره" in child.text
    assert PASSPORT_NUMBER not in dari.text and "T-55-1234" not in child.text
    assert dari.phone == "+93701234567" and child.phone is None
    assert [m.person_id for m in batch.without_phone] == [ids["child"]]
    assert batch.missing == ()


def test_the_default_language_serves_persons_without_a_known_one(ctx: Context) -> None:
    point = rendezvous.create_point(ctx, rendezvous.PointInput("Gate B")).id
    person = make_person(ctx, phone="+93701234567", status=CaseStatus.VERIFIED)
    movement_id = make_movement(ctx, point)
    movements.assign(ctx, movement_id, [person.id])
    batch = messages.movement_messages(ctx, movement_id, default_language="fr")
    assert batch.messages[0].language == "fr"
    assert batch.messages[0].text.startswith("Bonjour Ahmad Rahimi.")
    assert set(batch.missing) == {"address", "contact"}  # said before anything is sent
    with pytest.raises(ValidationError):
        messages.movement_messages(ctx, movement_id, default_language="de")


def test_a_selection_uses_each_person_s_open_movement(
    ctx: Context, movement: tuple[int, dict[str, int]]
) -> None:
    _movement_id, ids = movement
    loose = make_person(ctx, "Nadia", "Azizi", phone="+93703456789")
    batch = messages.persons_messages(ctx, [ids["pashto"], loose.id])
    assert [m.person_id for m in batch.messages] == [ids["pashto"]]
    assert batch.not_on_movement == (loose.id,)


def test_an_admin_edits_a_template_and_it_is_used(
    ctx: Context, movement: tuple[int, dict[str, int]]
) -> None:
    movement_id, ids = movement
    current = messages.templates(ctx)["ps"]
    assert current.version == 0 and current.right_to_left
    saved = messages.save_template(ctx, "ps", "  سلام {name}، {point} ته راشئ.  ", current.version)
    assert saved.text == "سلام {name}، {point} ته راشئ." and saved.version == 1
    batch = messages.movement_messages(ctx, movement_id)
    pashto = next(m for m in batch.messages if m.person_id == ids["pashto"])
    assert pashto.text == "سلام ګل خان، Baron Hotel gate ته راشئ."
    with pytest.raises(ConflictError):
        messages.save_template(ctx, "ps", "{name}", 0)  # a colleague saved since
    with ctx.db.reading() as session:
        event = session.execute(
            select(AuditEvent.field, AuditEvent.username).where(
                AuditEvent.entity == "message_template"
            )
        ).one()
    assert tuple(event) == ("ps", "tester")


def test_an_unknown_field_is_refused_at_save_and_nothing_is_saved(ctx: Context) -> None:
    with pytest.raises(ValidationError, match=r"\{name\.__class__\}"):
        messages.save_template(ctx, "en", "Hi {name.__class__}", 0)
    assert messages.templates(ctx)["en"].version == 0


@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.VIEWER])
def test_only_an_admin_edits_templates(ctx: Context, role: Role) -> None:
    other = account(ctx, "carla", role)
    with pytest.raises(PermissionDeniedError):
        messages.save_template(other, "en", "Hello {name}", 0)
    assert messages.templates(ctx)["en"].version == 0


def test_the_csv_is_private_formula_safe_and_audited(
    ctx: Context, movement: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    movement_id, ids = movement
    messages.save_template(ctx, "fa", "=HYPERLINK({name})", 0)
    batch = messages.movement_messages(ctx, movement_id)
    path = tmp_path / "messages.csv"
    assert messages.export_csv(ctx, path, batch, f"movement {movement_id}") == 2
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == messages.CSV_COLUMNS
    body = {int(r[0]): r for r in rows[1:]}
    assert set(body) == {ids["dari"], ids["pashto"]}  # the child has no phone
    assert body[ids["dari"]] == [
        str(ids["dari"]),
        "+93701234567",
        "fa",
        "'=HYPERLINK(Ahmad Rahimi)",
    ]
    assert body[ids["pashto"]][2] == "ps" and "ګل خان" in body[ids["pashto"]][3]
    assert PASSPORT_NUMBER not in path.read_text(encoding="utf-8-sig")
    with ctx.db.reading() as session:
        event = session.execute(
            select(AuditEvent.field, AuditEvent.old_value, AuditEvent.new_value).where(
                AuditEvent.entity == "export"
            )
        ).one()
    assert tuple(event) == (
        "messages_csv",
        f"movement {movement_id}",
        "2",
    )


def test_a_viewer_cannot_export_and_no_file_appears(
    ctx: Context, movement: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    movement_id, _ids = movement
    viewer = account(ctx, "victor", Role.VIEWER)
    batch = messages.movement_messages(viewer, movement_id)
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(PermissionDeniedError):
        messages.export_csv(viewer, folder / "m.csv", batch, "movement")
    assert list(folder.iterdir()) == []


def test_confirmed_sending_is_a_contact_attempt_per_person(
    ctx: Context, movement: tuple[int, dict[str, int]]
) -> None:
    movement_id, ids = movement
    batch = messages.movement_messages(ctx, movement_id)
    sendable = [m for m in batch.messages if m.phone]
    assert messages.record_sent(ctx, sendable, ContactChannel.WHATSAPP) == 2
    attempt = contacts.list_attempts(ctx, ids["pashto"])[0]
    assert attempt.channel is ContactChannel.WHATSAPP
    assert attempt.outcome is ContactOutcome.MESSAGE_LEFT
    assert attempt.note == "instructions sent (template: ps)"
    assert contacts.list_attempts(ctx, ids["child"]) == []
    with pytest.raises(ValidationError):
        messages.record_sent(ctx, sendable, ContactChannel.IN_PERSON)
