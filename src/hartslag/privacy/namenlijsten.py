# SPDX-License-Identifier: EUPL-1.2
"""Word lists for person names, written for Hartslag (EUPL-1.2; no third-party lists).

First names and surnames are common ones in the Netherlands across generations and
origins; they raise confidence but are not required when a title or initials say a name
follows. `WORD_SURNAMES` are surnames that are also ordinary words ("de bakker op de
hoek"): alone they count only with a title, initials, a first name or an earlier mention.
"""

from __future__ import annotations


def word_set(text: str, *, casefold: bool = True) -> frozenset[str]:
    """The whitespace-separated words of `text`, case-folded unless told otherwise."""
    return frozenset(word.casefold() if casefold else word for word in text.split())


FIRST_NAMES = word_set(
    """
    Aad Aafke Aaliyah Aart Abdel Abdelkader Abdul Abdullah Abraham Adam Adnan Adriaan Adrie
    Agnes Ahmed Ahmet Aicha Aisha Albert Alex Alexander Alexandra Ali Alice Alida Alie Amber
    Amina Amir Amy Ana Andre André Andrea Andries Angela Anita Anja Anke Ankie Ann Anna
    Anne Anneke Annelies Annemarie Annemieke Annet Annette Annie Anouk Anton Antonie Ard
    Arie Arjan Arjen Arend Armin Arnold Arthur Astrid Ayoub Ayse Ayşe Aziz Bart Bastiaan
    Bea Beatrix Bep Berend Bernard Bert Bertus Betty Bianca Bilal Bob Boris Bouchra Bram
    Brenda Bregje Carla Carlos Carolien Caroline Cas Casper Catharina Cees Charlotte Chantal
    Chris Christa Christiaan Christian Christine Cindy Claire Claudia Co Coby Cor Corine
    Corné Cornelis Corrie Daan Dani Daniel Daniël Danny David Dennis Derk Desiree Dewi
    Diana Dick Diederik Dieuwke Dina Dirk Dominique Dora Dries Duncan Dylan Ed Eddy Edith
    Eduard Edwin Eefje Eelco Egbert Elif Elisabeth Elise Elize Ella Ellen Els Elsa Elske
    Emma Emine Emre Erik Ernst Esra Esther Eva Evert Evi Fabian Fadoua Farah Fatima Fatma
    Femke Fenna Ferdinand Finn Frank Frans Fred Freek Frits Gerard Gerben Gerda Gerrit
    Gert Gijs Gerrie Gonnie Greet Greetje Gerhard Guus Hamid Hanna Hannah Hans Hassan
    Hatice Hein Hendrik Henk Henny Henri Herman Hetty Hilde Hind Hugo Huib Ibrahim Ilse
    Imane Ineke Inge Ingrid Irene Iris Isa Isabel Isabelle Ivo Jaap Jacco Jacob Jacqueline
    Jacques Jamal Jan Jan-Willem Janneke Jannie Jasper Jeanette Jelle Jennifer Jens Jeroen
    Jesse Jessica Joey Johan Johanna Johannes John Joke Jolanda Joost Joris Jos José Josef
    Joseph Josje Joyce Judith Julia Julian Juliette Jurgen Justin Karel Karin Kees Kevin
    Khadija Kim Klaas Koen Kristel Laura Lars Latifa Leo Leon Lieke Liesbeth Lilian Linda
    Lisa Lisanne Lise Loes Lotte Louis Lucas Luuk Lydia Maaike Maarten Manon Marco Marcel
    Margreet Maria Marian Marianne Marieke Marijke Marije Marina Mario Mark Marleen Marloes
    Martijn Martin Martine Mats Max Meryem Mehmet Melissa Menno Merel Michael Michel
    Michiel Mieke Mila Milan Mirjam Mo Mohamed Mohammed Monique Mustafa Myrthe Nadia Naima
    Nathalie Nicole Niels Nienke Nina Noah Noor Nora Nout Olga Olivier Omar Orhan Oscar
    Patrick Paul Paula Peter Petra Piet Pieter Priscilla Quinten Rachid Rachida Ramon
    Rashid Raymond Rebecca Remco Renate René Richard Rick Rik Rinus Rob Robert Robin Rogier
    Ron Ronald Rosa Ruben Rudi Rutger Ruud Saar Saskia Sam Samira Sander Sandra Sanne Sara
    Sarah Selma Sem Senna Sevda Sietse Silvia Simon Simone Sjaak Sjoerd Sofie Sophie Soufiane
    Stefan Stephanie Sven Tamara Tanja Teun Thijs Thomas Tijn Tim Tineke Tjeerd Tom Ton
    Tonny Trudy Tyrone Valentijn Vera Victor Vincent Walter Wendy Wessel Wilco Willem
    Willemijn Willy Wim Wouter Yara Yasmina Yassin Yusuf Youssef Yvonne Zainab Zeynep Zoë
    Ilona Rianne Miranda Marjolein Harm Hennie Jolien Jordy Kirsten Mandy Marja Marjan
    Mariska Nathan Niek Roel Roy Stijn Wilma Anneloes Gijsbert Hester Bas Roos Floor Lieve
    Job Ben Wil Fleur Ahmad Mounir Nordin Said Samir Karim Tarik Aylin Burak Can Deniz Fatih
    Hakan Kemal Murat Serkan Sinan Yasin Priya Ravi Shanti Anand Dewi Kiran Wei Mei Li
    Oksana Olena Piotr Katarzyna Agnieszka Tomasz Marek Ewa Ioana Mihai Elena Dragan Goran
    """
)
# First names that are also everyday words: alone they need a title or a surname.
AMBIGUOUS_FIRST_NAMES = word_set("Bas Roos Floor Lieve Job Ben Wil Fleur Mark Mei Li Can Jan Mo")

