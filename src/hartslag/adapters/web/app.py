# SPDX-License-Identifier: EUPL-1.2
"""The web application, mounted under ``/`` next to the API (``/api/v1``)."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from hartslag.adapters.web import fouten
from hartslag.adapters.web.importtaken import Importtaken
from hartslag.adapters.web.koppen import PaginaKoppen
from hartslag.adapters.web.opties import WebOpties
from hartslag.adapters.web.routes import (
    agenda,
    beheer,
    dossierwerk,
    duidingssessies,
    gedeeldeknelpunten,
    hartslag,
    importeren,
    inloggen,
    intake,
    knelpunt,
    knelpunten,
    melders,
    netwerk,
    patronen,
    patroonacties,
    publiek,
    sessiewerk,
    signalen,
    start,
    statisch,
)


def create_web(hoofd: FastAPI, opties: WebOpties) -> FastAPI:
    """The pages; ``hoofd`` is the application that holds the context (tests plug theirs)."""
    web = FastAPI(docs_url=None, redoc_url=None, openapi_url=None, redirect_slashes=False)
    web.state.hoofd = hoofd
    web.state.opties = opties
    web.state.importtaken = Importtaken()
    fouten.install(web)
    web.include_router(statisch.router)
    web.mount("/static", StaticFiles(directory=statisch.STATIC), name="static")
    for module in (inloggen, start, publiek, importeren, beheer, hartslag, patronen, patroonacties):
        web.include_router(module.router)
    # The quick intake before /signalen/{id}: "/signalen/nieuw" is not an id.
    for module in (intake, signalen, melders):
        web.include_router(module.router)
    # Bottleneck dossiers (partners' shared ones too), sensemaking sessions and the agenda.
    for module in (
        knelpunten,
        gedeeldeknelpunten,
        knelpunt,
        dossierwerk,
        duidingssessies,
        sessiewerk,
        agenda,
    ):
        web.include_router(module.router)
    # The network view and the exchange register.
    for module in (netwerk,):
        web.include_router(module.router)
    web.add_middleware(PaginaKoppen)
    return web
