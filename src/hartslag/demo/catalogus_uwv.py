# SPDX-License-Identifier: EUPL-1.2
"""Recurring problems at UWV."""

from __future__ import annotations

from hartslag.demo.probleem import (
    BELEID,
    DIENST,
    GELDZORGEN,
    ONZEKERHEID,
    WET_INDIRECT,
    Probleem,
)

WW_TE_LAAT = Probleem(
    id="ww-uitkering-te-laat",
    omschrijving="De eerste betaling van de WW-uitkering komt weken later dan verwacht; "
    "mensen zitten tussen laatste loon en eerste uitkering zonder inkomen",
    organisaties={"UWV": 1.0},
    themas=("uitkering", "inkomen", "werkloosheid"),
    volume=170,
    onderwerpen=(
        "te late WW-uitkering",
        "uitblijven van de eerste WW-betaling",
        "lang lopende WW-aanvraag",
        "inkomensgat na ontslag",
    ),
    ik=(
        "Ik heb [op {datum}|in {maand}|al weken geleden] WW aangevraagd en [nog steeds geen "
        "cent ontvangen|nog niets op mijn rekening gezien].",
        "Het laatste loon kwam [eind {maand}|in {maand}] en [sindsdien heb ik niets|daarna zit "
        "ik zonder inkomen], want de WW [is nog niet uitbetaald|is er nog steeds niet].",
        "Volgens Mijn UWV [is mijn aanvraag|staat mijn uitkering] nog in behandeling, terwijl "
        "[de vaste lasten gewoon doorgaan|de huur wel betaald moet worden].",
        "Ik kreeg [de toezegging|te horen] dat de eerste betaling [binnen vier weken|na {weken} "
        "weken] zou komen, maar [die termijn is allang voorbij|ik wacht nu al {weken} weken].",
    ),
    zij=(
        "{Wie} heeft [in {maand}|op {datum}] WW aangevraagd; [eerste betaling|uitbetaling] [nog "
        "niet ontvangen|laat op zich wachten].",
        "{Wie} zit sinds het einde van het dienstverband zonder inkomen; WW-aanvraag [nog in "
        "behandeling|wacht op gegevens van de werkgever].",
        "WW-aanvraag van {wie} [ligt stil|is niet afgerond] [omdat de werkgever de loongegevens "
        "niet heeft aangeleverd|vanwege ontbrekende gegevens].",
    ),
    wij=(
        "De [doorlooptijd|behandeltijd] van WW-aanvragen is opgelopen tot [ruim|gemiddeld] "
        "{weken} weken.",
        "[Steeds meer|Veel] aanvragers zitten tussen hun laatste loon en de eerste WW-betaling "
        "zonder inkomen.",
    ),
    details=(
        "Het dienstverband [eindigde|liep af] op {datum}.",
        "De verwachte uitkering is [ongeveer|circa|] {bedrag} per maand.",
        "Er [is|werd] [geen|nog geen] voorschot [aangeboden|verstrekt].",
        "De [vorige|oude] werkgever [heeft de loongegevens nog niet aangeleverd|reageert niet "
        "op verzoeken|is failliet en reageert niet|stuurt de gegevens maar niet door].",
    ),
    gevolgen=(*GELDZORGEN, *ONZEKERHEID[:1]),
    wensen=(
        "[Graag|Ik wil] een voorschot op de uitkering.",
        "Wanneer [kan ik de eerste betaling verwachten|wordt de WW eindelijk uitbetaald]?",
    ),
    levensgebeurtenissen=("baan verliezen",),
    regelgeving=("WW art. 15", "Awb art. 4:95"),
    impact=(DIENST, BELEID),
    bedrag=(900, 2600),
    leeftijd=(19, 66),
    herhaalkans=0.28,
)

