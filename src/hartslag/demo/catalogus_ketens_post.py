# SPDX-License-Identifier: EUPL-1.2
"""Problems with what gets lost between organisations: objections and address changes."""

from __future__ import annotations

from hartslag.demo.probleem import (
    DIENST,
    ONZEKERHEID,
    TIJDVERLIES,
    WET_INDIRECT,
    Probleem,
)

BEZWAAR_NIET_ONTVANGEN = Probleem(
    id="bezwaar-niet-ontvangen",
    omschrijving="Ingediende bezwaren worden niet geregistreerd of bevestigd en beslistermijnen "
    "worden overschreden, terwijl de invordering doorloopt",
    organisaties={"BD": 0.3, "DT": 0.3, "UWV": 0.25, "CAK": 0.15},
    themas=("bezwaar", "rechtsbescherming"),
    volume=170,
    onderwerpen=(
        "zoekgeraakt bezwaar",
        "geen ontvangstbevestiging bezwaar",
        "verstreken beslistermijn bezwaar",
        "kwijtgeraakt bezwaarschrift",
    ),
    ik=(
        "Ik heb [op {datum}|in {maand}|al maanden geleden] bezwaar gemaakt [tegen {besluit}|], "
        "maar [nooit een ontvangstbevestiging gekregen|er is nooit gereageerd].",
        "Volgens [de telefoon|uw medewerker] [is mijn bezwaar niet bekend|staat mijn "
        "bezwaarschrift nergens in het systeem], terwijl ik het [aangetekend|via het "
        "webformulier] heb ingediend.",
        "De [beslistermijn|wettelijke termijn] voor mijn bezwaar is [allang|ruim] [verstreken|"
        "voorbij] en ik [heb nog steeds geen beslissing|hoor helemaal niets].",
        "Mijn bezwaar [tegen {besluit}|] loopt nog, maar [de invordering gaat gewoon door|er "
        "wordt al geïnd].",
    ),
    zij=(
        "{Wie} [heeft|stelt] [op {datum}|in {maand}] bezwaar [gemaakt|ingediend te hebben] "
        "[tegen {besluit}|]; bezwaar [niet in systeem|niet geregistreerd].",
        "{Wie} heeft geen ontvangstbevestiging gekregen van het bezwaar[ van {datum}|].",
        "Beslistermijn bezwaar van {wie} [verstreken|overschreden]; {zij} [overweegt|wil] [een "
        "ingebrekestelling te sturen|de rechter in te schakelen].",
    ),
    wij=(
        "Bezwaarschriften [die per post binnenkomen|die via het webformulier worden ingediend] "
        "raken [soms|regelmatig] [kwijt|ongeregistreerd], waardoor bezwaarmakers niets horen.",
        "[Een achterstand|De achterstand] in de bezwaarbehandeling [zorgt ervoor|maakt] dat "
        "beslistermijnen [vaak|stelselmatig] worden overschreden.",
    ),
    details=(
        "Het bezwaar [is|werd] [aangetekend|per post|digitaal] verstuurd[ op {datum}|].",
        "Er is een [verzendbewijs|bewijs van verzending|kopie van het bezwaar].",
        "Het gaat om een bedrag van {bedrag}.",
        "De beslistermijn [was|is] [zes|twaalf] weken.",
    ),
    gevolgen=(
        *ONZEKERHEID[:2],
        "[Ondertussen|Intussen] [loopt|gaat] de [invordering|inning] gewoon door.",
        *TIJDVERLIES[:1],
    ),
    wensen=(
        "[Graag|Ik wil] [een ontvangstbevestiging|bevestiging dat mijn bezwaar in behandeling is].",
        "[Wanneer|Op welke termijn] [krijg ik|komt er] een beslissing op mijn bezwaar?",
    ),
    regelgeving=("Awb art. 6:14", "Awb art. 7:10"),
    impact=(DIENST, WET_INDIRECT),
    slots={
        "besluit:BD": ("de aanslag", "de boete", "de naheffing"),
        "besluit:DT": ("de terugvordering", "de beschikking", "de herziening van mijn toeslag"),
        "besluit:UWV": ("de beslissing over mijn uitkering", "de terugvordering", "de korting"),
        "besluit:CAK": ("het besluit over de eigen bijdrage", "de beschikking"),
    },
    bedrag=(100, 5000),
    leeftijd=(21, 85),
    herhaalkans=0.3,
)

