# SPDX-License-Identifier: EUPL-1.2
"""Cross-organisation patterns: flagged when two or more organisations hold signals of
it, ranked so that broad, balanced and growing patterns come first."""

from __future__ import annotations

import math
from collections.abc import Mapping


def is_cross_organisation(organisaties: Mapping[str, int], minimum: int = 2) -> bool:
    return sum(1 for n in organisaties.values() if n > 0) >= minimum


def rank_score(organisaties: Mapping[str, int], groei: float = 1.0) -> float:
    """Sum of square roots of the counts per organisation (breadth beats one big
    organisation), times the recent growth factor (this period over the previous one,
    floored at 1). 0 for a pattern of one organisation."""
    if not is_cross_organisation(organisaties):
        return 0.0
    return round(sum(math.sqrt(n) for n in organisaties.values() if n > 0) * max(groei, 1.0), 3)
