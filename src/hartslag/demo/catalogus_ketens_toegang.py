# SPDX-License-Identifier: EUPL-1.2
"""Access problems that cross organisations: logging in, getting through, understanding."""

from __future__ import annotations

from hartslag.demo.probleem import BELEID, DIENST, TIJDVERLIES, Probleem

DIGID_OUDEREN = Probleem(
    id="digid-inlog-ouderen",
    omschrijving="Ouderen lukt het inloggen met DigiD niet (app, verdwijnende sms-controle, "
    "verlopen activeringscode) en ze kunnen hun zaken niet meer zelf online regelen",
    organisaties={"BD": 0.25, "DT": 0.2, "SVB": 0.25, "UWV": 0.1, "CAK": 0.2},
    themas=("digitale-toegankelijkheid", "digid", "ouderen"),
    volume=200,
    trend=0.85,
    onderwerpen=(
        "problemen met inloggen via DigiD",
        "DigiD voor ouderen",
        "DigiD-app en sms-code",
        "verlopen activeringscode DigiD",
    ),
    ik=(
        "Ik ben [bijna|al] [80|85|78|ruim tachtig] en krijg het inloggen met DigiD niet meer "
        "voor elkaar.",
        "De DigiD-app [vraagt|wil] [een code|een scan van mijn paspoort] die ik niet [begrijp|"
        "kan invullen] en [de sms-code komt niet aan|de sms-controle is verdwenen].",
        "Mijn [vader|moeder] kan [sinds de sms-code is afgeschaft|sinds de nieuwe inlogmanier] "
        "niet meer inloggen [bij {org}|op de website].",
        "Ik heb [geen smartphone|geen computer|alleen een gewone telefoon], maar [alles moet "
        "online|ik moet toch alles via DigiD regelen].",
        "[Mijn DigiD is verlopen|De activeringscode is verlopen] [voordat ik hem kon gebruiken|"
        "omdat ik de brief te laat zag], en [nu moet ik opnieuw beginnen|nu lukt niets meer].",
    ),
    zij=(
        "{Wie} ({leeftijd} jaar) [kan niet inloggen met DigiD|krijgt DigiD niet werkend]; "
        "[sms-code komt niet aan|app niet te installeren].",
        "{Wie} heeft [geen smartphone|geen computer] en kan de [brief|gegevens] niet online "
        "[inzien|regelen].",
        "[Activeringscode|Activeringsbrief] DigiD [verlopen|niet ontvangen]; {wie} [raakt "
        "gefrustreerd|is het spoor bijster].",
        "{Wie} vraagt of [iemand anders|{haar} kind] namens {hem} kan inloggen.",
    ),
    wij=(
        "[Ouderen|Oudere klanten] lopen [steeds vaker|massaal] vast [bij het inloggen|op DigiD] "
        "[sinds de sms-controle wordt uitgefaseerd|nu de app verplicht wordt].",
        "[Wij zien|Er zijn] [veel|steeds meer] [bezoekers|bellers] boven de 75 die [zonder hulp "
        "niet digitaal kunnen|hun zaken niet online kunnen regelen].",
    ),
    details=(
        "De sms-code komt niet [meer|] aan op [de vaste telefoon|het oude mobieltje].",
        "Er [is|werd] [al|] {n} keer een [nieuwe code|activeringscode] aangevraagd.",
        "[Het DigiD-spreekuur|De digitale hulp|Het spreekuur van het Informatiepunt Digitale "
        "Overheid] in de bibliotheek [zit vol|is pas over {weken} weken|is alleen op dinsdag].",
        "[Een kleinkind|De buurvrouw] helpt [soms|af en toe] met inloggen.",
    ),
    gevolgen=(
        "Zonder hulp [kan er niets worden geregeld|lukt het niet om iets te regelen].",
        "Het gevoel [buitengesloten te worden|er niet meer bij te horen] [is groot|doet pijn].",
        *TIJDVERLIES[:1],
    ),
    wensen=(
        "[Graag|Ik wil] [gewoon|] [alles per post|een papieren brief] blijven ontvangen.",
        "Kan [iemand|een medewerker] [mij helpen|langskomen] [om DigiD in te stellen|bij het "
        "inloggen]?",
    ),
    levensgebeurtenissen=("met pensioen",),
    regelgeving=("Wet digitale overheid art. 6", "Besluit digitale toegankelijkheid overheid"),
    impact=(DIENST, BELEID),
    leeftijd=(68, 94),
    herhaalkans=0.16,
    bereik=(0.3, 0.4, 0.3),
)

