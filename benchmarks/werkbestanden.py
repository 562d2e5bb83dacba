# SPDX-License-Identifier: EUPL-1.2
"""Synthetic import files for the benchmarks: realistic widths, reproducible."""

from __future__ import annotations

import csv
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype

ZINNEN = [
    "Klant belt ivm terugvordering van de zorgtoeslag na een inkomenswijziging.",
    "Mevrouw begrijpt de brief over de voorlopige aanslag niet en vraagt om uitleg.",
    "Inloggen met DigiD lukt niet, de sms-code komt niet aan op haar telefoon.",
    "Betalingsregeling is te kort, meneer kan de maandbedragen niet opbrengen.",
    "Bezwaar is zes weken geleden verstuurd maar er is nog geen ontvangstbevestiging.",
    "De WW-uitkering is later uitbetaald dan beloofd, de huur kon niet worden betaald.",
    "Student vraagt waarom de aflossing van de studieschuld hoger is geworden.",
    "Kostendelersnorm pakt ongunstig uit nu de zoon weer thuis woont.",
    "Wachttijd aan de telefoon was meer dan veertig minuten, daarna verbroken.",
    "Verhuizing is doorgegeven maar de post komt nog steeds op het oude adres.",
    "Compliment voor de medewerker aan de balie die goed heeft meegedacht.",
    "Vraag over de vergoeding kinderopvang bij wisselende uren van de opvang.",
]


def write_csv(path: Path, rows: int, *, seed: int = 7) -> Path:
    """``rows`` signals as a CSV in the default column names (camelCase)."""
    rng = random.Random(seed)
    begin = datetime(2025, 1, 1, tzinfo=UTC)
    brontypes, meldertypes, kanalen = list(Brontype), list(Meldertype), list(Kanaal)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(
            [
                "externeReferentie",
                "ontvangenOp",
                "brontype",
                "meldertype",
                "kanaal",
                "gevraagd",
                "themas",
                "tekst",
                "melderId",
            ]
        )
        for i in range(rows):
            tekst = " ".join(rng.sample(ZINNEN, rng.randint(2, 5)))
            w.writerow(
                [
                    f"BENCH-{i:07d}",
                    (begin + timedelta(minutes=rng.randint(0, 700_000))).isoformat(),
                    rng.choice(brontypes).value,
                    rng.choice(meldertypes).value,
                    rng.choice(kanalen).value,
                    "nee",
                    rng.choice(["toeslagen", "inkomen|schulden", "digid", "ww", ""]),
                    tekst,
                    f"KL{rng.randint(1, rows // 3 + 1):08d}" if rng.random() < 0.6 else "",
                ]
            )
    return path
