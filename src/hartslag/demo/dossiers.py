# SPDX-License-Identifier: EUPL-1.2
"""The demo bottleneck dossiers: one per recurring problem of the catalogue that a signal
team would have picked up, across organisations where the problem crosses them, in every
workflow status. Pure data; ``services.demodossiers`` loads it."""

from __future__ import annotations

from hartslag.demo.dossierstappen import (
    Afronden,
    Afspraak,
    Besluit,
    DemoDossier,
    Naar,
    Overdracht,
    Richten,
    Samenvoegen,
    Sessie,
    Taak,
    Vertrokken,
    na,
    voor_einde,
)
from hartslag.domein.duiding import Deelnemer, Deelnemersoort
from hartslag.domein.knelpunt import Eigenaar, Laag
from hartslag.domein.knelpunt import Knelpuntstatus as K
from hartslag.domein.vocabulaire import Impactdomein as I

PARTNER = Deelnemersoort.MAATSCHAPPELIJKE_PARTNER
ERVARING = Deelnemersoort.ERVARINGSDESKUNDIGE
ANALYSE = na(4, Naar(K.IN_ANALYSE, "Patroon bevestigd in de signalen van de afgelopen weken."))
BRIEF_GEMEENTE = "Raadsinformatiebrief sociaal domein"

