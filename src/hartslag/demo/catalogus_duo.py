# SPDX-License-Identifier: EUPL-1.2
"""Recurring problems at DUO (student finance)."""

from __future__ import annotations

from hartslag.demo.organisaties import STUDIEJAAR
from hartslag.demo.probleem import (
    BELEID,
    DIENST,
    GELDZORGEN,
    ONZEKERHEID,
    WET,
    WET_INDIRECT,
    Probleem,
)

AFLOSSING = Probleem(
    id="studieschuld-aflossing-onduidelijk",
    omschrijving="Oud-studenten begrijpen de aflossing van hun studieschuld niet: maandbedrag, "
    "draagkracht, rente en aflosvrije periodes",
    organisaties={"DUO": 1.0},
    themas=("studieschuld", "onderwijs", "schulden"),
    volume=170,
    seizoen=(2.0, 1.2, 0.9, 0.9, 0.8, 0.8, 0.9, 1.0, 1.1, 1.0, 0.9, 1.0),
    onderwerpen=(
        "aflossing studieschuld",
        "maandbedrag studieschuld",
        "rente op studieschuld",
        "terugbetalen studiefinanciering",
    ),
    ik=(
        "Ik [begrijp|snap] niet hoe DUO [mijn maandbedrag|het bedrag dat ik moet aflossen] "
        "[heeft berekend|berekent]: [ineens|opeens] {bedrag} per maand.",
        "Mijn studieschuld van {schuld} [wordt alleen maar hoger|blijft maar groeien] [door de "
        "rente|ondanks dat ik aflos].",
        "Ik wil [extra aflossen|een aflosvrije periode aanvragen], maar [in Mijn DUO kan ik "
        "nergens vinden hoe dat werkt|op de website staat het nergens duidelijk].",
        "[Sinds januari|Dit jaar] is de rente [gestegen|verhoogd] en [mijn maandbedrag is "
        "omhoog gegaan|de termijn klopt niet meer met wat ik had verwacht].",
        "Er kwam een brief dat ik [vanaf {maand}|per januari] moet gaan aflossen, terwijl ik "
        "[nog studeer|net ben begonnen met werken|geen idee had dat het al zover was].",
    ),
    zij=(
        "{Wie} [begrijpt|snapt] de berekening van het maandbedrag niet; bedrag [nu|sinds {maand}] "
        "{bedrag}.",
        "{Wie} [wil|vraagt naar] [aflosvrije periodes|extra aflossen] en vindt de informatie "
        "[onduidelijk|verwarrend].",
        "Studieschuld van {wie} ({schuld}) [stijgt|groeit] door de rente; {zij} vraagt of dat "
        "klopt.",
    ),
    wij=(
        "Na de jaarlijkse [renteherziening|aanpassing van het maandbedrag] [bellen|melden zich] "
        "[veel|duizenden] oud-studenten die hun aflossing niet begrijpen.",
        "Het verschil tussen [draagkracht, aflosvrije periodes en extra aflossen|de verschillende "
        "terugbetaalregels] is voor veel oud-studenten [onduidelijk|niet te volgen].",
    ),
    details=(
        "De totale studieschuld is {schuld}.",
        "Het maandbedrag [is|werd] [verhoogd naar|vastgesteld op] {bedrag}.",
        "De aflosfase [begon in {maand}|start per januari].",
        "De rente is [2,56|2,95|1,8|0,46] procent.",
    ),
    gevolgen=(
        *ONZEKERHEID[:1],
        "[Een hypotheek|Het kopen van een huis] [lijkt onmogelijk|wordt lastiger] met deze schuld.",
        *GELDZORGEN[1:2],
    ),
    wensen=(
        "[Graag|Ik wil] een [duidelijke|begrijpelijke] berekening van [mijn maandbedrag|de "
        "aflossing].",
        "Kan ik [mijn maandbedrag laten verlagen|een draagkrachtberekening aanvragen]?",
    ),
    levensgebeurtenissen=("afstuderen", "nieuwe baan"),
    regelgeving=("WSF 2000 art. 6.5", "WSF 2000 art. 6.8"),
    impact=(DIENST, BELEID),
    slots={
        "schuld": (
            "€ 18.400",
            "ruim 25.000 euro",
            "€ 42.750",
            "bijna € 60.000",
            "€ 9.300",
            "€ 31.200",
        )
    },
    bedrag=(40, 420),
    leeftijd=(23, 45),
    herhaalkans=0.1,
)

