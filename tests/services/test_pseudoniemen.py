# SPDX-License-Identifier: EUPL-1.2
from hartslag.privacy import EntiteitType, pseudonymise
from hartslag.services.pseudoniemen import (
    identifier_pseudoniem,
    melder_id_type,
    melder_pseudoniem,
    organisation_key,
)

KEY = b"k" * 32


def test_every_spelling_of_one_identifier_gives_one_pseudonym() -> None:
    spellings = ("123456782", "1234.56.782", " 123 456 782 ")
    assert len({melder_pseudoniem(KEY, "UWV", v) for v in spellings}) == 1
    assert melder_pseudoniem(KEY, "UWV", "A@B.nl") == melder_pseudoniem(KEY, "UWV", "a@b.NL")
    assert melder_pseudoniem(KEY, "UWV", "06-12345678") == melder_pseudoniem(
        KEY, "UWV", "+31 6 12345678"
    )


def test_pseudonyms_differ_per_organisation_and_key_and_hide_the_value() -> None:
    a = melder_pseudoniem(KEY, "UWV", "123456782")
    assert a != melder_pseudoniem(KEY, "BD", "123456782")
    assert a != melder_pseudoniem(b"x" * 32, "UWV", "123456782")
    assert "123456782" not in a and len(a) == 64


def test_invalid_bsn_is_treated_as_a_client_number() -> None:
    assert melder_id_type("123456789") is EntiteitType.KLANTNUMMER
    assert melder_id_type("123456782") is EntiteitType.BSN
    assert melder_id_type("j@example.nl") is EntiteitType.EMAIL
    assert melder_id_type("06-12345678") is EntiteitType.TELEFOON


def test_reporter_id_and_the_same_identifier_in_free_text_share_one_pseudonym() -> None:
    tekst = "Mevrouw belde, BSN 1234.56.782, mail j.jansen@example.nl, tel 06 1234 5678."
    sleutel = organisation_key(KEY, "UWV")
    in_tekst = {
        e.type: e.pseudonym for e in pseudonymise(tekst, organisation="UWV", key=sleutel).entities
    }
    assert in_tekst[EntiteitType.BSN] == melder_pseudoniem(KEY, "UWV", "123456782")
    assert in_tekst[EntiteitType.EMAIL] == melder_pseudoniem(KEY, "UWV", "J.Jansen@example.nl")
    assert in_tekst[EntiteitType.TELEFOON] == melder_pseudoniem(KEY, "UWV", "+31612345678")
    assert in_tekst[EntiteitType.BSN] == identifier_pseudoniem(
        KEY, "UWV", EntiteitType.BSN, "123 456 782"
    )
