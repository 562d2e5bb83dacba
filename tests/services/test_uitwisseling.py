# SPDX-License-Identifier: EUPL-1.2
"""Sharing through the outbox: an event is queued in the transaction of the change, only
under an agreement, with only its fields, never personal data; every share is audited."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from hartslag.adapters.opslag import tabellen as t
from hartslag.adapters.uitwisseling import schemas
from hartslag.domein.actor import Actor
from hartslag.domein.fouten import Conflict, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.knelpunt import Eigenaar, Knelpuntstatus
from hartslag.domein.uitwisseling import TOEGESTANE_VELDEN, Gebeurtenistype, Richting
from hartslag.domein.vocabulaire import Rol
from hartslag.services import (
    eigenaarschap,
    knelpunten,
    terugkoppelingen,
    uitwisseling,
    uitwisselingbeheer,
)
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from tests.conftest import FixedClock
from tests.services.persoonsgegevens import CONTACT, ONTHULLEND, beheerder, register

OIN_UWV = "00000001003214345000"
OIN_GEM = "00000001002220647000"


def _partner(ctx: Context, organisatie_id: int, themas: set[str], velden: set[str]) -> None:
    uitwisselingbeheer.set_oin(ctx, organisatie_id, OIN_UWV, "test")
    uitwisselingbeheer.add_partner(
        ctx, organisatie_id, "GEM-UTR", "Gemeente Utrecht", OIN_GEM, None, "test"
    )
    uitwisselingbeheer.add_afspraak(
        ctx, organisatie_id, "test", code="DA-1", partner="GEM-UTR",
        richting=Richting.UITGAAND,
        gebeurtenistypen=frozenset({Gebeurtenistype.SIGNAAL_GEDEELD, Gebeurtenistype.SIGNAAL_INGETROKKEN}),
        themas=frozenset(themas), velden=frozenset(velden), grondslag="art. 1", doel="patronen",
        geldig_vanaf=ctx.clock.now(), geldig_tot=None,
    )  # fmt: skip


def _outbox(ctx: Context, organisatie_id: int) -> list[dict[str, object]]:
    with ctx.uow(schrijven=False) as uow:
        return [g.inhoud for g in uow.postvakken.uitgaand(organisatie_id, None)]


def test_a_signal_under_an_agreement_is_queued_with_its_fields_only(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    uwv = organisaties["UWV"]
    _partner(ctx, uwv, {"toeslagen"}, {"tekst", "themas", "kanaal"})
    signaal_id = register(
        ctx, beheerder(uwv), themas=["toeslagen"], melderId="123456782", contact=CONTACT
    )
    (event,) = _outbox(ctx, uwv)
    assert event["type"] == "nl.overheid.signalen.signaal-gedeeld"
    assert event["source"] == f"urn:nld:oin:{OIN_UWV}:systeem:hartslag"
    assert event["subject"] == str(signaal_id)
    assert event["deelafspraak"] == "DA-1"
    assert set(event["data"]) == {"tekst", "themas", "kanaal"}  # type: ignore[arg-type]
    tekst = json.dumps(event)
    for stuk in [*ONTHULLEND, "jantine", "0201234567"]:
        assert stuk not in tekst, stuk
    assert "[PERSOON-1]" in event["data"]["tekst"]  # type: ignore[index]


def test_nothing_leaves_outside_the_themes_or_without_an_oin(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    uwv = organisaties["UWV"]
    _partner(ctx, uwv, {"toeslagen"}, {"tekst"})
    register(ctx, beheerder(uwv), themas=["wonen"])
    register(ctx, beheerder(uwv))
    assert _outbox(ctx, uwv) == []
    gem = organisaties["GEM-UTR"]  # has no OIN and no agreement
    register(ctx, beheerder(gem, "GEM-UTR"), themas=["toeslagen"])
    assert _outbox(ctx, gem) == []


def test_an_ended_agreement_shares_nothing_more(
    ctx: Context, organisaties: dict[str, int], clock: FixedClock
) -> None:
    uwv = organisaties["UWV"]
    _partner(ctx, uwv, {"*"}, {"tekst"})
    with ctx.uow(schrijven=False) as uow:
        (afspraak,) = uow.partners.afspraken(uwv)
    clock.advance(minutes=1)
    uitwisselingbeheer.end_afspraak(ctx, uwv, afspraak.id, "test")
    register(ctx, beheerder(uwv), themas=["toeslagen"])
    assert _outbox(ctx, uwv) == []


def test_every_share_is_in_the_audit_trail_without_personal_data(
    ctx: Context, organisaties: dict[str, int], engine: Engine
) -> None:
    uwv = organisaties["UWV"]
    _partner(ctx, uwv, {"*"}, {"tekst", "titel"})
    signaal_id = register(ctx, beheerder(uwv))
    assert uitwisseling.withdraw_signaal(ctx, beheerder(uwv), signaal_id) == 1
    with engine.connect() as c:
        rijen = c.execute(
            select(t.gebeurtenis.c.na, t.gebeurtenis.c.onderwerp_id).where(
                t.gebeurtenis.c.actie == Handeling.GEGEVENS_GEDEELD.value
            )
        ).all()
    assert [r.onderwerp_id for r in rijen] == [str(signaal_id)] * 2
    assert {r.na["partner"] for r in rijen} == {"GEM-UTR"}
    assert {r.na["type"] for r in rijen} == {
        g.value for g in Gebeurtenistype if g.soort == "signaal"
    }
    assert not any(stuk in json.dumps(r.na) for r in rijen for stuk in ONTHULLEND)
    (ingetrokken,) = [e for e in _outbox(ctx, uwv) if e["type"].endswith("-ingetrokken")]  # type: ignore[union-attr]
    assert ingetrokken["data"] == {}


def test_secrets_are_sealed_and_rotation_keeps_the_old_one_for_a_while(
    ctx: Context, organisaties: dict[str, int], clock: FixedClock, engine: Engine
) -> None:
    uwv = organisaties["UWV"]
    _partner(ctx, uwv, {"*"}, {"tekst"})
    with engine.connect() as c:
        (blob,) = c.execute(select(t.metadata.tables["partnersleutel"].c.versleuteld)).scalars()
    with ctx.uow(schrijven=False) as uow:
        partner = uow.partners.get(uwv, "GEM-UTR")
        assert partner is not None
        (oud,) = uitwisselingbeheer.valid_secrets(ctx, uow, partner, clock.now())
    assert oud not in blob
    nieuw = uitwisselingbeheer.rotate_secret(ctx, uwv, "GEM-UTR", "test")
    with ctx.uow(schrijven=False) as uow:
        geldig = uitwisselingbeheer.valid_secrets(ctx, uow, partner, clock.now())
        later = uitwisselingbeheer.valid_secrets(ctx, uow, partner, clock.now() + timedelta(days=8))
    assert len(geldig) == 2 and geldig[1] == oud
    assert len(later) == 1 and later[0] != oud and nieuw.startswith("whsec_")


def test_partners_and_agreements_refuse_bad_input(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    uwv = organisaties["UWV"]
    _partner(ctx, uwv, {"*"}, {"tekst"})
    with pytest.raises(Conflict):
        uitwisselingbeheer.add_partner(ctx, uwv, "GEM-UTR", "Dubbel", OIN_GEM, None, "t")
    with pytest.raises(OngeldigeInvoer):
        uitwisselingbeheer.add_partner(ctx, uwv, "SVB", "SVB", "123", None, "t")
    with pytest.raises(OngeldigeInvoer):
        uitwisselingbeheer.add_partner(
            ctx, uwv, "SVB", "SVB", "00000001234567890000", "ftp://x", "t"
        )


def _afspraak_alles(
    ctx: Context, organisatie_id: int, velden: frozenset[str] = TOEGESTANE_VELDEN["knelpunt"]
) -> None:
    uitwisselingbeheer.set_oin(ctx, organisatie_id, OIN_UWV, "test")
    uitwisselingbeheer.add_partner(
        ctx, organisatie_id, "SVB", "SVB", "00000001003300000001", None, "test"
    )
    uitwisselingbeheer.add_afspraak(
        ctx, organisatie_id, "test", code="DA-DOSSIERS", partner="SVB",
        richting=Richting.UITGAAND, gebeurtenistypen=frozenset(Gebeurtenistype),
        themas=frozenset({"*"}), velden=velden,
        grondslag="art. 1", doel="één eigenaar over organisaties heen",
        geldig_vanaf=ctx.clock.now(), geldig_tot=None,
    )  # fmt: skip


def test_a_shared_dossier_then_its_update_and_new_owner_follow(
    ctx: Context, organisaties: dict[str, int], clock: FixedClock
) -> None:
    uwv = organisaties["UWV"]
    _afspraak_alles(ctx, uwv)
    wie = beheerder(uwv)
    k = knelpunten.create_knelpunt(ctx, wie, NieuwKnelpunt("Dubbele terugvordering", "Uitleg"))
    nooit = knelpunten.create_knelpunt(ctx, wie, NieuwKnelpunt("Intern", "blijft binnen"))
    assert uitwisseling.share_now(ctx, wie, "knelpunt", k.id) == 1
    clock.advance(seconds=1)
    assert uitwisseling.share_now(ctx, wie, "knelpunt", k.id) == 1
    clock.advance(seconds=1)
    eigenaarschap.transfer_owner(
        ctx, wie, k.id, Eigenaar("GEM-UTR", team="Wijkteam"), "hoort bij de gemeente"
    )
    gemeente = Actor(organisaties["GEM-UTR"], "GEM-UTR", Rol.MANAGER, "manager")
    eigenaarschap.transfer_owner(ctx, wie, nooit.id, Eigenaar("GEM-UTR", team="Wijkteam"), "ook")
    clock.advance(seconds=1)
    eigenaarschap.accept_transfer(ctx, gemeente, k.id, None)
    eigenaarschap.accept_transfer(ctx, gemeente, nooit.id, None)
    events = _outbox(ctx, uwv)
    assert [e["type"].rsplit(".", 1)[1] for e in events] == [  # type: ignore[union-attr]
        "knelpunt-gedeeld",
        "knelpunt-bijgewerkt",
        "knelpunt-bijgewerkt",  # the open offer: partners see who it is offered to
        "knelpunt-eigenaarschap-gewijzigd",
    ]
    assert {e["subject"] for e in events} == {str(k.id)}
    assert [e["data"]["versie"] for e in events] == [1, 2, 3, 4]  # type: ignore[index]
    assert events[2]["data"]["voorgesteldeEigenaar"] == "GEM-UTR"  # type: ignore[index]
    assert events[3]["data"] == {
        "eigenaarOrganisatie": "GEM-UTR",
        "voorgesteldeEigenaar": None,
        "titel": "Dubbele terugvordering",
        "beschrijving": "[PERSOON-1]",  # as stored ("Uitleg" read as a name)
        "themas": [],
        "status": "nieuw",
        "betrokkenOrganisaties": ["GEM-UTR", "UWV"],
        "aantalSignalen": 0,
        "signalenPerOrganisatie": {},
        "versie": 4,
    }
    for e in events:
        assert schemas.check(e) == []  # type: ignore[arg-type]


def test_classification_fields_are_pseudonymised_on_the_way_out(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    uwv = organisaties["UWV"]
    _partner(ctx, uwv, {"*"}, {"levensgebeurtenis", "regelgeving"})
    register(
        ctx,
        beheerder(uwv),
        levensgebeurtenis="Verhuizing van mevrouw J. de Vries",
        regelgeving=["Awir", "brief aan BSN 123456782"],
    )
    (event,) = _outbox(ctx, uwv)
    assert "Vries" not in json.dumps(event) and "123456782" not in json.dumps(event)
    assert event["data"]["regelgeving"][0] == "Awir"  # type: ignore[index]


def test_approved_feedback_on_a_shared_dossier_goes_to_partners(
    ctx: Context, organisaties: dict[str, int], clock: FixedClock
) -> None:
    uwv = organisaties["UWV"]
    _afspraak_alles(ctx, uwv, velden=frozenset().union(*TOEGESTANE_VELDEN.values()))
    wie = beheerder(uwv)
    signaal = register(ctx, wie)
    nieuw = NieuwKnelpunt("WW te laat", "te laat", signaal_ids=(signaal,))
    k = knelpunten.create_knelpunt(ctx, wie, nieuw)
    assert uitwisseling.share_now(ctx, wie, "knelpunt", k.id) == 1
    eigenaarschap.transfer_owner(ctx, wie, k.id, Eigenaar("UWV", team="WW"), "eigen team")
    eigenaarschap.accept_transfer(ctx, wie, k.id, None)
    for status in ("in-analyse", "in-behandeling", "opgelost"):
        clock.advance(seconds=1)
        knelpunten.transition_knelpunt(ctx, wie, k.id, Knelpuntstatus(status), "aangepakt")
    (concept,) = terugkoppelingen.list_terugkoppelingen(ctx, wie)
    terugkoppelingen.approve(ctx, wie, concept.id)
    (event,) = [e for e in _outbox(ctx, uwv) if str(e["type"]).endswith("terugkoppeling-gegeven")]
    assert event["subject"] == str(concept.id)
    assert event["data"]["knelpunt"] == str(k.id)  # type: ignore[index]
    assert schemas.check(event) == []  # type: ignore[arg-type]
