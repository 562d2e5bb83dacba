# SPDX-License-Identifier: EUPL-1.2
"""The external reference is an identifier of the source system, and sometimes holds one
of a person: it is stored with keyed pseudonyms (so the same reference still matches for
duplicates, in the API and in imports), found by a subject search, and unlinked by erasure."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from hartslag.domein.fouten import Conflict
from hartslag.privacy import EntiteitType
from hartslag.services.bescherming import forget_in_reference, protected_reference
from hartslag.services.betrokkenen import erase_subject, find_subject, identificaties
from hartslag.services.context import Context
from hartslag.services.importeren import import_rows
from hartslag.services.pseudoniemen import identifier_pseudoniem
from hartslag.services.voorbereiding import ImportRij
from tests.services.persoonsgegevens import beheerder, body, register

BSN = "123456782"


def _references(engine: Engine) -> list[str]:
    with engine.connect() as c:
        rijen = c.execute(text("SELECT externe_referentie FROM signaal ORDER BY 1")).all()
    return [r[0] for r in rijen if r[0]]


def test_a_reference_with_a_bsn_is_stored_keyed_and_matches_again(
    ctx: Context, organisaties: dict[str, int], engine: Engine
) -> None:
    actor = beheerder(organisaties["UWV"])
    register(ctx, actor, externeReferentie=f"klant {BSN}")
    (opgeslagen,) = _references(engine)
    assert BSN not in opgeslagen and opgeslagen.startswith("klant [BSN-")
    assert opgeslagen == protected_reference(ctx.pseudoniem_sleutel, "UWV", f"klant {BSN}")
    with pytest.raises(Conflict) as fout:
        register(ctx, actor, externeReferentie=f"klant {BSN}")
    assert BSN not in fout.value.detail
    # An import of the same reference is recognised as known, and skipped.
    rij = ImportRij(1, body(tekst="Andere tekst", externeReferentie=f"klant {BSN}"))
    import_rows(ctx, actor, [rij], bestandsnaam="a.csv", bestandshash="a", rapport=print)
    assert len(_references(engine)) == 1
    # At another organisation the same reference is another value.
    assert protected_reference(ctx.pseudoniem_sleutel, "GEM-UTR", BSN) != protected_reference(
        ctx.pseudoniem_sleutel, "UWV", BSN
    )


def test_erasure_unlinks_the_reference(
    ctx: Context, organisaties: dict[str, int], engine: Engine
) -> None:
    actor = beheerder(organisaties["UWV"])
    signaal_id = register(ctx, actor, tekst="WW te laat.", externeReferentie=f"klant {BSN}")
    gevonden = find_subject(ctx, actor, identificaties(bsn=BSN))
    assert [g.treffer.signaal_id for g in gevonden.signalen] == [signaal_id]
    erase_subject(ctx, actor, identificaties(bsn=BSN))
    (na,) = _references(engine)
    haar = identifier_pseudoniem(ctx.pseudoniem_sleutel, "UWV", EntiteitType.BSN, BSN)
    assert na.startswith("klant [BSN-") and haar[:12] not in na


def test_forgetting_keeps_references_unique_and_other_parts_intact() -> None:
    ref = "[BSN-aaaaaaaaaaaa] en [EMAIL-bbbbbbbbbbbb]"
    een, twee = (forget_in_reference(ref, ["a" * 64]) for _ in range(2))
    assert een != twee and een.endswith("en [EMAIL-bbbbbbbbbbbb]")
    assert "aaaaaaaaaaaa" not in een