SURNAMES = word_set(
    """
    Jansen Janssen Vries Jong Dijk Bakker Visser Smit Meijer Meyer Boer Mulder Groot Bos
    Vos Peters Hendriks Leeuwen Dekker Brouwer Wit Dijkstra Smits Graaf Linden Kok Jacobs
    Haan Vermeulen Heuvel Veen Berg Broek Bruijn Bruin Heijden Schouten Beek Willems Vliet
    Ven Hoekstra Maas Verhoeven Koster Prins Blom Huisman Peeters Kuiper Leeuw Wal Wijk
    Schipper Kramer Lange Post Vink Kuipers Postma Scholten Timmermans Meer Wouters Martens
    Hermans Bosch Haas Koning Zwart Groen Gerritsen Hoek Jonker Molenaar Willemsen Evers
    Bergman Kaya Yilmaz Yılmaz Demir Şahin Sahin Çelik Celik Öztürk Ozturk Aydın Aydin
    Arslan Doğan Dogan Kılıç Kilic Koç Koc Bouzid Amrani Idrissi Haddou Ouali Bakkali
    Azzouzi Benali Boukhari Ahmadi Hassani Tahiri Chaouch Ziani Mansouri Mohan Ramdin
    Ramsaran Kisoensingh Baldew Sital Soekhoe Bhagwandin Lachman Wong Lie Tan Liem Sie Kwee
    Oei Nguyen Tran Pham Kowalski Nowak Wiśniewski Popescu Silva Santos Costa Pereira
    Hoogendoorn Hoogeveen Hofman Jaspers Kort Lammers Meulen Mol Mooij Nijhuis Pauw Pol
    Pos Riet Roos Sanders Schaik Sluis Steen Stam Tol Velden Verbeek Vermeer Verschoor
    Vonk Vries Wiersma Wijngaarden Zanden Zijlstra Boersma Bosman Brink Dam Driessen
    Franken Goossens Hendriksen Heemskerk Hoekman Hoving Huizinga Jonkman Kamp Klaassen
    Koopman Kooijman Kuijpers Laan Lambregts Leenders Maes Mertens Michels Minnaard Oosterhuis
    Otten Pieters Rietveld Roelofs Rutten Schreurs Sikkema Slot Stevens Teunissen Thijssen
    Tuinman Valk Veenstra Verweij Visscher Vos Wagenaar Westra Winter Wolters Zandstra
    Zwaan Akkerman Baas Beekman Berends Blok Boon Bouma Bouwman Claassen Cornelissen
    Damen Doorn Elzinga Faber Geerts Gorter Haverkamp Hoogland Horst Hulst Jager Kemper
    Koers Kroon Kuijper Lemmens Loos Mes Nauta Nieuwenhuis Oosterveld Ploeg Reinders Rijn
    Ruiter Schuurman Siebers Smeets Spijker Stoop Terpstra Tromp Veld Verhagen Voskuil
    Weijers Wessels Wolf Zee Zuidema Hulshof Kroes Mertens Prinsen Rademaker Schaap Tijssen
    Aarts Bastiaansen Bijl Boekhout Brands Bruins Coenen Dekkers Dirksen Duijn Eijk Engels
    Feenstra Gijsbers Groenewegen Hamers Hartman Heijnen Hendrix Hoefnagels Hoekman Janse
    Kloosterman Knol Kuyt Langeveld Luijten Mulders Nijland Ooms Paulussen Poortman Raaijmakers
    Ramaker Roelofsen Schilder Slegers Stolk Sturm Veenman Verkerk Vissers Vogel Vrolijk
    Warmerdam Wijnen Zeeman Zwanenburg Goudsmit Kleinjan Oudshoorn Hogenboom Ridder
    """
)
# Surnames that double as common words: "Bakker" the name, "de bakker" the baker.
WORD_SURNAMES = word_set(
    """
    Bakker Visser Smit Boer Mulder Groot Bos Vos Dekker Brouwer Wit Kok Haan Koster Prins
    Kuiper Leeuw Schipper Kramer Lange Post Vink Haas Koning Zwart Groen Hoek Jonker
    Molenaar Blom Beek Berg Dam Brink Kamp Laan Mol Pauw Pol Roos Stam Tol Valk Vonk
    Winter Wolf Zee Zwaan Baas Blok Boon Jager Kort Kroon Loos Mes Ruiter Schaap Veld Slot
    Steen Vogel Schilder Meer Wal Horst Jong Bruin Hulst Kemper Spijker Ploeg Zanden Vrolijk
    Ridder Faber Engels Stoop Maas Rijn Doorn Bosch Heuvel Hoek
    """
)

