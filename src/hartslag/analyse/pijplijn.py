# SPDX-License-Identifier: EUPL-1.2
"""One analysis run: signals (and vectors) in; patterns with stable ids, assignments,
repeat contacts, recorded identity changes and early warnings out."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import numpy as np

from hartslag.analyse import sleutelwoorden
from hartslag.analyse.clustering import (
    Clusterinstellingen,
    centroids,
    cluster,
    mean_vector,
    own_similarity,
)
from hartslag.analyse.herhaalcontact import Contact, repeat_contacts
from hartslag.analyse.identiteit import match
from hartslag.analyse.netwerk import is_cross_organisation, rank_score
from hartslag.analyse.representatie import Representatie, Vectoren, normalise
from hartslag.analyse.space import register_directions, space_state, to_space
from hartslag.analyse.tekst import Stammer
from hartslag.analyse.waarschuwingen import Alarmcontext, warnings_for
from hartslag.domein.patroon import Mutatie, Patroon, Patroonstatus, Waarschuwing

Voortgang = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)  # slots: a run may hold a million of them
class Signaalgegevens:
    id: uuid.UUID
    organisatie: str
    ontvangen_op: datetime
    tekst: str
    brontype: str
    kanaal: str
    themas: tuple[str, ...] = ()
    melder: str | None = None


@dataclass(frozen=True)
class Vorige:
    """What earlier runs and people decided, as the store hands it over."""

    patronen: dict[uuid.UUID, frozenset[uuid.UUID]] = field(default_factory=dict)
    vergrendeld: frozenset[uuid.UUID] = frozenset()  # confirmed: members stay
    handmatig: dict[uuid.UUID, uuid.UUID | None] = field(default_factory=dict)  # moved signals


@dataclass(frozen=True, slots=True)
class Toewijzing:
    patroon_id: uuid.UUID
    gelijkenis: float
    handmatig: bool


@dataclass
class Resultaat:
    patronen: list[Patroon]
    toewijzingen: dict[uuid.UUID, Toewijzing]
    herhaalcontacten: dict[uuid.UUID, uuid.UUID]
    mutaties: list[Mutatie]
    waarschuwingen: list[Waarschuwing]
    centroiden: dict[uuid.UUID, np.ndarray]
    model: bytes
    vectoren: Vectoren  # centred
    ruw: Vectoren | None = None  # the representation's own vectors, when it made them
    midden: np.ndarray | None = None  # the run's space (space.py): mean, removed directions


def _noop(stap: str, gedaan: int, totaal: int) -> None:
    return None


def analyse(
    signalen: Sequence[Signaalgegevens],
    *,
    bereik: str,
    peildatum: date,
    representatie: Representatie,
    vectoren: Vectoren | None = None,
    vorige: Vorige | None = None,
    instellingen: Clusterinstellingen | None = None,
    seed: int = 0,
    voortgang: Voortgang = _noop,
    nieuw_id: Callable[[], uuid.UUID] = uuid.uuid4,
) -> Resultaat:
    """Run the whole analysis on ``signalen`` (all received up to ``peildatum``)."""
    vorige = vorige or Vorige()
    inst = instellingen or Clusterinstellingen(seed=seed)
    teksten = [s.tekst for s in signalen]
    bronnen = ([s.kanaal for s in signalen], [s.brontype for s in signalen])
    voortgang("representatie", 0, len(signalen))
    # Stored vectors are raw; the run works in its own space (centred and without the
    # directions that tell channels apart, when the representation asks for it), which
    # is kept with the run to place later signals in the same space. Given vectors are
    # transformed in place.
    ruw = representatie.fit(teksten, bronnen) if vectoren is None else None
    basis = ruw if ruw is not None else vectoren
    assert basis is not None
    midden = run_space(basis, representatie, bronnen)
    eigen = basis.copy() if ruw is not None and midden is not None else basis
    x = to_space(eigen, midden, copy=False) if midden is not None else basis
    voortgang("clusteren", 0, len(signalen))
    c = cluster(x, inst)
    ids = [s.id for s in signalen]
    groepen = [
        frozenset(ids[i] for i in np.flatnonzero(c.labels == k))
        for k in range(c.centroiden.shape[0])
    ]
    koppeling = match(vorige.patronen, groepen, nieuw_id)
    labels = [koppeling.ids[k] if k >= 0 else None for k in c.labels.tolist()]
    handmatig = _apply_decisions(ids, labels, vorige)
    voortgang("samenvatten", 0, len(signalen))
    patroon_ids = sorted({p for p in labels if p is not None}, key=str)
    index = {p: i for i, p in enumerate(patroon_ids)}
    lab = np.array([index[p] if p is not None else -1 for p in labels], dtype=np.int64)
    cent = centroids(x, lab, len(patroon_ids)) if patroon_ids else np.zeros((0, x.shape[1]))
    sim = own_similarity(x, cent, lab)
    toewijzingen = {
        ids[i]: Toewijzing(patroon_ids[lab[i]], round(float(sim[i]), 4), ids[i] in handmatig)
        for i in range(len(ids))
        if lab[i] >= 0
    }
    herhaal = repeat_contacts(
        [Contact(s.id, s.melder, s.ontvangen_op, labels[i], i) for i, s in enumerate(signalen)],
        x,
        centroiden={p: cent[i] for i, p in enumerate(patroon_ids)},
    )
    patronen = _summaries(
        signalen, teksten, x, lab, cent, patroon_ids, herhaal, bereik, peildatum, seed
    )
    voortgang("vroegsignalering", 0, len(patronen))
    context = Alarmcontext(signalen, lab, patronen, bereik, peildatum, nieuw_id)
    waarschuwingen = warnings_for(context)
    voortgang("klaar", len(signalen), len(signalen))
    return Resultaat(
        patronen=patronen,
        toewijzingen=toewijzingen,
        herhaalcontacten=herhaal,
        mutaties=koppeling.mutaties,
        waarschuwingen=waarschuwingen,
        centroiden={p: cent[i] for i, p in enumerate(patroon_ids)},
        model=representatie.state() if vectoren is None else b"",
        vectoren=x,
        ruw=ruw,
        midden=midden,
    )


def run_space(
    basis: Vectoren,
    representatie: Representatie,
    bronnen: Sequence[Sequence[str]],
    steekproef: int = 50_000,
) -> np.ndarray | None:
    """The stored form of the run's space (see ``space.py``), or None: the
    representation's own space. Group means are estimated on an even sample of rows."""
    n, d = basis.shape
    midden = mean_vector(basis) if representatie.centreren else None
    geen = np.zeros((0, d), np.float32)
    if not representatie.registervrij or n == 0:
        return space_state(midden, geen, d)
    rijen = np.unique(np.linspace(0, n - 1, min(n, steekproef)).astype(np.int64))
    deel = to_space(basis[rijen], space_state(midden, geen, d), copy=False)
    groepen = [[g[int(i)] for i in rijen] for g in bronnen]
    return space_state(midden, register_directions(deel, groepen), d)