REISPRODUCT = Probleem(
    id="ov-reisproduct-boete",
    omschrijving="Studenten zetten hun studentenreisproduct niet (tijdig) stop na afstuderen "
    "of stoppen, of het stopzetten mislukt, en krijgen een ov-boete",
    organisaties={"DUO": 1.0},
    themas=("studiefinanciering", "reisproduct", "onderwijs"),
    volume=120,
    seizoen=STUDIEJAAR,
    onderwerpen=(
        "ov-boete studentenreisproduct",
        "stopzetten van het reisproduct",
        "ov-boete na afstuderen",
        "niet gestopt studentenreisproduct",
    ),
    ik=(
        "Ik heb mijn [reisproduct|studentenreisproduct] [op {datum}|in {maand}] [stopgezet|"
        "proberen stop te zetten], maar [toch kreeg ik een ov-boete|DUO zegt dat het te laat "
        "was].",
        "[Na het afstuderen|Toen ik stopte met mijn studie] [wist ik niet|had niemand mij "
        "verteld] dat ik het reisproduct [zelf|apart] moest stopzetten.",
        "Bij [de ophaalautomaat|het ophaalpunt op het station] lukte het niet om het reisproduct "
        "van de kaart te halen, en nu [moet ik {bedrag} betalen|krijg ik {bedrag} boete].",
        "[Ik krijg|Er staat] een ov-boete van {bedrag} voor maanden waarin ik [helemaal niet "
        "heb gereisd|de kaart niet eens heb gebruikt].",
    ),
    zij=(
        "{Wie} [is gestopt met de studie|is afgestudeerd] in {maand} en [kreeg|moet] een "
        "ov-boete van {bedrag} [betalen|].",
        "{Wie} [heeft geprobeerd|zegt] het reisproduct op tijd te stoppen, [maar het ophaalpunt "
        "werkte niet|maar de automaat gaf een foutmelding].",
        "{Wie} wist niet dat het reisproduct apart moest worden stopgezet [na de diplomering|na "
        "het stoppen].",
    ),
    wij=(
        "[Elk jaar na de zomer|Rond de diplomering] krijgen [veel|honderden] (oud-)studenten een "
        "ov-boete omdat het stopzetten van het reisproduct niet is gelukt.",
        "De ophaalautomaten op stations werken [regelmatig|vaak] niet, waardoor studenten "
        "[ongewild|onbedoeld] [te laat stoppen|een boete krijgen].",
    ),
    details=(
        "De boete is {bedrag}[ voor {n} maanden|].",
        "Het diploma [is|werd] [op {datum}|in {maand}] uitgereikt.",
        "Het stopzetten is geprobeerd op station {station}.",
        "Er is [een screenshot|een bon|een foto] van de [poging|stopzetting].",
    ),
    gevolgen=(
        "[Voor een student|Voor een starter] is zo'n bedrag [enorm veel geld|niet te betalen].",
        *ONZEKERHEID[:1],
    ),
    wensen=(
        "[Graag|Ik wil] dat de boete [vervalt|wordt kwijtgescholden].",
        "Kan het stopzetten [niet automatisch|gewoon online] [na de diplomering|] worden geregeld?",
    ),
    levensgebeurtenissen=("afstuderen", "stoppen met studie"),
    regelgeving=("WSF 2000 art. 3.9", "WSF 2000 art. 3.21"),
    impact=(DIENST, WET_INDIRECT),
    slots={
        "station": (
            "Utrecht Centraal",
            "Rotterdam Centraal",
            "Amsterdam Sloterdijk",
            "Groningen",
            "Nijmegen",
            "Eindhoven Centraal",
        )
    },
    bedrag=(97, 1500),
    leeftijd=(18, 30),
    herhaalkans=0.1,
)

