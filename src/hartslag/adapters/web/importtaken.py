# SPDX-License-Identifier: EUPL-1.2
"""Imports started from the web page: the uploaded file waits for its column mapping, then
runs in a thread of the server through the same import service as ``hartslag import``.

The upload holds personal data, so it is kept only until its import has finished, in a
private temporary folder. Progress and the row report live in this process's memory: the
page shows them while the server runs; what was stored is in the database either way, and
running the same file again resumes or stores nothing twice.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from hartslag.adapters.bestanden import (
    BestandFout,
    Grenzen,
    count_rows,
    file_fingerprint,
    read_rows,
)
from hartslag.domein.actor import Actor
from hartslag.services.context import Context
from hartslag.services.importeren import import_rows
from hartslag.services.voorbereiding import ImportFout, ImportResultaat, ImportRij, Ontvangen

TOON_FOUTEN = 500  # rows of the report shown on the page; the CSV holds them all


@dataclass
class Importtaak:
    id: str
    organisatie_id: int
    bestandsnaam: str
    map: Path
    kolommen: list[str]
    status: str = "koppelen"  # koppelen -> bezig -> klaar | mislukt
    totaal: int | None = None
    verwerkt: int = 0
    uitkomst: ImportResultaat | None = None
    fouten: list[ImportFout] = field(default_factory=list)
    aantal_fouten: int = 0
    aantal_codes: int = 0
    melding: str | None = None
    grenzen: Grenzen = field(default_factory=Grenzen)  # HARTSLAG_IMPORT_MAX_*

    @property
    def pad(self) -> Path:
        return self.map / ("upload" + Path(self.bestandsnaam).suffix.lower())

    @property
    def rapport(self) -> Path:
        return self.map / "fouten.csv"

    @property
    def codes(self) -> Path:
        """Reference and status code of every stored row: for the reporters."""
        return self.map / "statuscodes.csv"

    def receive(self, ontvangen: list[Ontvangen]) -> None:
        nieuw = not self.codes.exists()
        with self.codes.open("a", encoding="utf-8") as f:
            if nieuw:
                f.write("rij;referentie;statuscode\n")
            for o in ontvangen:
                f.write(f"{o.rij};{o.referentie};{o.statuscode}\n")
        self.aantal_codes += len(ontvangen)

    def report(self, fouten: list[ImportFout]) -> None:
        nieuw = not self.rapport.exists()
        with self.rapport.open("a", encoding="utf-8") as f:
            if nieuw:
                f.write("rij;kolom;reden\n")
            for fout in fouten:
                reden = fout.reden.replace(";", ",").replace("\n", " ")
                f.write(f"{fout.rij};{fout.kolom};{reden}\n")
        ruimte = TOON_FOUTEN - len(self.fouten)
        self.fouten.extend(fouten[: max(ruimte, 0)])
        self.aantal_fouten += len(fouten)


class Importtaken:
    """The web imports of this server process, by id."""

    def __init__(self) -> None:
        self._taken: dict[str, Importtaak] = {}
        self._lock = threading.Lock()

    def add(
        self,
        organisatie_id: int,
        bestandsnaam: str,
        map: Path,
        kolommen: list[str],
        grenzen: Grenzen | None = None,
    ) -> Importtaak:
        taak = Importtaak(uuid.uuid4().hex, organisatie_id, bestandsnaam, map, kolommen)
        taak.grenzen = grenzen or taak.grenzen
        with self._lock:
            self._taken[taak.id] = taak
        return taak

    def get(self, taak_id: str, organisatie_id: int) -> Importtaak | None:
        taak = self._taken.get(taak_id)
        return taak if taak is not None and taak.organisatie_id == organisatie_id else None

    def remove(self, taak: Importtaak) -> None:
        with self._lock:
            self._taken.pop(taak.id, None)
        remove_workspace(taak)

    def start(
        self,
        ctx: Context,
        actor: Actor,
        taak: Importtaak,
        negeren: set[str],
        koppeling: dict[str, str],
    ) -> None:
        with self._lock:
            if taak.status != "koppelen":
                return  # a second click on "start" starts nothing twice
            taak.status = "bezig"
        thread = threading.Thread(
            target=_run,
            args=(ctx, actor, taak, negeren, koppeling),
            daemon=True,
            name=f"hartslag-webimport-{taak.id[:8]}",
        )
        thread.start()


def new_workspace() -> Path:
    return Path(tempfile.mkdtemp(prefix="hartslag-webimport-"))


def _rijen(taak: Importtaak, negeren: set[str], koppeling: dict[str, str]) -> Iterator[ImportRij]:
    for row in read_rows(taak.pad, mapping=koppeling or None, grenzen=taak.grenzen):
        velden = {k: v for k, v in row.velden.items() if k not in negeren}
        yield ImportRij(row.nummer, velden, row.fout)


def _run(
    ctx: Context, actor: Actor, taak: Importtaak, negeren: set[str], koppeling: dict[str, str]
) -> None:
    def voortgang(n: int) -> None:
        taak.verwerkt += n

    try:
        taak.totaal = count_rows(taak.pad)
        taak.uitkomst = import_rows(
            ctx,
            actor,
            _rijen(taak, negeren, koppeling),
            bestandsnaam=taak.bestandsnaam,
            bestandshash=file_fingerprint(taak.pad),
            rapport=taak.report,
            voortgang=voortgang,
            ontvangst=taak.receive,
        )
        taak.status = "klaar"
    except BestandFout as fout:
        taak.status, taak.melding = "mislukt", fout.detail
    except Exception:  # reported on the page; the log gets no row data
        taak.status = "mislukt"
        taak.melding = None
    finally:
        taak.pad.unlink(missing_ok=True)  # the upload holds personal data


def remove_workspace(taak: Importtaak) -> None:
    shutil.rmtree(taak.map, ignore_errors=True)
