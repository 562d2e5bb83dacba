# SPDX-License-Identifier: EUPL-1.2
"""Requests and commands that note where her data went in, and keep what came back."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import typer
from click.testing import Result
from typer.testing import CliRunner

from hartslag.adapters.cli.main import app
from hartslag.config import Settings
from tests.conftest import bearer
from tests.flows.dekking import Veld
from tests.flows.persoonsgegevens import holds_pii, pii_paths


def _command_path(args: tuple[str, ...]) -> str:
    """The command's name with its groups ('knelpunt action add'), without its arguments."""
    groep: Any = typer.main.get_command(app)
    pad = []
    for arg in args:
        groep = getattr(groep, "commands", {}).get(arg)
        if groep is None:
            break
        pad.append(arg)
    return " ".join(pad)


# Endpoints that return personal data on purpose, to a role that may read it.
GEEFT_PERSOONSGEGEVENS = {
    "GET /api/v1/signalen/{id}/contactgegevens",
    "GET /api/v1/signalen/{id}/origineel",
}


class Verzoeken:
    """Sends API requests; notes each field that carried her data and every answer."""

    def __init__(self, api: httpx.Client) -> None:
        self.api = api
        self.gedekt: set[Veld] = set()
        self.aangeroepen: set[str] = set()
        self.antwoorden: list[tuple[str, str]] = []

    def __call__(
        self,
        methode: str,
        sjabloon: str,
        token: str,
        *,
        json: Any = None,
        params: dict[str, str] | None = None,
        status: int = 200,
        **pad: str,
    ) -> Any:
        naam = f"{methode} {sjabloon}"
        r = self.api.request(
            methode, sjabloon.format(**pad), json=json, params=params, headers=bearer(token)
        )
        assert r.status_code == status, (naam, r.text)
        self.aangeroepen.add(naam)
        self.gedekt |= {(naam, p) for p in pii_paths(json)}
        self.gedekt |= {(naam, f"?{k}") for k, v in (params or {}).items() if holds_pii(v)}
        inhoud = r.json() if r.content and "json" in r.headers.get("content-type", "") else None
        if naam not in GEEFT_PERSOONSGEGEVENS:
            self.antwoorden.append((naam, self._zonder_eigen_vraag(inhoud, r.text, params)))
        return inhoud

    @staticmethod
    def _zonder_eigen_vraag(inhoud: Any, tekst: str, params: dict[str, str] | None) -> str:
        """The answer as scanned: paging links repeat the caller's own query, so when that
        held her data (a search), those links are left out."""
        if isinstance(inhoud, dict) and any(holds_pii(w) for w in (params or {}).values()):
            return json.dumps({k: w for k, w in inhoud.items() if k != "_links"})
        return tekst


class Opdrachten:
    """Runs ``hartslag ...`` as a user would; notes each option that carried her data."""

    def __init__(self, settings: Settings, cwd: Path) -> None:
        self.env = {
            "HARTSLAG_DATABASE_URL": settings.database_url,
            "HARTSLAG_SECRET_KEY": settings.secret_key.get_secret_value(),
        }
        self.gedekt: set[str] = set()
        self.uitvoer: list[tuple[str, str]] = []
        self.cwd = cwd

    def __call__(self, *args: str, bewaar: bool = True, code: int = 0) -> Result:
        result = CliRunner().invoke(app, list(args), env=self.env, catch_exceptions=False)
        assert result.exit_code == code, (args, result.output)
        commando = _command_path(args)
        for vorige, arg in itertools.pairwise(args):
            if holds_pii(arg) and vorige.startswith("--"):
                self.gedekt.add(f"{commando} {vorige}")
        if bewaar:
            self.uitvoer.append((commando, result.output))
        return result


Run = Callable[..., Result]
