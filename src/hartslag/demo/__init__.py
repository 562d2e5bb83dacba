# SPDX-License-Identifier: EUPL-1.2
"""Reproducible demo data: signals of recurring problems at Dutch public organisations.

``generate(seed=...)`` returns a ``DemoDataset`` with organisations, API-shaped signals,
the problem catalogue and, kept apart, the ground truth that analysis can be scored on.
Pure Python, no database, no clock: the same seed always gives the same data.
"""

from hartslag.demo.dataset import DemoDataset, write_grondwaarheid, write_signalen
from hartslag.demo.generator import generate
from hartslag.demo.organisaties import DemoOrganisatie

__all__ = ["DemoDataset", "DemoOrganisatie", "generate", "write_grondwaarheid", "write_signalen"]
