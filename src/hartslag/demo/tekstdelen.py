# SPDX-License-Identifier: EUPL-1.2
"""Openings, closings and asides for each kind of text, shared by all problems."""

from __future__ import annotations

# --- notes written by a frontline professional about a caller or visitor ---------------
TELEFOON_OPEN = (
    "{Wie} belt [ivm|in verband met|over|mbt|inzake] {onderwerp}.",
    "[Telefoongesprek|Gesprek|Tel. contact] met {wie} [over|inzake|betreft] {onderwerp}.",
    "{Wie} belt met [een vraag|vragen|een klacht] over {onderwerp}.",
    "Inkomend gesprek[ BelTel|]: {onderwerp}.",
    "[Beller|{Wie}] [meldt|heeft] [een probleem met|problemen met|last van] {onderwerp}.",
    "Onderwerp gesprek: {onderwerp}.",
    "",
)
BALIE_OPEN = (
    "{Wie} [kwam|was] [vandaag|vanochtend|vanmiddag|] aan de balie [ivm|over|met vragen over] "
    "{onderwerp}.",
    "Baliebezoek: {onderwerp}.",
    "Aan de balie vertelde {wie} [een probleem te hebben met|vast te lopen op] {onderwerp}.",
    "[Inloopspreekuur|Spreekuur]: {wie} [heeft vragen over|loopt vast met] {onderwerp}.",
)
PERSOONLIJK_OPEN = (
    "[Tijdens|Bij] [het huisbezoek|een keukentafelgesprek|het intakegesprek|een afspraak op "
    "kantoor] [gaf {wie} aan|vertelde {wie}] dat er [problemen zijn|een probleem is] met "
    "{onderwerp}.",
    "Gesprek [op locatie|bij {wie} thuis|op het wijkkantoor] [over|naar aanleiding van] "
    "{onderwerp}.",
)
NOTITIE_ACTIES = (
    "[Uitleg gegeven|Uitgelegd hoe het zit|Regels uitgelegd][, {wie} begrijpt het nu|].",
    "[Doorverbonden met|Doorgezet naar] {team}.",
    "[Signaal|Melding] [geregistreerd|doorgezet] voor [analyse|{team}|de signaalcoördinator].",
    "[Gesprek duurde|Gespreksduur] [ruim|ca.|] {minuten} min.",
    "[Dossier bijgewerkt|Notitie toegevoegd aan dossier|Contact vastgelegd].",
    "Verwezen naar [de website|{systeem}|het formulier op de website].",
)
# Only where the contact did not end well.
NOTITIE_ACTIES_NEGATIEF = (
    "Uitgelegd hoe het zit, maar {wie} blijft het oneerlijk vinden.",
    "Terugbelverzoek [aangemaakt|uitgezet] voor {team}.",
    "{Wie} [niet tevreden|erg boos|zeer ontevreden|teleurgesteld|emotioneel][ over de gang van "
    "zaken|].",
    "Advies gegeven om [bezwaar te maken|een brief te sturen|het formulier opnieuw in te "
    "sturen|de stukken te uploaden].",
    "Kon {wie} [niet verder helpen|op dit moment niet verder helpen]; [geen oplossing "
    "beschikbaar|valt buiten mijn mogelijkheden].",
    "[Toegezegd|Afgesproken] dat [er binnen {dagen} dagen wordt teruggebeld|{team} contact "
    "opneemt|er schriftelijk antwoord komt].",
    "{Wie} [heeft|had] [lang|{minuten} minuten] in de wacht gestaan.",
)
RUIS_OPEN = (
    "",
    "",
    "Onderwerp gesprek: {onderwerp}.",
    "{Wie} belt [ivm|over] {onderwerp}.",
    "[Korte vraag|Vraag] over {onderwerp}.",
)
NOTITIE_PII = (
    "BSN {bsn} [geverifieerd|gecontroleerd|ok].",
    "[Geb.|Geboortedatum|Gebdat.] {geboortedatum}.",
    "[Tel.|Telefoonnummer|Terugbellen op] {telefoon}.",
    "[Naam:|Betreft:] {aanhef} {voorletters}.",
    "[Adres|Woonadres]: {adres}.",
    "[Mail|E-mailadres]: {email}.",
    "Rekeningnummer {iban}.",
)
TERUGBEL_OPEN = (
    "Terugbelverzoek: {wie} wil [graag|] teruggebeld worden over {onderwerp}.",
    "[Verzoek om terugbellen|TBV] [ivm|over] {onderwerp}.",
    "{Wie} vraagt om [terugbellen|een terugbelafspraak] [door|met] {team} over {onderwerp}.",
)
TERUGBEL_IK = (
    "Ik wil [graag|] teruggebeld worden over {onderwerp}.",
    "Kunt u mij [terugbellen|bellen] over {onderwerp}?",
    "Graag [een terugbelafspraak|telefonisch contact] over {onderwerp}.",
)
TERUGBEL_WANNEER = (
    "[Bereikbaar|Graag bellen] [tussen 9 en 12|na 14.00 uur|op werkdagen|liefst 's ochtends] "
    "op {telefoon}.",
    "[Bellen naar|Nummer:] {telefoon}[, niet op woensdag| (ook voicemail)|].",
)

