# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from collections.abc import Callable

import pytest
from click.testing import Result
from typer.testing import CliRunner

from hartslag.adapters.cli.main import app
from hartslag.config import Settings

Cli = Callable[..., Result]


@pytest.fixture
def cli(settings: Settings, organisaties: dict[str, int]) -> Cli:
    """Run ``hartslag ...`` against the test database, as a user would."""
    env = {
        "HARTSLAG_DATABASE_URL": settings.database_url,
        "HARTSLAG_SECRET_KEY": settings.secret_key.get_secret_value(),
    }

    def run(*args: str, input: str | None = None) -> Result:
        return CliRunner().invoke(app, list(args), env=env, input=input, catch_exceptions=False)

    return run
