# SPDX-License-Identifier: EUPL-1.2
"""Keyed pseudonyms link the same identifier however it is written, and nothing else."""

from __future__ import annotations

import pytest

from hartslag.privacy import keyed_pseudonym, normalise_identifier, pseudonymise

KEY = b"test-key"


def test_same_bsn_with_and_without_separators_gives_the_same_pseudonym() -> None:
    plain = keyed_pseudonym("BSN", "111222333", key=KEY, organisation="duo")
    assert keyed_pseudonym("bsn", "1112.22.333", key=KEY, organisation="duo") == plain
    assert keyed_pseudonym("BSN", "111 222 333", key=KEY, organisation="duo") == plain


def test_same_email_in_different_case_gives_the_same_pseudonym() -> None:
    lower = keyed_pseudonym("EMAIL", "jan@example.nl", key=KEY, organisation="duo")
    assert keyed_pseudonym("e-mail", " Jan@Example.NL", key=KEY, organisation="duo") == lower


def test_same_phone_in_national_and_international_form_gives_the_same_pseudonym() -> None:
    national = keyed_pseudonym("TELEFOON", "06-12345678", key=KEY, organisation="duo")
    assert keyed_pseudonym("TELEFOON", "+31 6 1234 5678", key=KEY, organisation="duo") == national


def test_other_organisation_or_key_gives_another_pseudonym() -> None:
    base = keyed_pseudonym("BSN", "111222333", key=KEY, organisation="duo")
    assert keyed_pseudonym("BSN", "111222333", key=KEY, organisation="uwv") != base
    assert keyed_pseudonym("BSN", "111222333", key=b"other", organisation="duo") != base


def test_pseudonym_in_text_equals_the_one_computed_for_a_form_field() -> None:
    entity = pseudonymise("BSN 1112.22.333", organisation="duo", key=KEY).entities[0]
    assert entity.pseudonym == keyed_pseudonym("BSN", "111222333", key=KEY, organisation="duo")


@pytest.mark.parametrize(
    ("kind", "value", "normalised"),
    [("BSN", "1234.56.782", "123456782"), ("BSN", "12345672", "012345672"),
     ("IBAN", "nl91 abna 0417 1643 00", "NL91ABNA0417164300"),
     ("EMAIL", "J.Jansen@Example.NL", "j.jansen@example.nl"),
     ("TELEFOON", "0031 (0)20 123 4567", "+31201234567"),
     ("GEBOORTEDATUM", "12 maart 1985", "1985-03-12"), ("POSTCODE", "1234 ab", "1234AB"),
     ("KENTEKEN", "ab-123-c", "AB123C"), ("PERSOON", "Jan  de Vries", "jan de vries")],
)  # fmt: skip
def test_identifiers_are_normalised_to_one_canonical_form(
    kind: str, value: str, normalised: str
) -> None:
    assert normalise_identifier(kind, value) == normalised


def test_unknown_kind_is_refused_with_the_valid_kinds_named() -> None:
    with pytest.raises(ValueError, match=r"unknown identifier kind 'paspoort'.*BSN"):
        normalise_identifier("paspoort", "X")


def test_empty_key_is_refused() -> None:
    with pytest.raises(ValueError, match="non-empty"):
        keyed_pseudonym("BSN", "111222333", key=b"", organisation="duo")
