# SPDX-License-Identifier: EUPL-1.2
"""Recurring problems at Dienst Toeslagen."""

from __future__ import annotations

from hartslag.demo.probleem import (
    BELEID,
    DIENST,
    GELDZORGEN,
    ONZEKERHEID,
    WET,
    WET_INDIRECT,
    Probleem,
)

TERUGVORDERING = Probleem(
    id="toeslag-terugvordering-inkomensstijging",
    omschrijving="Een toeslag wordt achteraf (deels) teruggevorderd omdat het inkomen hoger "
    "uitviel dan geschat, vaak door overwerk, een nieuwe baan of een eenmalige uitkering",
    organisaties={"DT": 1.0},
    themas=("toeslagen", "inkomen", "terugvordering"),
    volume=255,
    seizoen=(2.0, 1.1, 0.9, 1.0, 1.0, 0.9, 1.5, 1.6, 1.3, 1.0, 0.9, 0.8),
    onderwerpen=(
        "terugvordering van {toeslag}",
        "terugbetalen van toeslag na hoger inkomen",
        "definitieve berekening toeslag",
        "terugvordering na inkomensstijging",
    ),
    ik=(
        "Ik moet {bedrag} aan {toeslag} terugbetalen omdat mijn inkomen over {vorigjaar} hoger "
        "was [dan ik had doorgegeven|dan geschat] door {oorzaak}.",
        "[Ik kreeg|Er lag] [een brief|de definitieve berekening|een beschikking] waarin staat "
        "dat ik {toeslag} [grotendeels|helemaal|deels] terug moet betalen.",
        "Door {oorzaak} kwam ik [net|een paar honderd euro] boven de inkomensgrens uit en nu "
        "[wordt alles teruggevorderd|moet ik {bedrag} terug].",
        "[Ik heb|Wij hebben] [keurig|altijd] [alles|elke wijziging] doorgegeven, en toch [eist|"
        "vraagt] Toeslagen {bedrag} terug voor {toeslag}.",
        "Over {vorigjaar} [krijg ik|komt er] een terugvordering van {bedrag}, terwijl dat geld "
        "allang [op is|is uitgegeven aan huur en boodschappen].",
    ),
    zij=(
        "{Wie} [ontving|heeft] een terugvordering van {bedrag} op {toeslag} over {vorigjaar} "
        "[na|door] {oorzaak}.",
        "Inkomen {vorigjaar} [hoger uitgevallen|hoger dan geschat] door {oorzaak}; {toeslag} "
        "wordt [grotendeels|volledig] teruggevorderd.",
        "{Wie} [begrijpt niet|snapt niet] waarom {zij} {toeslag} moet terugbetalen; volgens "
        "{wie} [was alles doorgegeven|klopte de schatting].",
    ),
    wij=(
        "[Veel|Steeds meer] [huishoudens|klanten] met een [wisselend|flexibel] inkomen "
        "[krijgen|ontvangen] een [hoge|forse] terugvordering [bij de definitieve berekening|"
        "achteraf].",
        "Kleine [inkomensstijgingen|loonsverhogingen] leiden [door de harde inkomensgrens|door "
        "het systeem van voorschotten] tot [terugvorderingen van honderden euro's|onevenredig "
        "hoge terugvorderingen].",
    ),
    details=(
        "Het gaat om de [definitieve berekening|beschikking] over {vorigjaar}.",
        "Het toetsingsinkomen lag [ongeveer|zo'n|] {verschil} hoger dan de schatting.",
        "De terugvordering moet [binnen {weken} weken|voor het einde van de maand|in één keer] "
        "betaald worden.",
        "Er is [al|inmiddels] een betalingsregeling aangevraagd[ via Mijn toeslagen|].",
        "Het voorschot voor dit jaar is [ook|meteen] [verlaagd|stopgezet].",
    ),
    gevolgen=(
        *GELDZORGEN,
        "Het vertrouwen in de overheid is [weg|flink gedaald].",
        "Er wordt overwogen om toeslagen [dan maar|] niet meer aan te vragen.",
    ),
    wensen=(
        "Graag een [betalingsregeling|regeling] die past bij [mijn|het] inkomen.",
        "Kan [de terugvordering|het bedrag] [worden kwijtgescholden|worden verlaagd]?",
        "Ik wil [weten|uitgelegd krijgen] hoe dit bedrag is berekend.",
    ),
    levensgebeurtenissen=("nieuwe baan", "meer uren werken"),
    regelgeving=("Awir art. 26", "Awir art. 16"),
    impact=(WET, DIENST, BELEID),
    slots={
        "toeslag": (
            "huurtoeslag",
            "zorgtoeslag",
            "kinderopvangtoeslag",
            "het kindgebonden budget",
            "huur- en zorgtoeslag",
        ),
        "oorzaak": (
            "overwerk",
            "een loonsverhoging",
            "een nieuwe baan",
            "de uitbetaling van vakantiegeld",
            "een eenmalige bonus",
            "een nabetaling van het UWV",
            "meer uren werken",
        ),
        "verschil": (
            "€ 300",
            "€ 850",
            "1.200 euro",
            "een paar honderd euro",
            "nog geen duizend euro",
        ),
    },
    bedrag=(180, 4800),
    leeftijd=(20, 75),
    herhaalkans=0.15,
)

