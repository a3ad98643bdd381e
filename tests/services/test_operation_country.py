"""The operation's country: the first likely country of a number written without its code."""

from __future__ import annotations

import pytest

from evactrack.domain.errors import ValidationError
from evactrack.services import settings
from evactrack.services.context import Context


def test_the_operations_country_is_a_region_code_afghanistan_unless_set(ctx: Context) -> None:
    assert settings.get(ctx, settings.OPERATION_COUNTRY) == "AF"
    settings.put(ctx, settings.OPERATION_COUNTRY, "PK")
    assert settings.get(ctx, settings.OPERATION_COUNTRY) == "PK"
    with pytest.raises(ValidationError, match="'Pakistan' is not a region code"):
        settings.put(ctx, settings.OPERATION_COUNTRY, "Pakistan")
    assert settings.get(ctx, settings.OPERATION_COUNTRY) == "PK"
