# SPDX-License-Identifier: EUPL-1.2
"""Recurring problems at the Sociale Verzekeringsbank."""

from __future__ import annotations

from hartslag.demo.probleem import (
    BELEID_INDIRECT,
    DIENST,
    GELDZORGEN,
    TIJDVERLIES,
    WET,
    Probleem,
)

LEVENSBEWIJS = Probleem(
    id="aow-levensbewijs-buitenland",
    omschrijving="AOW-gerechtigden in het buitenland moeten jaarlijks een levensbewijs sturen; "
    "het formulier komt niet aan of wordt niet verwerkt, waarna de AOW wordt stopgezet",
    organisaties={"SVB": 1.0},
    themas=("aow", "buitenland", "ouderen"),
    volume=80,
    onderwerpen=(
        "levensbewijs AOW buitenland",
        "stopzetting AOW wegens levensbewijs",
        "niet ontvangen formulier levensbewijs",
        "AOW in het buitenland",
    ),
    ik=(
        "Ik woon in {land} en heb het levensbewijs [op tijd|al in {maand}] [opgestuurd|laten "
        "aftekenen], maar [mijn AOW is toch stopgezet|de AOW is deze maand niet betaald].",
        "Het formulier levensbewijs heb ik hier in {land} nooit ontvangen, [hoe kan ik dat dan "
        "terugsturen|en nu wordt mijn AOW gestopt]?",
        "Mijn [vader|moeder] woont in {land} en [de AOW is stopgezet|kreeg geen AOW meer] "
        "[omdat het levensbewijs niet binnen zou zijn|wegens een ontbrekend levensbewijs].",
        "[De gemeente hier|De lokale instantie] [wil het formulier niet tekenen|kan het "
        "levensbewijs niet afstempelen], [wat moet ik nu|hoe los ik dat op]?",
    ),
    zij=(
        "{Wie} woont in {land}; AOW [stopgezet|niet betaald] omdat het levensbewijs [niet is "
        "ontvangen|niet is verwerkt].",
        "Levensbewijs is volgens {wie} [op {datum}|al in {maand}] verstuurd, [maar niet "
        "geregistreerd|maar staat niet in het systeem].",
        "{Wie} heeft het formulier levensbewijs niet ontvangen op het adres in {land}.",
    ),
    wij=(
        "Formulieren naar AOW-gerechtigden in {land} komen [regelmatig|vaak] niet of te laat "
        "aan, met stopzetting van de AOW als gevolg.",
        "[Het digitaal aanleveren|De video-identificatie] van het levensbewijs is voor [veel|"
        "oudere] klanten in het buitenland [geen optie|te ingewikkeld].",
    ),
    details=(
        "De AOW [bedraagt|is] [ongeveer|] {bedrag} per maand.",
        "[Het poststempel|De verzenddatum] is {datum}.",
        "Het formulier [is|werd] [afgetekend door|gestempeld bij] [de lokale gemeente|een "
        "notaris|het consulaat].",
        "De AOW over {maand} is [niet betaald|achtergehouden].",
    ),
    gevolgen=(
        *GELDZORGEN[:3],
        "Een reis naar het Nederlandse consulaat is [voor een hoogbejaarde|op deze leeftijd] "
        "[bijna onmogelijk|een enorme opgave].",
    ),
    wensen=(
        "[Graag|Ik wil] dat de AOW [zo snel mogelijk|direct] weer wordt [uitbetaald|hervat].",
        "Kan het levensbewijs [ook digitaal|via de familie in Nederland|via het consulaat|met "
        "een videogesprek] [worden geregeld|worden aangeleverd]?",
    ),
    levensgebeurtenissen=("emigreren", "met pensioen"),
    regelgeving=("AOW art. 49",),
    impact=(DIENST,),
    slots={
        "land": (
            "Spanje",
            "Turkije",
            "Marokko",
            "Portugal",
            "Thailand",
            "Frankrijk",
            "Curaçao",
            "Suriname",
        )
    },
    bedrag=(700, 1500),
    leeftijd=(67, 95),
    herhaalkans=0.2,
)