DOSSIERS: tuple[DemoDossier, ...] = (
    DemoDossier(
        probleem="toeslag-terugvordering-inkomensstijging",
        organisatie="DT",
        titel="Terugvordering toeslag na inkomensstijging komt als verrassing",
        omschrijving="Huishoudens krijgen lang na afloop van het jaar een terugvordering omdat "
        "hun inkomen hoger uitviel dan geschat. Ze wisten niet dat ze hun inkomen moesten "
        "bijstellen, of deden dat en zagen het niet terug.",
        knellend_mechanisme="Het voorschot rust op een inkomensschatting die niet meebeweegt "
        "met de loongegevens (Awir art. 16 en 26).",
        lagen=(Laag.SYSTEEM, Laag.ORGANISATIE),
        impactdomeinen=(I.BELEID, I.DIENSTVERLENING),
        getroffen_groepen=("huishoudens met wisselend inkomen", "flexwerkers"),
        geschat_bereik=40000,
        alternatieven=(
            "Het voorschot elk kwartaal bijstellen met de loongegevens uit de polisadministratie.",
            "Vooraf bericht sturen bij een inkomensstijging van meer dan tien procent.",
        ),
        gevraagd_besluit="Stel het voorschot automatisch bij met de polisadministratie.",
        stappen=(
            ANALYSE,
            na(
                12, Overdracht(Eigenaar("DT", "team Terugvorderingen"), "Ligt bij Terugvorderingen")
            ),
            na(
                40,
                Sessie(
                    "Casuïstiekbespreking terugvorderingen",
                    (
                        Deelnemer("DT", rol="team Terugvorderingen"),
                        Deelnemer("Nibud", rol="budgetvoorlichting", soort=PARTNER),
                        Deelnemer("Cliëntenpanel Toeslagen", soort=ERVARING),
                    ),
                    ("Mensen zien een inkomensstijging pas terug als het te laat is.",),
                    (
                        Afspraak(
                            "Proef met kwartaalbijstelling voorbereiden",
                            "team Terugvorderingen",
                            30,
                        ),
                    ),
                ),
            ),
            na(60, Naar(K.IN_BEHANDELING, "Proef met kwartaalbijstelling gestart.")),
            na(
                150,
                Besluit(
                    "Het voorschot wordt elk kwartaal bijgesteld met de loongegevens; bij een "
                    "grote stijging krijgt u vooraf bericht",
                    "De proef halveerde het aantal terugvorderingen boven 500 euro.",
                ),
            ),
            na(151, Naar(K.OPGELOST, "Kwartaalbijstelling is voor iedereen ingevoerd.")),
        ),
    ),
    DemoDossier(
        probleem="huurtoeslag-huurverhoging-niet-verwerkt",
        organisatie="DT",
        titel="Huurverhoging per 1 juli niet verwerkt in de huurtoeslag",
        omschrijving="Huurders weten niet dat ze de huurverhoging zelf moeten doorgeven en "
        "krijgen te weinig huurtoeslag, of later een correctie.",
        knellend_mechanisme="De huurtoeslag gebruikt de huur die de huurder zelf opgaf (Wet op "
        "de huurtoeslag art. 5, Awir art. 25).",
        lagen=(Laag.ORGANISATIE,),
        impactdomeinen=(I.DIENSTVERLENING,),
        getroffen_groepen=("huurders met huurtoeslag",),
        geschat_bereik=25000,
        alternatieven=("De nieuwe huur rechtstreeks van grote verhuurders ontvangen.",),
        stappen=(
            ANALYSE,
            na(8, Overdracht(Eigenaar("DT", "team Klantbehandeling"), "Gegevensstroom")),
            na(20, Naar(K.IN_BEHANDELING, "Afspraken met woningcorporaties in voorbereiding.")),
            na(
                120,
                Besluit(
                    "De nieuwe huur komt voortaan rechtstreeks van de woningcorporaties en wordt "
                    "vanzelf verwerkt",
                    "Dekt negen op de tien huurders met huurtoeslag.",
                ),
            ),
            na(121, Naar(K.OPGELOST, "Gegevenslevering loopt sinds 1 juli.")),
        ),
    ),
    DemoDossier(
        probleem="paspoort-afspraak-wachttijd",
        organisatie="GEM-UTR",
        titel="Geen afspraak voor paspoort of ID-kaart vóór de zomer",
        omschrijving="In het voorjaar is er weken geen afspraak te krijgen voor een paspoort of "
        "ID-kaart; mensen dreigen hun vakantie te missen.",
        knellend_mechanisme="Vaste baliecapaciteit terwijl de vraag elk voorjaar piekt.",
        lagen=(Laag.ORGANISATIE,),
        impactdomeinen=(I.DIENSTVERLENING,),
        betrokken=("GEM-RTD",),
        stappen=(
            ANALYSE,
            na(6, Overdracht(Eigenaar("GEM-UTR", "Publiekszaken"), "Balie en planning")),
            na(10, Naar(K.IN_BEHANDELING, "Extra openstelling in voorbereiding.")),
            na(
                45,
                Besluit(
                    "Extra avondopenstelling van maart tot en met juni en een spoedloket",
                    "De wachttijd daalde van vijf weken naar vier dagen.",
                ),
            ),
            na(46, Naar(K.OPGELOST, "Voorjaarsopenstelling is vast beleid.")),
        ),
    ),
    DemoDossier(
        probleem="bezwaar-niet-ontvangen",
        organisatie="BD",
        titel="Bezwaren worden niet geregistreerd of bevestigd",
        omschrijving="Mensen horen niets na hun bezwaar; de beslistermijn verstrijkt en ze "
        "moeten opnieuw bellen of een ingebrekestelling sturen.",
        knellend_mechanisme="Bezwaren komen binnen via vier kanalen en drie systemen zonder "
        "gezamenlijke registratie (Awb art. 6:14 en 7:10).",
        lagen=(Laag.SYSTEEM, Laag.NETWERK),
        impactdomeinen=(I.DIENSTVERLENING, I.WETGEVING),
        betrokken=("DT", "UWV", "CAK"),
        alternatieven=("Eén ontvangstbevestiging per bezwaar, ongeacht het kanaal.",),
        stappen=(
            ANALYSE,
            na(15, Overdracht(Eigenaar("BD", "Bezwaar en beroep"), "Proceseigenaar bezwaar")),
            na(30, Naar(K.IN_BEHANDELING, "Onderzoek naar één registratie.")),
            na(
                110,
                Naar(
                    K.NIET_OPGELOST,
                    "Eén registratie vraagt een nieuw systeem; dat staat pas in 2028 gepland.",
                ),
            ),
        ),
    ),
    DemoDossier(
        probleem="brief-onbegrijpelijk",
        organisatie="BD",
        titel="Brieven en beschikkingen zijn te ambtelijk",
        omschrijving="Brieven noemen meerdere bedragen en wetsartikelen zonder uit te leggen "
        "wat iemand moet doen; mensen bellen om te vragen wat de brief betekent.",
        knellend_mechanisme="Brieven worden per regeling gegenereerd uit juridische "
        "standaardteksten (Awb art. 3:46).",
        lagen=(Laag.INTERACTIE, Laag.ORGANISATIE),
        impactdomeinen=(I.DIENSTVERLENING,),
        betrokken=("DT", "GEM-RTD", "CAK"),
        signalen_van=("BD", "DT", "GEM-RTD"),  # the CAK's come with its merged dossier
        alternatieven=("Elke brief begint met wat u moet doen en wanneer.",),
        stappen=(ANALYSE, na(9, Overdracht(Eigenaar("BD", "Communicatie"), "Tekstbeheer"))),
    ),
    DemoDossier(
        probleem="brief-onbegrijpelijk",
        organisatie="CAK",
        titel="Brieven over de eigen bijdrage zijn onbegrijpelijk",
        omschrijving="Cliënten begrijpen de brief over hun eigen bijdrage niet.",
        knellend_mechanisme="Standaardteksten per regeling.",
        lagen=(Laag.INTERACTIE,),
        impactdomeinen=(I.DIENSTVERLENING,),
        casussen=1,
        stappen=(
            ANALYSE,
            na(
                20,
                Samenvoegen(
                    "Brieven en beschikkingen zijn te ambtelijk",
                    "Zelfde knelpunt als bij de Belastingdienst; samen oppakken.",
                ),
            ),
        ),
    ),
    DemoDossier(
        probleem="ww-uitkering-te-laat",
        organisatie="UWV",
        titel="Eerste WW-betaling komt weken te laat",
        omschrijving="De eerste betaling van de WW-uitkering komt weken later dan verwacht; "
        "mensen zitten zonder inkomen en kunnen de huur niet betalen.",
        knellend_mechanisme="Handmatige controle bij elke wijziging in de aanvraag "
        "(werkinstructie WW-12).",
        lagen=(Laag.ORGANISATIE, Laag.SYSTEEM),
        impactdomeinen=(I.DIENSTVERLENING,),
        getroffen_groepen=("nieuwe WW-gerechtigden",),
        geschat_bereik=12000,
        gevraagd_besluit="Schaf de handmatige controle af voor wijzigingen zonder financieel "
        "gevolg.",
        stappen=(
            ANALYSE,
            na(10, Overdracht(Eigenaar("UWV", "team WW"), "Proces WW-aanvraag")),
            na(14, Naar(K.IN_BEHANDELING, "Analyse van de werkinstructie gestart.")),
            voor_einde(38, Taak("Steekproef van 200 vertraagde aanvragen", "team WW", 14)),
            voor_einde(
                24,
                Afronden(
                    "Steekproef van 200 vertraagde aanvragen",
                    "In 140 van de 200 aanvragen wachtte de betaling op de handmatige controle.",
                ),
            ),
            voor_einde(24, Taak("Uitkomst steekproef bespreken met MT Uitkeren", "team WW", 10)),
            voor_einde(
                6,
                Sessie(
                    "Duidingssessie WW-betalingen",
                    (
                        Deelnemer("UWV", rol="team WW"),
                        Deelnemer("UWV", rol="Klantcontactcentrum"),
                        Deelnemer("GEM-UTR", rol="wijkteam"),
                        Deelnemer("Schuldhulpmaatje Utrecht", soort=PARTNER),
                    ),
                    (
                        "De handmatige controle vindt geen fouten maar kost drie weken.",
                        "Wie wacht, loopt huurachterstand op: de gemeente ziet ze terug.",
                    ),
                    (
                        Afspraak("Werkinstructie WW-12 herzien", "team WW", 30),
                        Afspraak(
                            "Voorschot aanbieden bij meer dan twee weken wachten", "MT Uitkeren", 45
                        ),
                    ),
                ),
            ),
        ),
    ),
    DemoDossier(
        probleem="kostendelersnorm-inwonende-kinderen",
        organisatie="GEM-UTR",
        titel="Kostendelersnorm straft inwonende kinderen en mantelzorg",
        omschrijving="Zodra een volwassen kind of zorgbehoevende ouder inwoont, gaat de "
        "uitkering omlaag, ook als die huisgenoot nauwelijks inkomen heeft. Gezinnen sturen "
        "kinderen weg of stoppen met mantelzorg.",
        knellend_mechanisme="De kostendelersnorm telt elke volwassen huisgenoot mee "
        "(Participatiewet art. 22a, Toeslagenwet art. 2).",
        lagen=(Laag.SYSTEEM, Laag.NETWERK),
        impactdomeinen=(I.WETGEVING, I.BELEID),
        getroffen_groepen=("gezinnen met inwonende jongvolwassenen", "mantelzorgers"),
        geschat_bereik=60000,
        alternatieven=(
            "Huisgenoten tot 27 jaar niet meetellen.",
            "Een uitzondering voor mantelzorg in de wet.",
        ),
        gevraagd_besluit="Agendeer een wetswijziging van de kostendelersnorm bij het Rijk.",
        betrokken=("UWV", "SVB", "GEM-RTD"),
        na_signalen=30,
        stappen=(
            ANALYSE,
            na(14, Overdracht(Eigenaar("GEM-UTR", "Beleid Werk en Inkomen"), "Beleidsvraag")),
            voor_einde(
                20,
                Sessie(
                    "Casuïstiekoverleg kostendelersnorm",
                    (
                        Deelnemer("GEM-UTR", rol="beleid Werk en Inkomen"),
                        Deelnemer("GEM-RTD", rol="uitvoering bijstand"),
                        Deelnemer("UWV", rol="Toeslagenwet"),
                        Deelnemer("SVB", rol="AIO"),
                        Deelnemer("Schuldhulpmaatje Utrecht", soort=PARTNER),
                        Deelnemer("Cliëntenraad Werk en Inkomen", soort=ERVARING),
                    ),
                    (
                        "Het knelt bij vier uitvoerders tegelijk; alleen de wetgever lost het op.",
                        "De gemeenten zetten de casuïstiek samen in één knelpuntenbrief.",
                    ),
                    (
                        Afspraak(
                            "Knelpuntenbrief opstellen met cijfers van vier organisaties",
                            "Beleid Werk en Inkomen",
                            10,
                        ),
                        Afspraak("Drie casussen aanleveren", "UWV Toeslagenwet", 7),
                    ),
                ),
            ),
            voor_einde(18, Naar(K.GEAGENDEERD, "Naar de raad en het ministerie.")),
            voor_einde(18, Richten(BRIEF_GEMEENTE)),
        ),
    ),
    DemoDossier(
        probleem="verhuizing-niet-verwerkt",
        organisatie="SVB",
        titel="Verhuizing uit de BRP komt niet aan",
        omschrijving="Een verhuizing die in de BRP staat wordt niet of laat overgenomen; post "
        "gaat naar het oude adres en termijnen verlopen.",
        knellend_mechanisme="Elke uitvoerder verwerkt BRP-mutaties in een eigen batch met eigen "
        "uitvalregels (Wet BRP art. 2.38).",
        lagen=(Laag.NETWERK, Laag.SYSTEEM),
        impactdomeinen=(I.DIENSTVERLENING,),
        betrokken=("DUO", "DT", "GEM-UTR"),
        stappen=(
            ANALYSE,
            na(21, Overdracht(Eigenaar("SVB", "Gegevensmanagement"), "Ketenregie BRP")),
            na(40, Naar(K.GEAGENDEERD, "Voor de Staat van de Uitvoering.")),
            na(40, Richten("Staat van de Uitvoering {volgend}")),
        ),
    ),
    DemoDossier(
        probleem="digid-inlog-ouderen",
        organisatie="SVB",
        titel="Ouderen komen niet binnen met DigiD",
        omschrijving="Ouderen lukt het inloggen met DigiD niet meer nu de sms-controle verdwijnt; "
        "ze kunnen hun zaken niet zelf regelen en zijn afhankelijk van anderen.",
        knellend_mechanisme="Alleen de DigiD-app geeft nog toegang tot het hoogste niveau "
        "(Wet digitale overheid art. 6).",
        lagen=(Laag.SYSTEEM, Laag.MENS_EN_WERELDBEELD),
        impactdomeinen=(I.DIENSTVERLENING, I.BELEID),
        getroffen_groepen=("ouderen", "mensen zonder smartphone"),
        betrokken=("BD", "DT", "UWV", "CAK"),
        stappen=(
            ANALYSE,
            na(
                25,
                Overdracht(Eigenaar("BD", "Digitale dienstverlening"), "Grootste uitvoerder"),
            ),
            na(35, Naar(K.IN_BEHANDELING, "Machtigen en balie-inlog worden onderzocht.")),
            na(36, Richten("Voorjaarsnota {volgend}")),
            voor_einde(
                36,
                Besluit(
                    "Wie niet met de app kan inloggen, krijgt hulp aan de balie van het "
                    "Informatiepunt Digitale Overheid",
                    "Zo houden ouderen toegang terwijl de wet wordt aangepast.",
                ),
            ),
            voor_einde(
                25,
                Taak("Afspraken met de bibliotheken vastleggen", "BD Digitale dienstverlening", 21),
            ),
            voor_einde(
                13,
                Taak(
                    "Uitleg op de brieven van vijf uitvoerders gelijktrekken",
                    "SVB Communicatie",
                    30,
                ),
            ),
        ),
    ),
    DemoDossier(
        probleem="bijstand-aanvraag-doorlooptijd",
        organisatie="GEM-RTD",
        titel="Bijstandsaanvraag duurt langer dan acht weken",
        omschrijving="Aanvragers moeten steeds opnieuw stukken aanleveren; de beslistermijn "
        "wordt overschreden en mensen lenen geld bij familie.",
        knellend_mechanisme="Stukken worden per behandelaar opnieuw opgevraagd "
        "(Participatiewet art. 44 en 52).",
        lagen=(Laag.ORGANISATIE,),
        impactdomeinen=(I.DIENSTVERLENING,),
        betrokken=("GEM-UTR",),
        stappen=(
            ANALYSE,
            na(7, Overdracht(Eigenaar("GEM-RTD", "Werk en Inkomen"), "Proceseigenaar")),
            na(9, Naar(K.IN_BEHANDELING, "Verbeterplan aanvraagproces.")),
            voor_einde(
                12,
                Besluit(
                    "Elke aanvraag krijgt één vaste contactpersoon die alle stukken in één keer "
                    "opvraagt",
                    "In de proefwijk daalde de doorlooptijd van elf naar zes weken.",
                ),
            ),
        ),
    ),
    DemoDossier(
        probleem="pgb-betaling-zorgverlener-te-laat",
        organisatie="SVB",
        titel="Pgb-zorgverleners worden te laat betaald",
        omschrijving="Declaraties van zorgverleners met een pgb worden te laat uitbetaald; "
        "zorgverleners dreigen te stoppen.",
        knellend_mechanisme="Wijzigingen in de zorgovereenkomst worden pas na goedkeuring van "
        "het zorgkantoor verwerkt.",
        lagen=(Laag.NETWERK,),
        impactdomeinen=(I.DIENSTVERLENING,),
        stappen=(
            ANALYSE,
            na(
                10,
                Overdracht(Eigenaar("SVB", "Pgb", "demo-pgb-regisseur"), "Regisseur pgb"),
            ),
            na(12, Naar(K.IN_BEHANDELING, "Afstemming met zorgkantoren.")),
            voor_einde(30, Vertrokken("demo-pgb-regisseur")),
        ),
    ),
    DemoDossier(
        probleem="inkomensterugval-schulden",
        organisatie="GEM-RTD",
        titel="Na een inkomensterugval stapelen de schulden bij vijf instanties",
        omschrijving="Na ontslag of ziekte lopen voorschotten, voorlopige aanslagen en "
        "aflossingen door op het oude inkomen; mensen krijgen schulden bij meerdere instanties.",
        knellend_mechanisme="Elke instantie rekent met een eigen, verouderd inkomen.",
        lagen=(Laag.NETWERK, Laag.SYSTEEM),
        impactdomeinen=(I.BELEID, I.DIENSTVERLENING),
        betrokken=("DT", "BD", "DUO", "GEM-UTR"),
        stappen=(
            ANALYSE,
            voor_einde(
                9,
                Overdracht(
                    Eigenaar("DT", "team Klantbehandeling"),
                    "Toeslagen is de grootste schuldeiser",
                    open=True,
                ),
            ),
        ),
    ),
    DemoDossier(
        probleem="studieschuld-aflossing-onduidelijk",
        organisatie="DUO",
        titel="Aflossing studieschuld is onbegrijpelijk",
        omschrijving="Oud-studenten begrijpen hun maandbedrag, draagkracht en "
        "aflossingsvrije periodes niet.",
        knellend_mechanisme="Het maandbedrag volgt uit een draagkrachtberekening die nergens "
        "wordt uitgelegd (WSF 2000 art. 6.5 en 6.8).",
        lagen=(Laag.INTERACTIE,),
        impactdomeinen=(I.DIENSTVERLENING,),
        stappen=(
            ANALYSE,
            voor_einde(
                2,
                Sessie(
                    "Duidingssessie aflossing studieschuld",
                    (
                        Deelnemer("DUO", rol="Klantcontact"),
                        Deelnemer("Landelijke Studentenvakbond", soort=PARTNER),
                    ),
                    vastleggen=False,
                    over_dagen=10,
                ),
            ),
        ),
    ),
    DemoDossier(
        probleem="wachttijd-telefoon",
        organisatie="BD",
        titel="Lange wachttijden aan de telefoon",
        omschrijving="Mensen wachten lang, gesprekken worden afgebroken en ze worden verkeerd "
        "doorverbonden.",
        knellend_mechanisme="Nog niet vastgesteld.",
        lagen=(Laag.ORGANISATIE,),
        impactdomeinen=(I.DIENSTVERLENING,),
        betrokken=("DT", "UWV", "DUO"),
        casussen=0,
    ),
    DemoDossier(
        probleem="qr-code-betaalbrief-werkt-niet",
        organisatie="BD",
        titel="QR-code op de nieuwe betaalbrief leidt naar een foutpagina",
        omschrijving="Sinds de nieuwe betaalbrief bij de voorlopige aanslag geeft de QR-code "
        "een foutpagina; mensen kunnen niet betalen en bellen massaal.",
        knellend_mechanisme="Nog niet vastgesteld.",
        lagen=(Laag.SYSTEEM,),
        impactdomeinen=(I.DIENSTVERLENING,),
        casussen=1,
    ),
)
