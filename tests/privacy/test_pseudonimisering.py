# SPDX-License-Identifier: EUPL-1.2
"""Placeholders are consistent within a text and the output keeps no personal data."""

from __future__ import annotations

import pytest

from hartslag.privacy import (
    EntiteitType,
    pseudonimisering,
    pseudonymise,
    pseudonymise_each,
    pseudonymise_fields,
)

NOTE = (
    "Mevrouw J. de Vries (BSN 111222333) belt. Tel 06-12345678, mail jdv@example.nl. "
    "Woont Dorpsstraat 12, 1234 AB Utrecht. De Vries belt later nog eens, BSN 1112.22.333. "
    "Collega Petra Bakker neemt het over; Petra mailt jdv@example.nl."
)


def test_same_value_gets_the_same_placeholder_within_a_text() -> None:
    result = pseudonymise(NOTE)
    bsns = [e.placeholder for e in result.entities if e.type is EntiteitType.BSN]
    emails = [e.placeholder for e in result.entities if e.type is EntiteitType.EMAIL]
    assert bsns == ["[BSN-1]", "[BSN-1]"]
    assert emails == ["[EMAIL-1]", "[EMAIL-1]"]


def test_surname_mentioned_alone_maps_to_the_same_person() -> None:
    result = pseudonymise(NOTE)
    persons = [(e.text, e.placeholder) for e in result.entities if e.type is EntiteitType.PERSOON]
    assert persons == [
        ("J. de Vries", "[PERSOON-1]"),
        ("De Vries", "[PERSOON-1]"),
        ("Petra Bakker", "[PERSOON-2]"),
        ("Petra", "[PERSOON-2]"),
    ]


def test_spans_refer_to_the_original_text() -> None:
    result = pseudonymise(NOTE)
    assert result.entities
    for entity in result.entities:
        assert NOTE[entity.start : entity.end] == entity.text


def test_no_entity_text_remains_in_the_output() -> None:
    result = pseudonymise(NOTE)
    for entity in result.entities:
        assert entity.text not in result.text
    assert result.text.startswith("Mevrouw [PERSOON-1] (BSN [BSN-1]) belt.")


def test_text_without_personal_data_is_returned_unchanged() -> None:
    assert pseudonymise("Klant belt over huurtoeslag.").text == "Klant belt over huurtoeslag."


def test_pseudonyms_are_none_without_a_key_and_hex_with_one() -> None:
    assert all(e.pseudonym is None for e in pseudonymise(NOTE).entities)
    keyed = pseudonymise(NOTE, organisation="uwv", key=b"secret").entities
    assert all(e.pseudonym and len(e.pseudonym) == 64 for e in keyed)


def test_persons_mentioned_differently_share_one_pseudonym() -> None:
    keyed = pseudonymise(NOTE, organisation="uwv", key=b"secret").entities
    by_placeholder = {e.placeholder: e.pseudonym for e in keyed}
    vries = {e.pseudonym for e in keyed if e.placeholder == "[PERSOON-1]"}
    assert len(vries) == 1
    assert by_placeholder["[PERSOON-1]"] != by_placeholder["[PERSOON-2]"]


def test_fields_of_one_record_share_one_numbering() -> None:
    teksten, entiteiten = pseudonymise_fields(
        ["Klacht van Jan de Vries", "Meneer De Vries belde; zijn dochter Anna ook."],
        organisation="duo",
        key=b"k",
    )
    assert teksten == [
        "Klacht van [PERSOON-1]",
        "Meneer [PERSOON-1] belde; zijn dochter [PERSOON-2] ook.",
    ]
    assert len({e.pseudonym for e in entiteiten if e.placeholder == "[PERSOON-1]"}) == 1


def test_fields_are_done_one_by_one_when_an_entity_would_span_two(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A blank line stops every detector; a plain space lets a name run across fields.
    monkeypatch.setattr(pseudonimisering, "FIELD_SEPARATOR", " ")
    teksten, entiteiten = pseudonymise_fields(["Mevrouw Jansen", "Jansen-de Vries belde"])
    assert teksten == ["Mevrouw [PERSOON-1]", "[PERSOON-1] belde"]
    assert [e.text for e in entiteiten] == ["Jansen", "Jansen-de Vries"]


def test_each_field_keeps_its_own_entities_under_one_numbering() -> None:
    titel, tekst = pseudonymise_each(
        ["Besluit over mevrouw De Boer", "Mevrouw De Boer en meneer Jansen, BSN 111222333."],
        organisation="uwv",
        key=b"k",
    )
    assert titel.text == "Besluit over mevrouw [PERSOON-1]"
    assert tekst.text == "Mevrouw [PERSOON-1] en meneer [PERSOON-2], BSN [BSN-1]."
    assert [(e.text, e.start) for e in titel.entities] == [("De Boer", 21)]
    assert [e.placeholder for e in tekst.entities] == ["[PERSOON-1]", "[PERSOON-2]", "[BSN-1]"]
    assert titel.entities[0].pseudonym == tekst.entities[0].pseudonym
    alleen = pseudonymise_each(["Mevrouw De Boer"], organisation="uwv", key=b"k")
    assert alleen[0].entities[0].pseudonym == titel.entities[0].pseudonym


def test_each_field_on_its_own_when_an_entity_would_span_two(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pseudonimisering, "FIELD_SEPARATOR", " ")
    velden = pseudonymise_each(["Mevrouw Jansen", "Jansen-de Vries belde"])
    assert [v.text for v in velden] == ["Mevrouw [PERSOON-1]", "[PERSOON-1] belde"]
    assert [[e.text for e in v.entities] for v in velden] == [["Jansen"], ["Jansen-de Vries"]]
