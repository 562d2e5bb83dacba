# SPDX-License-Identifier: EUPL-1.2
"""Use case: the name and address an organisation's e-mails to its reporters are signed
and sent with. Defaults: the organisation's name and ``HARTSLAG_MAIL_FROM``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import formataddr, parseaddr

from hartslag.domein.actor import SYSTEEM
from hartslag.domein.fouten import NietGevonden, OngeldigeInvoer, VeldFout
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.services.context import Context
from hartslag.services.poorten import UnitOfWork

_EMAIL = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$")
NAAM_MAX = 200


@dataclass(frozen=True)
class Afzender:
    naam: str  # what the e-mails are signed with
    email: str  # the sender address

    @property
    def van(self) -> str:
        """The From header."""
        return formataddr((self.naam, self.email))


def _default_address(ctx: Context) -> str:
    return parseaddr(ctx.afzender)[1] or ctx.afzender


def sender_in(ctx: Context, uow: UnitOfWork, organisatie: str) -> Afzender:
    """The sender of ``organisatie`` in force (its settings, else the defaults)."""
    instelling = uow.afzenders.get(organisatie)
    if instelling is None:
        return Afzender(organisatie, _default_address(ctx))
    return Afzender(
        instelling.weergavenaam or instelling.naam, instelling.email or _default_address(ctx)
    )


def show_sender(ctx: Context, code: str) -> Afzender:
    with ctx.uow(schrijven=False) as uow:
        if uow.afzenders.get(code) is None:
            raise NietGevonden(f"Organisatie '{code}' bestaat niet.")
        return sender_in(ctx, uow, code)


def _checked(weergavenaam: str | None, email: str | None) -> None:
    velden = []
    if weergavenaam is not None and (
        len(weergavenaam) > NAAM_MAX or any(ord(c) < 32 for c in weergavenaam)
    ):
        velden.append(VeldFout("weergavenaam", f"één regel, hoogstens {NAAM_MAX} tekens"))
    if email is not None and (len(email) > 320 or not _EMAIL.match(email)):
        velden.append(VeldFout("email", "een e-mailadres, bijvoorbeeld noreply@uwv.nl"))
    if velden:
        raise OngeldigeInvoer(
            "Ongeldige afzender: " + "; ".join(f"{v.veld}: {v.reden}" for v in velden) + ".",
            velden=velden,
        )


def change_sender(
    ctx: Context,
    code: str,
    *,
    weergavenaam: str | None = None,
    email: str | None = None,
    actor: str = SYSTEEM,
) -> Afzender:
    """Change what is given (an empty value restores the default), keep the rest; the
    change is an audit record (before, after)."""
    naam = weergavenaam.strip() if weergavenaam is not None else None
    adres = email.strip() if email is not None else None
    _checked(naam or None, adres or None)
    with ctx.uow() as uow:
        oud = uow.afzenders.get(code)
        if oud is None:
            raise NietGevonden(f"Organisatie '{code}' bestaat niet.")
        voor = sender_in(ctx, uow, code)
        nieuw_naam = oud.weergavenaam if naam is None else (naam or None)
        nieuw_email = oud.email if adres is None else (adres or None)
        now = ctx.clock.now()
        uow.afzenders.save(oud.organisatie_id, nieuw_naam, nieuw_email, now)
        na = sender_in(ctx, uow, code)
        if na != voor:
            uow.gebeurtenissen.add(
                Gebeurtenis(
                    tijdstip=now,
                    actor=actor,
                    actie=Handeling.AFZENDER_GEWIJZIGD,
                    onderwerp_type="organisatie",
                    onderwerp_id=code,
                    organisatie_id=oud.organisatie_id,
                    voor={"naam": voor.naam, "email": voor.email},
                    na={"naam": na.naam, "email": na.email},
                )
            )
        uow.commit()
    return na
