# SPDX-License-Identifier: EUPL-1.2
"""Web accounts: create, list, disable; log in with lock-out; sessions; language.

Passwords are hashed with Argon2id (pwdlib's recommended hasher). A session is a random
256-bit token in a cookie; only its SHA-256 is stored, so a database read gives no
session away. The audit trail names the account (``naam@ORG``), never its e-mail address.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from email_validator import EmailNotValidError, validate_email
from pwdlib import PasswordHash

from hartslag.domein.actor import SYSTEEM, Actor
from hartslag.domein.fouten import (
    AccountGeblokkeerd,
    Conflict,
    NietGeauthenticeerd,
    NietGevonden,
    OngeldigeInvoer,
)
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.vocabulaire import Rol
from hartslag.services.accountpoorten import Gebruiker
from hartslag.services.beheer import get_organisatie_id
from hartslag.services.context import Context
from hartslag.services.poorten import UnitOfWork

MIN_WACHTWOORD = 12
TALEN = ("nl", "en")
_hasher = PasswordHash.recommended()
# Verified when the e-mail address is unknown, so a wrong address costs as long as a
# wrong password and response times do not tell which accounts exist.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))
_NAAM = re.compile(r"^[a-z0-9][a-z0-9.-]{0,59}$")
ONJUIST = "Het e-mailadres of het wachtwoord klopt niet."


@dataclass(frozen=True)
class Sessie:
    token: str
    gebruiker: Gebruiker


def _email(email: str) -> str:
    try:
        return validate_email(email.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        raise OngeldigeInvoer(
            "Dat is geen geldig e-mailadres; schrijf het als naam@organisatie.nl."
        ) from None


def _check_wachtwoord(wachtwoord: str) -> None:
    if len(wachtwoord) < MIN_WACHTWOORD:
        raise OngeldigeInvoer(
            f"Het wachtwoord moet minstens {MIN_WACHTWOORD} tekens lang zijn; een zin van "
            "een paar woorden is sterk en goed te onthouden."
        )


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _free_naam(uow: UnitOfWork, organisatie_id: int, rol: Rol) -> str:
    volgnummer = 1
    while uow.gebruikers.name_taken(organisatie_id, f"{rol.value}-{volgnummer}"):
        volgnummer += 1
    return f"{rol.value}-{volgnummer}"


def create_account(
    ctx: Context,
    organisatie: str,
    email: str,
    rol: Rol,
    wachtwoord: str,
    naam: str | None = None,
    door: str = SYSTEEM,
) -> Gebruiker:
    """Create a web account. ``naam`` is how the audit trail names it (no personal data:
    by default the role and a number, e.g. ``analist-2``)."""
    organisatie_id = get_organisatie_id(ctx, organisatie)
    adres = _email(email)
    _check_wachtwoord(wachtwoord)
    if naam is not None and not _NAAM.match(naam):
        raise OngeldigeInvoer(
            "Een accountnaam bestaat uit kleine letters, cijfers, '.' en '-' (hoogstens 60 "
            "tekens), bijvoorbeeld 'kcc-team-3'."
        )
    wachtwoord_hash = _hasher.hash(wachtwoord)
    with ctx.uow() as uow:
        if uow.gebruikers.get_by_email(adres) is not None:
            raise Conflict("Er bestaat al een account met dit e-mailadres.")
        gekozen = naam or _free_naam(uow, organisatie_id, rol)
        if uow.gebruikers.name_taken(organisatie_id, gekozen):
            raise Conflict(f"De accountnaam '{gekozen}' is al in gebruik in {organisatie}.")
        now = ctx.clock.now()
        account_id = uow.gebruikers.add(organisatie_id, gekozen, adres, rol, wachtwoord_hash, now)
        uow.gebeurtenissen.add(
            Gebeurtenis(
                now,
                door,
                Handeling.ACCOUNT_AANGEMAAKT,
                "account",
                gekozen,
                organisatie_id,
                na={"naam": gekozen, "rol": rol.value},
            )
        )
        gebruiker = uow.gebruikers.get(account_id)
        uow.commit()
    assert gebruiker is not None
    return gebruiker


def list_accounts(ctx: Context, organisatie: str) -> list[Gebruiker]:
    organisatie_id = get_organisatie_id(ctx, organisatie)
    with ctx.uow(schrijven=False) as uow:
        return uow.gebruikers.of_organisatie(organisatie_id)


def list_accounts_for(ctx: Context, actor: Actor) -> list[Gebruiker]:
    """The accounts of the actor's own organisation (administrators only)."""
    vereis(actor.rol, Actie.ACCOUNTS_BEHEREN)
    with ctx.uow(schrijven=False) as uow:
        return uow.gebruikers.of_organisatie(actor.organisatie_id)


def create_account_for(
    ctx: Context, actor: Actor, email: str, rol: Rol, wachtwoord: str
) -> Gebruiker:
    """An administrator creates an account in their own organisation."""
    vereis(actor.rol, Actie.ACCOUNTS_BEHEREN)
    return create_account(ctx, actor.organisatie, email, rol, wachtwoord, door=actor.label)


def disable_account_for(ctx: Context, actor: Actor, account_id: int) -> None:
    """An administrator disables an account of their own organisation (not their own)."""
    vereis(actor.rol, Actie.ACCOUNTS_BEHEREN)
    with ctx.uow(schrijven=False) as uow:
        gebruiker = uow.gebruikers.get(account_id)
    if gebruiker is None or gebruiker.organisatie_id != actor.organisatie_id:
        raise NietGevonden("Dit account bestaat niet in uw organisatie.")
    if gebruiker.naam == actor.naam:
        raise Conflict("U kunt uw eigen account niet uitschakelen; vraag een andere beheerder.")
    disable_account(ctx, actor.organisatie, gebruiker.email, door=actor.label)


