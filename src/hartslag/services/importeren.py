# SPDX-License-Identifier: EUPL-1.2
"""Use case: bulk import of signals from a file someone exported elsewhere.

Rows are validated one by one with the intake schema; good rows are stored in batches,
each batch one transaction that also moves the import's checkpoint, so a crash or Ctrl-C
loses no committed row and a rerun of the same file resumes after the checkpoint. Rows
already stored (same external reference, or same content) are skipped, so re-running a
file stores nothing twice. Every bad row is reported with its row number, column and reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from hartslag.domein.actor import Actor
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.signaal import SignaalInvoer, referentie_voor
from hartslag.services.context import Context
from hartslag.services.invoer import SignaalNieuw, veldfouten
from hartslag.services.poorten import ImportVoortgang, NieuwSignaalRij, UnitOfWork
from hartslag.services.registratie import build_row

CONTACTKOLOMMEN = {"contactNaam": "naam", "contactEmail": "email", "contactTelefoon": "telefoon"}
BEKENDE_KOLOMMEN = frozenset(
    {str(veld.alias) for veld in SignaalNieuw.model_fields.values()} - {"contact"}
    | set(CONTACTKOLOMMEN)
    | {"organisatie"}
)


def unknown_columns(kolommen: Iterable[str]) -> list[str]:
    """Columns the import ignores (after mapping): worth a warning, not an error."""
    return [k for k in kolommen if k not in BEKENDE_KOLOMMEN]


@dataclass(frozen=True)
class ImportRij:
    nummer: int
    velden: dict[str, Any]
    fout: str | None = None


@dataclass(frozen=True)
class ImportFout:
    rij: int
    kolom: str
    reden: str


@dataclass
class ImportResultaat:
    importrun_id: uuid.UUID
    gelezen: int = 0
    opgeslagen: int = 0
    dubbel: int = 0
    fouten: int = 0
    hervat_na_rij: int = 0
    onbekende_kolommen: list[str] = field(default_factory=list)


FoutRapport = Callable[[list[ImportFout]], None]
Voortgang = Callable[[int], None]


def parse_row(rij: ImportRij, organisatie: str) -> tuple[SignaalInvoer | None, list[ImportFout]]:
    """One file row as intake input, or the reasons it cannot be stored."""
    if rij.fout:
        return None, [ImportFout(rij.nummer, "(rij)", rij.fout)]
    velden = {
        k: v for k, v in rij.velden.items() if k in BEKENDE_KOLOMMEN and v is not None and v != ""
    }
    rij_organisatie = velden.pop("organisatie", None)
    if rij_organisatie is not None and str(rij_organisatie) != organisatie:
        reden = f"rij hoort bij organisatie '{rij_organisatie}', import is voor '{organisatie}'"
        return None, [ImportFout(rij.nummer, "organisatie", reden)]
    contact = {doel: velden.pop(bron) for bron, doel in CONTACTKOLOMMEN.items() if bron in velden}
    if contact:
        velden["contact"] = contact
    try:
        return SignaalNieuw.model_validate(velden).to_invoer(), []
    except ValidationError as exc:
        return None, [ImportFout(rij.nummer, v.veld, v.reden) for v in veldfouten(exc)]


class _Batch:
    def __init__(self) -> None:
        self.invoer: list[SignaalInvoer] = []
        self.fouten: list[ImportFout] = []
        self.eerste_rij = 0
        self.laatste_rij = 0

    def __len__(self) -> int:
        return len(self.invoer) + len(self.fouten)


def _unique(
    batch: list[SignaalInvoer], uow: UnitOfWork, organisatie_id: int
) -> list[SignaalInvoer]:
    """Drop rows stored before (or twice in this batch): same external id or same content."""
    externe = [i.externe_referentie for i in batch if i.externe_referentie]
    hashes = [i.inhoudshash() for i in batch]
    bekend_ext, bekend_hash = uow.signalen.existing_keys(organisatie_id, externe, hashes)
    uniek = []
    for invoer in batch:
        ext, inhoud = invoer.externe_referentie, invoer.inhoudshash()
        if (ext and ext in bekend_ext) or inhoud in bekend_hash:
            continue
        if ext:
            bekend_ext.add(ext)
        bekend_hash.add(inhoud)
        uniek.append(invoer)
    return uniek


class Importeur:
    def __init__(self, ctx: Context, actor: Actor, rapport: FoutRapport) -> None:
        vereis(actor.rol, Actie.IMPORTEREN)
        self.ctx, self.actor, self.rapport = ctx, actor, rapport

    def start(self, bestandsnaam: str, bestandshash: str) -> tuple[ImportVoortgang, bool]:
        """The import run for this file: the unfinished one to resume, or a new one."""
        with self.ctx.uow() as uow:
            run = uow.importruns.find_unfinished(self.actor.organisatie_id, bestandshash)
            if run is not None:
                return run, True
            run = ImportVoortgang(
                uuid.uuid4(), self.actor.organisatie_id, bestandsnaam, bestandshash, "bezig"
            )
            now = self.ctx.clock.now()
            uow.importruns.add(run, self.actor.label, now)
            self._audit(uow, Handeling.IMPORT_GESTART, run, f"import van {bestandsnaam}")
            uow.commit()
            return run, False

    def _audit(
        self, uow: UnitOfWork, actie: Handeling, run: ImportVoortgang, reden: str, **na: Any
    ) -> None:
        uow.gebeurtenissen.add(
            Gebeurtenis(
                tijdstip=self.ctx.clock.now(),
                actor=self.actor.label,
                actie=actie,
                onderwerp_type="importrun",
                onderwerp_id=str(run.id),
                organisatie_id=self.actor.organisatie_id,
                reden=reden,
                na={"bestandshash": run.bestandshash, **na} if na else None,
            )
        )

    def flush(self, run: ImportVoortgang, batch: _Batch) -> None:
        """Store one batch and move the checkpoint, in one transaction."""
        self.rapport(batch.fouten)
        with self.ctx.uow() as uow:
            uniek = _unique(batch.invoer, uow, self.actor.organisatie_id)
            now = self.ctx.clock.now()
            nummers = uow.signalen.next_references(now.year, len(uniek)) if uniek else range(0)
            rijen: list[NieuwSignaalRij] = []
            for invoer, nummer in zip(uniek, nummers, strict=True):
                rij = build_row(
                    self.ctx, uow, self.actor, invoer, referentie_voor(now.year, nummer)
                )
                rijen.append(
                    NieuwSignaalRij(
                        rij.signaal,
                        invoer.inhoudshash(),
                        rij.melder_pseudoniem,
                        rij.contact_id,
                        run.id,
                    )
                )
            uow.signalen.add_many(rijen, self.actor.organisatie_id)
            run.laatste_rij = batch.laatste_rij
            run.opgeslagen += len(rijen)
            run.dubbel += len(batch.invoer) - len(rijen)
            run.fouten += len({f.rij for f in batch.fouten})
            if rijen:
                self._audit(
                    uow,
                    Handeling.IMPORT_BATCH_OPGESLAGEN,
                    run,
                    f"rijen {batch.eerste_rij}-{batch.laatste_rij}",
                    opgeslagen=len(rijen),
                    dubbel=len(batch.invoer) - len(rijen),
                )
            uow.importruns.save(run, now)
            uow.commit()

    def finish(self, run: ImportVoortgang) -> None:
        run.status = "voltooid"
        with self.ctx.uow() as uow:
            uow.importruns.save(run, self.ctx.clock.now())
            self._audit(
                uow,
                Handeling.IMPORT_VOLTOOID,
                run,
                f"import van {run.bestandsnaam} voltooid",
                opgeslagen=run.opgeslagen,
                dubbel=run.dubbel,
                fouten=run.fouten,
            )
            uow.commit()


def import_rows(
    ctx: Context,
    actor: Actor,
    rijen: Iterable[ImportRij],
    *,
    bestandsnaam: str,
    bestandshash: str,
    rapport: FoutRapport,
    voortgang: Voortgang | None = None,
    batchgrootte: int = 5000,
) -> ImportResultaat:
    importeur = Importeur(ctx, actor, rapport)
    run, hervat = importeur.start(bestandsnaam, bestandshash)
    resultaat = ImportResultaat(run.id, hervat_na_rij=run.laatste_rij if hervat else 0)
    batch = _Batch()
    for rij in rijen:
        if rij.nummer <= resultaat.hervat_na_rij:
            continue
        resultaat.gelezen += 1
        invoer, fouten = parse_row(rij, actor.organisatie)
        batch.eerste_rij = batch.eerste_rij or rij.nummer
        batch.laatste_rij = rij.nummer
        if invoer is not None:
            batch.invoer.append(invoer)
        batch.fouten.extend(fouten)
        if len(batch) >= batchgrootte:
            importeur.flush(run, batch)
            if voortgang:
                voortgang(len(batch))
            batch = _Batch()
    if len(batch):
        importeur.flush(run, batch)
        if voortgang:
            voortgang(len(batch))
    importeur.finish(run)
    resultaat.opgeslagen, resultaat.dubbel, resultaat.fouten = (
        run.opgeslagen,
        run.dubbel,
        run.fouten,
    )
    return resultaat
