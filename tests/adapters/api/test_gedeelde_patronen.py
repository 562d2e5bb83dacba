# SPDX-License-Identifier: EUPL-1.2
"""Over HTTP: a partner organisation cannot rename, confirm or merge a network pattern
that holds another organisation's signals; the answer is a 403 problem and nothing is
stored."""

from __future__ import annotations

from datetime import date

import httpx

from hartslag.services import beheer, patronen
from hartslag.services.analyseren import run_analysis
from hartslag.services.context import Context
from tests.adapters.api.helpers import SIGNALEN, assert_problem
from tests.afspraken import agree_over_api
from tests.conftest import bearer
from tests.services.analysedata import actor, store

API = "/api/v1"


def test_a_partners_patch_or_merge_of_a_shared_pattern_is_a_403_and_stores_nothing(
    api: httpx.Client, ctx: Context, organisaties: dict[str, int], tokens: dict[str, str]
) -> None:
    uwv, gem = actor(organisaties, "UWV"), actor(organisaties, "GEM-UTR")
    toeslag = store(ctx, uwv, "toeslag", 14) + store(ctx, gem, "toeslag", 14)
    afval = store(ctx, gem, "afval", 20)
    run_analysis(ctx, "test", peildatum=date(2026, 3, 31))
    gedeeld = patronen.analysis_of(ctx, toeslag[:1])[toeslag[0]].patroon_id
    eigen = patronen.analysis_of(ctx, afval[:1])[afval[0]].patroon_id
    zonder = api.get(f"{API}/patronen/{gedeeld}", headers=bearer(tokens["ander"])).json()
    assert set(zonder["organisaties"]) == {"GEM-UTR"}  # no agreement: UWV's count hidden
    assert zonder["omvang"] == zonder["organisaties"]["GEM-UTR"]
    assert not zonder["organisatieoverstijgend"]
    agree_over_api(api, tokens["beheerder"], "GEM-UTR", themas=("toeslag",))
    voor = api.get(f"{API}/patronen/{gedeeld}", headers=bearer(tokens["ander"])).json()
    assert set(voor["organisaties"]) == {"UWV", "GEM-UTR"}
    historie = len(beheer.audit_trail(ctx, "GEM-UTR", None, 500))

    verzoeken = [
        ("PATCH", f"/patronen/{gedeeld}", {"titel": "Kattenoverlast", "bevestigd": True}),
        ("POST", f"/patronen/{eigen}/samenvoegingen", {"patronen": [str(gedeeld)]}),
        ("POST", f"/patronen/{gedeeld}/samenvoegingen", {"patronen": [str(eigen)]}),
        (
            "POST",
            f"/patronen/{gedeeld}/splitsingen",
            {"signalen": [str(toeslag[-1])], "titel": "Af"},
        ),
        ("PUT", f"{SIGNALEN[len(API) :]}/{afval[0]}/patroon", {"patroon": str(gedeeld)}),
    ]
    for methode, pad, body in verzoeken:
        r = api.request(methode, API + pad, json=body, headers=bearer(tokens["ander"]))
        assert_problem(r, 403, "geen-toegang")
        assert "andere organisaties" in r.json()["detail"]

    na = api.get(f"{API}/patronen/{gedeeld}", headers=bearer(tokens["ander"])).json()
    assert (na["titel"], na["status"], na["omvang"]) == (voor["titel"], "actief", voor["omvang"])
    assert na["titelHandmatig"] is False
    assert patronen.analysis_of(ctx, afval[:1])[afval[0]].patroon_id == eigen
    assert len(beheer.audit_trail(ctx, "GEM-UTR", None, 500)) == historie
