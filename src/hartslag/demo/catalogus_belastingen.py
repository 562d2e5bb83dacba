# SPDX-License-Identifier: EUPL-1.2
"""Recurring problems at the Belastingdienst around the income tax return."""

from __future__ import annotations

from hartslag.demo.organisaties import AANGIFTE
from hartslag.demo.probleem import (
    BELEID,
    DIENST,
    TIJDVERLIES,
    WET,
    Probleem,
)

VOORINGEVULDE_AANGIFTE = Probleem(
    id="vooringevulde-aangifte-onjuist",
    omschrijving="De vooringevulde aangifte inkomstenbelasting bevat onjuiste of dubbele "
    "gegevens (jaaropgaaf, pensioen, WOZ-waarde)",
    organisaties={"BD": 1.0},
    themas=("belastingaangifte", "inkomen"),
    volume=185,
    seizoen=AANGIFTE,
    onderwerpen=(
        "fouten in de vooringevulde aangifte",
        "onjuiste vooraf ingevulde gegevens",
        "fout in vooringevulde aangifte IB",
        "dubbel meegeteld inkomen in de aangifte",
    ),
    ik=(
        "In de vooringevulde aangifte over {vorigjaar} [staat {gegeven} verkeerd|klopt "
        "{gegeven} niet|ontbreekt {gegeven} [gewoon|] helemaal].",
        "[Ik wilde|Ik probeerde] [vandaag|vanavond|dit weekend|] mijn aangifte [te doen|in te "
        "vullen], maar de [gegevens die al ingevuld zijn|vooraf ingevulde bedragen|voorgevulde "
        "cijfers] [kloppen niet|wijken af van mijn eigen papieren].",
        "Volgens de vooraf ingevulde gegevens [heb ik {bedrag} meer verdiend|zou ik {bedrag} "
        "meer hebben verdiend] dan er op mijn jaaropgaaf staat.",
        "Mijn [inkomen|loon] over vorig jaar staat er twee keer in, [omdat ik van baan ben "
        "gewisseld|want ik had twee werkgevers|sinds ik met pensioen ben gegaan].",
        "Ik [snap|begrijp] niet waarom de WOZ-waarde in de aangifte [hoger is dan op de aanslag "
        "van de gemeente|niet overeenkomt met de WOZ-beschikking].",
    ),
    zij=(
        "{Wie} [ziet|constateert] dat {gegeven} in de vooringevulde aangifte [niet klopt|afwijkt"
        "|ontbreekt].",
        "Vooringevulde gegevens [komen niet overeen met|wijken af van] de jaaropgaaf van {haar} "
        "[werkgever|pensioenfonds]; [{zij} durft de aangifte zo niet in te dienen|{zij} weet "
        "niet of {zij} dit zelf mag aanpassen].",
        "{Wie} had in {vorigjaar} twee [werkgevers|inkomstenbronnen] en [het inkomen staat er "
        "dubbel in|één daarvan staat niet in de aangifte].",
    ),
    wij=(
        "[Veel|Steeds meer|Opvallend veel] [burgers|klanten|bellers] [melden|geven aan] dat de "
        "vooringevulde aangifte [onjuiste|verouderde] gegevens bevat, vooral [bij "
        "pensioenuitkeringen|bij wisseling van werkgever|bij de WOZ-waarde].",
        "[In de aangifteperiode|Sinds 1 maart] [komen er|krijgen we] [dagelijks|veel] vragen "
        "binnen over vooringevulde [bedragen|gegevens] die niet kloppen.",
    ),
    details=(
        "Het verschil is [ongeveer|ruim|bijna|] {bedrag}.",
        "[Het gaat om|Betreft] de aangifte [inkomstenbelasting|IB] {vorigjaar}.",
        "De aangifte moet [voor 1 mei|binnenkort|voor de deadline] [binnen zijn|ingediend zijn].",
        "[Bij het aanpassen van het bedrag|Na het wijzigen van het veld] [geeft het programma "
        "een foutmelding|verschijnt een rode waarschuwing].",
        "[De jaaropgaaf|Het jaaroverzicht] [is|werd] [al in {maand}|in januari] [ontvangen|"
        "verstuurd].",
    ),
    gevolgen=(
        "Daardoor [valt de te betalen belasting {bedrag} te hoog uit|lijkt er ineens {bedrag} "
        "bijbetaald te moeten worden].",
        "Er is onzekerheid of de aangifte [zo|] wel klopt[ en of er later een correctie komt|].",
        *TIJDVERLIES[1:2],
    ),
    wensen=(
        "[Graag|Ik wil graag] [uitleg over|duidelijkheid over] welk bedrag [ingevuld moet "
        "worden|juist is].",
        "[Kan de Belastingdienst|Kunnen jullie] [de vooringevulde gegevens corrigeren|dit "
        "aanpassen]?",
    ),
    levensgebeurtenissen=("met pensioen", "nieuwe baan", "huis kopen"),
    regelgeving=("AWR art. 8", "Wet IB 2001 art. 3.81"),
    impact=(DIENST,),
    slots={
        "gegeven": (
            "de jaaropgaaf van [de|mijn] werkgever",
            "het pensioen",
            "de AOW",
            "de WOZ-waarde",
            "de hypotheekrente",
            "het banksaldo",
            "de WW-uitkering",
            "de lijfrente",
        )
    },
    leeftijd=(23, 84),
    herhaalkans=0.08,
)