WACHTTIJD = Probleem(
    id="wachttijd-telefoon",
    omschrijving="Lange wachttijden aan de telefoon, afgebroken gesprekken en verkeerd "
    "doorverbinden; mensen bellen steeds opnieuw",
    organisaties={"BD": 0.35, "DT": 0.25, "UWV": 0.2, "DUO": 0.2},
    themas=("bereikbaarheid", "dienstverlening"),
    volume=220,
    onderwerpen=(
        "lange wachttijd telefoon",
        "telefonische bereikbaarheid",
        "wachttijd klantenservice",
        "verbroken verbinding na lang wachten",
    ),
    ik=(
        "Ik heb [vanochtend|vandaag|gisteren] [{minuten} minuten|ruim een uur|anderhalf uur] in "
        "de wacht gestaan [en toen werd de verbinding verbroken|voordat ik iemand sprak|en "
        "daarna viel de lijn weg].",
        "[Elke keer|Iedere keer] als ik bel [krijg ik|hoor ik] de melding dat het [te druk|erg "
        "druk] is en [dat ik later moet terugbellen|word ik eruit gegooid].",
        "[De telefoon|Uw telefoonlijn] is [onbereikbaar|nooit bereikbaar] als je iets dringends "
        "hebt.",
        "Voor [een simpele|een korte] vraag [ben ik een halve ochtend kwijt|moet ik uren aan de "
        "telefoon hangen].",
        "Na [lang|ruim een half uur] wachten [kreeg ik iemand die mij niet kon helpen|werd ik "
        "doorverbonden met de verkeerde afdeling] en [moest ik opnieuw in de wacht|begon alles "
        "opnieuw].",
    ),
    zij=(
        "{Wie} heeft [ruim|] {minuten} minuten in de wacht gestaan [voordat {zij} werd geholpen|"
        "en is daar boos over].",
        "{Wie} [klaagt over|is ontevreden over] de [telefonische bereikbaarheid|wachttijd aan de "
        "telefoon]; [eerder|vandaag al] {n} keer uit de lijn gevallen.",
        "{Wie} werd [eerder|vorige keer] [verkeerd doorverbonden|drie keer doorverbonden] en "
        "moest steeds opnieuw in de wacht.",
    ),
    wij=(
        "[De gemiddelde wachttijd|Wachttijden] aan de telefoon [lopen|liepen] op tot [ruim|meer "
        "dan] {minuten} minuten [in de drukke weken|op maandagochtend].",
        "Een groot deel van de bellers [haakt af|hangt op] voordat ze [iemand spreken|geholpen "
        "worden], [en belt later opnieuw|waardoor het nog drukker wordt].",
    ),
    details=(
        "Er [werd|is] gebeld [op {datum}|vanochtend om 9 uur|rond het middaguur].",
        "Het keuzemenu heeft [zes|te veel] [opties|keuzes] [en geen enkele past|die niet "
        "aansluiten].",
        "Het [ging|gaat] om [een vraag over een brief|een wijziging|een betaling].",
    ),
    gevolgen=(
        *TIJDVERLIES,
        "Een termijn [dreigt te verlopen|verloopt] [zonder dat iemand te spreken is|omdat "
        "niemand te bereiken is].",
    ),
    wensen=(
        "[Graag|Ik wil] [een terugbelservice|dat u terugbelt] in plaats van [eindeloos wachten|"
        "een wachtrij].",
        "[Zorg voor|Graag] meer [mensen aan de telefoon|medewerkers op de lijn].",
    ),
    impact=(DIENST,),
    leeftijd=(20, 85),
    herhaalkans=0.15,
    bereik=(0.3, 0.3, 0.4),
)

