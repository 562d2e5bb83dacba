# SPDX-License-Identifier: EUPL-1.2
"""The bottleneck letter: real PDF and DOCX files that open, hold the figures, and hold no
personal data."""

from __future__ import annotations

import io

import docx
import httpx
from pypdf import PdfReader

from tests.adapters.api.helpers import create
from tests.adapters.api.test_knelpunten import KNELPUNTEN, new_knelpunt
from tests.conftest import bearer

PERSOONLIJK = ("Jansen", "111222333", "jan.jansen@example.nl", "0612345678")


def dossier(api: httpx.Client, tokens: dict[str, str]) -> str:
    ids = [
        create(api, tokens["frontlinie"], ontvangenOp=f"2026-0{m}-05T10:00:00+00:00")["id"]
        for m in (1, 2, 2, 2)
    ]
    k = new_knelpunt(
        api,
        tokens["analist"],
        signaalIds=ids,
        geschatBereik=4200,
        getroffenGroepen=["werkzoekenden"],
        casussen=[
            {
                "titel": "Huur niet betaald",
                "verhaal": "Mevrouw Jansen (BSN 111222333, jan.jansen@example.nl, 0612345678) "
                "kon haar huur twee maanden niet betalen.",
            }
        ],
        alternatieven=["Automatische controle", "Voorschot bij vertraging"],
        gevraagdBesluit="Budget voor automatisering van de controle",
    )
    return str(k["id"])


def test_letter_pdf_opens_and_holds_the_figures_but_no_personal_data(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    r = api.get(
        f"{KNELPUNTEN}/{dossier(api, tokens)}/brief",
        params={"formaat": "pdf"},
        headers=bearer(tokens["manager"]),
    )
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    tekst = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(r.content)).pages)
    for verwacht in (
        "WW-uitkering komt te laat",
        "Aantal signalen: 4",
        "4200",
        "UWV",
        "Voorschot bij vertraging",
        "Budget voor automatisering",
    ):
        assert verwacht in tekst, verwacht
    assert not any(p in tekst for p in PERSOONLIJK)


def test_letter_docx_is_editable_and_holds_no_personal_data(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    r = api.get(
        f"{KNELPUNTEN}/{dossier(api, tokens)}/brief",
        params={"formaat": "docx"},
        headers=bearer(tokens["manager"]),
    )
    document = docx.Document(io.BytesIO(r.content))
    tekst = "\n".join(p.text for p in document.paragraphs)
    cellen = [[c.text for c in rij.cells] for rij in document.tables[0].rows]
    assert "Aantal signalen: 4" in tekst and "Huur niet betaald" in tekst
    assert cellen[1][:2] == ["2026-01", "1"] and cellen[2][:2] == ["2026-02", "3"]
    assert not any(p in tekst for p in PERSOONLIJK)


def test_letter_html_has_a_chart_of_signals_per_month(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    r = api.get(f"{KNELPUNTEN}/{dossier(api, tokens)}/brief", headers=bearer(tokens["analist"]))
    assert r.headers["content-type"].startswith("text/html")
    assert "<svg" in r.text and "2026-02: 3" in r.text and "Jansen" not in r.text