def disable_account(ctx: Context, organisatie: str, email: str, door: str = SYSTEEM) -> None:
    """Disable an account and end its sessions; it can no longer log in."""
    organisatie_id = get_organisatie_id(ctx, organisatie)
    adres = _email(email)
    with ctx.uow() as uow:
        gebruiker = uow.gebruikers.get_by_email(adres)
        if gebruiker is None or gebruiker.organisatie_id != organisatie_id:
            raise NietGevonden(f"{organisatie} heeft geen account met dit e-mailadres.")
        uow.gebruikers.set_actief(gebruiker.id, False)
        uow.websessies.remove_for_account(gebruiker.id)
        uow.gebeurtenissen.add(
            Gebeurtenis(
                ctx.clock.now(),
                door,
                Handeling.ACCOUNT_UITGESCHAKELD,
                "account",
                gebruiker.naam,
                organisatie_id,
            )
        )
        uow.commit()


def log_in(ctx: Context, email: str, wachtwoord: str) -> Sessie:
    """Check the password and open a session. After ``ctx.inlog_max_pogingen`` wrong
    passwords in a row the account is locked for ``ctx.blokkeer_minuten`` minutes."""
    try:
        adres = _email(email)
    except OngeldigeInvoer:
        adres = ""
    with ctx.uow() as uow:
        gebruiker = uow.gebruikers.get_by_email(adres) if adres else None
        if gebruiker is None or not gebruiker.actief:
            _hasher.verify(wachtwoord, _DUMMY_HASH)
            raise NietGeauthenticeerd(ONJUIST)
        now = ctx.clock.now()
        if gebruiker.geblokkeerd_tot is not None and gebruiker.geblokkeerd_tot > now:
            raise AccountGeblokkeerd(_geblokkeerd_tekst(gebruiker.geblokkeerd_tot - now))
        juist, nieuwe_hash = _hasher.verify_and_update(wachtwoord, gebruiker.wachtwoord_hash)
        if not juist:
            _register_failure(ctx, uow, gebruiker)
            uow.commit()
            raise NietGeauthenticeerd(ONJUIST)
        if nieuwe_hash is not None:
            uow.gebruikers.set_wachtwoord(gebruiker.id, nieuwe_hash)
        uow.gebruikers.save_login_state(gebruiker.id, 0, None)
        token = secrets.token_urlsafe(32)
        uow.websessies.add(_hash(token), gebruiker.id, now, now + timedelta(hours=ctx.sessie_uren))
        uow.gebeurtenissen.add(
            Gebeurtenis(
                now,
                gebruiker.actor.label,
                Handeling.ACCOUNT_INGELOGD,
                "account",
                gebruiker.naam,
                gebruiker.organisatie_id,
            )
        )
        uow.commit()
    return Sessie(token, gebruiker)


def _geblokkeerd_tekst(over: timedelta) -> str:
    minuten = max(1, int(over.total_seconds() // 60) + 1)
    return (
        "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over "
        f"{minuten} minuten opnieuw, of vraag een beheerder om hulp."
    )


def _register_failure(ctx: Context, u: UnitOfWork, gebruiker: Gebruiker) -> None:
    pogingen = gebruiker.mislukte_pogingen + 1
    if pogingen < ctx.inlog_max_pogingen:
        u.gebruikers.save_login_state(gebruiker.id, pogingen, None)
        return
    now = ctx.clock.now()
    u.gebruikers.save_login_state(gebruiker.id, 0, now + timedelta(minutes=ctx.blokkeer_minuten))
    u.gebeurtenissen.add(
        Gebeurtenis(
            now,
            SYSTEEM,
            Handeling.ACCOUNT_GEBLOKKEERD,
            "account",
            gebruiker.naam,
            gebruiker.organisatie_id,
            reden=f"{pogingen} mislukte inlogpogingen achter elkaar",
        )
    )


def session_user(ctx: Context, token: str | None) -> Gebruiker | None:
    """The active account of a session cookie, or ``None`` (unknown, expired, disabled)."""
    if not token:
        return None
    with ctx.uow(schrijven=False) as uow:
        account_id = uow.websessies.account_of(_hash(token), ctx.clock.now())
        if account_id is None:
            return None
        gebruiker = uow.gebruikers.get(account_id)
    if gebruiker is None or not gebruiker.actief:
        return None
    return gebruiker


def log_out(ctx: Context, token: str) -> None:
    with ctx.uow() as uow:
        uow.websessies.remove(_hash(token))
        uow.commit()


def ensure_account(
    ctx: Context, organisatie: str, email: str, rol: Rol, wachtwoord: str
) -> Gebruiker:
    """The account with this address, created or given this password (demo data)."""
    adres = _email(email)
    with ctx.uow(schrijven=False) as uow:
        bestaand = uow.gebruikers.get_by_email(adres)
    if bestaand is None:
        return create_account(ctx, organisatie, adres, rol, wachtwoord)
    _check_wachtwoord(wachtwoord)
    with ctx.uow() as uow:
        uow.gebruikers.set_wachtwoord(bestaand.id, _hasher.hash(wachtwoord))
        uow.gebruikers.save_login_state(bestaand.id, 0, None)
        uow.gebruikers.set_actief(bestaand.id, True)
        uow.commit()
    return bestaand


def set_taal(ctx: Context, gebruiker: Gebruiker, taal: str) -> None:
    if taal not in TALEN:
        raise OngeldigeInvoer(f"Kies een taal uit: {', '.join(TALEN)}.")
    with ctx.uow() as uow:
        uow.gebruikers.set_taal(gebruiker.id, taal)
        uow.commit()
