"""Accounts: argon2id passwords, login, failed logins slowed down then locked (a fake clock
and a recorded sleep: no real waits), rehash on login, disabled and demoted accounts
stopped at once, and the last administrator kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from sqlalchemy import select, update

from evactrack.db.models import AuditEvent, User
from evactrack.domain.enums import AuditAction, Role
from evactrack.domain.errors import (
    LoginError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from evactrack.services import settings, users
from evactrack.services.context import Context, Database
from tests.conftest import TEST_PASSWORD, TESTER, account
from tests.factories import make_person
from tests.services.dbstate import everything, rows


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def slept() -> list[float]:
    return []


def actions(ctx: Context) -> list[tuple[str, str, int | None]]:
    return [
        (str(r.action), r.entity, r.entity_id)
        for r in rows(ctx, select(AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id)
                      .order_by(AuditEvent.id))
    ]  # fmt: skip


def stored_hash(db: Database, name: str) -> str:
    with db.reading() as session:
        return str(session.scalar(select(User.password_hash).where(User.username == name)))


def test_a_password_is_stored_as_an_argon2id_hash_with_owasp_parameters(ctx: Context) -> None:
    carla = account(ctx, "carla")
    stored = stored_hash(ctx.db, "carla")
    assert stored.startswith("$argon2id$") and TEST_PASSWORD not in stored
    memory, time_cost = (int(p.split("=")[1]) for p in stored.split("$")[3].split(",")[:2])
    assert memory >= 19 * 1024 and time_cost >= 2
    assert users.login(ctx.db, "carla", TEST_PASSWORD).actor == carla.actor


def test_login_is_audited_and_gives_the_account_s_role(ctx: Context) -> None:
    account(ctx, "victor", Role.VIEWER)
    logged = users.login(ctx.db, " victor ", TEST_PASSWORD)
    assert logged.actor.username == "victor" and logged.actor.role is Role.VIEWER
    assert actions(ctx)[-1] == ("login", "user", logged.actor.user_id)


def test_a_short_password_is_refused_and_nothing_is_written(ctx: Context) -> None:
    before = everything(ctx)
    with pytest.raises(ValidationError, match="at least 10 characters"):
        users.add_account(ctx, "carla", Role.CASEWORKER, "too short")
    assert everything(ctx) == before


def test_a_wrong_password_and_an_unknown_name_say_the_same_and_are_slowed_down(
    ctx: Context, clock: Clock, slept: list[float]
) -> None:
    account(ctx, "carla")
    for name in ("carla", "carla", "nobody", "carla"):
        with pytest.raises(LoginError) as refused:
            users.login(ctx.db, name, "wrong password!", now=clock, sleep=slept.append)
        assert str(refused.value) == users.WRONG
    assert slept == [0.5, 1.0, 0.5, 2.0]  # the delay grows with the failures in a row
    assert [a for a, _e, _i in actions(ctx)].count("login_failed") == 4
    users.login(ctx.db, "carla", TEST_PASSWORD, now=clock, sleep=slept.append)
    with pytest.raises(LoginError):
        users.login(ctx.db, "carla", "wrong again!!", now=clock, sleep=slept.append)
    assert slept[-1] == 0.5  # a good login starts the count again


def test_an_unknown_name_is_checked_against_a_hash_as_costly_as_a_real_one() -> None:
    """The hash checked for an unknown name is written in the code (making one took 0.17 s
    of every start): it must have the parameters of the accounts' hashes."""
    assert not users.HASHER.check_needs_rehash(users._DUMMY_HASH)
    with pytest.raises(VerifyMismatchError):
        users.HASHER.verify(users._DUMMY_HASH, "not a password of anyone")


def test_six_failures_in_a_row_lock_the_account_for_thirty_minutes(
    ctx: Context, clock: Clock, slept: list[float]
) -> None:
    carla = account(ctx, "carla")
    for _ in range(users.FAILURES_BEFORE_LOCK):
        with pytest.raises(LoginError):
            users.login(ctx.db, "carla", "not the password", now=clock, sleep=slept.append)
    assert max(slept) == users.MAX_DELAY_S
    assert ("lock", "user", carla.actor.user_id) in actions(ctx)
    clock.now += timedelta(minutes=29)
    with pytest.raises(LoginError, match="locked"):  # even with the right password
        users.login(ctx.db, "carla", TEST_PASSWORD, now=clock, sleep=slept.append)
    clock.now += timedelta(minutes=2)
    assert users.login(ctx.db, "carla", TEST_PASSWORD, now=clock).actor == carla.actor


