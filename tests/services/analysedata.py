# SPDX-License-Identifier: EUPL-1.2
"""Store small synthetic topic signals through the real intake, for analysis tests."""

from __future__ import annotations

import random
import uuid
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
) -> list[uuid.UUID]:
    rng = random.Random(f"{seed}-{onderwerp}-{wie.organisatie}")
    ids = []
    for i in range(aantal):
        invoer = SignaalInvoer(
            tekst=tekst(rng, onderwerp),
            brontype=Brontype.KLACHT,
            meldertype=Meldertype.BURGER,
            kanaal=rng.choice((Kanaal.TELEFOON, Kanaal.EMAIL)),
            ontvangen_op=start + timedelta(days=rng.randrange(dagen), minutes=i),
            themas=(onderwerp,) if themas else (),
            melder_id=melder,
        )
        ids.append(register_signaal(ctx, wie, invoer).signaal_id)
    return ids
