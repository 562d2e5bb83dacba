# SPDX-License-Identifier: EUPL-1.2
from hartslag.services.pseudoniemen import melder_pseudoniem, normalise_melder_id

KEY = b"k" * 32


def test_every_spelling_of_one_identifier_gives_one_pseudonym() -> None:
    assert (
        len(
            {
                melder_pseudoniem(KEY, "UWV", v)
                for v in ("123456782", "1234.56.782", " 123 456 782 ")
            }
        )
        == 1
    )
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
    assert normalise_melder_id("123456789").startswith("id:")
    assert normalise_melder_id("123456782") == "bsn:123456782"