PGB = Probleem(
    id="pgb-betaling-zorgverlener-te-laat",
    omschrijving="Declaraties van pgb-zorgverleners worden te laat uitbetaald en wijzigingen "
    "in zorgovereenkomsten blijven liggen; zorgverleners dreigen te stoppen",
    organisaties={"SVB": 1.0},
    themas=("pgb", "zorg"),
    volume=95,
    onderwerpen=(
        "te late pgb-betaling aan zorgverlener",
        "niet uitbetaalde pgb-declaratie",
        "niet verwerkte zorgovereenkomst",
        "achterstand uitbetaling pgb",
    ),
    ik=(
        "[{Zorgverlener} heeft al {weken} weken geen betaling ontvangen|{Zorgverlener} wacht "
        "sinds {maand} op het geld] uit het pgb.",
        "Ik heb de [declaratie|factuur|uren] [op {datum}|keurig op tijd] ingediend in Mijn pgb, "
        "maar [er is nog steeds niets uitbetaald|de status blijft op 'in behandeling' staan].",
        "Als [zzp-zorgverlener|zorgverlener] [krijg ik|ontvang ik] mijn geld [steeds later|"
        "telkens te laat] uit het pgb; zo kan ik mijn eigen rekeningen niet betalen.",
        "[De zorgovereenkomst|Het contract met {zorgverlener}] is [al weken|sinds {maand}] [niet "
        "goedgekeurd|nog niet verwerkt], waardoor er niets wordt uitbetaald.",
    ),
    zij=(
        "Zorgverlener van {wie} heeft [al {weken} weken|sinds {maand}] [geen betaling|niets] "
        "ontvangen uit het pgb.",
        "Declaratie van {wie} [ingediend op {datum}|van {maand}] [staat nog op|blijft hangen in] "
        "'in behandeling'.",
        "{Wie} [beheert|regelt] het pgb [voor {haar} kind|voor een ouder] en [dreigt de "
        "zorgverlener te verliezen|krijgt klachten van de zorgverlener] door late betalingen.",
    ),
    wij=(
        "Door achterstanden in de verwerking van pgb-declaraties [wachten zorgverleners weken op "
        "hun geld|dreigen zorgverleners te stoppen].",
        "[Budgethouders|Pgb-houders] melden dat [zorgovereenkomsten|wijzigingen] [weken|lang] "
        "[blijven liggen|niet worden verwerkt].",
    ),
    details=(
        "Het openstaande bedrag is [ruim|ongeveer|] {bedrag}.",
        "Het gaat om [de uren van|zorg in] {maand}.",
        "De zorgovereenkomst [is|werd] [in {maand}|op {datum}] [ingediend|gewijzigd].",
        "Het pgb komt [van de gemeente|uit de Wlz|van het zorgkantoor].",
    ),
    gevolgen=(
        "De zorgverlener [dreigt te stoppen|overweegt te stoppen] met de zorg.",
        "[De zorg|Zorg thuis] [komt|staat] [hierdoor|zo] in gevaar.",
        *TIJDVERLIES[:1],
    ),
    wensen=(
        "Graag [een betaaldatum|een datum waarop de zorgverlener wordt betaald].",
        "[Kunt u|Wilt u] de [betaling|declaratie] [met spoed|met voorrang] verwerken?",
    ),
    levensgebeurtenissen=("mantelzorg",),
    regelgeving=("Wlz art. 3.3.3", "Regeling langdurige zorg art. 5.13"),
    impact=(DIENST, BELEID_INDIRECT),
    slots={
        "zorgverlener": (
            "mijn zorgverlener",
            "de thuiszorgmedewerker",
            "onze hulp",
            "de begeleider van mijn zoon",
            "de zzp-verpleegkundige",
        )
    },
    bedrag=(300, 5400),
    leeftijd=(30, 85),
    herhaalkans=0.2,
    ondernemers=0.15,
    bereik=(0.5, 0.35, 0.15),
)

CO_OUDERSCHAP = Probleem(
    id="kinderbijslag-co-ouderschap",
    omschrijving="Bij co-ouderschap krijgt maar één ouder de kinderbijslag; verdeling en "
    "wisseling na een scheiding leiden tot conflict en gemiste betalingen",
    organisaties={"SVB": 1.0},
    themas=("kinderbijslag", "scheiding"),
    volume=70,
    onderwerpen=(
        "kinderbijslag bij co-ouderschap",
        "kinderbijslag na scheiding",
        "splitsen van kinderbijslag",
        "verdeling van de kinderbijslag",
    ),
    ik=(
        "Wij [hebben|doen aan] co-ouderschap, maar [de kinderbijslag gaat helemaal naar mijn ex|"
        "alleen mijn ex krijgt de kinderbijslag], terwijl de kinderen de helft van de tijd bij "
        "mij wonen.",
        "Na de scheiding [in {maand}|] werd de kinderbijslag [gestopt|niet meer betaald] [omdat "
        "we het niet eens zijn wie hem krijgt|en niemand weet wie hem nu krijgt].",
        "Ik heb gevraagd om de kinderbijslag te [splitsen|verdelen], maar [dat kan volgens de "
        "SVB niet|de SVB zegt dat dat niet mogelijk is].",
        "[Mijn ex|De andere ouder] houdt de kinderbijslag [helemaal|gewoon] voor zichzelf, "
        "[ook al staan de kinderen bij mij ingeschreven|terwijl ik de kosten maak].",
    ),
    zij=(
        "{Wie} heeft co-ouderschap; kinderbijslag [gaat naar|wordt betaald aan] de andere ouder.",
        "{Wie} [wil|vraagt om] [de kinderbijslag te splitsen|de kinderbijslag op eigen naam] na "
        "de scheiding.",
        "Kinderbijslag [stopgezet|niet uitbetaald] [over het afgelopen kwartaal|sinds {maand}] "
        "omdat beide ouders een aanvraag hebben gedaan.",
    ),
    wij=(
        "Na scheidingen met co-ouderschap ontstaan [veel|vaak] [conflicten|vragen] over wie de "
        "kinderbijslag ontvangt.",
        "De regel dat maar één ouder kinderbijslag kan krijgen [past niet bij|sluit niet aan op] "
        "[co-ouderschap|de praktijk van gedeelde zorg].",
    ),
    details=(
        "Het gaat om [één kind|twee kinderen|drie kinderen].",
        "De kinderen wonen [om de week|de helft van de tijd|drie dagen per week] bij elke ouder.",
        "Het kwartaalbedrag is [ongeveer|] {bedrag}.",
        "Het ouderschapsplan [is|werd] [in {maand}|vorig jaar] getekend.",
    ),
    gevolgen=(
        "Dit [leidt tot|geeft] [ruzie|spanning] [met de ex-partner|tussen de ouders].",
        *GELDZORGEN[1:3],
    ),
    wensen=(
        "[Graag|Ik wil] dat de kinderbijslag [eerlijk wordt verdeeld|kan worden gesplitst].",
        "Wie [krijgt nu|heeft recht op] de kinderbijslag?",
    ),
    levensgebeurtenissen=("scheiden",),
    regelgeving=("AKW art. 18",),
    impact=(WET, DIENST),
    bedrag=(290, 900),
    leeftijd=(25, 52),
    herhaalkans=0.1,
)

PROBLEMEN = (LEVENSBEWIJS, PGB, CO_OUDERSCHAP)
