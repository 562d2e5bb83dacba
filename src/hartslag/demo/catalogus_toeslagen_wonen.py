# SPDX-License-Identifier: EUPL-1.2
"""Recurring problems at Dienst Toeslagen around housing and household."""

from __future__ import annotations

from hartslag.demo.probleem import (
    BELEID,
    DIENST,
    GELDZORGEN,
    WET,
    Probleem,
)

HUURVERHOGING = Probleem(
    id="huurtoeslag-huurverhoging-niet-verwerkt",
    omschrijving="De jaarlijkse huurverhoging per 1 juli komt niet vanzelf in de huurtoeslag; "
    "huurders weten niet dat ze de nieuwe huur zelf moeten doorgeven",
    organisaties={"DT": 1.0},
    themas=("toeslagen", "wonen"),
    volume=110,
    seizoen=(0.5, 0.5, 0.5, 0.6, 0.7, 1.2, 2.8, 2.6, 1.5, 0.9, 0.6, 0.5),
    onderwerpen=(
        "niet verwerkte huurverhoging in de huurtoeslag",
        "doorgeven van de nieuwe huur",
        "huurtoeslag na huurverhoging",
        "huurtoeslag op oude huur",
    ),
    ik=(
        "Mijn huur is per 1 juli [verhoogd|omhoog gegaan] maar [de huurtoeslag is niet "
        "meegestegen|mijn huurtoeslag is hetzelfde gebleven].",
        "Ik dacht dat {verhuurder} de nieuwe huur [zelf|automatisch] doorgaf aan Toeslagen, "
        "[maar dat is niet zo|maar nu blijkt dat ik dat zelf moest doen].",
        "In Mijn toeslagen [staat|zie ik] nog mijn huur van vorig jaar, terwijl ik sinds juli "
        "{stijging} per maand meer betaal.",
        "Ik kreeg een bericht dat mijn huurtoeslag [verandert|omlaag gaat], terwijl mijn huur "
        "juist [omhoog is gegaan|is gestegen].",
    ),
    zij=(
        "{Wie} heeft per 1 juli een huurverhoging van {stijging}; huurtoeslag is [niet "
        "aangepast|gelijk gebleven].",
        "{Wie} [wist niet|was niet op de hoogte] dat {zij} de [nieuwe huur|huurverhoging] zelf "
        "moet doorgeven.",
        "Huurtoeslag [berekend op|gebaseerd op] de oude huur; volgens {wie} heeft {verhuurder} "
        "de verhoging [al|wel] doorgegeven.",
    ),
    wij=(
        "[Elk jaar na 1 juli|Na de jaarlijkse huurverhoging] [bellen|melden zich] [veel|"
        "honderden] huurders die niet wisten dat ze de nieuwe huur zelf moeten doorgeven.",
        "Het blijft [voor huurders|voor veel mensen] onduidelijk wat {verhuurder} aanlevert en "
        "wat ze zelf moeten wijzigen.",
    ),
    details=(
        "De kale huur is [nu|sinds juli] {bedrag} per maand.",
        "De verhoging [is|bedraagt] {stijging} per maand.",
        "[De huurverhogingsbrief|De brief van {verhuurder}|Het bericht over de huurverhoging] "
        "kwam [in mei|in {maand}|al in het voorjaar] binnen.",
        "[De servicekosten|De stookkosten|Ook de bijkomende kosten] [zijn ook verhoogd|gingen "
        "tegelijk omhoog|zijn ook aangepast].",
    ),
    gevolgen=(
        "[Er wordt|Zo wordt er] [elke maand|maandelijks|al maanden] [toeslag|geld|een paar "
        "tientjes] misgelopen.",
        "[Achteraf|Later] wordt het [alsnog|] verrekend, maar nu is het krap.",
        *GELDZORGEN[1:2],
    ),
    wensen=(
        "Kan de [nieuwe huur|huurverhoging] [automatisch|rechtstreeks van de verhuurder] "
        "worden overgenomen?",
        "Graag [uitleg|hulp] hoe ik de nieuwe huur [doorgeef|kan wijzigen].",
    ),
    levensgebeurtenissen=("verhuizen",),
    regelgeving=("Wet op de huurtoeslag art. 5", "Awir art. 25"),
    impact=(DIENST, BELEID),
    slots={
        "verhuurder": (
            "de woningcorporatie",
            "de verhuurder",
            "Mitros",
            "Woonstad",
            "de particuliere huisbaas",
        ),
        "stijging": ("€ 18", "€ 27", "€ 35", "€ 41", "ruim € 50", "bijna 60 euro"),
    },
    bedrag=(480, 1000),
    leeftijd=(20, 88),
    herhaalkans=0.09,
)

