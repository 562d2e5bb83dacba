# SPDX-License-Identifier: EUPL-1.2
"""Escalation with an injected clock: exactly the stalled bottlenecks move up."""

from __future__ import annotations

from datetime import date

from hartslag.domein.actor import Actor
from hartslag.domein.knelpunt import Eigenaar, Knelpuntstatus
from hartslag.domein.opschaling import Lid, Opschalingsniveau, Opschalingsroute
from hartslag.domein.vocabulaire import Rol
from hartslag.services import eigenaarschap, knelpunten, opschaling
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from tests.conftest import FixedClock


def actor(organisaties: dict[str, int], rol: Rol = Rol.BEHEERDER) -> Actor:
    return Actor(organisaties["UWV"], "UWV", rol, "tester")


def test_stalled_knelpunt_escalates_after_deadline_and_only_that_one(
    ctx: Context, clock: FixedClock, organisaties: dict[str, int]
) -> None:
    a = actor(organisaties)
    opschaling.set_route(
        ctx,
        a,
        Opschalingsroute(
            "UWV",
            (
                Opschalingsniveau("team", 10),
                Opschalingsniveau("management", 5, (Lid("MT", "mt@uwv.example"),)),
                Opschalingsniveau("bestuur", 0),
            ),
        ),
    )
    stil = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("stil", "ligt stil"))
    actief = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("actief", "wordt aan gewerkt"))
    clock.advance(days=6)
    knelpunten.transition_knelpunt(ctx, a, actief.id, Knelpuntstatus.IN_ANALYSE, "analyse gestart")
    clock.advance(days=4)  # stil: 10 days without progress; actief: 4
    assert [o.titel for o in opschaling.escalate(ctx, dry_run=True)] == ["stil"]
    assert (
        knelpunten.get_knelpunt(ctx, a, stil.id).opschalingsniveau == 0
    )  # dry run changed nothing
    gedaan = opschaling.escalate(ctx)
    assert [(o.titel, o.van, o.naar) for o in gedaan] == [("stil", "team", "management")]
    assert opschaling.escalate(ctx) == []  # the clock of the new level starts now
    with ctx.uow(schrijven=False) as uow:
        berichten = uow.berichten.list("UWV", None)
    assert [b.soort for b in berichten] == ["opschaling"]
    historie = knelpunten.historie(ctx, a, stil.id)
    assert historie[-1].actie == "knelpunt.opgeschaald" and "10 dagen" in (historie[-1].reden or "")
    clock.advance(days=5)
    assert [(o.titel, o.naar) for o in opschaling.escalate(ctx)] == [("stil", "bestuur")]


def test_accepting_ownership_is_progress_and_resets_the_level(
    ctx: Context, clock: FixedClock, organisaties: dict[str, int]
) -> None:
    a = actor(organisaties)
    k = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("k", "o"))
    clock.advance(days=15)
    assert len(opschaling.escalate(ctx)) == 1
    eigenaarschap.transfer_owner(ctx, a, k.id, Eigenaar("UWV", team="WW"), "naar WW")
    eigenaarschap.accept_transfer(ctx, a, k.id, None)
    assert knelpunten.get_knelpunt(ctx, a, k.id).opschalingsniveau == 0
    overzicht = opschaling.stuck(ctx, a)
    assert overzicht.per_eigenaar == {"WW (UWV)": 1} and overzicht.per_niveau == {"team": 1}
    assert overzicht.knelpunten[0].dagen_zonder_voortgang == 0


def test_an_overdue_action_counts_as_stalling_even_while_the_dossier_is_edited(
    ctx: Context, clock: FixedClock, organisaties: dict[str, int]
) -> None:
    a = actor(organisaties)  # default route: team 14 days, then management
    k = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("k", "o"))
    knelpunten.add_actie(ctx, a, k.id, "Regel aanpassen", "Team WW", date(2026, 3, 5))
    for _ in range(17):  # someone touches the dossier every day
        clock.advance(days=1)
        knelpunten.change_knelpunt(ctx, a, k.id, {"titel": "k"}, "bijgewerkt")
    assert opschaling.escalate(ctx, dry_run=True) == []  # 13 days past the due date
    clock.advance(days=1)
    knelpunten.change_knelpunt(ctx, a, k.id, {"titel": "k"}, "bijgewerkt")
    (o,) = opschaling.escalate(ctx)
    assert (o.van, o.naar, o.dagen_zonder_voortgang) == ("team", "management", 14)
    assert o.te_laat == "1 actie over de deadline"
    reden = knelpunten.historie(ctx, a, k.id)[-1].reden or ""
    assert "14 dagen" in reden and "1 actie over de deadline" in reden
