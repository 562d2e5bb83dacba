# SPDX-License-Identifier: EUPL-1.2
"""Use cases for the rights of a data subject (betrokkene): find, access and erasure.

A person is found by the keyed pseudonym of an identifier they give (e-mail address,
phone number, BSN): as reporter (melderId), through the contact details they left, or
mentioned in a signal's text. Plaintext is never scanned. See docs/privacy.md for what
erasure does and why the pseudonymised signals themselves stay.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import OngeldigeInvoer
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.rechten import Actie, vereis
from hartslag.privacy import EntiteitType
from hartslag.services.context import Context
from hartslag.services.poorten import UnitOfWork
from hartslag.services.privacypoorten import Treffer
from hartslag.services.pseudoniemen import identifier_pseudoniem, melder_id_type

Identificatie = tuple[EntiteitType, str]  # what the person gave: kind and value


def identificaties(
    *, email: str | None = None, telefoon: str | None = None, bsn: str | None = None
) -> list[Identificatie]:
    """The identifiers given, checked: at least one, each valid for its kind."""
    gegeven = [
        (soort, waarde.strip())
        for soort, waarde in (
            (EntiteitType.EMAIL, email),
            (EntiteitType.TELEFOON, telefoon),
            (EntiteitType.BSN, bsn),
        )
        if waarde and waarde.strip()
    ]
    if not gegeven:
        raise OngeldigeInvoer(
            "Geef een e-mailadres (--email), telefoonnummer (--phone) of BSN (--bsn)."
        )
    for soort, waarde in gegeven:
        if melder_id_type(waarde) is not soort:
            optie = {EntiteitType.EMAIL: "--email", EntiteitType.TELEFOON: "--phone"}.get(
                soort, "--bsn"
            )
            raise OngeldigeInvoer(
                f"{optie}: dit is geen geldig {soort.value.lower()} (controleer de schrijfwijze; "
                "een BSN moet de 11-proef doorstaan)."
            )
    return gegeven


def _pseudoniemen(ctx: Context, actor: Actor, ids: Sequence[Identificatie]) -> list[str]:
    return [identifier_pseudoniem(ctx.pseudoniem_sleutel, actor.organisatie, s, w) for s, w in ids]


@dataclass(frozen=True)
class Gevonden:
    """A signal that concerns the person, with its reference."""

    treffer: Treffer
    referentie: str


def signals_of(
    ctx: Context, uow: UnitOfWork, actor: Actor, ids: Sequence[Identificatie]
) -> list[Gevonden]:
    treffers = uow.betrokkenen.find(actor.organisatie_id, _pseudoniemen(ctx, actor, ids))
    gevonden = []
    for treffer in treffers:
        signaal = uow.signalen.get(actor.organisatie_id, treffer.signaal_id)
        if signaal is not None:
            gevonden.append(Gevonden(treffer, signaal.referentie))
    return gevonden


def _audit(
    ctx: Context,
    uow: UnitOfWork,
    actor: Actor,
    actie: Handeling,
    onderwerp: tuple[str, str | None],
    reden: str,
    na: dict[str, Any],
) -> None:
    uow.gebeurtenissen.add(
        Gebeurtenis(
            tijdstip=ctx.clock.now(),
            actor=actor.label,
            actie=actie,
            onderwerp_type=onderwerp[0],
            onderwerp_id=onderwerp[1],
            organisatie_id=actor.organisatie_id,
            reden=reden,
            na=na,
        )
    )


def kinds_of(ids: Sequence[Identificatie]) -> list[str]:
    return sorted({soort.value for soort, _ in ids})


def find_subject(ctx: Context, actor: Actor, ids: Sequence[Identificatie]) -> list[Gevonden]:
    """The signals that concern the person; the search is recorded (kinds and a count)."""
    vereis(actor.rol, Actie.PRIVACY_BEHEREN)
    with ctx.uow() as uow:
        gevonden = signals_of(ctx, uow, actor, ids)
        _audit(
            ctx,
            uow,
            actor,
            Handeling.BETROKKENE_GEZOCHT,
            ("betrokkene", None),
            "verzoek van betrokkene (AVG art. 15/17)",
            {"soorten": kinds_of(ids), "signalen": len(gevonden)},
        )
        uow.commit()
    return gevonden


@dataclass
class Wissing:
    """What an erasure removed."""

    signalen: int = 0
    contactgegevens: int = 0
    originelen: int = 0
    berichten: int = 0
    koppelingen: int = 0
    melderkenmerken: int = 0
    per_signaal: dict[uuid.UUID, dict[str, int]] = field(default_factory=dict)


def _erase_one(uow: UnitOfWork, gevonden: Gevonden, pseudoniemen: list[str]) -> dict[str, int]:
    t = gevonden.treffer
    weg = {"contactgegevens": 0, "originelen": 0, "berichten": 0, "koppelingen": 0, "melder": 0}
    weg["originelen"] = uow.betrokkenen.delete_original(t.signaal_id)
    if t.eigen:  # their own signal: everything that points to a person goes
        if t.contact_id is not None:
            weg["contactgegevens"] = uow.betrokkenen.delete_contact(t.contact_id)
        weg["berichten"] = uow.betrokkenen.delete_messages(t.signaal_id)
        weg["koppelingen"] = uow.betrokkenen.unlink(t.signaal_id, None)
        weg["melder"] = uow.betrokkenen.forget_reporter(t.signaal_id)
    else:  # someone else's signal that mentions them: only their links go
        weg["koppelingen"] = uow.betrokkenen.unlink(t.signaal_id, pseudoniemen)
    return weg


def erase_subject(ctx: Context, actor: Actor, ids: Sequence[Identificatie]) -> Wissing:
    """Erase what links the person to signals, in one transaction, each step recorded."""
    vereis(actor.rol, Actie.PRIVACY_BEHEREN)
    pseudoniemen = _pseudoniemen(ctx, actor, ids)
    wissing = Wissing()
    with ctx.uow() as uow:
        for gevonden in signals_of(ctx, uow, actor, ids):
            weg = _erase_one(uow, gevonden, pseudoniemen)
            wissing.per_signaal[gevonden.treffer.signaal_id] = weg
            wissing.signalen += 1
            wissing.contactgegevens += weg["contactgegevens"]
            wissing.originelen += weg["originelen"]
            wissing.berichten += weg["berichten"]
            wissing.koppelingen += weg["koppelingen"]
            wissing.melderkenmerken += weg["melder"]
            _audit(
                ctx, uow, actor, Handeling.SIGNAAL_PERSOONSGEGEVENS_GEWIST,
                ("signaal", str(gevonden.treffer.signaal_id)),
                "verzoek van betrokkene (AVG art. 17)", weg,
            )  # fmt: skip
        _audit(
            ctx,
            uow,
            actor,
            Handeling.BETROKKENE_GEWIST,
            ("betrokkene", None),
            "verzoek van betrokkene (AVG art. 17)",
            {
                "soorten": kinds_of(ids),
                "signalen": wissing.signalen,
                "contactgegevens": wissing.contactgegevens,
                "originelen": wissing.originelen,
                "berichten": wissing.berichten,
                "koppelingen": wissing.koppelingen,
            },
        )
        uow.commit()
    return wissing
