# SPDX-License-Identifier: EUPL-1.2
"""/import: upload a CSV, Excel or JSON Lines file, map its columns, follow the import and
read the per-row error report."""

from __future__ import annotations

import shutil
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, Response
from starlette.datastructures import UploadFile

from hartslag.adapters.bestanden import CANONICAL_COLUMNS, BestandFout, canonical_name, read_header
from hartslag.adapters.web.bezoek import Bezoek, IngelogdDep
from hartslag.adapters.web.importtaken import Importtaak, Importtaken, new_workspace
from hartslag.adapters.web.labels import N_
from hartslag.domein.rechten import Actie, vereis

router = APIRouter()
FORMATEN = (".csv", ".jsonl", ".xlsx")
MAX_BYTES = 512 * 1024 * 1024
GEEN_BESTAND = N_("Choose a CSV, Excel (.xlsx) or JSON Lines file to import.")
VERKEERD_FORMAAT = N_("Hartslag reads CSV (.csv), Excel (.xlsx) and JSON Lines (.jsonl) files.")
TE_GROOT = N_("The file is larger than 512 MB. Split it, or import it with `hartslag import`.")


def _taken(request: Request) -> Importtaken:
    taken: Importtaken = request.app.state.importtaken
    return taken


def _taak(bezoek: Bezoek, taak_id: str) -> Importtaak:
    vereis(bezoek.actor.rol, Actie.IMPORTEREN)
    taak = _taken(bezoek.request).get(taak_id, bezoek.actor.organisatie_id)
    if taak is None:
        raise HTTPException(404)
    return taak


@router.get("/import")
def import_page(bezoek: IngelogdDep) -> Response:
    vereis(bezoek.actor.rol, Actie.IMPORTEREN)
    return bezoek.render("import.html", fout=None)


@router.post("/import")
async def upload(bezoek: IngelogdDep) -> Response:
    vereis(bezoek.actor.rol, Actie.IMPORTEREN)
    if int(bezoek.request.headers.get("content-length") or 0) > MAX_BYTES:
        return bezoek.render("import.html", status=413, fout=bezoek.gettext(TE_GROOT))
    form = await bezoek.formulier()
    bestand = form.get("bestand")
    if not isinstance(bestand, UploadFile) or not bestand.filename:
        return bezoek.render("import.html", status=400, fout=bezoek.gettext(GEEN_BESTAND))
    naam = Path(bestand.filename).name
    if Path(naam).suffix.lower() not in FORMATEN:
        return bezoek.render("import.html", status=400, fout=bezoek.gettext(VERKEERD_FORMAAT))
    werkmap = new_workspace()
    doel = werkmap / ("upload" + Path(naam).suffix.lower())
    with doel.open("wb") as uit:
        shutil.copyfileobj(bestand.file, uit)
    try:
        kolommen = read_header(doel, grenzen=bezoek.opties.importgrenzen)
    except BestandFout as fout:
        shutil.rmtree(werkmap, ignore_errors=True)
        return bezoek.render("import.html", status=400, fout=fout.detail)
    taak = _taken(bezoek.request).add(
        bezoek.actor.organisatie_id, naam, werkmap, kolommen, bezoek.opties.importgrenzen
    )
    return bezoek.redirect(f"/import/{taak.id}")


@router.get("/import/{taak_id}")
def task_page(taak_id: str, bezoek: IngelogdDep) -> Response:
    taak = _taak(bezoek, taak_id)
    if taak.status == "koppelen":
        voorstel = [canonical_name(k) or "" for k in taak.kolommen]
        return bezoek.render(
            "import-koppelen.html",
            taak=taak,
            voorstel=voorstel,
            doelen=CANONICAL_COLUMNS,
            fout=None,
        )
    return bezoek.render("import-voortgang.html", taak=taak)


@router.get("/import/{taak_id}/voortgang")
def progress_fragment(taak_id: str, bezoek: IngelogdDep) -> Response:
    return bezoek.render("_import-stand.html", taak=_taak(bezoek, taak_id))


@router.post("/import/{taak_id}")
async def start_import(taak_id: str, bezoek: IngelogdDep) -> Response:
    taak = _taak(bezoek, taak_id)
    form = await bezoek.formulier()
    koppeling: dict[str, str] = {}
    negeren: set[str] = set()
    for index, kolom in enumerate(taak.kolommen):
        doel = str(form.get(f"kolom-{index}") or "")
        automatisch = canonical_name(kolom)
        if doel and doel in CANONICAL_COLUMNS:
            koppeling[kolom] = doel
        elif automatisch:
            negeren.add(automatisch)
    dubbel = [d for d in set(koppeling.values()) if list(koppeling.values()).count(d) > 1]
    if dubbel:
        voorstel = [str(form.get(f"kolom-{i}") or "") for i in range(len(taak.kolommen))]
        melding = bezoek.gettext(
            N_("Each Hartslag field can come from one column only: %(veld)s is chosen twice.")
        ) % {"veld": dubbel[0]}
        return bezoek.render(
            "import-koppelen.html",
            status=400,
            taak=taak,
            voorstel=voorstel,
            doelen=CANONICAL_COLUMNS,
            fout=melding,
        )
    _taken(bezoek.request).start(
        bezoek.ctx, bezoek.actor, taak, negeren - set(koppeling.values()), koppeling
    )
    return bezoek.redirect(f"/import/{taak.id}")


@router.get("/import/{taak_id}/fouten.csv")
def error_report(taak_id: str, bezoek: IngelogdDep) -> Response:
    taak = _taak(bezoek, taak_id)
    if not taak.rapport.exists():
        raise HTTPException(404)
    return FileResponse(
        taak.rapport,
        media_type="text/csv; charset=utf-8",
        filename=f"{Path(taak.bestandsnaam).stem}.fouten.csv",
    )


@router.get("/import/{taak_id}/statuscodes.csv")
def status_codes(taak_id: str, bezoek: IngelogdDep) -> Response:
    taak = _taak(bezoek, taak_id)
    if not taak.codes.exists():
        raise HTTPException(404)
    return FileResponse(
        taak.codes,
        media_type="text/csv; charset=utf-8",
        filename=f"{Path(taak.bestandsnaam).stem}.statuscodes.csv",
    )


@router.post("/import/{taak_id}/verwijderen")
async def discard(taak_id: str, bezoek: IngelogdDep) -> Response:
    taak = _taak(bezoek, taak_id)
    await bezoek.formulier()
    if taak.status != "bezig":
        _taken(bezoek.request).remove(taak)
    return bezoek.redirect("/import")
