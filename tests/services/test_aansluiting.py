# SPDX-License-Identifier: EUPL-1.2
"""Joining a known pattern at intake, the repeat-contact chain of a signal, and sorting
the signal search, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import GeenToegang, NietGevonden
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.vocabulaire import Rol, Signaalstatus
from hartslag.domein.zoekfilter import Pagina, SignaalFilter, Sorteerkolom, Sortering
from hartslag.services import aansluiting, patronen, signaalbeheer
from hartslag.services.analyseren import run_analysis
from hartslag.services.context import Context
from tests.services.analysedata import actor, store, store_repeats

PEIL = date(2026, 3, 31)


@pytest.fixture
def bekend(ctx: Context, organisaties: dict[str, int]) -> dict[str, uuid.UUID]:
    """Two analysed topics in UWV, one in GEM-UTR; and one new signal in each."""
    uwv, gem = actor(organisaties, "UWV"), actor(organisaties, "GEM-UTR")
    ww = store(ctx, uwv, "ww", 16)
    store(ctx, uwv, "toeslag", 16)
    afval = store(ctx, gem, "afval", 16)
    run_analysis(ctx, "test", peildatum=PEIL)
    (nieuw,) = store(ctx, uwv, "toeslag", 1, seed=9)
    (nieuw_gem,) = store(ctx, gem, "afval", 1, seed=9)

    def patroon(signaal_id: uuid.UUID) -> uuid.UUID:
        p = patronen.analysis_of(ctx, [signaal_id])[signaal_id].patroon_id
        assert p is not None
        return p

    return {
        "ww": patroon(ww[0]),
        "afval": patroon(afval[0]),
        "nieuw": nieuw,
        "nieuw_gem": nieuw_gem,
    }


def _acties(ctx: Context, wie: Actor, signaal_id: uuid.UUID) -> list[str]:
    return [str(g.actie) for g in signaalbeheer.historie(ctx, wie, signaal_id)]


def test_registrant_adds_a_new_signal_to_a_known_pattern_and_it_is_recorded(
    ctx: Context, organisaties: dict[str, int], bekend: dict[str, uuid.UUID]
) -> None:
    wie = actor(organisaties, "UWV")  # the test registrant ("test:UWV")
    frontlinie = Actor(wie.organisatie_id, "UWV", Rol.FRONTLINIE, wie.naam)
    p = aansluiting.join_pattern(ctx, frontlinie, bekend["nieuw"], bekend["ww"])
    assert p.id == bekend["ww"]
    analyse = patronen.analysis_of(ctx, [bekend["nieuw"]])[bekend["nieuw"]]
    assert analyse.patroon_id == bekend["ww"] and analyse.handmatig
    assert _acties(ctx, wie, bekend["nieuw"])[-1] == Handeling.PATROON_GEWIJZIGD


def test_only_the_registrant_of_a_new_signal_may_add_it_at_intake(
    ctx: Context, organisaties: dict[str, int], bekend: dict[str, uuid.UUID]
) -> None:
    wie = actor(organisaties, "UWV")
    collega = Actor(wie.organisatie_id, "UWV", Rol.FRONTLINIE, "frontlinie-2")
    with pytest.raises(GeenToegang):
        aansluiting.join_pattern(ctx, collega, bekend["nieuw"], bekend["ww"])
    signaalbeheer.change_status(ctx, wie, bekend["nieuw"], Signaalstatus.GETRIAGEERD, "bekeken")
    with pytest.raises(GeenToegang):
        aansluiting.join_pattern(ctx, wie, bekend["nieuw"], bekend["ww"])
    # Only the automatic placement after intake put it anywhere: no person's decision.
    analyse = patronen.analysis_of(ctx, [bekend["nieuw"]]).get(bekend["nieuw"])
    assert analyse is None or not analyse.handmatig


def test_another_organisations_pattern_or_signal_is_not_found(
    ctx: Context, organisaties: dict[str, int], bekend: dict[str, uuid.UUID]
) -> None:
    wie = actor(organisaties, "UWV")
    with pytest.raises(NietGevonden):
        aansluiting.join_pattern(ctx, wie, bekend["nieuw"], bekend["afval"])
    with pytest.raises(NietGevonden):
        aansluiting.join_pattern(ctx, wie, bekend["nieuw_gem"], bekend["ww"])
    with pytest.raises(NietGevonden):
        aansluiting.join_pattern(ctx, wie, bekend["nieuw"], uuid.uuid4())


def test_repeat_contact_chain_links_earlier_and_later_contacts(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    uwv = actor(organisaties, "UWV")
    store(ctx, uwv, "ww", 24)
    store(ctx, uwv, "toeslag", 14)
    herhaald = store_repeats(ctx, uwv, "123456782")
    run_analysis(ctx, "test", peildatum=PEIL)
    op_volgorde = sorted(
        (signaalbeheer.get_signaal(ctx, uwv, i) for i in herhaald), key=lambda s: s.ontvangen_op
    )
    eerste, tweede, derde = (s.id for s in op_volgorde)
    midden = signaalbeheer.repeat_contacts(ctx, uwv, tweede)
    assert midden.eerder is not None and midden.eerder.id == eerste
    assert [s.id for s in midden.later] == [derde]
    assert signaalbeheer.repeat_contacts(ctx, uwv, eerste).eerder is None
    with pytest.raises(NietGevonden):
        signaalbeheer.repeat_contacts(ctx, actor(organisaties, "GEM-UTR"), tweede)


def test_signal_search_sorts_by_the_chosen_column_both_ways(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    uwv = actor(organisaties, "UWV")
    store(ctx, uwv, "ww", 6)
    alle = SignaalFilter()
    for kolom in (Sorteerkolom.REFERENTIE, Sorteerkolom.KANAAL, Sorteerkolom.ONTVANGEN):
        for aflopend in (False, True):
            signalen, totaal = signaalbeheer.list_signalen(
                ctx, uwv, alle, Pagina(1, 10), Sortering(kolom, aflopend)
            )
            sleutel = {
                Sorteerkolom.REFERENTIE: lambda s: s.referentie,
                Sorteerkolom.KANAAL: lambda s: s.kanaal.value,
                Sorteerkolom.ONTVANGEN: lambda s: s.ontvangen_op,
            }[kolom]
            waarden = [sleutel(s) for s in signalen]
            assert totaal == 6 and waarden == sorted(waarden, reverse=aflopend)
