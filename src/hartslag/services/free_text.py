# SPDX-License-Identifier: EUPL-1.2
"""Free text a person types about a record, pseudonymised like a signal's text, with its
pseudonym links: the one path for every reason, rationale, action, conclusion, case,
feedback text, title and note, whichever entry point (API, command line, web form) it
came through.

Call it inside the use case's transaction, before the text goes anywhere: into the record,
its audit record (``gebeurtenis``), a notification or an e-mail. What it returns is what
may be stored. What it found is linked to the record as keyed pseudonyms (table
``tekst_pseudoniem``, the counterpart of ``signaal_pseudoniem``), so that ``hartslag
subject find|export|erase`` reach the text without anyone reading it. Erasure removes
those links; the text, and the audit trail that repeats it, keep their placeholders.

Text drawn from a stored signal is pseudonymised already and has its links on the signal:
do not pass it again (a second pass would number its placeholders anew).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from hartslag.domein.actor import Actor
from hartslag.privacy import EntiteitType, pseudonymise_each
from hartslag.services.context import Context
from hartslag.services.poorten import UnitOfWork
from hartslag.services.privacypoorten import Tekstkoppeling
from hartslag.services.pseudoniemen import (
    found_in_name,
    identifier_pseudoniem,
    organisation_key,
)

Onderwerp = tuple[str, uuid.UUID | str]  # what the text is about, as in the audit trail
Tekstwaarde = str | tuple[str, ...] | None
NAAM_AANDUIDING = "[PERSOON-1]"


def fit(tekst: str, lengte: int) -> str:
    """`tekst` shortened to a column's length: placeholders make a text longer than typed."""
    return tekst if len(tekst) <= lengte else tekst[: lengte - 1].rstrip() + "…"


def _link(
    uow: UnitOfWork, actor: Actor, onderwerp: Onderwerp, koppelingen: list[Tekstkoppeling]
) -> None:
    uow.vermeldingen.add(actor.organisatie_id, (onderwerp[0], str(onderwerp[1])), koppelingen)


def protect_free_texts(
    ctx: Context,
    uow: UnitOfWork,
    actor: Actor,
    onderwerp: Onderwerp,
    velden: Sequence[tuple[str, str]],
) -> list[str]:
    """Several texts about one record, as (field name, text) pairs, pseudonymised with one
    numbering ("[PERSOON-1]" is the same person in each); their links are stored under the
    actor's organisation. Returns the texts in the same order."""
    if not velden:
        return []
    resultaten = pseudonymise_each(
        [tekst for _, tekst in velden],
        organisation=actor.organisatie,
        key=organisation_key(ctx.pseudoniem_sleutel, actor.organisatie),
    )
    koppelingen = [
        (veld, e.type.value, e.pseudonym)
        for (veld, _), r in zip(velden, resultaten, strict=True)
        for e in r.entities
        if e.pseudonym
    ]
    _link(uow, actor, onderwerp, koppelingen)
    return [r.text for r in resultaten]


def protect_free_text(
    ctx: Context,
    uow: UnitOfWork,
    actor: Actor,
    onderwerp: Onderwerp,
    veld: str,
    tekst: str | None,
    *,
    lengte: int | None = None,
) -> str | None:
    """One text about a record (a reason, a title, a note); None and blank stay as given.
    `lengte`: the most characters the stored text may have."""
    if tekst is None or not tekst.strip():
        return tekst
    (schoon,) = protect_free_texts(ctx, uow, actor, onderwerp, [(veld, tekst)])
    return fit(schoon, lengte) if lengte else schoon


def protect_fields(
    ctx: Context,
    uow: UnitOfWork,
    actor: Actor,
    onderwerp: Onderwerp,
    velden: Mapping[str, Tekstwaarde],
) -> dict[str, Tekstwaarde]:
    """A record's text fields in one go: per field name a text, a tuple of texts (a list
    such as alternatives) or None. Returns the same shape, pseudonymised."""
    paren: list[tuple[str, str]] = []
    for naam, waarde in velden.items():
        if isinstance(waarde, str):
            paren.append((naam, waarde))
        elif waarde is not None:
            paren.extend((naam, w) for w in waarde)
    teksten = iter(protect_free_texts(ctx, uow, actor, onderwerp, paren))
    result: dict[str, Tekstwaarde] = {}
    for naam, waarde in velden.items():
        if isinstance(waarde, str):
            result[naam] = next(teksten)
        elif waarde is not None:
            result[naam] = tuple(next(teksten) for _ in waarde)
        else:
            result[naam] = None
    return result


def protect_person_name(
    ctx: Context,
    uow: UnitOfWork,
    actor: Actor,
    onderwerp: Onderwerp,
    veld: str,
    naam: str | None,
) -> str | None:
    """A field that holds a citizen's name as such (an expert by experience taking part in
    a session), not a sentence: the whole value is replaced by a placeholder. It is linked
    by the pseudonyms of what detection finds in it, and, when that is no name, by the
    pseudonym of the whole value as a name: pseudonyms a subject search by name computes
    too (`name_pseudoniemen`)."""
    if naam is None or not naam.strip():
        return naam
    sleutel, organisatie = ctx.pseudoniem_sleutel, actor.organisatie
    paren = found_in_name(sleutel, organisatie, naam)
    if all(soort != EntiteitType.PERSOON for soort, _ in paren):
        geheel = identifier_pseudoniem(sleutel, organisatie, EntiteitType.PERSOON, naam)
        paren.append((EntiteitType.PERSOON.value, geheel))
    _link(uow, actor, onderwerp, [(veld, soort, pseudoniem) for soort, pseudoniem in paren])
    return NAAM_AANDUIDING
