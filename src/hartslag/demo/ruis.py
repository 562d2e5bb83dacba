# SPDX-License-Identifier: EUPL-1.2
"""Background noise: one-off questions, compliments and remarks tied to no recurring problem.

Each entry is a small ``Probleem`` so the same writing styles can render it; ``volume``
is a relative weight and ``organisaties`` lists where it occurs ("*" for everywhere).
"""

from __future__ import annotations

from collections.abc import Mapping

from hartslag.demo.probleem import Probleem
from hartslag.domein.vocabulaire import Polariteit

POS, NEU, NEG = Polariteit.POSITIEF, Polariteit.NEUTRAAL, Polariteit.NEGATIEF
ALLE = {"*": 1.0}


def _ruis(
    id: str,
    organisaties: Mapping[str, float],
    themas: tuple[str, ...],
    polariteit: Polariteit,
    onderwerpen: tuple[str, ...],
    ik: tuple[str, ...],
    zij: tuple[str, ...],
    gewicht: int = 10,
) -> Probleem:
    return Probleem(
        id=f"ruis-{id}",
        omschrijving="",
        organisaties=organisaties,
        themas=themas,
        volume=gewicht,
        onderwerpen=onderwerpen,
        ik=ik,
        zij=zij,
        wij=(),
        details=(),
        gevolgen=(),
        wensen=(),
        ondernemers=0.0,
        bereik=(0.9, 0.08, 0.02),
        herhaalkans=0.0,
        polariteit=polariteit,
    )


