# SPDX-License-Identifier: EUPL-1.2
"""Sentence templates per writing style. `{slot}` marks a value; see maak_corpus.SLOTS.

Slots starting with p1/p2/p3 belong to a person (p1 the citizen, p2 an employee, p3 a
relative or neighbour). The detector never sees these markers: texts are rendered first.
"""

from __future__ import annotations

ONDERWERPEN = [
    "huurtoeslag", "de terugvordering van kinderopvangtoeslag", "een betalingsregeling",
    "de WW-uitkering", "de studiefinanciering bij DUO", "bijzondere bijstand",
    "de aanslag inkomstenbelasting", "de zorgtoeslag", "het kindgebonden budget",
    "een verhuizing", "de AOW", "een boete van het CJIB", "de eigen bijdrage bij het CAK",
    "de Wajong-uitkering", "een herstelbetaling", "de kinderbijslag van de SVB",
    "schuldhulpverlening", "een beslag op het loon", "de WIA-keuring", "de bijstand",
]  # fmt: skip
ORGANISATIES = [
    "de Belastingdienst", "Dienst Toeslagen", "het UWV", "DUO", "de SVB", "het CAK",
    "het CJIB", "de gemeente Utrecht", "de gemeente Zwolle", "het Juridisch Loket",
    "de Nationale ombudsman", "de Centrale Raad van Beroep", "het Nibud", "de IND",
]  # fmt: skip
TEAMS = ["Toeslagen", "Invordering", "Klantcontact", "Bijzondere Bijstand", "Werk en Inkomen",
         "Bezwaar en Beroep", "Schuldhulp", "Handhaving"]  # fmt: skip
ARTIKELEN = [
    "art. 18 lid 4 Participatiewet", "artikel 7:2 Awb", "art. 4:84 Awb", "artikel 6:162 BW",
    "artikel 3:4 Awb", "art. 26 Awir", "artikel 7:10 lid 1 Awb", "art. 2.10 Wet IB 2001",
    "artikel 31 Participatiewet", "art. 8 EVRM", "artikel 1019 BW",
]  # fmt: skip
VERWIJZINGEN = [
    "ECLI:NL:CRVB:2021:1234", "Kamerstukken II 2022/23, 31 066, nr. 1164",
    "uitspraak AWB 22/4567", "Stb. 2019, 312", "ECLI:NL:RVS:2023:2891",
]  # fmt: skip

# Sentences that contain numbers, dates and words that must NOT be flagged.
VALKUILEN = [
    "Het gaat om een bedrag van {bedrag}.", "Er staat nog {bedrag} open sinds {datum}.",
    "Volgens {artikel} had er eerst een hoorzitting moeten zijn.",
    "Zie ook {verwijzing}.", "Ze haalt haar brood altijd bij de bakker op de hoek.",
    "Hij wil het zwart op wit hebben.", "Zijn vader was visser in Urk.",
    "De koning kwam vorig jaar op bezoek in de wijk.", "Ze wil groen licht voor de regeling.",
    "De smit in het dorp heeft de deur gemaakt.", "Haar broer werkt als kok.",
    "In {jaar} is de toeslag met {pct} verlaagd.", "Het nummer {bsnfout} is geen geldig BSN.",
    "Klant noemde eerst {bsnfout}, maar dat bleek een oud kenmerk.",
    "Het opgegeven rekeningnummer {ibanfout} klopt niet.",
    "Heeft al gebeld met de Belastingtelefoon ({servicenr}).", "Gesprek duurde {minuten} minuten.",
    "Brief van {datum} ontvangen, reactie voor {datum2} gevraagd.",
    "De mulder van de molen in het dorp is een bekende.", "Wit of zwart, het maakt niet uit.",
    "Sinds {jaar} krijgt hij {bedrag} per maand.", "Ze heeft {aantal} keer gebeld.",
    "Een jonge moeder uit {plaats} zit in de knel.", "De boer naast haar helpt met de post.",
    "Rente van {pct} over {bedrag}.", "Afspraak op {datum} om {tijd} uur.",
    "Ze moet naar de Koning Willem I-school voor een gesprek.",
    "Het groen van de gemeente wordt niet onderhouden.", "Bel {servicenr} voor vragen.",
]  # fmt: skip

