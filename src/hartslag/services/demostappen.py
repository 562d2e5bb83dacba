# SPDX-License-Identifier: EUPL-1.2
"""Carrying out the steps of a demo dossier through the ordinary use cases, as the people
of the organisations involved would (see ``services.demodossiers``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from hartslag.demo.dossierstappen import (
    Actie,
    Afronden,
    Besluit,
    DemoDossier,
    Naar,
    Overdracht,
    Richten,
    Samenvoegen,
    Sessie,
    Taak,
    Vertrokken,
)
from hartslag.domein.actor import Actor
from hartslag.domein.duiding import Afspraak
from hartslag.domein.knelpunt import Casus, Knelpuntstatus
from hartslag.domein.terugkoppeling import MIJLPALEN, Terugkoppelingstatus
from hartslag.services import (
    acties,
    agendering,
    duidingssessies,
    eigenaarschap,
    knelpunten,
    publicaties,
    terugkoppelingen,
)
from hartslag.services.context import Context
from hartslag.services.duidingssessies import NieuweSessie
from hartslag.services.knelpunten import NieuwKnelpunt

# The demo's dossiers aim at a year: the oldest open ones run past it.
DEMO_STREEFDAGEN = 365


@dataclass
class Demoverslag:
    knelpunten: int = 0
    al_aanwezig: int = 0
    sessies: int = 0
    opschalingen: int = 0
    herinneringen: int = 0
    emails: int = 0

    def samenvatting(self) -> str:
        return (
            f"knelpunten: {self.knelpunten} nieuw ({self.al_aanwezig} waren er al), "
            f"{self.sessies} duidingssessies, {self.opschalingen} opschalingen, "
            f"{self.herinneringen} herinneringen, {self.emails} terugkoppelingsmails"
        )


@dataclass(frozen=True)
class DemoSignaal:
    signaal_id: uuid.UUID
    organisatie: str
    ontvangen_op: datetime
    burger: bool


@dataclass
class Uitvoering:
    ctx: Context
    actors: dict[str, Actor]
    verslag: Demoverslag
    ids: dict[tuple[str, str], uuid.UUID]  # (organisation, title) -> bottleneck
    volgend_jaar: int
    gemaakt_op: dict[str, datetime] = field(default_factory=dict)

    def _id(self, d: DemoDossier) -> uuid.UUID:
        return self.ids[(d.organisatie, d.titel)]

    def create(self, d: DemoDossier, signalen: list[DemoSignaal]) -> None:
        maker = self.actors[d.organisatie]
        eigen = [s for s in signalen if s.organisatie == d.organisatie]
        burgers = [s for s in eigen if s.burger]
        stap = max(1, len(burgers) // max(d.casussen, 1))
        casussen = tuple(
            Casus(f"Casus {i}", "", s.signaal_id)
            for i, s in enumerate(burgers[::stap][: d.casussen], start=1)
        )
        k = knelpunten.create_knelpunt(
            self.ctx,
            maker,
            NieuwKnelpunt(
                titel=d.titel,
                omschrijving=d.omschrijving,
                knellend_mechanisme=d.knellend_mechanisme,
                lagen=d.lagen,
                impactdomeinen=d.impactdomeinen,
                getroffen_groepen=d.getroffen_groepen,
                geschat_bereik=d.geschat_bereik,
                patronen=(d.probleem,),
                casussen=casussen,
                alternatieven=d.alternatieven,
                gevraagd_besluit=d.gevraagd_besluit,
                betrokken_organisaties=tuple(c for c in d.betrokken if c in self.actors),
                signaal_ids=tuple(s.signaal_id for s in eigen),
                streefdatum=self.ctx.clock.now().date() + timedelta(days=DEMO_STREEFDAGEN),
            ),
        )
        self.ids[(d.organisatie, d.titel)] = k.id
        for code in dict.fromkeys(s.organisatie for s in signalen):
            ids = tuple(s.signaal_id for s in signalen if s.organisatie == code)
            if code != d.organisatie and code in self.actors:
                knelpunten.link_signalen(self.ctx, self.actors[code], k.id, ids)
        self.verslag.knelpunten += 1

    def step(self, d: DemoDossier, actie: Actie) -> None:
        maker, k = self.actors[d.organisatie], self._id(d)
        if isinstance(actie, Naar):
            knelpunten.transition_knelpunt(self.ctx, maker, k, actie.status, actie.reden)
            if actie.status in MIJLPALEN:
                self._approve_feedback(maker, k)
        elif isinstance(actie, Overdracht):
            eigenaarschap.transfer_owner(self.ctx, maker, k, actie.eigenaar, actie.reden)
            if not actie.open:
                ontvanger = self.actors[actie.eigenaar.organisatie]
                eigenaarschap.accept_transfer(self.ctx, ontvanger, k, "Wij pakken het op.")
        elif isinstance(actie, Besluit):
            knelpunten.add_besluit(self.ctx, maker, k, actie.omschrijving, actie.motivering)
        elif isinstance(actie, Taak | Afronden):
            self._action(maker, k, actie)
        elif isinstance(actie, Richten):
            self._target(maker, k, actie.moment.format(volgend=self.volgend_jaar))
        elif isinstance(actie, Samenvoegen):
            doel = self.ids[(self._organisation_of(actie.in_titel), actie.in_titel)]
            knelpunten.transition_knelpunt(
                self.ctx, maker, k, Knelpuntstatus.SAMENGEVOEGD, actie.reden, doel
            )
        elif isinstance(actie, Vertrokken):
            eigenaarschap.mark_departed(self.ctx, maker, actie.persoon, "Uit dienst.")
        else:
            self._session(maker, k, actie)

    def _action(self, actor: Actor, k: uuid.UUID, actie: Taak | Afronden) -> None:
        """Add an action with its due date, or start and complete one with its result."""
        if isinstance(actie, Taak):
            deadline = (self.ctx.clock.now() + timedelta(days=actie.binnen_dagen)).date()
            knelpunten.add_actie(self.ctx, actor, k, actie.omschrijving, actie.eigenaar, deadline)
            return
        self._complete(actor, k, actie)

    def _complete(self, actor: Actor, k: uuid.UUID, afronden: Afronden) -> None:
        dossier = knelpunten.get_knelpunt(self.ctx, actor, k)
        (a,) = [a for a in dossier.acties if a.omschrijving == afronden.omschrijving]
        acties.start_actie(self.ctx, actor, k, a.id)
        acties.complete_actie(self.ctx, actor, k, a.id, afronden.resultaat)

    def _organisation_of(self, titel: str) -> str:
        return next(org for org, t in self.ids if t == titel)

    def _approve_feedback(self, actor: Actor, k: uuid.UUID) -> None:
        """Each organisation approves the feedback to its own reporters; the one that
        steers a solved bottleneck publishes its public text."""
        for a in self.actors.values():
            for t in terugkoppelingen.list_terugkoppelingen(self.ctx, a):
                if t.knelpunt_id == k and t.status == Terugkoppelingstatus.CONCEPT:
                    _, emails = terugkoppelingen.approve(self.ctx, a, t.id)
                    self.verslag.emails += emails
        dossier = knelpunten.get_knelpunt(self.ctx, actor, k)
        eigenaar = self.actors.get(dossier.route_organisatie, actor)
        eerder = {p.knelpunt_id for p in publicaties.list_public_texts(self.ctx, eigenaar)}
        if dossier.status == Knelpuntstatus.OPGELOST and k not in eerder:
            p = publicaties.draft_public_text(self.ctx, eigenaar, k, publicaties.Tekstdelen())
            if p.wij_deden:
                publicaties.approve_public_text(self.ctx, eigenaar, p.id)
                publicaties.publish_public_text(self.ctx, eigenaar, p.id)

    def _target(self, actor: Actor, k: uuid.UUID, naam: str) -> None:
        for mk in agendering.list_momenten(self.ctx, actor):
            if mk.moment.naam == naam:
                agendering.target(self.ctx, actor, k, mk.moment.id, f"Voor {naam}.")
                return
        raise LookupError(f"demo: agenderingsmoment '{naam}' ontbreekt bij {actor.organisatie}")

    def _session(self, actor: Actor, k: uuid.UUID, sessie: Sessie) -> None:
        now = self.ctx.clock.now()
        datum = now + timedelta(days=sessie.over_dagen)
        s = duidingssessies.create_sessie(
            self.ctx,
            actor,
            NieuweSessie(
                titel=sessie.titel,
                datum=datum,
                deelnemers=sessie.deelnemers,
                knelpunten=(k,),
                conclusies=sessie.conclusies,
                afspraken=tuple(
                    Afspraak(
                        k, a.omschrijving, a.eigenaar, (datum + timedelta(a.binnen_dagen)).date()
                    )
                    for a in sessie.afspraken
                ),
            ),
        )
        if sessie.vastleggen:
            duidingssessies.record_outcome(self.ctx, actor, s.id)
        self.verslag.sessies += 1
