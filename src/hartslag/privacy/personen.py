# SPDX-License-Identifier: EUPL-1.2
"""Person mentions and grouping them into persons, so one person gets one placeholder."""

from __future__ import annotations

from dataclasses import dataclass

from hartslag.privacy.namenlijsten import TUSSENVOEGSELS

_PARTICLES = TUSSENVOEGSELS | {"op", "in", "uit", "onder"}  # "op den Berg": "berg"


@dataclass(frozen=True, slots=True)
class Naam:
    """A person mention: its span and, where present, its given part and surname."""

    start: int
    end: int
    voornaam: str | None
    achternaam: str | None

    @property
    def surname_key(self) -> str | None:
        """The surname without tussenvoegsels, case-folded: "De Vries" -> "vries"."""
        if not self.achternaam:
            return None
        words = [w for w in self.achternaam.casefold().split() if w not in _PARTICLES]
        return " ".join(words) or self.achternaam.casefold()

    @property
    def given_key(self) -> str | None:
        """The first given name case-folded, or the first initial ("j") for initials."""
        if not self.voornaam:
            return None
        first = self.voornaam.replace(".", ". ").split()[0].casefold()
        return first.rstrip(".")


def _compatible(given: str | None, known: set[str]) -> bool:
    if given is None or not known:
        return True
    return any(given == k or (len(given) == 1 and k.startswith(given)) or
               (len(k) == 1 and given.startswith(k)) for k in known)  # fmt: skip


@dataclass(slots=True)
class _Cluster:
    surname: str | None
    given: set[str]
    mentions: list[Naam]


def _find_cluster(mention: Naam, clusters: list[_Cluster]) -> _Cluster | None:
    surname, given = mention.surname_key, mention.given_key
    for cluster in clusters:
        if surname is not None and cluster.surname == surname:
            if _compatible(given, cluster.given):
                return cluster
        elif surname is None and given is not None and given in cluster.given:
            return cluster
    return None


def group_persons(mentions: list[Naam]) -> list[list[Naam]]:
    """Mentions grouped per person, in order of each person's first mention.

    Full names are placed first, so "Jan", "De Vries" and "mevrouw J. de Vries" in one
    text join "Jan de Vries" wherever it appears; two people sharing a surname stay apart
    when their first names or initials differ.
    """

    def completeness(m: Naam) -> tuple[int, int]:
        return (-(bool(m.voornaam) + 2 * bool(m.achternaam)), m.start)

    clusters: list[_Cluster] = []
    for mention in sorted(mentions, key=completeness):
        cluster = _find_cluster(mention, clusters)
        if cluster is None:
            cluster = _Cluster(mention.surname_key, set(), [])
            clusters.append(cluster)
        if mention.given_key:
            cluster.given.add(mention.given_key)
        cluster.mentions.append(mention)
    groups = [sorted(c.mentions, key=lambda m: m.start) for c in clusters]
    return sorted(groups, key=lambda g: g[0].start)