NOTITIE_OPENING = [
    "Klant {p1.vol} belt ivm {onderwerp}.", "{p1.Aanhef} {p1.los} belt over {onderwerp}.",
    "Tel. gesprek met {p1.titel} {p1.init} inzake {onderwerp}.",
    "Beller: {p1.vol}, BSN {p1.bsn}. Vraag over {onderwerp}.",
    "Inkomend gesprek {datum} {tijd}: {p1.aanhef} {p1.los} (klantnummer {p1.klantnr}) belt ivm "
    "{onderwerp}.",
    "KCC-notitie. Klant belt namens {p1.zijn} {p3.ouder}, {p3.vol}, over {onderwerp}.",
    "{p1.Titel} {p1.los} aan de lijn, ontevreden over {onderwerp}.",
    "{p1.vol} ({p1.tel}) belt terug op ons verzoek over {onderwerp}.",
    "Terugbelverzoek {p1.titel} {p1.vol}, tel {p1.tel}, onderwerp {onderwerp}.",
    "Gesprek met {p1.vol} over {onderwerp}; klant is bekend met relatienummer {p1.klantnr}.",
    "Klant belt ivm {onderwerp}. Naam: {p1.init}, geboren {p1.geb}.",
]  # fmt: skip
NOTITIE_ZINNEN = [
    "Geverifieerd met BSN {p1.bsn} en geboortedatum {p1.geb}.",
    "Klant geeft nieuw telefoonnummer door: {p1.tel}.", "Terugbellen op {p1.tel} na {tijd}.",
    "Woont sinds {datum} op {p1.adres}.", "IBAN gewijzigd naar {p1.iban}, controle gedaan.",
    "Bevestiging gemaild naar {p1.email}.", "Wil een regeling voor {bedrag}.",
    "Doorgezet naar collega {p2.voor} van team {team}.", "Collega {p2.vol} neemt contact op.",
    "{p1.Aanhef} {p1.los} is erg boos, al {aantal} keer gebeld.",
    "{p1.los} wacht al sinds {datum} op een besluit.", "Zaaknummer {p1.dossiernr}.",
    "Kenteken {p1.kenteken} staat nog op {p1.zijn} naam.",
    "Ex-partner {p3.vol} krijgt de post nog op het oude adres.",
    "Opnieuw gevraagd om BSN: {p1.bsn2}.", "{p1.Zij} heeft bij {org} al {bedrag} terugbetaald.",
    "Dossiernummer {p1.dossiernr} genoteerd, {p1.los} krijgt binnen 5 werkdagen bericht.",
    "Adres gecontroleerd: {p1.adres}.", "Postcode {p1.postcode} klopt met de BRP.",
    "Klant geeft aan dat buurman {p3.vol} ook problemen heeft.",
    "Mail van {p1.voor} doorgestuurd naar {p2.email}.",
    "Auto met kenteken {p1.kenteken} is verkocht op {datum}.",
    "Klantnummer {p1.klantnr}; BSN {p1.bsn}.", "Terugbetalen op {p1.iban2} graag.",
    "Volgens {p1.los} is de brief nooit aangekomen op {p1.straat}.",
    "{p2.Titel} {p2.los} van {org} belt morgen terug.",
]  # fmt: skip
NOTITIE_SLOT = ["Afgehandeld door {p2.init}.", "Actie: terugbellen. {p2.voor}",
                "Status: doorgezet naar 2e lijn.", "Notitie: {p2.voor} ({team})", "",
                "Klant tevreden.", "Klant blijft ontevreden, klacht aangemaakt."]  # fmt: skip

BRIEF_OPENING = [
    "{plaats}, {datum}\n\nAan: {org}\nBetreft: bezwaar\n\nGeachte heer/mevrouw,\n\n",
    "Geachte {p1.geachte} {p1.los},\n\n",
    "Afzender: {p1.vol}\n{p1.adresblok}\n\n{plaats}, {datum}\n\nGeachte heer, mevrouw,\n\n",
    "{p1.init}\n{p1.adresblok}\n\nBetreft: uw kenmerk {p1.dossiernr}\n\nGeachte heer/mevrouw,\n\n",
    "Aan de Belastingdienst\nPostbus 100\n\nGeachte heer of mevrouw,\n\n",
    "Geachte {p1.geachte} {p1.init},\n\n",
]  # fmt: skip
BRIEF_ZINNEN = [
    "Hierbij maak ik bezwaar tegen uw besluit van {datum} met kenmerk {p1.dossiernr}.",
    "Mijn burgerservicenummer is {p1.bsn}.", "Ik ben geboren op {p1.geb} en woon op {p1.adres}.",
    "U vordert {bedrag}, terwijl ik in {jaar} minder dan {bedrag2} verdiende.",
    "Wilt u het bedrag terugstorten op rekeningnummer {p1.iban} ten name van {p1.init}?",
    "Mijn zoon {p3.voor} helpt mij met deze brief.",
    "U kunt mij bereiken op {p1.tel} of via {p1.email}.",
    "Wij hebben uw bezwaarschrift van {datum} ontvangen.",
    "Uw klantnummer is {p1.klantnr}; vermeld dit bij elk contact.",
    "Op {datum} heeft u telefonisch gesproken met onze medewerker {p2.vol}.",
    "Mijn ex-man, de heer {p3.los}, ontvangt de toeslag nog steeds.",
    "Mijn bewindvoerder, {p3.init}, is op de hoogte.",
    "Mevrouw {p3.los} van het wijkteam heeft mij geadviseerd te schrijven.",
]  # fmt: skip
BRIEF_SLOT = [
    "\n\nMet vriendelijke groet,\n\n{p1.vol}", "\n\nHoogachtend,\n{p1.init}\n{p1.adresblok}",
    "\n\nMet vriendelijke groet,\n\n{p2.init}\nTeam {team}",
    "\n\nMet vriendelijke groet,\n{p1.vol}\n{p1.tel}",
    "\n\nHoogachtend,\n\n{p2.vol}\nbehandelend medewerker",
]  # fmt: skip