# --- first-person writing ------------------------------------------------------------
BRIEF_AANHEF = (
    "Geachte heer/mevrouw,",
    "Geachte heer, mevrouw,",
    "Geachte dames en heren,",
    "Geachte medewerker,",
    "Beste medewerker van {orgnaam},",
    "Aan {orgnaam},",
)
BRIEF_INTRO = {
    "bezwaar": (
        "Hierbij maak ik bezwaar tegen [de beslissing|het besluit|de beschikking] [van "
        "{datum}|met kenmerk {kenmerk}|] over {onderwerp}.",
        "[Met deze brief|Hierbij] teken ik bezwaar aan tegen {onderwerp}.",
        "Ik ben het niet eens met [uw besluit|de beslissing] over {onderwerp} en maak daarom "
        "bezwaar.",
    ),
    "beroep": (
        "Hierbij stel ik beroep in tegen de beslissing op bezwaar [van {datum}|] over {onderwerp}.",
        "Ik ga in beroep tegen uw beslissing op mijn bezwaar over {onderwerp}.",
    ),
    "klacht": (
        "Met deze brief [dien ik een klacht in|wil ik een klacht indienen] over {onderwerp}.",
        "Ik wil [graag|] een klacht indienen over {onderwerp}.",
        "[Ik ben|Wij zijn] [zeer|erg|] ontevreden over {onderwerp}.",
    ),
    "anders": (
        "[Ik schrijf u|Met deze brief schrijf ik u] [over|naar aanleiding van] {onderwerp}.",
        "Graag vraag ik uw aandacht voor {onderwerp}.",
        "",
    ),
}
BRIEF_SLOT = (
    "Met vriendelijke groet,",
    "Hoogachtend,",
    "Met vriendelijke groeten,",
    "Vriendelijke groet,",
    "In afwachting van uw reactie,",
)
EMAIL_AANHEF = (
    "Beste medewerker,",
    "Goedemorgen,",
    "Goedemiddag,",
    "Geachte heer/mevrouw,",
    "Hallo,",
    "Beste {orgnaam},",
    "Dag,",
    "",
)
EMAIL_INTRO = (
    "Ik mail [u|jullie] [over|in verband met] {onderwerp}.",
    "[Mijn vraag gaat over|Ik heb een vraag over|Ik heb een probleem met] {onderwerp}.",
    "",
    "",
)
EMAIL_SLOT = (
    "Groet,",
    "Groeten,",
    "Met vriendelijke groet,",
    "Alvast bedankt,",
    "Bij voorbaat dank,",
    "Mvg,",
    "Gr.",
)
WEB_INTRO = (
    "",
    "",
    "Mijn vraag gaat over {onderwerp}.",
    "Onderwerp: {onderwerp}.",
    "[Ik wil een klacht indienen over|Klacht over] {onderwerp}.",
    "Ik wil [iets melden|een probleem melden] over {onderwerp}.",
)
IK_PII = (
    "[Mijn BSN is|BSN:|Burgerservicenummer:] {bsn}.",
    "[U kunt mij bereiken op|Bel mij gerust op|Telefoon:|Mijn nummer is] {telefoon}.",
    "[Mijn e-mailadres is|Mail:] {email}.",
    "[Ik ben geboren op|Geboortedatum:] {geboortedatum}.",
    "[Mijn adres is|Ik woon op|Adres:] {adres}.",
    "[Mijn rekeningnummer is|IBAN:|Rekening:] {iban}.",
)
CHAT_OPEN = (
    "hoi,",
    "hallo,",
    "goedemiddag,",
    "Goedemorgen.",
    "hey",
    "hi,",
    "Dag,",
    "Hallo!",
)
CHAT_MEDEWERKER = (
    "Goedemiddag, waarmee kan ik u helpen?",
    "Hallo, u chat met {team}. Wat is uw vraag?",
    "Dank voor uw bericht, kunt u iets meer vertellen?",
    "Ik help u graag. Waar gaat het om?",
)
CHAT_REACTIE = (
    "Dat begrijp ik, vervelend voor u.",
    "Ik ga dit voor u [navragen|uitzoeken].",
    "Daar kan ik via de chat helaas niet bij.",
    "Ik zet een terugbelverzoek voor u uit.",
    "Dank u, ik kijk even mee.",
    "Daarvoor verwijs ik u naar {team}.",
)
SOCIAAL_OPEN = ("{handle}", "{handle} [hallo?|serieus?|help]", "Beste {handle},", "", "")
SOCIAAL_EMOTIE = (
    "Wat een [drama|gedoe|ellende|toestand] [weer|] met {onderwerp}.",
    "[Echt|Werkelijk] [belachelijk|schandalig|niet normaal] [dit|hoe dit gaat].",
    "Ben [er zo klaar mee|het zat|moe hiervan].",
    "Is er [nog iemand|meer mensen] met dit probleem?",
    "[Niemand|Geen mens] [neemt op|reageert].",
)
ENQUETE_OPEN = (
    "[Antwoord op open vraag|Toelichting bij score {score}|Reactie] [uit het|in het] "
    "[klantpanel|klanttevredenheidsonderzoek|onderzoek na contact] ({maand}):",
    "[Enquête|Panel] [na contact|{maand}] - [toelichting|opmerking] respondent:",
    "",
)

