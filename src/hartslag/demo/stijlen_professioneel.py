# SPDX-License-Identifier: EUPL-1.2
"""How professionals write signals: advocates on behalf of a client, staff, error reports,
behaviour analytics, chain partners, supervisors and the press. Each returns (titel, tekst)."""

from __future__ import annotations

from hartslag.demo.persoonsgegevens import losse_naam
from hartslag.demo.tekst import Opdracht, greep, inhoud, kern, persoonlijk, titel
from hartslag.demo.tekstdelen import BRIEF_AANHEF, BRIEF_SLOT, NOTITIE_PII
from hartslag.demo.template import realise
from hartslag.domein.vocabulaire import Brontype

Tekst = tuple[str, str]

_ORGANISATIES = (
    "Stichting Schuldhulpmaatje",
    "Humanitas Thuisadministratie",
    "het Juridisch Loket",
    "KBO-PCOB",
    "MEE",
    "Bureau Sociaal Raadslieden",
    "Bewindvoering De Brug",
    "Stichting Urgente Noden",
    "Vluchtelingenwerk",
)
_NAMENS_OPEN = (
    "Namens mijn [cliënt|cliënte], voor wie ik als {rol} optreed, [meld ik het volgende|vraag "
    "ik uw aandacht voor {onderwerp}].",
    "Als {rol} [wil ik een probleem voorleggen over|meld ik een knelpunt rond] {onderwerp}.",
    "Ik [schrijf u|neem contact op] namens [een cliënt|een van onze cliënten] over {onderwerp}.",
)
_NAMENS_MEER = (
    "Dit zien wij bij [meer|meerdere|steeds meer] cliënten.",
    "[Het is geen|Dit is helaas geen] [incident|uitzondering]: [we hebben|wij hebben] [deze "
    "maand|dit jaar] al {n} vergelijkbare [zaken|casussen].",
)
_INTERN_OPEN = (
    "[Signaal|Melding|Observatie] [vanuit|van] {team}:",
    "[Collega's van {team} merken|Vanuit {team} zien we] het volgende.",
    "Interne melding {team}:",
    "",
)
_INTERN_OMVANG = (
    "[Ca.|Ongeveer|Al] {aantal} [contacten|klanten|gesprekken] [in de afgelopen {weken} weken|"
    "deze maand|sinds {maand}].",
    "Het [speelt|gaat om] [minstens|naar schatting] {aantal} [dossiers|klanten].",
)
_INTERN_VOORSTEL = (
    "[Voorstel|Suggestie|Verzoek]: [de werkinstructie aanpassen|dit meenemen in het volgende "
    "duidingsoverleg|een structurele oplossing zoeken|de brief aanpassen|afstemmen met de "
    "ketenpartner].",
    "Graag [bespreken|agenderen] in [het signalenoverleg|de casuïstiekbespreking|het MT].",
)
_FOUT_OPEN = (
    "[Foutmelding|Storing|Incident] [in|bij] {systeem}: [bij|tijdens de afhandeling van] "
    "{onderwerp} [verschijnt|krijgen klanten] [foutcode|de melding] {foutcode}.",
    "[Technisch probleem|Fout] in {systeem} rond {onderwerp}; [melding|code] {foutcode}.",
)
_FOUT_SLOT = (
    "[Reproduceerbaar|Niet altijd reproduceerbaar|Treedt op sinds {datum}].",
    "[Ticket aangemaakt bij de servicedesk|Doorgezet naar functioneel beheer|Workaround: "
    "handmatig verwerken].",
)
_GEDRAG_OPEN = (
    "[Klantreisanalyse|Webstatistieken|Uitvalanalyse|Analyse contactredenen] {systeem} "
    "([{maand}|afgelopen {weken} weken]): [{pct}% van de bezoekers|{pct} procent van de "
    "gebruikers] [haakt af|stopt|breekt de aanvraag af] bij de stap over {onderwerp}.",
    "[Contactredenenanalyse|Registratie klantcontacten]: {onderwerp} staat [in de top 5|op "
    "plaats {n}] van [belredenen|contactredenen] [deze maand|in {maand}].",
)
_GEDRAG_VERVOLG = (
    "[Van hen|Daarvan] [belt|neemt] [ongeveer|ca.|] {pct2}% binnen {dagen} dagen [alsnog|] "
    "contact op.",
    "Het aantal [zoekopdrachten|paginabezoeken] op dit onderwerp [is gestegen|stijgt] met {pct2}%.",
)
_KETEN_OPEN = (
    "[Uit|Tijdens] [het periodiek overleg|het ketenoverleg|een werkbezoek|het accountgesprek] "
    "met {partner} [kwam het volgende naar voren|is het volgende gesignaleerd]:",
    "Signaal van ketenpartner ({partner}):",
)
_KETEN_SLOT = (
    "[De partner|{Partner}] vraagt om [een structurele oplossing|een vast contactpersoon|"
    "afstemming op directieniveau].",
    "Afgesproken dit [terug te koppelen|te agenderen] in het volgende overleg.",
)
_TOEZICHT_OPEN = (
    "[Naar aanleiding van klachten|In een brief van {datum}|In een recent rapport] [signaleert|"
    "meldt|constateert] [de Nationale ombudsman|de Kinderombudsman|de gemeentelijke "
    "ombudsman] het volgende.",
    "Uit [een steekproef|onderzoek] van [de Algemene Rekenkamer|de Nationale ombudsman|de "
    "Inspectie SZW] onder {aantal} [dossiers|klachten] blijkt het volgende.",
)
_TOEZICHT_SLOT = (
    "[De ombudsman|De toezichthouder] [vraagt om een reactie binnen {weken} weken|verzoekt om "
    "maatregelen|kondigt een vervolgonderzoek aan].",
)
_MEDIA = (
    "het AD",
    "de Volkskrant",
    "Trouw",
    "NRC",
    "RTL Nieuws",
    "NOS.nl",
    "het Utrechts Nieuwsblad",
    "Rijnmond",
    "een regionale krant",
    "het Parool",
)


