# SPDX-License-Identifier: EUPL-1.2
"""Recurring problems at the Belastingdienst around paying, including the planted spike
(a new payment letter whose QR code fails)."""

from __future__ import annotations

from hartslag.demo.probleem import (
    BELEID,
    DIENST,
    ONZEKERHEID,
    TIJDVERLIES,
    Probleem,
)

MRB_NA_VERKOOP = Probleem(
    id="mrb-na-verkoop-auto",
    omschrijving="Motorrijtuigenbelasting loopt door na verkoop, export of sloop van de auto",
    organisaties={"BD": 1.0},
    themas=("motorrijtuigenbelasting", "betalen"),
    volume=85,
    onderwerpen=(
        "motorrijtuigenbelasting na verkoop auto",
        "aanslag MRB na sloop",
        "doorlopende wegenbelasting",
        "MRB na overschrijving kenteken",
    ),
    ik=(
        "Ik heb mijn auto [op {datum}|in {maand}] [verkocht|laten slopen|ingeruild] maar [krijg "
        "nog steeds|ontvang nog altijd] [aanslagen|rekeningen] voor [de motorrijtuigenbelasting|"
        "wegenbelasting].",
        "[De auto|Ons oude busje|De auto van mijn overleden partner] is al [weken|maanden] "
        "[overgeschreven|gesloopt|geëxporteerd], toch wordt er nog [wegenbelasting|"
        "motorrijtuigenbelasting] [afgeschreven|geïnd].",
        "Bij [het postkantoor|de RDW|de garage] [is alles netjes geregeld|werd het kenteken "
        "overgezet], maar [de Belastingdienst heeft dat niet verwerkt|u weet daar blijkbaar "
        "niets van].",
        "Ik [krijg|heb] een [naheffing|dwangbevel|aanmaning] voor een auto die [niet meer van "
        "mij is|ik allang niet meer heb].",
    ),
    zij=(
        "{Wie} heeft {haar} auto [verkocht|laten slopen] [in {maand}|] [maar ontvangt nog steeds|"
        "en krijgt toch nog] [een aanslag|aanslagen] MRB.",
        "Vrijwaringsbewijs is [volgens {wie}|] gewoon aanwezig, toch loopt de "
        "motorrijtuigenbelasting door.",
        "{Wie} [ontvangt|kreeg] een naheffing MRB over een periode na de [verkoop|sloop] van het "
        "voertuig.",
    ),
    wij=(
        "[Meerdere|Diverse] [klanten|bellers] melden dat de MRB [doorloopt|niet stopt] na "
        "[verkoop|export|sloop], terwijl de RDW de [overschrijving|tenaamstelling] wel heeft "
        "verwerkt.",
        "De koppeling tussen [RDW-gegevens|het kentekenregister] en de inning van MRB [lijkt|is] "
        "[vertraagd|niet goed] [sinds {maand}|].",
    ),
    details=(
        "[Het kenteken|Kenteken] [is|werd] [op {datum}|in {maand}] [overgeschreven|afgemeld].",
        "Er [is|werd] {bedrag} [afgeschreven|geïncasseerd] [van de rekening|per automatische "
        "incasso].",
        "Het vrijwaringsbewijs [is in bezit|ligt hier klaar] en kan [worden opgestuurd|"
        "meegestuurd].",
        "Het betreft een [personenauto|bestelauto|motor] [uit 2009|uit 2012|uit 2016|].",
    ),
    gevolgen=(
        "Het [teveel|ten onrechte] betaalde [bedrag|geld] [is nog niet|wordt maar niet] "
        "teruggestort.",
        "[Er dreigt|Nu dreigt] [een deurwaarder|beslag|een dwangbevel met extra kosten].",
        *TIJDVERLIES[:1],
    ),
    wensen=(
        "[Graag|Ik wil] [het geld terug|het bedrag teruggestort] en [een bevestiging|zekerheid] "
        "dat de aanslag stopt.",
        "[Wilt u|Kunt u] de aanslag [intrekken|stopzetten][ per de datum van verkoop|]?",
    ),
    levensgebeurtenissen=("overlijden partner",),
    regelgeving=("Wet MRB 1994 art. 5",),
    impact=(DIENST,),
    bedrag=(45, 780),
    herhaalkans=0.16,
)

