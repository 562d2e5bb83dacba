# SPDX-License-Identifier: EUPL-1.2
"""Recurring problems at the municipalities: income support and debt help."""

from __future__ import annotations

from hartslag.demo.probleem import (
    BELEID,
    DIENST,
    GELDZORGEN,
    ONZEKERHEID,
    Probleem,
)

BIJSTAND = Probleem(
    id="bijstand-aanvraag-doorlooptijd",
    omschrijving="Bijstandsaanvragen duren langer dan acht weken; aanvragers moeten steeds "
    "opnieuw stukken aanleveren en krijgen geen voorschot",
    organisaties={"GEM-UTR": 0.5, "GEM-RTD": 0.5},
    themas=("bijstand", "inkomen"),
    volume=150,
    onderwerpen=(
        "doorlooptijd bijstandsaanvraag",
        "uitblijvend besluit op bijstandsaanvraag",
        "voorschot bijstand",
        "steeds nieuwe stukken voor bijstand",
    ),
    ik=(
        "Ik heb [op {datum}|in {maand}|al weken geleden] bijstand aangevraagd en [nog steeds geen "
        "besluit|nog steeds niets gehoord].",
        "[De gemeente|Werk en Inkomen] vraagt telkens [nieuwe papieren|bankafschriften|"
        "bewijsstukken] op, terwijl ik alles al [heb gestuurd|heb ingeleverd].",
        "Ik zit [al {weken} weken|sinds {maand}] zonder inkomen en mijn aanvraag [ligt nog "
        "steeds op de plank|wordt niet behandeld].",
        "Ik vroeg om een voorschot op de bijstand, maar [dat werd geweigerd|daar kreeg ik geen "
        "antwoord op].",
    ),
    zij=(
        "{Wie} deed [in {maand}|op {datum}] een bijstandsaanvraag; nog geen [besluit|beslissing]"
        "[ na {weken} weken|].",
        "{Wie} moet [opnieuw|nogmaals|voor de zoveelste keer] [bewijsstukken|bankafschriften] "
        "aanleveren voor de bijstandsaanvraag.",
        "{Wie} heeft geen inkomen sinds {maand}; voorschot bijstand [niet verstrekt|geweigerd].",
    ),
    wij=(
        "De [wachttijd|doorlooptijd] voor bijstandsaanvragen [overschrijdt|gaat] [regelmatig|"
        "vaak] [de wettelijke acht weken|over de termijn van acht weken].",
        "Aanvragers moeten [dezelfde stukken|bewijsstukken] [meerdere keren|telkens opnieuw] "
        "aanleveren [bij wisseling van klantmanager|door de werkwijze].",
    ),
    details=(
        "De aanvraag [ging|is gedaan] [online|via het aanvraagportaal|aan de balie|met hulp "
        "van het buurtteam].",
        "Het laatste inkomen was [in {maand}|een WW-uitkering die in {maand} stopte].",
        "De norm [voor een alleenstaande|] is [ongeveer|] {bedrag} per maand.",
        "Er [zijn|werden] [al|] {n} keer aanvullende stukken opgevraagd.",
    ),
    gevolgen=(*GELDZORGEN, "Noodgedwongen wordt er gebruikgemaakt van de voedselbank."),
    wensen=(
        "[Graag|Ik wil] [een voorschot|snel een besluit].",
        "[Kunt u|Kan de gemeente] laten weten welke stukken [nog ontbreken|er nog nodig zijn]?",
    ),
    levensgebeurtenissen=("baan verliezen", "scheiden"),
    regelgeving=("Participatiewet art. 44", "Participatiewet art. 52"),
    impact=(DIENST, BELEID),
    bedrag=(800, 1400),
    leeftijd=(21, 66),
    herhaalkans=0.25,
)

SCHULDHULP = Probleem(
    id="schuldhulp-wachtlijst",
    omschrijving="Lange wachttijd voor schuldhulpverlening (Kredietbank); schulden lopen op "
    "tijdens het wachten en het dossier is zonder hulp niet rond te krijgen",
    organisaties={"GEM-RTD": 1.0},
    themas=("schulden", "schuldhulpverlening"),
    volume=100,
    onderwerpen=(
        "wachtlijst schuldhulpverlening",
        "wachten op intake Kredietbank",
        "oplopende schulden tijdens de wachttijd",
        "aanmelding schuldhulp",
    ),
    ik=(
        "Ik heb me [in {maand}|al weken geleden] aangemeld voor schuldhulp maar [sta nog steeds "
        "op de wachtlijst|heb nog geen intakegesprek gehad].",
        "De schulden lopen intussen [op|verder op] en [de deurwaarder|een incassobureau] "
        "[staat|stond] [al|] voor de deur.",
        "Van de Kredietbank [hoor ik|kreeg ik] [niets|geen reactie] [sinds mijn aanmelding|na "
        "het intakegesprek].",
        "Ik moet [een enorme stapel|allerlei] papieren [aanleveren|verzamelen] voordat ik "
        "[geholpen kan worden|mag beginnen], en dat lukt mij [niet alleen|gewoon niet].",
    ),
    zij=(
        "{Wie} staat [sinds {maand}|al {weken} weken] op de wachtlijst voor schuldhulpverlening.",
        "Schulden van {wie} [lopen op|nemen toe] tijdens de wachttijd; [beslag op loon|"
        "deurwaarder] [aangekondigd|gestart].",
        "{Wie} krijgt het dossier voor de schuldhulp niet rond [zonder hulp|door de hoeveelheid "
        "stukken].",
    ),
    wij=(
        "De wachttijd [voor een eerste gesprek|tot de intake] bij [de schuldhulpverlening|de "
        "Kredietbank] is [langer dan de wettelijke termijn|vaak meer dan vier weken].",
        "Terwijl mensen wachten, [groeien|stijgen] de schulden [door incassokosten|door rente en "
        "kosten], waardoor het traject later [zwaarder|moeilijker] wordt.",
    ),
    details=(
        "De totale schuld is [ongeveer|naar schatting|] {bedrag}.",
        "Er zijn [ongeveer|] {n} schuldeisers.",
        "De aanmelding was op {datum}.",
        "Er loopt [beslag op|een loonbeslag op] [het loon|de uitkering].",
    ),
    gevolgen=(*GELDZORGEN[2:], *ONZEKERHEID),
    wensen=(
        "[Graag|Ik wil] [zo snel mogelijk|snel] een intakegesprek.",
        "Kan [iemand|een vrijwilliger] helpen bij het verzamelen van de papieren?",
    ),
    levensgebeurtenissen=("schulden", "baan verliezen", "scheiden"),
    regelgeving=("Wgs art. 4", "Wgs art. 5"),
    impact=(DIENST, BELEID),
    bedrag=(1500, 40000),
    leeftijd=(20, 70),
    herhaalkans=0.2,
    bereik=(0.5, 0.3, 0.2),
)

