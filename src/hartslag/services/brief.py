# SPDX-License-Identifier: EUPL-1.2
"""The bottleneck letter (knelpuntenbrief), as data: built from the dossier, with every
free text scrubbed of personal data. Adapters render it as HTML, PDF or DOCX."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from hartslag.domein.actor import Actor
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.rechten import Actie, vereis
from hartslag.services.context import Context
from hartslag.services.knelpunten import anonymise, figures, load, record


@dataclass(frozen=True)
class Brief:
    titel: str
    probleem: str
    knellend_mechanisme: str
    lagen: list[str]
    aantal_signalen: int
    organisaties: list[str]
    bereik: str
    per_maand: dict[str, int]
    casussen: list[tuple[str, str]]
    alternatieven: list[str]
    gevraagd_besluit: str
    datum: str
    agendering: str | None = None  # the agenda moment the letter is timed for


def build_letter(ctx: Context, actor: Actor, knelpunt_id: uuid.UUID, formaat: str) -> Brief:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow() as uow:
        k = load(ctx, uow, actor, knelpunt_id, wijzigen=False)
        c = figures(uow, k)
        moment = (
            uow.agenderingsmomenten.get(k.agenderingsmoment_id) if k.agenderingsmoment_id else None
        )
        record(
            ctx, uow, actor, Handeling.BRIEF_GEMAAKT, ("knelpunt", k.id), na={"formaat": formaat}
        )
        uow.commit()
    bereik = f"{c.aantal_signalen} signalen"
    if k.geschat_bereik:
        bereik += f"; naar schatting {k.geschat_bereik} mensen geraakt"
    if k.getroffen_groepen:
        bereik += f" ({', '.join(k.getroffen_groepen)})"
    return Brief(
        titel=anonymise(k.titel),
        probleem=anonymise(k.omschrijving),
        knellend_mechanisme=anonymise(k.knellend_mechanisme or "nog niet vastgesteld"),
        lagen=[laag.value for laag in k.lagen],
        aantal_signalen=c.aantal_signalen,
        organisaties=c.organisaties,
        bereik=anonymise(bereik),
        per_maand=c.per_maand,
        casussen=[(anonymise(x.titel), anonymise(x.verhaal)) for x in k.casussen[:3]],
        alternatieven=[anonymise(a) for a in k.alternatieven],
        gevraagd_besluit=anonymise(k.gevraagd_besluit or "nog te bepalen"),
        datum=f"{ctx.clock.now():%d-%m-%Y}",
        agendering=(
            f"{moment.naam} ({moment.datum:%d-%m-%Y}); indienen uiterlijk "
            f"{moment.indiendeadline:%d-%m-%Y}"
            if moment
            else None
        ),
    )