# --- asides that depend on polarity and repeat contact ---------------------------------
POSITIEF_IK = (
    "[Wel|Gelukkig] [heeft de medewerker mij goed geholpen|was de medewerker aan de telefoon "
    "heel vriendelijk|kreeg ik snel antwoord via de chat].",
    "[Compliment voor|Dank aan] [de medewerker|de mevrouw aan de telefoon|de collega aan de "
    "balie] die [de moeite nam om het uit te leggen|echt meedacht].",
)
POSITIEF_ZIJ = (
    "{Wie} [is blij met de uitleg|bedankt voor de hulp|geeft aan dat de vorige medewerker goed "
    "heeft geholpen].",
)
NEUTRAAL_IK = (
    "Ik heb een vraag over {onderwerp}.",
    "Hoe zit dit precies?",
    "Wat moet ik nu doen?",
    "Klopt dit wel?",
    "Kunt u mij uitleggen hoe dit werkt?",
)
HERHAAL_IK = (
    "Ik heb hier [op {eerderdatum}|vorige week|eerder|al eens] [ook al|al] over [gebeld|gemaild|"
    "geschreven].",
    "Dit is al de [tweede|derde] keer dat ik [hierover|] contact opneem.",
    "Eerder [kreeg ik|werd mij] de toezegging dat het [opgelost|uitgezocht] zou worden, maar er "
    "is niets gebeurd.",
    "[Op {eerderdatum}|Een paar weken geleden] heb ik dit ook al [gemeld|doorgegeven].",
)
HERHAAL_ZIJ = (
    "{Wie} belde hier [op {eerderdatum}|eerder|vorige week] ook al over.",
    "Herhaald contact: {wie} heeft eerder [gebeld|gemaild] over hetzelfde.",
    "{Wie} had op {eerderdatum} al contact; [toegezegde terugbelactie|beloofde oplossing] "
    "[is niet uitgevoerd|kwam er niet].",
)
VALS_HERHAAL_IK = ("Ik heb al [vaker|zo vaak] gebeld.", "Niet de eerste keer dat ik dit meld.")

# --- professionals ---------------------------------------------------------------------
ROLLEN = (
    "bewindvoerder",
    "schuldhulpmaatje",
    "sociaal raadsman",
    "ouderenadviseur",
    "cliëntondersteuner",
    "budgetcoach",
    "jurist",
    "vrijwillige thuisadministratie-hulp",
)
PARTNERS = (
    "de schuldhulpverlening van {plaats}",
    "de woningcorporatie",
    "het wijkteam",
    "de Kredietbank",
    "een grote kinderopvangorganisatie",
    "de werkgeversvereniging",
    "de gemeente {plaats}",
    "de GGD",
    "de Voedselbank",
    "het Zorgkantoor",
)
