# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import uuid
from datetime import date

from hartslag.analyse.clustering import Clusterinstellingen
from hartslag.analyse.identiteit import match
from hartslag.analyse.pijplijn import Vorige, analyse
from hartslag.analyse.representatie import Lexicaal
from hartslag.domein.patroon import Mutatiesoort
from tests.analyse.synthetisch import signalen

A, B, C = (uuid.UUID(int=i) for i in (1, 2, 3))


def _ids(n: int, offset: int = 100) -> list[uuid.UUID]:
    return [uuid.UUID(int=offset + i) for i in range(n)]


def _teller() -> uuid.UUID:
    _teller.n += 1  # type: ignore[attr-defined]
    return uuid.UUID(int=10_000 + _teller.n)  # type: ignore[attr-defined]


_teller.n = 0  # type: ignore[attr-defined]


def test_the_same_group_keeps_its_id() -> None:
    x, y = _ids(10), _ids(10, 200)
    k = match(
        {A: frozenset(x), B: frozenset(y)}, [frozenset(y[1:]), frozenset(x + _ids(2, 900))], _teller
    )
    assert k.ids == [B, A]
    assert not k.mutaties


def test_a_merge_is_recorded() -> None:
    x, y = _ids(10), _ids(8, 200)
    k = match({A: frozenset(x), B: frozenset(y)}, [frozenset(x + y)], _teller)
    assert k.ids == [A]
    assert [m.soort for m in k.mutaties] == [Mutatiesoort.SAMENGEVOEGD]
    assert k.samengevoegd == {B: A}


def test_a_split_is_recorded() -> None:
    x = _ids(20)
    k = match({A: frozenset(x)}, [frozenset(x[:12]), frozenset(x[12:])], _teller)
    assert k.ids[0] == A and k.ids[1] != A
    (mutatie,) = k.mutaties
    assert mutatie.soort is Mutatiesoort.GESPLITST and mutatie.van == (A,)
    assert set(mutatie.naar) == {A, k.ids[1]}


def test_a_vanished_group_is_recorded_and_a_new_one_gets_a_new_id() -> None:
    k = match({A: frozenset(_ids(5))}, [frozenset(_ids(5, 500))], _teller)
    assert k.ids[0] != A and k.opgeheven == [A]
    assert {m.soort for m in k.mutaties} == {Mutatiesoort.NIEUW, Mutatiesoort.OPGEHEVEN}


def _run(data, vorige=None):  # type: ignore[no-untyped-def]
    return analyse(
        data,
        bereik="*",
        peildatum=date(2026, 4, 30),
        representatie=Lexicaal(dimensies=40),
        vorige=vorige,
        instellingen=Clusterinstellingen(min_omvang=8),
    )


def _vorige(r, **extra):  # type: ignore[no-untyped-def]
    leden: dict[uuid.UUID, set[uuid.UUID]] = {}
    for s, t in r.toewijzingen.items():
        leden.setdefault(t.patroon_id, set()).add(s)
    return Vorige(patronen={p: frozenset(v) for p, v in leden.items()}, **extra)


def test_identities_are_stable_across_re_runs_with_new_signals() -> None:
    data, _ = signalen(per_onderwerp=30)
    eerste = _run(data)
    meer, _ = signalen(per_onderwerp=36, seed=1)
    tweede = _run(meer, _vorige(eerste))
    assert {p.id for p in eerste.patronen} == {p.id for p in tweede.patronen}
    for s, t in eerste.toewijzingen.items():
        assert tweede.toewijzingen[s].patroon_id == t.patroon_id


def test_human_decisions_win_in_later_runs() -> None:
    data, _ = signalen(per_onderwerp=30)
    eerste = _run(data)
    verplaatst = data[0].id  # a 'toeslag' signal a person moved to the 'afval' pattern
    afval = eerste.toewijzingen[data[-1].id].patroon_id
    uit_patroon = data[1].id  # ...and one a person said belongs to no pattern
    bevestigd = eerste.toewijzingen[data[40].id].patroon_id
    vorige = _vorige(
        eerste, vergrendeld=frozenset({bevestigd}), handmatig={verplaatst: afval, uit_patroon: None}
    )
    # A person also confirmed a pattern and added a signal the clustering would not put there.
    vreemd = data[100].id
    vorige.patronen[bevestigd] = vorige.patronen[bevestigd] | {vreemd}
    tweede = _run(data, vorige)
    assert tweede.toewijzingen[verplaatst].patroon_id == afval
    assert tweede.toewijzingen[verplaatst].handmatig
    assert uit_patroon not in tweede.toewijzingen
    assert tweede.toewijzingen[vreemd].patroon_id == bevestigd