RUIS = (
    _ruis(
        "rekeningnummer",
        ALLE,
        ("betalen",),
        NEU,
        (
            "wijziging van het rekeningnummer",
            "doorgeven van een nieuw IBAN",
            "ander bankrekeningnummer",
        ),
        (
            "Ik heb een [nieuwe bankrekening|ander rekeningnummer] en wil [dat doorgeven|weten hoe "
            "ik dat wijzig].",
            "Hoe kan ik mijn [IBAN|rekeningnummer] [aanpassen|wijzigen] [in {systeem}|]?",
        ),
        (
            "{Wie} wil [een nieuw rekeningnummer doorgeven|het rekeningnummer wijzigen]; "
            "[uitgelegd hoe dat via {systeem} kan|wijziging doorgevoerd].",
        ),
        gewicht=14,
    ),
    _ruis(
        "compliment",
        ALLE,
        ("bejegening",),
        POS,
        ("compliment voor medewerker", "dank voor de hulp", "complimenten voor de dienstverlening"),
        (
            "[Ik wil|Graag wil ik] [een compliment geven aan|mijn dank uitspreken voor] [de "
            "medewerker|de mevrouw|de meneer] die mij [op {datum}|vorige week|vanochtend] "
            "[hielp|te woord stond]: [wat een geduld|heel fijn geholpen|eindelijk iemand die "
            "luistert].",
            "Complimenten voor {org}: [alles was binnen een week geregeld|de brief was heel "
            "duidelijk|de chat werkte prima|ik werd keurig teruggebeld].",
        ),
        (
            "{Wie} [belt om een compliment te geven|wil bedanken] [voor de hulp van vorige week|"
            "voor de hulp van een collega van {team}].",
        ),
        gewicht=22,
    ),
    _ruis(
        "openingstijden",
        ALLE,
        ("bereikbaarheid",),
        NEU,
        ("openingstijden", "bereikbaarheid rond de feestdagen"),
        (
            "Wat zijn de openingstijden van [het kantoor|de balie|de telefoonlijn] [rond de "
            "feestdagen|op zaterdag|in de zomer]?",
            "[Is|Bent u] [de telefoonlijn|u] ook 's avonds bereikbaar?",
        ),
        ("{Wie} vraagt naar [openingstijden|bereikbaarheid] [rond de feestdagen|van de balie].",),
    ),
    _ruis(
        "inzage-dossier",
        ALLE,
        ("privacy",),
        NEU,
        ("inzageverzoek AVG", "kopie van het dossier"),
        (
            "Ik wil [graag|] een kopie van [mijn dossier|de brief van {datum}|alle gegevens die u "
            "van mij heeft] [ontvangen|opvragen].",
            "Op grond van de AVG [vraag ik|verzoek ik om] inzage in mijn persoonsgegevens.",
        ),
        ("{Wie} wil [inzage in|een kopie van] {haar} dossier; verwezen naar het inzageformulier.",),
        gewicht=6,
    ),
    _ruis(
        "website-positief",
        ALLE,
        ("digitale-dienstverlening",),
        POS,
        ("nieuwe website", "tevreden over de website"),
        (
            "De [nieuwe|vernieuwde] website is [veel overzichtelijker|duidelijk|prettig in "
            "gebruik]. [Top!|Dank!|]",
            "Fijn dat ik [nu alles online kan regelen|mijn gegevens zelf kan inzien] in {systeem}.",
        ),
        ("{Wie} [is positief over|complimenteert] de [nieuwe website|online omgeving].",),
        gewicht=7,
    ),
    _ruis(
        "suggestie",
        ALLE,
        ("digitale-dienstverlening",),
        NEU,
        ("suggestie voor verbetering", "idee voor de app"),
        (
            "[Suggestie|Tip|Idee]: [maak een app|bied een optie om brieven alleen digitaal te "
            "ontvangen|zet de wachttijd op de website|stuur een sms als er post klaarstaat].",
        ),
        (
            "{Wie} [heeft een suggestie|doet een voorstel]: [brieven digitaal|een sms-melding bij "
            "nieuwe post].",
        ),
        gewicht=6,
    ),
    _ruis(
        "verkeerd-loket",
        ALLE,
        ("doorverwijzing",),
        NEU,
        ("vraag voor andere instantie", "verkeerd loket"),
        (
            "Ik heb een vraag over [mijn zorgverzekering|mijn pensioen bij het pensioenfonds|mijn "
            "energiecontract], maar weet niet bij wie ik moet zijn.",
        ),
        (
            "{Wie} [belt met|heeft] een vraag over [de zorgverzekering|het pensioenfonds]; "
            "[doorverwezen|verwezen naar de juiste instantie].",
        ),
        gewicht=8,
    ),
    _ruis(
        "bejegening",
        ALLE,
        ("bejegening",),
        NEG,
        ("onvriendelijke medewerker", "klacht over bejegening"),
        (
            "De medewerker [die ik {datum} sprak|aan de telefoon] was [onvriendelijk|erg kortaf|"
            "ongeduldig] en [hing zomaar op|liet me niet uitpraten].",
        ),
        (
            "{Wie} [klaagt over|is ontevreden over] de bejegening door een collega bij een eerder "
            "gesprek.",
        ),
        gewicht=6,
    ),
    _ruis(
        "taal",
        ALLE,
        ("communicatie",),
        NEU,
        ("brief in andere taal", "informatie in het Engels"),
        (
            "Is [deze brief|de informatie] ook [in het Engels|in het Turks|in het Arabisch|in "
            "eenvoudig Nederlands] beschikbaar?",
        ),
        ("{Wie} vraagt of de brief [in een andere taal|in het Engels] beschikbaar is.",),
        gewicht=5,
    ),
    _ruis(
        "uitbetaaldatum",
        {"UWV": 1.0, "SVB": 1.4, "DT": 1.0, "DUO": 1.0},
        ("betalen",),
        NEU,
        ("datum van uitbetaling", "betaaldatum"),
        (
            "Op welke datum wordt [de uitkering|het geld|de betaling] [deze maand|dit kwartaal|] "
            "overgemaakt?",
            "Wanneer [staat|komt] [het geld|de betaling] op mijn rekening?",
        ),
        (
            "{Wie} vraagt [naar de betaaldatum|wanneer de betaling komt]; [betaalkalender "
            "gedeeld|datum genoemd].",
        ),
        gewicht=16,
    ),
    _ruis(
        "teruggave",
        {"BD": 1.0},
        ("belastingaangifte",),
        NEU,
        ("teruggave inkomstenbelasting", "tijdstip van de teruggave"),
        (
            "[Ik heb in {maand} aangifte gedaan|Mijn aangifte is verstuurd]; wanneer krijg ik de "
            "teruggave?",
        ),
        ("{Wie} vraagt wanneer de teruggave IB [komt|wordt uitbetaald].",),
        gewicht=20,
    ),
    _ruis(
        "betalingskenmerk-kwijt",
        {"BD": 1.0, "CAK": 0.6},
        ("betalen",),
        NEU,
        ("kwijtgeraakt betalingskenmerk", "kwijtgeraakte acceptgiro"),
        ("Ik ben [de brief|het betalingskenmerk] kwijt; hoe kan ik toch betalen?",),
        (
            "{Wie} heeft het betalingskenmerk niet meer; [kenmerk opgezocht|verwezen naar "
            "{systeem}].",
        ),
        gewicht=8,
    ),
    _ruis(
        "diploma",
        {"DUO": 1.0},
        ("onderwijs",),
        NEU,
        ("opvragen van een diploma", "uittreksel diplomaregister"),
        (
            "Hoe vraag ik [een uittreksel|een kopie] van mijn diploma aan [voor een sollicitatie|"
            "voor een studie in het buitenland]?",
        ),
        ("{Wie} wil een uittreksel uit het diplomaregister; uitgelegd via {systeem}.",),
        gewicht=14,
    ),
    _ruis(
        "vakantiegeld",
        {"UWV": 1.0},
        ("uitkering",),
        NEU,
        ("uitbetaling vakantiegeld", "vakantiegeld WW"),
        ("Wanneer wordt het vakantiegeld [van de uitkering|] uitbetaald?",),
        ("{Wie} vraagt naar de datum van het vakantiegeld.",),
        gewicht=10,
    ),
    _ruis(
        "openbare-ruimte",
        {"GEM-UTR": 1.0, "GEM-RTD": 1.0},
        ("openbare-ruimte",),
        NEG,
        ("kapotte lantaarnpaal", "volle container", "losliggende stoeptegels"),
        (
            "[De lantaarnpaal voor ons huis|De ondergrondse container in onze straat|De stoep bij "
            "de bushalte] is al [dagen|weken] [kapot|vol|niet in orde].",
        ),
        (
            "{Wie} meldt [een kapotte lantaarnpaal|een volle container|losliggende tegels] in de "
            "buurt; doorgezet naar beheer openbare ruimte.",
        ),
        gewicht=18,
    ),
    _ruis(
        "rijbewijs",
        {"GEM-UTR": 1.0, "GEM-RTD": 1.0},
        ("burgerzaken",),
        NEU,
        ("verlengen van het rijbewijs", "aanvragen van een rijbewijs"),
        (
            "Moet ik voor [het verlengen van mijn rijbewijs|een nieuw rijbewijs] een afspraak "
            "maken of kan dat online?",
        ),
        ("{Wie} vraagt hoe {zij} het rijbewijs kan verlengen.",),
        gewicht=10,
    ),
    _ruis(
        "buurtteam-compliment",
        {"GEM-UTR": 1.0, "GEM-RTD": 0.8},
        ("zorg-en-welzijn",),
        POS,
        ("compliment buurtteam", "dank aan wijkteam"),
        (
            "Dankzij [het buurtteam|onze wijkcoach|de mensen van het wijkteam] [is alles weer op "
            "de rit|heb ik weer overzicht].",
        ),
        ("{Wie} wil het [buurtteam|wijkteam] bedanken voor de hulp.",),
        gewicht=6,
    ),
)
