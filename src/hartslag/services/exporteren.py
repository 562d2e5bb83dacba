# SPDX-License-Identifier: EUPL-1.2
"""Use case: export an organisation's signals (filtered) for analysts' own tools.

What leaves holds no reporter identity: no melderId, no contact details.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from itertools import islice
from typing import Any

from hartslag.domein.actor import Actor
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.signaal import Signaal, samenvatting
from hartslag.domein.zoekfilter import SignaalFilter
from hartslag.services.context import Context
from hartslag.services.poorten import SignaalAnalyse, UnitOfWork

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
    "patroon",
    "herhaalcontact",
]

Schrijver = Callable[[Iterable[dict[str, Any]]], int]


def _with_analysis(uow: UnitOfWork, signalen: Iterator[Signaal]) -> Iterator[dict[str, Any]]:
    """Rows with each signal's pattern and repeat-contact flag, looked up per batch."""
    while deel := list(islice(signalen, 1000)):
        analyse = uow.analyses.for_signals([s.id for s in deel])
        for s in deel:
            yield export_row(s, analyse.get(s.id))


def export_row(s: Signaal, analyse: SignaalAnalyse | None = None) -> dict[str, Any]:
    """The classification as the audit trail records it, plus the text and the times, the
    pattern the analysis placed it in and whether it is a repeat contact."""
    rij: dict[str, Any] = samenvatting(s)
    del rij["heeftContact"]
    rij.update(
        id=str(s.id),
        organisatie=s.organisatie,
        ontvangenOp=s.ontvangen_op,
        geregistreerdOp=s.geregistreerd_op,
        titel=s.titel,
        tekst=s.tekst,
        patroon=str(analyse.patroon_id) if analyse and analyse.patroon_id else None,
        herhaalcontact=bool(analyse and analyse.herhaalcontact),
    )
    return rij


def export_signalen(
    ctx: Context, actor: Actor, filter: SignaalFilter, schrijver: Schrijver, formaat: str
) -> int:
    """Stream every matching signal to ``schrijver``; the export is an audit record."""
    vereis(actor.rol, Actie.EXPORTEREN)
    with ctx.uow(schrijven=False) as uow:
        rijen = _with_analysis(uow, uow.signalen.stream(actor.organisatie_id, filter))
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
