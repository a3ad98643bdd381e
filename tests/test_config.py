"""A server's password: out of the settings, into the keyring when there is one."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from evactrack import config

SERVER = "postgresql://caseworker:Kabul-2021@10.0.0.5:5433/cases"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[service, username] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


def test_the_password_goes_to_the_keyring_and_comes_back(memory_keyring: MemoryKeyring) -> None:
    remembered = config.remember_password(SERVER)
    assert remembered == "postgresql://caseworker@10.0.0.5:5433/cases"
    assert memory_keyring.kept == {
        ("evactrack", "postgresql://caseworker@10.0.0.5:5433/cases"): "Kabul-2021"
    }
    assert config.resolve_db_url(remembered) == (
        "postgresql+psycopg://caseworker:Kabul-2021@10.0.0.5:5433/cases"
    )
    config.forget_password(remembered)
    assert memory_keyring.kept == {}
    assert (
        config.resolve_db_url(remembered) == "postgresql+psycopg://caseworker@10.0.0.5:5433/cases"
    )


def test_without_a_keyring_nothing_fails_and_nothing_is_kept() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert config.remember_password(SERVER) == "postgresql://caseworker@10.0.0.5:5433/cases"
        assert "Kabul" not in config.resolve_db_url("postgresql://caseworker@10.0.0.5:5433/cases")
        config.forget_password(SERVER)
    finally:
        keyring.set_keyring(before)


@pytest.mark.parametrize(
    "value", ["/home/caseworker/cases.sqlite3", "sqlite:////tmp/x.sqlite3", "postgresql://h/db"]
)
def test_what_has_no_password_is_kept_as_it_is(value: str) -> None:
    assert config.without_password(value) == value