def _apply_decisions(
    ids: list[uuid.UUID], labels: list[uuid.UUID | None], vorige: Vorige
) -> set[uuid.UUID]:
    """Human decisions win: members of a confirmed pattern stay in it, a moved signal
    stays where a person put it. Returns the signals placed by a person."""
    vast: dict[uuid.UUID, uuid.UUID | None] = {}
    for p in vorige.vergrendeld:
        for s in vorige.patronen.get(p, frozenset()):
            vast[s] = p
    vast.update(vorige.handmatig)
    for i, s in enumerate(ids):
        if s in vast:
            labels[i] = vast[s]
    return set(vorige.handmatig)


def weekly_series(
    dagen: Sequence[date], peildatum: date, weken: int = 26
) -> list[tuple[date, int]]:
    """Counts per ISO week (Monday) for the last ``weken`` weeks up to ``peildatum``."""
    laatste = peildatum - timedelta(days=peildatum.weekday())
    starts = [laatste - timedelta(weeks=w) for w in range(weken - 1, -1, -1)]
    teller = Counter(d - timedelta(days=d.weekday()) for d in dagen)
    return [(s, teller.get(s, 0)) for s in starts]


def _summaries(
    signalen: Sequence[Signaalgegevens],
    teksten: list[str],
    x: Vectoren,
    lab: np.ndarray,
    cent: np.ndarray,
    patroon_ids: list[uuid.UUID],
    herhaal: dict[uuid.UUID, uuid.UUID],
    bereik: str,
    peildatum: date,
    seed: int,
) -> list[Patroon]:
    stammer = Stammer()
    organisaties = [s.organisatie for s in signalen]
    woorden = sleutelwoorden.ctfidf(
        teksten, lab, len(patroon_ids), stammer=stammer, seed=seed, organisaties=organisaties
    )
    result = []
    for k, pid in enumerate(patroon_ids):
        leden = np.flatnonzero(lab == k)
        if not len(leden):
            continue
        sims = x[leden] @ cent[k]
        representanten = [signalen[int(i)].id for i in leden[np.argsort(-sims)[:5]]]
        groep = [signalen[int(i)] for i in leden]
        orgs = Counter(s.organisatie for s in groep)
        dagen = [s.ontvangen_op.date() for s in groep]
        recent = sum(1 for d in dagen if d > peildatum - timedelta(days=28))
        eerder = sum(
            1 for d in dagen if peildatum - timedelta(days=56) < d <= peildatum - timedelta(days=28)
        )
        result.append(
            Patroon(
                id=pid,
                bereik=bereik,
                titel=sleutelwoorden.titel(woorden[k]),
                status=Patroonstatus.ACTIEF,
                sleutelwoorden=woorden[k],
                omvang=len(groep),
                eerst_gezien=min(s.ontvangen_op for s in groep),
                laatst_gezien=max(s.ontvangen_op for s in groep),
                organisaties=dict(sorted(orgs.items())),
                brontypes=dict(Counter(s.brontype for s in groep).most_common()),
                kanalen=dict(Counter(s.kanaal for s in groep).most_common()),
                reeks=weekly_series(dagen, peildatum),
                representanten=representanten,
                herhaalcontacten=sum(1 for s in groep if s.id in herhaal),
                organisatieoverstijgend=is_cross_organisation(orgs),
                score=rank_score(orgs, (recent + 1) / (eerder + 1)),
            )
        )
    return result


__all__ = ["Resultaat", "Signaalgegevens", "Toewijzing", "Vorige", "analyse", "normalise"]
