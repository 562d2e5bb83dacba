# SPDX-License-Identifier: EUPL-1.2
"""Income problems that cross organisations: the same rule hurting people at several."""

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

KOSTENDELERSNORM = Probleem(
    id="kostendelersnorm-inwonende-kinderen",
    omschrijving="De kostendelersnorm verlaagt bijstand, Toeslagenwet-toeslag en AIO zodra een "
    "volwassen kind of zorgbehoevende ouder inwoont, ook als die nauwelijks inkomen heeft",
    organisaties={"UWV": 0.25, "SVB": 0.15, "GEM-UTR": 0.3, "GEM-RTD": 0.3},
    themas=("kostendelersnorm", "uitkering", "wonen"),
    volume=210,
    onderwerpen=(
        "kostendelersnorm",
        "korting door inwonend kind",
        "kostendelersnorm bij mantelzorg",
        "lagere uitkering door huisgenoot",
    ),
    ik=(
        "Sinds {huisgenoot} [21 is geworden|bij mij is ingetrokken] wordt {uitkering} [gekort|"
        "verlaagd] [vanwege|door] de kostendelersnorm.",
        "Mijn [zoon|dochter] is 21 geworden en nu krijg ik {bedrag} per maand minder, terwijl "
        "mijn kind [zelf nauwelijks inkomen heeft|niets kan bijdragen aan de huur].",
        "Ik [zorg voor|ben mantelzorger van] {huisgenoot} die bij mij inwoont, maar [door de "
        "kostendelersnorm|omdat we een huis delen] [word ik gekort|gaat mijn uitkering omlaag].",
        "Moet ik {huisgenoot} dan [het huis uit zetten|laten verhuizen] om [weer|] mijn "
        "volledige uitkering te krijgen?",
        "Ik [snap|begrijp] niet waarom {uitkering} omlaag gaat terwijl {huisgenoot} [alleen een "
        "bijbaantje heeft|studeert|zelf in de schulden zit].",
    ),
    zij=(
        "{Wie} wordt gekort op {uitkeringzij} vanwege de kostendelersnorm [nu|sinds] "
        "{huisgenootzij} [bij {hem} inwoont|op hetzelfde adres staat].",
        "Kind van {wie} is 21 geworden; {uitkeringzij} [verlaagd|omlaag] met {bedrag} per maand.",
        "{Wie} [is mantelzorger voor|verzorgt] {huisgenootzij} [in huis|thuis] en [wordt "
        "daardoor gekort|krijgt de kostendelersnorm toegepast].",
        "{Wie} [vraagt of {huisgenootzij} zich moet laten uitschrijven|overweegt "
        "{huisgenootzij} te laten verhuizen] om de korting te voorkomen.",
    ),
    wij=(
        "De kostendelersnorm [zorgt ervoor|leidt ertoe] dat [ouders met inwonende volwassen "
        "kinderen|mantelzorgers|gezinnen] [fors|flink] minder overhouden, ook als [de "
        "huisgenoot|het kind] [nauwelijks inkomen heeft|niets bijdraagt].",
        "[We zien|Wij zien] [steeds meer|veel] signalen dat volwassen kinderen [zich "
        "uitschrijven|dakloos raken|op een ander adres gaan staan] om de korting bij hun ouders "
        "te voorkomen.",
        "[Inwonende mantelzorg|Mantelzorg in huis] wordt [ontmoedigd|afgestraft] door de "
        "kostendelersnorm.",
    ),
    details=(
        "De korting is [ongeveer|] {bedrag} per maand.",
        "De verlaging [geldt|gaat in] [per {maand}|vanaf de eerste van de maand].",
        "Er wonen [twee|drie|vier] volwassenen op het adres.",
        "[Het kind|De huisgenoot] heeft [een bijbaan|studiefinanciering|geen inkomen] van "
        "[hooguit|] [€ 300|€ 450|een paar honderd euro] per maand.",
    ),
    gevolgen=(
        *GELDZORGEN[:3],
        "De sfeer [thuis|in huis] [staat onder druk|verslechtert] door de geldzorgen.",
        "[Het kind|De huisgenoot] [overweegt|denkt erover] uit huis te gaan, maar heeft [geen "
        "andere woonruimte|geen plek om heen te gaan].",
    ),
    wensen=(
        "[Graag|Ik wil] [uitleg|weten] waarom de kostendelersnorm [hier|in mijn situatie] geldt.",
        "Kan er [een uitzondering|maatwerk] worden gemaakt [voor mijn situatie|omdat ik "
        "mantelzorger ben]?",
    ),
    levensgebeurtenissen=("kind wordt 21", "mantelzorg", "ouder trekt in"),
    regelgeving=("Participatiewet art. 22a", "Toeslagenwet art. 2", "Participatiewet art. 47a"),
    impact=(WET, BELEID, DIENST),
    slots={
        "huisgenoot": (
            "mijn zoon",
            "mijn dochter",
            "mijn moeder",
            "mijn broer",
            "mijn volwassen kind",
        ),
        "huisgenootzij": (
            "{haar} zoon",
            "{haar} dochter",
            "{haar} moeder",
            "een volwassen kind",
            "{haar} broer",
        ),
        # Which benefit the norm cuts depends on the organisation.
        "uitkering:UWV": ("de toeslag op mijn WW", "mijn Toeslagenwet-uitkering"),
        "uitkering:SVB": ("mijn AIO-aanvulling", "de aanvulling op mijn AOW"),
        "uitkering:GEM-UTR": ("mijn bijstand", "mijn bijstandsuitkering", "mijn uitkering"),
        "uitkering:GEM-RTD": ("mijn bijstand", "mijn bijstandsuitkering", "mijn uitkering"),
        "uitkeringzij:UWV": ("de toeslag op de WW", "de Toeslagenwet-uitkering"),
        "uitkeringzij:SVB": ("de AIO-aanvulling", "de aanvulling op de AOW"),
        "uitkeringzij:GEM-UTR": ("de bijstand", "de uitkering"),
        "uitkeringzij:GEM-RTD": ("de bijstand", "de uitkering"),
    },
    bedrag=(150, 450),
    leeftijd=(40, 75),
    herhaalkans=0.12,
    bereik=(0.3, 0.4, 0.3),
)

