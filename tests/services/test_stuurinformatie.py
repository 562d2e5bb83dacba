# SPDX-License-Identifier: EUPL-1.2
"""Signal volume per week by source type and channel, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import GeenToegang, OngeldigeInvoer
from hartslag.domein.signaal import SignaalInvoer
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Rol
from hartslag.services.context import Context
from hartslag.services.registratie import register_signaal
from hartslag.services.stuurinformatie import weekly_volume


def _signaal(ctx: Context, wie: Actor, op: datetime, kanaal: Kanaal, bron: Brontype) -> None:
    invoer = SignaalInvoer(
        tekst=f"Signaal van {op:%d-%m %H:%M} via {kanaal}.",
        brontype=bron,
        meldertype=Meldertype.BURGER,
        kanaal=kanaal,
        ontvangen_op=op,
    )
    register_signaal(ctx, wie, invoer)


def test_weekly_volume_counts_per_iso_week_and_value_up_to_this_week(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    uwv = Actor(organisaties["UWV"], "UWV", Rol.ANALIST, "a")
    gem = Actor(organisaties["GEM-UTR"], "GEM-UTR", Rol.ANALIST, "g")
    telefoon, email = Kanaal.TELEFOON, Kanaal.EMAIL
    _signaal(ctx, uwv, datetime(2026, 2, 22, 23, 30, tzinfo=UTC), telefoon, Brontype.KLACHT)
    _signaal(ctx, uwv, datetime(2026, 2, 23, 0, 15, tzinfo=UTC), telefoon, Brontype.KLACHT)
    _signaal(ctx, uwv, datetime(2026, 3, 2, 8, 0, tzinfo=UTC), telefoon, Brontype.VRAAG)
    _signaal(ctx, uwv, datetime(2026, 3, 1, 12, 0, tzinfo=UTC), email, Brontype.VRAAG)
    _signaal(ctx, uwv, datetime(2026, 2, 1, 12, 0, tzinfo=UTC), email, Brontype.VRAAG)  # too old
    _signaal(ctx, gem, datetime(2026, 3, 2, 8, 0, tzinfo=UTC), email, Brontype.KLACHT)  # other org
    v = weekly_volume(ctx, uwv, "kanaal", weken=3)  # the clock says Monday 2 March 2026
    assert v.weken == [date(2026, 2, 16), date(2026, 2, 23), date(2026, 3, 2)]
    assert v.per_waarde == {"telefoon": [1, 1, 1], "email": [0, 1, 0]}
    assert v.totalen == [1, 2, 1]
    bron = weekly_volume(ctx, uwv, "brontype", weken=3)
    assert list(bron.per_waarde) == ["klacht", "vraag"]  # equal totals: by name
    assert bron.per_waarde["klacht"] == [1, 1, 0] and bron.per_waarde["vraag"] == [0, 1, 1]


def test_weekly_volume_is_for_management_information_roles_and_sane_periods(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    frontlinie = Actor(organisaties["UWV"], "UWV", Rol.FRONTLINIE, "f")
    with pytest.raises(GeenToegang):
        weekly_volume(ctx, frontlinie, "kanaal")
    manager = Actor(organisaties["UWV"], "UWV", Rol.MANAGER, "m")
    leeg = weekly_volume(ctx, manager, "brontype", weken=13)
    assert len(leeg.weken) == 13 and leeg.per_waarde == {} and leeg.totalen == [0] * 13
    for fout in (0, 105):
        with pytest.raises(OngeldigeInvoer, match="1 tot en met 104"):
            weekly_volume(ctx, manager, "kanaal", weken=fout)
    with pytest.raises(OngeldigeInvoer, match="brontype of kanaal"):
        weekly_volume(ctx, manager, "meldertype", weken=4)  # type: ignore[arg-type]