AANVULLENDE_BEURS = Probleem(
    id="aanvullende-beurs-ouderinkomen",
    omschrijving="De aanvullende beurs hangt af van het ouderinkomen; studenten zonder contact "
    "met een ouder of met ouders wier inkomen is gedaald lopen vast",
    organisaties={"DUO": 1.0},
    themas=("studiefinanciering", "onderwijs"),
    volume=80,
    seizoen=STUDIEJAAR,
    onderwerpen=(
        "aanvullende beurs en ouderinkomen",
        "verklaring geen contact met ouder",
        "verlaagde aanvullende beurs",
        "peiljaarverlegging ouderinkomen",
    ),
    ik=(
        "[Ik heb al jaren geen contact met mijn vader, maar DUO rekent toch met zijn inkomen|"
        "Ik heb al jaren geen contact met mijn moeder, maar mijn aanvullende beurs hangt toch af "
        "van haar inkomen].",
        "Voor de verklaring 'geen contact met ouder' [moet ik een handtekening van een "
        "hulpverlener hebben|vraagt DUO een verklaring van een instantie] die ik niet heb.",
        "Mijn ouders verdienen nu veel minder dan twee jaar geleden, maar DUO kijkt naar [dat "
        "oude inkomen|het inkomen van {vorigjaar}] en [ik krijg geen aanvullende beurs|mijn "
        "aanvullende beurs is verlaagd].",
        "De aanvullende beurs is [ineens|opeens] [stopgezet|verlaagd] en [ik snap niet waarom|"
        "niemand legt uit waarom].",
    ),
    zij=(
        "{Wie} heeft geen contact met een ouder; aanvullende beurs [wordt toch berekend op|hangt "
        "toch af van] het inkomen van die ouder.",
        "{Wie} krijgt de verklaring 'geen contact' [niet ondertekend door een instantie|niet "
        "rond|niet op tijd getekend|nergens ondertekend].",
        "Ouderinkomen is [sterk gedaald|veel lager] door [ontslag|ziekte|faillissement]; {wie} "
        "[vraagt om|wil] [peiljaarverlegging|een herberekening].",
    ),
    wij=(
        "Studenten zonder contact met een ouder lopen vast bij de aanvullende beurs, omdat de "
        "verklaring van een instantie [lastig te krijgen is|moeilijk te regelen is].",
        "[Veel studenten|Studenten] weten niet dat ze [om peiljaarverlegging kunnen vragen|een "
        "herberekening kunnen aanvragen] als het inkomen van hun ouders [is gedaald|flink lager "
        "is].",
    ),
    details=(
        "Het gaat om een aanvullende beurs van [ongeveer|] {bedrag} per maand.",
        "[Het contact met de ouder|Contact met die ouder|Het contact] is [al jaren "
        "weg|verbroken sinds de scheiding|verbroken sinds de middelbare school|al sinds de "
        "basisschool weg|sinds {vorigjaar} verbroken].",
        "[De studie is in september gestart|De opleiding begon in {maand}|Het studiejaar is "
        "net begonnen|De hbo-opleiding is dit jaar gestart|De mbo-opleiding loopt sinds "
        "september].",
        "[Er is|Er werd|Noodgedwongen is er] een [lening|hogere lening|extra lening bij DUO] "
        "afgesloten [om rond te komen|voor de huur|om de studie te kunnen betalen].",
    ),
    gevolgen=(
        "[Stoppen met de studie|Stoppen met de opleiding|Stoppen] [lijkt de enige optie|wordt "
        "een reële optie|komt steeds dichterbij].",
        *GELDZORGEN[:1],
        "Er moet [meer|veel meer|extra] [geleend|bijgeleend] worden [dan nodig zou zijn|dan "
        "eerlijk is|om rond te komen].",
    ),
    wensen=(
        "[Graag hulp bij de verklaring|Ik wil weten welke instantie de verklaring mag tekenen].",
        "Kan de beurs [berekend worden zonder het inkomen van die ouder|opnieuw berekend worden]?",
    ),
    levensgebeurtenissen=("studeren",),
    regelgeving=("WSF 2000 art. 3.18", "WSF 2000 art. 3.19"),
    impact=(WET, DIENST),
    bedrag=(120, 480),
    leeftijd=(18, 27),
    herhaalkans=0.1,
    bereik=(0.5, 0.35, 0.15),
)

