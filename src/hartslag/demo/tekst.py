# SPDX-License-Identifier: EUPL-1.2
"""The writing assignment for one signal and the slot values its templates draw on."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from random import Random

from hartslag.demo.organisaties import Profiel
from hartslag.demo.persoonsgegevens import (
    MAANDEN,
    Persoon,
    bsn_notatie,
    datum_notatie,
    iban_notatie,
    telefoon_notatie,
)
from hartslag.demo.probleem import Probleem
from hartslag.demo.tekstdelen import (
    HERHAAL_IK,
    HERHAAL_ZIJ,
    NEUTRAAL_IK,
    PARTNERS,
    POSITIEF_IK,
    POSITIEF_ZIJ,
    ROLLEN,
    VALS_HERHAAL_IK,
)
from hartslag.demo.template import expand, realise
from hartslag.demo.variatie import varieer
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Polariteit


@dataclass
class Opdracht:
    """Everything known about a signal before its title and text are written."""

    rng: Random
    probleem: Probleem
    ruis: bool
    profiel: Profiel
    persoon: Persoon
    meldertype: Meldertype
    kanaal: Kanaal
    brontype: Brontype
    polariteit: Polariteit
    gevraagd: bool
    dag: datetime.date
    pii: bool
    herhaling: int = 0
    eerder: datetime.date | None = None
    wie: str = "klant"
    eerdere: Mapping[str, str] = field(default_factory=dict)
    vast: dict[str, str] = field(default_factory=dict)

    def zin(self, template: str) -> str:
        """Expand one template with this signal's slot values."""
        return expand(template, self.rng, self.slot)

    def kies(self, templates: tuple[str, ...]) -> str:
        return self.zin(self.rng.choice(templates))

    def slot(self, naam: str) -> str:
        """A slot value, drawn once per signal so repeated mentions agree; a repeat contact
        keeps the facts (amounts, dates, the problem's particulars) of the earlier one."""
        if naam not in self.vast:
            if naam in self.eerdere and self._feit(naam):
                self.vast[naam] = self.eerdere[naam]
            else:
                self.vast[naam] = self._trek(naam)
        return self.vast[naam]

    def _feit(self, naam: str) -> bool:
        return naam in _FEITEN or any(s.split(":")[0] == naam for s in self.probleem.slots)

    def _trek(self, naam: str) -> str:
        slots = self.probleem.slots
        eigen = slots.get(f"{naam}:{self.profiel.code}") or slots.get(naam)
        if eigen:
            return realise(self.rng.choice(eigen), self.rng, self.slot)
        maker = _SLOTS.get(naam)
        if maker is not None:
            return maker(self)
        persoonlijk = _PERSOONLIJK.get(naam)
        if persoonlijk is None:
            raise KeyError(f"unknown slot {{{naam}}} in problem {self.probleem.id}")
        return persoonlijk(self)


# Slots that describe the person's situation and stay the same in a repeat contact.
_FEITEN = frozenset({"bedrag", "maand", "datum", "vorigjaar", "weken", "dagen", "kind"})


def bedrag_notatie(bedrag: int, rng: Random) -> str:
    """Money written the way people write it: "€ 1.240", "1240 euro", "€ 1.240,00"."""
    duizend = f"{bedrag:,}".replace(",", ".")
    centen = rng.randrange(100)
    return rng.choice(
        (
            f"€ {duizend}",
            f"€{duizend}",
            f"{bedrag} euro",
            f"€ {duizend},{centen:02d}",
            f"€ {bedrag},-",
            f"EUR {duizend},{centen:02d}",
            f"€ {duizend}",
        )
    )


def _bedrag(o: Opdracht) -> str:
    laag, hoog = o.probleem.bedrag
    bedrag = o.rng.randint(laag, hoog)
    if bedrag > 200 and o.rng.random() < 0.4:
        bedrag = round(bedrag, -1)
    return bedrag_notatie(bedrag, o.rng)


