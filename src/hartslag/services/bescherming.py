# SPDX-License-Identifier: EUPL-1.2
"""Personal data separated from a signal at intake, for every channel (API, import).

The title and text are pseudonymised (`hartslag.privacy`); the keyed pseudonyms of what
was found, and of the e-mail address and phone number left for feedback, are kept as
links so that subject access and erasure find the signal; the reporter id becomes a
keyed pseudonym. The text as received survives only when the organisation keeps
originals, and then only to be sealed in the vault by the caller. Pure work on plain
data: it runs in the bulk import's worker processes.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from hartslag.domein.privacybeleid import Bron
from hartslag.domein.signaal import Contactgegevens, SignaalInvoer
from hartslag.privacy import EntiteitType, Entity, pseudonymise, pseudonymise_fields
from hartslag.services.privacypoorten import Koppeling
from hartslag.services.pseudoniemen import (
    identifier_pseudoniem,
    melder_pseudoniem,
    organisation_key,
)

TITEL_MAX = 300  # the column's length; placeholders make a title longer than typed
REFERENTIE_MAX = 200  # the column's length of externeReferentie


@dataclass(frozen=True)
class Origineel:
    """The title and text as received: personal data, for the vault only."""

    titel: str | None
    tekst: str


@dataclass(frozen=True)
class Beschermd:
    """What intake stores: the pseudonymised input and the pseudonyms that link it."""

    invoer: SignaalInvoer
    inhoudshash: str  # of the input as received, so a re-import is still recognised
    melder_pseudoniem: str | None
    koppelingen: tuple[Koppeling, ...]
    origineel: Origineel | None
    vervangen: dict[str, int]  # replaced pieces per entity type: for the audit trail


def _titel(titel: str) -> str:
    return titel if len(titel) <= TITEL_MAX else titel[: TITEL_MAX - 1].rstrip() + "…"


def _contact_links(sleutel: bytes, organisatie: str, contact: Contactgegevens) -> set[Koppeling]:
    links: set[Koppeling] = set()
    for soort, waarde in (
        (EntiteitType.EMAIL, contact.email),
        (EntiteitType.TELEFOON, contact.telefoon),
    ):
        if waarde:
            pseudoniem = identifier_pseudoniem(sleutel, organisatie, soort, waarde)
            links.add((soort.value, Bron.CONTACT.value, pseudoniem))
    return links


def _reference(waarde: str, organisatie: str, sleutel: bytes) -> tuple[str, list[Entity]]:
    """An external reference with its personal data replaced by keyed pseudonyms: the same
    reference always gives the same value (so duplicates and retries are still recognised),
    two references differ as they did, and the value means nothing outside the
    organisation. Too long with the pseudonyms in: one keyed pseudonym for all of it."""
    gevonden = pseudonymise(waarde, organisation=organisatie, key=sleutel)
    if not gevonden.entities:
        return waarde, []
    delen, begin = [], 0
    for e in gevonden.entities:
        delen += [waarde[begin : e.start], f"[{e.type.value}-{(e.pseudonym or '')[:12]}]"]
        begin = e.end
    resultaat = "".join(delen) + waarde[begin:]
    if len(resultaat) > REFERENTIE_MAX:
        digest = hmac.new(sleutel, waarde.encode(), hashlib.sha256).hexdigest()[:24]
        resultaat = f"[REFERENTIE-{digest}]"
    return resultaat, gevonden.entities


def forget_in_reference(referentie: str, pseudoniemen: Sequence[str]) -> str:
    """`referentie` with the keyed pseudonyms of one person replaced by random ones of the
    same shape: after erasure nothing in it leads back to them (and it stays unique)."""
    for pseudoniem in pseudoniemen:
        referentie = re.sub(
            rf"\[([A-Z]+)-{re.escape(pseudoniem[:12])}\]",
            lambda m: f"[{m.group(1)}-{secrets.token_hex(6)}]",
            referentie,
        )
    return referentie


def protected_reference(master_key: bytes, organisatie: str, waarde: str | None) -> str | None:
    """What is stored (and matched) for an external reference as received."""
    if not waarde:
        return waarde
    return _reference(waarde, organisatie, organisation_key(master_key, organisatie))[0]


def protect(
    invoer: SignaalInvoer,
    organisatie: str,
    master_key: bytes,
    *,
    bewaar_origineel: bool,
    domein: str | None = None,
) -> Beschermd:
    """`invoer` with its personal data replaced, and the links that replace it. The
    person's pseudonyms (reporter, text, contact details) are keyed under ``domein``, the
    organisation's pseudonymisation domain (its own code unless it shares one); the external
    reference stays the organisation's own."""
    domein = domein or organisatie
    velden = [invoer.titel, invoer.tekst] if invoer.titel else [invoer.tekst]
    sleutel = organisation_key(master_key, domein)
    teksten, entiteiten = pseudonymise_fields(velden, organisation=domein, key=sleutel)
    eigen = organisation_key(master_key, organisatie)
    referentie, in_referentie = _reference(invoer.externe_referentie or "", organisatie, eigen)
    entiteiten = entiteiten + in_referentie
    koppelingen = {(e.type.value, Bron.TEKST.value, e.pseudonym) for e in entiteiten if e.pseudonym}
    if invoer.contact is not None:
        koppelingen |= _contact_links(master_key, domein, invoer.contact)
    titel = _titel(teksten[0]) if invoer.titel else None
    referentie_of_niets = referentie or invoer.externe_referentie
    veranderd = (
        titel != invoer.titel
        or teksten[-1] != invoer.tekst
        or referentie_of_niets != invoer.externe_referentie
    )
    return Beschermd(
        invoer=replace(
            invoer, titel=titel, tekst=teksten[-1], externe_referentie=referentie_of_niets
        )
        if veranderd
        else invoer,
        inhoudshash=invoer.inhoudshash,
        melder_pseudoniem=melder_pseudoniem(master_key, domein, invoer.melder_id)
        if invoer.melder_id
        else None,
        koppelingen=tuple(sorted(koppelingen)),
        origineel=Origineel(invoer.titel, invoer.tekst) if bewaar_origineel else None,
        vervangen=dict(sorted(Counter(e.type.value for e in entiteiten).items()))
        if entiteiten
        else {},
    )
