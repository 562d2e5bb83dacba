# SPDX-License-Identifier: EUPL-1.2
"""What an organisation sees of the other organisations of its installation: patterns,
their counts per organisation, alerts and bottleneck dossiers, filtered by the local
agreements the others recorded for it (``hartslag.domein.zicht``). Every read of the
cross-organisation view goes through here; writes keep working on the stored patterns."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from hartslag.domein.knelpunt import Knelpunt
from hartslag.domein.patroon import NETWERK, Patroon, Waarschuwing
from hartslag.domein.uitwisseling import ALLE_THEMAS
from hartslag.domein.zicht import Zicht, view_alert, view_pattern
from hartslag.services.context import Context
from hartslag.services.poorten import UnitOfWork


def sight(ctx: Context, uow: UnitOfWork, organisatie: str) -> Zicht:
    """The local agreements that let ``organisatie`` see others, now."""
    organisatie_id = uow.organisaties.get_id(organisatie)
    afspraken = [] if organisatie_id is None else uow.partners.lokale_afspraken(organisatie_id)
    return Zicht(organisatie, tuple(afspraken), ctx.clock.now())


def _visible_counts(
    uow: UnitOfWork, zicht: Zicht, patronen: Sequence[Patroon]
) -> dict[uuid.UUID, dict[str, int]]:
    """Per network pattern, the counts of other organisations the agreements show: all of
    a giver's signals under ``*``, else those carrying one of the agreed themes."""
    zichtbaar: dict[uuid.UUID, dict[str, int]] = {p.id: {} for p in patronen}
    opgeslagen = {p.id: p.organisaties for p in patronen}
    for gever in sorted(zicht.gevers()):
        themas = zicht.patroonthemas(gever)
        if ALLE_THEMAS in themas:
            for p in patronen:
                zichtbaar[p.id][gever] = p.organisaties.get(gever, 0)
            continue
        gever_id = uow.organisaties.get_id(gever)
        if gever_id is None:
            continue
        for pid, n in uow.analyses.counts_by_theme(gever_id, themas).items():
            if pid in zichtbaar:
                zichtbaar[pid][gever] = min(n, opgeslagen[pid].get(gever, 0))
    return zichtbaar


def view_patterns(uow: UnitOfWork, zicht: Zicht, patronen: Sequence[Patroon]) -> list[Patroon]:
    """The patterns as ``zicht``'s organisation may see them; the others left out."""
    netwerk = [p for p in patronen if p.bereik == NETWERK]
    zichtbaar = _visible_counts(uow, zicht, netwerk)
    result = []
    for p in patronen:
        v = view_pattern(p, zicht.organisatie, zichtbaar.get(p.id, {}))
        if v is not None:
            result.append(v)
    return result


def visible_patterns(uow: UnitOfWork, zicht: Zicht, bereiken: Sequence[str]) -> list[Patroon]:
    """Patterns of ``bereiken`` holding signals of the organisation or of a giver."""
    patronen = uow.analyses.patronen(bereiken, zicht.organisatie, sorted(zicht.gevers()))
    return view_patterns(uow, zicht, patronen)


def visible_alerts(zicht: Zicht, waarschuwingen: Sequence[Waarschuwing]) -> list[Waarschuwing]:
    gevers = zicht.gevers(alle_themas=True)
    return [w for w in waarschuwingen if view_alert(w, zicht.organisatie, gevers)]


def may_read_dossier(ctx: Context, uow: UnitOfWork, organisatie: str, k: Knelpunt) -> bool:
    return k.may_read(organisatie) and sight(ctx, uow, organisatie).ziet_knelpunt(k)


def visible_dossiers(ctx: Context, uow: UnitOfWork, organisatie: str) -> list[Knelpunt]:
    """The dossiers ``organisatie`` may read: those it creates, owns or is asked to own,
    and those it is involved in under an agreement of the steering organisation."""
    zicht = sight(ctx, uow, organisatie)
    return [k for k in uow.knelpunten.visible_to(organisatie) if zicht.ziet_knelpunt(k)]
