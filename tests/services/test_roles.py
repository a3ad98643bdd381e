"""Roles are enforced where the data is: every service action, tried by each role, succeeds
when the role allows it and otherwise raises PermissionDeniedError and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from evactrack import demo
from evactrack.domain.enums import (
    CaseStatus,
    ContactChannel,
    ContactOutcome,
    ManifestOutcome,
    MovementStatus,
    RefusalReason,
    Role,
)
from evactrack.domain.errors import PermissionDeniedError
from evactrack.reports import generate
from evactrack.services import (
    audit,
    backup,
    case_status,
    caselist,
    contacts,
    export,
    households,
    imports,
    messages,
    movements,
    persons,
    refusals,
    rendezvous,
    search,
    settings,
    stats,
    users,
    wipe,
)
from evactrack.services.context import Context
from evactrack.services.persons import PersonInput
from evactrack.services.refusals import RefusalInput
from tests.conftest import TEST_PASSWORD, account
from tests.factories import make_movement, make_person, make_point
from tests.services.dbstate import everything

DATA = Path(__file__).parents[1] / "data" / "import"
RANK = {Role.VIEWER: 0, Role.CASEWORKER: 1, Role.ADMIN: 2}


@dataclass(frozen=True)
class Seed:
    """Records made by the administrator, each used by one action only."""

    persons: list[int]
    household: int
    point: int
    movement: int
    other_movement: int
    refusal: tuple[int, int]
    batch: int
    colleague: str
    out: Path


def seed(admin: Context, out: Path) -> Seed:
    people = [make_person(admin, f"Person{i}", status=CaseStatus.VERIFIED).id for i in range(12)]
    household = households.create_household(admin, people[0], [people[1]]).id
    point = make_point(admin)
    movement = make_movement(admin, point)
    other_movement = make_movement(admin, point)
    movements.assign(admin, movement, people[2:6])
    movements.set_status(admin, movement, MovementStatus.ASSEMBLING)
    refusal = refusals.record_refusal(
        admin, people[6], RefusalInput(RefusalReason.OTHER, checkpoint="CP 1")
    )
    batch = imports.run_import(admin, DATA / "excel_en_utf8.csv").batch_id
    assert batch is not None
    colleague = account(admin, "colleague").actor.username
    return Seed(
        people, household, point, movement, other_movement, (refusal.id, refusal.version),
        batch, colleague, out,
    )  # fmt: skip


Action = Callable[[Context, Seed], Any]


def reports(redact: bool) -> list[tuple[str, Role, Action]]:
    """Every report kind, plain (caseworkers) or redacted (viewers too)."""
    least = Role.VIEWER if redact else Role.CASEWORKER
    kind = "redacted" if redact else "plain"
    return [
        (f"daily report, {kind}", least, lambda c, s: generate.daily_report(c, redact=redact)),
        (f"manifest, {kind}", least, lambda c, s: generate.manifest(c, s.movement, redact=redact)),
        (f"gate sheet, {kind}", least,
         lambda c, s: generate.gate_sheet(c, s.movement, redact=redact)),
        (f"case sheet, {kind}", least,
         lambda c, s: generate.case_sheet(c, s.persons[2], redact=redact)),
    ]  # fmt: skip


def _movement_input(c: Context, s: Seed) -> movements.MovementInput:
    detail = movements.get_movement(c, s.other_movement)
    return movements.MovementInput(s.point, detail.window_start, detail.window_end, 30)


# (what, the least role that may do it, how); in an order where each action finds what it
# needs whatever was refused before it. The wipe comes last: it ends the database.
ACTIONS: list[tuple[str, Role, Action]] = [
    ("read a person", Role.VIEWER, lambda c, s: persons.get_person(c, s.persons[0])),
    ("search", Role.VIEWER, lambda c, s: search.search(c, "Person")),
    ("case list rows", Role.VIEWER, lambda c, s: caselist.rows(c, s.persons)),
    ("overview", Role.VIEWER, lambda c, s: stats.overview(c)),
    ("history", Role.VIEWER, lambda c, s: audit.history(c, "person", s.persons[0])),
    ("movements", Role.VIEWER, lambda c, s: movements.list_movements(c)),
    ("rendezvous points", Role.VIEWER, lambda c, s: rendezvous.list_points(c)),
    ("a setting", Role.VIEWER, lambda c, s: settings.get(c, settings.SITE_NAME)),
    ("import preview", Role.VIEWER,
     lambda c, s: imports.preview_import(c, DATA / "excel_en_utf8.csv")),
    *reports(redact=True),
    *reports(redact=False),
    ("export CSV", Role.CASEWORKER,
     lambda c, s: export.export_persons_csv(c, s.out / f"{c.actor.username}.csv")),
    ("messages CSV", Role.CASEWORKER,
     lambda c, s: messages.export_csv(c, s.out / f"m-{c.actor.username}.csv",
                                      messages.movement_messages(c, s.movement), "movement")),
    ("backup", Role.CASEWORKER,
     lambda c, s: backup.back_up(c, s.out / f"b-{c.actor.username}.sqlite3")
     if backup.kind_of(c) != backup.POSTGRESQL else c.require_write()),
    ("create a person", Role.CASEWORKER,
     lambda c, s: persons.create_person(c, PersonInput(given_name="Zia"))),
    ("edit a person", Role.CASEWORKER,
     lambda c, s: persons.update_person(c, s.persons[7], 3, PersonInput(given_name="Nadja"))),
    ("change a status", Role.CASEWORKER,
     lambda c, s: case_status.change_status(c, s.persons[8], CaseStatus.DEFERRED, "wait")),
    ("bulk status", Role.CASEWORKER,
     lambda c, s: case_status.bulk_change_status(c, [s.persons[9]], CaseStatus.DEFERRED, "wait")),
    ("make a household", Role.CASEWORKER,
     lambda c, s: households.create_household(c, s.persons[10])),
    ("add to a household", Role.CASEWORKER,
     lambda c, s: households.add_member(c, s.household, s.persons[11])),
    ("create a point", Role.CASEWORKER,
     lambda c, s: rendezvous.create_point(c, rendezvous.PointInput("New gate"))),
    ("plan a movement", Role.CASEWORKER,
     lambda c, s: movements.create_movement(c, _movement_input(c, s))),
    ("assign", Role.CASEWORKER,
     lambda c, s: movements.assign(c, s.other_movement, [s.persons[10]])),
    ("record an outcome", Role.CASEWORKER,
     lambda c, s: movements.record_outcome(c, s.movement, s.persons[3], ManifestOutcome.NO_SHOW)),
    ("record a refusal", Role.CASEWORKER,
     lambda c, s: refusals.record_refusal(c, s.persons[7],
                                          RefusalInput(RefusalReason.OTHER, checkpoint="CP"))),
    ("follow a refusal up", Role.CASEWORKER,
     lambda c, s: refusals.update_follow_up(c, s.refusal[0], s.refusal[1], "called")),
    ("log a contact", Role.CASEWORKER,
     lambda c, s: contacts.log_attempt(c, s.persons[5], ContactChannel.PHONE,
                                       ContactOutcome.REACHED)),
    ("import", Role.CASEWORKER, lambda c, s: imports.run_import(c, DATA / "excel_en_utf8.csv",
                                                                imports.ImportOptions(
                                                                    on_duplicate=imports.OnDuplicate.NEW))),
    ("demo data", Role.CASEWORKER, lambda c, s: demo.generate(c, 3, seed=5)),
    ("abort a movement", Role.CASEWORKER,
     lambda c, s: movements.set_status(c, s.movement, MovementStatus.ABORTED, "road closed")),
    ("close a point", Role.CASEWORKER, lambda c, s: rendezvous.set_active(c, s.point, False)),
    ("a setting changed", Role.ADMIN,
     lambda c, s: settings.put(c, settings.SITE_NAME, "Kabul airport cell")),
    ("a message template", Role.ADMIN,
     lambda c, s: messages.save_template(c, "en", "Go to {point}.", 0)),
    ("list accounts", Role.ADMIN, lambda c, s: users.list_accounts(c)),
    ("add an account", Role.ADMIN,
     lambda c, s: users.add_account(c, f"new-{c.actor.username}", Role.VIEWER, TEST_PASSWORD)),
    ("a colleague's role", Role.ADMIN,
     lambda c, s: users.set_role(c, s.colleague, Role.VIEWER)),
    ("a colleague's password", Role.ADMIN,
     lambda c, s: users.set_password(c, s.colleague, "another long password")),
    ("disable a colleague", Role.ADMIN, lambda c, s: users.set_active(c, s.colleague, False)),
    ("undo an import", Role.ADMIN, lambda c, s: imports.undo_import(c, s.batch)),
    ("emergency wipe", Role.ADMIN, lambda c, s: wipe.wipe(c)),
]  # fmt: skip


@pytest.mark.parametrize("role", list(Role))
def test_every_action_is_allowed_or_refused_by_role(
    ctx: Context, role: Role, tmp_path: Path
) -> None:
    state = seed(ctx, tmp_path)
    actor = ctx if role is Role.ADMIN else account(ctx, f"the-{role.value}", role)
    allowed, refused = [], []
    for what, least, action in ACTIONS:
        before = everything(ctx) if what != "emergency wipe" else None
        files = sorted(tmp_path.iterdir())
        if RANK[role] >= RANK[least]:
            action(actor, state)
            allowed.append(what)
            continue
        with pytest.raises(PermissionDeniedError):
            action(actor, state)
        refused.append(what)
        if before is not None:
            assert everything(ctx) == before, f"{what}, refused to a {role.value}, wrote"
        assert sorted(tmp_path.iterdir()) == files, f"{what}, refused, left a file"
    expected = [w for w, least, _ in ACTIONS if RANK[role] < RANK[least]]
    assert refused == expected
    assert len(allowed) + len(refused) == len(ACTIONS)


def test_a_viewer_gets_redacted_reports_only(ctx: Context) -> None:
    viewer = account(ctx, "victor", Role.VIEWER)
    person = make_person(ctx, "Ahmad").id
    assert generate.case_sheet(viewer, person, redact=True).startswith(b"%PDF")
    with pytest.raises(PermissionDeniedError, match="redacted"):
        generate.case_sheet(viewer, person)
