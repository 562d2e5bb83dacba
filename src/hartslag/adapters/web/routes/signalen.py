# SPDX-License-Identifier: EUPL-1.2
"""/signalen (search, filters, sortable columns, paging; a GET form, so a search can be
bookmarked) and /signalen/{id} (classification, pattern, repeat contacts, history; the
original text for the roles that may, each view recorded; changing classification and
status with the API's rules)."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response

from hartslag.adapters.web import historie, signaalwijziging
from hartslag.adapters.web import zoekopdracht as zo
from hartslag.adapters.web.bezoek import Bezoek, IngelogdDep
from hartslag.domein.fouten import Conflict, NietGevonden, OngeldigeInvoer
from hartslag.domein.rechten import Actie
from hartslag.domein.signaal import Signaal
from hartslag.domein.vocabulaire import Bereik, Impactdomein, Polariteit, Signaalstatus
from hartslag.domein.workflow import TOEGESTANE_OVERGANGEN
from hartslag.services import originelen, patronen, signaalbeheer

router = APIRouter()


@router.get("/signalen")
def search(bezoek: IngelogdDep) -> Response:
    params = bezoek.request.query_params
    z = zo.read(params)
    if not z.fouten and any(not waarde for waarde in params.values()):
        # The form sends its empty fields too: keep the bookmarkable address short.
        return bezoek.redirect(z.url())
    signalen: list[Signaal] = []
    totaal, analyse = 0, {}
    if not z.fouten:
        signalen, totaal = signaalbeheer.list_signalen(
            bezoek.ctx, bezoek.actor, z.filter, z.pagina, z.sortering
        )
        analyse = patronen.analysis_of(bezoek.ctx, [s.id for s in signalen])
    paginas = max(1, -(-totaal // z.pagina.grootte))
    return bezoek.render(
        "signalen.html",
        status=400 if z.fouten else 200,
        z=z,
        fouten={veld: bezoek.gettext(m) for veld, m in z.fouten.items()},
        signalen=signalen,
        analyse=analyse,
        totaal=totaal,
        paginas=paginas,
        keuzes=zo.KEUZES,
    )


def _detail(
    bezoek: Bezoek,
    signaal_id: uuid.UUID,
    *,
    status: int = 200,
    wijziging: signaalwijziging.Wijziging | None = None,
    **extra: Any,
) -> Response:
    ctx, actor = bezoek.ctx, bezoek.actor
    s = signaalbeheer.get_signaal(ctx, actor, signaal_id)
    regels = (
        [historie.describe(g, bezoek.gettext) for g in signaalbeheer.historie(ctx, actor, s.id)]
        if bezoek.mag(Actie.HISTORIE_LEZEN)
        else None
    )
    fouten = wijziging.fouten if wijziging else {}
    extra.setdefault("origineel", None)
    extra.setdefault("origineel_fout", None)
    extra.setdefault("doel", "")
    return bezoek.render(
        "signaal.html",
        status=status,
        signaal=s,
        analyse=patronen.analysis_of(ctx, [s.id]).get(s.id),
        herhaal=signaalbeheer.repeat_contacts(ctx, actor, s.id),
        historie=regels,
        overgangen=[n for n in Signaalstatus if n in TOEGESTANE_OVERGANGEN[s.status]],
        waarden=wijziging.waarden if wijziging else signaalwijziging.current_values(s),
        fouten={veld: bezoek.gettext(m) for veld, m in fouten.items()},
        gewijzigd=bezoek.request.query_params.get("gewijzigd") == "1",
        keuzes={"polariteit": Polariteit, "bereik": Bereik, "impact": Impactdomein},
        **extra,
    )


@router.get("/signalen/{signaal_id}")
def detail(signaal_id: uuid.UUID, bezoek: IngelogdDep) -> Response:
    return _detail(bezoek, signaal_id)


@router.post("/signalen/{signaal_id}")
async def change(signaal_id: uuid.UUID, bezoek: IngelogdDep) -> Response:
    """Change classification or status. The page offers it only to roles that may, and
    only the allowed transitions; the service refuses anything else all the same."""
    form = await bezoek.formulier()
    s = signaalbeheer.get_signaal(bezoek.ctx, bezoek.actor, signaal_id)
    w = signaalwijziging.read(form, s)
    if w.fouten:
        return _detail(bezoek, signaal_id, status=400, wijziging=w)
    try:
        signaalbeheer.change_signaal(bezoek.ctx, bezoek.actor, s.id, w.wijzigingen, w.reden)
    except (OngeldigeInvoer, Conflict) as fout:
        w.fouten["formulier"] = fout.detail
        return _detail(bezoek, signaal_id, status=fout.status, wijziging=w)
    return bezoek.redirect(f"/signalen/{s.id}?gewijzigd=1#wijzigen")


@router.post("/signalen/{signaal_id}/origineel")
async def original(signaal_id: uuid.UUID, bezoek: IngelogdDep) -> Response:
    """The text as received, for a stated purpose; the service records every view."""
    form = await bezoek.formulier()
    doel = str(form.get("doel") or "")
    signaalbeheer.get_signaal(bezoek.ctx, bezoek.actor, signaal_id)  # 404 before anything
    try:
        tekst = originelen.read_origineel(bezoek.ctx, bezoek.actor, signaal_id, doel)
    except (OngeldigeInvoer, NietGevonden) as fout:
        status = 400 if isinstance(fout, OngeldigeInvoer) else 404
        return _detail(bezoek, signaal_id, status=status, origineel_fout=fout.detail, doel=doel)
    response = _detail(bezoek, signaal_id, origineel=tekst, doel=doel)
    response.headers["Cache-Control"] = "no-store"
    return response
