# SPDX-License-Identifier: EUPL-1.2
"""How citizens and entrepreneurs come across: notes of a call or visit, letters, e-mail,
web forms, chat, social media and survey answers. Each function returns (titel, tekst)."""

from __future__ import annotations

from hartslag.demo.tekst import (
    Opdracht,
    greep,
    inhoud,
    persoonlijk,
    titel,
)
from hartslag.demo.tekstdelen import (
    BALIE_OPEN,
    BRIEF_AANHEF,
    BRIEF_INTRO,
    BRIEF_SLOT,
    CHAT_MEDEWERKER,
    CHAT_OPEN,
    CHAT_REACTIE,
    EMAIL_AANHEF,
    EMAIL_INTRO,
    EMAIL_SLOT,
    ENQUETE_OPEN,
    IK_PII,
    NOTITIE_ACTIES,
    NOTITIE_ACTIES_NEGATIEF,
    NOTITIE_PII,
    PERSOONLIJK_OPEN,
    RUIS_OPEN,
    SOCIAAL_EMOTIE,
    SOCIAAL_OPEN,
    TELEFOON_OPEN,
    TERUGBEL_IK,
    TERUGBEL_OPEN,
    TERUGBEL_WANNEER,
    WEB_INTRO,
)
from hartslag.demo.variatie import afkorten, informeel
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Polariteit

Tekst = tuple[str, str]

_TITEL_ALGEMEEN = ("{Onderwerp}", "{Onderwerp}", "Vraag over {onderwerp}", "Probleem: {onderwerp}")
_TITEL_KLACHT = ("Klacht: {onderwerp}", "Klacht over {onderwerp}", "{Onderwerp}")
_TITEL_BEZWAAR = ("Bezwaar {onderwerp}", "Bezwaarschrift: {onderwerp}", "Bezwaar")
_TITEL_BEROEP = ("Beroep {onderwerp}", "Beroepschrift", "Beroep tegen beslissing op bezwaar")


_CHAT_VRAAG = "[ik heb een vraag over|het gaat over|vraagje over|een vraag over] {onderwerp}"
_TITEL_NOTITIE = {
    Kanaal.TELEFOON: ("{Onderwerp}", "Telefoon: {onderwerp}", "{Onderwerp}"),
    Kanaal.BALIE: ("{Onderwerp}", "Balie: {onderwerp}"),
    Kanaal.PERSOONLIJK: ("{Onderwerp}", "Gesprek: {onderwerp}", "Huisbezoek: {onderwerp}"),
}


def _intro(o: Opdracht, templates: tuple[str, ...]) -> str:
    """An opening naming the subject; a one-off remark or question needs none."""
    return "" if o.ruis else o.kies(templates)


def _titel_voor(o: Opdracht) -> str:
    if o.brontype == Brontype.BEZWAAR:
        return titel(o, _TITEL_BEZWAAR)
    if o.brontype == Brontype.BEROEP:
        return titel(o, _TITEL_BEROEP)
    if o.brontype == Brontype.KLACHT:
        return titel(o, _TITEL_KLACHT)
    if o.ruis or o.polariteit == Polariteit.POSITIEF:
        return titel(o, ("{Onderwerp}",))
    return titel(o, _TITEL_ALGEMEEN)


def notitie(o: Opdracht) -> Tekst:
    """A frontline professional's note of a phone call, counter visit or home visit."""
    openers = {Kanaal.BALIE: BALIE_OPEN, Kanaal.PERSOONLIJK: PERSOONLIJK_OPEN}
    if o.brontype == Brontype.TERUGBELVERZOEK:
        opener = o.kies(TERUGBEL_OPEN)
    elif o.ruis:
        opener = o.kies(RUIS_OPEN)
    else:
        opener = o.kies(openers.get(o.kanaal, TELEFOON_OPEN))
    if o.meldertype == Meldertype.BELANGENBEHARTIGER:
        opener = o.zin(
            "[{Rol}|De {rol}] [belt|meldt zich] namens [cliënt|een cliënt] [ivm|over] {onderwerp}."
        )
    zinnen = [opener, *inhoud(o, "zij", wensen=False)]
    negatief = o.polariteit == Polariteit.NEGATIEF
    zinnen += greep(o, NOTITIE_ACTIES_NEGATIEF if negatief else NOTITIE_ACTIES, (0, 1, 1, 2))
    pii = persoonlijk(o, NOTITIE_PII)
    zinnen = pii + zinnen if o.rng.random() < 0.5 else zinnen + pii
    if o.brontype == Brontype.TERUGBELVERZOEK and o.pii:
        zinnen.append(o.kies(TERUGBEL_WANNEER))
    scheiding = o.rng.choices((" ", "\n", " - "), weights=(6, 3, 1))[0]
    tekst = afkorten(o.rng, scheiding.join(z for z in zinnen if z))
    return titel(o, _TITEL_NOTITIE[o.kanaal]), tekst