ADRESCONTROLE = Probleem(
    id="uitwonendenbeurs-adrescontrole",
    omschrijving="Bij huisbezoeken voor de uitwonendenbeurs wordt de student niet aangetroffen "
    "of de kamer niet erkend; hoge terugvordering en boete",
    organisaties={"DUO": 1.0},
    themas=("studiefinanciering", "controle", "wonen"),
    volume=65,
    onderwerpen=(
        "controle uitwonendenbeurs",
        "huisbezoek DUO",
        "ingetrokken uitwonendenbeurs",
        "boete na adrescontrole",
    ),
    ik=(
        "Controleurs van DUO kwamen op mijn [kamer|adres] toen ik [er niet was|bij mijn ouders "
        "was|stage liep], en nu [moet ik {bedrag} terugbetalen|krijg ik een boete van {bedrag}].",
        "DUO [zegt|stelt] dat ik [niet op mijn kamer woon|bij mijn ouders woon], [maar ik woon "
        "echt op kamers|terwijl ik gewoon huur betaal voor mijn kamer].",
        "Ik huur een kamer [bij een hospita|in een studentenhuis|op een adres waar meer mensen "
        "staan ingeschreven] en [dat wordt niet erkend|DUO gelooft niet dat ik daar woon].",
        "Mijn uitwonendenbeurs [is met terugwerkende kracht omgezet naar thuiswonend|werd "
        "ingetrokken], waardoor ik {bedrag} moet terugbetalen.",
    ),
    zij=(
        "Bij huisbezoek [is {wie} niet aangetroffen|trof de controleur {wie} niet aan]; "
        "uitwonendenbeurs [ingetrokken|herzien] met terugvordering van {bedrag}.",
        "{Wie} huurt een kamer [bij een hospita|in een studentenhuis]; DUO [erkent het adres "
        "niet|twijfelt aan de woonsituatie].",
        "{Wie} [stelt|geeft aan] wel op het adres te wonen en [heeft huurcontract en "
        "betaalbewijzen|kan huurbetalingen laten zien].",
    ),
    wij=(
        "Studenten [met een kamer bij een hospita|in onderhuur] krijgen na een huisbezoek [een "
        "boete en terugvordering|een hoge terugvordering], ook als ze er [wel|echt] wonen.",
        "De manier van controleren bij de uitwonendenbeurs [valt|pakt] [hard|onevenredig] uit "
        "voor [studenten met een migratieachtergrond|kwetsbare studenten|studenten in "
        "onderhuur].",
    ),
    details=(
        "Het huisbezoek [was|vond plaats] op {datum}.",
        "De [terugvordering|boete] [bedraagt|is] {bedrag}.",
        "[Er is|Er ligt|Er bestaat] een [getekend|schriftelijk|] huurcontract [op naam|van de "
        "kamer|voor de kamer][, met betaalbewijzen|].",
        "[De hospita|De huisgenoten] [kan|kunnen] bevestigen dat de student daar woont.",
    ),
    gevolgen=(
        *GELDZORGEN[2:4],
        "Het gevoel [niet geloofd te worden|als fraudeur te worden behandeld] weegt zwaar.",
        *ONZEKERHEID[:1],
    ),
    wensen=(
        "[Graag|Ik wil] [een nieuwe beoordeling|dat het besluit wordt herzien].",
        "Kan ik [bewijs|huurcontract en betaalbewijzen] [aanleveren|opsturen]?",
    ),
    levensgebeurtenissen=("studeren", "op kamers gaan"),
    regelgeving=("WSF 2000 art. 4.18", "WSF 2000 art. 9.7"),
    impact=(DIENST, BELEID, WET_INDIRECT),
    bedrag=(800, 9000),
    leeftijd=(18, 27),
    herhaalkans=0.15,
    bereik=(0.5, 0.3, 0.2),
)

PROBLEMEN = (AFLOSSING, REISPRODUCT, AANVULLENDE_BEURS, ADRESCONTROLE)