BOX3 = Probleem(
    id="box3-werkelijk-rendement",
    omschrijving="Spaarders en kleine beleggers begrijpen de opgaaf werkelijk rendement "
    "(tegenbewijs) in box 3 niet en betalen mogelijk te veel",
    organisaties={"BD": 1.0},
    themas=("belastingaangifte", "vermogen"),
    volume=120,
    seizoen=(0.6, 0.8, 1.8, 2.0, 1.4, 0.9, 0.7, 0.6, 0.9, 1.1, 1.0, 0.7),
    trend=1.6,
    onderwerpen=(
        "werkelijk rendement box 3",
        "opgaaf tegenbewijs box 3",
        "te hoge box 3-heffing",
        "formulier werkelijk rendement",
    ),
    ik=(
        "Ik [heb|had] [alleen|vooral] spaargeld en [begrijp|snap] [niet|echt niet] hoe ik het "
        "werkelijk rendement [moet berekenen|moet opgeven|in het formulier moet zetten].",
        "[Het formulier|De opgaaf] [voor|van] het werkelijk rendement [vraagt|wil] [gegevens|"
        "cijfers] die ik [niet heb|nergens kan vinden|van de bank niet krijg].",
        "Volgens [de aanslag|mijn aanslag over {vorigjaar}] moet ik belasting betalen over een "
        "rendement [dat ik nooit heb gehad|dat ik in werkelijkheid niet heb behaald].",
        "Mijn [vader|moeder] van [ruim|bijna|] [tachtig|negentig] heeft wat spaargeld en kreeg "
        "een brief over [tegenbewijs|het werkelijk rendement] die niemand [in de familie|bij "
        "ons] begrijpt.",
        "Ik heb [obligaties|aandelen|een beleggingsrekening] en weet niet [welke koersresultaten|"
        "of ongerealiseerde winst] ik [moet meetellen|moet opgeven] voor box 3.",
    ),
    zij=(
        "{Wie} [heeft|bezit] [spaargeld|een kleine beleggingsportefeuille] en [vraagt|wil weten] "
        "hoe het werkelijk rendement [berekend wordt|moet worden opgegeven].",
        "{Wie} [begrijpt de opgaaf tegenbewijs niet|komt niet uit het formulier werkelijk "
        "rendement]; {zij} [heeft|krijgt] [geen|onvoldoende] gegevens van de bank.",
        "Aanslag box 3 [gaat uit van|rekent met] een [forfaitair|fictief] rendement dat [hoger is "
        "dan|niet past bij] wat {wie} werkelijk [heeft ontvangen|heeft verdiend].",
    ),
    wij=(
        "[Vooral|Met name] oudere [spaarders|klanten] [lopen vast|haken af] op het formulier "
        "[voor het|] werkelijk rendement.",
        "[We zien|Er komen] [veel|steeds meer] vragen over de opgaaf tegenbewijs box 3, [vaak|"
        "meestal] van mensen [zonder|met weinig] financiële kennis.",
    ),
    details=(
        "Het [gaat om|betreft] [het belastingjaar|de aanslag] {vorigjaar}.",
        "De [bank|spaarbank] [geeft|gaf] [maar|slechts] [0,5|0,8|1,2|1,5] procent rente.",
        "Het verschil in te betalen belasting is [ongeveer|circa|ruim] {bedrag}.",
        "[De termijn om te reageren|De reactietermijn] is [al|bijna] verstreken.",
        "Er is geen rekenhulp die [past bij deze situatie|rekening houdt met spaargeld op "
        "meerdere rekeningen].",
    ),
    gevolgen=(
        "[Uit angst iets fout te doen|Omdat het te ingewikkeld is] wordt het formulier [maar "
        "niet|helemaal niet] ingestuurd.",
        "Waarschijnlijk wordt er [zo|nu] te veel belasting betaald.",
        "[Nu moet er|Er moet] een belastingadviseur [bij komen|worden ingeschakeld], wat ook "
        "weer geld kost.",
    ),
    wensen=(
        "[Graag|Ik wil graag] een [eenvoudige|duidelijke] uitleg [in gewone taal|stap voor stap] "
        "hoe ik het werkelijk rendement moet invullen.",
        "[Kunt u|Kunnen jullie] het formulier [vooraf invullen|eenvoudiger maken] met de "
        "gegevens van de bank?",
    ),
    levensgebeurtenissen=("met pensioen", "erfenis ontvangen"),
    regelgeving=("Wet rechtsherstel box 3", "Wet IB 2001 art. 5.2"),
    impact=(WET, DIENST),
    bedrag=(120, 3800),
    leeftijd=(45, 90),
    herhaalkans=0.07,
    bereik=(0.4, 0.35, 0.25),
)

