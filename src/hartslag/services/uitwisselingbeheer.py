# SPDX-License-Identifier: EUPL-1.2
"""Use cases to manage the exchange: the organisation's OIN, partners, their webhook
subscription and shared secrets (with rotation), and sharing agreements."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import Conflict, NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.uitwisseling import Deelafspraak, check_oin, nieuwe_deelafspraak
from hartslag.domein.vocabulaire import Rol
from hartslag.domein.webhook import decode_secret, encode_secret
from hartslag.services.context import Context
from hartslag.services.free_text import protect_free_texts
from hartslag.services.poorten import UnitOfWork
from hartslag.services.uitwisselingpoorten import Partner, Partnersleutel

OVERGANG = timedelta(days=7)  # how long a replaced secret still verifies and signs


def _audit(
    uow: UnitOfWork,
    ctx: Context,
    actor: str,
    organisatie_id: int,
    actie: Handeling,
    soort: str,
    onderwerp: str,
    na: dict[str, Any],
) -> None:
    uow.gebeurtenissen.add(
        Gebeurtenis(ctx.clock.now(), actor, actie, soort, onderwerp, organisatie_id, na=na)
    )


def set_oin(ctx: Context, organisatie_id: int, oin: str, actor: str) -> None:
    check_oin(oin)
    with ctx.uow() as uow:
        uow.partners.set_oin(organisatie_id, oin)
        _audit(
            uow,
            ctx,
            actor,
            organisatie_id,
            Handeling.ORGANISATIE_OIN_GEWIJZIGD,
            "organisatie",
            str(organisatie_id),
            {"oin": oin},
        )
        uow.commit()


def partner_of(uow: UnitOfWork, organisatie_id: int, code: str) -> Partner:
    partner = uow.partners.get(organisatie_id, code)
    if partner is None:
        raise NietGevonden(
            f"Partner '{code}' bestaat niet: geen partner elders en geen organisatie van deze "
            "installatie. Voeg hem toe met `hartslag exchange partner add`."
        )
    return partner


def _check_url(url: str | None) -> None:
    if url is not None and not url.startswith(("https://", "http://")):
        raise OngeldigeInvoer("webhookUrl: begin met https:// (of http:// op een testnet).")


def add_partner(
    ctx: Context,
    organisatie_id: int,
    code: str,
    naam: str,
    oin: str,
    webhook_url: str | None,
    actor: str,
    geheim: str | None = None,
) -> str:
    """Add a partner with a shared secret; returns the secret (``whsec_...``), to give the
    partner once over a safe channel. ``geheim``: the one the partner gave us."""
    check_oin(oin)
    _check_url(webhook_url)
    if not naam.strip():
        raise OngeldigeInvoer("Geef de partner een naam.")
    with ctx.uow() as uow:
        if uow.partners.get(organisatie_id, code) or uow.partners.by_oin(organisatie_id, oin):
            raise Conflict(f"Er is al een partner met code '{code}' of OIN {oin}.")
        now = ctx.clock.now()
        partner = Partner(organisatie_id, code, naam.strip(), oin, webhook_url, True, now)
        uow.partners.add(partner)
        tekst = _store_secret(ctx, uow, partner, geheim, now)
        _audit(
            uow,
            ctx,
            actor,
            organisatie_id,
            Handeling.PARTNER_AANGEMAAKT,
            "partner",
            code,
            {"oin": oin, "webhookUrl": webhook_url},
        )
        uow.commit()
    return tekst


def _store_secret(
    ctx: Context, uow: UnitOfWork, partner: Partner, geheim: str | None, now: datetime
) -> str:
    assert partner.id is not None
    ruw = decode_secret(geheim) if geheim else secrets.token_bytes(32)
    bestaande = uow.partners.sleutels(partner.id)
    versie = (bestaande[0].versie + 1) if bestaande else 1
    sleutelversie, blob = ctx.versleuteling.encrypt(ruw, sealed_for(partner.id, versie))
    uow.partners.add_sleutel(partner.id, Partnersleutel(versie, sleutelversie, blob, now, None))
    return encode_secret(ruw)


def sealed_for(partner_id: int, versie: int) -> bytes:
    """Associated data binding a sealed secret to its partner and version."""
    return f"partnersleutel:{partner_id}:{versie}".encode()


def valid_secrets(ctx: Context, uow: UnitOfWork, partner: Partner, now: datetime) -> list[bytes]:
    """The partner's secrets still valid at ``now``, newest first."""
    assert partner.id is not None
    return [
        ctx.versleuteling.decrypt(s.sleutelversie, s.versleuteld, sealed_for(partner.id, s.versie))
        for s in uow.partners.sleutels(partner.id)
        if s.geldig_tot is None or s.geldig_tot > now
    ]


def rotate_secret(
    ctx: Context,
    organisatie_id: int,
    code: str,
    actor: str,
    geheim: str | None = None,
    overgang: timedelta = OVERGANG,
) -> str:
    """A new secret (generated, or the partner's ``geheim``); the older ones stay valid for
    ``overgang`` so that deliveries under way and the partner's switch-over still pass."""
    with ctx.uow() as uow:
        partner = partner_of(uow, organisatie_id, code)
        assert partner.id is not None
        now = ctx.clock.now()
        uow.partners.expire_sleutels(partner.id, now + overgang)
        tekst = _store_secret(ctx, uow, partner, geheim, now)
        _audit(
            uow,
            ctx,
            actor,
            organisatie_id,
            Handeling.PARTNERSLEUTEL_VERVANGEN,
            "partner",
            code,
            {"oudeGeldigTot": (now + overgang).isoformat()},
        )
        uow.commit()
    return tekst


