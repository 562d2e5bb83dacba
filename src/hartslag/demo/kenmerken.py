# SPDX-License-Identifier: EUPL-1.2
"""The classified attributes of a demo signal: who reported it, through which channel and
source, with what polarity, reach, impact, themes and regulation; and which text style fits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from random import Random
from typing import TypeVar

from hartslag.demo import stijlen_burger as burger
from hartslag.demo import stijlen_professioneel as professioneel
from hartslag.demo.organisaties import Profiel
from hartslag.demo.persoonsgegevens import Persoon, telefoon_notatie
from hartslag.demo.probleem import Probleem
from hartslag.demo.tekst import Opdracht
from hartslag.domein.vocabulaire import Bereik, Brontype, Kanaal, Meldertype, Polariteit

T = TypeVar("T")
B, K, M = Brontype, Kanaal, Meldertype

MELDERTYPE = (
    (M.BURGER, 72),
    (M.MEDEWERKER, 10),
    (M.BELANGENBEHARTIGER, 6),
    (M.ONDERNEMER, 3),
    (M.RELATIEBEHEERDER, 4),
    (M.TOEZICHTHOUDER, 1.6),
)
KANAAL: dict[Meldertype, tuple[tuple[Kanaal, float], ...]] = {
    M.BURGER: (
        (K.TELEFOON, 40),
        (K.WEBFORMULIER, 20),
        (K.CHAT, 10),
        (K.EMAIL, 9),
        (K.BRIEF, 7),
        (K.SOCIALE_MEDIA, 6),
        (K.BALIE, 5),
        (K.PERSOONLIJK, 3),
    ),
    M.ONDERNEMER: (
        (K.TELEFOON, 40),
        (K.WEBFORMULIER, 25),
        (K.EMAIL, 20),
        (K.BRIEF, 8),
        (K.CHAT, 7),
    ),
    M.MEDEWERKER: ((K.INTERN_SYSTEEM, 55), (K.EMAIL, 20), (K.OVERIG, 13), (K.PERSOONLIJK, 12)),
    M.BELANGENBEHARTIGER: (
        (K.EMAIL, 35),
        (K.BRIEF, 25),
        (K.TELEFOON, 15),
        (K.WEBFORMULIER, 10),
        (K.PERSOONLIJK, 8),
        (K.OVERIG, 7),
    ),
    M.RELATIEBEHEERDER: ((K.EMAIL, 35), (K.PERSOONLIJK, 35), (K.TELEFOON, 15), (K.OVERIG, 15)),
    M.TOEZICHTHOUDER: ((K.BRIEF, 50), (K.EMAIL, 30), (K.OVERIG, 20)),
}
BRON_BURGER: dict[Kanaal, tuple[tuple[Brontype, float], ...]] = {
    K.TELEFOON: (
        (B.GESPREK, 30),
        (B.VRAAG, 30),
        (B.KLACHT, 20),
        (B.TERUGBELVERZOEK, 13),
        (B.MELDING, 7),
    ),
    K.WEBFORMULIER: (
        (B.KLACHT, 30),
        (B.VRAAG, 25),
        (B.MELDING, 15),
        (B.FEEDBACK, 10),
        (B.BEZWAAR, 9),
        (B.TERUGBELVERZOEK, 8),
        (B.BEROEP, 1),
    ),
    K.EMAIL: ((B.BERICHT, 35), (B.KLACHT, 30), (B.VRAAG, 25), (B.BEZWAAR, 10)),
    K.BRIEF: ((B.BEZWAAR, 40), (B.KLACHT, 35), (B.BERICHT, 17), (B.BEROEP, 8)),
    K.CHAT: ((B.VRAAG, 55), (B.GESPREK, 25), (B.KLACHT, 20)),
    K.SOCIALE_MEDIA: ((B.BERICHT, 55), (B.KLACHT, 35), (B.FEEDBACK, 10)),
    K.BALIE: ((B.GESPREK, 45), (B.VRAAG, 40), (B.KLACHT, 15)),
    K.PERSOONLIJK: ((B.GESPREK, 1),),
}
BRON_MEDEWERKER: dict[Kanaal, tuple[tuple[Brontype, float], ...]] = {
    K.INTERN_SYSTEEM: (
        (B.MELDING, 40),
        (B.FOUTMELDING, 25),
        (B.GEDRAGSREGISTRATIE, 20),
        (B.BERICHT, 15),
    ),
    K.EMAIL: ((B.MELDING, 60), (B.BERICHT, 40)),
    K.PERSOONLIJK: ((B.GESPREK, 1),),
    K.OVERIG: ((B.GEDRAGSREGISTRATIE, 50), (B.ONDERZOEK, 50)),
}
BRON_OVERIG: dict[Meldertype, tuple[tuple[Brontype, float], ...]] = {
    M.BELANGENBEHARTIGER: ((B.MELDING, 35), (B.KLACHT, 25), (B.BEZWAAR, 15), (B.BERICHT, 15)),
    M.RELATIEBEHEERDER: ((B.GESPREK, 45), (B.MELDING, 40), (B.BERICHT, 15)),
    M.TOEZICHTHOUDER: ((B.ONDERZOEK, 35), (B.MELDING, 35), (B.PUBLICATIE, 30)),
}
GEVRAAGD_KANAAL = ((K.WEBFORMULIER, 50), (K.TELEFOON, 20), (K.EMAIL, 15), (K.OVERIG, 15))
PII_KANS = {
    K.BRIEF: 0.8,
    K.EMAIL: 0.6,
    K.WEBFORMULIER: 0.45,
    K.TELEFOON: 0.5,
    K.BALIE: 0.5,
    K.PERSOONLIJK: 0.4,
    K.CHAT: 0.3,
    K.SOCIALE_MEDIA: 0.03,
    K.INTERN_SYSTEEM: 0.06,
    K.OVERIG: 0.1,
}
BURGERS = (M.BURGER, M.ONDERNEMER)

Stijl = Callable[[Opdracht], tuple[str, str]]
STIJL_BURGER: dict[Kanaal, Stijl] = {
    K.TELEFOON: burger.notitie,
    K.BALIE: burger.notitie,
    K.PERSOONLIJK: burger.notitie,
    K.BRIEF: burger.brief,
    K.EMAIL: burger.email,
    K.WEBFORMULIER: burger.webformulier,
    K.CHAT: burger.chat,
    K.SOCIALE_MEDIA: burger.sociale_media,
}


def gewogen(rng: Random, opties: Sequence[tuple[T, float]]) -> T:
    waarden = [waarde for waarde, _ in opties]
    return rng.choices(waarden, weights=[gewicht for _, gewicht in opties])[0]


def meldertype(rng: Random, probleem: Probleem, ruis: bool) -> Meldertype:
    if rng.random() < probleem.ondernemers:
        return M.ONDERNEMER
    if ruis:
        return gewogen(rng, ((M.BURGER, 94), (M.ONDERNEMER, 6)))
    return gewogen(rng, MELDERTYPE)


def kanaal(rng: Random, wie: Meldertype, profiel: Profiel) -> Kanaal:
    opties = [(k, g * profiel.balie / 0.3 if k == K.BALIE else g) for k, g in KANAAL[wie]]
    return gewogen(rng, opties)


def brontype(rng: Random, wie: Meldertype, via: Kanaal) -> Brontype:
    if wie in BURGERS:
        return gewogen(rng, BRON_BURGER.get(via, BRON_BURGER[K.WEBFORMULIER]))
    if wie == M.MEDEWERKER:
        return gewogen(rng, BRON_MEDEWERKER[via])
    if via == K.OVERIG:
        return B.PUBLICATIE if wie == M.BELANGENBEHARTIGER or rng.random() < 0.6 else B.ONDERZOEK
    return gewogen(rng, BRON_OVERIG[wie])


def polariteit(rng: Random, bron: Brontype, gevraagd: bool, probleem: Probleem) -> Polariteit:
    if probleem.polariteit is not None:
        return probleem.polariteit
    if gevraagd:
        opties = ((Polariteit.NEGATIEF, 60), (Polariteit.NEUTRAAL, 28), (Polariteit.POSITIEF, 12))
    elif bron in (B.KLACHT, B.BEZWAAR, B.BEROEP, B.FOUTMELDING):
        return Polariteit.NEGATIEF
    elif bron == B.VRAAG:
        opties = ((Polariteit.NEGATIEF, 48), (Polariteit.NEUTRAAL, 46), (Polariteit.POSITIEF, 6))
    else:
        opties = ((Polariteit.NEGATIEF, 84), (Polariteit.NEUTRAAL, 12), (Polariteit.POSITIEF, 4))
    return gewogen(rng, opties)


def stijl(wie: Meldertype, via: Kanaal, bron: Brontype, gevraagd: bool) -> Stijl:
    """The text style that fits who reports, how, and what kind of source it is."""
    if gevraagd:
        return burger.enquete
    if wie in BURGERS:
        return STIJL_BURGER.get(via, burger.webformulier)
    if wie == M.BELANGENBEHARTIGER:
        notitie = via in (K.TELEFOON, K.PERSOONLIJK)
        return burger.notitie if notitie else professioneel.namens
    if wie == M.MEDEWERKER:
        if bron == B.FOUTMELDING:
            return professioneel.foutmelding
        if bron == B.GEDRAGSREGISTRATIE:
            return professioneel.gedragsregistratie
        return professioneel.intern
    if wie == M.RELATIEBEHEERDER:
        return professioneel.keten
    return professioneel.toezicht


def wie(
    rng: Random, melder: Meldertype, via: Kanaal, persoon: Persoon, pii: bool, gemeente: bool
) -> str:
    """How the writer refers to the person the signal is about."""
    vrouw = persoon.vrouw
    if melder == M.BELANGENBEHARTIGER:
        cliënt = "cliënte" if vrouw else "cliënt"
        opties = [cliënt, f"mijn {cliënt}", "belanghebbende"]
    else:
        opties = ["klant", "klant", "mevrouw" if vrouw else "meneer"]
        opties += ["inwoner", "aanvrager", "inwoner"] if gemeente else []
    if pii:
        achternaam = persoon.achternaam_los
        opties += [
            f"{'mevr.' if vrouw else 'dhr.'} {achternaam}",
            f"{'mevrouw' if vrouw else 'de heer'} {achternaam}",
            f"{'mevrouw' if vrouw else 'meneer'} {persoon.naam_met_voorletters}",
        ]
    return rng.choice(opties)


def bereik(rng: Random, melder: Meldertype, probleem: Probleem) -> Bereik:
    gewichten = probleem.bereik if melder in BURGERS else (0.1, 0.5, 0.4)
    return rng.choices((Bereik.INDIVIDU, Bereik.GROEP, Bereik.VELEN), weights=gewichten)[0]


def impact(rng: Random, melder: Meldertype, probleem: Probleem) -> list[dict[str, str]]:
    kans = 0.45 if melder in BURGERS else 0.8
    gekozen = [probleem.impact[0]] + [r for r in probleem.impact[1:] if rng.random() < kans]
    return [{"domein": domein.value, "soort": soort.value} for domein, soort in gekozen]


def themas(rng: Random, probleem: Probleem) -> list[str]:
    return [probleem.themas[0]] + [t for t in probleem.themas[1:] if rng.random() < 0.6]


def levensgebeurtenis(rng: Random, probleem: Probleem) -> str | None:
    if probleem.levensgebeurtenissen and rng.random() < 0.4:
        return rng.choice(probleem.levensgebeurtenissen)
    return None


def regelgeving(rng: Random, melder: Meldertype, probleem: Probleem) -> list[str]:
    kans = 0.2 if melder in BURGERS else 0.7
    if not probleem.regelgeving or rng.random() >= kans:
        return []
    k = 2 if len(probleem.regelgeving) > 1 and rng.random() < 0.3 else 1
    return rng.sample(probleem.regelgeving, k=k)


def melder_id(
    rng: Random, melder: Meldertype, via: Kanaal, gevraagd: bool, persoon: Persoon
) -> str | None:
    """The reporter's key in the source system: BSN, e-mail, phone or client number."""
    if gevraagd:
        return persoon.klantnummer if rng.random() < 0.3 else None
    if melder in BURGERS:
        if via == K.SOCIALE_MEDIA or rng.random() < 0.07:
            return None
        return persoon.melder_id()
    if melder == M.MEDEWERKER:
        return f"P{rng.randint(100_000, 999_999)}"
    return None


def contact(
    rng: Random, melder: Meldertype, via: Kanaal, bron: Brontype, persoon: Persoon
) -> dict[str, str] | None:
    """Contact details for feedback: rare, and often incomplete."""
    if melder not in BURGERS or via == K.SOCIALE_MEDIA:
        return None
    telefoon = telefoon_notatie(persoon.telefoon, rng)
    if bron == B.TERUGBELVERZOEK:
        gegevens = {"naam": persoon.naam, "telefoon": telefoon}
        return gegevens if rng.random() < 0.7 else {"telefoon": telefoon}
    if rng.random() >= 0.1:
        return None
    alles = {"naam": persoon.naam, "email": persoon.email, "telefoon": telefoon}
    sleutels = rng.sample(list(alles), k=rng.choice((1, 2, 2, 3)))
    return {sleutel: alles[sleutel] for sleutel in alles if sleutel in sleutels}
