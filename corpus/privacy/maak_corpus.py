# SPDX-License-Identifier: EUPL-1.2
"""Generate the labelled privacy corpus: `python corpus/privacy/maak_corpus.py`.

Texts are composed from the templates in `sjablonen.py`; every slot is rendered with a
value from `onderdelen.py` and its character span recorded while the text is built, so
the labels are exact by construction. A fixed seed makes the output reproducible.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import onderdelen as o
import sjablonen as s

SEED = 20251122
AANTAL = 480
UITVOER = Path(__file__).resolve().parent / "notities.jsonl"
_SLOT = re.compile(r"\{([A-Za-z0-9_.]+)\}")

Waarde = tuple[str, str | None]  # (text, entity type or None)


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


@dataclass
class Tekst:
    """The people and values of one text; values are fixed once first used."""

    rng: random.Random
    personen: dict[str, o.Persoon]
    vast: dict[str, Waarde] = field(default_factory=dict)

    def waarde(self, slot: str) -> Waarde:
        if slot not in self.vast:
            self.vast[slot] = self._maak(slot)
        waarde = self.vast[slot]
        if slot.endswith((".titel", ".Titel")):  # vary titles per use
            del self.vast[slot]
        return waarde

    def _maak(self, slot: str) -> Waarde:
        if "." in slot:
            wie, wat = slot.split(".")
            return _persoon_slot(self.rng, self.personen[wie], wat, self)
        return ALGEMEEN[slot](self.rng), None


def _email(rng: random.Random, p: o.Persoon) -> str:
    voor, achter = _ascii(p.voornaam), _ascii(p.tussenvoegsel + p.achternaam)
    lokaal = rng.choice([f"{voor}.{achter}", f"{voor[0]}.{achter}", f"{voor}{rng.randint(60, 99)}",
                         f"{voor}_{achter}", f"{achter}{voor[0]}", f"{voor}{achter}"])  # fmt: skip
    adres = f"{lokaal}@{rng.choice(o.MAILDOMEINEN)}"
    return adres if rng.random() < 0.85 else adres.capitalize()


def _adres(rng: random.Random, met_plaats: bool) -> str:
    straat = f"{rng.choice(o.STRATEN)} {o.huisnummer(rng)}"
    if not met_plaats or rng.random() < 0.4:
        return straat
    plaats = rng.choice(o.PLAATSEN)
    return rng.choice([f"{straat}, {o.postcode(rng)} {plaats}", f"{straat} te {plaats}",
                       f"{straat}, {plaats}", f"{straat} {o.postcode(rng)} {plaats}"])  # fmt: skip


def _dossiernummer(rng: random.Random) -> str:
    n = rng.randint(10000, 999999)
    return rng.choice([f"Z-{rng.randint(20, 25)}-{n}", f"{rng.randint(2019, 2025)}/{n:07d}",
                       f"UWV-{rng.randint(2019, 2025)}-{n}", f"{rng.randint(2020, 2025)}.{n}",
                       f"DOS-{n}", str(n)])  # fmt: skip


def _klantnummer(rng: random.Random) -> str:
    n = rng.randint(100000, 99999999)
    return rng.choice([str(n), str(n), f"K{n}", f"{n:08d}", f"R-{n}"])


_TITELS = {True: ["mevr.", "mw.", "mevrouw"], False: ["dhr.", "de heer", "meneer", "dhr"]}


def _adresblok(rng: random.Random) -> str:
    straat = f"{rng.choice(o.STRATEN)} {o.huisnummer(rng)}"
    return f"{straat}\n{o.postcode(rng)} {rng.choice(o.PLAATSEN)}"


_PERSOON_TEKST: dict[str, Callable[[random.Random, o.Persoon], Waarde]] = {
    "vol": lambda r, p: (p.vol, "PERSOON"),
    "los": lambda r, p: (p.los, "PERSOON"),
    "voor": lambda r, p: (p.voornaam, "PERSOON"),
    "init": lambda r, p: (p.initialen(r), "PERSOON"),
    "lc": lambda r, p: (p.vol.lower(), "PERSOON"),
    "aanhef": lambda r, p: ("mevrouw" if p.vrouw else "meneer", None),
    "Aanhef": lambda r, p: ("Mevrouw" if p.vrouw else "Meneer", None),
    "titel": lambda r, p: (r.choice(_TITELS[p.vrouw]), None),
    "Titel": lambda r, p: (r.choice(_TITELS[p.vrouw]).capitalize(), None),
    "geachte": lambda r, p: ("mevrouw" if p.vrouw else "heer", None),
    "zijn": lambda r, p: ("haar" if p.vrouw else "zijn", None),
    "ouder": lambda r, p: ("moeder" if p.vrouw else "vader", None),
    "Zij": lambda r, p: ("Zij" if p.vrouw else "Hij", None),
}
_PERSOON_GEGEVEN: dict[str, Callable[[random.Random, o.Persoon], Waarde]] = {
    "email": lambda r, p: (_email(r, p), "EMAIL"),
    "tel": lambda r, p: (o.telefoon(r), "TELEFOON"),
    "adres": lambda r, p: (_adres(r, True), "ADRES"),
    "straat": lambda r, p: (_adres(r, False), "ADRES"),
    "adresblok": lambda r, p: (_adresblok(r), "ADRES"),
    "pcnr": lambda r, p: (r.choice(["{} {}", "{}, {}", "{} huisnummer {}"]).format(
        o.postcode(r), o.huisnummer(r)), "ADRES"),
    "postcode": lambda r, p: (o.postcode(r), "POSTCODE"),
    "geb": lambda r, p: (o.datum(r, 1935, 2006), "GEBOORTEDATUM"),
    "bsn": lambda r, p: (o.bsn_opmaak(r, p.extra.setdefault("bsn", o.bsn_geldig(r))), "BSN"),
    "iban": lambda r, p: (p.extra.setdefault("iban", o.iban(r)), "IBAN"),
    "kenteken": lambda r, p: (o.kenteken(r), "KENTEKEN"),
    "klantnr": lambda r, p: (_klantnummer(r), "KLANTNUMMER"),
    "dossiernr": lambda r, p: (_dossiernummer(r), "DOSSIERNUMMER"),
}


def _persoon_slot(rng: random.Random, p: o.Persoon, wat: str, tekst: Tekst) -> Waarde:
    if wat in ("bsn2", "tel2", "email2", "iban2"):  # same value, possibly other spelling
        basis = tekst.waarde(f"{_naam_van(tekst, p)}.{wat[:-1]}")
        if wat == "email2":
            return basis[0].upper() if rng.random() < 0.3 else basis[0], basis[1]
        if wat == "bsn2":
            return o.bsn_opmaak(rng, p.extra["bsn"]), "BSN"
        return basis
    maker = _PERSOON_TEKST.get(wat) or _PERSOON_GEGEVEN[wat]
    return maker(rng, p)


def _naam_van(tekst: Tekst, p: o.Persoon) -> str:
    return next(k for k, v in tekst.personen.items() if v is p)


def _bedrag(rng: random.Random) -> str:
    euros = rng.choice([rng.randint(10, 999), rng.randint(1000, 25000)])
    return rng.choice([f"€ {euros:,}".replace(",", ".") + f",{rng.randint(0, 99):02d}",
                       f"{euros} euro", f"€{euros},-", f"EUR {euros}.00",
                       f"€ {euros:,}".replace(",", ".")])  # fmt: skip


ALGEMEEN: dict[str, Callable[[random.Random], str]] = {
    "onderwerp": lambda r: r.choice(s.ONDERWERPEN),
    "org": lambda r: r.choice(s.ORGANISATIES),
    "orgmail": lambda r: r.choice(["klachten@uwv.nl", "info@duo.nl", "webcare@gemeente.nl"]),
    "team": lambda r: r.choice(s.TEAMS),
    "artikel": lambda r: r.choice(s.ARTIKELEN),
    "verwijzing": lambda r: r.choice(s.VERWIJZINGEN),
    "plaats": lambda r: r.choice(o.PLAATSEN),
    "datum": lambda r: o.datum(r, 2022, 2025),
    "datum2": lambda r: o.datum(r, 2024, 2026),
    "jaar": lambda r: str(r.randint(2015, 2025)),
    "tijd": lambda r: f"{r.randint(8, 17)}:{r.choice(['00', '15', '30', '45'])}",
    "bedrag": _bedrag,
    "bedrag2": _bedrag,
    "pct": lambda r: r.choice(["12,5%", "3 procent", "20%", "0,8%", "100 procent"]),
    "aantal": lambda r: str(r.randint(2, 14)),
    "minuten": lambda r: str(r.randint(3, 55)),
    "bsnfout": lambda r: o.bsn_opmaak(r, o.bsn_ongeldig(r)),
    "ibanfout": lambda r: o.iban(r, geldig=False),
    "servicenr": lambda r: r.choice(["0800-0543", "0800 0543", "0900-1234567", "088-8982070"]),
}


def render(sjabloon: str, tekst: Tekst) -> tuple[str, list[dict[str, object]]]:
    """The text of `sjabloon` with its slots filled, and the labelled spans."""
    delen: list[str] = []
    spans: list[dict[str, object]] = []
    positie, lengte = 0, 0
    for match in _SLOT.finditer(sjabloon):
        letterlijk = sjabloon[positie : match.start()]
        delen.append(letterlijk)
        lengte += len(letterlijk)
        waarde, soort = tekst.waarde(match.group(1))
        if soort:
            spans.append({"type": soort, "start": lengte, "end": lengte + len(waarde)})
        delen.append(waarde)
        lengte += len(waarde)
        positie = match.end()
    delen.append(sjabloon[positie:])
    return "".join(delen), spans


def _zinnen(rng: random.Random, pool: list[str], aantal: int, valkuilen: int) -> list[str]:
    gekozen = rng.sample(pool, min(aantal, len(pool))) + rng.sample(s.VALKUILEN, valkuilen)
    rng.shuffle(gekozen)
    return gekozen


def _notitie(rng: random.Random) -> str:
    zinnen = _zinnen(rng, s.NOTITIE_ZINNEN, rng.randint(4, 8), rng.randint(1, 3))
    slot = rng.choice(s.NOTITIE_SLOT)
    return " ".join([rng.choice(s.NOTITIE_OPENING), *zinnen, slot]).strip()


def _brief(rng: random.Random) -> str:
    zinnen = _zinnen(rng, s.BRIEF_ZINNEN, rng.randint(3, 6), rng.randint(1, 3))
    return rng.choice(s.BRIEF_OPENING) + " ".join(zinnen) + rng.choice(s.BRIEF_SLOT)


def _formulier(rng: random.Random) -> str:
    velden = ["Naam: {p1.vol}", *rng.sample(s.FORMULIER_VELDEN[1:], rng.randint(3, 7))]
    bericht = _zinnen(rng, s.FORMULIER_BERICHT, rng.randint(2, 5), rng.randint(1, 2))
    onderwerp = "Onderwerp: {onderwerp}"
    return "\n".join([*velden, onderwerp, "Bericht: " + " ".join(bericht)])


def _chat(rng: random.Random) -> str:
    regels = [s.CHAT_REGELS[0], s.CHAT_REGELS[1]]
    regels += rng.sample(s.CHAT_REGELS[2:], rng.randint(4, 8))
    regels += ["Klant: " + v for v in rng.sample(s.VALKUILEN, rng.randint(1, 2))]
    if rng.random() < 0.15:  # some people do not use capitals at all in chat
        regels[0] = "Klant: hoi ik ben {p1.lc}, ik heb een vraag over {onderwerp}"
    return "\n".join(regels)


def _sociaal(rng: random.Random) -> str:
    berichten = rng.sample(s.SOCIAAL, rng.randint(3, 5))
    return "\n\n".join(berichten + rng.sample(s.VALKUILEN, rng.randint(0, 1)))


def _klacht(rng: random.Random) -> str:
    zinnen = _zinnen(rng, s.KLACHT_ZINNEN, rng.randint(3, 7), rng.randint(1, 3))
    return rng.choice(s.KLACHT_KOP) + " ".join(zinnen) + rng.choice(s.KLACHT_SLOT)


STIJLEN: dict[str, Callable[[random.Random], str]] = {
    "telefoonnotitie": _notitie,
    "brief": _brief,
    "webformulier": _formulier,
    "chat": _chat,
    "sociale_media": _sociaal,
    "klacht_email": _klacht,
}
GEWICHTEN = [0.3, 0.17, 0.15, 0.13, 0.1, 0.15]


def _personen(rng: random.Random) -> dict[str, o.Persoon]:
    personen = {"p1": o.persoon(rng), "p2": o.persoon(rng), "p3": o.persoon(rng)}
    while personen["p3"].achternaam == personen["p1"].achternaam:
        personen["p3"] = o.persoon(rng)
    if rng.random() < 0.3:  # relatives often share a surname
        p1, p3 = personen["p1"], personen["p3"]
        personen["p3"] = o.Persoon(p3.voornaam, p1.tussenvoegsel, p1.achternaam, p3.vrouw)
        if p3.voornaam == p1.voornaam:
            personen["p3"] = o.persoon(rng)
    return personen


def maak_notitie(rng: random.Random, nummer: int) -> dict[str, object]:
    stijl = rng.choices(list(STIJLEN), GEWICHTEN)[0]
    sjabloon = STIJLEN[stijl](rng)
    tekst, spans = render(sjabloon, Tekst(rng, _personen(rng)))
    return {"id": f"n{nummer:04d}", "stijl": stijl, "tekst": tekst, "entiteiten": spans}


def main() -> None:
    rng = random.Random(SEED)
    regels = [maak_notitie(rng, i) for i in range(1, AANTAL + 1)]
    with UITVOER.open("w", encoding="utf-8") as uit:
        for regel in regels:
            uit.write(json.dumps(regel, ensure_ascii=False) + "\n")
    print(f"{len(regels)} texts written to {UITVOER}")


if __name__ == "__main__":
    main()