FORMULIER_VELDEN = [
    "Naam: {p1.vol}", "E-mailadres: {p1.email}", "Telefoonnummer: {p1.tel}", "BSN: {p1.bsn}",
    "Adres: {p1.straat}\nPostcode: {p1.postcode}\nWoonplaats: {plaats}",
    "Geboortedatum: {p1.geb}", "Kenteken: {p1.kenteken}", "Klantnummer: {p1.klantnr}",
    "IBAN: {p1.iban}", "Postcode en huisnummer: {p1.pcnr}", "Uw naam: {p1.init}",
    "Naam contactpersoon: {p3.vol}",
]  # fmt: skip
FORMULIER_BERICHT = [
    "Ik heb een vraag over {onderwerp}.", "Sinds {datum} ontvang ik niets meer.",
    "Bel mij terug op {p1.tel2}, ik ben na {tijd} thuis.", "Mijn partner {p3.voor} is ziek.",
    "Ik heb al gemaild met {p2.vol} maar geen antwoord.", "Dossiernummer is {p1.dossiernr}.",
    "Ik woon sinds kort op {p1.adres}.", "Graag contact via {p1.email2}.",
]  # fmt: skip

CHAT_REGELS = [
    "Klant: hoi, ik ben {p1.voor} en ik heb een vraag over {onderwerp}",
    "Medewerker: Goedemiddag {p1.voor}, mijn naam is {p2.voor}. Mag ik uw BSN?",
    "Klant: {p1.bsn}", "Klant: mijn mail is {p1.email} en tel {p1.tel}",
    "Klant: ik woon op {p1.straat} in {plaats}", "Medewerker: Dank u, {p1.aanhef} {p1.los}.",
    "Klant: mijn klantnummer is {p1.klantnr}", "Klant: ik ben {p1.lc}",
    "Klant: kunnen jullie {bedrag} terugstorten op {p1.iban}?",
    "Medewerker: Ik zie dat u op {datum} heeft gebeld met {p2.vol}.",
    "Klant: is mijn zaaknummer {p1.dossiernr} nog in behandeling?",
    "Klant: mijn postcode is {p1.postcode}", "Medewerker: Ik verbind u door met {p2.voor}.",
]  # fmt: skip
SOCIAAL = [
    "@Belastingdienst al {aantal} weken wacht ik op mijn toeslag!! #toeslagen",
    "@UWV mijn dossiernummer is {p1.dossiernr}, bel me terug op {p1.tel} aub",
    "Hoi {p1.voor}, vervelend om te lezen. Stuur je ons een DM met je BSN? ^{p2.voor}",
    "Mijn buurvrouw {p3.vol} krijgt al maanden geen bijstand van de gemeente {plaats}.",
    "Schandalig hoe {org} met mensen omgaat. {bedrag} terugbetalen binnen een maand?",
    "Bericht van {p1.vol} via Facebook: {onderwerp} gaat weer mis.",
    "@DUO ik heb al {aantal}x gebeld, mail naar {p1.email} komt niet aan",
    "Reactie webcare: Dag {p1.vol}, wij nemen contact op via {p1.tel}. Groet, {p2.voor}",
    "Mijn {p3.ouder} ({p3.vol}, geboren {p3.geb}) snapt die brief van {org} echt niet.",
]  # fmt: skip
KLACHT_KOP = [
    "Van: {p1.vol} <{p1.email}>\nAan: {orgmail}\nOnderwerp: klacht over {onderwerp}\n\n"
    "Beste medewerker,\n\n",
    "Van: {p1.email}\nOnderwerp: klacht\n\nGoedemorgen,\n\n",
    "Beste {p2.voor},\n\n",
]  # fmt: skip
KLACHT_ZINNEN = [
    "Ik ben het niet eens met de manier waarop {org} mijn aanvraag heeft behandeld.",
    "Op {datum} sprak ik met uw collega {p2.vol}, die beloofde terug te bellen.",
    "Mijn BSN is {p1.bsn} en mijn klantnummer {p1.klantnr}.",
    "Ik woon op {p1.adres} en daar is nooit een brief aangekomen.",
    "Het gaat om mijn dochter {p3.voor}, geboren op {p3.geb}.",
    "U kunt mij bellen op {p1.tel}.", "Het bedrag van {bedrag} kan ik niet betalen.",
    "De heer {p3.los} van de woningcorporatie kan dit bevestigen.",
]  # fmt: skip
KLACHT_SLOT = ["\n\nGroet,\n{p1.voor}", "\n\nMet vriendelijke groet,\n{p1.vol}",
               "\n\nMvg,\n{p1.init}", "\n\nGroeten, {p1.vol}"]  # fmt: skip
