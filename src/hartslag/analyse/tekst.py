# SPDX-License-Identifier: EUPL-1.2
"""Turning free text into tokens: Dutch stemming, stop words, surface forms for keywords."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable
from functools import lru_cache

import snowballstemmer

_WOORD = re.compile(r"[^\W\d_][\w'-]*[^\W_]|[^\W\d_]", re.UNICODE)
# Pseudonymisation placeholders such as [NAAM], [BSN] and @handles carry no topic.
_PLAATSHOUDER = re.compile(r"\[[A-Z]+(?:-[A-Z0-9]+)*\]|@\w+")

STOPWOORDEN = frozenset(
    """
    a aan al alle alleen als alstublieft altijd amp an and ander andere anders are at be
    bedankt ben beste bij bijna binnen by can co dan dank dat de deze did die dit dm do
    doch doen does door dus een eens eerst en er ermee erop for from ge geachte geen
    gehad get geweest goedemiddag goedemorgen got graag groet groeten had hadden hallo
    has have heb hebben heeft hem het hier hij hoe http https hun i iemand iets ik in is
    it ja je jij jou jouw juist just kan kon kunnen maar me meer men met mij mijn moet
    moeten mvg my na naar niet niets no nog not nu of om omdat on ons onze ook op or our
    over please reeds rt s sinds so te tegen that the this to toch toen tot u uit uw van
    veel voor vriendelijke waren was wat we wel welk welke werd werden were wie wij wil
    willen with word worden wordt you your zal ze zei zelf zich zij zijn zit zitten zo
    zoals zonder zou zouden
    """.split()  # noqa: SIM905
)


@lru_cache(maxsize=4)
def _stemmer(taal: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer(taal)


def woorden(tekst: str) -> list[str]:
    """Lower-case words without placeholders, digits or stop words."""
    schoon = _PLAATSHOUDER.sub(" ", tekst).lower()
    return [w for w in _WOORD.findall(schoon) if w not in STOPWOORDEN and len(w) > 1]


class Stammer:
    """Dutch (or another Snowball language) stems, cached per word, remembering which
    surface form each stem was seen as most, so keywords read as real words."""

    def __init__(self, taal: str = "dutch") -> None:
        self._stem = _stemmer(taal)
        self._cache: dict[str, str] = {}
        self._vormen: dict[str, Counter[str]] = defaultdict(Counter)

    def stem(self, woord: str) -> str:
        stam = self._cache.get(woord)
        if stam is None:
            stam = self._stem.stemWord(woord)
            self._cache[woord] = stam
        return stam

    def stammen(self, tekst: str) -> list[str]:
        ws = woorden(tekst)
        result = [self.stem(w) for w in ws]
        self.remember(ws, result)
        return result

    def remember(self, ws: Iterable[str], stammen: Iterable[str]) -> None:
        """Count each word as a surface form of its stem."""
        for woord, stam in zip(ws, stammen, strict=True):
            self._vormen[stam][woord] += 1

    def vorm(self, stam: str, toegestaan: Container[str] | None = None) -> str:
        """The surface form most often seen for ``stam`` (among ``toegestaan``, if given;
        the stem itself when there is none)."""
        vormen = self._vormen.get(stam)
        if toegestaan is not None and vormen:
            vormen = Counter({w: n for w, n in vormen.items() if w in toegestaan})
        if not vormen:
            return stam
        return max(vormen.items(), key=lambda kv: (kv[1], -len(kv[0])))[0]

    def vormen(self, stammen: Iterable[str], toegestaan: Container[str] | None = None) -> list[str]:
        return [" ".join(self.vorm(s, toegestaan) for s in stam.split(" ")) for stam in stammen]
