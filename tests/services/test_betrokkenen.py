# SPDX-License-Identifier: EUPL-1.2
"""Find and erase a data subject's data through keyed pseudonyms, never plaintext."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import Engine, select, text

from hartslag.adapters.opslag.tabellen import gebeurtenis
from hartslag.domein.actor import Actor
from hartslag.domein.fouten import GeenToegang, OngeldigeInvoer
from hartslag.domein.vocabulaire import Rol
from hartslag.services import privacyinstellingen, signaalbeheer
from hartslag.services.berichten import queue_mail
from hartslag.services.betrokkenen import erase_subject, find_subject, identificaties
from hartslag.services.context import Context
from hartslag.services.importeren import import_rows
from hartslag.services.privacypoorten import Herkomst
from hartslag.services.voorbereiding import ImportRij
from tests.services.persoonsgegevens import CONTACT, beheerder, body, register

BSN = "123456782"
ANDER = {"naam": "Piet Buur", "email": "piet@example.nl"}


@pytest.fixture
def signalen(ctx: Context, organisaties: dict[str, int]) -> dict[str, uuid.UUID]:
    """Her own signal (melderId, contact, BSN in text), a neighbour's signal that names her
    BSN, one with only her contact e-mail, an unrelated one, and an imported note with her
    phone number; the same BSN at another organisation."""
    privacyinstellingen.change_settings(ctx, "UWV", originelen_bewaren=True)
    actor = beheerder(organisaties["UWV"])
    ids = {
        "eigen": register(ctx, actor, melderId=BSN, contact=CONTACT),
        "buur": register(ctx, actor, tekst=f"Buurman belt: mevrouw met BSN {BSN} krijgt geen post.",
                         melderId="piet@example.nl", contact=ANDER),
        "contact": register(ctx, actor, tekst="Vraag over de WW.", contact=CONTACT),
        "los": register(ctx, actor, tekst="Website traag.", contact=ANDER),
    }  # fmt: skip
    rij = ImportRij(
        1, body(tekst="Teruggebeld op 020-123 4567, geen gehoor.", externeReferentie="I-1")
    )
    import_rows(ctx, actor, [rij], bestandsnaam="n.csv", bestandshash="n", rapport=print)
    with ctx.uow(schrijven=False) as uow:
        ids["import"] = uow.signalen.external_ids(actor.organisatie_id)["I-1"]
    register(ctx, beheerder(organisaties["GEM-UTR"], "GEM-UTR"), melderId=BSN)
    with ctx.uow() as uow:
        for naam in ("eigen", "buur"):
            queue_mail(ctx, uow, sleutel=naam, organisatie="UWV", soort="t", aan="x@example.nl",
                       onderwerp="o", tekst="t", signaal_id=ids[naam])  # fmt: skip
        uow.commit()
    return ids


def _found(ctx: Context, organisaties: dict[str, int], **ids: str) -> dict[uuid.UUID, set[str]]:
    gevonden = find_subject(ctx, beheerder(organisaties["UWV"]), identificaties(**ids))
    return {g.treffer.signaal_id: {h.value for h in g.treffer.herkomst} for g in gevonden.signalen}


def test_subject_is_found_by_reporter_id_contact_details_and_mentions_in_text(
    ctx: Context, organisaties: dict[str, int], signalen: dict[str, uuid.UUID]
) -> None:
    assert _found(ctx, organisaties, bsn="1234.56.782") == {
        signalen["eigen"]: {Herkomst.MELDER, Herkomst.TEKST},
        signalen["buur"]: {Herkomst.TEKST},
    }
    assert _found(ctx, organisaties, email="Jantine@Example.NL") == {
        signalen["eigen"]: {Herkomst.CONTACT},
        signalen["contact"]: {Herkomst.CONTACT},
    }
    assert _found(ctx, organisaties, telefoon="+31 20 1234567") == {
        signalen["eigen"]: {Herkomst.CONTACT},
        signalen["contact"]: {Herkomst.CONTACT},
        signalen["import"]: {Herkomst.TEKST},
    }


def test_invalid_or_missing_identifiers_are_refused_clearly() -> None:
    with pytest.raises(OngeldigeInvoer, match="--bsn"):
        identificaties(bsn="123456789")  # fails the 11-proef
    with pytest.raises(OngeldigeInvoer, match="--email"):
        identificaties(email="geen-adres")
    with pytest.raises(OngeldigeInvoer, match="Geef een e-mailadres"):
        identificaties()


def test_only_a_privacy_administrator_may_search(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    analist = Actor(organisaties["UWV"], "UWV", Rol.ANALIST, "a")
    with pytest.raises(GeenToegang):
        find_subject(ctx, analist, identificaties(bsn=BSN))


def _count(engine: Engine, query: str) -> int:
    with engine.connect() as c:
        return int(c.execute(text(query)).scalar_one())


def test_erasure_removes_all_contact_data_and_links_of_the_person(
    ctx: Context, organisaties: dict[str, int], signalen: dict[str, uuid.UUID], engine: Engine
) -> None:
    actor = beheerder(organisaties["UWV"])
    wissing = erase_subject(ctx, actor, identificaties(bsn=BSN, email=CONTACT["email"]))
    assert (wissing.signalen, wissing.contactgegevens, wissing.originelen) == (3, 2, 3)
    # the queued mail and the intake confirmations of her two own signals
    assert (wissing.berichten, wissing.melderkenmerken) == (3, 1)
    for eigen in ("eigen", "contact"):
        assert signaalbeheer.read_contact(ctx, actor, signalen[eigen], "controle") is None
    buur = signaalbeheer.read_contact(ctx, actor, signalen["buur"], "controle")
    assert buur is not None and buur.email == ANDER["email"]  # someone else's stays
    assert _found(ctx, organisaties, bsn=BSN, email=CONTACT["email"]) == {}
    eigen = signalen["eigen"].hex
    assert _count(engine, f"SELECT count(*) FROM signaal_pseudoniem WHERE signaal_id IN "
                  f"('{eigen}', '{signalen['eigen']}')") == 0  # fmt: skip
    assert _count(engine, "SELECT count(*) FROM signaal WHERE melder_pseudoniem IS NOT NULL") == 2
    # the neighbour's mail, and the intake confirmations of the two signals he reported
    assert _count(engine, "SELECT count(*) FROM bericht") == 3
    # The signals themselves stay, pseudonymised, and say what happened to them.
    assert _count(engine, "SELECT count(*) FROM signaal") == 6
    assert signaalbeheer.get_signaal(ctx, actor, signalen["eigen"]).heeft_contact is False


def test_erasure_is_recorded_per_signal_and_in_total_without_the_identifiers(
    ctx: Context, organisaties: dict[str, int], signalen: dict[str, uuid.UUID], engine: Engine
) -> None:
    erase_subject(ctx, beheerder(organisaties["UWV"]), identificaties(bsn=BSN))
    g = gebeurtenis
    with engine.connect() as c:
        rijen = c.execute(
            select(g.c.actie, g.c.onderwerp_id, g.c.reden, g.c.na).order_by(g.c.id)
        ).all()
    gewist = [r for r in rijen if r.actie == "signaal.persoonsgegevens-gewist"]
    assert {r.onderwerp_id for r in gewist} == {str(signalen["eigen"]), str(signalen["buur"])}
    assert rijen[-1].actie == "betrokkene.gewist" and rijen[-1].na["soorten"] == ["BSN"]
    assert BSN not in str(rijen) and "1234.56.782" not in str(rijen)
