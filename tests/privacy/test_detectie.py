# SPDX-License-Identifier: EUPL-1.2
"""Each kind of personal data is found in its usual written forms."""

from __future__ import annotations

import pytest

from hartslag.privacy import EntiteitType, pseudonymise


def found(text: str) -> list[tuple[EntiteitType, str]]:
    return [(e.type, e.text) for e in pseudonymise(text).entities]


def texts_of(text: str, kind: EntiteitType) -> list[str]:
    return [t for k, t in found(text) if k is kind]


@pytest.mark.parametrize(
    "bsn", ["111222333", "1112.22.333", "111.222.333", "111 222 333", "111-222-333", "012345672"]
)
def test_valid_bsn_is_found_with_or_without_separators(bsn: str) -> None:
    assert texts_of(f"Klant gaf nummer {bsn} door.", EntiteitType.BSN) == [bsn]


def test_eight_digit_bsn_counts_only_after_a_bsn_keyword() -> None:
    assert texts_of("BSN: 12345672, gecontroleerd.", EntiteitType.BSN) == ["12345672"]
    assert texts_of("Zending 12345672 is onderweg.", EntiteitType.BSN) == []


@pytest.mark.parametrize(
    "iban",
    ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "BE71096123456769"],
)
def test_iban_with_valid_checksum_is_found_in_any_spelling(iban: str) -> None:
    assert texts_of(f"Graag storten op {iban} ten name van de klant.", EntiteitType.IBAN) == [iban]


def test_two_ibans_in_a_row_are_both_found() -> None:
    text = "Rekening NL91ABNA0417164300 en nl91 abna 0417 1643 00, of AB12 BE71096123456769."
    assert texts_of(text, EntiteitType.IBAN) == [
        "NL91ABNA0417164300",
        "nl91 abna 0417 1643 00",
        "BE71096123456769",
    ]


def test_email_address_is_found() -> None:
    assert texts_of("Mail naar J.deVries@Example.nl graag.", EntiteitType.EMAIL) == [
        "J.deVries@Example.nl"
    ]


@pytest.mark.parametrize(
    "phone",
    ["06-12345678", "06 12 34 56 78", "0612345678", "+31 6 12345678", "0031 6 1234 5678",
     "+31 (0)6 12345678", "010-1234567", "020 123 4567", "(030) 123 45 67", "0592-123456"],
)  # fmt: skip
def test_phone_number_is_found_in_dutch_and_international_forms(phone: str) -> None:
    assert texts_of(f"Bel terug op {phone} na vijf uur.", EntiteitType.TELEFOON) == [phone]


@pytest.mark.parametrize(
    "address",
    ["Dorpsstraat 12", "Laan van Meerdervoort 4-A", "Burgemeester de Withstraat 7b",
     "Jan van Goyenstraat 4 bis", "Kerkweg 3, 1234 AB Utrecht", "Oudegracht 101 te Utrecht"],
)  # fmt: skip
def test_street_address_with_house_number_is_found(address: str) -> None:
    assert texts_of(f"De brief ging naar {address}. Daarna niets.", EntiteitType.ADRES) == [address]


def test_street_of_any_shape_is_found_after_woont_op() -> None:
    assert texts_of("Mevrouw woont op Lange Voorhout 9.", EntiteitType.ADRES) == [
        "Lange Voorhout 9"
    ]


def test_postcode_with_house_number_is_an_address_and_alone_a_postcode() -> None:
    assert texts_of("Postcode 1234 AB 12 klopt.", EntiteitType.ADRES) == ["1234 AB 12"]
    assert texts_of("Postcode 1234AB klopt.", EntiteitType.POSTCODE) == ["1234AB"]


@pytest.mark.parametrize(
    ("text", "date"),
    [("Klant, geboren op 12-03-1985, belt.", "12-03-1985"),
     ("Mw. Smit (geb. 3 april 1979) belt.", "3 april 1979"),
     ("Geboortedatum: 1985-03-12", "1985-03-12")],
)  # fmt: skip
def test_date_of_birth_is_found_when_the_context_says_so(text: str, date: str) -> None:
    assert texts_of(text, EntiteitType.GEBOORTEDATUM) == [date]


@pytest.mark.parametrize("plate", ["AB-123-C", "12-ABC-3", "GK-11-NZ", "87-vgb-8"])
def test_licence_plate_in_a_sidecode_format_is_found(plate: str) -> None:
    assert texts_of(f"De auto {plate} is verkocht.", EntiteitType.KENTEKEN) == [plate]


def test_licence_plate_without_dashes_needs_the_word_kenteken() -> None:
    assert texts_of("Kenteken 12ABC3 staat op haar naam.", EntiteitType.KENTEKEN) == ["12ABC3"]


def test_client_and_case_numbers_are_found_after_their_name() -> None:
    text = "Klantnummer 123456, relatienummer: R-998877, dossiernummer 2024/0012345, zaaknr Z-24-1."
    assert texts_of(text, EntiteitType.KLANTNUMMER) == ["123456", "R-998877"]
    assert texts_of(text, EntiteitType.DOSSIERNUMMER) == ["2024/0012345", "Z-24-1"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("Mevrouw De Vries belt.", "De Vries"), ("Gesprek met dhr. J.P. van den Berg.",
      "J.P. van den Berg"), ("Klant Jan Jansen belt.", "Jan Jansen"),
     ("de heer El Amrani belde", "El Amrani"), ("Beste Wubbe Kloosterboer,", "Wubbe Kloosterboer"),
     ("Met vriendelijke groet,\n\nA. Yılmaz", "A. Yılmaz"), ("Naam: Tjitske Hettema", "Tjitske Hettema"),
     ("Collega Petra belt terug.", "Petra"), ("Ook mr. Bakker was er.", "Bakker")],
)  # fmt: skip
def test_person_name_is_found_with_titles_initials_and_tussenvoegsels(text: str, name: str) -> None:
    assert texts_of(text, EntiteitType.PERSOON) == [name]


def test_lower_case_name_after_ik_ben_is_found_in_chat() -> None:
    assert texts_of("klant: hoi ik ben sanne de vries, vraagje", EntiteitType.PERSOON) == [
        "sanne de vries"
    ]