def _datum(o: Opdracht) -> str:
    dag = o.dag - datetime.timedelta(days=o.rng.randint(3, 40))
    vormen = (
        f"{dag.day} {MAANDEN[dag.month - 1]}",
        f"{dag.day:02d}-{dag.month:02d}",
        f"{dag.day}-{dag.month}-{dag.year}",
        f"{dag.day} {MAANDEN[dag.month - 1][:3]}.",
    )
    return o.rng.choice(vormen)


def _maand(o: Opdracht) -> str:
    terug = o.rng.choice((0, 1, 1, 2, 2, 3, 4))
    index = (o.dag.month - 1 - terug) % 12
    return MAANDEN[index]


def _eerder(o: Opdracht) -> str:
    dag = o.eerder or o.dag - datetime.timedelta(days=14)
    return o.rng.choice((f"{dag.day} {MAANDEN[dag.month - 1]}", f"{dag.day}-{dag.month}"))


def _n(o: Opdracht) -> str:
    return o.rng.choice(("twee", "drie", "vier", "vijf", "2", "3", "4", "6", "zes"))


def _foutcode(o: Opdracht) -> str:
    return o.rng.choice(
        (
            f"E{o.rng.randint(1000, 9999)}",
            f"HTTP {o.rng.choice((500, 502, 503, 404))}",
            f"{o.rng.randint(10, 99)}-{o.rng.randint(100, 999)}",
            "'technische storing'",
        )
    )


_SLOTS: dict[str, Callable[[Opdracht], str]] = {
    "bedrag": _bedrag,
    "datum": _datum,
    "maand": _maand,
    "eerderdatum": _eerder,
    "jaar": lambda o: str(o.dag.year),
    "vorigjaar": lambda o: str(o.dag.year - 1),
    "volgendjaar": lambda o: str(o.dag.year + 1),
    "weken": lambda o: str(o.rng.randint(2, 14)),
    "dagen": lambda o: str(o.rng.randint(3, 30)),
    "n": _n,
    "aantal": lambda o: str(o.rng.randint(8, 140)),
    "pct": lambda o: str(o.rng.randint(8, 46)),
    "kenmerk": lambda o: f"{o.rng.randint(0, 9999):04d}",
    "foutcode": _foutcode,
    "org": lambda o: o.profiel.kort,
    "orgnaam": lambda o: o.profiel.organisatie.naam,
    "handle": lambda o: o.profiel.handle,
    "team": lambda o: o.rng.choice(o.profiel.teams),
    "systeem": lambda o: o.rng.choice(o.profiel.systemen),
    "wie": lambda o: o.wie,
    "kind": lambda o: o.rng.choice(("zoon", "dochter")),
    "minuten": lambda o: str(o.rng.randint(4, 48)),
    "score": lambda o: str(o.rng.randint(1, 10)),
    "pct2": lambda o: str(o.rng.randint(5, 40)),
    "onderwerp": lambda o: realise(o.rng.choice(o.probleem.onderwerpen), o.rng, o.slot),
    "rol": lambda o: o.rng.choice(ROLLEN),
    "partner": lambda o: realise(o.rng.choice(PARTNERS), o.rng, o.slot),
    "thema": lambda o: o.rng.choice(o.probleem.themas).replace("-", ""),
}

_PERSOONLIJK: dict[str, Callable[[Opdracht], str]] = {
    "zij": lambda o: "zij" if o.persoon.vrouw else "hij",
    "haar": lambda o: "haar" if o.persoon.vrouw else "zijn",
    "hem": lambda o: "haar" if o.persoon.vrouw else "hem",
    "leeftijd": lambda o: str(o.persoon.leeftijd(o.dag)),
    "plaats": lambda o: o.profiel.plaats or o.persoon.adres.plaats,
    "naam": lambda o: o.persoon.naam,
    "voornaam": lambda o: o.persoon.voornaam,
    "voorletters": lambda o: o.persoon.naam_met_voorletters,
    "achternaam": lambda o: o.persoon.achternaam_los,
    "aanhef": lambda o: "mevrouw" if o.persoon.vrouw else "meneer",
    "bsn": lambda o: bsn_notatie(o.persoon.bsn, o.rng),
    "iban": lambda o: iban_notatie(o.persoon.iban, o.rng),
    "telefoon": lambda o: telefoon_notatie(o.persoon.telefoon, o.rng),
    "email": lambda o: o.persoon.email,
    "adres": lambda o: o.persoon.adres.regel(),
    "straat": lambda o: f"{o.persoon.adres.straat} {o.persoon.adres.huisnummer}",
    "postcodeplaats": lambda o: f"{o.persoon.adres.postcode} {o.persoon.adres.plaats}",
    "geboortedatum": lambda o: datum_notatie(o.persoon.geboortedatum, o.rng),
    "klantnummer": lambda o: o.persoon.klantnummer,
}


