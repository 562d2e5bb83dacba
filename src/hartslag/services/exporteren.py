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
from hartslag.domein.signaal import Signaal
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
    return {
        "id": str(s.id),
        "referentie": s.referentie,
        "organisatie": s.organisatie,
        "externeReferentie": s.externe_referentie,
        "ontvangenOp": s.ontvangen_op,
        "geregistreerdOp": s.geregistreerd_op,
        "brontype": s.brontype.value,
        "meldertype": s.meldertype.value,
        "kanaal": s.kanaal.value,
        "gevraagd": s.gevraagd,
        "polariteit": s.polariteit.value if s.polariteit else None,
        "impact": [{"domein": i.domein.value, "soort": i.soort.value} for i in s.impact],
        "bereik": s.bereik.value if s.bereik else None,
        "themas": list(s.themas),
        "levensgebeurtenis": s.levensgebeurtenis,
        "regelgeving": list(s.regelgeving),
        "titel": s.titel,
        "tekst": s.tekst,
        "status": s.status.value,
    }


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