INKOMSTENOPGAVE = Probleem(
    id="inkomstenopgave-ww",
    omschrijving="Inkomsten naast de WW maandelijks doorgeven is ingewikkeld; fouten leiden tot "
    "verrekeningen en terugvorderingen (verloonde versus gewerkte uren, loonperiodes)",
    organisaties={"UWV": 1.0},
    themas=("uitkering", "werk", "terugvordering"),
    volume=130,
    onderwerpen=(
        "inkomsten doorgeven naast WW",
        "inkomstenopgave WW",
        "verrekening WW met loon",
        "korting op WW door bijbaan",
    ),
    ik=(
        "Ik werk [een paar uur|parttime|via een uitzendbureau] naast mijn WW en [snap|begrijp] "
        "niet welk bedrag ik [moet opgeven|in het formulier moet invullen].",
        "De inkomstenopgave in Mijn UWV [vraagt naar|wil] [bruto inkomsten|uren] per maand, "
        "[terwijl ik per vier weken word betaald|maar mijn loonstrook loopt anders].",
        "Ik heb [per ongeluk|een keer] [de gewerkte uren|het nettobedrag] ingevuld en nu [wordt "
        "er {bedrag} verrekend|krijg ik een terugvordering van {bedrag}].",
        "Elke maand is mijn uitkering anders en niemand kan [mij|] uitleggen hoe de korting "
        "[op de WW|] [werkt|berekend wordt].",
    ),
    zij=(
        "{Wie} heeft inkomsten naast de WW en [weet|begrijpt] niet welk bedrag {zij} moet opgeven.",
        "{Wie} heeft [gewerkte uren|netto in plaats van bruto] opgegeven; [verrekening|"
        "terugvordering] van {bedrag} volgt.",
        "Loonperiodes [van de werkgever|van het uitzendbureau] [sluiten niet aan op|passen niet "
        "bij] de maandelijkse inkomstenopgave; {wie} [raakt het overzicht kwijt|snapt de korting "
        "niet].",
    ),
    wij=(
        "[Veel|Steeds meer] WW-gerechtigden met [flexwerk|wisselende uren] [maken fouten|lopen "
        "vast] bij de maandelijkse inkomstenopgave.",
        "Het verschil tussen [verloonde en gewerkte uren|bruto en netto|de loonperiode en de "
        "kalendermaand] [leidt tot|zorgt voor] [veel|onnodige] [terugvorderingen|herstelacties].",
    ),
    details=(
        "Het gaat om [ongeveer|zo'n|] {uren} uur per week.",
        "De verrekening [over {maand}|] [bedraagt|is] {bedrag}.",
        "[De werkgever betaalt|Het uitzendbureau betaalt] [per vier weken|per week|elke vier "
        "weken|wekelijks] uit.",
        "De opgave [is|werd] [op {datum}|te laat] ingevuld.",
    ),
    gevolgen=(
        "Er komt [een|weer een] terugvordering [die moeilijk te betalen is|bovenop de lage "
        "uitkering].",
        "[Werken naast de uitkering|Parttime werken] [voelt als een straf|lijkt niet lonend].",
        *ONZEKERHEID[1:2],
    ),
    wensen=(
        "[Graag|Ik wil] [een voorbeeld van hoe ik de inkomsten moet invullen|uitleg over hoe de "
        "korting werkt].",
        "Kan het UWV de loongegevens niet [zelf|automatisch] [ophalen|overnemen]?",
    ),
    levensgebeurtenissen=("nieuwe baan",),
    regelgeving=("WW art. 35a", "WW art. 36"),
    impact=(DIENST, WET_INDIRECT),
    slots={"uren": ("8", "12", "16", "20", "24")},
    bedrag=(120, 2400),
    leeftijd=(20, 66),
    herhaalkans=0.14,
)

WIA_WACHTTIJD = Probleem(
    id="wia-beoordeling-wachttijd",
    omschrijving="Lange wachttijden voor de sociaal-medische beoordeling (WIA-keuring); mensen "
    "zitten na twee jaar ziekte maandenlang zonder beslissing",
    organisaties={"UWV": 1.0},
    themas=("arbeidsongeschiktheid", "uitkering", "gezondheid"),
    volume=105,
    trend=1.3,
    onderwerpen=(
        "wachttijd WIA-keuring",
        "uitgestelde sociaal-medische beoordeling",
        "verzette keuring bij de verzekeringsarts",
        "uitblijvende WIA-beslissing",
    ),
    ik=(
        "Ik ben [al|bijna] twee jaar ziek en [wacht al {weken} weken op|heb nog steeds geen "
        "datum voor] [mijn WIA-keuring|de keuring bij de verzekeringsarts].",
        "[Mijn werkgever|De werkgever] is gestopt met het loon, maar het UWV heeft [nog steeds "
        "niet beslist|nog geen beoordeling gedaan] over mijn WIA.",
        "[De afspraak met de verzekeringsarts|Mijn keuring] is [al {n} keer|opnieuw] [verzet|"
        "afgezegd|uitgesteld].",
        "Ik kreeg een [voorschot|voorlopige uitkering], maar ik weet niet [wanneer de beoordeling "
        "plaatsvindt|of ik dat later moet terugbetalen].",
    ),
    zij=(
        "{Wie} wacht [al {weken} weken|al maanden] op de sociaal-medische beoordeling voor de WIA.",
        "Keuring van {wie} [is verzet|werd afgezegd] [wegens capaciteitsgebrek|vanwege een tekort "
        "aan verzekeringsartsen]; nieuwe datum [onbekend|niet gepland].",
        "{Wie} heeft [een voorschot|een voorlopige uitkering] maar is bang voor een "
        "terugvordering [als de beoordeling anders uitvalt|achteraf].",
    ),
    wij=(
        "Door [het tekort aan verzekeringsartsen|capaciteitsproblemen bij SMZ] [lopen de "
        "wachttijden voor WIA-keuringen op|zijn de achterstanden in WIA-beoordelingen groot].",
        "[Werkgevers|Arbodiensten] melden dat werknemers na 104 weken ziekte [maandenlang|lang] "
        "[in onzekerheid zitten|zonder beslissing blijven].",
    ),
    details=(
        "De eerste ziektedag was [in {vorigjaar}|ruim twee jaar geleden].",
        "De WIA-aanvraag [is|werd] [op {datum}|in {maand}] ingediend.",
        "Het voorschot is [ongeveer|] {bedrag} per maand.",
        "Er loopt [ook|] een [re-integratietraject|tweedespoortraject].",
    ),
    gevolgen=(
        *ONZEKERHEID,
        "[Herstel|Re-integratie] [komt|raakt] [hierdoor|door de onzekerheid] in het gedrang.",
        *GELDZORGEN[2:3],
    ),
    wensen=(
        "[Graag|Ik wil] [een datum voor de keuring|duidelijkheid over wanneer de keuring is].",
        "Kan de [beoordeling|keuring] [versneld worden|met voorrang worden ingepland]?",
    ),
    levensgebeurtenissen=("langdurig ziek",),
    regelgeving=("Wet WIA art. 64", "Wet WIA art. 23"),
    impact=(DIENST, BELEID),
    bedrag=(800, 2200),
    leeftijd=(28, 66),
    herhaalkans=0.2,
    bereik=(0.4, 0.3, 0.3),
)

PROBLEMEN = (WW_TE_LAAT, INKOMSTENOPGAVE, WIA_WACHTTIJD)
