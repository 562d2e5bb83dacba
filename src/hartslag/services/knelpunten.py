# SPDX-License-Identifier: EUPL-1.2
"""Use cases on the bottleneck dossier: create, read, change, link signals, decide, act,
follow, and move it through its workflow. Every change is an audit record."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import GeenToegang, NietGevonden, OngeldigeInvoer, VeldFout
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.knelpunt import (
    Actiepunt,
    Besluit,
    Casus,
    Knelpunt,
    Knelpuntstatus,
    Laag,
)
from hartslag.domein.knelpuntworkflow import transition
from hartslag.domein.opschaling import default_route
from hartslag.domein.opvolging import default_target
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.terugkoppeling import MIJLPALEN
from hartslag.domein.vocabulaire import Bereik, Impactdomein
from hartslag.privacy import pseudonymise
from hartslag.services import zicht
from hartslag.services.context import Context
from hartslag.services.free_text import fit, protect_fields, protect_free_text, protect_free_texts
from hartslag.services.mijlpalen import draft_feedback, withdraw_on_reopen
from hartslag.services.patroonkoppeling import pattern_signals
from hartslag.services.poorten import GekoppeldSignaal, UnitOfWork

WIJZIGBAAR = frozenset(
    {
        "titel",
        "omschrijving",
        "knellend_mechanisme",
        "lagen",
        "impactdomeinen",
        "getroffen_groepen",
        "geschat_bereik",
        "bereik",
        "patronen",
        "casussen",
        "alternatieven",
        "gevraagd_besluit",
        "betrokken_organisaties",
        "agenderingsmoment_id",
        "streefdatum",
    }
)
# What a dossier always has: a change cannot empty it with None (a list is emptied with ()).
# Every list of dossiers reads these back, so one stored None would break them all.
NIET_LEEG = frozenset(
    {"titel", "omschrijving", "lagen", "impactdomeinen", "getroffen_groepen", "patronen"}
    | {"casussen", "alternatieven", "betrokken_organisaties"}
)


@dataclass(frozen=True)
class NieuwKnelpunt:
    titel: str
    omschrijving: str
    knellend_mechanisme: str | None = None
    lagen: tuple[Laag, ...] = ()
    impactdomeinen: tuple[Impactdomein, ...] = ()
    getroffen_groepen: tuple[str, ...] = ()
    geschat_bereik: int | None = None
    bereik: Bereik | None = None
    patronen: tuple[str, ...] = ()
    casussen: tuple[Casus, ...] = ()
    alternatieven: tuple[str, ...] = ()
    gevraagd_besluit: str | None = None
    betrokken_organisaties: tuple[str, ...] = ()
    signaal_ids: tuple[uuid.UUID, ...] = ()
    streefdatum: date | None = None  # None: from the escalation route


@dataclass(frozen=True)
class Knelpuntcijfers:
    """Figures derived live from the linked signals."""

    aantal_signalen: int
    per_organisatie: dict[str, int]
    per_maand: dict[str, int]
    per_bereik: dict[str, int]
    eerste_signaal_op: datetime | None
    melders_met_contact: int
    organisaties: list[str] = field(default_factory=list)


# The dossier's free text; each goes through `free_text` before it is stored.
TEKSTVELDEN = (
    "titel",
    "omschrijving",
    "knellend_mechanisme",
    "getroffen_groepen",
    "patronen",
    "alternatieven",
    "gevraagd_besluit",
)
TITEL_MAX = 300  # the column's length


def anonymise(tekst: str) -> str:
    """A last line of defence for text that leaves the organisation (a letter, the public
    page). What people type is pseudonymised when it is stored (`free_text`), so this
    finds nothing there; it covers dossiers stored before that. Not for input: it keeps
    no pseudonym links."""
    return pseudonymise(tekst).text


def niet_gevonden(knelpunt_id: uuid.UUID) -> NietGevonden:
    return NietGevonden(
        f"Knelpunt {knelpunt_id} bestaat niet (of uw organisatie is er niet bij betrokken)."
    )


def load(
    ctx: Context, uow: UnitOfWork, actor: Actor, knelpunt_id: uuid.UUID, *, wijzigen: bool
) -> Knelpunt:
    """The bottleneck if the actor's organisation may read it (it steers it, or it is
    involved under an agreement of the one that does: ``services.zicht``); 404 otherwise,
    so that nobody learns which bottlenecks other organisations have."""
    k = uow.knelpunten.get(knelpunt_id)
    if k is None or not zicht.may_read_dossier(ctx, uow, actor.organisatie, k):
        raise niet_gevonden(knelpunt_id)
    if wijzigen and not k.may_change(actor.organisatie):
        raise GeenToegang(
            "Uw organisatie is betrokken bij dit knelpunt en mag het lezen; wijzigen doen de "
            "organisatie die het aanmaakte en de eigenaar."
        )
    return k


def record(
    ctx: Context,
    uow: UnitOfWork,
    actor: Actor | str,
    actie: Handeling,
    onderwerp: tuple[str, uuid.UUID | str],
    *,
    reden: str | None = None,
    voor: dict[str, Any] | None = None,
    na: dict[str, Any] | None = None,
    organisatie_id: int | None = None,
) -> None:
    uow.gebeurtenissen.add(
        Gebeurtenis(
            tijdstip=ctx.clock.now(),
            actor=actor.label if isinstance(actor, Actor) else actor,
            actie=actie,
            onderwerp_type=onderwerp[0],
            onderwerp_id=str(onderwerp[1]),
            organisatie_id=actor.organisatie_id if isinstance(actor, Actor) else organisatie_id,
            reden=reden,
            voor=voor,
            na=na,
        )
    )


def notify(ctx: Context, uow: UnitOfWork, k: Knelpunt, tekst: str) -> None:
    """Tell everyone following the dossier (the professionals who raised its signals)."""
    for volger in uow.knelpunten.volgers(k.id):
        uow.notificaties.add(volger, k.id, f"{k.titel}: {tekst}", ctx.clock.now())


def anonymised_cases(
    ctx: Context,
    uow: UnitOfWork,
    actor: Actor,
    onderwerp: tuple[str, uuid.UUID],
    casussen: tuple[Casus, ...],
) -> tuple[Casus, ...]:
    """Cases are anonymised narratives: a story typed by a person is pseudonymised (with its
    links on `onderwerp`); without one, the text of the signal it names, which was
    pseudonymised at intake, is the story."""
    paren: list[tuple[str, str]] = []
    uit_signaal: list[str | None] = []
    for nummer, c in enumerate(casussen, 1):
        paren.append(("casussen.titel", c.titel))
        if c.verhaal.strip():
            paren.append(("casussen.verhaal", c.verhaal))
            uit_signaal.append(None)
        elif c.signaal_id is not None:
            s = uow.signalen.get(actor.organisatie_id, c.signaal_id)
            if s is None:
                raise OngeldigeInvoer(f"Signaal {c.signaal_id} (casus {nummer}) bestaat niet.")
            uit_signaal.append(s.tekst)
        else:
            raise OngeldigeInvoer(f"Casus {nummer}: geef een verhaal of een signaalId.")
    teksten = iter(protect_free_texts(ctx, uow, actor, onderwerp, paren))
    return tuple(
        replace(c, titel=next(teksten), verhaal=tekst if tekst is not None else next(teksten))
        for c, tekst in zip(casussen, uit_signaal, strict=True)
    )


def protect_dossier(
    ctx: Context, uow: UnitOfWork, actor: Actor, knelpunt_id: uuid.UUID, velden: dict[str, Any]
) -> dict[str, Any]:
    """`velden` (a new dossier's or a merge patch) with its free text and cases
    pseudonymised and linked to the dossier; other fields as given."""
    onderwerp = ("knelpunt", knelpunt_id)
    tekst = {naam: waarde for naam, waarde in velden.items() if naam in TEKSTVELDEN}
    schoon = {**velden, **protect_fields(ctx, uow, actor, onderwerp, tekst)}
    if schoon.get("titel"):
        schoon["titel"] = fit(schoon["titel"], TITEL_MAX)
    if "casussen" in schoon:
        schoon["casussen"] = anonymised_cases(ctx, uow, actor, onderwerp, schoon["casussen"])
    return schoon


def _link(
    ctx: Context, uow: UnitOfWork, actor: Actor, k: Knelpunt, ids: tuple[uuid.UUID, ...]
) -> int:
    for signaal_id in ids:
        s = uow.signalen.get(actor.organisatie_id, signaal_id)
        if s is None:
            raise OngeldigeInvoer(
                f"Signaal {signaal_id} bestaat niet bij uw organisatie; koppel alleen eigen "
                "signalen (andere organisaties koppelen die van hen)."
            )
        uow.knelpunten.add_volger(k.id, s.geregistreerd_door)
    return uow.knelpunten.link(k.id, ids, ctx.clock.now())


def samenvatting(k: Knelpunt) -> dict[str, Any]:
    return {
        "titel": k.titel,
        "status": k.status.value,
        "eigenaar": k.eigenaar.label if k.eigenaar else None,
        "lagen": [laag.value for laag in k.lagen],
        "betrokkenOrganisaties": list(k.betrokken_organisaties),
        "streefdatum": k.streefdatum.isoformat() if k.streefdatum else None,
    }


def _new_dossier(
    ctx: Context, uow: UnitOfWork, actor: Actor, nieuw: NieuwKnelpunt, now: datetime
) -> Knelpunt:
    for code in nieuw.betrokken_organisaties:
        if uow.organisaties.get_id(code) is None:
            raise OngeldigeInvoer(f"Betrokken organisatie '{code}' bestaat niet.")
    knelpunt_id = uuid.uuid4()
    velden = protect_dossier(
        ctx,
        uow,
        actor,
        knelpunt_id,
        {
            "titel": nieuw.titel.strip(),
            "omschrijving": nieuw.omschrijving.strip(),
            "knellend_mechanisme": nieuw.knellend_mechanisme,
            "getroffen_groepen": nieuw.getroffen_groepen,
            "patronen": nieuw.patronen,
            "alternatieven": nieuw.alternatieven,
            "gevraagd_besluit": nieuw.gevraagd_besluit,
            "casussen": nieuw.casussen,
        },
    )
    return Knelpunt(
        id=knelpunt_id,
        organisatie=actor.organisatie,
        aangemaakt_op=now,
        aangemaakt_door=actor.label,
        laatste_voortgang_op=now,
        lagen=tuple(dict.fromkeys(nieuw.lagen)),
        impactdomeinen=tuple(dict.fromkeys(nieuw.impactdomeinen)),
        geschat_bereik=nieuw.geschat_bereik,
        bereik=nieuw.bereik,
        betrokken_organisaties=tuple(
            c for c in dict.fromkeys(nieuw.betrokken_organisaties) if c != actor.organisatie
        ),
        streefdatum=nieuw.streefdatum or _default_target(uow, actor.organisatie, now),
        **velden,
    )


def create_knelpunt(ctx: Context, actor: Actor, nieuw: NieuwKnelpunt) -> Knelpunt:
    vereis(actor.rol, Actie.KNELPUNT_AANMAKEN)
    if not nieuw.titel.strip() or not nieuw.omschrijving.strip():
        raise OngeldigeInvoer("Een knelpunt heeft een titel en een omschrijving.")
    with ctx.uow() as uow:
        k = _new_dossier(ctx, uow, actor, nieuw, ctx.clock.now())
        uow.knelpunten.add(k, actor.organisatie_id)
        uit_patronen = pattern_signals(uow, actor, nieuw.patronen)
        gekoppeld = _link(
            ctx, uow, actor, k, tuple(dict.fromkeys(nieuw.signaal_ids + uit_patronen))
        )
        herkomst = "patroon" if nieuw.patronen else ("signalen" if gekoppeld else "handmatig")
        record(
            ctx,
            uow,
            actor,
            Handeling.KNELPUNT_AANGEMAAKT,
            ("knelpunt", k.id),
            reden=f"aangemaakt uit {herkomst}",
            na={**samenvatting(k), "signalen": gekoppeld},
        )
        uow.commit()
    return k


def _default_target(uow: UnitOfWork, organisatie: str, now: datetime) -> date:
    route = uow.opschalingsroutes.get(organisatie) or default_route(organisatie)
    return default_target(now, route.streefdagen)


def get_knelpunt(ctx: Context, actor: Actor, knelpunt_id: uuid.UUID) -> Knelpunt:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        return load(ctx, uow, actor, knelpunt_id, wijzigen=False)


def list_knelpunten(
    ctx: Context, actor: Actor, status: Knelpuntstatus | None = None
) -> list[Knelpunt]:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        alle = zicht.visible_dossiers(ctx, uow, actor.organisatie)
    return [k for k in alle if status is None or k.status == status]


def figures(uow: UnitOfWork, k: Knelpunt) -> Knelpuntcijfers:
    return figures_of(uow.knelpunten.linked(k.id), k)


def figures_of(gekoppeld: list[GekoppeldSignaal], k: Knelpunt) -> Knelpuntcijfers:
    per_org = Counter(s.organisatie for s in gekoppeld)
    per_maand = Counter(f"{s.ontvangen_op:%Y-%m}" for s in gekoppeld)
    return Knelpuntcijfers(
        aantal_signalen=len(gekoppeld),
        per_organisatie=dict(sorted(per_org.items())),
        per_maand=dict(sorted(per_maand.items())),
        per_bereik=dict(Counter(s.bereik or "onbekend" for s in gekoppeld)),
        eerste_signaal_op=gekoppeld[0].ontvangen_op if gekoppeld else None,
        melders_met_contact=sum(1 for s in gekoppeld if s.contact_id is not None),
        organisaties=sorted(k.organisaties | set(per_org)),
    )


def get_figures(ctx: Context, actor: Actor, knelpunt_id: uuid.UUID) -> Knelpuntcijfers:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        return figures(uow, load(ctx, uow, actor, knelpunt_id, wijzigen=False))


def _check_moment(uow: UnitOfWork, actor: Actor, moment_id: uuid.UUID) -> None:
    """A bottleneck targets an agenda moment of the calendar of the organisation that
    steers it."""
    m = uow.agenderingsmomenten.get(moment_id)
    if m is None or m.organisatie != actor.organisatie:
        raise OngeldigeInvoer(
            f"Agenderingsmoment {moment_id} staat niet in de kalender van uw organisatie "
            "(GET /api/v1/agenderingsmomenten)."
        )


def change_knelpunt(
    ctx: Context,
    actor: Actor,
    knelpunt_id: uuid.UUID,
    wijzigingen: dict[str, Any],
    reden: str | None,
) -> Knelpunt:
    vereis(actor.rol, Actie.KNELPUNT_WIJZIGEN)
    onbekend = set(wijzigingen) - WIJZIGBAAR
    if onbekend:
        raise OngeldigeInvoer(f"Deze velden kunnen niet worden gewijzigd: {sorted(onbekend)}.")
    leeg = sorted(naam for naam in NIET_LEEG & set(wijzigingen) if wijzigingen[naam] is None)
    if leeg:
        raise OngeldigeInvoer(
            "Deze velden kunnen niet leeg worden gemaakt; zie invalidParams.",
            velden=[VeldFout(naam, "mag niet leeg (null) zijn") for naam in leeg],
        )
    with ctx.uow() as uow:
        oud = load(ctx, uow, actor, knelpunt_id, wijzigen=True)
        if wijzigingen.get("agenderingsmoment_id") is not None:
            _check_moment(uow, actor, wijzigingen["agenderingsmoment_id"])
        wijzigingen = protect_dossier(ctx, uow, actor, knelpunt_id, wijzigingen)
        reden = protect_free_text(ctx, uow, actor, ("knelpunt", knelpunt_id), "reden", reden)
        nieuw = replace(oud, **wijzigingen, laatste_voortgang_op=ctx.clock.now())
        uow.knelpunten.save(nieuw)
        record(
            ctx,
            uow,
            actor,
            Handeling.KNELPUNT_GEWIJZIGD,
            ("knelpunt", knelpunt_id),
            reden=reden,
            **_dates_changed(oud, nieuw, sorted(wijzigingen)),
        )
        uow.commit()
    return nieuw


def _dates_changed(oud: Knelpunt, nieuw: Knelpunt, velden: list[str]) -> dict[str, Any]:
    """What the audit record says of a change: the fields, and a moved target date."""
    if oud.streefdatum == nieuw.streefdatum:
        return {"na": {"velden": velden}}
    return {
        "voor": {"streefdatum": oud.streefdatum.isoformat() if oud.streefdatum else None},
        "na": {
            "velden": velden,
            "streefdatum": nieuw.streefdatum.isoformat() if nieuw.streefdatum else None,
        },
    }


def link_signalen(
    ctx: Context, actor: Actor, knelpunt_id: uuid.UUID, signaal_ids: tuple[uuid.UUID, ...]
) -> int:
    """Link signals of the actor's own organisation (every involved organisation links its
    own); their registrars start following the dossier."""
    vereis(actor.rol, Actie.KNELPUNT_WIJZIGEN)
    with ctx.uow() as uow:
        k = load(ctx, uow, actor, knelpunt_id, wijzigen=False)
        aantal = _link(ctx, uow, actor, k, signaal_ids)
        record(
            ctx,
            uow,
            actor,
            Handeling.KNELPUNT_SIGNALEN_GEKOPPELD,
            ("knelpunt", k.id),
            na={"gekoppeld": aantal},
        )
        uow.commit()
    return aantal


def add_besluit(
    ctx: Context, actor: Actor, knelpunt_id: uuid.UUID, omschrijving: str, motivering: str
) -> Knelpunt:
    vereis(actor.rol, Actie.KNELPUNT_WIJZIGEN)
    if not omschrijving.strip() or not motivering.strip():
        raise OngeldigeInvoer("Een besluit heeft een omschrijving en een motivering.")
    now = ctx.clock.now()
    with ctx.uow() as uow:
        k = load(ctx, uow, actor, knelpunt_id, wijzigen=True)
        tekst = protect_fields(
            ctx,
            uow,
            actor,
            ("knelpunt", k.id),
            {
                "besluiten.omschrijving": omschrijving.strip(),
                "besluiten.motivering": motivering.strip(),
            },
        )
        besluit = Besluit(
            str(tekst["besluiten.omschrijving"]),
            str(tekst["besluiten.motivering"]),
            actor.label,
            now,
        )
        k = replace(k, besluiten=(*k.besluiten, besluit), laatste_voortgang_op=now)
        uow.knelpunten.save(k)
        record(
            ctx,
            uow,
            actor,
            Handeling.KNELPUNT_BESLUIT_GENOMEN,
            ("knelpunt", k.id),
            reden=besluit.motivering,
            na={"besluit": besluit.omschrijving},
        )
        notify(ctx, uow, k, f"besluit genomen: {besluit.omschrijving}")
        uow.commit()
    return k


def add_actie(
    ctx: Context,
    actor: Actor,
    knelpunt_id: uuid.UUID,
    omschrijving: str,
    eigenaar: str,
    deadline: date | None,
    bron: str | None = None,
) -> Knelpunt:
    vereis(actor.rol, Actie.KNELPUNT_WIJZIGEN)
    with ctx.uow() as uow:
        k = add_actie_in(ctx, uow, actor, knelpunt_id, omschrijving, eigenaar, deadline, bron)
        uow.commit()
    return k


def add_actie_in(
    ctx: Context,
    uow: UnitOfWork,
    actor: Actor,
    knelpunt_id: uuid.UUID,
    omschrijving: str,
    eigenaar: str,
    deadline: date | None,
    bron: str | None,
    *,
    beschermd: bool = False,
) -> Knelpunt:
    """Add an action; `beschermd`: the description was pseudonymised already (an action
    agreed in a session, linked to that session), so it is not done twice."""
    if not omschrijving.strip() or not eigenaar.strip():
        raise OngeldigeInvoer("Een actie heeft een omschrijving en een eigenaar.")
    k = load(ctx, uow, actor, knelpunt_id, wijzigen=False)
    tekst = omschrijving.strip()
    if not beschermd:
        tekst = str(
            protect_free_text(ctx, uow, actor, ("knelpunt", k.id), "acties.omschrijving", tekst)
        )
    actie = Actiepunt(
        uuid.uuid4(), tekst, eigenaar.strip(), deadline, bron=bron, organisatie=actor.organisatie
    )
    k = replace(k, acties=(*k.acties, actie), laatste_voortgang_op=ctx.clock.now())
    uow.knelpunten.save(k)
    record(
        ctx,
        uow,
        actor,
        Handeling.KNELPUNT_ACTIE_TOEGEVOEGD,
        ("knelpunt", k.id),
        reden=bron,
        na={
            "actie": actie.omschrijving,
            "eigenaar": actie.eigenaar,
            "deadline": deadline.isoformat() if deadline else None,
        },
    )
    return k


def follow(ctx: Context, actor: Actor, knelpunt_id: uuid.UUID) -> None:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow() as uow:
        k = load(ctx, uow, actor, knelpunt_id, wijzigen=False)
        if uow.knelpunten.add_volger(k.id, actor.label):
            record(ctx, uow, actor, Handeling.KNELPUNT_GEVOLGD, ("knelpunt", k.id))
        uow.commit()


def followers(ctx: Context, actor: Actor, knelpunt_id: uuid.UUID) -> list[str]:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        load(ctx, uow, actor, knelpunt_id, wijzigen=False)
        return uow.knelpunten.volgers(knelpunt_id)


def _merge_into(
    ctx: Context, uow: UnitOfWork, actor: Actor, k: Knelpunt, doel_id: uuid.UUID | None
) -> None:
    if doel_id is None:
        return
    doel = load(ctx, uow, actor, doel_id, wijzigen=False)
    if not doel.is_open:
        raise OngeldigeInvoer("Voeg alleen samen met een knelpunt dat nog open is.")
    ids = tuple(s.signaal_id for s in uow.knelpunten.linked(k.id))
    uow.knelpunten.link(doel.id, ids, ctx.clock.now())
    for volger in uow.knelpunten.volgers(k.id):
        uow.knelpunten.add_volger(doel.id, volger)


def transition_knelpunt(
    ctx: Context,
    actor: Actor,
    knelpunt_id: uuid.UUID,
    naar: Knelpuntstatus,
    reden: str,
    samengevoegd_in: uuid.UUID | None = None,
) -> Knelpunt:
    """Move the bottleneck; at a milestone a feedback draft is written for review."""
    vereis(actor.rol, Actie.KNELPUNT_WIJZIGEN)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        oud = load(ctx, uow, actor, knelpunt_id, wijzigen=True)
        reden = str(protect_free_text(ctx, uow, actor, ("knelpunt", oud.id), "reden", reden))
        nieuw = transition(
            oud, naar, rol=actor.rol, reden=reden, now=now, samengevoegd_in=samengevoegd_in
        )
        if naar == Knelpuntstatus.SAMENGEVOEGD:
            _merge_into(ctx, uow, actor, oud, samengevoegd_in)
        uow.knelpunten.save(nieuw)
        record(
            ctx,
            uow,
            actor,
            Handeling.KNELPUNT_STATUS_GEWIJZIGD,
            ("knelpunt", nieuw.id),
            reden=reden.strip(),
            voor={"status": oud.status.value},
            na={
                "status": nieuw.status.value,
                "samengevoegdIn": str(samengevoegd_in) if samengevoegd_in else None,
            },
        )
        notify(ctx, uow, nieuw, f"status is nu '{nieuw.status.value}' ({reden.strip()})")
        if naar in MIJLPALEN:
            draft_feedback(ctx, uow, actor, nieuw, naar)
        if oud.status == Knelpuntstatus.OPGELOST:
            withdraw_on_reopen(ctx, uow, actor, nieuw)
        uow.commit()
    return nieuw


def historie(ctx: Context, actor: Actor, knelpunt_id: uuid.UUID) -> list[Gebeurtenis]:
    """The dossier's audit trail, across the organisations involved."""
    vereis(actor.rol, Actie.HISTORIE_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        load(ctx, uow, actor, knelpunt_id, wijzigen=False)
        return uow.gebeurtenissen.for_subject([("knelpunt", str(knelpunt_id))], None)
