# SPDX-License-Identifier: EUPL-1.2
"""Use case: the network view. The analysis runs over the organisation's own signals and
the signals partners shared with it (kept apart, in ``gedeeld_gegeven``), so patterns
that only show when organisations are combined are found; per pattern it shows how many
signals came from which organisation (counts only). Computed on request, not stored."""

from __future__ import annotations

import hashlib
import threading
import uuid
from collections import Counter, OrderedDict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from hartslag.analyse.netwerk import is_cross_organisation
from hartslag.analyse.pijplijn import Resultaat, Signaalgegevens, analyse
from hartslag.analyse.representatie import representatie
from hartslag.domein.actor import Actor
from hartslag.domein.rechten import Actie, vereis
from hartslag.services.context import Context
from hartslag.services.uitwisselingpoorten import GedeeldGegeven

# Ids of shared signals in the analysis: derived, so they never clash with own ids.
_NAAMRUIMTE = uuid.UUID("5d3c2f7e-8b1a-4c3e-9f00-6e6574776b00")


@dataclass(frozen=True)
class Netwerkpatroon:
    titel: str
    omvang: int
    organisaties: dict[str, int]  # signals per organisation: the own one and partners
    organisatieoverstijgend: bool
    themas: dict[str, int]  # signals per theme


def _shared_signal(g: GedeeldGegeven, partner: str) -> Signaalgegevens | None:
    d: dict[str, Any] = g.gegevens
    tekst = " ".join(str(d[v]) for v in ("titel", "tekst") if d.get(v))
    if g.ingetrokken or not tekst:
        return None
    ontvangen = d.get("ontvangenOp")
    return Signaalgegevens(
        id=uuid.uuid5(_NAAMRUIMTE, f"{partner}/{g.onderwerp}"),
        organisatie=partner,
        ontvangen_op=datetime.fromisoformat(ontvangen) if ontvangen else g.bijgewerkt_op,
        tekst=tekst,
        brontype=str(d.get("brontype", "onbekend")),
        kanaal=str(d.get("kanaal", "onbekend")),
        themas=tuple(d.get("themas", ())),
    )


_GEHEUGEN: OrderedDict[str, Resultaat] = OrderedDict()
_GEHEUGEN_MAX = 8
_SLOT = threading.Lock()


def _analysed(signalen: list[Signaalgegevens], bereik: str, peil: date, seed: int) -> Resultaat:
    """The analysis of exactly these signals, remembered in this process: the view is
    computed on request, and a second look at unchanged data should not wait for it again.
    The key covers everything the analysis reads, so any change computes anew."""
    inhoud = sorted(
        (
            str(s.id),
            s.organisatie,
            s.tekst,
            s.brontype,
            s.kanaal,
            s.themas,
            s.melder,
            s.ontvangen_op.isoformat(),
        )
        for s in signalen
    )
    sleutel = hashlib.sha256(repr((bereik, peil, seed, inhoud)).encode()).hexdigest()
    with _SLOT:
        if (bekend := _GEHEUGEN.get(sleutel)) is not None:
            _GEHEUGEN.move_to_end(sleutel)
            return bekend
    # Shared signals have no stored vectors, so the view uses the lexical representation.
    resultaat = analyse(
        signalen,
        bereik=bereik,
        peildatum=peil,
        representatie=representatie("lexicaal", seed),
        seed=seed,
    )
    with _SLOT:
        _GEHEUGEN[sleutel] = resultaat
        while len(_GEHEUGEN) > _GEHEUGEN_MAX:
            _GEHEUGEN.popitem(last=False)
    return resultaat


def network_view(
    ctx: Context, actor: Actor, peildatum: date | None = None, seed: int = 0
) -> list[Netwerkpatroon]:
    """Patterns over own + shared signals, those that cross organisations first."""
    vereis(actor.rol, Actie.STUURINFORMATIE_LEZEN)
    peil = peildatum or ctx.clock.now().date()
    with ctx.uow(schrijven=False) as uow:
        eigen = uow.analyses.signals(actor.organisatie_id, None, None)
        partners = {p.id: p.code for p in uow.partners.all(actor.organisatie_id)}
        gedeeld = uow.postvakken.gedeeld(actor.organisatie_id, "signaal")
    signalen = [s for s in eigen if s.ontvangen_op.date() <= peil]
    for g in gedeeld:
        s = _shared_signal(g, partners.get(g.partner_id, "?"))
        if s is not None and s.ontvangen_op.astimezone(UTC).date() <= peil:
            signalen.append(s)
    if len(signalen) < 2:
        return []
    resultaat = _analysed(signalen, f"netwerk:{actor.organisatie}", peil, seed)
    themas: dict[uuid.UUID, Counter[str]] = {}
    for s in signalen:
        if (t := resultaat.toewijzingen.get(s.id)) is not None:
            themas.setdefault(t.patroon_id, Counter()).update(s.themas)
    patronen = [
        Netwerkpatroon(
            p.titel,
            p.omvang,
            dict(p.organisaties),
            is_cross_organisation(p.organisaties),
            dict(themas.get(p.id, Counter()).most_common()),
        )
        for p in resultaat.patronen
    ]
    return sorted(patronen, key=lambda p: (not p.organisatieoverstijgend, -p.omvang, p.titel))
