# SPDX-License-Identifier: EUPL-1.2
"""Use case: an organisation's privacy settings (keep or drop originals, retention)."""

from __future__ import annotations

from dataclasses import replace

from hartslag.domein.actor import SYSTEEM, Actor
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.privacybeleid import (
    STANDAARD_BEWAARDAGEN,
    Gegevenssoort,
    Privacyinstellingen,
    check_bewaardagen,
)
from hartslag.domein.rechten import Actie, vereis
from hartslag.services.beheer import get_organisatie_id
from hartslag.services.context import Context
from hartslag.services.poorten import UnitOfWork
from hartslag.services.privacypoorten import Privacykeuzes


def resolve(ctx: Context, keuzes: Privacykeuzes | None) -> Privacyinstellingen:
    """The settings in force: the organisation's choices, else the defaults (the contact
    period from HARTSLAG_CONTACT_RETENTION_DAYS)."""
    k = keuzes or Privacykeuzes()
    return Privacyinstellingen(
        originelen_bewaren=k.originelen_bewaren,
        contact_dagen=k.contact_dagen or ctx.contact_bewaardagen,
        origineel_dagen=k.origineel_dagen or STANDAARD_BEWAARDAGEN[Gegevenssoort.ORIGINEEL],
        signaal_dagen=k.signaal_dagen or STANDAARD_BEWAARDAGEN[Gegevenssoort.SIGNAAL],
    )


def settings_in(ctx: Context, uow: UnitOfWork, organisatie_id: int) -> Privacyinstellingen:
    return resolve(ctx, uow.instellingen.get(organisatie_id))


def show_settings(ctx: Context, code: str) -> Privacyinstellingen:
    organisatie_id = get_organisatie_id(ctx, code)
    with ctx.uow(schrijven=False) as uow:
        return settings_in(ctx, uow, organisatie_id)


def change_settings(
    ctx: Context,
    code: str,
    *,
    originelen_bewaren: bool | None = None,
    contact_dagen: int | None = None,
    origineel_dagen: int | None = None,
    signaal_dagen: int | None = None,
    actor: str = SYSTEEM,
) -> Privacyinstellingen:
    """Change what is given, keep the rest; the change is an audit record (before, after)."""
    for dagen, optie in (
        (contact_dagen, "--retention-contact-days"),
        (origineel_dagen, "--retention-original-days"),
        (signaal_dagen, "--retention-signal-days"),
    ):
        if dagen is not None:
            check_bewaardagen(dagen, optie)
    organisatie_id = get_organisatie_id(ctx, code)
    with ctx.uow() as uow:
        oud = uow.instellingen.get(organisatie_id) or Privacykeuzes()
        nieuw = replace(
            oud,
            originelen_bewaren=oud.originelen_bewaren
            if originelen_bewaren is None
            else originelen_bewaren,
            contact_dagen=contact_dagen or oud.contact_dagen,
            origineel_dagen=origineel_dagen or oud.origineel_dagen,
            signaal_dagen=signaal_dagen or oud.signaal_dagen,
        )
        voor, na = resolve(ctx, oud), resolve(ctx, nieuw)
        if nieuw != oud:
            now = ctx.clock.now()
            uow.instellingen.save(organisatie_id, nieuw, now)
            uow.gebeurtenissen.add(
                Gebeurtenis(
                    tijdstip=now,
                    actor=actor,
                    actie=Handeling.PRIVACYINSTELLINGEN_GEWIJZIGD,
                    onderwerp_type="organisatie",
                    onderwerp_id=code,
                    organisatie_id=organisatie_id,
                    voor=voor.samenvatting(),
                    na=na.samenvatting(),
                )
            )
            uow.commit()
        return na


def show_settings_for(ctx: Context, actor: Actor) -> Privacyinstellingen:
    vereis(actor.rol, Actie.PRIVACY_BEHEREN)
    return show_settings(ctx, actor.organisatie)


def change_settings_for(
    ctx: Context,
    actor: Actor,
    *,
    originelen_bewaren: bool,
    contact_dagen: int,
    origineel_dagen: int,
    signaal_dagen: int,
) -> Privacyinstellingen:
    """An administrator changes their own organisation's settings (an audit record)."""
    vereis(actor.rol, Actie.PRIVACY_BEHEREN)
    return change_settings(
        ctx,
        actor.organisatie,
        originelen_bewaren=originelen_bewaren,
        contact_dagen=contact_dagen,
        origineel_dagen=origineel_dagen,
        signaal_dagen=signaal_dagen,
        actor=actor.label,
    )