def brief(o: Opdracht) -> Tekst:
    """A letter: salutation, an opening that fits objection, appeal or complaint, sign-off."""
    soort = o.brontype.value if o.brontype.value in BRIEF_INTRO else "anders"
    kop: list[str] = []
    if o.pii and o.rng.random() < 0.6:
        kop.append(o.zin("{naam}\n{straat}\n{postcodeplaats}"))
    if o.pii and o.rng.random() < 0.5:
        kop.append(o.zin("[BSN|Burgerservicenummer]: {bsn}"))
    if o.rng.random() < 0.5:
        kop.append(o.zin("Betreft: {onderwerp}"))
    romp = [_intro(o, BRIEF_INTRO[soort]), *inhoud(o, "ik")]
    if o.pii and o.rng.random() < 0.4:
        romp += persoonlijk(o, IK_PII)
    slot = o.kies(BRIEF_SLOT)
    ondertekening = o.zin("[{naam}|{voorletters}]") if o.pii else ""
    delen = [
        *kop,
        o.kies(BRIEF_AANHEF),
        " ".join(z for z in romp if z),
        slot + "\n" + ondertekening,
    ]
    return _titel_voor(o), "\n\n".join(d for d in delen if d).strip()


def email(o: Opdracht) -> Tekst:
    zinnen = [_intro(o, EMAIL_INTRO), *inhoud(o, "ik"), *persoonlijk(o, IK_PII)]
    groet = o.kies(EMAIL_SLOT)
    naam = o.zin("[{naam}|{voornaam}|{voorletters}]") if o.pii else ""
    delen = [o.kies(EMAIL_AANHEF), " ".join(z for z in zinnen if z), f"{groet}\n{naam}".strip()]
    return _titel_voor(o), "\n\n".join(d for d in delen if d)


def webformulier(o: Opdracht) -> Tekst:
    if o.brontype == Brontype.TERUGBELVERZOEK:
        zinnen = [o.kies(TERUGBEL_IK), *inhoud(o, "ik", wensen=False)]
    elif o.brontype in (Brontype.BEZWAAR, Brontype.BEROEP):
        zinnen = [o.kies(BRIEF_INTRO[o.brontype.value]), *inhoud(o, "ik")]
    else:
        zinnen = [_intro(o, WEB_INTRO), *inhoud(o, "ik")]
    tekst = " ".join(z for z in zinnen if z)
    if o.rng.random() < 0.2:
        tekst = informeel(o.rng, tekst)
    pii = persoonlijk(o, IK_PII)
    if pii:
        tekst += o.rng.choice((" ", "\n")) + " ".join(pii)
    return _titel_voor(o), tekst


def chat(o: Opdracht) -> Tekst:
    """A chat transcript, or only what the customer typed."""
    groet = o.kies(CHAT_OPEN)
    zinnen = inhoud(o, "ik", wensen=o.rng.random() < 0.5)
    if o.rng.random() < 0.5:
        romp = " ".join(zinnen)
        if groet.endswith(","):
            romp = romp[:1].lower() + romp[1:]
        tekst = informeel(o.rng, f"{groet} {romp}")
        tekst += "".join(" " + z for z in persoonlijk(o, IK_PII)[:1])
        return titel(o, ("Chat: {onderwerp}", "{Onderwerp}")), tekst
    eerste, rest = zinnen[0], zinnen[1:]
    regels = [
        f"Klant: {informeel(o.rng, groet + ' ' + o.zin(_CHAT_VRAAG))}",
        f"Medewerker: {o.kies(CHAT_MEDEWERKER)}",
        f"Klant: {informeel(o.rng, ' '.join([eerste, *rest[:2]]))}",
        f"Medewerker: {o.kies(CHAT_REACTIE)}",
    ]
    if rest[2:]:
        regels.append(f"Klant: {informeel(o.rng, ' '.join(rest[2:]))}")
    pii = persoonlijk(o, IK_PII)
    if pii:
        regels.append(f"Klant: {pii[0]}")
    return titel(o, ("Chatgesprek {onderwerp}", "{Onderwerp}")), "\n".join(regels)


def sociale_media(o: Opdracht) -> Tekst:
    """A short public post: an address, one or two sentences of content, emotion, a tag."""
    zinnen = inhoud(o, "ik", wensen=False)[: o.rng.choice((1, 1, 2))]
    if o.polariteit == Polariteit.NEGATIEF and o.rng.random() < 0.6:
        zinnen.append(o.kies(SOCIAAL_EMOTIE))
    tag = o.zin("[#{thema}|#{thema}|#overheid|#fail|]") if o.rng.random() < 0.5 else ""
    tekst = " ".join(z for z in (o.kies(SOCIAAL_OPEN), *zinnen, tag) if z)
    tekst = informeel(o.rng, tekst)
    while len(tekst) > 280 and " " in tekst:
        tekst = tekst.rsplit(" ", 1)[0]
    return titel(o, ("Bericht op sociale media: {onderwerp}", "Post {handle}")), tekst


def enquete(o: Opdracht) -> Tekst:
    """An answer to an open question in a survey or customer panel (a solicited signal)."""
    zinnen = inhoud(o, "ik", wensen=o.rng.random() < 0.3)
    tekst = " ".join([o.kies(ENQUETE_OPEN), *zinnen]).strip()
    return titel(o, ("Klantpanel: {onderwerp}", "Enquête: {onderwerp}", "{Onderwerp}")), tekst
