# SPDX-License-Identifier: EUPL-1.2
"""Building blocks for the synthetic privacy corpus: invented people and their numbers.

All names are common Dutch given names and surnames combined at random, or invented;
numbers are random and only made to pass (or, on purpose, fail) their checksums. These
lists are the generator's own and deliberately differ from the detector's word lists:
many names here are not in `hartslag.privacy.namenlijsten`.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field


def _woorden(tekst: str, scheiding: str | None = None) -> list[str]:
    return [w.strip() for w in tekst.split(scheiding) if w.strip()]


VOORNAMEN_V = _woorden("""
Anna Sanne Femke Lotte Eva Fatima Ayşe Maria Johanna Ingrid Petra Marieke Noor
Sophie Yasmina Khadija Tineke Gerda Wilma Esther Janneke Linda Monique Sevda Nathalie Iris
Roos Fleur Ilse Kirsten Anouk Lieke Tjitske Hiltje Gerlinde Wietske Baukje Ruth Hasna Souad
Mirjam Cornelia Hendrika Geertruida Daphne Chayenne Shanti Rajni Natasha Oksana Agnieszka
Zeynep Elif Meryem Naima Loubna Ikram Bibi Ingeborg Marjolein Annemiek Dieuwertje Jikke""")
VOORNAMEN_M = _woorden("""
Jan Pieter Kees Henk Mohamed Ahmed Mehmet Youssef Thomas Lucas Daan Bram Sem
Willem Gerrit Hendrik Johannes Cornelis Erik Mark Jeroen Dennis Ruud Sjoerd Wubbe Tjeerd
Hidde Jelmer Durk Bauke Ids Siebe Rachid Mustafa Hakan Emre Murat Stanley Rinaldo Errol
Ravi Sunil Tomasz Piotr Dragan Jasper Joost Koen Stijn Maarten Frits Teun Gijs Wessel
Abdelaziz Brahim Driss Ilias Anass Kofi Kwame Jurgen Marnix Olivier Reinier Sebastiaan""")
# (tussenvoegsel, achternaam); a few are also everyday words on purpose.
ACHTERNAMEN = [
    ("de", "Vries"), ("", "Jansen"), ("van", "Dijk"), ("", "Bakker"), ("", "Visser"),
    ("", "Smit"), ("de", "Jong"), ("", "Mulder"), ("de", "Wit"), ("", "Groen"), ("", "Zwart"),
    ("de", "Koning"), ("van den", "Berg"), ("van der", "Linden"), ("", "Hendriks"),
    ("", "Yılmaz"), ("", "Kaya"), ("El", "Amrani"), ("", "Bouzid"), ("", "Öztürk"),
    ("", "Kloosterboer"), ("", "Hettema"), ("", "Ossewaarde"), ("ter", "Horst"),
    ("van 't", "Hof"), ("", "Wijnands"), ("", "Ramdin"), ("", "Kisoensingh"), ("", "Nowak"),
    ("", "Dijkstra"), ("", "Hoekstra"), ("", "Wiersma"), ("de", "Boer"), ("", "Brouwer"),
    ("van", "Leeuwen"), ("", "Meijer"), ("", "Peters"), ("", "Verhoeven"), ("", "Vermeulen"),
    ("van der", "Meer"), ("", "Scholten"), ("", "Timmermans"), ("", "Kuipers"), ("", "Postma"),
    ("", "Tahiri"), ("", "Benali"), ("", "Çelik"), ("", "Demir"), ("", "Nguyen"),
    ("", "Oudejans"), ("", "Brinkhuis"), ("", "Veldkamp"), ("", "Hazelaar"), ("", "Roorda"),
    ("", "Zeilstra"), ("van", "Rossum"), ("", "Bijlsma"), ("", "Tuinstra"), ("", "Lagerwey"),
    ("", "Pronk"), ("", "Verstappen"), ("", "Ketelaar"), ("", "Vonk"), ("", "Sprenger"),
    ("", "Koster"), ("", "Kok"), ("de", "Groot"), ("", "Prins"), ("", "Kramer"),
    ("van", "Wijk"), ("", "Baldewsingh"), ("", "Lachman"), ("", "Mohan"), ("da", "Silva"),
    ("", "Wolters"), ("", "Eshuis"), ("", "Nijenhuis"), ("", "Hulshof"), ("", "Stegeman"),
]  # fmt: skip
STRATEN = _woorden(
        "Dorpsstraat;Kerkstraat;Hoofdstraat;Stationsweg;Molenweg;Julianalaan;Beatrixlaan;"
        "Wilhelminapark;Oudegracht;Prinsengracht;Herengracht;Coolsingel;Nieuwe Binnenweg;"
        "Breestraat;Vismarkt;Stationsplein;Schoolstraat;Kastanjelaan;Eikenlaan;"
        "Populierenlaan;Zuiderhavendijk;Markt;Brink;Molenpad;Kanaalweg;Industrieweg;"
        "Sportlaan;Parkweg;Beukenhof;Lindenhof;Rozenstraat;Tulpstraat;Irisstraat;Veldweg;"
        "Burgemeester de Withstraat;Burgemeester Kessensingel;Van Heemstraweg;"
        "Jan van Goyenstraat;Laan van Meerdervoort;Laan van Nieuw Oost-Indië;"
        "Prins Hendrikkade;Koningin Julianaplein;Graaf Florislaan;Lange Voorhout;Damrak;"
        "Rokin;Hogewoerd;Achter de Kerk;Nieuwstad;Westersingel;Vlietkade;Zeeweg;"
    "Esdoornstraat;Bosweg;Meidoornlaan;Havenstraat;Wagenstraat;Groenmarkt",
    scheiding=";",
)
PLAATSEN = [
    *_woorden("""
