# SPDX-License-Identifier: EUPL-1.2
"""Recurring problems at the CAK."""

from __future__ import annotations

from hartslag.demo.organisaties import JAARWISSELING
from hartslag.demo.probleem import (
    BELEID,
    DIENST,
    GELDZORGEN,
    TIJDVERLIES,
    WET,
    Probleem,
)

EIGEN_BIJDRAGE = Probleem(
    id="eigen-bijdrage-wlz-oud-inkomen",
    omschrijving="De eigen bijdrage voor Wlz-zorg wordt berekend op het inkomen van twee jaar "
    "terug; na overlijden van een partner of een inkomensdaling is de bijdrage veel te hoog",
    organisaties={"CAK": 1.0},
    themas=("eigen-bijdrage", "zorg", "ouderen"),
    volume=110,
    seizoen=JAARWISSELING,
    onderwerpen=(
        "te hoge eigen bijdrage Wlz",
        "eigen bijdrage op basis van oud inkomen",
        "eigen bijdrage na overlijden partner",
        "rekening eigen bijdrage CAK",
    ),
    ik=(
        "Sinds mijn [moeder|vader] [in het verpleeghuis woont|is opgenomen in een "
        "zorginstelling] moet er elke maand {bedrag} eigen bijdrage worden betaald, bijna het "
        "hele pensioen.",
        "De eigen bijdrage is berekend op [ons inkomen van twee jaar geleden|het inkomen van "
        "{vorigjaar}|oude inkomensgegevens], [maar mijn man is overleden|toen mijn partner nog "
        "leefde|maar mijn inkomen is sindsdien flink gedaald].",
        "Ik [begrijp|snap] de [rekening|berekening] van het CAK [niet|totaal niet]: hoe kan het "
        "dat ik [meer|ineens meer] moet betalen terwijl ik minder verdien?",
        "Na het overlijden van mijn [vrouw|man|partner] kwam er een [hoge|veel te hoge] eigen "
        "bijdrage, [berekend op|gebaseerd op] ons gezamenlijke inkomen.",
    ),
    zij=(
        "{Wie} moet {bedrag} per maand eigen bijdrage betalen, berekend op [het inkomen van twee "
        "jaar terug|oude inkomensgegevens].",
        "Partner van {wie} is [overleden|in {maand} overleden]; eigen bijdrage [nog berekend op|"
        "houdt geen rekening met] het [gezamenlijke|vroegere] inkomen.",
        "{Wie} [begrijpt de rekening van het CAK niet|weet niet hoe de eigen bijdrage is "
        "berekend] en is bang [niet rond te komen|voor schulden].",
    ),
    wij=(
        "[Na overlijden van een partner|Bij een inkomensdaling] blijft de eigen bijdrage "
        "[maandenlang|lang] te hoog, omdat het CAK [met het peiljaar rekent|uitgaat van het "
        "inkomen van twee jaar terug].",
        "De mogelijkheid van peiljaarverlegging is [onbekend bij|lastig voor] [veel|de meeste] "
        "[cliënten|ouderen en hun familie].",
    ),
    details=(
        "Het gaat om [de Wlz|zorg met verblijf|Wmo-ondersteuning thuis].",
        "Het [netto pensioen|inkomen] is [nog maar|ongeveer] {inkomen} per maand.",
        "De [rekening|factuur] over {maand} is {bedrag}.",
        "[Het overlijden|De opname] was in {maand}.",
    ),
    gevolgen=(
        *GELDZORGEN[:3],
        "[De familie|De kinderen] [springen bij|betalen mee] om de rekeningen te kunnen betalen.",
    ),
    wensen=(
        "Kan de eigen bijdrage opnieuw worden berekend op het [huidige|actuele] inkomen?",
        "Graag uitleg over [peiljaarverlegging|hoe ik een lager bedrag kan aanvragen].",
    ),
    levensgebeurtenissen=("overlijden partner", "verhuizen naar verpleeghuis"),
    regelgeving=("Wlz art. 3.3.3", "Besluit langdurige zorg art. 3.3.2.1"),
    impact=(WET, DIENST),
    slots={"inkomen": ("€ 1.420", "€ 1.650", "1.900 euro", "€ 2.100")},
    bedrag=(180, 2600),
    leeftijd=(58, 95),
    herhaalkans=0.12,
)