def test_an_administrator_unlocks_an_account_by_enabling_it(
    ctx: Context, slept: list[float]
) -> None:
    account(ctx, "carla")
    for _ in range(users.FAILURES_BEFORE_LOCK):
        with pytest.raises(LoginError):
            users.login(ctx.db, "carla", "not the password", sleep=slept.append)
    [locked] = [a for a in users.list_accounts(ctx) if a.username == "carla"]
    assert locked.locked_until is not None and locked.as_json()["locked_until"]
    users.set_active(ctx, "carla", True)
    assert users.login(ctx.db, "carla", TEST_PASSWORD).actor.username == "carla"
    assert [a for a, _e, _i in actions(ctx)].count("unlock") == 1


def test_a_hash_made_with_weaker_parameters_is_redone_at_login(ctx: Context) -> None:
    carla = account(ctx, "carla")
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(TEST_PASSWORD)
    with ctx.db.transaction() as session:
        session.execute(update(User).where(User.id == carla.actor.user_id)
                        .values(password_hash=weak))  # fmt: skip
    users.login(ctx.db, "carla", TEST_PASSWORD)
    redone = stored_hash(ctx.db, "carla")
    assert redone != weak and not users.HASHER.check_needs_rehash(redone)
    users.login(ctx.db, "carla", TEST_PASSWORD)
    assert stored_hash(ctx.db, "carla") == redone  # current parameters: left as it is


def test_a_disabled_account_can_do_nothing_more_even_in_an_open_session(ctx: Context) -> None:
    carla = account(ctx, "carla")
    make_person(carla, "Ahmad")
    users.set_active(ctx, "carla", False)
    before = everything(ctx)
    with pytest.raises(PermissionDeniedError, match="disabled"):
        make_person(carla, "Nadia")
    with pytest.raises(LoginError, match="disabled"):
        users.login(ctx.db, "carla", TEST_PASSWORD)
    assert everything(ctx) == before


def test_a_demoted_account_loses_its_rights_at_once(ctx: Context) -> None:
    carla = account(ctx, "carla", Role.ADMIN)
    settings.put(carla, settings.SITE_NAME, "Kabul airport cell")
    users.set_role(ctx, "carla", Role.VIEWER)
    with pytest.raises(PermissionDeniedError):
        settings.put(carla, settings.SITE_NAME, "elsewhere")
    with pytest.raises(PermissionDeniedError):
        make_person(carla, "Nadia")


def test_the_last_administrator_is_kept(ctx: Context) -> None:
    before = everything(ctx)
    with pytest.raises(ValidationError, match="last administrator"):
        users.set_active(ctx, TESTER, False)
    with pytest.raises(ValidationError, match="last administrator"):
        users.set_role(ctx, TESTER, Role.CASEWORKER)
    assert everything(ctx) == before
    second = account(ctx, "second", Role.ADMIN)
    users.set_role(ctx, TESTER, Role.CASEWORKER)
    assert {a.username: a.role for a in users.list_accounts(second)} == {
        "second": Role.ADMIN,
        TESTER: Role.CASEWORKER,
    }


def test_account_changes_are_refused_to_others_and_checked(ctx: Context) -> None:
    carla = account(ctx, "carla")
    before = everything(ctx)
    with pytest.raises(PermissionDeniedError):
        users.add_account(carla, "dan", Role.ADMIN, TEST_PASSWORD)
    with pytest.raises(PermissionDeniedError):
        users.set_password(carla, TESTER, "a password of mine")
    with pytest.raises(ValidationError, match="already"):
        users.add_account(ctx, "carla", Role.VIEWER, TEST_PASSWORD)
    with pytest.raises(NotFoundError):
        users.set_role(ctx, "nobody", Role.VIEWER)
    assert everything(ctx) == before
    users.set_password(carla, "carla", "my own new password")  # one's own: allowed
    assert users.login(ctx.db, "carla", "my own new password").actor == carla.actor


def test_the_first_administrator_is_made_once(empty_sqlite_url: str) -> None:
    from evactrack.services.context import open_database

    db = open_database(empty_sqlite_url, create=True)
    try:
        assert not users.has_accounts(db)
        first = users.create_first_admin(db, "amina", TEST_PASSWORD)
        assert first.actor.role is Role.ADMIN and users.has_accounts(db)
        with pytest.raises(ValidationError, match="accounts already"):
            users.create_first_admin(db, "intruder", TEST_PASSWORD)
        assert [a.username for a in users.list_accounts(first)] == ["amina"]
    finally:
        db.close()


def test_a_locked_window_is_audited_and_opens_with_the_password_only(
    ctx: Context, slept: list[float]
) -> None:
    users.lock_session(ctx)
    with pytest.raises(LoginError):
        users.unlock_session(ctx, "not my password", sleep=slept.append)
    users.unlock_session(ctx, TEST_PASSWORD)
    assert [(a, e) for a, e, _i in actions(ctx)] == [
        (AuditAction.LOCK.value, "session"),
        (AuditAction.LOGIN_FAILED.value, "user"),
        (AuditAction.LOGIN.value, "user"),
        (AuditAction.UNLOCK.value, "session"),
    ]
