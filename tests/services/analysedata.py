# SPDX-License-Identifier: EUPL-1.2
"""Store small synthetic topic signals through the real intake, for analysis tests."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from hartslag.domein.actor import Actor
from hartslag.domein.signaal import SignaalInvoer
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Rol
from hartslag.services.context import Context
from hartslag.services.registratie import register_signaal
from tests.analyse.synthetisch import tekst

START = datetime(2026, 1, 5, 9, tzinfo=UTC)


def actor(organisaties: dict[str, int], code: str, rol: Rol = Rol.ANALIST) -> Actor:
    return Actor(organisaties[code], code, rol, f"test:{code}")


def store(
    ctx: Context,
    wie: Actor,
    onderwerp: str,
    aantal: int,
    *,
    seed: int = 1,
    themas: bool = True,
    melder: str | None = None,
    dagen: int = 60,
    start: datetime = START,
    teksten: Sequence[str] = (),
) -> list[uuid.UUID]:
    """``aantal`` signals about ``onderwerp``; ``teksten`` gives their texts instead."""
    rng = random.Random(f"{seed}-{onderwerp}-{wie.organisatie}")
    ids = []
    for i in range(aantal):
        invoer = SignaalInvoer(
            tekst=teksten[i] if teksten else tekst(rng, onderwerp),
            brontype=Brontype.KLACHT,
            meldertype=Meldertype.BURGER,
            kanaal=rng.choice((Kanaal.TELEFOON, Kanaal.EMAIL)),
            ontvangen_op=start + timedelta(days=rng.randrange(dagen), minutes=i),
            themas=(onderwerp,) if themas else (),
            melder_id=melder,
        )
        ids.append(register_signaal(ctx, wie, invoer).signaal_id)
    return ids


# One reporter about one problem three times, in her own words each time.
HERHAALD_WW = (
    "Mijn WW-uitkering is te laat betaald, de huur kan ik niet betalen.",
    "Weer gebeld: de WW-uitkering is opnieuw te laat betaald door UWV.",
    "Voor de derde keer: WW-uitkering nog steeds te laat betaald, huur niet betaald.",
)


def store_repeats(ctx: Context, wie: Actor, melder: str) -> list[uuid.UUID]:
    """Three contacts of one reporter about a late WW payment, within 20 days."""
    return store(ctx, wie, "ww", 3, seed=7, melder=melder, dagen=20, teksten=HERHAALD_WW)
