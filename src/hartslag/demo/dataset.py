# SPDX-License-Identifier: EUPL-1.2
"""The demo dataset and how to write it: signals and ground truth always in separate files."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from pathlib import Path

from hartslag.demo.organisaties import DemoOrganisatie


@dataclass(frozen=True)
class DemoDataset:
    """Signals as the API would receive them, and the ground truth kept apart."""

    organisaties: list[DemoOrganisatie]
    signalen: list[dict[str, object]]
    grondwaarheid: list[dict[str, object]]
    problemen: list[dict[str, object]]
    seed: int
    start: datetime.date
    end: datetime.date

    def write_grondwaarheid(self, path: str | Path) -> None:
        write_grondwaarheid(self, path)


def _json_default(waarde: object) -> str:
    if isinstance(waarde, datetime.date | datetime.datetime):
        return waarde.isoformat()
    raise TypeError(f"cannot write {type(waarde).__name__} to JSON")


def write_grondwaarheid(dataset: DemoDataset, path: str | Path) -> None:
    """Write the ground truth (and the problem catalogue) to one JSON file, apart from the
    signals, so an evaluation can score analysis results against it."""
    inhoud = {
        "seed": dataset.seed,
        "start": dataset.start,
        "end": dataset.end,
        "problemen": dataset.problemen,
        "grondwaarheid": dataset.grondwaarheid,
    }
    tekst = json.dumps(inhoud, default=_json_default, ensure_ascii=False, indent=1)
    Path(path).write_text(tekst + "\n", encoding="utf-8")


def write_signalen(dataset: DemoDataset, path: str | Path) -> None:
    """Write the signals as JSON Lines, one API-shaped signal per line, ready to import."""
    regels = (
        json.dumps(signaal, default=_json_default, ensure_ascii=False)
        for signaal in dataset.signalen
    )
    Path(path).write_text("\n".join(regels) + "\n", encoding="utf-8")
