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

from stdnum import iban

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import OngeldigeInvoer
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.rechten import Actie, vereis
from hartslag.privacy import EntiteitType
from hartslag.services.bescherming import forget_in_reference
from hartslag.services.context import Context
from hartslag.services.poorten import UnitOfWork
from hartslag.services.privacypoorten import Treffer, Vermelding
from hartslag.services.pseudoniemen import (
    identifier_pseudoniem,
    melder_id_type,
    name_pseudoniemen,
)

Identificatie = tuple[EntiteitType, str]  # what the person gave: kind and value
_OPTIES = {
    EntiteitType.EMAIL: "--email",
    EntiteitType.TELEFOON: "--phone",
    EntiteitType.BSN: "--bsn",
    EntiteitType.IBAN: "--iban",
    EntiteitType.PERSOON: "--name",
}


def _valid(soort: EntiteitType, waarde: str) -> bool:
    if soort is EntiteitType.IBAN:
        return bool(iban.is_valid(waarde))
    if soort is EntiteitType.PERSOON:
        return sum(c.isalpha() for c in waarde) >= 2
    return melder_id_type(waarde) is soort


def identificaties(
    *,
    email: str | None = None,
    telefoon: str | None = None,
    bsn: str | None = None,
    iban: str | None = None,
    namen: Sequence[str] = (),
) -> list[Identificatie]:
    """The identifiers given, checked: at least one, each valid for its kind. A name finds
    the person where free text or a name field mentions them (give each way it is written:
    "De Boer", "Anna de Boer")."""
    gegeven = [
        (soort, waarde.strip())
        for soort, waarde in (
            (EntiteitType.EMAIL, email),
            (EntiteitType.TELEFOON, telefoon),
            (EntiteitType.BSN, bsn),
            (EntiteitType.IBAN, iban),
            *((EntiteitType.PERSOON, naam) for naam in namen),
        )
        if waarde and waarde.strip()
    ]
    if not gegeven:
        raise OngeldigeInvoer(
            "Geef een e-mailadres (--email), telefoonnummer (--phone), BSN (--bsn), IBAN "
            "(--iban) of naam (--name)."
        )
    for soort, waarde in gegeven:
        if not _valid(soort, waarde):
            raise OngeldigeInvoer(
                f"{_OPTIES[soort]}: dit is geen geldig {soort.value.lower()} (controleer de "
                "schrijfwijze; een BSN moet de 11-proef doorstaan)."
            )
    return gegeven


def _pseudoniemen(ctx: Context, actor: Actor, ids: Sequence[Identificatie]) -> list[str]:
    """The person's pseudonyms under every key the organisation's records may carry: its
    own (other free texts, and signals from before it joined a pseudonymisation domain) and
    its domain's (signals since)."""
    sleutel = ctx.pseudoniem_sleutel
    result: set[str] = set()
    for organisatie in {actor.organisatie, ctx.pseudoniemdomein(actor.organisatie)}:
        for soort, waarde in ids:
            if soort is EntiteitType.PERSOON:
                result.update(p for _, p in name_pseudoniemen(sleutel, organisatie, waarde))
            else:
                result.add(identifier_pseudoniem(sleutel, organisatie, soort, waarde))
    return sorted(result)


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


@dataclass(frozen=True)
class Zoekresultaat:
    """What concerns the person: signals, and other records whose free text mentions them."""

    signalen: list[Gevonden]
    vermeldingen: list[Vermelding]


def search(
    ctx: Context, uow: UnitOfWork, actor: Actor, ids: Sequence[Identificatie]
) -> Zoekresultaat:
    return Zoekresultaat(
        signals_of(ctx, uow, actor, ids),
        uow.vermeldingen.find(actor.organisatie_id, _pseudoniemen(ctx, actor, ids)),
    )


def find_subject(ctx: Context, actor: Actor, ids: Sequence[Identificatie]) -> Zoekresultaat:
    """The signals and other records that concern the person; the search is recorded
    (kinds and counts)."""
    vereis(actor.rol, Actie.PRIVACY_BEHEREN)
    with ctx.uow() as uow:
        gevonden = search(ctx, uow, actor, ids)
        _audit(
            ctx,
            uow,
            actor,
            Handeling.BETROKKENE_GEZOCHT,
            ("betrokkene", None),
            "verzoek van betrokkene (AVG art. 15/17)",
            {
                "soorten": kinds_of(ids),
                "signalen": len(gevonden.signalen),
                "vermeldingen": len(gevonden.vermeldingen),
            },
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
    vermeldingen: int = 0  # records whose free text mentioned them
    tekstkoppelingen: int = 0  # the pseudonym links of that free text
    per_signaal: dict[uuid.UUID, dict[str, int]] = field(default_factory=dict)


def _erase_one(uow: UnitOfWork, gevonden: Gevonden, pseudoniemen: list[str]) -> dict[str, int]:
    t = gevonden.treffer
    weg = {"contactgegevens": 0, "originelen": 0, "berichten": 0, "koppelingen": 0, "melder": 0}
    weg["originelen"] = uow.betrokkenen.delete_original(t.signaal_id)
    referentie = uow.betrokkenen.reference_of(t.signaal_id)
    if referentie and (nieuw := forget_in_reference(referentie, pseudoniemen)) != referentie:
        weg["referentie"] = uow.betrokkenen.set_reference(t.signaal_id, nieuw)
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
    """Erase what links the person to signals and to free text elsewhere, in one
    transaction, each step recorded. The texts and the audit trail are not edited: they
    hold placeholders, and without the links nothing ties those to the person."""
    vereis(actor.rol, Actie.PRIVACY_BEHEREN)
    pseudoniemen = _pseudoniemen(ctx, actor, ids)
    wissing = Wissing()
    with ctx.uow() as uow:
        wissing.vermeldingen = len(uow.vermeldingen.find(actor.organisatie_id, pseudoniemen))
        wissing.tekstkoppelingen = uow.vermeldingen.unlink(actor.organisatie_id, pseudoniemen)
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
                "vermeldingen": wissing.vermeldingen,
                "tekstkoppelingen": wissing.tekstkoppelingen,
            },
        )
        uow.commit()
    return wissing
