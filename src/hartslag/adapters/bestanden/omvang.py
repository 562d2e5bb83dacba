# SPDX-License-Identifier: EUPL-1.2
"""The size of what an Excel workbook holds, measured before openpyxl opens it: openpyxl
keeps every shared string of a workbook in memory, so a cell of a gigabyte costs
gigabytes before its row is read. Here the XML parts are streamed through expat, which
hands over text in pieces: only counts are kept, memory stays flat."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.parsers import expat

from hartslag.adapters.bestanden.fouten import BestandFout
from hartslag.adapters.bestanden.grenzen import Grenzen

_CHUNK = 1024 * 1024
_TEKST = frozenset({"t", "v"})  # a cell's value, a shared or inline string's text


class _Teller:
    """Counts the characters of each text element and the filled cells of each row."""

    def __init__(self, grenzen: Grenzen) -> None:
        self.grenzen = grenzen
        self.tekst = -1  # characters of the current text element; -1: none open
        self.cellen = 0  # cells with a value in the current row

    def start(self, naam: str, attributen: object) -> None:
        lokaal = naam.rpartition("}")[2].rpartition(":")[2]
        if lokaal in _TEKST:
            self.tekst = 0
        if lokaal == "row":
            self.cellen = 0
        elif lokaal in ("v", "is"):  # a cell with a value (a styled empty one has none)
            self.cellen += 1
            if self.cellen > self.grenzen.max_kolommen:
                raise BestandFout("te-veel-kolommen", self.grenzen.te_veel_kolommen())

    def end(self, naam: str) -> None:
        if naam.rpartition("}")[2].rpartition(":")[2] in _TEKST:
            self.tekst = -1

    def data(self, tekst: str) -> None:
        if self.tekst >= 0:
            self.tekst += len(tekst)
            if self.tekst > self.grenzen.max_celtekens:
                raise BestandFout(
                    "te-grote-cel", self.grenzen.te_grote_cel("Een cel van het werkboek")
                )


def _parts(archief: zipfile.ZipFile) -> list[str]:
    return [
        n
        for n in archief.namelist()
        if n == "xl/sharedStrings.xml" or (n.startswith("xl/worksheets/") and n.endswith(".xml"))
    ]


def check_workbook(path: Path, grenzen: Grenzen) -> None:
    """Raise `BestandFout` when a row of the workbook holds more than ``max_kolommen``
    cells or a cell more than ``max_celtekens`` characters. A file that is no zip is
    left for openpyxl to refuse with its own message."""
    try:
        archief = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return
    with archief:
        for naam in _parts(archief):
            teller = _Teller(grenzen)
            parser = expat.ParserCreate()
            parser.StartElementHandler = teller.start
            parser.EndElementHandler = teller.end
            parser.CharacterDataHandler = teller.data
            with archief.open(naam) as deel:
                try:
                    while stuk := deel.read(_CHUNK):
                        parser.Parse(stuk, False)
                    parser.Parse(b"", True)
                except expat.ExpatError:
                    return  # openpyxl reports a damaged workbook in its own words