def kern(o: Opdracht, perspectief: str) -> list[str]:
    """One or two phrasings of the problem itself, from the given perspective."""
    bron = {"ik": o.probleem.ik, "zij": o.probleem.zij, "wij": o.probleem.wij}[perspectief]
    if not bron:
        bron = o.probleem.zij or o.probleem.ik
    gekozen = o.rng.sample(bron, k=2 if len(bron) > 2 and o.rng.random() < 0.22 else 1)
    return [o.zin(template) for template in gekozen]


def greep(o: Opdracht, templates: tuple[str, ...], aantallen: tuple[int, ...]) -> list[str]:
    """A few different sentences from `templates`, how many drawn from `aantallen`."""
    k = min(o.rng.choice(aantallen), len(templates))
    return [o.zin(template) for template in o.rng.sample(templates, k=k)]


def inhoud(o: Opdracht, perspectief: str, *, wensen: bool = True) -> list[str]:
    """The body of a signal: the problem, some details, consequences and a request."""
    zinnen = kern(o, perspectief)
    details = greep(o, o.probleem.details, (0, 1, 1, 2, 2, 3))
    if details and o.rng.random() < 0.25:
        zinnen = [details.pop(0), *zinnen]
    zinnen += details
    if o.polariteit == Polariteit.NEGATIEF:
        zinnen += greep(o, o.probleem.gevolgen, (0, 1, 1, 2))
    elif o.polariteit == Polariteit.POSITIEF:
        zinnen += [o.kies(POSITIEF_ZIJ if perspectief == "zij" else POSITIEF_IK)]
    elif perspectief == "ik" and o.rng.random() < 0.6:
        zinnen += [o.kies(NEUTRAAL_IK[1:])]
    if wensen and perspectief == "ik" and o.probleem.wensen and o.rng.random() < 0.55:
        zinnen.append(o.kies(o.probleem.wensen))
    zinnen = varieer(o.rng, zinnen)
    zinnen[1:1] = herhaling(o, perspectief)
    return zinnen


def herhaling(o: Opdracht, perspectief: str) -> list[str]:
    """A mention of earlier contact: most repeat contacts say so, a few others do too."""
    if o.ruis or perspectief == "wij":
        return []
    if o.herhaling and o.rng.random() < 0.6:
        return [o.kies(HERHAAL_ZIJ if perspectief == "zij" else HERHAAL_IK)]
    if not o.herhaling and perspectief == "ik" and o.rng.random() < 0.03:
        return [o.kies(VALS_HERHAAL_IK)]
    return []


def persoonlijk(o: Opdracht, templates: tuple[str, ...]) -> list[str]:
    """One to three sentences with personal data, if this signal carries any."""
    if not o.pii:
        return []
    return greep(o, templates, (1, 1, 2, 2, 3))


def titel(o: Opdracht, templates: tuple[str, ...]) -> str:
    """A short title (at most 80 characters), mostly built on the signal's subject."""
    tekst = o.kies(templates)
    return tekst if len(tekst) <= 80 else tekst[:79].rstrip() + "…"


# Every slot name a catalogue template may use besides the problem's own slots.
BEKENDE_SLOTS = frozenset(_SLOTS) | frozenset(_PERSOONLIJK)
