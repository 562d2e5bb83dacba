# SPDX-License-Identifier: EUPL-1.2
"""Numbers, dates and addresses in the notations Dutch writers and organisations use."""

from __future__ import annotations

import pytest

from hartslag.privacy import EntiteitType, pseudonymise


def of_type(text: str, kind: EntiteitType) -> list[str]:
    return [e.text for e in pseudonymise(text).entities if e.type is kind]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Klant geb. 3-4-1985 belt over de toeslag.", "3-4-1985"),
        ("Mevrouw is geboren 03.04.85 in Zwolle.", "03.04.85"),
        ("Geboren op 3 april 1985 te Assen.", "3 april 1985"),
        ("Geboortedatum: 1985-04-03", "1985-04-03"),
        ("d.o.b. 03/04/1985, volgens het paspoort", "03/04/1985"),
        ("geb. 3 apr. '85, woont alleen", "3 apr. '85"),
        ("Geboortedatum 12-2-'60, klant sinds 2001.", "12-2-'60"),
        ("Zij is op 12 augustus 1972 geboren en woont alleen.", "12 augustus 1972"),
        ("Cliënt Thijs Meulenbelt (12-05-1978) belde vanochtend.", "12-05-1978"),
        ("Het gaat om Noor Yilmaz (cliënte, 3 apr. '85) en haar zoon.", "3 apr. '85"),
        ("Dhr. P. de Graaf (BSN 111222333, 14-7-1950) vraagt uitstel.", "14-7-1950"),
    ],
)
def test_date_of_birth_is_found_in_every_common_notation(text: str, date: str) -> None:
    assert of_type(text, EntiteitType.GEBOORTEDATUM) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Brief van 12-03-2024 ontvangen, gebeld op 14 mei 2024 om 14:30.",
        "De hoorzitting (12-03-2026) is verzet.",
        "Geboren in 1985, maar dat doet er niet toe.",
        "Het besluit van 31-02-2024 bestaat niet.",
    ],
)
def test_other_dates_stay(text: str) -> None:
    assert of_type(text, EntiteitType.GEBOORTEDATUM) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Uw kenmerk: UWV-2023-778812. Wij nemen contact op.", "UWV-2023-778812"),
        ("Het gaat om dossier 2024-1234567 bij de gemeente.", "2024-1234567"),
        ("Zaak Z/2024/00123: de hoorzitting is verzet.", "Z/2024/00123"),
        ("klantnummer 4471 9920, graag terugbellen", "4471 9920"),
        ("relatienr. 55120931 klopt niet", "55120931"),
        ("Onderwerp: bezwaar 2024/SVB/112233", "2024/SVB/112233"),
        ("Mijn gegevens: Lotte Hermans, 2024-5553331.", "2024-5553331"),
        ("klantnr K7730021 staat op de brief", "K7730021"),
        ("Betaald met kenmerk 1234 5678 9012 3456 op 1 mei.", "1234 5678 9012 3456"),
    ],
)
def test_case_and_client_number_is_found_by_its_name_or_shape(text: str, number: str) -> None:
    found = of_type(text, EntiteitType.KLANTNUMMER) + of_type(text, EntiteitType.DOSSIERNUMMER)
    assert found == [number]


@pytest.mark.parametrize(
    "text",
    [
        "In de periode 2019-2020 is niets veranderd.",
        "Bezwaar 2025 is nog niet behandeld.",
        "Dossier van 12 pagina's, bedrag € 1.234,56.",
        "Het formuliernummer 471878796 staat rechtsonder.",
    ],
)
def test_years_amounts_and_form_numbers_are_no_case_numbers(text: str) -> None:
    assert pseudonymise(text).entities == []


@pytest.mark.parametrize(
    "phone",
    ["+31 6 2345 6789", "0031 6 12 34 56 78", "06 - 12 34 56 78", "(020) 555 12 34",
     "070-3456789", "+31(0)612345678", "06.12.34.56.78", "06/12345678", "+316 23456789",
     "06-70 11 22 33", "050 - 012 34 56"],
)  # fmt: skip
def test_phone_number_is_found_with_any_spacing(phone: str) -> None:
    assert of_type(f"Bel mij op {phone} na vijven.", EntiteitType.TELEFOON) == [phone]


def test_date_with_a_time_is_no_phone_number() -> None:
    assert of_type("Gebeld op 05.03.2023 10:15 en 05-03-2023 om 10.15 uur.",
                   EntiteitType.TELEFOON) == []  # fmt: skip


@pytest.mark.parametrize(
    "plate",
    ["GB-12-34", "12-34-GB", "12-GB-34", "GB-12-DX", "GB-DX-12", "12-GB-DX", "12-GBD-3",
     "1-GBD-23", "GB-123-D", "G-123-BD", "GBD-12-X", "G-12-BDX", "1-GB-234", "123-GB-4"],
)  # fmt: skip
def test_licence_plate_of_every_sidecode_is_found(plate: str) -> None:
    assert of_type(f"De auto met kenteken {plate} is verkocht.", EntiteitType.KENTEKEN) == [plate]
    lower = plate.lower()
    assert of_type(f"auto {lower} is gestolen", EntiteitType.KENTEKEN) == [lower]


@pytest.mark.parametrize("plate", ["gx123b", "12ABC3", "1NHB42"])
def test_licence_plate_without_dashes_is_found_after_its_name(plate: str) -> None:
    assert of_type(f"Boete voor kenteken {plate}, niet van mij.", EntiteitType.KENTEKEN) == [plate]


@pytest.mark.parametrize(
    "email",
    ["p.devries [at] ziggo.nl", "jansen(at)kpn.nl", "marieke apenstaartje gmail.com",
     "m.bos [at] home [dot] nl"],
)  # fmt: skip
def test_written_out_email_address_is_found(email: str) -> None:
    assert of_type(f"Mail naar {email} graag.", EntiteitType.EMAIL) == [email]


def test_written_out_email_address_gets_the_pseudonym_of_the_plain_one() -> None:
    key = b"k" * 32
    plain = pseudonymise("Mail p.devries@ziggo.nl", key=key).entities[0]
    written = pseudonymise("Mail p.devries [at] ziggo.nl", key=key).entities[0]
    assert plain.pseudonym == written.pseudonym


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ze woont op lindenlaan 4, 3511 ab utrecht sinds mei.", "lindenlaan 4, 3511 ab utrecht"),
        ("Nieuw adres: Hoofdweg 12 III, 9712 AB Groningen.", "Hoofdweg 12 III, 9712 AB Groningen"),
        (
            "Post naar Stationsstraat 8-2 hoog, 1012 AB Amsterdam.",
            "Stationsstraat 8-2 hoog, 1012 AB Amsterdam",
        ),
        ("woont aan de dijk bij Urk, op Havenkade 3.", "Havenkade 3"),
        ("Pakket naar prinses beatrixlaan 7 gestuurd.", "prinses beatrixlaan 7"),
    ],
)
def test_address_is_found_in_lower_case_and_with_floors(text: str, address: str) -> None:
    assert of_type(text, EntiteitType.ADRES) == [address]


def test_street_word_with_a_count_is_no_address() -> None:
    assert of_type("Op de snelweg 2 uur stilgestaan.", EntiteitType.ADRES) == []
