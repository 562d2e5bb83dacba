# SPDX-License-Identifier: EUPL-1.2
"""Use cases for administrators: organisations, API tokens, authentication, audit."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime

from hartslag.domein.actor import SYSTEEM, Actor
from hartslag.domein.fouten import Conflict, NietGeauthenticeerd, NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.vocabulaire import Rol
from hartslag.services.context import Context

_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,39}$")
TOKEN_PREFIX = "hs_"


def hash_token(token: str) -> str:
    """Tokens are 256-bit random values, so a plain SHA-256 is enough to store them safely."""
    return hashlib.sha256(token.encode()).hexdigest()


def create_organisatie(ctx: Context, code: str, naam: str, actor: str = SYSTEEM) -> int:
    if not _CODE.match(code):
        raise OngeldigeInvoer(
            f"Organisatiecode '{code}' is ongeldig: gebruik hoofdletters, cijfers en '-', "
            "hoogstens 40 tekens (bijvoorbeeld UWV of GEM-UTR)."
        )
    if not naam.strip():
        raise OngeldigeInvoer("Geef de organisatie een naam (--name).")
    with ctx.uow() as uow:
        if uow.organisaties.get_id(code) is not None:
            raise Conflict(f"Organisatie '{code}' bestaat al.")
        now = ctx.clock.now()
        organisatie_id = uow.organisaties.add(code, naam.strip(), now)
        uow.gebeurtenissen.add(
            Gebeurtenis(
                now,
                actor,
                Handeling.ORGANISATIE_AANGEMAAKT,
                "organisatie",
                code,
                organisatie_id,
                na={"code": code, "naam": naam.strip()},
            )
        )
        uow.commit()
        return organisatie_id


def get_organisatie_id(ctx: Context, code: str) -> int:
    with ctx.uow(schrijven=False) as uow:
        organisatie_id = uow.organisaties.get_id(code)
    if organisatie_id is None:
        raise NietGevonden(
            f"Organisatie '{code}' bestaat niet. Maak haar aan met "
            f"`hartslag organisation create {code} --name NAAM`."
        )
    return organisatie_id


def create_token(ctx: Context, code: str, rol: Rol, naam: str | None = None) -> str:
    """Create an API token for an account of organisation ``code``; returns it once."""
    organisatie_id = get_organisatie_id(ctx, code)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    accountnaam = naam or f"api-{rol.value}"
    with ctx.uow() as uow:
        now = ctx.clock.now()
        uow.accounts.add_token(organisatie_id, accountnaam, rol, hash_token(token), now)
        uow.gebeurtenissen.add(
            Gebeurtenis(
                now,
                SYSTEEM,
                Handeling.TOKEN_AANGEMAAKT,
                "account",
                accountnaam,
                organisatie_id,
                na={"rol": rol.value, "account": accountnaam},
            )
        )
        uow.commit()
    return token


def authenticate(ctx: Context, token: str | None) -> Actor:
    if not token:
        raise NietGeauthenticeerd(
            "Stuur een API-token mee: 'Authorization: Bearer <token>'. Een token maakt u met "
            "`hartslag token create --organisation CODE --role ROL`."
        )
    with ctx.uow(schrijven=False) as uow:
        actor = uow.accounts.actor_for_token(hash_token(token))
    if actor is None:
        raise NietGeauthenticeerd("Dit API-token is onbekend of ingetrokken.")
    return actor


def audit_trail(
    ctx: Context, code: str | None, since: datetime | None, limit: int
) -> list[Gebeurtenis]:
    organisatie_id = get_organisatie_id(ctx, code) if code else None
    with ctx.uow(schrijven=False) as uow:
        return uow.gebeurtenissen.list(organisatie_id, since, limit)