def subscribe(
    ctx: Context, organisatie_id: int, code: str, webhook_url: str | None, actor: str
) -> None:
    """Where the partner receives our events (None: stop delivering; events wait)."""
    _check_url(webhook_url)
    with ctx.uow() as uow:
        partner = partner_of(uow, organisatie_id, code)
        uow.partners.save(replace(partner, webhook_url=webhook_url))
        _audit(
            uow,
            ctx,
            actor,
            organisatie_id,
            Handeling.PARTNER_GEWIJZIGD,
            "partner",
            code,
            {"webhookUrl": webhook_url},
        )
        uow.commit()


def add_afspraak(ctx: Context, organisatie_id: int, actor: str, **velden: Any) -> Deelafspraak:
    """Record an agreement (see :func:`nieuwe_deelafspraak` for the fields). A partner code
    that names no partner elsewhere but another organisation of this installation makes a
    local agreement: recorded by the giving side only, it decides what that organisation
    sees here (docs/uitwisseling.md, "One installation")."""
    with ctx.uow() as uow:
        partner_id, lokaal = _partner_id(uow, organisatie_id, velden["partner"])
        afspraak_id = uuid.uuid4()
        velden = {
            **velden,
            **_protected_texts(ctx, uow, organisatie_id, actor, afspraak_id, velden),
        }
        afspraak = nieuwe_deelafspraak(id=afspraak_id, lokaal=lokaal, **velden)
        bestaand = uow.partners.afspraken(organisatie_id)
        if any(
            (a.code, a.partner, a.richting) == (afspraak.code, afspraak.partner, afspraak.richting)
            for a in bestaand
        ):
            raise Conflict(f"Deelafspraak '{afspraak.code}' ({afspraak.richting}) bestaat al.")
        uow.partners.add_afspraak(afspraak, organisatie_id, partner_id, lokaal)
        beschrijving = describe(afspraak)
        _audit(
            uow,
            ctx,
            actor,
            organisatie_id,
            Handeling.DEELAFSPRAAK_VASTGELEGD,
            "deelafspraak",
            str(afspraak.id),
            beschrijving,
        )
        if lokaal:  # the receiving organisation's trail records it too
            _audit(
                uow,
                ctx,
                actor,
                partner_id,
                Handeling.DEELAFSPRAAK_VASTGELEGD,
                "deelafspraak",
                str(afspraak.id),
                beschrijving,
            )
        uow.commit()
    return afspraak


def _partner_id(uow: UnitOfWork, organisatie_id: int, code: str) -> tuple[int, bool]:
    """The partner's id and whether it is an organisation of this installation."""
    partner = uow.partners.get(organisatie_id, code)
    if partner is not None and partner.id is not None:
        return partner.id, False
    lokaal = uow.organisaties.get_id(code)
    if lokaal is None:
        partner_of(uow, organisatie_id, code)  # raises NietGevonden
    if lokaal == organisatie_id:
        raise OngeldigeInvoer("Een deelafspraak is met een andere organisatie dan de eigen.")
    assert lokaal is not None
    return lokaal, True


def _protected_texts(
    ctx: Context,
    uow: UnitOfWork,
    organisatie_id: int,
    actor: str,
    afspraak_id: uuid.UUID,
    velden: dict[str, Any],
) -> dict[str, Any]:
    """The agreement's legal basis and purpose are typed by a person: pseudonymised, with
    their links, like every free text (docs/privacy.md)."""
    code = next(c for i, c, _ in uow.organisaties.all() if i == organisatie_id)
    wie = Actor(organisatie_id, code, Rol.BEHEERDER, actor)
    teksten = [(v, str(velden[v])) for v in ("grondslag", "doel") if velden.get(v)]
    schoon = protect_free_texts(ctx, uow, wie, ("deelafspraak", afspraak_id), teksten)
    return {veld: tekst for (veld, _), tekst in zip(teksten, schoon, strict=True)}


def end_afspraak(ctx: Context, organisatie_id: int, afspraak_id: uuid.UUID, actor: str) -> None:
    """End an agreement now: nothing more is shared or accepted under it (a local one:
    the partner no longer sees what it showed)."""
    with ctx.uow() as uow:
        afspraak = next(
            (a for a in uow.partners.afspraken(organisatie_id) if a.id == afspraak_id), None
        )
        if afspraak is None:
            raise NietGevonden("Deze deelafspraak bestaat niet.")
        now = ctx.clock.now()
        uow.partners.end_afspraak(afspraak_id, now)
        wie = [organisatie_id]
        if afspraak.lokaal and (p := uow.organisaties.get_id(afspraak.partner)) is not None:
            wie.append(p)
        for org in wie:
            _audit(
                uow,
                ctx,
                actor,
                org,
                Handeling.DEELAFSPRAAK_BEEINDIGD,
                "deelafspraak",
                str(afspraak_id),
                {"geldigTot": now.isoformat()},
            )
        uow.commit()


def describe(a: Deelafspraak) -> dict[str, Any]:
    """An agreement as plain JSON (audit trail, API, CLI)."""
    return {
        "id": str(a.id),
        "code": a.code,
        "partner": a.partner,
        "richting": a.richting.value,
        "gebeurtenistypen": sorted(g.value for g in a.gebeurtenistypen),
        "themas": sorted(a.themas),
        "velden": sorted(a.velden),
        "grondslag": a.grondslag,
        "doel": a.doel,
        "geldigVanaf": a.geldig_vanaf.isoformat(),
        "geldigTot": a.geldig_tot.isoformat() if a.geldig_tot else None,
        "lokaal": a.lokaal,
    }
