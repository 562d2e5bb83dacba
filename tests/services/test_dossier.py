# SPDX-License-Identifier: EUPL-1.2
"""The dossier as one reader sees it, and the bottleneck overview: what each role and
organisation is offered is exactly what the use cases then allow."""

from __future__ import annotations

import pytest

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import GeenToegang, NietGevonden
from hartslag.domein.knelpunt import Casus, Eigenaar, Knelpuntstatus
from hartslag.domein.vocabulaire import Rol
from hartslag.services import dossier, eigenaarschap, knelpunten
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from hartslag.services.knelpuntoverzicht import Weergave, overview
from tests.conftest import FixedClock

K = Knelpuntstatus


def uwv(organisaties: dict[str, int], rol: Rol = Rol.MANAGER) -> Actor:
    return Actor(organisaties["UWV"], "UWV", rol, f"{rol.value}-1")


def gemeente(organisaties: dict[str, int], rol: Rol = Rol.PARTNER) -> Actor:
    return Actor(organisaties["GEM-UTR"], "GEM-UTR", rol, f"{rol.value}-1")


def test_reader_is_offered_only_the_steps_their_role_may_take(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    k = knelpunten.create_knelpunt(ctx, uwv(organisaties), NieuwKnelpunt("WW te laat", "x"))
    manager = dossier.get_dossier(ctx, uwv(organisaties), k.id)
    # No other open bottleneck to merge into: merging is not offered either.
    assert manager.mogelijk.stappen == [K.IN_ANALYSE, K.NIET_OPGELOST]
    assert manager.mogelijk.wijzigen and manager.mogelijk.overdragen
    assert not manager.mogelijk.accepteren
    eigenaar = dossier.get_dossier(ctx, uwv(organisaties, Rol.EIGENAAR), k.id)
    assert eigenaar.mogelijk.stappen == [K.IN_ANALYSE, K.NIET_OPGELOST]
    frontlinie = dossier.get_dossier(ctx, uwv(organisaties, Rol.FRONTLINIE), k.id)
    assert frontlinie.mogelijk.stappen == [] and not frontlinie.mogelijk.wijzigen
    assert frontlinie.historie is None  # the audit trail is not for this role
    assert [g.actie for g in manager.historie or []] == ["knelpunt.aangemaakt"]


def test_in_progress_waits_for_an_owner_and_merging_needs_a_target(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    a = uwv(organisaties)
    k = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("WW te laat", "x"))
    ander = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("Toeslag", "y"))
    knelpunten.transition_knelpunt(ctx, a, k.id, K.IN_ANALYSE, "analyse")
    d = dossier.get_dossier(ctx, a, k.id)
    assert K.IN_BEHANDELING not in d.mogelijk.stappen and d.mogelijk.wacht_op_eigenaar
    assert K.SAMENGEVOEGD in d.mogelijk.stappen
    assert [x.id for x in d.samenvoegdoelen] == [ander.id]
    eigenaarschap.transfer_owner(ctx, a, k.id, Eigenaar("UWV", "Team WW"), "team WW")
    eigenaarschap.accept_transfer(ctx, a, k.id, None)
    d = dossier.get_dossier(ctx, a, k.id)
    assert K.IN_BEHANDELING in d.mogelijk.stappen and not d.mogelijk.wacht_op_eigenaar


def test_receiving_partner_may_accept_and_sees_only_the_shared_part(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    a = uwv(organisaties)
    k = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("Kostendelersnorm", "x"))
    partner = gemeente(organisaties)
    with pytest.raises(NietGevonden):
        dossier.get_dossier(ctx, partner, k.id)
    eigenaarschap.transfer_owner(ctx, a, k.id, Eigenaar("GEM-UTR", "Wijkteam"), "gemeente")
    d = dossier.get_dossier(ctx, partner, k.id)
    assert d.mogelijk.accepteren and not d.mogelijk.wijzigen and d.mogelijk.stappen == []
    assert d.historie is None and d.momenten == [] and d.organisaties == []
    assert overview(ctx, partner, Weergave.ALLE).rijen[0].aan_mij_aangeboden


def test_stuck_view_counts_from_the_first_escalation_level(
    ctx: Context, clock: FixedClock, organisaties: dict[str, int]
) -> None:
    a = uwv(organisaties)
    oud = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("Lang stil", "x"))
    clock.advance(days=10)
    knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("Net begonnen", "y"))
    clock.advance(days=5)  # 15 and 5 days without progress; the default route's team: 14
    vast = overview(ctx, a, Weergave.VASTGELOPEN)
    assert vast.minimaal_dagen == 14
    assert [(r.knelpunt.id, r.dagen_zonder_voortgang, r.niveau) for r in vast.rijen] == [
        (oud.id, 15, "team")
    ]
    assert len(overview(ctx, a, Weergave.VASTGELOPEN, 0).rijen) == 2
    knelpunten.transition_knelpunt(ctx, a, oud.id, K.NIET_OPGELOST, "buiten onze macht")
    rijen = overview(ctx, a, Weergave.ALLE).rijen
    assert {r.knelpunt.titel: r.dagen_zonder_voortgang for r in rijen} == {
        "Lang stil": None,
        "Net begonnen": 5,
    }
    assert [r.knelpunt.titel for r in overview(ctx, a, Weergave.ZONDER_EIGENAAR).rijen] == [
        "Net begonnen"
    ]


def test_added_case_loses_its_personal_data_and_is_recorded(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    a = uwv(organisaties)
    k = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("WW te laat", "x"))
    verhaal = "Mevrouw Jansen (BSN 123456782) wachtte drie maanden op haar WW."
    k2 = dossier.add_casus(ctx, a, k.id, Casus("Casus Jansen", verhaal))
    assert "123456782" not in k2.casussen[0].verhaal and "Jansen" not in k2.casussen[0].verhaal
    assert knelpunten.historie(ctx, a, k.id)[-1].reden == "casus toegevoegd"
    with pytest.raises(GeenToegang):
        dossier.add_casus(ctx, uwv(organisaties, Rol.FRONTLINIE), k.id, Casus("t", "v"))