KINDEROPVANG = Probleem(
    id="kinderopvangtoeslag-uren-wijziging",
    omschrijving="Wijzigingen in opvanguren of uurprijs worden laat of verkeerd verwerkt in de "
    "kinderopvangtoeslag; ouders weten niet welke uren ze moeten doorgeven",
    organisaties={"DT": 1.0},
    themas=("toeslagen", "kinderopvang", "terugvordering"),
    volume=150,
    seizoen=(2.0, 1.4, 1.0, 0.9, 0.9, 0.9, 0.9, 1.1, 1.4, 1.0, 0.9, 1.0),
    onderwerpen=(
        "kinderopvangtoeslag na wijziging van de uren",
        "doorgeven van opvanguren",
        "terugvordering kinderopvangtoeslag",
        "nieuwe uurprijs kinderopvang",
    ),
    ik=(
        "Sinds {maand} gaan de kinderen [minder|meer] uren naar {opvang}, maar die wijziging "
        "[is niet verwerkt|staat nog niet in Mijn toeslagen].",
        "Ik snap niet [welke uren|of ik de uren van het contract of de werkelijke uren] ik moet "
        "doorgeven voor {opvang}.",
        "{Opvang} heeft de uurprijs per {maand} verhoogd en [nu klopt mijn toeslag niet meer|"
        "ik krijg te weinig toeslag].",
        "Na het opzeggen van {opvang} [liep de toeslag gewoon door|kreeg ik nog steeds toeslag] "
        "en nu [moet alles terug|komt er een terugvordering].",
        "[Ik heb|We hebben] een terugvordering van {bedrag} kinderopvangtoeslag gekregen omdat "
        "[de uren niet overeenkomen met de jaaropgave van {opvang}|de opvang andere uren heeft "
        "doorgegeven].",
    ),
    zij=(
        "{Wie} heeft de opvanguren [per {maand}|] [aangepast|gewijzigd] maar de "
        "kinderopvangtoeslag [is niet aangepast|loopt op de oude uren door].",
        "Uren op de jaaropgave van {opvang} wijken af van wat {wie} heeft doorgegeven; "
        "terugvordering van {bedrag}.",
        "{Wie} weet niet of {zij} de contracturen of de werkelijke uren moet doorgeven.",
    ),
    wij=(
        "Veel ouders [begrijpen het verschil tussen contracturen en werkelijke opvanguren niet|"
        "weten niet welke opvanguren ze moeten doorgeven], met terugvorderingen als gevolg.",
        "[Kinderopvangorganisaties|Opvangorganisaties] melden dat hun jaaropgaven [regelmatig|"
        "vaak] niet aansluiten bij wat ouders bij Toeslagen hebben doorgegeven.",
    ),
    details=(
        "Het gaat om [één kind|twee kinderen|drie kinderen].",
        "De uurprijs is [verhoogd naar|gestegen naar] [€ 9,12|€ 10,25|€ 11,40|€ 12,05].",
        "[De wijziging|Het nieuwe contract] [is|werd] [op {datum}|in {maand}] doorgegeven.",
        "De terugvordering [bedraagt|is] {bedrag}.",
    ),
    gevolgen=(
        *GELDZORGEN[:3],
        "Er wordt overwogen om [minder te gaan werken|de opvang op te zeggen].",
        *ONZEKERHEID[:1],
    ),
    wensen=(
        "[Graag|Ik wil] [duidelijke uitleg welke uren ik moet doorgeven|een overzicht van hoe "
        "de toeslag is berekend].",
        "Kunt u [de wijziging alsnog verwerken|de uren corrigeren]?",
    ),
    levensgebeurtenissen=("geboorte kind", "kind naar school", "nieuwe baan"),
    regelgeving=("Wet kinderopvang art. 1.7", "Awir art. 25"),
    impact=(DIENST, WET_INDIRECT),
    slots={
        "opvang": (
            "de kinderopvang",
            "de bso",
            "het kinderdagverblijf",
            "de gastouder",
            "de buitenschoolse opvang",
        )
    },
    bedrag=(250, 6500),
    leeftijd=(24, 46),
    herhaalkans=0.14,
)

PROBLEMEN = (TERUGVORDERING, KINDEROPVANG)