WANBETALERS = Probleem(
    id="wanbetalersregeling-zorgpremie",
    omschrijving="Na een half jaar achterstand in de zorgpremie volgt de wanbetalersregeling: "
    "een hogere bestuursrechtelijke premie, inhouding op loon of uitkering, en er moeilijk uit",
    organisaties={"CAK": 1.0},
    themas=("zorgverzekering", "schulden"),
    volume=75,
    onderwerpen=(
        "wanbetalersregeling zorgverzekering",
        "bestuursrechtelijke premie",
        "inhouding zorgpremie op uitkering",
        "uitstroom uit de wanbetalersregeling",
    ),
    ik=(
        "Ik zit in de wanbetalersregeling en betaal nu {premie} per maand aan het CAK, veel "
        "meer dan de gewone premie.",
        "Het CAK laat de premie inhouden op mijn [loon|uitkering], en nu [kom ik niet meer rond|"
        "lukt de huur niet meer].",
        "Ik heb [mijn achterstand|de schuld bij de zorgverzekeraar] [afgelost|bijna afgelost] "
        "maar [kom niet uit de regeling|zit nog steeds in de regeling].",
        "Niemand [bij het CAK of de verzekeraar|] kan mij vertellen hoe ik uit de "
        "wanbetalersregeling kom.",
    ),
    zij=(
        "{Wie} zit [sinds {maand}|] in de wanbetalersregeling; bestuursrechtelijke premie [wordt "
        "ingehouden op|gaat af van] {haar} [loon|uitkering].",
        "{Wie} heeft [de achterstand afgelost|een betalingsregeling met de zorgverzekeraar] maar "
        "[is nog niet afgemeld|komt niet uit de regeling].",
        "{Wie} begrijpt niet waarom {zij} [meer premie|een hogere premie] betaalt [via het CAK|"
        "dan bij de verzekeraar].",
    ),
    wij=(
        "Mensen in de wanbetalersregeling [raken|komen] [dieper in de schulden|verder in de "
        "problemen] door de hogere bestuursrechtelijke premie.",
        "De afstemming tussen zorgverzekeraar, CAK en schuldhulp [loopt stroef|is "
        "onvoldoende], waardoor mensen [te lang|onnodig lang] in de regeling blijven.",
    ),
    details=(
        "De [oorspronkelijke|] achterstand was {bedrag}.",
        "De inhouding [loopt sinds|is gestart in] {maand}.",
        "[Er loopt|Inmiddels loopt er|Sinds {maand} loopt er] [een traject|een aanvraag|een "
        "aanmelding] bij [de schuldhulpverlening|de gemeentelijke schuldhulp|een budgetcoach].",
        "De zorgverzekeraar is [Zilveren Kruis|VGZ|CZ|Menzis|DSW].",
    ),
    gevolgen=(*GELDZORGEN, *TIJDVERLIES[2:]),
    wensen=(
        "[Graag|Ik wil] [weten|uitleg] hoe ik uit de regeling kan komen.",
        "Kan de inhouding [worden verlaagd|tijdelijk stoppen]?",
    ),
    levensgebeurtenissen=("baan verliezen", "scheiden"),
    regelgeving=("Zvw art. 18d", "Zvw art. 18f"),
    impact=(WET, BELEID, DIENST),
    slots={"premie": ("€ 171", "€ 168,50", "ongeveer 170 euro", "bijna € 175")},
    bedrag=(600, 4200),
    leeftijd=(20, 70),
    herhaalkans=0.12,
)

PROBLEMEN = (EIGEN_BIJDRAGE, WANBETALERS)
