# SPDX-License-Identifier: EUPL-1.2
"""The bottleneck workflow table, its guards, ownership and escalation: pure and fast."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from hartslag.domein.fouten import GeenToegang, HartslagFout, OngeldigeInvoer
from hartslag.domein.knelpunt import (
    Eigenaar,
    EigenaarVereist,
    Knelpunt,
    Knelpuntstatus,
    accept_owner,
    has_no_owner,
    propose_owner,
)
from hartslag.domein.knelpuntworkflow import (
    TOEGESTANE_OVERGANGEN,
    WIE_MAG,
    next_steps,
    transition,
)
from hartslag.domein.opschaling import default_route, next_level
from hartslag.domein.vocabulaire import Rol
from hartslag.domein.workflow import OngeldigeOvergang

NOW = datetime(2026, 3, 2, tzinfo=UTC)
UWV = Eigenaar("UWV", team="Team WW")


def knelpunt(**extra: object) -> Knelpunt:
    k = Knelpunt(uuid.uuid4(), "UWV", "WW te laat", "Uitkering komt te laat", NOW, "a@UWV", NOW)
    return replace(k, **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize(("van", "naar"), list(itertools.product(Knelpuntstatus, repeat=2)))
def test_every_pair_of_statuses_is_allowed_or_refused_by_the_table(
    van: Knelpuntstatus, naar: Knelpuntstatus
) -> None:
    k = knelpunt(status=van, eigenaar=UWV)
    ander = uuid.uuid4()
    if naar in TOEGESTANE_OVERGANGEN[van]:
        nieuw = transition(
            k, naar, rol=Rol.BEHEERDER, reden="omdat", now=NOW, samengevoegd_in=ander
        )
        assert nieuw.status == naar
    else:
        with pytest.raises(OngeldigeOvergang):
            transition(k, naar, rol=Rol.BEHEERDER, reden="omdat", now=NOW, samengevoegd_in=ander)


@pytest.mark.parametrize(
    ("van", "rol", "eigenaar"),
    list(itertools.product(Knelpuntstatus, Rol, (None, UWV))),
)
def test_next_steps_offers_exactly_the_transitions_that_succeed(
    van: Knelpuntstatus, rol: Rol, eigenaar: Eigenaar | None
) -> None:
    k = knelpunt(status=van, eigenaar=eigenaar)
    slagen = []
    for naar in Knelpuntstatus:
        try:
            transition(k, naar, rol=rol, reden="omdat", now=NOW, samengevoegd_in=uuid.uuid4())
        except HartslagFout:
            continue
        slagen.append(naar)
    assert next_steps(k, rol) == slagen


def test_next_steps_follow_the_workflow_order_and_wait_for_an_owner() -> None:
    k = knelpunt(status=Knelpuntstatus.IN_ANALYSE)
    assert next_steps(k, Rol.MANAGER) == [
        Knelpuntstatus.NIEUW,
        Knelpuntstatus.GEAGENDEERD,
        Knelpuntstatus.NIET_OPGELOST,
        Knelpuntstatus.SAMENGEVOEGD,
    ]
    assert Knelpuntstatus.IN_BEHANDELING in next_steps(replace(k, eigenaar=UWV), Rol.MANAGER)
    assert next_steps(k, Rol.FRONTLINIE) == []


def test_only_listed_roles_may_move_a_knelpunt_to_a_status() -> None:
    k = knelpunt(status=Knelpuntstatus.IN_ANALYSE, eigenaar=UWV)
    assert Rol.FRONTLINIE not in WIE_MAG[Knelpuntstatus.IN_BEHANDELING]
    with pytest.raises(GeenToegang):
        transition(k, Knelpuntstatus.IN_BEHANDELING, rol=Rol.FRONTLINIE, reden="x", now=NOW)


def test_in_progress_requires_an_accepted_owner() -> None:
    k = knelpunt(status=Knelpuntstatus.IN_ANALYSE, voorgestelde_eigenaar=UWV)
    with pytest.raises(EigenaarVereist):
        transition(k, Knelpuntstatus.IN_BEHANDELING, rol=Rol.BEHEERDER, reden="x", now=NOW)


def test_every_transition_needs_a_reason_and_merging_needs_a_target() -> None:
    k = knelpunt()
    with pytest.raises(OngeldigeInvoer):
        transition(k, Knelpuntstatus.IN_ANALYSE, rol=Rol.ANALIST, reden=" ", now=NOW)
    with pytest.raises(OngeldigeInvoer):
        transition(k, Knelpuntstatus.SAMENGEVOEGD, rol=Rol.ANALIST, reden="dubbel", now=NOW)


def test_not_resolved_keeps_its_reason_and_reopening_is_a_transition() -> None:
    k = knelpunt(status=Knelpuntstatus.IN_BEHANDELING, eigenaar=UWV)
    dicht = transition(k, Knelpuntstatus.NIET_OPGELOST, rol=Rol.EIGENAAR, reden="wet", now=NOW)
    assert dicht.niet_opgelost_reden == "wet" and not dicht.is_open
    open_ = transition(dicht, Knelpuntstatus.IN_ANALYSE, rol=Rol.ANALIST, reden="nieuw", now=NOW)
    assert open_.is_open and open_.niet_opgelost_reden is None


def test_transfer_without_acceptance_keeps_the_old_owner() -> None:
    k = knelpunt(eigenaar=UWV)
    aangeboden = propose_owner(k, Eigenaar("GEM-UTR", team="Wijkteam"))
    assert aangeboden.eigenaar == UWV
    with pytest.raises(GeenToegang):
        accept_owner(aangeboden, "UWV", "iemand", True, NOW)
    geaccepteerd = accept_owner(aangeboden, "GEM-UTR", "iemand", False, NOW)
    assert geaccepteerd.eigenaar == Eigenaar("GEM-UTR", team="Wijkteam")
    assert "GEM-UTR" in geaccepteerd.betrokken_organisaties


def test_a_knelpunt_whose_owner_left_has_no_owner() -> None:
    k = knelpunt(eigenaar=Eigenaar("UWV", persoon="j.jansen"))
    assert not has_no_owner(k, frozenset())
    assert has_no_owner(k, frozenset({("UWV", "j.jansen")}))
    assert has_no_owner(knelpunt(), frozenset())


def test_escalation_moves_up_one_level_after_the_levels_days() -> None:
    route = default_route("UWV")
    k = knelpunt()
    assert next_level(k, route, NOW + timedelta(days=13)) is None
    assert next_level(k, route, NOW + timedelta(days=14)) == 1
    hoger = replace(k, opschalingsniveau=1, opgeschaald_op=NOW + timedelta(days=14))
    assert next_level(hoger, route, NOW + timedelta(days=20)) is None
    assert next_level(hoger, route, NOW + timedelta(days=28)) == 2
    top = replace(k, opschalingsniveau=len(route.niveaus) - 1)
    assert next_level(top, route, NOW + timedelta(days=999)) is None