BIJZONDERE_BIJSTAND = Probleem(
    id="bijzondere-bijstand-bewijsstukken",
    omschrijving="Voor bijzondere bijstand worden onevenredig veel bewijsstukken gevraagd; "
    "aanvragen worden buiten behandeling gesteld om één ontbrekend document",
    organisaties={"GEM-RTD": 1.0},
    themas=("bijzondere-bijstand", "inkomen"),
    volume=75,
    onderwerpen=(
        "bewijsstukken bijzondere bijstand",
        "afgewezen aanvraag bijzondere bijstand",
        "bijzondere bijstand buiten behandeling",
        "kwijtgeraakte documenten in het aanvraagportaal",
    ),
    ik=(
        "Ik vroeg bijzondere bijstand aan voor {kosten} en [moet nu|moest] [drie maanden "
        "bankafschriften|alle bankafschriften van het afgelopen halfjaar] [inleveren|opsturen].",
        "De aanvraag voor {kosten} werd afgewezen omdat [een bewijsstuk ontbrak|ik een offerte "
        "te laat had gestuurd].",
        "Voor {bedrag} [aan|voor] {kosten} moet ik [meer papieren aanleveren|een hele map aan "
        "stukken aanleveren] [dan het waard is|dan redelijk is].",
        "Ik had alles geüpload, maar het aanvraagportaal [raakte mijn documenten kwijt|is de "
        "bijlagen kwijtgeraakt] en nu [moet ik opnieuw beginnen|is de termijn verlopen].",
    ),
    zij=(
        "{Wie} vraagt bijzondere bijstand voor {kosten}; moet [veel|uitgebreide] bewijsstukken "
        "aanleveren.",
        "Aanvraag bijzondere bijstand van {wie} [afgewezen|buiten behandeling gesteld] wegens "
        "[ontbrekende|niet tijdig aangeleverde] stukken.",
        "{Wie} had [bijlagen|documenten] geüpload die [niet zijn aangekomen|verdwenen zijn] in "
        "het aanvraagportaal.",
    ),
    wij=(
        "De gevraagde bewijsstukken bij bijzondere bijstand staan [vaak|regelmatig] niet in "
        "verhouding tot [het bedrag|de gevraagde kosten].",
        "[Aanvragen|Veel aanvragen] worden buiten behandeling gesteld [door|wegens] [één "
        "ontbrekend document|kleine vormfouten].",
    ),
    details=(
        "Het gaat om {bedrag}.",
        "De aanvraag [is|werd] [op {datum}|in {maand}] ingediend.",
        "Er [werden|zijn] [bankafschriften van drie maanden|een offerte en een "
        "factuur|loonstroken en bankafschriften|twee offertes] [gevraagd|opgevraagd].",
        "De hersteltermijn was {dagen} dagen.",
    ),
    gevolgen=(
        *GELDZORGEN[:1],
        "De kosten worden [nu|dan maar] [geleend|op afbetaling gekocht].",
        "[Er wordt afgezien van een nieuwe aanvraag|Een nieuwe aanvraag komt er niet|Opnieuw "
        "aanvragen voelt zinloos|Er wordt maar geen nieuwe aanvraag gedaan].",
    ),
    wensen=(
        "[Graag|Ik wil] [een eenvoudiger aanvraag|minder papierwerk] voor [kleine bedragen|dit "
        "soort kosten].",
        "Kan de aanvraag [alsnog|opnieuw] in behandeling worden genomen?",
    ),
    levensgebeurtenissen=("schulden", "ziek worden"),
    regelgeving=("Participatiewet art. 35", "Participatiewet art. 17"),
    impact=(DIENST, BELEID),
    slots={
        "kosten": (
            "een nieuwe wasmachine",
            "de kosten van bewindvoering",
            "een bril",
            "tandartskosten",
            "een kinderbed",
            "reiskosten naar het ziekenhuis",
        )
    },
    bedrag=(80, 1500),
    leeftijd=(21, 80),
    herhaalkans=0.14,
)

PROBLEMEN = (BIJSTAND, SCHULDHULP, BIJZONDERE_BIJSTAND)
