# SPDX-License-Identifier: EUPL-1.2
"""Invented reporters and their personal data: names, BSN, IBAN, phone, e-mail, address.

Names are random combinations of common Dutch first names and surnames, never real
people. BSNs pass the 11-proef and IBANs carry a correct ISO 7064 check, so the privacy
detection of Hartslag can be tested against realistic values.
"""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass
from random import Random


def _lijst(tekst: str) -> tuple[str, ...]:
    """A comma-separated list, written compactly."""
    return tuple(deel.strip() for deel in tekst.split(","))


VOORNAMEN_VROUW = _lijst(
    "Anna, Maria, Johanna, Cornelia, Sanne, Lisa, Emma, Sophie, Fleur, Anouk, Iris, Lotte, "
    "Esther, Marieke, Ingrid, Petra, Monique, Wilma, Annemarie, Femke, Yvonne, Linda, Sandra, "
    "Fatima, Naima, Samira, Ayşe, Elif, Priya, Daniëlle, Gerda, Hennie, Truus, Ria, Joke, "
    "Nicole, Kim, Romy, Julia, Noor, Sevda, Chantal, Miranda, Bianca, Tineke"
)
VOORNAMEN_MAN = _lijst(
    "Jan, Kees, Piet, Henk, Gerrit, Willem, Johan, Hendrik, Cor, Bert, Peter, Mark, Erik, "
    "Dennis, Jeroen, Marco, Bas, Tim, Daan, Sem, Lucas, Thomas, Ruben, Mohamed, Ahmed, Youssef, "
    "Mehmet, Emre, Rajesh, Sjoerd, Hans, Rob, Frank, Martin, Ton, Wim, Arjen, Niels, Joost, "
    "Stefan, Ricardo, Hamza, Theo, Klaas, Mustafa"
)
# Surnames as "tussenvoegsel/achternaam"; no slash means no tussenvoegsel.
ACHTERNAMEN = tuple(
    (naam.split("/")[0], naam.split("/")[1]) if "/" in naam else ("", naam)
    for naam in _lijst(
        "de/Jong, Jansen, de/Vries, van den/Berg, van/Dijk, Bakker, Janssen, Visser, Smit, "
        "Meijer, de/Boer, Mulder, de/Groot, Bos, Vos, Peters, Hendriks, van/Leeuwen, Dekker, "
        "Brouwer, de/Wit, Dijkstra, Smits, de/Graaf, van der/Meer, van der/Linden, Kok, Jacobs, "
        "de/Haan, Vermeulen, van den/Heuvel, van der/Veen, van den/Broek, de/Bruijn, "
        "van der/Heijden, Schouten, van/Beek, Willems, van/Vliet, Hoekstra, Maas, Verhoeven, "
        "Koster, van/Dam, van der/Wal, Prins, Blom, Huisman, Yılmaz, El Amrani, Bouzid, Kaya, "
        "Demir, Öztürk, Ramdin, Nguyen, ter/Horst, Postma, in 't/Veld, van 't/Hof, Zwart, "
        "Kuipers, op de/Beek, Boukhari, Wijnands, van/Essen, Claassen, Şahin"
    )
)
STRATEN = _lijst(
    "Dorpsstraat, Kerkstraat, Schoolstraat, Molenweg, Julianastraat, Wilhelminalaan, "
    "Beatrixstraat, Oranjestraat, Stationsweg, Nieuwstraat, Hoofdstraat, Prins Bernhardlaan, "
    "Irisstraat, Lindenlaan, Eikenlaan, Merelstraat, Parallelweg, Kastanjelaan, Marktplein, "
    "Spoorstraat, Tulpstraat, Rozenstraat, Vondelstraat, Graaf Florisstraat, Kanaalweg, "
    "Populierenlaan, Zonnebloemstraat, Esdoornlaan, Rembrandtlaan, Van Goghstraat"
)
# (city, lowest postcode, highest postcode, area code)
PLAATSEN = (
    ("Utrecht", 3511, 3585, "030"),
    ("Rotterdam", 3011, 3089, "010"),
    ("Amsterdam", 1011, 1109, "020"),
    ("Den Haag", 2491, 2597, "070"),
    ("Eindhoven", 5611, 5658, "040"),
    ("Groningen", 9711, 9747, "050"),
    ("Zwolle", 8011, 8043, "038"),
    ("Tilburg", 5011, 5049, "013"),
    ("Nijmegen", 6511, 6546, "024"),
    ("Almere", 1311, 1363, "036"),
    ("Amersfoort", 3811, 3829, "033"),
    ("Leeuwarden", 8911, 8939, "058"),
    ("Nieuwegein", 3431, 3439, "030"),
    ("Schiedam", 3111, 3125, "010"),
    ("Heerlen", 6411, 6436, "045"),
    ("Emmen", 7811, 7833, "0591"),
    ("Zeist", 3701, 3709, "030"),
)
BANKEN = _lijst("ABNA, INGB, RABO, RABO, INGB, SNSB, ASNB, TRIO, KNAB, BUNQ, RBRB")
# Reserved .example domains (RFC 2606): demo feedback in the outbox can never reach a person.
MAILDOMEINEN = _lijst(
    "gmail.example, gmail.example, hotmail.example, outlook.example, ziggo.example, "
    "kpnmail.example, live.example, planet.example, xs4all.example, home.example, "
    "icloud.example, hetnet.example"
)
ID_SOORTEN = ("bsn", "email", "telefoon", "klantnummer")


