# SPDX-License-Identifier: EUPL-1.2
"""Use case: bulk import of signals from a file someone exported elsewhere.

Rows are validated one by one with the intake schema; good rows are stored in batches,
each batch one transaction that also moves the import's checkpoint, so a crash or Ctrl-C
loses no committed row and a rerun of the same file resumes after the checkpoint. Rows
already stored (same external reference, or same content) are skipped, so re-running a
file stores nothing twice. Every bad row is reported with its row number, column and reason.

Validating and preparing rows is CPU work that can run in worker processes
(``werkers > 1``); the writer stays one process, in file order, so checkpoints hold.
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from datetime import datetime
from itertools import islice
from multiprocessing import get_context
from multiprocessing.context import BaseContext
from typing import Any

from hartslag.domein.actor import Actor
from hartslag.domein.events import SignaalGeregistreerd
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.signaal import referentie_voor
from hartslag.services.afzenders import sender_in
from hartslag.services.contactkluis import seal_contact
from hartslag.services.context import Context
from hartslag.services.free_text import fit, protect_free_text
from hartslag.services.ontvangst import queue_confirmation
from hartslag.services.originelen import seal_origineel
from hartslag.services.poorten import Codering, ImportVoortgang, UnitOfWork
from hartslag.services.privacyinstellingen import settings_in
from hartslag.services.privacypoorten import VersleuteldOrigineel
from hartslag.services.statuscodes import status_reference
from hartslag.services.uitwisseling import share_imported
from hartslag.services.voorbereiding import (
    STUK,
    FoutRapport,
    ImportResultaat,
    ImportRij,
    Ontvangen,
    Ontvangstrapport,
    Stuk,
    Taak,
    Voorbereid,
    Voortgang,
    prepare,
    unique,
)


class Importeur:
    def __init__(
        self,
        ctx: Context,
        actor: Actor,
        rapport: FoutRapport,
        ontvangst: Ontvangstrapport | None = None,
        bevestigen: bool = False,
    ) -> None:
        vereis(actor.rol, Actie.IMPORTEREN)
        self.ctx, self.actor, self.rapport = ctx, actor, rapport
        self.ontvangst, self.bevestigen = ontvangst, bevestigen
        with ctx.uow(schrijven=False) as uow:
            self.instellingen = settings_in(ctx, uow, actor.organisatie_id)
            self.afzender = sender_in(ctx, uow, actor.organisatie)

    def start(self, bestandsnaam: str, bestandshash: str) -> tuple[ImportVoortgang, bool]:
        """The import run for this file: the unfinished one to resume, or a new one."""
        with self.ctx.uow() as uow:
            run = uow.importruns.find_unfinished(self.actor.organisatie_id, bestandshash)
            if run is not None:  # interrupted ("bezig") or stopped by an error: resume
                if run.status != "bezig":
                    run.status = "bezig"
                    uow.importruns.save(run, self.ctx.clock.now())
                    uow.commit()
                return run, True
            run_id = uuid.uuid4()
            naam = protect_free_text(  # a file name may name a person
                self.ctx, uow, self.actor, ("importrun", run_id), "bestandsnaam", bestandsnaam
            )
            run = ImportVoortgang(
                run_id, self.actor.organisatie_id, fit(str(naam), 500), bestandshash, "bezig"
            )
            uow.importruns.add(run, self.actor.label, self.ctx.clock.now())
            self._audit(uow, Handeling.IMPORT_GESTART, run, f"import van {run.bestandsnaam}")
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

    def taak(self, run: ImportVoortgang, rijen: list[ImportRij], codering: Codering) -> Taak:
        return Taak(
            rijen,
            self.actor.organisatie,
            self.actor.label,
            self.ctx.clock.now(),
            self.ctx.pseudoniem_sleutel,
            codering,
            run.id,
            self.instellingen.originelen_bewaren,
            self.ctx.pseudoniemdomein(self.actor.organisatie),
        )

    def write(self, run: ImportVoortgang, stuk: Stuk) -> None:
        """Store one prepared chunk and move the checkpoint, in one transaction."""
        self.rapport(stuk.fouten)
        with self.ctx.uow() as uow:
            uniek = unique(stuk, uow, self.actor.organisatie_id)
            now = self.ctx.clock.now()
            nummers = uow.signalen.next_references(now.year, len(uniek)) if uniek else range(0)
            codering = uow.signalen.codering(self.actor.organisatie_id)
            rijen: list[tuple[Any, ...]] = []
            themas: list[tuple[Any, str]] = []
            koppelingen: list[tuple[Any, str, str, str]] = []
            referenties = [referentie_voor(now.year, nummer) for nummer in nummers]
            for rij, referentie in zip(uniek, referenties, strict=True):
                contact_id = self._seal_contact(uow, rij, now)
                gecodeerd = rij.gecodeerd
                rijen.append(codering.complete(gecodeerd.rij, referentie, contact_id))
                themas.extend(gecodeerd.themas)
                koppelingen.extend(gecodeerd.koppelingen)
            uow.signalen.add_encoded(rijen, themas, koppelingen)
            share_imported(
                self.ctx,
                uow,
                self.actor.organisatie_id,
                self.actor.label,
                [uuid.UUID(hex=r.signaal_id) for r in uniek],
            )
            bevestigd = self._confirm(uow, uniek, referenties)
            uow.originelen.add_many(self._sealed_originals(uniek, now))
            dubbel = len(stuk.rijen) - len(rijen)
            run.laatste_rij = stuk.laatste_rij
            run.opgeslagen += len(rijen)
            run.dubbel += dubbel
            run.fouten += len({f.rij for f in stuk.fouten})
            if rijen:
                self._audit(
                    uow,
                    Handeling.IMPORT_BATCH_OPGESLAGEN,
                    run,
                    f"rijen {stuk.eerste_rij}-{stuk.laatste_rij}",
                    opgeslagen=len(rijen),
                    dubbel=dubbel,
                    gepseudonimiseerd=sum(r.vervangen for r in uniek),
                    originelenBewaard=self.instellingen.originelen_bewaren,
                    ontvangstbevestigingen=bevestigd,
                )
            uow.importruns.save(run, now)
            if uniek:  # placed in their patterns after the commit, off the import's path
                uow.record(SignaalGeregistreerd(tuple(uuid.UUID(hex=r.signaal_id) for r in uniek)))
            uow.commit()
        if self.ontvangst is not None and uniek:
            self.ontvangst(
                [
                    Ontvangen(r.rij, ref, status_reference(self.ctx, ref))
                    for r, ref in zip(uniek, referenties, strict=True)
                ]
            )

    def _confirm(self, uow: UnitOfWork, rijen: list[Voorbereid], referenties: list[str]) -> int:
        """Queue the intake confirmations of stored rows that left an e-mail address,
        when asked (an old export's reporters may not expect mail today)."""
        if not self.bevestigen:
            return 0
        return sum(
            queue_confirmation(
                self.ctx,
                uow,
                signaal_id=uuid.UUID(hex=r.signaal_id),
                referentie=referentie,
                organisatie=self.actor.organisatie,
                email=r.contact.email,
                afzender=self.afzender,
            )
            for r, referentie in zip(rijen, referenties, strict=True)
            if r.contact is not None and r.contact.email
        )

    def _seal_contact(self, uow: UnitOfWork, rij: Voorbereid, now: datetime) -> uuid.UUID | None:
        if rij.contact is None:
            return None
        record = seal_contact(
            self.ctx, self.actor.organisatie_id, rij.contact, now, self.instellingen.contact_dagen
        )
        uow.contacten.add(record)
        return record.id

    def _sealed_originals(
        self, rijen: list[Voorbereid], now: datetime
    ) -> list[VersleuteldOrigineel]:
        return [
            seal_origineel(
                self.ctx, self.actor.organisatie_id, uuid.UUID(hex=r.signaal_id),
                r.origineel, self.instellingen, now,
            )
            for r in rijen
            if r.origineel is not None
        ]  # fmt: skip

    def finish(self, run: ImportVoortgang, status: str = "voltooid") -> None:
        """Close the run: ``voltooid``, or ``afgebroken`` when an error stopped it (a
        rerun of the file resumes after its last stored batch)."""
        run.status = status
        handeling = (
            Handeling.IMPORT_VOLTOOID if status == "voltooid" else Handeling.IMPORT_AFGEBROKEN
        )
        with self.ctx.uow() as uow:
            uow.importruns.save(run, self.ctx.clock.now())
            self._audit(
                uow,
                handeling,
                run,
                f"import van {run.bestandsnaam} {status}",
                opgeslagen=run.opgeslagen,
                dubbel=run.dubbel,
                fouten=run.fouten,
            )
            uow.commit()


def _chunks(rijen: Iterable[ImportRij], grootte: int) -> Iterator[list[ImportRij]]:
    iterator = iter(rijen)
    while chunk := list(islice(iterator, grootte)):
        yield chunk


def _merge(stukken: list[Stuk]) -> Stuk:
    samen = Stuk(eerste_rij=stukken[0].eerste_rij, laatste_rij=stukken[-1].laatste_rij)
    for stuk in stukken:
        samen.rijen.extend(stuk.rijen)
        samen.fouten.extend(stuk.fouten)
        samen.gelezen += stuk.gelezen
    return samen


def _worker_context() -> BaseContext:
    """Workers start from a server process that imported the preparing code and the main
    module once, instead of each importing them: a worker would otherwise run the main
    module's imports again (the CLI's: seconds), competing with the import itself."""
    context = get_context("forkserver")
    context.set_forkserver_preload(["__main__", prepare.__module__])
    return context


def _prepared(
    importeur: Importeur,
    run: ImportVoortgang,
    rijen: Iterable[ImportRij],
    werkers: int,
    batchgrootte: int,
) -> Iterator[Stuk]:
    """Prepared chunks in file order; with workers, a bounded number in flight."""
    with importeur.ctx.uow(schrijven=False) as uow:
        codering = uow.signalen.codering(importeur.actor.organisatie_id)
    taken = (
        importeur.taak(run, chunk, codering) for chunk in _chunks(rijen, min(STUK, batchgrootte))
    )
    if werkers <= 1:
        yield from map(prepare, taken)
    else:
        yield from _in_workers(taken, werkers)


def _in_workers(taken: Iterable[Taak], werkers: int) -> Iterator[Stuk]:
    """Chunks prepared by `werkers` processes, in file order, two per worker in flight so
    that no worker waits for its next chunk while the one before it is collected.

    Until the first worker has finished a chunk (starting one takes a second or two), this
    process prepares further chunks itself rather than wait, up to a bound: should the
    workers never start, memory stays bounded and the pool's error surfaces.
    """
    with ProcessPoolExecutor(werkers, mp_context=_worker_context()) as pool:
        bezig: deque[Future[Stuk]] = deque()
        gestart = False
        for taak in taken:
            gestart = gestart or any(f.done() for f in bezig if not isinstance(f, _Klaar))
            grens = (2 if gestart else 8) * werkers
            while bezig and (bezig[0].done() or len(bezig) >= grens):
                yield bezig.popleft().result()
            if len(bezig) < 2 * werkers:
                bezig.append(pool.submit(prepare, taak))
            else:
                bezig.append(_Klaar(prepare(taak)))
        while bezig:
            yield bezig.popleft().result()


class _Klaar(Future[Stuk]):
    """A chunk this process prepared itself, in line with the workers' futures."""

    def __init__(self, stuk: Stuk) -> None:
        super().__init__()
        self.set_result(stuk)


def has_unfinished_import(ctx: Context, actor: Actor, bestandshash: str) -> bool:
    """Whether an import of this file stopped before its end (the next one resumes it)."""
    with ctx.uow(schrijven=False) as uow:
        return uow.importruns.find_unfinished(actor.organisatie_id, bestandshash) is not None


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
    werkers: int = 1,
    ontvangst: Ontvangstrapport | None = None,
    bevestigen: bool = False,
) -> ImportResultaat:
    """Import ``rijen``; ``werkers`` > 1 validates in that many worker processes.

    One thread writes the batches, one at a time and in file order, while the next ones
    are prepared (the database works without holding the GIL); up to two wait their turn,
    so preparing never waits for the database. A batch is written only when every batch
    before it was, so each checkpoint holds; an interrupted import writes the batches
    already prepared, and then stops.

    ``ontvangst`` gets the reference and status code of every row stored, after its
    batch committed; with ``bevestigen`` the reporters who left an e-mail address get the
    intake confirmation.
    """
    importeur = Importeur(ctx, actor, rapport, ontvangst, bevestigen)
    run, hervat = importeur.start(bestandsnaam, bestandshash)
    resultaat = ImportResultaat(run.id, hervat_na_rij=run.laatste_rij if hervat else 0)
    nieuw = (rij for rij in rijen if rij.nummer > resultaat.hervat_na_rij)
    try:
        _write_all(
            importeur,
            run,
            _prepared(importeur, run, nieuw, werkers, batchgrootte),
            batchgrootte,
            resultaat,
            voortgang,
        )
    except Exception:
        # Not left "bezig" as if it still ran; a rerun resumes it all the same. An
        # interruption (Ctrl-C, a killed process) leaves it "bezig", to resume.
        importeur.finish(run, "afgebroken")
        raise
    importeur.finish(run)
    resultaat.opgeslagen, resultaat.dubbel, resultaat.fouten = (
        run.opgeslagen,
        run.dubbel,
        run.fouten,
    )
    return resultaat


