# SPDX-License-Identifier: EUPL-1.2
"""Test helper: local agreements between organisations of one installation (what one
organisation shows another of its counts, patterns and dossiers)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx

from hartslag.domein.uitwisseling import Deelafspraak, Gebeurtenistype, Richting
from hartslag.services import beheer, uitwisselingbeheer
from hartslag.services.context import Context

ALLES = frozenset(
    {
        Gebeurtenistype.SIGNAAL_GEDEELD,
        Gebeurtenistype.PATROON_GEDEELD,
        Gebeurtenistype.KNELPUNT_GEDEELD,
    }
)


def record_agreement(
    ctx: Context,
    gever: str,
    ontvanger: str,
    *,
    typen: Iterable[Gebeurtenistype] = ALLES,
    themas: Iterable[str] = ("*",),
    code: str = "TEST-LOKAAL",
) -> Deelafspraak:
    """``gever`` lets ``ontvanger`` see what ``typen`` and ``themas`` cover, from now."""
    return uitwisselingbeheer.add_afspraak(
        ctx,
        beheer.get_organisatie_id(ctx, gever),
        "test",
        code=code,
        partner=ontvanger,
        richting=Richting.UITGAAND,
        gebeurtenistypen=frozenset(typen),
        themas=frozenset(themas),
        velden=frozenset(),
        grondslag="Convenant signalen (test)",
        doel="Patronen over organisaties heen",
        geldig_vanaf=ctx.clock.now(),
        geldig_tot=None,
    )


def record_mutual(ctx: Context, *codes: str) -> None:
    """Every organisation of ``codes`` shows every other everything (once: a pair that
    has the agreement already is left alone)."""
    for gever in codes:
        with ctx.uow(schrijven=False) as uow:
            al = {a.partner for a in uow.partners.afspraken(beheer.get_organisatie_id(ctx, gever))}
        for ontvanger in codes:
            if gever != ontvanger and ontvanger not in al:
                record_agreement(ctx, gever, ontvanger)


def agree_over_api(
    api: httpx.Client,
    token: str,
    partner: str,
    *,
    typen: Iterable[str] = ("knelpunt-gedeeld", "patroon-gedeeld", "signaal-gedeeld"),
    themas: Iterable[str] = ("*",),
    code: str = "TEST-LOKAAL",
) -> dict[str, Any]:
    """The same through the API, as the giving organisation's administrator."""
    r = api.post(
        "/api/v1/deelafspraken",
        json={
            "code": code,
            "partner": partner,
            "richting": "uitgaand",
            "gebeurtenistypen": [f"nl.overheid.signalen.{t}" for t in typen],
            "themas": list(themas),
            "velden": [],
            "grondslag": "Convenant signalen (test)",
            "doel": "Patronen over organisaties heen",
            "geldigVanaf": "2026-01-01T00:00:00Z",
        },
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    assert body["lokaal"] is True
    return body
