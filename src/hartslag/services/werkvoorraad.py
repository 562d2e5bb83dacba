# SPDX-License-Identifier: EUPL-1.2
"""What needs the actor today (the start page): per role the counts and the few items
that ask for their attention, gathered from the other use cases, which check the rights.

Which parts a role gets is a plain table (:data:`ONDERDELEN`); each part is one function."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from hartslag.domein.actor import Actor
from hartslag.domein.agendering import Agenderingsmoment
from hartslag.domein.knelpunt import Knelpunt, may_accept
from hartslag.domein.opschaling import STANDAARDNIVEAUS
from hartslag.domein.patroon import Waarschuwing
from hartslag.domein.rechten import NAMENS_ORGANISATIE, Actie, vereis
from hartslag.domein.signaal import Signaal
from hartslag.domein.terugkoppeling import Terugkoppeling, Terugkoppelingstatus
from hartslag.domein.vocabulaire import Rol, Signaalstatus
from hartslag.domein.zoekfilter import Pagina, SignaalFilter
from hartslag.services import (
    agendering,
    knelpunten,
    opschaling,
    patronen,
    signaalbeheer,
    terugkoppelingen,
)
from hartslag.services.accounts import list_accounts_for
from hartslag.services.bewaartermijnen import run_retention
from hartslag.services.context import Context
from hartslag.services.opschaling import Vastgelopen

LIJST = 5  # items shown per part; the counts cover all
VASTGELOPEN_DAGEN = STANDAARDNIVEAUS[0].dagen  # the default route's first step up
AGENDA_WEKEN = 8  # submission deadlines this close are shown
THEMA_TELLING = 100  # the theme-suggestion queue is counted up to this many


@dataclass(frozen=True)
class Notificatie:
    tijdstip: datetime
    knelpunt_id: uuid.UUID | None
    tekst: str


@dataclass(frozen=True)
class Accountstand:
    totaal: int
    actief: int
    geblokkeerd: int  # locked after failed logins, right now
    uitgeschakeld: int


@dataclass(frozen=True)
class Waarschuwingsregel:
    waarschuwing: Waarschuwing
    onderwerp: str  # the pattern's title, or the theme or organisation code


@dataclass
class Werkvoorraad:
    rol: Rol
    signalen: list[Signaal] = field(default_factory=list)
    signalen_totaal: int | None = None
    notificaties: list[Notificatie] = field(default_factory=list)
    ongetriageerd: int | None = None
    waarschuwingen: list[Waarschuwingsregel] = field(default_factory=list)
    waarschuwingen_totaal: int | None = None
    themavoorstellen: int | None = None
    concepten: list[tuple[Terugkoppeling, Knelpunt]] = field(default_factory=list)
    eigen_knelpunten: list[Vastgelopen] | None = None
    overdrachten: list[Knelpunt] | None = None
    vastgelopen: list[Vastgelopen] | None = None
    besluiten: list[Knelpunt] | None = None
    deadlines: list[tuple[Agenderingsmoment, list[Knelpunt]]] | None = None
    accounts: Accountstand | None = None
    bewaartermijn_verlopen: dict[str, int] | None = None
    gedeeld: list[Knelpunt] | None = None


def _signalen(ctx: Context, actor: Actor, w: Werkvoorraad) -> None:
    w.signalen, w.signalen_totaal = signaalbeheer.list_signalen(
        ctx, actor, SignaalFilter(), Pagina(1, LIJST)
    )
    with ctx.uow(schrijven=False) as uow:
        rijen = uow.notificaties.for_recipient(actor.label, LIJST)
    w.notificaties = [Notificatie(*r) for r in rijen]


def _triage(ctx: Context, actor: Actor, w: Werkvoorraad) -> None:
    _, w.ongetriageerd = signaalbeheer.list_signalen(
        ctx, actor, SignaalFilter(status=Signaalstatus.NIEUW), Pagina(1, 1)
    )
    vereis(actor.rol, Actie.SIGNAAL_WIJZIGEN)
    with ctx.uow(schrijven=False) as uow:
        w.themavoorstellen = len(
            uow.analyses.suggestions(actor.organisatie_id, None, THEMA_TELLING)
        )


def _waarschuwingen(ctx: Context, actor: Actor, w: Werkvoorraad) -> None:
    alle = patronen.list_waarschuwingen(ctx, actor)
    w.waarschuwingen_totaal = len(alle)
    w.waarschuwingen = [
        Waarschuwingsregel(
            x,
            patronen.get_patroon(ctx, actor, x.patroon_id).titel if x.patroon_id else x.onderwerp,
        )
        for x in alle[:LIJST]
    ]


def _concepten(ctx: Context, actor: Actor, w: Werkvoorraad) -> None:
    dossiers = {k.id: k for k in knelpunten.list_knelpunten(ctx, actor)}
    w.concepten = [
        (tk, dossiers[tk.knelpunt_id])
        for tk in terugkoppelingen.list_terugkoppelingen(ctx, actor)
        if tk.status == Terugkoppelingstatus.CONCEPT and tk.knelpunt_id in dossiers
    ]


def _eigen_knelpunten(ctx: Context, actor: Actor, w: Werkvoorraad) -> None:
    """Open bottlenecks the organisation owns, the actor's own (by account name) first."""
    rijen = [
        r
        for r in opschaling.stuck(ctx, actor).knelpunten
        if r.knelpunt.eigenaar and r.knelpunt.eigenaar.organisatie == actor.organisatie
    ]
    rijen.sort(
        key=lambda r: r.knelpunt.eigenaar is None or r.knelpunt.eigenaar.persoon != actor.naam
    )
    w.eigen_knelpunten = rijen