TOESLAGPARTNER = Probleem(
    id="toeslagpartner-onduidelijk",
    omschrijving="Onduidelijk wie als toeslagpartner geldt (inwonend volwassen kind, "
    "medebewoner, ex-partner op hetzelfde adres), met afwijzing of terugvordering als gevolg",
    organisaties={"DT": 1.0},
    themas=("toeslagen", "samenwonen"),
    volume=95,
    onderwerpen=(
        "de vraag wie toeslagpartner is",
        "onterechte toeslagpartner",
        "medebewoner als toeslagpartner",
        "toeslagpartner na scheiding",
    ),
    ik=(
        "Toeslagen [ziet|beschouwt] {huisgenoot} [ineens|] als mijn toeslagpartner, maar we "
        "[hebben helemaal geen relatie|voeren geen gezamenlijke huishouding].",
        "[Sinds|Omdat] {huisgenoot} op mijn adres staat ingeschreven, [is mijn toeslag "
        "verlaagd|moet ik mijn toeslag terugbetalen].",
        "Ik ben [dit jaar|in {maand}] gescheiden, maar omdat mijn ex nog op hetzelfde adres "
        "staat ingeschreven [ziet Toeslagen ons nog als partners|word ik nog als toeslagpartner "
        "gezien].",
        "Ik [begrijp|snap] de regels rond het toeslagpartnerschap [echt|] niet: [telt "
        "{huisgenoot} mee of niet|moet ik {huisgenoot} opgeven]?",
    ),
    zij=(
        "{Wie} woont samen met {huisgenootzij}; Toeslagen [merkt deze aan als|ziet deze als] "
        "toeslagpartner.",
        "{Wie} is gescheiden maar de ex-partner staat nog op hetzelfde adres; [toeslag "
        "stopgezet|toeslagpartner niet gewijzigd].",
        "{Wie} [vraagt|wil weten] of {huisgenootzij} [als toeslagpartner telt|meetelt voor de "
        "toeslag].",
    ),
    wij=(
        "De regels voor toeslagpartnerschap [leiden tot|geven] veel vragen bij [mensen met een "
        "inwonend volwassen kind|mensen die een woning delen|gescheiden ouders].",
        "Door de koppeling met de BRP worden huisgenoten [soms|regelmatig] [onterecht|ten "
        "onrechte] als toeslagpartner aangemerkt.",
    ),
    details=(
        "[Het gezamenlijke inkomen|Het inkomen van beide samen|Het huishoudinkomen] "
        "[komt|valt|ligt] daardoor [boven de grens|te hoog|boven de inkomensgrens voor de "
        "toeslag].",
        "De inschrijving op het adres dateert van {maand}.",
        "[Er is een huurcontract|Het huurcontract staat|De huur staat] [op twee namen|op één "
        "naam|alleen op naam van de hoofdbewoner].",
        "De toeslag [is|werd] per {maand} [stopgezet|verlaagd].",
    ),
    gevolgen=(
        *GELDZORGEN[:2],
        "[Er wordt overwogen|Men denkt erover|De enige uitweg lijkt] om [de "
        "huisgenoot|{huisgenootzij}] te laten [uitschrijven|verhuizen], [terwijl dat geen "
        "reële oplossing is|maar dat is geen oplossing|ook al kan die nergens anders heen].",
    ),
    wensen=(
        "[Graag|Ik wil] duidelijkheid wie [nu|] als toeslagpartner telt.",
        "Kunt u [de toeslagpartner aanpassen|mijn situatie opnieuw beoordelen]?",
    ),
    levensgebeurtenissen=("scheiden", "samenwonen", "kind wordt 18"),
    regelgeving=("Awir art. 3", "Awir art. 4"),
    impact=(WET, DIENST),
    slots={
        "huisgenoot": (
            "mijn volwassen zoon",
            "mijn ex-partner",
            "een onderhuurder",
            "mijn broer",
            "een vriendin die tijdelijk bij mij woont",
            "mijn moeder",
        ),
        "huisgenootzij": (
            "een volwassen zoon",
            "de ex-partner",
            "een onderhuurder",
            "een broer",
            "een vriendin",
            "{haar} moeder",
        ),
    },
    leeftijd=(21, 70),
    herhaalkans=0.1,
)

PROBLEMEN = (HUURVERHOGING, TOESLAGPARTNER)