# Place names shaped like tussenvoegsel + surname.
PLACES_LIKE_NAMES = word_set(
    "den_bosch ten_boer den_haag den_helder de_bilt de_koog den_hoorn ter_aar ter_apel"
    " de_lier de_meern de_rijp de_wijk den_ham den_dolder den_burg de_koning de_staat"
    " den_oever ten_post den_rijn den_ijssel de_maas de_rijn"
)

# Word endings of organisations, services and places, never of surnames in our texts.
ORGANISATION_ENDINGS = (
    "dienst", "telefoon", "loket", "bank", "school", "centrum", "team", "wet", "raad",
    "kantoor", "fonds", "bureau", "instituut", "toeslag", "toeslagen", "afdeling", "gemeente",
    "ziekenhuis", "verzekeraar", "corporatie", "stichting", "vereniging", "uitkering",
    "service", "bedrijf", "bakkerij", "praktijk", "kliniek", "gasthuis", "apotheek", "groep",
    "advies",
)  # fmt: skip

# Lower-case forms; "van der" etc. are sequences of these.
TUSSENVOEGSELS = word_set("van de der den 't ter ten d' el al da dos du la le von")
# Arabic and Romance particles written with a capital: "El Amrani", "Da Silva".
CAPITAL_PARTICLES = word_set("El Al Da Dos Du La Le Ben Abou Bin", casefold=False)