def _overdrachten(ctx: Context, actor: Actor, w: Werkvoorraad) -> None:
    namens = actor.rol in NAMENS_ORGANISATIE
    w.overdrachten = [
        k
        for k in knelpunten.list_knelpunten(ctx, actor)
        if may_accept(k, actor.organisatie, actor.naam, namens)
    ]


def _vastgelopen(ctx: Context, actor: Actor, w: Werkvoorraad) -> None:
    w.vastgelopen = opschaling.stuck(ctx, actor, VASTGELOPEN_DAGEN).knelpunten


def _besluiten(ctx: Context, actor: Actor, w: Werkvoorraad) -> None:
    """Open dossiers of the organisation that ask for a decision none has been taken on."""
    w.besluiten = [
        k
        for k in knelpunten.list_knelpunten(ctx, actor)
        if k.is_open and k.gevraagd_besluit and not k.besluiten and k.may_change(actor.organisatie)
    ]


def _deadlines(ctx: Context, actor: Actor, w: Werkvoorraad) -> None:
    vandaag = ctx.clock.now().date()
    tot = vandaag + timedelta(weeks=AGENDA_WEKEN)
    w.deadlines = [
        (m.moment, m.knelpunten)
        for m in agendering.list_momenten(ctx, actor, vanaf=vandaag)
        if m.moment.indiendeadline <= tot
    ]


def _accounts(ctx: Context, actor: Actor, w: Werkvoorraad) -> None:
    now = ctx.clock.now()
    alle = list_accounts_for(ctx, actor)
    w.accounts = Accountstand(
        totaal=len(alle),
        actief=sum(g.actief for g in alle),
        geblokkeerd=sum(
            g.actief and g.geblokkeerd_tot is not None and g.geblokkeerd_tot > now for g in alle
        ),
        uitgeschakeld=sum(not g.actief for g in alle),
    )


def _privacy(ctx: Context, actor: Actor, w: Werkvoorraad) -> None:
    """Records past their retention period that the next retention run will delete."""
    vereis(actor.rol, Actie.PRIVACY_BEHEREN)
    rapport = run_retention(ctx, dry_run=True, organisatie=actor.organisatie)
    w.bewaartermijn_verlopen = rapport.aantallen.get(actor.organisatie, {})


def _gedeeld(ctx: Context, actor: Actor, w: Werkvoorraad) -> None:
    """Dossiers another organisation shares with the actor's (it is involved in them)."""
    w.gedeeld = [
        k for k in knelpunten.list_knelpunten(ctx, actor) if k.organisatie != actor.organisatie
    ]


Onderdeel = Callable[[Context, Actor, Werkvoorraad], None]

ONDERDELEN: dict[Rol, tuple[Onderdeel, ...]] = {
    Rol.FRONTLINIE: (_signalen,),
    Rol.ANALIST: (_triage, _waarschuwingen, _concepten, _signalen),
    Rol.EIGENAAR: (_eigen_knelpunten, _overdrachten, _concepten, _deadlines),
    Rol.MANAGER: (_vastgelopen, _waarschuwingen, _besluiten, _overdrachten, _deadlines),
    Rol.BEHEERDER: (_accounts, _privacy),
    Rol.PARTNER: (_gedeeld, _overdrachten, _signalen),
}


def for_actor(ctx: Context, actor: Actor) -> Werkvoorraad:
    """The parts of the actor's role, filled in."""
    w = Werkvoorraad(actor.rol)
    for onderdeel in ONDERDELEN[actor.rol]:
        onderdeel(ctx, actor, w)
    return w