def _zinnen(delen: list[str]) -> str:
    return " ".join(d for d in delen if d)


def namens(o: Opdracht) -> Tekst:
    """An advocate (bewindvoerder, sociaal raadsman) writing on behalf of a client."""
    if o.brontype == Brontype.PUBLICATIE:
        return publicatie(o)
    zinnen = [o.kies(_NAMENS_OPEN), *inhoud(o, "zij", wensen=False)]
    if o.rng.random() < 0.5:
        zinnen.append(o.kies(_NAMENS_MEER))
    zinnen += persoonlijk(o, NOTITIE_PII)[:2]
    ondertekening = f"{losse_naam(o.rng)}\n{o.slot('rol')}, {o.rng.choice(_ORGANISATIES)}"
    delen = [o.kies(BRIEF_AANHEF), _zinnen(zinnen), o.kies(BRIEF_SLOT) + "\n" + ondertekening]
    return titel(o, ("Namens cliënt: {onderwerp}", "Signaal {rol}: {onderwerp}")), "\n\n".join(
        delen
    )


def intern(o: Opdracht) -> Tekst:
    """A member of staff reporting what they see in their work."""
    zinnen = [o.kies(_INTERN_OPEN), *kern(o, "wij")]
    zinnen += greep(o, o.probleem.details, (0, 1, 1))
    zinnen += greep(o, _INTERN_OMVANG, (0, 1, 1))
    if o.rng.random() < 0.5:
        o.wie = o.rng.choice(("een klant", "een inwoner", "een cliënt", "een beller"))
        zinnen.append(o.zin("[Voorbeeld|Casus|Bijvoorbeeld]:") + " " + " ".join(kern(o, "zij")))
    zinnen += greep(o, _INTERN_VOORSTEL, (0, 1))
    return titel(o, ("Signaal {team}: {onderwerp}", "{Onderwerp}", "Intern: {onderwerp}")), (
        _zinnen(zinnen)
    )


def foutmelding(o: Opdracht) -> Tekst:
    zinnen = [o.kies(_FOUT_OPEN), *greep(o, o.probleem.details, (0, 1, 2))]
    zinnen += greep(o, _FOUT_SLOT, (1, 2))
    return titel(o, ("Foutmelding {systeem}", "Storing: {onderwerp}")), _zinnen(zinnen)


def gedragsregistratie(o: Opdracht) -> Tekst:
    zinnen = [o.kies(_GEDRAG_OPEN), *greep(o, _GEDRAG_VERVOLG, (0, 1, 1))]
    if o.rng.random() < 0.5:
        zinnen += kern(o, "wij")
    return titel(o, ("Analyse klantgedrag: {onderwerp}", "Uitval {systeem}")), _zinnen(zinnen)


def keten(o: Opdracht) -> Tekst:
    """A relationship manager passing on what a chain partner sees."""
    zinnen = [o.kies(_KETEN_OPEN), *kern(o, "wij"), *greep(o, o.probleem.details, (0, 1))]
    if o.rng.random() < 0.4:
        o.wie = o.rng.choice(("een gezamenlijke klant", "een inwoner", "een cliënt"))
        zinnen.append(o.zin("[Voorbeeld|Casus]:") + " " + kern(o, "zij")[0])
    zinnen += greep(o, _KETEN_SLOT, (0, 1))
    return titel(o, ("Ketensignaal: {onderwerp}", "Signaal {partner}")), _zinnen(zinnen)


def toezicht(o: Opdracht) -> Tekst:
    if o.brontype == Brontype.PUBLICATIE:
        return publicatie(o)
    zinnen = [o.kies(_TOEZICHT_OPEN), *kern(o, "wij"), *greep(o, o.probleem.details, (0, 1))]
    zinnen += greep(o, o.probleem.gevolgen, (0, 1))
    zinnen += greep(o, _TOEZICHT_SLOT, (0, 1))
    return titel(o, ("Ombudsman: {onderwerp}", "Signaal toezichthouder: {onderwerp}")), _zinnen(
        zinnen
    )


def publicatie(o: Opdracht) -> Tekst:
    """A newspaper or broadcast story about one person's case."""
    if o.persoon.vrouw:
        wie = "[een moeder|een gepensioneerde vrouw|een studente|een alleenstaande moeder]"
    else:
        wie = "[een vader|een gepensioneerde man|een student|een zzp'er|een alleenstaande vader]"
    o.wie = realise(wie + " uit {plaats}", o.rng, o.slot)
    bron = o.rng.choice(_MEDIA)
    zinnen = [o.zin(f"[Artikel|Bericht|Reportage] in {bron} ({{datum}}):"), *kern(o, "zij")]
    zinnen += greep(o, o.probleem.gevolgen, (0, 1))
    if o.rng.random() < 0.5:
        zinnen += kern(o, "wij")
    if o.rng.random() < 0.4:
        zinnen.append(
            o.zin(
                "[Het artikel|De reportage] [krijgt veel reacties|wordt veel "
                "gedeeld op sociale media]."
            )
        )
    return titel(o, (f"Publicatie {bron}: {{onderwerp}}", "In de media: {onderwerp}")), _zinnen(
        zinnen
    )
