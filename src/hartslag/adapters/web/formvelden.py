# SPDX-License-Identifier: EUPL-1.2
"""Reading a posted form: text within bounds, lines, choices from the domain's vocabulary,
dates and ids. A value that cannot be read is an :class:`OngeldigeInvoer` with a message in
the visitor's language, shown next to the form like any other domain error."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import TypeVar
from zoneinfo import ZoneInfo

from starlette.datastructures import FormData

from hartslag.adapters.web.labels import N_
from hartslag.domein.fouten import OngeldigeInvoer

E = TypeVar("E", bound=StrEnum)
NEDERLAND = ZoneInfo("Europe/Amsterdam")


class Velden:
    def __init__(self, form: FormData, gettext: Callable[[str], str]) -> None:
        self.form = form
        self.gettext = gettext

    def _fout(self, bericht: str, naam: str) -> OngeldigeInvoer:
        return OngeldigeInvoer(self.gettext(bericht).format(veld=self.gettext(naam)))

    def tekst(self, naam: str, label: str, max_lengte: int = 4000) -> str:
        """The field's text, stripped; empty when left out."""
        waarde = self.form.get(naam)
        tekst = waarde.strip() if isinstance(waarde, str) else ""
        if len(tekst) > max_lengte:
            raise OngeldigeInvoer(
                self.gettext("{veld}: at most {n} characters, please shorten it.").format(
                    veld=self.gettext(label), n=max_lengte
                )
            )
        return tekst

    def verplicht(self, naam: str, label: str, max_lengte: int = 4000) -> str:
        tekst = self.tekst(naam, label, max_lengte)
        if not tekst:
            raise self._fout(N_("{veld}: please fill this in."), label)
        return tekst

    def optioneel(self, naam: str, label: str, max_lengte: int = 4000) -> str | None:
        return self.tekst(naam, label, max_lengte) or None

    def regels(self, naam: str, label: str, max_lengte: int = 4000) -> tuple[str, ...]:
        """One value per line (or comma-separated when ``naam`` holds no line break)."""
        tekst = self.tekst(naam, label, max_lengte * 5)
        delen = tekst.splitlines() if "\n" in tekst else tekst.split(",")
        return tuple(d.strip() for d in delen if d.strip())

    def keuze(self, naam: str, label: str, soort: type[E]) -> E | None:
        waarde = self.tekst(naam, label, 100)
        if not waarde:
            return None
        try:
            return soort(waarde)
        except ValueError:
            raise self._fout(N_("{veld}: choose one of the options offered."), label) from None

    def keuzes(self, naam: str, label: str, soort: type[E]) -> tuple[E, ...]:
        try:
            return tuple(soort(str(w)) for w in self.form.getlist(naam))
        except ValueError:
            raise self._fout(N_("{veld}: choose one of the options offered."), label) from None

    def datum(self, naam: str, label: str) -> date | None:
        waarde = self.tekst(naam, label, 20)
        if not waarde:
            return None
        try:
            return date.fromisoformat(waarde)
        except ValueError:
            raise self._fout(N_("{veld}: give a date such as 2027-03-31."), label) from None

    def verplichte_datum(self, naam: str, label: str) -> date:
        dag = self.datum(naam, label)
        if dag is None:
            raise self._fout(N_("{veld}: please fill this in."), label)
        return dag

    def tijdstip(self, datumveld: str, tijdveld: str, label: str) -> datetime | None:
        """A date and a time of day as typed (Dutch local time), in UTC."""
        dag = self.datum(datumveld, label)
        tekst = self.tekst(tijdveld, label, 10)
        if dag is None:
            return None
        try:
            uur = time.fromisoformat(tekst) if tekst else time(9, 0)
        except ValueError:
            raise self._fout(N_("{veld}: give a time such as 14:30."), label) from None
        return datetime.combine(dag, uur, tzinfo=NEDERLAND).astimezone(UTC)

    def getal(self, naam: str, label: str) -> int | None:
        waarde = self.tekst(naam, label, 12).replace(".", "")
        if not waarde:
            return None
        if not waarde.isdigit():
            raise self._fout(N_("{veld}: give a whole number (0 or more)."), label)
        return int(waarde)

    def id(self, naam: str, label: str) -> uuid.UUID | None:
        waarde = self.tekst(naam, label, 40)
        if not waarde:
            return None
        try:
            return uuid.UUID(waarde)
        except ValueError:
            raise self._fout(N_("{veld}: choose one of the options offered."), label) from None

    def ids(self, naam: str, label: str) -> tuple[uuid.UUID, ...]:
        try:
            return tuple(dict.fromkeys(uuid.UUID(str(w)) for w in self.form.getlist(naam)))
        except ValueError:
            raise self._fout(N_("{veld}: choose one of the options offered."), label) from None

    def waarden(self) -> dict[str, str]:
        """What was typed, to fill the form again after an error."""
        return {k: v for k, v in self.form.items() if isinstance(v, str) and k != "csrf"}
