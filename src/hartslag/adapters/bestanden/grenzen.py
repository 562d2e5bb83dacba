# SPDX-License-Identifier: EUPL-1.2
"""Limits on what an import file may hold, enforced while it is read, so memory stays
bounded whatever the file: a header of a million columns or a cell of a gigabyte is
refused with a clear message after reading no more than the limit.

- ``max_kolommen``: columns in the header (``HARTSLAG_IMPORT_MAX_COLUMNS``). More is a
  file error: nothing is imported, and the message gives the count, not the names.
- ``max_celtekens``: characters in one cell (``HARTSLAG_IMPORT_MAX_CELL_CHARS``). A CSV
  or JSON Lines row with a larger cell, or a physical line longer than four such cells,
  is one bad row in the report; the rows around it are imported. An Excel workbook with
  a larger cell is refused as a whole before openpyxl reads it (openpyxl holds every
  shared string of a workbook in memory).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Grenzen:
    max_kolommen: int = 1000
    max_celtekens: int = 100_000

    @property
    def max_regeltekens(self) -> int:
        """The longest physical line read at once: a few large cells and the rest."""
        return max(4 * self.max_celtekens, 1_000_000)

    @property
    def max_koptekens(self) -> int:
        """The longest header line: every column a name of up to 200 characters."""
        return self.max_kolommen * 200

    def te_veel_kolommen(self, aantal: int | None = None) -> str:
        hoeveel = f"telt {aantal} kolommen" if aantal else "is te lang"
        return (
            f"De kopregel (de eerste regel, met de kolomnamen) {hoeveel}; Hartslag leest "
            f"hoogstens {self.max_kolommen} kolommen (HARTSLAG_IMPORT_MAX_COLUMNS). Laat "
            "alleen de kolommen van de signalen staan en importeer het bestand opnieuw."
        )

    def te_grote_cel(self, waar: str) -> str:
        return (
            f"{waar} is groter dan {self.max_celtekens} tekens "
            "(HARTSLAG_IMPORT_MAX_CELL_CHARS). Kort de tekst in of splits hem over signalen."
        )


STANDAARD = Grenzen()
