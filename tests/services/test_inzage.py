# SPDX-License-Identifier: EUPL-1.2
"""Right of access: one document with what Hartslag holds about a person."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import Engine, select

from hartslag.adapters.opslag.tabellen import gebeurtenis
from hartslag.services import privacyinstellingen
from hartslag.services.betrokkenen import identificaties
from hartslag.services.context import Context
from hartslag.services.inzage import export_subject
from tests.services.persoonsgegevens import CONTACT, TEKST, beheerder, register

BSN = "123456782"


def test_export_holds_their_signals_pseudonymised_with_their_own_vault_data_decrypted(
    ctx: Context, organisaties: dict[str, int], engine: Engine
) -> None:
    privacyinstellingen.change_settings(ctx, "UWV", originelen_bewaren=True)
    actor = beheerder(organisaties["UWV"])
    eigen = register(ctx, actor, melderId=BSN, contact=CONTACT)
    buur = register(
        ctx, actor, tekst=f"Buurvrouw met BSN {BSN} belde.", contact={"email": "p@example.nl"}
    )
    document = export_subject(ctx, actor, identificaties(bsn=BSN))
    json.dumps(document)  # JSON-ready as it is
    per_id = {s["referentie"]: s for s in document["signalen"]}
    assert len(per_id) == 2 and document["gezochtOp"] == ["BSN"]
    with ctx.uow(schrijven=False) as uow:
        referenties = {
            i: uow.signalen.get(actor.organisatie_id, i).referentie for i in (eigen, buur)
        }  # type: ignore[union-attr]
    zelf, ander = per_id[referenties[eigen]], per_id[referenties[buur]]
    assert zelf["contactgegevens"]["email"] == CONTACT["email"]
    assert zelf["origineel"]["tekst"] == TEKST and "[BSN-1]" in zelf["tekst"]
    assert zelf["gevondenVia"] == ["melder", "tekst"]
    assert [g["actie"] for g in zelf["gebeurtenissen"]] == ["signaal.geregistreerd"]
    # Someone else's signal that names them: the pseudonymised text, nothing of the vault.
    assert ander["contactgegevens"] is None and ander["origineel"] is None
    assert BSN not in ander["tekst"]
    _reads_are_recorded(engine, eigen)


def _reads_are_recorded(engine: Engine, eigen: uuid.UUID) -> None:
    g = gebeurtenis
    with engine.connect() as c:
        rijen = c.execute(
            select(g.c.actie, g.c.onderwerp_id, g.c.reden, g.c.na).order_by(g.c.id)
        ).all()
    gelezen = [(r.actie, r.onderwerp_id) for r in rijen if r.actie.endswith(".gelezen")]
    assert gelezen == [("contact.gelezen", str(eigen)), ("origineel.gelezen", str(eigen))]
    assert rijen[-1].actie == "betrokkene.inzage-gegeven" and rijen[-1].na["signalen"] == 2
    assert BSN not in str(rijen) and CONTACT["email"] not in str(rijen)