KOR_AANMELDING = Probleem(
    id="kor-aanmelding-ondernemer",
    omschrijving="Aanmelding voor de kleineondernemersregeling (KOR) blijft lang liggen; "
    "starters krijgen intussen btw-aangifteverzoeken en verzuimboetes",
    organisaties={"BD": 1.0},
    themas=("btw", "ondernemen"),
    volume=70,
    onderwerpen=(
        "aanmelding kleineondernemersregeling",
        "lange behandeltijd van de KOR-aanvraag",
        "btw-aangifte ondanks KOR",
        "verzuimboete btw voor starter",
    ),
    ik=(
        "Ik heb me [in {maand}|op {datum}|al weken geleden] aangemeld voor de "
        "[kleineondernemersregeling|KOR] maar [nog steeds geen|nooit een] [beschikking|"
        "bevestiging] ontvangen.",
        "[Als startende ondernemer|Als zzp'er|Met mijn kleine webshop] [moet ik toch|krijg ik "
        "ineens] btw-aangiftes [doen|toegestuurd], terwijl ik de KOR heb aangevraagd.",
        "[Ik kreeg|Er kwam] een verzuimboete omdat ik geen btw-aangifte deed, terwijl ik dacht "
        "dat ik [vrijgesteld was|onder de KOR viel].",
        "[Een opdrachtgever vraagt|Mijn klanten vragen] om een btw-id op [de|mijn] facturen, "
        "maar door de aanmelding voor de KOR [staat alles stil|hangt alles].",
    ),
    zij=(
        "{Wie} ([eenmanszaak|zzp'er|webshop]) heeft de KOR aangevraagd [in {maand}|] en [wacht "
        "nog op|heeft geen] [bevestiging|beschikking].",
        "{Wie} [ontvangt|kreeg] [een verzuimboete|aangifteverzoeken btw] ondanks een aanvraag "
        "voor de kleineondernemersregeling.",
        "Ondernemer begrijpt niet [of|wanneer] de KOR ingaat en welke gevolgen dat heeft voor "
        "[de facturen|de btw die {zij} al heeft gerekend].",
    ),
    wij=(
        "[Startende ondernemers|Veel zzp'ers] [krijgen|ontvangen] btw-aangifteverzoeken terwijl "
        "hun KOR-aanmelding nog [in behandeling|niet verwerkt] is.",
        "De [verwerkingstermijn|behandeltijd] van KOR-aanmeldingen is opgelopen tot [ruim|bijna] "
        "{weken} weken.",
    ),
    details=(
        "De [jaaromzet|omzet] blijft [ruim|] onder € 20.000.",
        "[De aanmelding|De aanvraag] ging [via het formulier op de website|online|per post].",
        "De [boete|verzuimboete] [bedraagt|is] {bedrag}.",
        "Het bedrijf [is|werd] [in {maand}|begin dit jaar|vorig jaar] ingeschreven bij de KvK.",
    ),
    gevolgen=(
        "Zonder [duidelijkheid|beschikking] [kunnen facturen niet goed worden opgemaakt|blijven "
        "facturen liggen].",
        "[Er worden opdrachten|Er wordt omzet] misgelopen.",
        *ONZEKERHEID[:1],
    ),
    wensen=(
        "[Graag|Ik wil] [snel|] [duidelijkheid|een bevestiging] of de KOR is ingegaan.",
        "[Kan de boete|Kunt u de boete] [vervallen|kwijtschelden] nu de aanmelding op tijd was?",
    ),
    levensgebeurtenissen=("bedrijf starten",),
    regelgeving=("Wet OB 1968 art. 25",),
    impact=(DIENST, BELEID),
    bedrag=(68, 1350),
    leeftijd=(21, 64),
    ondernemers=0.85,
)