@dataclass(frozen=True)
class Adres:
    straat: str
    huisnummer: str
    postcode: str
    plaats: str

    def regel(self) -> str:
        return f"{self.straat} {self.huisnummer}, {self.postcode} {self.plaats}"


@dataclass(frozen=True)
class Persoon:
    """An invented reporter; melder_id is how the source system knows them."""

    voornaam: str
    tussenvoegsel: str
    achternaam: str
    vrouw: bool
    geboortedatum: datetime.date
    bsn: str
    email: str
    telefoon: str
    adres: Adres
    iban: str
    klantnummer: str
    id_soort: str

    @property
    def voorletters(self) -> str:
        return f"{self.voornaam[0]}."

    @property
    def naam(self) -> str:
        """Full name as written in a signature: "Jan de Vries"."""
        return " ".join(p for p in (self.voornaam, self.tussenvoegsel, self.achternaam) if p)

    @property
    def naam_met_voorletters(self) -> str:
        """ "J. de Vries": the tussenvoegsel stays lower case after initials."""
        return " ".join(p for p in (self.voorletters, self.tussenvoegsel, self.achternaam) if p)

    @property
    def achternaam_los(self) -> str:
        """ "De Vries", "Van den Berg": capitalised when no first name precedes it."""
        if not self.tussenvoegsel:
            return self.achternaam
        return f"{self.tussenvoegsel[0].upper()}{self.tussenvoegsel[1:]} {self.achternaam}"

    def leeftijd(self, op: datetime.date) -> int:
        jaren = op.year - self.geboortedatum.year
        verjaard = (op.month, op.day) >= (self.geboortedatum.month, self.geboortedatum.day)
        return jaren if verjaard else jaren - 1

    def melder_id(self) -> str:
        if self.id_soort == "bsn":
            return self.bsn
        if self.id_soort == "email":
            return self.email
        if self.id_soort == "telefoon":
            return self.telefoon
        return self.klantnummer


def nieuwe_bsn(rng: Random) -> str:
    """A random nine-digit number that passes the 11-proef."""
    while True:
        begin = str(rng.randint(10_000_000, 69_999_999))
        check = sum((9 - i) * int(d) for i, d in enumerate(begin)) % 11
        if check < 10:
            return begin + str(check)


def nieuwe_iban(rng: Random) -> str:
    """A Dutch IBAN, compact, with correct ISO 7064 mod 97-10 check digits."""
    bank = rng.choice(BANKEN)
    if bank == "INGB":
        rekening = f"{rng.randint(1_000_000, 9_999_999):010d}"
    else:
        rekening = f"{rng.randint(100_000_000, 9_999_999_999):010d}"
    omgezet = "".join(str(int(teken, 36)) for teken in f"{bank}{rekening}NL00")
    return f"NL{98 - int(omgezet) % 97:02d}{bank}{rekening}"


def _ascii(text: str) -> str:
    text = text.replace("ı", "i").replace("ş", "s").replace("Ş", "S")
    normalised = unicodedata.normalize("NFKD", text)
    return normalised.encode("ascii", "ignore").decode().replace(" ", "").replace("'", "")


def _email(rng: Random, voornaam: str, tussenvoegsel: str, achternaam: str, jaar: int) -> str:
    voor, tussen, achter = (_ascii(x).lower() for x in (voornaam, tussenvoegsel, achternaam))
    vorm = rng.randrange(6)
    if vorm == 0:
        lokaal = f"{voor}.{tussen}{achter}"
    elif vorm == 1:
        lokaal = f"{voor[0]}{tussen}{achter}"
    elif vorm == 2:
        lokaal = f"{voor}{jaar % 100:02d}"
    elif vorm == 3:
        lokaal = f"{voor}_{achter}{rng.randint(1, 99)}"
    elif vorm == 4:
        lokaal = f"{voor[0]}.{achter}"
    else:
        lokaal = f"{voor}{tussen}{achter}{jaar}"
    return f"{lokaal}@{rng.choice(MAILDOMEINEN)}"


