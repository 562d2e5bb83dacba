# SPDX-License-Identifier: EUPL-1.2
"""Who reports: new people with unique reporter ids, and people who come back with a
different problem (which is not a repeat contact)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from random import Random

from hartslag.demo.organisaties import Profiel
from hartslag.demo.persoonsgegevens import Persoon, nieuwe_persoon
from hartslag.demo.probleem import Probleem

# How often a citizen who contacted an organisation before raises another problem there.
ANDER_PROBLEEM_KANS = 0.05


@dataclass
class Melders:
    rng: Random
    _gebruikt: set[str] = field(default_factory=set)
    _bekenden: dict[str, list[tuple[Persoon, set[str]]]] = field(default_factory=dict)

    def voor(
        self, probleem: Probleem, profiel: Profiel, dag: datetime.date, burger: bool
    ) -> Persoon:
        """A reporter for a first contact about `probleem` at `profiel`.

        Sometimes a citizen known at this organisation for another problem; never one known
        for this problem, so that ground-truth repeat contacts are the only repeats.
        """
        bekend = self._bekenden.setdefault(profiel.code, [])
        if burger and bekend and self.rng.random() < ANDER_PROBLEEM_KANS:
            persoon, problemen = self.rng.choice(bekend)
            if probleem.id not in problemen:
                problemen.add(probleem.id)
                return persoon
        persoon = nieuwe_persoon(self.rng, dag, probleem.leeftijd, profiel.plaats)
        while persoon.melder_id() in self._gebruikt:
            persoon = nieuwe_persoon(self.rng, dag, probleem.leeftijd, profiel.plaats)
        self._gebruikt.add(persoon.melder_id())
        if burger:
            bekend.append((persoon, {probleem.id}))
        return persoon
