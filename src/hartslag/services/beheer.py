# SPDX-License-Identifier: EUPL-1.2
"""Use cases for administrators: organisations, API tokens, authentication, audit."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime, timedelta

from hartslag.domein.actor import SYSTEEM, Actor
from hartslag.domein.fouten import Conflict, NietGeauthenticeerd, NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.vocabulaire import Rol
from hartslag.services.context import Context
from hartslag.services.poorten import Tokeninfo, UnitOfWork

_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,39}$")
TOKEN_PREFIX = "hs_"
# How stale "last used" may get before a request writes it again.
GEBRUIK_BIJWERKEN = timedelta(minutes=5)


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


def create_token(
    ctx: Context,
    code: str,
    rol: Rol,
    naam: str | None = None,
    geldig_dagen: int | None = None,
) -> str:
    """Create an API token for an account of organisation ``code``; returns it once. With
    ``geldig_dagen`` it expires that many days from now."""
    organisatie_id = get_organisatie_id(ctx, code)
    if geldig_dagen is not None and geldig_dagen < 1:
        raise OngeldigeInvoer("Een token is minstens 1 dag geldig (--expires-in-days).")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    accountnaam = naam or f"api-{rol.value}"
    with ctx.uow() as uow:
        now = ctx.clock.now()
        verloopt = now + timedelta(days=geldig_dagen) if geldig_dagen else None
        uow.accounts.add_token(
            organisatie_id, accountnaam, rol, hash_token(token), now, verloopt_op=verloopt
        )
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
    with ctx.uow(schrijven=False) as uow:
        actor, gebruik = check_token(ctx, uow, token)
    mark_used(ctx, gebruik)
    return actor


def mark_used(ctx: Context, gebruik: int | None) -> None:
    """Mark the token's last use when `check_token` said it is due (at most once per
    interval: no write on every request)."""
    if gebruik is not None:
        with ctx.uow() as uow:
            uow.accounts.mark_used(gebruik, ctx.clock.now())
            uow.commit()


def authenticate_in(ctx: Context, uow: UnitOfWork, token: str | None) -> Actor:
    """`authenticate` inside the caller's writing transaction: the token's last use, when
    due, is marked there and committed with the caller's work (or not at all)."""
    actor, gebruik = check_token(ctx, uow, token)
    if gebruik is not None:
        uow.accounts.mark_used(gebruik, ctx.clock.now())
    return actor


def check_token(ctx: Context, uow: UnitOfWork, token: str | None) -> tuple[Actor, int | None]:
    """The token's actor, and the token's id when its last use is due to be marked."""
    if not token:
        raise NietGeauthenticeerd(
            "Stuur een API-token mee: 'Authorization: Bearer <token>'. Een token maakt u met "
            "`hartslag token create --organisation CODE --role ROL`."
        )
    now = ctx.clock.now()
    gevonden = uow.accounts.token_info(hash_token(token))
    if gevonden is None:
        raise NietGeauthenticeerd(
            "Dit API-token is onbekend. Controleer het token of maak een nieuw."
        )
    info, actor = gevonden
    if info.ingetrokken_op is not None:
        raise NietGeauthenticeerd(
            f"Dit API-token is ingetrokken op {info.ingetrokken_op:%Y-%m-%d}; "
            "vraag een nieuw token."
        )
    if info.verloopt_op is not None and info.verloopt_op <= now:
        raise NietGeauthenticeerd(
            f"Dit API-token is verlopen op {info.verloopt_op:%Y-%m-%d}; vraag een nieuw token."
        )
    due = info.laatst_gebruikt_op is None or now - info.laatst_gebruikt_op >= GEBRUIK_BIJWERKEN
    return actor, info.id if due else None


def list_tokens(ctx: Context, code: str) -> list[Tokeninfo]:
    """The API tokens of organisation ``code`` (never the tokens themselves)."""
    organisatie_id = get_organisatie_id(ctx, code)
    with ctx.uow(schrijven=False) as uow:
        return uow.accounts.tokens(organisatie_id)


def revoke_token(ctx: Context, code: str, token_id: int, door: str = SYSTEEM) -> Tokeninfo:
    """Revoke a token of organisation ``code``: from now on it gets 401."""
    organisatie_id = get_organisatie_id(ctx, code)
    with ctx.uow() as uow:
        info = next((i for i in uow.accounts.tokens(organisatie_id) if i.id == token_id), None)
        if info is None:
            raise NietGevonden(
                f"{code} heeft geen token met nummer {token_id} (zie `hartslag token list`)."
            )
        if info.ingetrokken_op is not None:
            raise Conflict(f"Token {token_id} is al ingetrokken op {info.ingetrokken_op:%Y-%m-%d}.")
        now = ctx.clock.now()
        uow.accounts.revoke_token(token_id, now)
        uow.gebeurtenissen.add(
            Gebeurtenis(
                now,
                door,
                Handeling.TOKEN_INGETROKKEN,
                "apitoken",
                str(token_id),
                organisatie_id,
                na={"account": info.account},
            )
        )
        uow.commit()
    return info


def audit_trail(
    ctx: Context, code: str | None, since: datetime | None, limit: int
) -> list[Gebeurtenis]:
    organisatie_id = get_organisatie_id(ctx, code) if code else None
    with ctx.uow(schrijven=False) as uow:
        return uow.gebeurtenissen.list(organisatie_id, since, limit)