QR_BETAALBRIEF = Probleem(
    id="qr-code-betaalbrief-werkt-niet",
    omschrijving="De nieuwe betaalbrief bij de voorlopige aanslag heeft een QR-code die naar een "
    "foutpagina leidt of een verkeerd betalingskenmerk invult; betalingen worden niet herkend",
    organisaties={"BD": 1.0},
    themas=("betalen", "brieven", "digitale-dienstverlening"),
    volume=150,
    onderwerpen=(
        "niet-werkende QR-code op de nieuwe betaalbrief",
        "niet herkende betaling via QR-code",
        "verkeerd betalingskenmerk na scannen QR-code",
        "nieuwe betaalbrief voorlopige aanslag",
    ),
    ik=(
        "[Ik heb|Wij hebben] de nieuwe brief [over de voorlopige aanslag|met de betaalopdracht] "
        "[gekregen|ontvangen] en de QR-code [geeft een foutmelding|leidt naar een foutpagina|"
        "doet helemaal niets].",
        "[Na het scannen van de QR-code|Toen ik de QR-code scande] stond er een [ander|verkeerd] "
        "[betalingskenmerk|bedrag] in mijn bank-app [dan op de brief|dan op de aanslag].",
        "Ik heb [netjes|gewoon] via de QR-code betaald, maar [nu krijg ik|vandaag kwam er] een "
        "[aanmaning|herinnering] [omdat de betaling niet is herkend|alsof ik niets heb betaald].",
        "[De nieuwe brief|Die nieuwe betaalbrief] [met die QR-code|] werkt [niet|gewoon niet] "
        "met de app van [mijn|de] bank.",
    ),
    zij=(
        "{Wie} heeft betaald via de QR-code op de nieuwe [betaalbrief|brief voorlopige aanslag]; "
        "de betaling [is niet gekoppeld|wordt niet herkend].",
        "QR-code op de brief [leidt|verwijst] [volgens {wie}|] naar [een foutpagina|een verkeerde "
        "betaalpagina|een pagina die niet bestaat].",
        "{Wie} zag na het scannen [een ander betalingskenmerk|een verkeerd bedrag] dan op de "
        "brief staat [en twijfelt of de betaling is aangekomen|en heeft daarom nog niet betaald].",
    ),
    wij=(
        "Sinds de [verzending|uitrol] van de nieuwe betaalbrieven [komen er|krijgen we] "
        "[veel|opvallend veel|tientallen] [meldingen|telefoontjes] over [de QR-code|niet "
        "herkende betalingen].",
        "In de nieuwe brieven [lijkt|is] het betalingskenmerk in de QR-code [niet gelijk aan|"
        "anders dan] het kenmerk op papier.",
    ),
    details=(
        "Het [bedrag|te betalen bedrag] op de brief is {bedrag}.",
        "Het betalingskenmerk op de brief [eindigt op|begint met] {kenmerk}.",
        "[Het gaat om|Het betreft] een betaling via de app van [de ING|de Rabobank|ABN AMRO|"
        "de SNS|bunq].",
        "De brief is [gedateerd|verstuurd op] {datum}.",
        "[Betaald op|Het geld is afgeschreven op] {datum}.",
    ),
    gevolgen=(
        "Er [komt|volgt] [een aanmaning|een herinnering met invorderingsrente], [terwijl er al "
        "betaald is|hoewel het geld al is overgemaakt].",
        "[Het is onduidelijk|Niemand weet] of de betaling goed terecht is gekomen.",
        "[Uit voorzorg|Om zeker te zijn] is het bedrag [nu|] twee keer overgemaakt.",
    ),
    wensen=(
        "[Graag|Ik wil graag] [bevestiging|zekerheid] dat de betaling [goed is verwerkt|is "
        "ontvangen].",
        "[Kunt u|Kunnen jullie] [de QR-code|die brieven] [aanpassen|repareren] [voordat nog meer "
        "mensen verkeerd betalen|]?",
    ),
    regelgeving=("Invorderingswet 1990 art. 9",),
    impact=(DIENST,),
    bedrag=(80, 2400),
    leeftijd=(24, 86),
    herhaalkans=0.2,
    bereik=(0.35, 0.3, 0.35),
    piek=True,
)

PROBLEMEN = (MRB_NA_VERKOOP, KOR_AANMELDING, QR_BETAALBRIEF)
