# SPDX-License-Identifier: EUPL-1.2
"""Reasons in problems are Dutch by default and English when the caller asks for it
(``Accept-Language``); never the validation library's own English."""

from __future__ import annotations

import httpx

from hartslag.services.invoer import dutch_reasons
from hartslag.services.redenen import in_english, untranslated
from tests.adapters.api.helpers import SIGNALEN
from tests.conftest import bearer

TE_LANG = {"tekst": "x" * 20_001, "brontype": "klacht", "meldertype": "burger"}


def _reasons(api: httpx.Client, token: str, taal: str | None, **kwargs: object) -> httpx.Response:
    kop = {**bearer(token), **({"Accept-Language": taal} if taal else {})}
    kop |= kwargs.pop("headers", {})  # type: ignore[arg-type]
    return api.post(SIGNALEN, headers=kop, **kwargs)  # type: ignore[arg-type]


def test_validation_reasons_follow_the_callers_language(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    t = tokens["frontlinie"]
    nl = _reasons(api, t, None, json=TE_LANG)
    en = _reasons(api, t, "en-GB,en;q=0.9,nl;q=0.5", json=TE_LANG)
    assert nl.status_code == en.status_code == 400
    nl_redenen = {p["name"]: p["reason"] for p in nl.json()["invalidParams"]}
    en_redenen = {p["name"]: p["reason"] for p in en.json()["invalidParams"]}
    assert nl_redenen["kanaal"] == "verplicht veld ontbreekt"
    assert en_redenen["kanaal"] == "required field is missing"
    assert en_redenen["tekst"].startswith("too long (at most")
    assert nl.json()["title"] == "Ongeldige invoer" and en.json()["title"] == "Invalid input"
    assert en.headers["content-language"] == "en"
    # Dutch first, or a language we do not have: Dutch
    for taal in ("nl-NL,en;q=0.8", "fr-FR"):
        assert _reasons(api, t, taal, json=TE_LANG).json()["title"] == "Ongeldige invoer"

    kapot = _reasons(api, t, "en", content="{\n  \"tekst\": 1,,\n}",
                     headers={"Content-Type": "application/json"})  # fmt: skip
    reden = kapot.json()["invalidParams"][0]["reason"]
    assert reden.startswith("invalid JSON at line 2, column") and "expected" in reden


def test_every_dutch_reason_has_an_english_one() -> None:
    assert untranslated() == set()
    for nederlands in dutch_reasons().values():
        assert in_english(nederlands) != nederlands
