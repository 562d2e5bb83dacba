# SPDX-License-Identifier: EUPL-1.2
"""Changing a dossier: what it always has cannot be emptied, whichever channel asks."""

from __future__ import annotations

import pytest

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import OngeldigeInvoer
from hartslag.domein.vocabulaire import Rol
from hartslag.services import knelpunten
from hartslag.services.context import Context
from hartslag.services.knelpunten import NIET_LEEG, NieuwKnelpunt


@pytest.mark.parametrize("veld", sorted(NIET_LEEG))
def test_a_change_cannot_empty_what_a_dossier_always_has(
    ctx: Context, organisaties: dict[str, int], veld: str
) -> None:
    a = Actor(organisaties["UWV"], "UWV", Rol.BEHEERDER, "test")
    k = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("WW te laat", "Weken te laat"))
    with pytest.raises(OngeldigeInvoer) as fout:
        knelpunten.change_knelpunt(ctx, a, k.id, {veld: None, "gevraagd_besluit": "x"}, None)
    assert [v.veld for v in fout.value.velden] == [veld]
    (na,) = knelpunten.list_knelpunten(ctx, a)
    assert na.gevraagd_besluit is None and getattr(na, veld) == getattr(k, veld)
