# SPDX-License-Identifier: EUPL-1.2
"""The public text's workflow as a table, and its guards: pure and fast."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from hartslag.domein.fouten import Conflict, OngeldigeInvoer
from hartslag.domein.publicatie import (
    PUBLICATIE_OVERGANGEN,
    Publicatiestatus,
    PubliekeTekst,
    approve,
    edit,
    publish,
    withdraw,
)
from hartslag.domein.workflow import OngeldigeOvergang

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
P = Publicatiestatus


def tekst(**extra: object) -> PubliekeTekst:
    p = PubliekeTekst(
        uuid.uuid4(), uuid.uuid4(), "UWV", "WW te laat", "Het duurde lang", "Sneller", NOW, "a"
    )
    return replace(p, **extra)  # type: ignore[arg-type]


def _move(p: PubliekeTekst, naar: Publicatiestatus) -> PubliekeTekst:
    if naar == P.GOEDGEKEURD:
        return approve(p, door="b", now=NOW)
    if naar == P.GEPUBLICEERD:
        return publish(p, door="b", now=NOW, aantal_signalen=3, opgelost_op=NOW)
    if naar == P.INGETROKKEN:
        return withdraw(p, door="b", now=NOW)
    return edit(p, titel="t", jullie_zeiden="j", wij_deden="w", door="b", now=NOW)


@pytest.mark.parametrize(("van", "naar"), list(itertools.product(P, repeat=2)))
def test_every_pair_of_publication_statuses_is_allowed_or_refused(
    van: Publicatiestatus, naar: Publicatiestatus
) -> None:
    p = tekst(status=van)
    toegestaan = naar in PUBLICATIE_OVERGANGEN[van] or (naar == P.CONCEPT and van == P.CONCEPT)
    if toegestaan:
        assert _move(p, naar).status == naar
    else:
        with pytest.raises((OngeldigeOvergang, Conflict)):
            _move(p, naar)


def test_editing_an_approved_text_voids_the_approval() -> None:
    goed = approve(tekst(), door="chef", now=NOW)
    assert (goed.goedgekeurd_door, goed.goedgekeurd_op) == ("chef", NOW)
    weer = edit(goed, titel="Nieuw", jullie_zeiden="j", wij_deden="w", door="b", now=NOW)
    assert weer.status == P.CONCEPT and weer.goedgekeurd_door is None


def test_an_incomplete_text_is_not_approved() -> None:
    with pytest.raises(OngeldigeInvoer) as fout:
        approve(tekst(wij_deden=" ", titel=""), door="chef", now=NOW)
    assert {v.veld for v in fout.value.velden} == {"titel", "wijDeden"}


def test_publication_fixes_the_figures_shown() -> None:
    goed = approve(tekst(), door="c", now=NOW)
    p = publish(goed, door="d", now=NOW, aantal_signalen=7, opgelost_op=NOW)
    assert (p.aantal_signalen, p.opgelost_op, p.gepubliceerd_door) == (7, NOW, "d")