Utrecht Amsterdam Rotterdam Zwolle Groningen Leeuwarden Assen Deventer Tilburg Breda
Nijmegen Arnhem Haarlem Leiden Delft Gouda Emmen Heerenveen Sneek Veenendaal Zaandam Hoorn
Alkmaar Venlo Roermond Maastricht Helmond Oss Almere Lelystad Apeldoorn Enschede Hengelo
Dokkum Harderwijk Kampen Meppel Middelburg Vlissingen Goes Terneuzen Purmerend"""),
    "Den Haag", "'s-Hertogenbosch", "Bergen op Zoom", "Alphen aan den Rijn",
    "Capelle aan den IJssel", "Den Helder", "Ter Apel",
]  # fmt: skip
BANKEN = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
MAILDOMEINEN = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl",
                "live.nl", "xs4all.nl", "planet.nl", "icloud.com", "yahoo.com"]  # fmt: skip
NETNUMMERS = ["010", "020", "030", "033", "035", "040", "043", "045", "050", "053", "055",
              "058", "070", "071", "072", "073", "076", "079", "0113", "0162", "0172",
              "0222", "0251", "0299", "0313", "0341", "0413", "0513", "0522", "0592"]  # fmt: skip
KENTEKEN_LETTERS = "BDFGHJKLNPRSTVXZ"
KENTEKEN_VORMEN = ["LL-DDD-L", "L-DDD-LL", "DD-LLL-D", "D-LLL-DD", "LLL-DD-L", "L-DD-LLL",
                   "D-LL-DDD", "DDD-LL-D", "LL-DD-LL", "DD-LL-LL", "DD-LLL-D"]  # fmt: skip
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]  # fmt: skip


def bsn_geldig(rng: random.Random) -> str:
    """Nine digits that pass the 11-proef."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        if digits[0] == 0 and rng.random() > 0.1:
            continue
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        if last <= 9:
            number = "".join(map(str, digits)) + str(last)
            if number != "000000000":
                return number


def bsn_ongeldig(rng: random.Random) -> str:
    """Nine digits that fail the 11-proef (looks like a BSN, is not one)."""
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=True))
        if total % 11:
            return "".join(map(str, digits))


def bsn_opmaak(rng: random.Random, number: str) -> str:
    vorm = rng.choice(["plain", "plain", "plain", "dots4", "dots3", "space3", "dash3", "sp4"])
    if vorm == "dots4":
        return f"{number[:4]}.{number[4:6]}.{number[6:]}"
    if vorm == "dots3":
        return f"{number[:3]}.{number[3:6]}.{number[6:]}"
    if vorm == "space3":
        return f"{number[:3]} {number[3:6]} {number[6:]}"
    if vorm == "dash3":
        return f"{number[:3]}-{number[3:6]}-{number[6:]}"
    if vorm == "sp4":
        return f"{number[:4]} {number[4:6]} {number[6:]}"
    return number


def _iban_check(country: str, bban: str) -> str:
    raw = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in raw)
    return f"{98 - int(numeric) % 97:02d}"


def iban(rng: random.Random, geldig: bool = True) -> str:
    """A Dutch IBAN (sometimes Belgian or German) in one of the usual spellings."""
    country = rng.choices(["NL", "BE", "DE"], [0.9, 0.05, 0.05])[0]
    if country == "NL":
        bban = rng.choice(BANKEN) + "".join(rng.choice(string.digits) for _ in range(10))
    elif country == "BE":
        first = int(rng.choice(["001", "068", "310", "735"]) + f"{rng.randint(0, 10**7 - 1):07d}")
        bban = f"{first:010d}{first % 97 or 97:02d}"  # bank code and national check digits
    else:
        bban = "".join(rng.choice(string.digits) for _ in range(18))
    check = _iban_check(country, bban)
    if not geldig:
        check = f"{(int(check) + rng.randint(1, 9)) % 100:02d}"
    compact = country + check + bban
    vorm = rng.random()
    if vorm < 0.45:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    if vorm < 0.55:
        return compact.lower()
    return compact


