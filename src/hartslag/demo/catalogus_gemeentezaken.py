# SPDX-License-Identifier: EUPL-1.2
"""Recurring problems at the municipalities: Wmo, public services and parking."""

from __future__ import annotations

from hartslag.demo.probleem import BELEID, DIENST, TIJDVERLIES, Probleem

WMO_LEVERTIJD = Probleem(
    id="wmo-hulpmiddel-levertijd",
    omschrijving="Toegekende Wmo-hulpmiddelen en woningaanpassingen worden maanden te laat "
    "geleverd; gemeente en leverancier verwijzen naar elkaar",
    organisaties={"GEM-UTR": 1.0},
    themas=("wmo", "zorg", "ouderen"),
    volume=80,
    onderwerpen=(
        "levertijd van de {hulpmiddel}",
        "niet geleverd Wmo-hulpmiddel",
        "wachttijd voor een {hulpmiddel}",
        "leverancier Wmo-hulpmiddelen",
    ),
    ik=(
        "De {hulpmiddel} is [in {maand}|al maanden geleden] toegekend, maar [is nog steeds niet "
        "geleverd|we wachten nog altijd op levering].",
        "[Mijn moeder kan|Mijn vader kan|Ik kan] [het huis niet uit|niet meer naar boven] zolang "
        "de {hulpmiddel} er niet is.",
        "De leverancier zegt dat de gemeente eerst moet tekenen en de gemeente [verwijst naar de "
        "leverancier|zegt dat de leverancier aan zet is].",
        "De [geleverde|nieuwe] {hulpmiddel} [past niet|is niet geschikt|is kapot geleverd] en op "
        "[een vervanging|een reparatie] [wacht ik nu weer {weken} weken|moet ik weer maanden "
        "wachten].",
    ),
    zij=(
        "{Wie} wacht [al {weken} weken|sinds {maand}] op levering van de {hulpmiddel}[ via de "
        "Wmo|].",
        "Leverancier en gemeente [verwijzen naar elkaar|wijzen naar elkaar]; {wie} [zit thuis "
        "vast|kan niet zelfstandig de deur uit].",
        "Geleverde {hulpmiddel} [past niet|is niet passend] bij de situatie van {wie}; "
        "[opnieuw wachten|nieuwe aanvraag nodig].",
    ),
    wij=(
        "De levertijd van Wmo-hulpmiddelen is opgelopen tot [ruim|meer dan] {weken} weken "
        "[sinds de nieuwe aanbesteding|door het nieuwe contract met de leverancier].",
        "Bij problemen met levering of reparatie verwijzen gemeente en leverancier [naar "
        "elkaar|inwoners van het kastje naar de muur].",
    ),
    details=(
        "De beschikking is van {datum}.",
        "De leverancier is [Medipoint|Welzorg|Kersten|een nieuwe leverancier].",
        "Het gaat om [een|de] {hulpmiddel}.",
        "Er is [al|inmiddels] {n} keer [gebeld|gemaild] met de leverancier.",
    ),
    gevolgen=(
        "[Zelfstandig wonen|Thuis blijven wonen] [komt|raakt] [in gevaar|onder druk].",
        "[De mantelzorger|De familie] [raakt overbelast|moet alles opvangen].",
        *TIJDVERLIES[2:],
    ),
    wensen=(
        "[Graag|Ik wil] [een leverdatum|weten wanneer de {hulpmiddel} komt].",
        "Kan de gemeente [de leverancier aanspreken|dit met spoed regelen]?",
    ),
    levensgebeurtenissen=("handicap", "ziek worden"),
    regelgeving=("Wmo 2015 art. 2.3.5",),
    impact=(DIENST,),
    slots={
        "hulpmiddel": (
            "scootmobiel",
            "traplift",
            "rolstoel",
            "douchestoel",
            "badkameraanpassing",
            "woningaanpassing",
        )
    },
    leeftijd=(55, 94),
    herhaalkans=0.2,
)