TITLES = word_set(
    """
    mevrouw mevr. mevr mw. mw meneer mnr. mnr dhr. dhr heer mr. mr dr. dr ir. ir drs. drs
    prof. prof ing. ing juffrouw mejuffrouw mej. familie fam. fam wijlen
    """
)

# Towns that are not surnames alone, but can be after a particle ("Iris van Groningen").
PLACE_NAMES = word_set(
    """
    Amsterdam Rotterdam Utrecht Haag Eindhoven Groningen Tilburg Almere Breda
    Nijmegen Apeldoorn Haarlem Arnhem Enschede Amersfoort Zaanstad Zwolle Leiden Maastricht
    Dordrecht Zoetermeer Delft Deventer Alkmaar Venlo Leeuwarden Helmond Hilversum Emmen
    Assen Lelystad Gouda Schiedam Purmerend Hengelo Roosendaal Oss Almelo Ede Veenendaal
    """
)

# Capitalised words that never start or end a person name in our texts: organisations,
# functions, months, days and frequent sentence openers.
NOT_NAMES = PLACE_NAMES | word_set(
    """
    Belastingdienst Toeslagen Dienst UWV DUO SVB CAK CJIB IND RDW Kadaster Rijksoverheid
    Gemeente Provincie Ministerie Nederland Nederlandse Rijk Rijks Staat Kamer Tweede
    Eerste Minister Staatssecretaris Burgemeester Wethouder Raad Ombudsman Voorzitter
    Directeur Afdeling Team Klantcontact Servicedesk Wijkteam Participatiewet Awb Wet
    Jeugdwet Wmo Zorgverzekeringswet Toeslag Huurtoeslag Zorgtoeslag Kinderopvangtoeslag
    Kindgebonden Budget Bijstand Uitkering WW WIA WAO Wajong AOW Zorgverzekeraar Mijn
    Januari Februari Maart April Mei Juni Juli Augustus September Oktober November
    December Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Ik Wij We Zij Ze
    Hij U Uw Jij Je Het De Een Dit Dat Deze Die Er Hier Daar Klant Burger Cliënt Client
    Melder Beller Aanvrager Graag Dank Bedankt Groet Groeten Hallo Hoi Beste Geachte
    Onderwerp Bericht Telefoon Tel Email E-mail Adres Postcode Naam BSN IBAN Vraag Antwoord
    Klacht Bezwaar Brief Mail Formulier Gesprek Notitie Terugbelverzoek Ook Nog Maar En
    Of Als Want Omdat Toen Nu Vandaag Gisteren Morgen Na Voor Sinds Volgens Via Met Van
    Op In Aan Bij Om Over Per Tot Zonder Is Was Heeft Had Wil Kan Moet Zal Gaat Gaan
    Belt Belde Mailt Stuurt Geeft Zegt Vindt Wacht Krijgt Ontvangen Verzonden Betreft
    Kenmerk Datum Status Actie Opgelost Afgehandeld Doorgezet Terugbellen Zorg Jeugd
    Werk Inkomen Schulden Schuldhulp Schuldhulpverlening Incasso Deurwaarder Rechtbank
    Centrale Raad Beroep Nationale Gerechtshof Hoge Stichting Vereniging Nibud Juridisch
    Loket Sociale Verzekeringsbank Werkplein Wijk Buurt Centrum Zuid Noord Oost West Den
    Twitter Facebook Instagram LinkedIn WhatsApp DigiD Google Gmail Hotmail Outlook
    Euro Excel PDF Ziekenhuis Huisarts Apotheek Politie School Pakket Nummer Hallo
    Goedemorgen Goedemiddag Goedenavond Helaas Inmiddels Zojuist Verder Tevens Daarnaast
    Ontvangst Betaling Terugbetaling Aanslag Beschikking Aanvraag Verzoek Toeslagenwet
    Inspectie Kinderopvang Huurcommissie Woningcorporatie Corporatie Energie Eneco Vattenfall
    Essent Ziggo KPN ING Rabobank ABN AMRO SNS Triodos Bunq ASN Knab PostNL Geen Alle
    """
)