def _write_all(
    importeur: Importeur,
    run: ImportVoortgang,
    stukken: Iterable[Stuk],
    batchgrootte: int,
    resultaat: ImportResultaat,
    voortgang: Voortgang | None,
) -> None:
    with ThreadPoolExecutor(1, thread_name_prefix="hartslag-import") as schrijver:
        wachtend: deque[Future[None]] = deque()
        vorige: Future[None] | None = None
        for batch in _batches(stukken, batchgrootte):
            while len(wachtend) >= 2:
                wachtend.popleft().result()
            vorige = schrijver.submit(
                _write_after, vorige, importeur, run, batch, resultaat, voortgang
            )
            wachtend.append(vorige)
        for geschreven in wachtend:
            geschreven.result()


def _batches(stukken: Iterable[Stuk], batchgrootte: int) -> Iterator[list[Stuk]]:
    """Prepared chunks grouped into batches of at least ``batchgrootte`` rows read."""
    wachtend: list[Stuk] = []
    for stuk in stukken:
        wachtend.append(stuk)
        if sum(s.gelezen for s in wachtend) >= batchgrootte:
            yield wachtend
            wachtend = []
    if wachtend:
        yield wachtend


def _write_after(
    vorige: Future[None] | None,
    importeur: Importeur,
    run: ImportVoortgang,
    stukken: list[Stuk],
    resultaat: ImportResultaat,
    voortgang: Voortgang | None,
) -> None:
    if vorige is not None:
        vorige.result()  # a batch after a failed one is not written: it would skip rows
    batch = _merge(stukken)
    importeur.write(run, batch)
    resultaat.gelezen += batch.gelezen
    if voortgang:
        voortgang(batch.gelezen)