PASPOORT = Probleem(
    id="paspoort-afspraak-wachttijd",
    omschrijving="Geen afspraak beschikbaar om een paspoort of ID-kaart aan te vragen, vooral "
    "voor de zomervakantie; inwoners wijken uit naar de dure spoedprocedure",
    organisaties={"GEM-UTR": 0.55, "GEM-RTD": 0.45},
    themas=("burgerzaken", "afspraken"),
    volume=110,
    seizoen=(0.5, 0.6, 1.0, 1.6, 2.2, 2.3, 1.6, 0.8, 0.5, 0.5, 0.5, 0.5),
    onderwerpen=(
        "gebrek aan afspraken voor paspoorten",
        "wachttijd afspraak ID-kaart",
        "paspoort voor de vakantie",
        "afspraak Burgerzaken",
    ),
    ik=(
        "Ik [moet|wil] [mijn paspoort|een ID-kaart|een paspoort voor mijn kinderen] [verlengen|"
        "aanvragen] maar [de eerste afspraak is pas over {weken} weken|er is geen afspraak "
        "beschikbaar voor de vakantie].",
        "In de afsprakenmodule [staan|zijn] [helemaal geen|geen enkele] [tijden|plekken] vrij "
        "in de komende weken.",
        "We [gaan|vertrekken] [over {weken} weken|in de zomervakantie] op [vakantie|reis] en mijn "
        "paspoort [is verlopen|verloopt daarvoor], [hoe los ik dit op|wat nu]?",
        "De spoedprocedure is [veel duurder|bijna twee keer zo duur], [terwijl het aan de "
        "gemeente ligt dat er geen afspraken zijn|maar de wachttijd is niet mijn schuld].",
    ),
    zij=(
        "{Wie} krijgt geen afspraak voor [een paspoort|een ID-kaart] [binnen {weken} weken|voor "
        "de vakantie].",
        "{Wie} vertrekt [over {weken} weken|in de zomer] op reis; [paspoort verlopen|ID-bewijs "
        "verloopt]; [spoedprocedure uitgelegd|verwezen naar spoedaanvraag].",
        "Afsprakenmodule [toont|geeft] [voor {wie}|] [geen beschikbare tijden|geen plekken].",
    ),
    wij=(
        "[Door de piek in verlopen reisdocumenten|Door de drukte rond de zomervakantie] zijn er "
        "[nauwelijks|te weinig] afspraken beschikbaar voor paspoorten en ID-kaarten.",
        "[Inwoners|Veel inwoners] [wijken uit naar|kiezen voor] [de dure spoedprocedure|andere "
        "gemeenten] omdat [er geen afspraken zijn|de wachttijd te lang is].",
    ),
    details=(
        "Het [paspoort|ID-bewijs] verliep op {datum}.",
        "De eerste vrije afspraak is pas over {weken} weken.",
        "[De spoedtoeslag|Spoed] kost [ruim|ongeveer|bijna] [€ 50|vijftig euro|€ 55] extra[ "
        "per document|].",
        "Het gaat om [twee kinderpaspoorten|een paspoort|een ID-kaart en een paspoort].",
    ),
    gevolgen=(
        "De [vakantie|reis] [gaat mogelijk niet door|dreigt in het water te vallen].",
        "Er moeten [extra|onnodige] [kosten|spoedkosten] worden gemaakt.",
    ),
    wensen=(
        "[Graag|Ik wil] [een afspraak|eerder een afspraak] [binnen {weken} weken|voor de "
        "vakantie].",
        "Kan de gemeente [extra afspraken inplannen|ruimere openingstijden aanbieden]?",
    ),
    regelgeving=("Paspoortwet art. 26",),
    impact=(DIENST,),
    leeftijd=(18, 80),
    herhaalkans=0.1,
    bereik=(0.4, 0.3, 0.3),
)

