# SPDX-License-Identifier: EUPL-1.2
"""Free text typed about a record: stored pseudonymised, linked by keyed pseudonyms, found
and unlinked by the subject's rights, per organisation; a failed change links nothing."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, text

from hartslag.domein.duiding import Deelnemer, Deelnemersoort
from hartslag.domein.fouten import OngeldigeInvoer
from hartslag.domein.knelpunt import Knelpuntstatus
from hartslag.domein.workflow import OngeldigeOvergang
from hartslag.privacy import EntiteitType
from hartslag.services import agendering, duidingssessies, knelpunten, signaalbeheer
from hartslag.services.agendering import NieuwMoment
from hartslag.services.betrokkenen import erase_subject, find_subject, identificaties
from hartslag.services.bewaartermijnen import run_retention
from hartslag.services.context import Context
from hartslag.services.duidingssessies import NieuweSessie
from hartslag.services.free_text import fit
from hartslag.services.knelpunten import NieuwKnelpunt
from tests.conftest import FixedClock
from tests.services.persoonsgegevens import beheerder, register

NOTITIE = "Terugbellen: mevrouw De Boer, 06-12345678, IBAN NL91ABNA0417164300."
ZIJ = {"telefoon": "0612345678", "namen": ["De Boer"]}


def _links(engine: Engine, onderwerp: str) -> list[tuple[str, str]]:
    with engine.connect() as c:
        q = "SELECT veld, soort FROM tekst_pseudoniem WHERE onderwerp_id = :o ORDER BY veld, soort"
        return [(r.veld, r.soort) for r in c.execute(text(q), {"o": onderwerp})]


def _dossier(ctx: Context, organisaties: dict[str, int]) -> uuid.UUID:
    nieuw = NieuwKnelpunt(titel="Toeslag stopt", omschrijving="Na verhuizing stopt de toeslag.")
    return knelpunten.create_knelpunt(ctx, beheerder(organisaties["UWV"]), nieuw).id


def test_a_decision_is_stored_pseudonymised_and_found_and_unlinked_through_her_identifiers(
    ctx: Context, organisaties: dict[str, int], engine: Engine
) -> None:
    actor = beheerder(organisaties["UWV"])
    k = _dossier(ctx, organisaties)
    besluit = knelpunten.add_besluit(ctx, actor, k, "Terugbetalen", NOTITIE).besluiten[-1]
    assert besluit.motivering == "Terugbellen: mevrouw [PERSOON-1], [TELEFOON-1], IBAN [IBAN-1]."
    assert _links(engine, str(k)) == [
        ("besluiten.motivering", "IBAN"),
        ("besluiten.motivering", "PERSOON"),
        ("besluiten.motivering", "TELEFOON"),
    ]
    (vermelding,) = find_subject(
        ctx, actor, identificaties(iban="nl91 abna 0417 1643 00")
    ).vermeldingen
    assert (vermelding.onderwerp_type, vermelding.onderwerp_id) == ("knelpunt", str(k))
    assert vermelding.velden == ("besluiten.motivering",)
    wissing = erase_subject(ctx, actor, identificaties(**ZIJ))
    assert (wissing.vermeldingen, wissing.tekstkoppelingen) == (1, 2)
    assert _links(engine, str(k)) == [("besluiten.motivering", "IBAN")]  # not given: kept
    na = knelpunten.get_knelpunt(ctx, actor, k).besluiten[-1]
    assert na.motivering == besluit.motivering  # the text itself was not touched


def test_a_mention_is_found_only_by_the_organisation_whose_staff_typed_it(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    k = _dossier(ctx, organisaties)
    knelpunten.add_actie(ctx, beheerder(organisaties["UWV"]), k, NOTITIE, "Team WW", None)
    ander = beheerder(organisaties["GEM-UTR"], "GEM-UTR")
    assert find_subject(ctx, ander, identificaties(**ZIJ)).vermeldingen == []
    uwv = find_subject(ctx, beheerder(organisaties["UWV"]), identificaties(**ZIJ))
    assert [v.velden for v in uwv.vermeldingen] == [("acties.omschrijving",)]


def test_a_refused_change_links_nothing(
    ctx: Context, organisaties: dict[str, int], engine: Engine
) -> None:
    k = _dossier(ctx, organisaties)
    with pytest.raises(OngeldigeOvergang):
        knelpunten.transition_knelpunt(
            ctx, beheerder(organisaties["UWV"]), k, Knelpuntstatus.OPGELOST, NOTITIE
        )
    assert _links(engine, str(k)) == []


def test_an_expert_by_experience_is_named_by_placeholder_and_staff_by_name(
    ctx: Context, organisaties: dict[str, int], engine: Engine
) -> None:
    actor = beheerder(organisaties["UWV"])
    deelnemers = (
        Deelnemer("UWV", "Piet Medewerker", "voorzitter"),
        Deelnemer("Cliëntenraad", "Anna de Boer", "ervaringsdeskundige",
                  Deelnemersoort.ERVARINGSDESKUNDIGE),
    )  # fmt: skip
    datum = datetime(2026, 3, 16, 10, tzinfo=UTC)
    s = duidingssessies.create_sessie(ctx, actor, NieuweSessie("Casusoverleg", datum, deelnemers))
    assert [d.naam for d in s.deelnemers] == ["Piet Medewerker", "[PERSOON-1]"]
    assert _links(engine, str(s.id)) == [("deelnemers.naam", "PERSOON")]
    for naam in ("Anna de Boer", "anna  DE boer"):
        gevonden = find_subject(ctx, actor, identificaties(namen=[naam])).vermeldingen
        assert [v.onderwerp_id for v in gevonden] == [str(s.id)]


def test_a_deleted_record_takes_its_links_along(
    ctx: Context, organisaties: dict[str, int], engine: Engine, clock: FixedClock
) -> None:
    actor = beheerder(organisaties["UWV"])
    dag = clock.now().date() + timedelta(days=60)
    m = agendering.create_moment(
        ctx, actor, NieuwMoment("Overleg", dag, dag - timedelta(days=10), omschrijving=NOTITIE)
    )
    signaal = register(ctx, actor, ontvangenOp="2018-01-15T10:00:00Z")
    signaalbeheer.change_signaal(ctx, actor, signaal, {"themas": ("ww",)}, NOTITIE)
    assert _links(engine, str(m.id)) and _links(engine, str(signaal))
    agendering.delete_moment(ctx, actor, m.id)
    run_retention(ctx)
    assert _links(engine, str(m.id)) == [] and _links(engine, str(signaal)) == []


def test_subject_identifiers_include_iban_and_names_and_are_checked() -> None:
    assert identificaties(iban="NL91ABNA0417164300", namen=["De Boer", " "]) == [
        (EntiteitType.IBAN, "NL91ABNA0417164300"),
        (EntiteitType.PERSOON, "De Boer"),
    ]
    with pytest.raises(OngeldigeInvoer, match="--iban"):
        identificaties(iban="NL00ABNA0417164300")
    with pytest.raises(OngeldigeInvoer, match="--name"):
        identificaties(namen=["0"])


def test_a_text_longer_than_its_column_is_shortened() -> None:
    assert fit("x" * 10, 10) == "x" * 10
    assert fit("abc def ghi", 8) == "abc def…"
    assert len(fit("a" * 400, 300)) == 300
