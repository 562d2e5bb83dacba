# SPDX-License-Identifier: EUPL-1.2
"""What one organisation may see of the others that share its installation (zicht).

The same rule as between installations: another organisation's counts, patterns and
dossiers are visible only as far as an agreement the *giving* organisation recorded for
this one allows (a local :class:`Deelafspraak`, valid now). Patterns and signals go under
``patroon-gedeeld`` or ``signaal-gedeeld`` and the agreement's themes; dossiers under
``knelpunt-gedeeld`` with ``*`` (dossiers carry no themes, as in the exchange). The
analysis itself still runs over the whole installation: this only filters what a caller
sees. Pure: no clock, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from hartslag.domein.knelpunt import Knelpunt
from hartslag.domein.patroon import NETWERK, Patroon, Waarschuwing
from hartslag.domein.uitwisseling import ALLE_THEMAS, Deelafspraak, Gebeurtenistype

PATROONTYPEN = frozenset({Gebeurtenistype.PATROON_GEDEELD, Gebeurtenistype.SIGNAAL_GEDEELD})


@dataclass(frozen=True)
class Zicht:
    """The local agreements other organisations gave ``organisatie``, seen at ``moment``:
    pairs of (giving organisation, agreement)."""

    organisatie: str
    afspraken: tuple[tuple[str, Deelafspraak], ...]
    moment: datetime

    def _geldig(self, gever: str) -> list[Deelafspraak]:
        return [a for g, a in self.afspraken if g == gever and a.geldig_op(self.moment)]

    def patroonthemas(self, gever: str) -> frozenset[str]:
        """The themes of ``gever``'s signals whose counts this organisation may see in
        patterns (``*``: all); empty: none."""
        themas: set[str] = set()
        for a in self._geldig(gever):
            if a.gebeurtenistypen & PATROONTYPEN:
                themas |= a.themas
        return frozenset({ALLE_THEMAS}) if ALLE_THEMAS in themas else frozenset(themas)

    def gevers(self, alle_themas: bool = False) -> frozenset[str]:
        """Organisations with a valid agreement that shows their pattern counts here
        (``alle_themas``: of every theme)."""
        nodig = frozenset({ALLE_THEMAS}) if alle_themas else frozenset()
        return frozenset(
            g for g, _ in self.afspraken if (t := self.patroonthemas(g)) and nodig <= t
        )

    def ziet_knelpunt(self, k: Knelpunt) -> bool:
        """The organisations that create, own or are asked to own a dossier read it; an
        organisation only named as involved reads it under an agreement of the one that
        steers it (creator or owner) for ``knelpunt-gedeeld``."""
        eigen = {k.organisatie, k.route_organisatie}
        if k.voorgestelde_eigenaar is not None:
            eigen.add(k.voorgestelde_eigenaar.organisatie)
        if self.organisatie in eigen:
            return True
        if self.organisatie not in k.organisaties:
            return False
        return any(
            a.dekt(Gebeurtenistype.KNELPUNT_GEDEELD, frozenset(), self.moment)
            for gever in {k.organisatie, k.route_organisatie}
            for a in self._geldig(gever)
        )


def view_pattern(p: Patroon, organisatie: str, zichtbaar: dict[str, int]) -> Patroon | None:
    """A pattern as ``organisatie`` may see it: its own count and ``zichtbaar`` (the
    counts of other organisations an agreement shows), or None when nothing is left.
    Figures that mix in signals of organisations it may not see (size, sources,
    channels, the weekly series) are recounted from what is visible or left out."""
    if p.bereik != NETWERK:
        return p if p.bereik == organisatie else None
    per = {o: n for o, n in p.organisaties.items() if o == organisatie and n > 0}
    per |= {o: n for o, n in zichtbaar.items() if o != organisatie and n > 0}
    if not per:
        return None
    if per == p.organisaties:
        return p
    gedeeld = len(per) > 1
    return replace(
        p,
        organisaties=dict(sorted(per.items())),
        omvang=sum(per.values()),
        brontypes={},
        kanalen={},
        reeks=[],
        herhaalcontacten=0,
        organisatieoverstijgend=gedeeld and p.organisatieoverstijgend,
        score=p.score if gedeeld else 0.0,
    )


def view_alert(w: Waarschuwing, organisatie: str, gevers: frozenset[str]) -> bool:
    """An alert counts signals of every organisation it names: visible when it names
    ``organisatie`` and otherwise only ``gevers``, organisations whose counts of every
    theme it may see."""
    return organisatie in w.organisaties and all(
        o == organisatie or o in gevers for o in w.organisaties
    )
