# SPDX-License-Identifier: EUPL-1.2
"""Reminders before an agenda deadline, with an injected clock: each goes out once, at its
time; a scheduler that was off sends one, not a burst; closed bottlenecks get none."""

from __future__ import annotations

import uuid
from datetime import timedelta

from hartslag.domein.actor import Actor
from hartslag.domein.knelpunt import Knelpuntstatus
from hartslag.domein.opschaling import Lid, Opschalingsniveau, Opschalingsroute
from hartslag.domein.vocabulaire import Rol
from hartslag.services import agendering, herinneringen, knelpunten, opschaling
from hartslag.services.agendering import NieuwMoment
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from tests.conftest import FixedClock


def _setup(
    ctx: Context, clock: FixedClock, organisaties: dict[str, int], *emails: str
) -> tuple[Actor, uuid.UUID]:
    """A bottleneck aimed at a moment whose deadline is 20 days from now."""
    a = Actor(organisaties["UWV"], "UWV", Rol.BEHEERDER, "tester")
    vandaag = clock.now().date()
    m = agendering.create_moment(
        ctx,
        a,
        NieuwMoment(
            "Staat van de Uitvoering",
            vandaag + timedelta(days=40),
            vandaag + timedelta(days=20),
            (14, 3),
            emailadressen=emails,
        ),
    )
    k = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("brief nodig", "o"))
    agendering.target(ctx, a, k.id, m.id)
    return a, k.id


def _sent(ctx: Context) -> list[int]:
    return [h.dagen_voor_deadline for h in herinneringen.send_reminders(ctx)]


def test_each_reminder_goes_out_once_at_its_time(
    ctx: Context, clock: FixedClock, organisaties: dict[str, int]
) -> None:
    a, k = _setup(ctx, clock, organisaties, "coordinator@uwv.example")
    assert _sent(ctx) == []  # 20 days left
    clock.advance(days=6)
    assert herinneringen.send_reminders(ctx, dry_run=True)[0].dagen_resterend == 14
    assert _sent(ctx) == [14]
    assert _sent(ctx) == []
    clock.advance(days=11)
    assert _sent(ctx) == [3]
    clock.advance(days=4)  # the deadline has passed
    assert _sent(ctx) == []
    with ctx.uow(schrijven=False) as uow:
        mails = uow.berichten.list("UWV", None)
        meldingen = uow.notificaties.for_recipient("tester@UWV", 10)
    assert [b.soort for b in mails] == ["herinnering", "herinnering"]
    assert [t for _, _, t in meldingen] == [
        "brief nodig: herinnering: indiendeadline voor Staat van de Uitvoering is "
        f"{d} (nog {n} dagen)"
        for d, n in (("22-03-2026", 3), ("22-03-2026", 14))
    ]
    historie = knelpunten.historie(ctx, a, k)
    assert [g.reden for g in historie if g.actie == "herinnering.verstuurd"] == [
        "14 dagen voor de indiendeadline van Staat van de Uitvoering",
        "3 dagen voor de indiendeadline van Staat van de Uitvoering",
    ]


def test_a_scheduler_that_was_off_sends_one_reminder_not_a_burst(
    ctx: Context, clock: FixedClock, organisaties: dict[str, int]
) -> None:
    _setup(ctx, clock, organisaties)
    clock.advance(days=18)  # 2 days left: both reminders are due
    assert _sent(ctx) == [3]
    clock.advance(days=1)
    assert _sent(ctx) == []


def test_closed_bottleneck_gets_no_reminders(
    ctx: Context, clock: FixedClock, organisaties: dict[str, int]
) -> None:
    a, k = _setup(ctx, clock, organisaties)
    knelpunten.transition_knelpunt(ctx, a, k, Knelpuntstatus.NIET_OPGELOST, "geen capaciteit")
    clock.advance(days=10)
    assert _sent(ctx) == []


def test_without_addresses_the_first_level_of_the_route_is_mailed(
    ctx: Context, clock: FixedClock, organisaties: dict[str, int]
) -> None:
    a, _ = _setup(ctx, clock, organisaties)
    opschaling.set_route(
        ctx,
        a,
        Opschalingsroute(
            "UWV",
            (
                Opschalingsniveau("team", 14, (Lid("Team WW", "ww@uwv.example"), Lid("Zonder"))),
                Opschalingsniveau("management", 0, (Lid("MT", "mt@uwv.example"),)),
            ),
        ),
    )
    clock.advance(days=7)
    (h,) = herinneringen.send_reminders(ctx)
    assert h.emails == 1
    with ctx.uow(schrijven=False) as uow:
        (bericht,) = uow.berichten.list("UWV", None)
    assert b"ww@uwv.example" not in bericht.aan_versleuteld  # sealed like every address
    assert "Staat van de Uitvoering" in bericht.tekst
