# SPDX-License-Identifier: EUPL-1.2
"""Small synthetic Dutch signals with known topics, for fast analysis tests."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta

from hartslag.analyse.pijplijn import Signaalgegevens

ONDERWERPEN = {
    "toeslag": (
        "terugvordering huurtoeslag",
        "toeslag moet terugbetalen",
        "inkomen gestegen",
        "Dienst Toeslagen vordert terug",
        "voorschot toeslag te hoog",
    ),
    "digid": (
        "kan niet inloggen met DigiD",
        "DigiD app werkt niet",
        "sms-code komt niet aan",
        "activeringscode DigiD verlopen",
        "inloggen mislukt op Mijn omgeving",
    ),
    "ww": (
        "WW-uitkering te laat betaald",
        "uitkering UWV niet ontvangen",
        "betaling WW vertraagd",
        "huur niet betalen door late uitkering",
        "UWV betaalt WW later uit",
    ),
    "afval": (
        "container niet geleegd",
        "grofvuil blijft staan",
        "afvalbak vol in de straat",
        "vuilniswagen kwam niet",
        "kliko niet opgehaald",
    ),
}
VULLING = (
    "Burger belt hierover.",
    "Graag actie.",
    "Dit is al de tweede keer.",
    "Mevrouw is boos.",
    "Meneer vraagt wat hij moet doen.",
    "Via de telefoon gemeld.",
    "",
)


def tekst(rng: random.Random, onderwerp: str) -> str:
    zinnen = rng.sample(ONDERWERPEN[onderwerp], 3)
    return f"{zinnen[0]}, {zinnen[1]} en {zinnen[2]}. {rng.choice(VULLING)}"


def signalen(
    per_onderwerp: int = 25,
    onderwerpen: tuple[str, ...] = ("toeslag", "digid", "ww", "afval"),
    seed: int = 1,
    start: datetime = datetime(2026, 1, 5, 9, tzinfo=UTC),
    dagen: int = 90,
    organisaties: tuple[str, ...] = ("UWV",),
) -> tuple[list[Signaalgegevens], list[str]]:
    result, labels = [], []
    for onderwerp in onderwerpen:
        # One stream per topic: more signals per topic extend the same list.
        rng = random.Random(f"{seed}-{onderwerp}")
        for _ in range(per_onderwerp):
            i = len(result)
            result.append(
                Signaalgegevens(
                    id=uuid.UUID(int=rng.getrandbits(128), version=4),
                    organisatie=rng.choice(organisaties),
                    ontvangen_op=start + timedelta(days=rng.randrange(dagen), minutes=i),
                    tekst=tekst(rng, onderwerp),
                    brontype="klacht",
                    kanaal=rng.choice(("telefoon", "email")),
                    themas=(onderwerp,),
                )
            )
            labels.append(onderwerp)
    return result, labels