INKOMENSTERUGVAL = Probleem(
    id="inkomensterugval-schulden",
    omschrijving="Na een plotselinge inkomensterugval lopen toeslagvoorschotten, voorlopige "
    "aanslagen en aflossingen door op het oude inkomen; mensen raken in de schulden en belanden "
    "bij schuldhulp",
    organisaties={"DT": 0.3, "BD": 0.2, "DUO": 0.1, "GEM-UTR": 0.2, "GEM-RTD": 0.2},
    themas=("inkomen", "schulden", "toeslagen"),
    volume=230,
    trend=1.2,
    onderwerpen=(
        "inkomensterugval",
        "schulden na inkomensdaling",
        "voorschot op oud inkomen",
        "betalingsachterstanden bij meerdere instanties",
    ),
    ik=(
        "Door {oorzaak} is mijn inkomen [gehalveerd|ineens weggevallen|met honderden euro's per "
        "maand gedaald], maar {regeling} [gaat nog uit van|is nog gebaseerd op] mijn oude "
        "inkomen.",
        "Ik krijg [nu|straks] [van alle instanties tegelijk|van drie kanten tegelijk] rekeningen, "
        "terwijl [ik sinds {maand} bijna niets verdien|mijn inkomen sinds {maand} is ingestort].",
        "Sinds {oorzaak} [stapelen de rekeningen zich op|lopen de achterstanden op]: "
        "[Toeslagen|de Belastingdienst|DUO] wil geld terug en [de huur|de energie] staat open.",
        "Ik heb [bij elke instantie apart|overal los] [mijn nieuwe inkomen doorgegeven|moeten "
        "uitleggen dat mijn inkomen is gedaald], maar [niemand kijkt naar het geheel|iedereen "
        "rekent met andere cijfers].",
        "[Ik durf de post niet meer open te maken|De brieven blijven ongeopend liggen] sinds "
        "[{oorzaak}|mijn inkomen wegviel].",
    ),
    zij=(
        "Inkomen van {wie} [fors gedaald|weggevallen] door {oorzaakzij}; {regeling} [nog "
        "gebaseerd op|loopt door op] het oude inkomen.",
        "{Wie} heeft [betalingsachterstanden|schulden] bij [meerdere instanties|Toeslagen en de "
        "Belastingdienst] na {oorzaakzij}[ en is aangemeld bij schuldhulp|].",
        "{Wie} moet [bij iedere instantie afzonderlijk|overal apart] het lagere inkomen "
        "doorgeven en [raakt het overzicht kwijt|ziet door de bomen het bos niet meer].",
    ),
    wij=(
        "Na een [plotselinge|forse] inkomensdaling [lopen|blijven] [voorschotten, voorlopige "
        "aanslagen en aflossingen|verschillende regelingen] door op het oude inkomen, waardoor "
        "[schulden ontstaan|mensen in de problemen komen].",
        "[Instanties|De Belastingdienst, Toeslagen, DUO en de gemeente] verwerken een lager "
        "inkomen [elk op een eigen moment|niet gelijktijdig], waardoor huishoudens [tussen wal "
        "en schip vallen|maandenlang te veel betalen].",
        "Bij de schuldhulpverlening melden zich steeds vaker [zzp'ers en gescheiden ouders|"
        "huishoudens] met [schulden bij meerdere overheidsinstanties|overheidsschulden] na een "
        "inkomensterugval.",
    ),
    details=(
        "Het huidige inkomen is {inkomen} per maand.",
        "De openstaande bedragen lopen [samen|] op tot {bedrag}.",
        "[Het ontslag|De inkomensdaling] [was|begon] in {maand}.",
        "Er lopen [betalingsregelingen|afspraken] bij {n} instanties.",
    ),
    gevolgen=(
        *GELDZORGEN,
        *ONZEKERHEID[:1],
        "Een aanmelding bij de schuldhulpverlening [lijkt onvermijdelijk|is gedaan].",
    ),
    wensen=(
        "[Graag|Ik wil] dat [de instanties uitgaan|iedereen uitgaat] van mijn [huidige|echte] "
        "inkomen.",
        "Is er één aanspreekpunt voor al mijn schulden bij de overheid?",
    ),
    levensgebeurtenissen=("baan verliezen", "scheiden", "ziek worden", "bedrijf beëindigen"),
    regelgeving=("Awir art. 16", "Invorderingswet 1990 art. 26", "WSF 2000 art. 6.7", "Wgs art. 3"),
    impact=(BELEID, DIENST, WET_INDIRECT),
    slots={
        "oorzaak": (
            "mijn ontslag",
            "de scheiding",
            "mijn ziekte",
            "het wegvallen van mijn opdrachten",
            "het faillissement van mijn werkgever",
        ),
        "oorzaakzij": (
            "ontslag",
            "een scheiding",
            "ziekte",
            "het wegvallen van opdrachten",
            "faillissement van de werkgever",
        ),
        "regeling": (
            "het voorschot van de toeslagen",
            "de voorlopige aanslag",
            "de aflossing van de studieschuld",
            "de betalingsregeling",
        ),
        "regeling:DT": ("het voorschot van de toeslagen", "de huurtoeslag", "de zorgtoeslag"),
        "regeling:BD": ("de voorlopige aanslag", "de betalingsregeling"),
        "regeling:DUO": ("de aflossing van de studieschuld", "het maandbedrag van DUO"),
        "inkomen": ("€ 1.250", "€ 1.480", "nog geen 1.100 euro", "€ 1.700", "ongeveer 900 euro"),
    },
    bedrag=(200, 3500),
    leeftijd=(25, 65),
    herhaalkans=0.12,
    ondernemers=0.1,
    bereik=(0.35, 0.4, 0.25),
)