def _adres(rng: Random, plaats: tuple[str, int, int, str]) -> Adres:
    naam, laag, hoog, _ = plaats
    letters = "ABCDEGHJKLMNPRTVWXZ"
    postcode = f"{rng.randint(laag, hoog)} {rng.choice(letters)}{rng.choice(letters)}"
    nummer = str(rng.randint(1, 180))
    if rng.random() < 0.15:
        nummer += rng.choice(("A", "B", "-bis", " bis", "-2", " hs"))
    return Adres(rng.choice(STRATEN), nummer, postcode, naam)


def nieuwe_persoon(
    rng: Random, op: datetime.date, leeftijd: tuple[int, int], plaats: str | None = None
) -> Persoon:
    """An invented person aged within `leeftijd` on date `op`, living in `plaats` if given."""
    vrouw = rng.random() < 0.53
    voornaam = rng.choice(VOORNAMEN_VROUW if vrouw else VOORNAMEN_MAN)
    tussenvoegsel, achternaam = rng.choice(ACHTERNAMEN)
    jaren = rng.randint(*leeftijd)
    geboren = op - datetime.timedelta(days=365 * jaren + rng.randint(0, 364) + jaren // 4)
    kandidaten = [p for p in PLAATSEN if p[0] == plaats] or list(PLAATSEN)
    woonplaats = rng.choice(kandidaten)
    mobiel = rng.random() < 0.8
    kengetal = woonplaats[3]
    abonnee = rng.randint(2 * 10 ** (9 - len(kengetal)), 10 ** (10 - len(kengetal)) - 1)
    telefoon = (
        f"06{rng.randint(1, 5)}{rng.randint(0, 9_999_999):07d}"
        if mobiel
        else (f"{kengetal}{abonnee}")
    )
    return Persoon(
        voornaam=voornaam,
        tussenvoegsel=tussenvoegsel,
        achternaam=achternaam,
        vrouw=vrouw,
        geboortedatum=geboren,
        bsn=nieuwe_bsn(rng),
        email=_email(rng, voornaam, tussenvoegsel, achternaam, geboren.year),
        telefoon=telefoon,
        adres=_adres(rng, woonplaats),
        iban=nieuwe_iban(rng),
        klantnummer=f"{rng.randint(10_000_000, 99_999_999)}",
        id_soort=rng.choices(ID_SOORTEN, weights=(40, 27, 18, 15))[0],
    )


def losse_naam(rng: Random) -> str:
    """The name of someone who is not the reporter (an advocate signing a letter)."""
    voornaam = rng.choice(VOORNAMEN_VROUW + VOORNAMEN_MAN)
    tussenvoegsel, achternaam = rng.choice(ACHTERNAMEN)
    return " ".join(p for p in (voornaam, tussenvoegsel, achternaam) if p)


def telefoon_notatie(nummer: str, rng: Random) -> str:
    """The many ways people write a Dutch phone number."""
    if nummer.startswith("06"):
        rest = nummer[2:]
        vormen: tuple[str, ...] = (
            f"06-{rest}",
            f"06 {rest}",
            nummer,
            f"06 {rest[:4]} {rest[4:]}",
            f"+31 6 {rest}",
            f"+316{rest}",
            f"06-{rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}",
        )
    else:
        kengetal = nummer[:4] if nummer.startswith("0591") else nummer[:3]
        rest = nummer[len(kengetal) :]
        vormen = (
            f"{kengetal}-{rest}",
            f"{kengetal} {rest[:3]} {rest[3:]}",
            nummer,
            f"+31 {kengetal[1:]} {rest}",
        )
    return rng.choice(vormen)


def bsn_notatie(bsn: str, rng: Random) -> str:
    return rng.choice((bsn, bsn, f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"))


def iban_notatie(iban: str, rng: Random) -> str:
    if rng.random() < 0.4:
        return iban
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def datum_notatie(datum: datetime.date, rng: Random) -> str:
    maanden = MAANDEN[datum.month - 1]
    return rng.choice(
        (
            f"{datum.day:02d}-{datum.month:02d}-{datum.year}",
            f"{datum.day}-{datum.month}-{datum.year}",
            f"{datum.day} {maanden} {datum.year}",
            f"{datum.day:02d}/{datum.month:02d}/{datum.year}",
        )
    )


MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
