# SPDX-License-Identifier: EUPL-1.2
"""The rules of a dossier shared across installations: one owner, changed only by the
dossier's home on an answer to the offer that still stands, and a version that makes
late or repeated events harmless."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from hartslag.domein.fouten import Conflict
from hartslag.domein.gedeeldknelpunt import (
    Antwoord,
    apply_answer,
    check_answer,
    is_stale,
    propose_partner,
    view_from,
    why_not,
)
from hartslag.domein.knelpunt import Eigenaar, GeenOverdracht, Knelpunt, Knelpuntstatus
from hartslag.domein.uitwisseling import ALTIJD_DELEN, Deelafspraak, Gebeurtenistype, Richting

NU = datetime(2026, 12, 3, 12, tzinfo=UTC)


def _dossier(**extra: object) -> Knelpunt:
    k = Knelpunt(uuid.uuid4(), "UWV", "Terugvordering", "[PERSOON-1] belde", NU, "a", NU)
    return replace(k, versie=3, **extra)  # type: ignore[arg-type]


def test_only_the_owner_offers_and_the_owner_stays_until_the_answer() -> None:
    k = _dossier()
    aangeboden = propose_partner(k, "UWV", "GEM-UTR")
    assert aangeboden.voorgestelde_eigenaar == Eigenaar("GEM-UTR")
    assert aangeboden.route_organisatie == "UWV"  # still the one owner
    with pytest.raises(Conflict, match="Alleen de eigenaar"):
        propose_partner(k, "SVB", "GEM-UTR")
    with pytest.raises(Conflict, match="al eigenaar"):
        propose_partner(k, "UWV", "UWV")
    eigendom_elders = replace(k, eigenaar=Eigenaar("GEM-UTR"))
    with pytest.raises(Conflict, match="Alleen de eigenaar"):
        propose_partner(eigendom_elders, "UWV", "SVB")  # the creator is no longer owner
    with pytest.raises(Conflict, match="niet worden overgedragen"):
        propose_partner(replace(k, status=Knelpuntstatus.OPGELOST), "UWV", "GEM-UTR")


def test_acceptance_moves_the_owner_in_one_step() -> None:
    k = propose_partner(_dossier(), "UWV", "GEM-UTR")
    na = apply_answer(k, "GEM-UTR", 3, Antwoord.GEACCEPTEERD, NU)
    assert (na.eigenaar, na.voorgestelde_eigenaar, na.eigenaar_sinds) == (
        Eigenaar("GEM-UTR"), None, NU,
    )  # fmt: skip
    assert na.route_organisatie == "GEM-UTR" and "GEM-UTR" in na.betrokken_organisaties
    assert Eigenaar("GEM-UTR").label == "GEM-UTR"  # its own installation names the team


def test_a_decline_keeps_the_owner_and_ends_the_offer() -> None:
    k = propose_partner(_dossier(eigenaar=Eigenaar("UWV", team="WW")), "UWV", "GEM-UTR")
    na = apply_answer(k, "GEM-UTR", 3, Antwoord.GEWEIGERD, NU)
    assert (na.eigenaar, na.voorgestelde_eigenaar) == (Eigenaar("UWV", team="WW"), None)


@pytest.mark.parametrize(
    ("partner", "versie", "status", "reden"),
    [
        ("SVB", 3, Knelpuntstatus.NIEUW, "geen overdracht aan SVB"),
        ("GEM-UTR", 2, Knelpuntstatus.NIEUW, "versie 2, het dossier is bij versie 3"),
        ("GEM-UTR", 4, Knelpuntstatus.NIEUW, "versie 4"),
        ("GEM-UTR", 3, Knelpuntstatus.OPGELOST, "afgerond"),
    ],
)
def test_an_answer_to_an_offer_that_no_longer_stands_changes_nothing(
    partner: str, versie: int, status: Knelpuntstatus, reden: str
) -> None:
    k = replace(propose_partner(_dossier(), "UWV", "GEM-UTR"), status=status)
    gevonden = why_not(k, partner, versie)
    assert gevonden is not None and reden in gevonden
    for antwoord in Antwoord:
        with pytest.raises(GeenOverdracht):
            apply_answer(k, partner, versie, antwoord, NU)


def test_an_answer_after_the_offer_was_answered_is_stale() -> None:
    k = propose_partner(_dossier(), "UWV", "GEM-UTR")
    na = apply_answer(k, "GEM-UTR", 3, Antwoord.GEWEIGERD, NU)
    assert why_not(na, "GEM-UTR", 3) is not None  # the same decline again, or an accept


def test_shared_data_of_an_older_or_the_same_version_is_stale() -> None:
    assert is_stale({"versie": 4}, {"versie": 3})
    assert is_stale({"versie": 4}, {"versie": 4})  # a repeat under a new event id
    assert not is_stale({"versie": 4}, {"versie": 5})
    assert not is_stale(None, {"versie": 1})
    assert not is_stale({"titel": "voor versies"}, {"versie": 1})  # falls back to time


def test_the_partner_view_and_who_may_answer() -> None:
    gegevens = {
        "titel": "Terugvordering",
        "eigenaarOrganisatie": "UWV",
        "voorgesteldeEigenaar": "GEM-UTR",
        "betrokkenOrganisaties": ["GEM-UTR", "UWV"],
        "aantalSignalen": 2,
        "signalenPerOrganisatie": {"UWV": 2},
        "versie": 5,
    }
    view = view_from("k1", "UWV", "DA-1", gegevens, NU)
    assert view.eigendom_elders("GEM-UTR") and view.aangeboden_aan("GEM-UTR")
    assert (view.versie, view.aantal_signalen, view.beschrijving) == (5, 2, "")
    check_answer(view, "GEM-UTR")
    with pytest.raises(GeenOverdracht):
        check_answer(view, "SVB")
    assert not view_from("k1", "UWV", "DA-1", {**gegevens, "eigenaarOrganisatie": "GEM-UTR"}, NU)\
        .eigendom_elders("GEM-UTR")  # fmt: skip
    assert view_from("k1", "UWV", "DA-1", {}, NU).eigenaar_organisatie == "UWV"


def test_ownership_fields_travel_whatever_the_agreement_names() -> None:
    a = Deelafspraak(
        uuid.uuid4(), "DA-1", "GEM-UTR", Richting.UITGAAND,
        frozenset({Gebeurtenistype.KNELPUNT_GEDEELD}), frozenset({"*"}), frozenset({"titel"}),
        "art. 1", "doel", NU,
    )  # fmt: skip
    assert a.velden_voor("knelpunt") == {"titel"} | ALTIJD_DELEN["knelpunt"]
    assert a.velden_voor("patroon") == frozenset()  # other kinds carry no extras
