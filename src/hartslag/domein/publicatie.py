# SPDX-License-Identifier: EUPL-1.2
"""Editorial control over the public "jullie zeiden, wij deden" page: a public text
(publieke tekst) per bottleneck and organisation, written, approved and published by
that organisation. The page shows only published texts, exactly as they were approved:
a later edit of the dossier, by anyone, does not change them.

concept → goedgekeurd → gepubliceerd → ingetrokken; a text that is approved or withdrawn
goes back to concept when it is edited, a published one is withdrawn first. Pure."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from hartslag.domein.fouten import Conflict, OngeldigeInvoer, VeldFout
from hartslag.domein.workflow import OngeldigeOvergang

TITEL_MAX = 300
TEKST_MAX = 4000


class Publicatiestatus(StrEnum):
    CONCEPT = "concept"
    GOEDGEKEURD = "goedgekeurd"
    GEPUBLICEERD = "gepubliceerd"
    INGETROKKEN = "ingetrokken"


PUBLICATIE_OVERGANGEN: dict[Publicatiestatus, frozenset[Publicatiestatus]] = {
    Publicatiestatus.CONCEPT: frozenset({Publicatiestatus.GOEDGEKEURD}),
    Publicatiestatus.GOEDGEKEURD: frozenset(
        {Publicatiestatus.GEPUBLICEERD, Publicatiestatus.CONCEPT}
    ),
    Publicatiestatus.GEPUBLICEERD: frozenset({Publicatiestatus.INGETROKKEN}),
    Publicatiestatus.INGETROKKEN: frozenset({Publicatiestatus.CONCEPT}),
}


class NietOpgelost(Conflict):
    code = "knelpunt-niet-opgelost"
    titel = "Alleen een opgelost knelpunt komt op de openbare pagina"


class EigenaarPubliceertEerst(Conflict):
    code = "eigenaar-publiceert-eerst"
    titel = "De eigenaar van het knelpunt publiceert eerst"


@dataclass(frozen=True)
class PubliekeTekst:
    id: uuid.UUID
    knelpunt_id: uuid.UUID
    organisatie: str
    titel: str
    jullie_zeiden: str
    wij_deden: str
    aangemaakt_op: datetime
    aangemaakt_door: str
    status: Publicatiestatus = Publicatiestatus.CONCEPT
    gewijzigd_op: datetime | None = None
    gewijzigd_door: str | None = None
    goedgekeurd_op: datetime | None = None
    goedgekeurd_door: str | None = None
    gepubliceerd_op: datetime | None = None
    gepubliceerd_door: str | None = None
    ingetrokken_op: datetime | None = None
    ingetrokken_door: str | None = None
    # Fixed at publication: what the page shows does not move with the dossier.
    aantal_signalen: int | None = None
    opgelost_op: datetime | None = None


def _check(p: PubliekeTekst, naar: Publicatiestatus) -> None:
    if naar not in PUBLICATIE_OVERGANGEN[p.status]:
        mogelijk = ", ".join(sorted(PUBLICATIE_OVERGANGEN[p.status])) or "geen"
        raise OngeldigeOvergang(
            f"Een publieke tekst met status '{p.status}' kan niet naar '{naar}'. "
            f"Mogelijk: {mogelijk}."
        )


def check_texts(titel: str, jullie_zeiden: str, wij_deden: str) -> None:
    """Every part of a text to approve is there and fits."""
    velden = [
        VeldFout(naam, "verplicht: schrijf het in gewone taal")
        for naam, waarde in (
            ("titel", titel),
            ("jullieZeiden", jullie_zeiden),
            ("wijDeden", wij_deden),
        )
        if not waarde.strip()
    ]
    if len(titel) > TITEL_MAX:
        velden.append(VeldFout("titel", f"hoogstens {TITEL_MAX} tekens"))
    velden += [
        VeldFout(naam, f"hoogstens {TEKST_MAX} tekens")
        for naam, waarde in (("jullieZeiden", jullie_zeiden), ("wijDeden", wij_deden))
        if len(waarde) > TEKST_MAX
    ]
    if velden:
        raise OngeldigeInvoer(
            "De publieke tekst is niet compleet: " + ", ".join(v.veld for v in velden) + ".",
            velden=velden,
        )


def edit(
    p: PubliekeTekst, *, titel: str, jullie_zeiden: str, wij_deden: str, door: str, now: datetime
) -> PubliekeTekst:
    if p.status == Publicatiestatus.GEPUBLICEERD:
        raise Conflict(
            "Deze tekst staat op de openbare pagina; trek hem eerst in (intrekking) en "
            "laat de nieuwe versie opnieuw goedkeuren."
        )
    return replace(
        p,
        titel=titel,
        jullie_zeiden=jullie_zeiden,
        wij_deden=wij_deden,
        status=Publicatiestatus.CONCEPT,
        gewijzigd_op=now,
        gewijzigd_door=door,
        goedgekeurd_op=None,
        goedgekeurd_door=None,
    )


def approve(p: PubliekeTekst, *, door: str, now: datetime) -> PubliekeTekst:
    _check(p, Publicatiestatus.GOEDGEKEURD)
    check_texts(p.titel, p.jullie_zeiden, p.wij_deden)
    return replace(
        p, status=Publicatiestatus.GOEDGEKEURD, goedgekeurd_op=now, goedgekeurd_door=door
    )


def publish(
    p: PubliekeTekst, *, door: str, now: datetime, aantal_signalen: int, opgelost_op: datetime
) -> PubliekeTekst:
    _check(p, Publicatiestatus.GEPUBLICEERD)
    return replace(
        p,
        status=Publicatiestatus.GEPUBLICEERD,
        gepubliceerd_op=now,
        gepubliceerd_door=door,
        ingetrokken_op=None,
        ingetrokken_door=None,
        aantal_signalen=aantal_signalen,
        opgelost_op=opgelost_op,
    )


def withdraw(p: PubliekeTekst, *, door: str, now: datetime) -> PubliekeTekst:
    _check(p, Publicatiestatus.INGETROKKEN)
    return replace(
        p, status=Publicatiestatus.INGETROKKEN, ingetrokken_op=now, ingetrokken_door=door
    )