VERHUIZING = Probleem(
    id="verhuizing-niet-verwerkt",
    omschrijving="Een verhuizing die in de BRP staat wordt niet of laat overgenomen; post gaat "
    "naar het oude adres en betalingen worden stopgezet",
    organisaties={"SVB": 0.25, "DUO": 0.25, "DT": 0.25, "GEM-UTR": 0.25},
    themas=("verhuizen", "adresgegevens"),
    volume=150,
    onderwerpen=(
        "niet verwerkte verhuizing",
        "post naar oud adres",
        "niet overgenomen adreswijziging",
        "stopgezette betaling na verhuizing",
    ),
    ik=(
        "Ik ben [in {maand}|op {datum}|al weken geleden] verhuisd en [heb dat bij de gemeente "
        "doorgegeven|sta op mijn nieuwe adres ingeschreven], maar [de post komt nog steeds op "
        "het oude adres|{org} stuurt alles naar mijn oude adres].",
        "Mijn nieuwe adres is [niet|nog niet] [verwerkt|overgenomen], [terwijl de gemeente het "
        "wel heeft|hoewel het in de BRP klopt].",
        "Na mijn verhuizing [is mijn {regeling} stopgezet|kreeg ik geen {regeling} meer], "
        "[omdat er een brief naar het oude adres ging|want ik heb een brief niet ontvangen].",
        "In {systeem} [staat|zie ik] nog mijn oude adres en [ik kan het niet wijzigen|wijzigen "
        "lukt niet].",
    ),
    zij=(
        "{Wie} is [in {maand}|onlangs] verhuisd; [nieuw adres|adreswijziging] [niet verwerkt|"
        "niet overgenomen uit de BRP].",
        "Post ging naar het oude adres van {wie}; {regeling} [stopgezet|gestopt] [na een "
        "onbeantwoorde brief|door een gemiste brief].",
        "{Wie} ziet in {systeem} nog het oude adres staan en kan dit niet [zelf|] aanpassen.",
    ),
    wij=(
        "Adreswijzigingen uit de BRP worden [vertraagd|met weken vertraging|niet altijd] "
        "overgenomen in [onze systemen|de systemen van uitvoeringsorganisaties].",
        "Bij verhuizingen gaan [regelmatig|vaak] dingen mis met post en betalingen, [terwijl|"
        "hoewel] [mensen|burgers] het adres netjes bij de gemeente hebben gewijzigd.",
    ),
    details=(
        "De verhuisdatum [is|was] {datum}.",
        "Het nieuwe adres staat [al|sinds {maand}|al weken|gewoon] in de BRP[ bij de gemeente|].",
        "Er [zijn|werden] [al|] {n} brieven naar het oude adres gestuurd.",
        "[De nieuwe bewoners sturen|De nieuwe huurders sturen|De vorige huisbaas "
        "stuurt|Niemand op het oude adres stuurt] de post [niet|niet meer] door.",
    ),
    gevolgen=(
        "De betaling is [gestopt|stilgezet] [tot het adres klopt|].",
        "[Belangrijke post|Brieven met termijnen] kwamen niet aan, met [gemiste termijnen|een "
        "boete] als gevolg.",
        *TIJDVERLIES[:1],
    ),
    wensen=(
        "[Graag|Ik wil] dat het nieuwe adres [direct|zo snel mogelijk] wordt aangepast.",
        "[Kunt u|Wilt u] de [betaling|{regeling}] [hervatten|weer aanzetten]?",
    ),
    levensgebeurtenissen=("verhuizen",),
    regelgeving=("Wet BRP art. 2.38",),
    impact=(DIENST,),
    slots={
        "regeling:SVB": ("kinderbijslag", "AOW"),
        "regeling:DUO": ("studiefinanciering", "aanvullende beurs"),
        "regeling:DT": ("huurtoeslag", "zorgtoeslag", "kinderopvangtoeslag"),
        "regeling:GEM-UTR": ("bijstand", "individuele inkomenstoeslag"),
    },
    leeftijd=(19, 85),
    herhaalkans=0.18,
)

PROBLEMEN = (BEZWAAR_NIET_ONTVANGEN, VERHUIZING)