MACHTIGING_OUDER = Probleem(
    id="machtiging-aangifte-ouder",
    omschrijving="Mantelzorgers krijgen de machtiging om aangifte te doen voor een ouder niet "
    "geregeld (code naar ouder, ouder kan zelf niet inloggen)",
    organisaties={"BD": 1.0},
    themas=("belastingaangifte", "digitale-toegankelijkheid", "ouderen"),
    volume=95,
    seizoen=AANGIFTE,
    onderwerpen=(
        "machtiging aangifte voor ouder",
        "aangifte doen voor vader of moeder",
        "DigiD Machtigen voor mantelzorger",
        "niet ontvangen machtigingscode",
    ),
    ik=(
        "Ik [doe|wil] [al jaren|dit jaar] de aangifte [voor mijn moeder|van mijn vader|voor mijn "
        "schoonmoeder], maar de machtigingscode [is niet aangekomen|komt maar niet|is verlopen].",
        "Mijn [vader|moeder] [woont in een verpleeghuis|heeft dementie|kan niet meer met de "
        "computer overweg] en ik krijg [de machtiging|DigiD Machtigen] niet rond.",
        "De machtigingscode [wordt|werd] naar het adres van mijn [vader|moeder] gestuurd, "
        "[maar die post wordt daar niet meer gelezen|terwijl daar niemand meer woont].",
        "[Om mijn moeder te machtigen moet zij eerst zelf inloggen met DigiD, maar dat lukt haar "
        "niet meer|Om mijn vader te machtigen moet hij zelf eerst inloggen, en dat kan hij echt "
        "niet meer].",
    ),
    zij=(
        "{Wie} [is mantelzorger voor|zorgt voor] [{haar} moeder|{haar} vader] en krijgt de "
        "machtiging voor de aangifte niet [geregeld|rond].",
        "Machtigingscode [niet ontvangen|verlopen voordat {wie} deze kon gebruiken]; de ouder "
        "[woont|verblijft] in [een verpleeghuis|een zorginstelling].",
        "{Wie} wil [de aangifte|aangifte IB] doen voor een [dementerende|hoogbejaarde] ouder maar "
        "loopt vast [bij|op] DigiD Machtigen.",
    ),
    wij=(
        "[Veel|Steeds meer] mantelzorgers [lopen vast bij|komen niet door] [DigiD Machtigen|het "
        "machtigen] voor de aangifte van een ouder.",
        "De route voor machtigen [gaat ervan uit|veronderstelt] dat de oudere zelf kan inloggen, "
        "[wat bij dementie niet kan|en dat is bij wilsonbekwaamheid onmogelijk].",
    ),
    details=(
        "De ouder in kwestie is [79|84|87|91] jaar.",
        "[De machtigingscode|De code] [is maar beperkt geldig|verloopt binnen een paar "
        "weken|was al verlopen toen die werd gevonden|is maar kort geldig].",
        "De aangifte moet [voor 1 mei|binnenkort|uiterlijk deze maand] ingediend zijn.",
        "Er [is|werd] [al twee keer|opnieuw] een nieuwe code aangevraagd.",
    ),
    gevolgen=(
        "[Daardoor|Hierdoor] dreigt [een boete|een aanslag op basis van een schatting].",
        "[De mantelzorger|De familie] moet [steeds|telkens] langs om de post [te zoeken|door te "
        "nemen][ in het verpleeghuis|].",
        *TIJDVERLIES[2:],
    ),
    wensen=(
        "[Graag|Ik zou graag] een [eenvoudiger|andere] manier van machtigen [voor mensen die "
        "zelf niet kunnen inloggen|zonder dat mijn ouder zelf hoeft in te loggen].",
        "Kan de code [naar mijn adres|naar de mantelzorger] worden gestuurd?",
    ),
    levensgebeurtenissen=("mantelzorg", "verhuizen naar verpleeghuis"),
    regelgeving=("AWR art. 8",),
    impact=(DIENST, BELEID),
    leeftijd=(38, 70),
    herhaalkans=0.14,
)

PROBLEMEN = (VOORINGEVULDE_AANGIFTE, BOX3, MACHTIGING_OUDER)
