# SPDX-License-Identifier: EUPL-1.2
"""Use case: export an organisation's signals (filtered) for analysts' own tools.

What leaves holds no reporter identity: no melderId, no contact details.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from typing import Any

from hartslag.domein.actor import Actor
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.signaal import Signaal, samenvatting
from hartslag.domein.zoekfilter import SignaalFilter
from hartslag.services.context import Context

EXPORTKOLOMMEN = [
    "id",
    "referentie",
    "organisatie",
    "externeReferentie",
    "ontvangenOp",
    "geregistreerdOp",
    "brontype",
    "meldertype",
    "kanaal",
    "gevraagd",
    "polariteit",
    "impact",
    "bereik",
    "themas",
    "levensgebeurtenis",
    "regelgeving",
    "titel",
    "tekst",
    "status",
]

Schrijver = Callable[[Iterable[dict[str, Any]]], int]


def export_row(s: Signaal) -> dict[str, Any]:
    """The classification as the audit trail records it, plus the text and the times."""
    rij: dict[str, Any] = samenvatting(s)
    del rij["heeftContact"]
    rij.update(
        id=str(s.id),
        organisatie=s.organisatie,
        ontvangenOp=s.ontvangen_op,
        geregistreerdOp=s.geregistreerd_op,
        titel=s.titel,
        tekst=s.tekst,
    )
    return rij


def export_signalen(
    ctx: Context, actor: Actor, filter: SignaalFilter, schrijver: Schrijver, formaat: str
) -> int:
    """Stream every matching signal to ``schrijver``; the export is an audit record."""
    vereis(actor.rol, Actie.EXPORTEREN)
    with ctx.uow(schrijven=False) as uow:
        rijen: Iterator[dict[str, Any]] = (
            export_row(s) for s in uow.signalen.stream(actor.organisatie_id, filter)
        )
        aantal = schrijver(rijen)
    filters = {k: str(v) for k, v in asdict(filter).items() if v is not None}
    if "zoek" in filters:
        filters["zoek"] = "(vrije tekst, niet vastgelegd)"  # may name a person
    with ctx.uow() as uow:
        uow.gebeurtenissen.add(
            Gebeurtenis(
                tijdstip=ctx.clock.now(),
                actor=actor.label,
                actie=Handeling.EXPORT_GEMAAKT,
                onderwerp_type="export",
                organisatie_id=actor.organisatie_id,
                reden=f"export als {formaat}",
                na={"aantal": aantal, "filters": filters, "formaat": formaat},
            )
        )
        uow.commit()
    return aantal