BRIEF_ONBEGRIJPELIJK = Probleem(
    id="brief-onbegrijpelijk",
    omschrijving="Brieven en beschikkingen zijn te ambtelijk: meerdere bedragen, wetsartikelen "
    "en geen duidelijke handelingsinstructie",
    organisaties={"BD": 0.3, "CAK": 0.25, "DT": 0.25, "GEM-RTD": 0.2},
    themas=("brieven", "begrijpelijke-taal"),
    volume=180,
    onderwerpen=(
        "onbegrijpelijke brief",
        "brief vol moeilijke woorden",
        "onduidelijke beschikking",
        "onduidelijk te betalen bedrag",
    ),
    ik=(
        "Ik kreeg {brief} en [begrijp er helemaal niets van|snap niet wat ik moet doen].",
        "[De brief|Uw brief] [staat vol met|bevat] [ambtelijke taal|moeilijke woorden|"
        "wetsartikelen] en nergens staat [wat ik nu moet doen|of ik moet betalen of niet].",
        "In de brief [staan|worden] [drie|verschillende] bedragen [genoemd|] en ik weet niet "
        "welk bedrag [ik moet betalen|klopt].",
        "Ik [lees|spreek] [slecht|niet zo goed] Nederlands en {brief} is [veel te ingewikkeld|"
        "niet te begrijpen], ook niet met hulp.",
        "Zelfs [mijn dochter|de buurman|mijn zoon], die er verstand van heeft, [kon er niet "
        "uitkomen|begreep het niet].",
    ),
    zij=(
        "{Wie} [begrijpt|snapt] {brief} niet; [vraagt|wil weten] wat {zij} [moet doen|ermee moet].",
        "{Wie} [vindt|noemt] de brief [onduidelijk|ingewikkeld|vol jargon]: [meerdere bedragen|"
        "geen duidelijke actie].",
        "{Wie} [spreekt|leest] [weinig|slecht] Nederlands; brief [samen doorgenomen|toegelicht] "
        "aan de telefoon.",
    ),
    wij=(
        "[Veel|Een groot deel van de] [telefoontjes|vragen] [gaat over|komt voort uit] brieven "
        "die mensen niet begrijpen.",
        "[De brieven|Onze standaardbrieven] zijn [te ambtelijk|te moeilijk] voor "
        "[laaggeletterden|mensen met weinig taalvaardigheid|een groot deel van de ontvangers].",
    ),
    details=(
        "De brief is [gedateerd|van] {datum}.",
        "In de brief staan [vier|drie|wel vijf|meerdere] verwijzingen naar "
        "[wetsartikelen|artikelen uit de wet|regels].",
        "Het genoemde bedrag is {bedrag}.",
        "De brief telt [vier|zes] pagina's.",
    ),
    gevolgen=(
        "[Uit angst|Omdat het onduidelijk is] blijft de brief liggen, met kans op [een boete|"
        "aanmaningen].",
        "[Er moet hulp worden ingeschakeld|Er is hulp nodig van familie|De buren moeten "
        "helpen|Er moet iemand van het buurtteam bij komen] om de brief te begrijpen.",
        *TIJDVERLIES[:1],
    ),
    wensen=(
        "[Graag|Ik wil] [een brief in gewone taal|uitleg in eenvoudige woorden].",
        "Kunt u [uitleggen|in één zin zeggen] wat ik [moet doen|moet betalen]?",
    ),
    regelgeving=("Awb art. 3:46",),
    impact=(DIENST,),
    slots={
        "brief:BD": ("de brief over de voorlopige aanslag", "de aanmaning", "de aanslag"),
        "brief:CAK": ("de brief over de eigen bijdrage", "de jaaropgave van het CAK"),
        "brief:DT": ("de herzieningsbrief", "de brief over het voorschot", "de beschikking"),
        "brief:GEM-RTD": ("de beslissing op de aanvraag", "de brief over de bijstand"),
    },
    bedrag=(60, 3000),
    leeftijd=(20, 90),
    herhaalkans=0.08,
    bereik=(0.3, 0.3, 0.4),
)

PROBLEMEN = (DIGID_OUDEREN, WACHTTIJD, BRIEF_ONBEGRIJPELIJK)