def telefoon(rng: random.Random) -> str:
    """A valid Dutch mobile or landline number in one of many written forms."""
    if rng.random() < 0.6:
        rest = str(rng.randint(1, 5)) + "".join(rng.choice(string.digits) for _ in range(7))
        return rng.choice([
            f"06-{rest}", f"06 {rest}", f"06{rest}", f"06 {rest[:2]} {rest[2:4]} {rest[4:6]} "
            f"{rest[6:]}", f"+31 6 {rest}", f"+316{rest}", f"0031 6 {rest[:4]} {rest[4:]}",
            f"+31 (0)6 {rest}", f"06 - {rest}", f"06-{rest[:2]}{rest[2:4]} {rest[4:]}",
        ])  # fmt: skip
    net = rng.choice(NETNUMMERS)
    rest = str(rng.randint(2, 8)) + "".join(rng.choice(string.digits) for _ in range(9 - len(net)))
    return rng.choice([
        f"{net}-{rest}", f"{net} {rest}", f"{net}{rest}", f"({net}) {rest}",
        f"{net} {rest[:3]} {rest[3:]}", f"+31 {net[1:]} {rest}", f"0031{net[1:]}{rest}",
    ])  # fmt: skip


def kenteken(rng: random.Random) -> str:
    vorm = rng.choice(KENTEKEN_VORMEN)
    chars = [
        rng.choice(KENTEKEN_LETTERS) if c == "L" else str(rng.randint(0, 9)) if c == "D" else c
        for c in vorm
    ]
    plate = "".join(chars)
    return plate if rng.random() < 0.85 else plate.lower()


def postcode(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
    digits = str(rng.randint(1000, 9999))
    return rng.choice([f"{digits} {letters}", f"{digits} {letters}", f"{digits}{letters}"])


def huisnummer(rng: random.Random) -> str:
    nummer = str(rng.choices([rng.randint(1, 40), rng.randint(41, 350)], [0.7, 0.3])[0])
    toevoeging = rng.choices(
        ["", "a", "B", "-A", "-2", " bis", "-hs", "-1"], [0.7, 0.06, 0.04, 0.05, 0.05, 0.03,
                                                            0.03, 0.04])[0]  # fmt: skip
    return nummer + toevoeging


def datum(rng: random.Random, jaar_van: int, jaar_tot: int) -> str:
    dag, maand, jaar = rng.randint(1, 28), rng.randint(1, 12), rng.randint(jaar_van, jaar_tot)
    return rng.choice([
        f"{dag:02d}-{maand:02d}-{jaar}", f"{dag}-{maand}-{jaar}", f"{dag:02d}/{maand:02d}/{jaar}",
        f"{dag} {MAANDEN[maand - 1]} {jaar}", f"{dag:02d}.{maand:02d}.{jaar}",
        f"{jaar}-{maand:02d}-{dag:02d}",
    ])  # fmt: skip


@dataclass
class Persoon:
    """An invented person with everything a text may say about them."""

    voornaam: str
    tussenvoegsel: str
    achternaam: str
    vrouw: bool
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def vol(self) -> str:
        return " ".join(p for p in (self.voornaam, self.tussenvoegsel, self.achternaam) if p)

    @property
    def los(self) -> str:
        """Surname on its own: the tussenvoegsel gets a capital ("De Vries")."""
        if not self.tussenvoegsel:
            return self.achternaam
        return self.tussenvoegsel[0].upper() + self.tussenvoegsel[1:] + " " + self.achternaam

    def initialen(self, rng: random.Random) -> str:
        extra = rng.choice(["", "", "", "M.", "P.", "J.M.", "A."])
        sep = "" if rng.random() < 0.8 else " "
        letters = f"{self.voornaam[0]}.{sep}{extra}".strip()
        rest = " ".join(p for p in (self.tussenvoegsel, self.achternaam) if p)
        return f"{letters} {rest}"


def persoon(rng: random.Random) -> Persoon:
    vrouw = rng.random() < 0.5
    voornaam = rng.choice(VOORNAMEN_V if vrouw else VOORNAMEN_M)
    tussen, achter = rng.choice(ACHTERNAMEN)
    return Persoon(voornaam, tussen, achter, vrouw)
