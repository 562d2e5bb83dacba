# SPDX-License-Identifier: EUPL-1.2
"""Surface variation that people add to whatever they write: discourse markers, joined
sentences, abbreviations in notes, and the lower case and typos of chat."""

from __future__ import annotations

from random import Random

_MARKERS = (
    "Verder:",
    "Daarnaast:",
    "Let wel:",
    "Overigens:",
    "Ook belangrijk:",
    "NB:",
    "En verder:",
    "Tja:",
    "Eerlijk gezegd:",
    "Kortom:",
    "Bovendien:",
    "Wat ook meespeelt:",
    "Voor de duidelijkheid:",
    "Punt is:",
    "Let op:",
    "Feit is:",
)
_VOEGWOORDEN = (", en ", "; ", " en ", ", maar ook: ", " - ", ", en ook: ")
# Sentences starting with these words may continue in lower case after a marker.
_BEGINWOORDEN = (
    "de, het, een, er, ik, mijn, dit, dat, daardoor, hierdoor, zonder, wij, we, graag, nu, "
    "bij, in, op, sinds, na, voor, volgens, niemand, iedereen, uit, omdat, achteraf, later, "
    "zo, elke, iedere, telkens, steeds, waarschijnlijk, geen, ook, toch, al, alles, wat, hoe, "
    "maar, hierbij, met, tijdens, aan, door, kan, kunt, wie, wanneer, waarom, gelukkig, wel, "
    "inmiddels, eerder, klant, kl., mevrouw, meneer, aanvrager, inwoner, cliënt, cliënte, "
    "beller, belanghebbende, herhaald, post, betaald, geen"
)
_GEWONE_BEGINWOORDEN = frozenset(woord.strip() for woord in _BEGINWOORDEN.split(","))


def _klein(zin: str) -> str:
    eerste = zin.split(" ", 1)[0].lower()
    return zin[:1].lower() + zin[1:] if eerste in _GEWONE_BEGINWOORDEN else zin


def varieer(rng: Random, zinnen: list[str]) -> list[str]:
    """Now and then put a marker before a sentence or join two into one.

    The first sentence (the heart of the message) is left as it is.
    """
    if len(zinnen) < 2:
        return zinnen
    uit = [zinnen[0]]
    for zin in zinnen[1:]:
        kans = rng.random()
        vorige = uit[-1]
        if kans < 0.18 and len(uit) > 1 and vorige.endswith(".") and zin.endswith("."):
            uit[-1] = vorige[:-1] + rng.choice(_VOEGWOORDEN) + _klein(zin)
        elif kans < 0.4 and not zin.endswith("?"):
            uit.append(f"{rng.choice(_MARKERS)} {_klein(zin)}")
        else:
            uit.append(zin)
    return uit


_AFKORTINGEN = (
    ("in verband met", "ivm"),
    ("met betrekking tot", "mbt"),
    ("telefonisch", "tel."),
    ("volgens", "vlgs"),
    ("ongeveer", "ca."),
    ("afspraak", "afspr."),
    ("klant ", "kl. "),
    ("Klant ", "Kl. "),
    ("nog steeds", "nog stds"),
    ("mevrouw ", "mw. "),
)


def afkorten(rng: Random, tekst: str) -> str:
    """Frontline notes are terse; some writers abbreviate everything they can."""
    if rng.random() < 0.4:
        for lang, kort in _AFKORTINGEN:
            tekst = tekst.replace(lang, kort)
    return tekst


def informeel(rng: Random, tekst: str) -> str:
    """Chat and social media: lower case, missing full stops and the odd typo."""
    if rng.random() < 0.35:
        tekst = tekst.lower()
    if rng.random() < 0.4:
        tekst = tekst.replace(". ", " ").rstrip(".")
    if rng.random() < 0.35:
        woorden = tekst.split(" ")
        lang = [i for i, w in enumerate(woorden) if len(w) >= 6 and w.isalpha()]
        if lang:
            i = rng.choice(lang)
            w = woorden[i]
            j = rng.randrange(1, len(w) - 2)
            woorden[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            tekst = " ".join(woorden)
    return tekst
