# SPDX-License-Identifier: EUPL-1.2
"""Use cases around patterns: read them, let people decide (rename, confirm, merge, split,
move a signal), and place a new signal in its pattern as soon as its vector exists.

An organisation sees the patterns of its own analysis and those of the network analysis
that hold at least one of its signals, or signals an agreement of another organisation
shows it; of a pattern's signals it sees only its own, of other organisations only the
counts an agreement shows (``services.zicht``)."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, replace
from typing import cast

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import GeenToegang, NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.patroon import (
    NETWERK,
    Mutatie,
    Mutatiesoort,
    Patroon,
    Patroonstatus,
    Waarschuwing,
    decides_on,
)
from hartslag.domein.rechten import Actie, mag, vereis
from hartslag.domein.signaal import Signaal
from hartslag.domein.zoekfilter import Pagina
from hartslag.services import zicht
from hartslag.services.context import Context
from hartslag.services.free_text import fit, protect_fields
from hartslag.services.poorten import SignaalAnalyse, UnitOfWork

TITEL_MAX = 300  # the column's length


def scopes(actor: Actor) -> list[str]:
    return [NETWERK, actor.organisatie]


def _niet_gevonden(patroon_id: uuid.UUID) -> NietGevonden:
    return NietGevonden(
        f"Patroon {patroon_id} bestaat niet (of bevat geen signalen van uw organisatie)."
    )


def _visible(uow: UnitOfWork, actor: Actor, patroon_id: uuid.UUID) -> Patroon:
    """The stored pattern (for decisions) when it holds the actor's own signals."""
    p = uow.analyses.get_patroon(patroon_id)
    zichtbaar = p is not None and (
        p.bereik == actor.organisatie
        or (p.bereik == NETWERK and actor.organisatie in p.organisaties)
    )
    if p is None or not zichtbaar:
        raise _niet_gevonden(patroon_id)
    return p


def _view(ctx: Context, uow: UnitOfWork, actor: Actor, p: Patroon | None) -> Patroon:
    """The pattern as the actor's organisation may see it (agreements decide what it
    sees of other organisations); ``NietGevonden`` when nothing is left."""
    if p is None:
        raise NietGevonden("Dit patroon bestaat niet.")
    zichtbaar = zicht.view_patterns(uow, zicht.sight(ctx, uow, actor.organisatie), [p])
    if not zichtbaar:
        raise _niet_gevonden(p.id)
    return zichtbaar[0]


def may_decide(ctx: Context, actor: Actor, patroon: Patroon) -> bool:
    """Whether ``actor`` may rename, confirm, merge, split or move signals into
    ``patroon`` (see ``decides_on``); the pages offer only what this allows."""
    if not mag(actor.rol, Actie.SIGNAAL_WIJZIGEN):
        return False
    # Decided on the stored pattern: a view may hide organisations without an agreement.
    with ctx.uow(schrijven=False) as uow:
        opgeslagen = uow.analyses.get_patroon(patroon.id) or patroon
    return decides_on(opgeslagen, actor.organisatie, ctx.netwerkeigenaar)


def _owned(ctx: Context, uow: UnitOfWork, actor: Actor, patroon_id: uuid.UUID) -> Patroon:
    """The visible pattern ``patroon_id`` if the actor's organisation decides on it."""
    p = _visible(uow, actor, patroon_id)
    if not decides_on(p, actor.organisatie, ctx.netwerkeigenaar):
        raise GeenToegang(
            "Dit patroon bevat ook signalen van andere organisaties. Over de titel, de "
            "trefwoorden en het samenvoegen, splitsen, bevestigen of vullen ervan beslist "
            "alleen de analyse over alle organisaties of de aangewezen eigenaar van "
            "netwerkpatronen, niet uw organisatie."
        )
    return p


