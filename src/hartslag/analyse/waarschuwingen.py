# SPDX-License-Identifier: EUPL-1.2
"""Early warnings of one run: per pattern, per theme and per organisation, plus new
patterns, each with its explanation in plain Dutch."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

import numpy as np

from hartslag.analyse.uitleg import explain
from hartslag.analyse.vroegsignalering import Drempels, Uitkomst, detect
from hartslag.domein.patroon import (
    Onderwerpsoort,
    Patroon,
    Waarschuwing,
    Waarschuwingsoort,
)

NIEUW_BINNEN = timedelta(days=14)
NIEUW_MINIMUM = 6


class _Signaal(Protocol):
    @property
    def organisatie(self) -> str: ...
    @property
    def ontvangen_op(self) -> object: ...
    @property
    def kanaal(self) -> str: ...
    @property
    def themas(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Alarmcontext:
    signalen: Sequence[object]
    labels: np.ndarray  # pattern index per signal, -1 unassigned
    patronen: list[Patroon]
    bereik: str
    peildatum: date
    nieuw_id: Callable[[], uuid.UUID]
    drempels: Drempels = field(default_factory=Drempels)


def warnings_for(ctx: Alarmcontext) -> list[Waarschuwing]:
    signalen: list[_Signaal] = list(ctx.signalen)  # type: ignore[arg-type]
    if not signalen:
        return []
    dagen = np.array([s.ontvangen_op.date().toordinal() for s in signalen])  # type: ignore[attr-defined]
    start = date.fromordinal(int(dagen.min()))
    t = (ctx.peildatum - start).days
    idx = dagen - start.toordinal()
    n = t + 1
    codes, orgs = np.unique([s.organisatie for s in signalen], return_inverse=True)
    code_index = {str(c): i for i, c in enumerate(codes)}
    result: list[Waarschuwing] = []
    for k, p in enumerate(ctx.patronen):
        lid = ctx.labels == k
        eigen = [code_index[c] for c in p.organisaties if c in code_index]
        zelfde_org = np.isin(orgs, eigen) & ~lid
        result += _pattern_warnings(ctx, p, lid, idx, zelfde_org, n, start, signalen)
    for i, org in enumerate(codes.tolist()):
        in_org = orgs == i
        totaal = np.bincount(idx[in_org], minlength=n)[:n]
        u = detect(totaal, t, None, start, ctx.drempels)
        if u.alarm:
            result.append(
                _waarschuwing(
                    ctx,
                    u,
                    Onderwerpsoort.ORGANISATIE,
                    org,
                    [org],
                    start,
                    _channels(signalen, in_org, idx, t, u),
                )
            )
        result += _theme_warnings(ctx, org, in_org, idx, totaal, n, start, signalen)
    return result


def _channels(
    signalen: Sequence[_Signaal], sel: np.ndarray, idx: np.ndarray, t: int, u: Uitkomst
) -> Counter[str]:
    venster = sel & (idx > t - u.venster) & (idx <= t)
    return Counter(signalen[int(i)].kanaal for i in np.flatnonzero(venster))


def _pattern_warnings(
    ctx: Alarmcontext,
    p: Patroon,
    lid: np.ndarray,
    idx: np.ndarray,
    zelfde_org: np.ndarray,
    n: int,
    start: date,
    signalen: Sequence[_Signaal],
) -> list[Waarschuwing]:
    """``zelfde_org``: the other signals of the pattern's organisations (the reference)."""
    t = n - 1
    codes = sorted(p.organisaties)
    if (
        p.eerst_gezien is not None
        and p.eerst_gezien.date() > ctx.peildatum - NIEUW_BINNEN
        and p.omvang >= NIEUW_MINIMUM
    ):
        tekst = explain(
            waargenomen=p.omvang,
            verwacht=0,
            ondergrens=0,
            bovengrens=0,
            begin=p.eerst_gezien.date(),
            kanalen=p.kanalen,
            organisaties=len(codes),
            nieuw_patroon=True,
        )
        return [
            Waarschuwing(
                ctx.nieuw_id(),
                ctx.bereik,
                Waarschuwingsoort.NIEUW_PATROON,
                Onderwerpsoort.PATROON,
                str(p.id),
                ctx.peildatum,
                p.eerst_gezien.date(),
                p.omvang,
                0.0,
                0,
                0,
                tekst,
                codes,
                p.id,
            )
        ]
    reeks = np.bincount(idx[lid], minlength=n)[:n]
    referentie = np.bincount(idx[zelfde_org], minlength=n)[:n]
    u = detect(reeks, t, referentie, start, ctx.drempels)
    if not u.alarm:
        return []
    w = _waarschuwing(
        ctx, u, Onderwerpsoort.PATROON, str(p.id), codes, start, _channels(signalen, lid, idx, t, u)
    )
    w.patroon_id = p.id
    return [w]


def _theme_warnings(
    ctx: Alarmcontext,
    org: str,
    in_org: np.ndarray,
    idx: np.ndarray,
    totaal: np.ndarray,
    n: int,
    start: date,
    signalen: Sequence[_Signaal],
) -> list[Waarschuwing]:
    per_thema: dict[str, list[int]] = {}
    for i in np.flatnonzero(in_org):
        for thema in signalen[int(i)].themas:
            per_thema.setdefault(thema, []).append(int(i))
    result = []
    for thema, rijen in sorted(per_thema.items()):
        sel = np.zeros(len(in_org), dtype=bool)
        sel[rijen] = True
        reeks = np.bincount(idx[sel], minlength=n)[:n]
        u = detect(reeks, n - 1, totaal - reeks, start, ctx.drempels)
        if u.alarm:
            result.append(
                _waarschuwing(
                    ctx,
                    u,
                    Onderwerpsoort.THEMA,
                    thema,
                    [org],
                    start,
                    _channels(signalen, sel, idx, n - 1, u),
                )
            )
    return result


def _waarschuwing(
    ctx: Alarmcontext,
    u: Uitkomst,
    soort: Onderwerpsoort,
    onderwerp: str,
    orgs: list[str],
    start: date,
    kanalen: Counter[str],
) -> Waarschuwing:
    begin = start + timedelta(days=u.begin) if u.begin is not None else None
    tekst = explain(
        waargenomen=u.waargenomen,
        verwacht=u.verwacht,
        ondergrens=u.ondergrens,
        bovengrens=u.bovengrens,
        venster=u.venster,
        begin=begin,
        kanalen=kanalen,
        organisaties=len(orgs),
    )
    return Waarschuwing(
        ctx.nieuw_id(),
        ctx.bereik,
        Waarschuwingsoort.PIEK if u.soort == "piek" else Waarschuwingsoort.OPBOUW,
        soort,
        onderwerp,
        ctx.peildatum,
        begin,
        u.waargenomen,
        round(u.verwacht, 2),
        u.ondergrens,
        u.bovengrens,
        tekst,
        orgs,
    )
