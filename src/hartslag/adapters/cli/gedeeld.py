# SPDX-License-Identifier: EUPL-1.2
"""What every command shares: settings, the context, errors as exit codes with a hint."""

from __future__ import annotations

import functools
import getpass
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer
from pydantic import ValidationError

from hartslag.bootstrap import bootstrap
from hartslag.config import ConfigurationError, Settings
from hartslag.domein.actor import Actor
from hartslag.domein.fouten import HartslagFout
from hartslag.domein.vocabulaire import Rol
from hartslag.privacy import pseudonymise
from hartslag.services.beheer import get_organisatie_id
from hartslag.services.context import Context

P = ParamSpec("P")
T = TypeVar("T")


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print the error (with any personal data it quotes replaced) and exit with `code`."""
    typer.secho(f"fout: {pseudonymise(message).text}", err=True, fg=typer.colors.RED)
    return typer.Exit(code)


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        redenen = "; ".join(
            str(e["msg"]).removeprefix("Value error, ") for e in exc.errors(include_input=False)
        )
        raise fail(f"configuratie: {redenen}", 2) from None
    except ConfigurationError as exc:
        raise fail(f"configuratie: {exc}", 2) from None


def context() -> Context:
    """The context on a database at the newest schema (else a clear error, no traceback)."""
    from hartslag.adapters.opslag.database import is_current
    from hartslag.bootstrap import engine_of

    ctx = bootstrap(load_settings())
    try:
        bijgewerkt = is_current(engine_of(ctx))
    except Exception:  # any driver error: the database cannot be reached
        raise fail("de database is niet bereikbaar: controleer HARTSLAG_DATABASE_URL") from None
    if not bijgewerkt:
        raise fail("het databaseschema is niet bijgewerkt: voer eerst `hartslag db upgrade` uit")
    return ctx


def cli_actor(ctx: Context, organisatie: str) -> Actor:
    """The person at the terminal acts as administrator of ``organisatie``; the audit trail
    names their login account."""
    organisatie_id = get_organisatie_id(ctx, organisatie)
    return Actor(organisatie_id, organisatie, Rol.BEHEERDER, f"cli:{getpass.getuser()}")


def handles_errors(func: Callable[P, T]) -> Callable[P, T]:
    """Domain errors become a message on stderr and exit code 1 (2 for bad input)."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return func(*args, **kwargs)
        except HartslagFout as exc:
            details = "".join(f"\n  - {v.veld}: {v.reden}" for v in exc.velden)
            raise fail(exc.detail + details, 2 if exc.status == 400 else 1) from None

    return wrapper
