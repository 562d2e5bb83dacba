# SPDX-License-Identifier: EUPL-1.2
"""The public "jullie zeiden, wij deden" overview and the management figures, on a known
scenario built with the fixed clock: exact figures, only resolved bottlenecks of the
organisation, and no personal data."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
import pytest

from hartslag.adapters.mail.smtp import SmtpMailer
from hartslag.domein.actor import Actor
from hartslag.domein.knelpunt import Eigenaar, Knelpuntstatus
from hartslag.domein.signaal import Contactgegevens, SignaalInvoer
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Rol
from hartslag.services import (
    berichten,
    eigenaarschap,
    knelpunten,
    publicaties,
    terugkoppelingen,
)
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from hartslag.services.registratie import register_signaal
from tests.adapters.api.helpers import assert_problem
from tests.adapters.mail.test_outbox import Inbox, free_port, start
from tests.conftest import FixedClock, bearer

K = Knelpuntstatus
PERSOON = "mevrouw Jansen (BSN 123456782)"


@dataclass
class Scenario:
    opgelost: uuid.UUID
    niet_opgelost: uuid.UUID
    nieuw: uuid.UUID
    van_gemeente: uuid.UUID


def _signaal(
    ctx: Context, actor: Actor, dag: str, email: str | None = None, tekst: str = "WW te laat"
) -> uuid.UUID:
    invoer = SignaalInvoer(
        tekst,
        Brontype.KLACHT,
        Meldertype.BURGER,
        Kanaal.TELEFOON,
        ontvangen_op=datetime.fromisoformat(dag).replace(tzinfo=UTC),
        contact=Contactgegevens(naam="Jan Jansen", email=email) if email else None,
    )
    return register_signaal(ctx, actor, invoer).signaal_id


def _owner(ctx: Context, actor: Actor, k: uuid.UUID, team: str) -> None:
    eigenaarschap.transfer_owner(ctx, actor, k, Eigenaar(actor.organisatie, team=team), "x")
    eigenaarschap.accept_transfer(ctx, actor, k, None)


def _close(ctx: Context, actor: Actor, k: uuid.UUID, eind: Knelpuntstatus, reden: str) -> None:
    for status in (K.IN_ANALYSE, K.IN_BEHANDELING, eind):
        knelpunten.transition_knelpunt(ctx, actor, k, status, reden)
    (concept,) = [
        t
        for t in terugkoppelingen.list_terugkoppelingen(ctx, actor)
        if t.knelpunt_id == k and t.status == "concept"
    ]
    terugkoppelingen.approve(ctx, actor, concept.id)
    if eind == K.OPGELOST:  # the organisation publishes what the dossier proposes
        p = publicaties.draft_public_text(ctx, actor, k, publicaties.Tekstdelen())
        publicaties.approve_public_text(ctx, actor, p.id)
        publicaties.publish_public_text(ctx, actor, p.id)


def build(ctx: Context, clock: FixedClock, organisaties: dict[str, int]) -> Scenario:
    """UWV: five signals; three bottlenecks made at T0 = 2 March 2026 09:30 from signals
    10, 1.5 and 1 days old; owners accepted after 2 and 4 days; one resolved 20 days after
    its owner accepted, one not resolved; feedback approved on both."""
    uwv = Actor(organisaties["UWV"], "UWV", Rol.BEHEERDER, "tester")
    gem = Actor(organisaties["GEM-UTR"], "GEM-UTR", Rol.BEHEERDER, "tester")
    s1 = _signaal(ctx, uwv, "2026-02-20T09:30", "melder@example.nl", f"Ik, {PERSOON}, wacht")
    s2 = _signaal(ctx, uwv, "2026-02-25T09:30")
    s3 = _signaal(ctx, uwv, "2026-02-28T21:30")
    s4 = _signaal(ctx, uwv, "2026-03-01T09:30")
    _signaal(ctx, uwv, "2026-03-01T10:00")  # never linked
    g1 = _signaal(ctx, gem, "2026-01-01T09:30")

    def nieuw(actor: Actor, titel: str, *ids: uuid.UUID) -> uuid.UUID:
        omschrijving = f"Melders zoals {PERSOON} wachten weken op hun eerste betaling."
        k = knelpunten.create_knelpunt(
            ctx, actor, NieuwKnelpunt(titel, omschrijving, signaal_ids=ids)
        )
        return k.id

    k1 = nieuw(uwv, "WW-uitkering komt te laat", s1, s2)
    k2 = nieuw(uwv, "Inkomstenopgave te ingewikkeld", s3)
    k3 = nieuw(uwv, "Formulier onvindbaar", s4)
    kg = nieuw(gem, "Bijstand duurt te lang", g1)
    _owner(ctx, gem, kg, "Werk en Inkomen")
    clock.advance(days=2)
    _owner(ctx, uwv, k2, "Team Inkomsten")
    clock.advance(days=2)
    _owner(ctx, uwv, k1, "Team WW")
    clock.advance(days=6)
    _close(ctx, uwv, k2, K.NIET_OPGELOST, "De wet laat geen andere opgave toe.")
    clock.advance(days=14)
    knelpunten.add_besluit(
        ctx, uwv, k1, f"Handmatige controle afgeschaft, ook voor {PERSOON}", "Geen meerwaarde"
    )
    _close(ctx, uwv, k1, K.OPGELOST, "structureel opgelost")
    _close(ctx, gem, kg, K.OPGELOST, "extra capaciteit")
    return Scenario(k1, k2, k3, kg)


@pytest.fixture
def scenario(ctx: Context, clock: FixedClock, organisaties: dict[str, int]) -> Scenario:
    return build(ctx, clock, organisaties)


def test_management_figures_of_a_known_scenario_are_exact(
    api: httpx.Client, tokens: dict[str, str], scenario: Scenario, ctx: Context
) -> None:
    r = api.get("/api/v1/stuurinformatie", headers=bearer(tokens["manager"]))
    assert r.status_code == 200, r.text
    assert r.json() == {
        "signalen": 5,
        "signalenMetTerugkoppeling": 3,  # s1, s2 (resolved) and s3 (not resolved)
        "meldersPerEmailBereikt": 0,
        "aandeelMetTerugkoppeling": 0.6,
        "aandeelPerEmailBereikt": 0.0,
        "mediaanDagenSignaalTotKnelpunt": 1.5,  # of 10, 1.5 and 1
        "mediaanDagenKnelpuntTotEigenaar": 3.0,  # of 2 and 4
        "mediaanDagenEigenaarTotOplossing": 20.0,
        "knelpuntenPerStatus": {"opgelost": 1, "niet-opgelost": 1, "nieuw": 1},
        "knelpuntenOverStreefdatum": 0,
        "actiesLopend": 0,
        "actiesTeLaat": 0,
    }


def test_share_reached_by_email_counts_delivered_feedback_only(
    api: httpx.Client, tokens: dict[str, str], scenario: Scenario, ctx: Context
) -> None:
    inbox, port = Inbox(), free_port()
    controller = start(inbox, port)
    try:
        # the intake confirmation and the feedback; only the feedback counts
        assert berichten.deliver(ctx, SmtpMailer("127.0.0.1", port, "h@uwv.example")).verzonden == 2
    finally:
        controller.stop()
    cijfers = api.get("/api/v1/stuurinformatie", headers=bearer(tokens["manager"])).json()
    assert (cijfers["meldersPerEmailBereikt"], cijfers["aandeelPerEmailBereikt"]) == (1, 0.2)


def test_management_figures_are_not_for_frontline_tokens(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    assert_problem(
        api.get("/api/v1/stuurinformatie", headers=bearer(tokens["frontlinie"])),
        403,
        "geen-toegang",
    )
    assert_problem(api.get("/api/v1/stuurinformatie"), 401, "niet-geauthenticeerd")


def test_you_said_we_did_lists_only_the_organisations_resolved_bottlenecks(
    api: httpx.Client, scenario: Scenario
) -> None:
    r = api.get("/api/v1/organisaties/UWV/jullie-zeiden-wij-deden")  # no token: public
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["organisatie"] == "UWV"
    (item,) = body["knelpunten"]
    assert set(item) == {"titel", "jullieZeiden", "wijDeden", "aantalSignalen", "opgelostOp"}
    assert item["titel"] == "WW-uitkering komt te laat" and item["aantalSignalen"] == 2
    assert item["wijDeden"].startswith("Handmatige controle afgeschaft")
    assert item["opgelostOp"] == "2026-03-26T09:30:00Z"
    gemeente = api.get("/api/v1/organisaties/GEM-UTR/jullie-zeiden-wij-deden").json()
    assert [k["titel"] for k in gemeente["knelpunten"]] == ["Bijstand duurt te lang"]


def test_you_said_we_did_holds_no_personal_data(api: httpx.Client, scenario: Scenario) -> None:
    tekst = api.get("/api/v1/organisaties/UWV/jullie-zeiden-wij-deden").text
    for gegeven in ("Jansen", "123456782", "melder@example.nl", "HS-2026-", "tester", "Team WW"):
        assert gegeven not in tekst, gegeven
    assert "[PERSOON-1]" in tekst or "[BSN-1]" in tekst


def test_you_said_we_did_of_an_unknown_organisation_is_not_found(api: httpx.Client) -> None:
    assert_problem(
        api.get("/api/v1/organisaties/ONBEKEND/jullie-zeiden-wij-deden"), 404, "niet-gevonden"
    )