def list_patronen(
    ctx: Context, actor: Actor, organisatieoverstijgend: bool | None = None
) -> list[Patroon]:
    """Visible patterns, cross-organisation first by rank, then by size."""
    vereis(actor.rol, Actie.SIGNAAL_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        patronen = zicht.visible_patterns(
            uow, zicht.sight(ctx, uow, actor.organisatie), scopes(actor)
        )
    if organisatieoverstijgend is not None:
        patronen = [p for p in patronen if p.organisatieoverstijgend == organisatieoverstijgend]
    return sorted(patronen, key=lambda p: (-p.score, -p.omvang, str(p.id)))


def get_patroon(ctx: Context, actor: Actor, patroon_id: uuid.UUID) -> Patroon:
    vereis(actor.rol, Actie.SIGNAAL_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        p = uow.analyses.get_patroon(patroon_id)
        if p is None:
            raise _niet_gevonden(patroon_id)
        return _view(ctx, uow, actor, p)


def patroon_signalen(
    ctx: Context, actor: Actor, patroon_id: uuid.UUID, pagina: Pagina
) -> tuple[list[Signaal], int]:
    """The pattern's signals of the actor's own organisation, newest first."""
    vereis(actor.rol, Actie.SIGNAAL_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        _view(ctx, uow, actor, uow.analyses.get_patroon(patroon_id))
        ids = uow.analyses.members(patroon_id, actor.organisatie_id)
        deel = ids[pagina.offset : pagina.offset + pagina.grootte]
        signalen = [s for i in deel if (s := uow.signalen.get(actor.organisatie_id, i))]
    return signalen, len(ids)


@dataclass(frozen=True)
class Besluit:
    soort: Mutatiesoort
    reden: str | None


def _record(
    uow: UnitOfWork,
    ctx: Context,
    actor: Actor,
    bereik: str,
    mutatie: Mutatie,
    reden: str | None,
    onderwerp: tuple[str, str] | None = None,
) -> None:
    now = ctx.clock.now()
    uow.analyses.add_mutatie(bereik, mutatie, actor.label, now)
    soort, ident = onderwerp or ("patroon", str((mutatie.naar or mutatie.van)[0]))
    uow.gebeurtenissen.add(
        Gebeurtenis(
            now,
            actor.label,
            Handeling.PATROON_GEWIJZIGD,
            soort,
            ident,
            actor.organisatie_id,
            reden=reden,
            na={
                "soort": mutatie.soort.value,
                "van": [str(i) for i in mutatie.van],
                "naar": [str(i) for i in mutatie.naar],
            },
        )
    )


def _protected(
    ctx: Context,
    uow: UnitOfWork,
    actor: Actor,
    onderwerp: tuple[str, uuid.UUID],
    titel: str | None,
    reden: str | None,
) -> tuple[str | None, str | None]:
    """A title and a reason typed by a person, pseudonymised and linked (`free_text`)."""
    tekst = protect_fields(ctx, uow, actor, onderwerp, {"titel": titel, "reden": reden})
    schoon = cast(str | None, tekst["titel"])
    return (fit(schoon, TITEL_MAX) if schoon else schoon), cast(str | None, tekst["reden"])


def change_patroon(
    ctx: Context,
    actor: Actor,
    patroon_id: uuid.UUID,
    *,
    titel: str | None = None,
    bevestigd: bool | None = None,
    reden: str | None = None,
) -> Patroon:
    """Rename and/or confirm a pattern; later runs keep both."""
    vereis(actor.rol, Actie.SIGNAAL_WIJZIGEN)
    with ctx.uow() as uow:
        p = _owned(ctx, uow, actor, patroon_id)
        titel, reden = _protected(ctx, uow, actor, ("patroon", p.id), titel, reden)
        if titel is not None and titel.strip() and titel.strip() != p.titel:
            p = replace(p, titel=titel.strip(), titel_handmatig=True)
            _record(
                uow,
                ctx,
                actor,
                p.bereik,
                Mutatie(Mutatiesoort.HERNOEMD, (p.id,), (p.id,), p.titel),
                reden,
            )
        if bevestigd and p.status != Patroonstatus.BEVESTIGD:
            p = replace(p, status=Patroonstatus.BEVESTIGD)
            _record(
                uow, ctx, actor, p.bereik, Mutatie(Mutatiesoort.BEVESTIGD, (p.id,), (p.id,)), reden
            )
        uow.analyses.save_patroon(p)
        uow.commit()
        return _view(ctx, uow, actor, p)


def merge_patronen(
    ctx: Context,
    actor: Actor,
    patroon_id: uuid.UUID,
    andere: list[uuid.UUID],
    reden: str | None = None,
) -> Patroon:
    """Merge ``andere`` into ``patroon_id``: their signals move, the result is confirmed."""
    vereis(actor.rol, Actie.SIGNAAL_WIJZIGEN)
    if not andere or patroon_id in andere:
        raise OngeldigeInvoer("Noem de andere patronen die in dit patroon opgaan (patronen).")
    with ctx.uow() as uow:
        doel = _owned(ctx, uow, actor, patroon_id)
        _, reden = _protected(ctx, uow, actor, ("patroon", doel.id), None, reden)
        for ander_id in andere:
            ander = _owned(ctx, uow, actor, ander_id)
            if ander.bereik != doel.bereik:
                raise OngeldigeInvoer("Alleen patronen uit dezelfde analyse gaan samen.")
            for sid in uow.analyses.members(ander_id, None):
                uow.analyses.assign(doel.bereik, sid, doel.id, 0.0, False)
            doel = replace(
                doel,
                omvang=doel.omvang + ander.omvang,
                organisaties=_optellen(doel.organisaties, ander.organisaties),
            )
            uow.analyses.save_patroon(
                replace(ander, status=Patroonstatus.SAMENGEVOEGD, samengevoegd_in=doel.id)
            )
        doel = replace(doel, status=Patroonstatus.BEVESTIGD)
        uow.analyses.save_patroon(doel)
        _record(
            uow,
            ctx,
            actor,
            doel.bereik,
            Mutatie(Mutatiesoort.SAMENGEVOEGD, (doel.id, *andere), (doel.id,)),
            reden,
        )
        uow.commit()
        return _view(ctx, uow, actor, doel)


def _optellen(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {k: a.get(k, 0) + b.get(k, 0) for k in sorted(set(a) | set(b))}


def split_patroon(
    ctx: Context,
    actor: Actor,
    patroon_id: uuid.UUID,
    signaal_ids: list[uuid.UUID],
    titel: str,
    reden: str | None = None,
) -> Patroon:
    """Move the named signals (of the actor's organisation) into a new, confirmed pattern."""
    vereis(actor.rol, Actie.SIGNAAL_WIJZIGEN)
    if not signaal_ids or not titel.strip():
        raise OngeldigeInvoer("Geef de signalen (signalen) en een titel voor het nieuwe patroon.")
    with ctx.uow() as uow:
        bron = _owned(ctx, uow, actor, patroon_id)
        eigen = set(uow.analyses.members(patroon_id, actor.organisatie_id))
        vreemd = [str(s) for s in signaal_ids if s not in eigen]
        if vreemd:
            raise OngeldigeInvoer(f"Deze signalen horen niet bij dit patroon: {vreemd[:5]}.")
        nieuw_id = uuid.uuid4()
        schoon, reden = _protected(ctx, uow, actor, ("patroon", nieuw_id), titel.strip(), reden)
        nieuw = replace(
            bron,
            id=nieuw_id,
            titel=str(schoon),
            titel_handmatig=True,
            status=Patroonstatus.BEVESTIGD,
            omvang=len(signaal_ids),
            organisaties={actor.organisatie: len(signaal_ids)},
            representanten=signaal_ids[:5],
            organisatieoverstijgend=False,
            score=0.0,
            bijgewerkt_op=ctx.clock.now(),
        )
        uow.analyses.add_patroon(nieuw)
        for sid in signaal_ids:
            uow.analyses.assign(bron.bereik, sid, nieuw.id, 0.0, True)
        uow.analyses.save_patroon(
            replace(
                bron, status=Patroonstatus.BEVESTIGD, omvang=max(0, bron.omvang - len(signaal_ids))
            )
        )
        _record(
            uow,
            ctx,
            actor,
            bron.bereik,
            Mutatie(Mutatiesoort.GESPLITST, (bron.id,), (bron.id, nieuw.id)),
            reden,
        )
        uow.commit()
        return _view(ctx, uow, actor, nieuw)


def move_signaal(
    ctx: Context,
    actor: Actor,
    signaal_id: uuid.UUID,
    patroon_id: uuid.UUID | None,
    reden: str | None = None,
) -> None:
    """Put a signal in another pattern (or in none); later runs keep it there."""
    move_signalen(ctx, actor, [signaal_id], patroon_id, reden)


def move_signalen(
    ctx: Context,
    actor: Actor,
    signaal_ids: list[uuid.UUID],
    patroon_id: uuid.UUID | None,
    reden: str | None = None,
) -> None:
    """Put signals of the actor's organisation in another pattern it decides on (or in
    none): all of them or, when one is not found, none. Each move is recorded."""
    vereis(actor.rol, Actie.SIGNAAL_WIJZIGEN)
    if not signaal_ids:
        raise OngeldigeInvoer("Kies de signalen die naar een ander patroon gaan (signalen).")
    with ctx.uow() as uow:
        # Taking one's own signals out of a pattern is always allowed; putting them in
        # one needs the right to decide on it.
        bereik = NETWERK if patroon_id is None else _owned(ctx, uow, actor, patroon_id).bereik
        _, reden = _protected(ctx, uow, actor, ("signaal", signaal_ids[0]), None, reden)
        oud = uow.analyses.for_signals(signaal_ids)
        verschil: Counter[uuid.UUID] = Counter()
        for sid in dict.fromkeys(signaal_ids):
            if uow.signalen.get(actor.organisatie_id, sid) is None:
                raise NietGevonden(
                    f"Signaal {sid} bestaat niet (of hoort bij een andere organisatie)."
                )
            uow.analyses.assign(bereik, sid, patroon_id, 1.0, True)
            was = oud.get(sid)
            van = (was.patroon_id,) if was and was.patroon_id else ()
            naar = (patroon_id,) if patroon_id else ()
            verschil.update(naar)
            verschil.subtract(van)
            mutatie = Mutatie(Mutatiesoort.VERPLAATST, van, naar, str(sid))
            _record(uow, ctx, actor, bereik, mutatie, reden, ("signaal", str(sid)))
        _resize(uow, actor.organisatie, bereik, verschil)
        uow.commit()


def _resize(uow: UnitOfWork, organisatie: str, bereik: str, verschil: Counter[uuid.UUID]) -> None:
    """Keep the sizes of the patterns (in the scope moved within) in step with their members."""
    for pid, n in verschil.items():
        p = uow.analyses.get_patroon(pid)
        if n and p is not None and p.bereik == bereik:
            per = {**p.organisaties, organisatie: p.organisaties.get(organisatie, 0) + n}
            per = {o: k for o, k in sorted(per.items()) if k > 0}
            uow.analyses.save_patroon(replace(p, omvang=max(0, p.omvang + n), organisaties=per))


def analysis_of(ctx: Context, signaal_ids: list[uuid.UUID]) -> dict[uuid.UUID, SignaalAnalyse]:
    """Pattern and repeat-contact flag of signals the caller already may read."""
    if not signaal_ids:
        return {}
    with ctx.uow(schrijven=False) as uow:
        return uow.analyses.for_signals(signaal_ids)


def list_waarschuwingen(ctx: Context, actor: Actor) -> list[Waarschuwing]:
    """Alerts of the latest runs that concern the actor's organisation, newest first."""
    vereis(actor.rol, Actie.SIGNAAL_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        return zicht.visible_alerts(
            zicht.sight(ctx, uow, actor.organisatie),
            uow.analyses.waarschuwingen(scopes(actor), actor.organisatie),
        )


def visible_pattern(uow: UnitOfWork, actor: Actor, patroon_id: uuid.UUID) -> Patroon:
    """The stored pattern, when it holds the actor's own signals; else ``NietGevonden``."""
    return _visible(uow, actor, patroon_id)