MANTELZORGPARKEREN = Probleem(
    id="parkeervergunning-mantelzorg",
    omschrijving="Mantelzorgers komen niet in aanmerking voor een mantelzorgparkeervergunning "
    "omdat de criteria een formele indicatie vragen; hoge parkeerkosten en boetes",
    organisaties={"GEM-UTR": 1.0},
    themas=("parkeren", "mantelzorg"),
    volume=55,
    onderwerpen=(
        "afgewezen mantelzorgparkeervergunning",
        "parkeerkosten mantelzorger",
        "parkeervergunning voor mantelzorg",
        "parkeerboete tijdens mantelzorg",
    ),
    ik=(
        "Ik [zorg dagelijks|ben elke dag mantelzorger] voor mijn [moeder|vader|zus] in [de "
        "binnenstad|Lombok|Oudwijk|Zuilen], maar [mijn aanvraag voor een mantelzorgvergunning is "
        "afgewezen|ik krijg geen mantelzorgparkeervergunning].",
        "Voor de mantelzorgvergunning moet ik [een indicatie|een verklaring van de huisarts|"
        "bewijs van minimaal acht uur zorg per week] aanleveren die [ik niet kan krijgen|niet "
        "bestaat voor mijn situatie].",
        "Ik ben [elke maand|per maand] {bedrag} kwijt aan parkeren, alleen om voor mijn "
        "[moeder|vader] te zorgen.",
        "[Ik kreeg|Er kwam] een [parkeerboete|naheffingsaanslag] toen ik [even mijn vader "
        "hielp|mijn moeder naar binnen hielp].",
    ),
    zij=(
        "{Wie} is mantelzorger [in de binnenstad|in de wijk]; mantelzorgparkeervergunning "
        "[afgewezen|niet verleend].",
        "{Wie} kan [de gevraagde|geen] [indicatie|verklaring] overleggen voor de "
        "mantelzorgvergunning.",
        "{Wie} [ontving|kreeg] [een parkeerboete|naheffingen] tijdens het verlenen van mantelzorg.",
    ),
    wij=(
        "De [criteria|voorwaarden] voor de mantelzorgparkeervergunning [sluiten niet aan bij|"
        "passen slecht bij] [de praktijk|mantelzorgers zonder formele indicatie].",
        "[Mantelzorgers|Veel mantelzorgers] [haken af|stoppen] door de [hoge|oplopende] "
        "parkeerkosten in [de binnenstad|betaald-parkerengebieden].",
    ),
    details=(
        "De zorg is [ongeveer|zo'n|] {uren} uur per week.",
        "De parkeerkosten zijn [ongeveer|] {bedrag} per maand.",
        "De [aanvraag|afwijzing] is van {datum}.",
        "[De verzorgde|De hulpbehoevende] is [83|87|79|91] jaar.",
    ),
    gevolgen=(
        "[De mantelzorg|Het zorgen voor de ouder|Mantelzorg op deze manier|Het dagelijks "
        "langsgaan] wordt [steeds zwaarder|financieel niet vol te houden|onbetaalbaar|een te "
        "grote last].",
        "[Er wordt overwogen|Het plan is nu|Noodgedwongen wordt overwogen] om [minder vaak "
        "langs te gaan|de bezoeken te beperken|een deel van de zorg af te stoten|alleen nog in "
        "het weekend te komen].",
    ),
    wensen=(
        "[Graag|Ik wil] [een mantelzorgvergunning|een uitzondering].",
        "Kunnen de [voorwaarden|criteria] [versoepeld worden|worden aangepast]?",
    ),
    levensgebeurtenissen=("mantelzorg",),
    regelgeving=("Parkeerverordening art. 6",),
    impact=(BELEID, DIENST),
    slots={"uren": ("6", "10", "12", "15", "20")},
    bedrag=(40, 220),
    leeftijd=(35, 75),
    herhaalkans=0.08,
)

PROBLEMEN = (WMO_LEVERTIJD, PASPOORT, MANTELZORGPARKEREN)
