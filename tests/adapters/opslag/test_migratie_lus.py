# SPDX-License-Identifier: EUPL-1.2
"""Migration 0010 on data of before it: actions keep whether they were done, dossiers get
the default target date, and feedback keeps its outbox messages while SQLite copies the
feedback table (foreign keys stay on)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from hartslag.adapters.opslag import tabellen as t
from hartslag.adapters.opslag.database import downgrade, upgrade
from hartslag.adapters.opslag.dossiers import to_json
from hartslag.adapters.opslag.eenheid import SqlUnitOfWork
from hartslag.domein.actiepunt import Actiepunt, Actiestatus
from hartslag.domein.fouten import Conflict
from hartslag.domein.knelpunt import Knelpunt
from hartslag.domein.publicatie import PubliekeTekst

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _old_dossier(k: Knelpunt) -> dict[str, object]:
    """The dossier as revision 0012 stored it: ``gereed`` per action, no target date."""
    dossier = to_json(k, Knelpunt)
    dossier.pop("streefdatum")
    for actie, gereed in zip(dossier["acties"], (True, False), strict=True):
        for veld in ("status", "organisatie", "gestart_op", "afgesloten_op", "afgesloten_door",
                     "resultaat", "annuleringsreden"):  # fmt: skip
            actie.pop(veld)
        actie["gereed"] = gereed
    return dossier  # type: ignore[no-any-return]


def test_old_dossiers_feedback_and_outbox_survive_the_migration(engine: Engine) -> None:
    downgrade(engine, "0012")
    k = Knelpunt(
        uuid.uuid4(), "UWV", "WW te laat", "o", T0, "a@UWV", T0,
        acties=(Actiepunt(uuid.uuid4(), "klaar", "WW"), Actiepunt(uuid.uuid4(), "nog", "WW")),
    )  # fmt: skip
    tk_id, bericht_id = uuid.uuid4(), uuid.uuid4()
    with engine.begin() as c:
        org = c.execute(
            insert(t.organisatie)
            .values(code="UWV", naam="UWV", aangemaakt_op=T0)
            .returning(t.organisatie.c.id)
        ).scalar_one()
        c.execute(insert(t.knelpunt).values(
            id=k.id, organisatie_id=org, titel=k.titel, status="nieuw", laatste_voortgang_op=T0,
            aangemaakt_op=T0, dossier=_old_dossier(k),
        ))  # fmt: skip
        c.execute(insert(t.terugkoppeling).values(
            id=tk_id, knelpunt_id=k.id, organisatie="UWV", status="goedgekeurd",
            inhoud={"id": str(tk_id), "knelpunt_id": str(k.id), "organisatie": "UWV",
                    "mijlpaal": "opgelost", "tekst": "t", "aangemaakt_op": T0.isoformat(),
                    "status": "goedgekeurd"},
        ))  # fmt: skip
        c.execute(insert(t.bericht).values(
            id=bericht_id, sleutel="k", organisatie="UWV", soort="terugkoppeling",
            sleutelversie=1, aan_versleuteld=b"x", onderwerp="o", tekst="t", status="wachtend",
            pogingen=0, volgende_poging_op=T0, aangemaakt_op=T0, terugkoppeling_id=tk_id,
        ))  # fmt: skip
    upgrade(engine)
    with engine.connect() as c:
        uow = SqlUnitOfWork(c)
        na = uow.knelpunten.get(k.id)
        assert na is not None and na.streefdatum == date(2026, 5, 31)
        assert [a.status for a in na.acties] == [Actiestatus.AFGEROND, Actiestatus.OPEN]
        (tk,) = uow.terugkoppelingen.for_knelpunt(k.id)
        assert tk.signaal_id is None and tk.mijlpaal == "opgelost"
        bericht = uow.berichten.get(bericht_id)
        assert bericht is not None and bericht.terugkoppeling_id == tk_id
    with pytest.raises(IntegrityError), engine.begin() as c:  # foreign keys still hold
        c.execute(update(t.bericht).values(terugkoppeling_id=uuid.uuid4()))
    downgrade(engine, "0012")  # and back: the actions keep whether they were done
    with engine.connect() as c:
        dossier = c.execute(select(t.knelpunt.c.dossier)).scalar_one()
        assert [a["gereed"] for a in dossier["acties"]] == [True, False]
        assert "streefdatum" not in dossier
        assert c.execute(select(t.bericht.c.terugkoppeling_id)).scalar_one() == tk_id


def test_a_second_public_text_of_one_organisation_is_a_conflict_in_the_store(
    engine: Engine,
) -> None:
    """The service checks first; the unique key settles a race, as a clear conflict."""
    k = Knelpunt(uuid.uuid4(), "UWV", "t", "o", T0, "a@UWV", T0)
    with engine.begin() as c:
        uow = SqlUnitOfWork(c)
        org = uow.organisaties.add("UWV", "UWV", T0)
        uow.knelpunten.add(k, org)
        tekst = PubliekeTekst(uuid.uuid4(), k.id, "UWV", "t", "j", "w", T0, "a@UWV")
        uow.publieke_teksten.add(tekst)
        with pytest.raises(Conflict):
            uow.publieke_teksten.add(replace(tekst, id=uuid.uuid4()))
        uow.publieke_teksten.add(replace(tekst, id=uuid.uuid4(), organisatie="GEM-UTR"))
    with engine.connect() as c:
        assert len(SqlUnitOfWork(c).publieke_teksten.for_knelpunt(k.id)) == 2
