# SPDX-License-Identifier: EUPL-1.2
"""The baseline of `benchmarks/load.py`: the least a web service can do to store the row
Hartslag stores for one signal. A minimal FastAPI endpoint, served by uvicorn with the
same number of workers, inserting the same ``signaal`` row (and, on SQLite, its full-text
row) with the same driver and connection settings (SQLAlchemy + psycopg / sqlite3,
``make_engine``): no authentication, validation beyond the types, pseudonymisation,
reference numbers, audit record or follow-up.

    uvicorn load_baseline:app --factory --workers N   (HARTSLAG_DATABASE_URL names the database)
"""

from __future__ import annotations

import hashlib
import os
import uuid
from datetime import UTC, datetime

from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy import insert, text

from hartslag.adapters.opslag.database import make_engine
from hartslag.adapters.opslag.tabellen import signaal


class Body(BaseModel):
    tekst: str
    brontype: str
    meldertype: str
    kanaal: str


def app() -> FastAPI:
    engine = make_engine(os.environ["HARTSLAG_DATABASE_URL"])
    sqlite = engine.dialect.name == "sqlite"
    api = FastAPI()

    @api.post("/api/v1/signalen", status_code=201)
    def opslaan(body: Body) -> dict[str, str]:
        now = datetime.now(UTC)
        sid = uuid.uuid4()
        waarden = {
            "id": sid,
            "referentie": f"B-{sid.hex[:24]}",
            "organisatie_id": 1,
            "ontvangen_op": now,
            "geregistreerd_op": now,
            "geregistreerd_door": "baseline",
            "brontype": body.brontype,
            "meldertype": body.meldertype,
            "kanaal": body.kanaal,
            "gevraagd": False,
            "impact": [],
            "regelgeving": [],
            "titel": body.tekst[:80],
            "tekst": body.tekst,
            "status": "nieuw",
            "inhoudshash": hashlib.sha256(sid.bytes + body.tekst.encode()).hexdigest(),
        }
        with engine.connect().execution_options(schrijven=True) as c, c.begin():
            c.execute(insert(signaal).values(**waarden))
            if sqlite:
                # The same search index as Hartslag's store (migration 0016, bulk.py).
                c.execute(
                    text(
                        "INSERT INTO signaal_zoektekst(rowid, woorden) SELECT rowid, "
                        "nl_stammen(coalesce(titel, '') || ' ' || tekst) "
                        "FROM signaal WHERE id = :id"
                    ),
                    {"id": sid.hex},
                )
        return {"id": str(sid)}

    return api