BETALINGSREGELING = Probleem(
    id="betalingsregeling-te-kort",
    omschrijving="De standaardbetalingsregeling (12 maanden bij de Belastingdienst, 24 bij "
    "Toeslagen) is te kort voor lage inkomens; regelingen worden niet op elkaar afgestemd",
    organisaties={"BD": 0.55, "DT": 0.45},
    themas=("betalingsregeling", "schulden", "terugvordering"),
    volume=150,
    onderwerpen=(
        "te korte betalingsregeling",
        "langere betalingsregeling",
        "te hoog maandbedrag betalingsregeling",
        "twee betalingsregelingen tegelijk",
    ),
    ik=(
        "Ik moet {bedrag} terugbetalen [binnen 12 maanden|in 24 termijnen], maar dat is [meer "
        "dan ik per maand overhoud|een maandbedrag dat ik niet kan missen].",
        "Een betalingsregeling van [maximaal|hooguit] [12|24] maanden is [veel te kort|niet "
        "haalbaar] [voor mijn inkomen|met mijn uitkering].",
        "Mijn verzoek om een [langere|ruimere] betalingsregeling [is|werd] afgewezen [zonder dat "
        "er naar mijn situatie werd gekeken|omdat het niet binnen de regels past].",
        "[Ik betaal|We betalen] nu [twee regelingen tegelijk|een regeling bij Toeslagen en een "
        "bij de Belastingdienst], en [samen is dat niet op te brengen|bij elkaar kan dat echt "
        "niet].",
    ),
    zij=(
        "{Wie} krijgt [alleen|slechts] een betalingsregeling van [12|24] maanden; maandbedrag "
        "[te hoog|niet haalbaar] [bij {haar} inkomen|met een uitkering].",
        "Verzoek van {wie} om [een langere looptijd|een lager maandbedrag] [afgewezen|niet "
        "toegestaan]; [verwezen naar|geadviseerd om te gaan naar] de schuldhulpverlening.",
        "{Wie} heeft [meerdere|twee] betalingsregelingen [bij de Belastingdienst en Toeslagen|bij "
        "verschillende onderdelen] die samen [te zwaar zijn|niet op te brengen zijn].",
    ),
    wij=(
        "De vaste termijn van twaalf maanden voor betalingsregelingen [zorgt ervoor|leidt ertoe] "
        "dat [mensen met een laag inkomen|kwetsbare huishoudens] [hun regeling niet volhouden|"
        "sneller uitvallen].",
        "Betalingsregelingen bij [Belastingdienst en Toeslagen|verschillende onderdelen] worden "
        "[niet op elkaar afgestemd|los van elkaar vastgesteld], waardoor het totale maandbedrag "
        "[te hoog wordt|de draagkracht overschrijdt].",
    ),
    details=(
        "Het [maandbedrag|termijnbedrag] komt uit op [ongeveer|] {termijn}.",
        "Het inkomen is [een bijstandsuitkering|een WW-uitkering|een klein pensioen|een parttime "
        "salaris].",
        "Het verzoek [is|werd] [op {datum}|in {maand}] ingediend.",
        "Er is [eerder|al] een regeling afgesproken die niet vol te houden was.",
    ),
    gevolgen=(*GELDZORGEN, "Bij één gemiste termijn vervalt de hele regeling."),
    wensen=(
        "[Graag|Ik wil] een [langere|ruimere] betalingsregeling [die past bij mijn inkomen|die ik "
        "kan volhouden].",
        "Kan [het maandbedrag|de termijn] [worden verlaagd|worden aangepast]?",
    ),
    levensgebeurtenissen=("schulden",),
    regelgeving=(
        "Invorderingswet 1990 art. 25",
        "Leidraad Invordering 2008 art. 25.1",
        "Awir art. 30",
    ),
    impact=(BELEID, DIENST),
    slots={"termijn": ("€ 245", "€ 310", "ruim 400 euro", "€ 180", "€ 520")},
    bedrag=(900, 9000),
    leeftijd=(22, 80),
    herhaalkans=0.16,
    bereik=(0.4, 0.35, 0.25),
)

PROBLEMEN = (KOSTENDELERSNORM, INKOMENSTERUGVAL, BETALINGSREGELING)
