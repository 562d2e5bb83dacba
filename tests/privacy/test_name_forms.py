# SPDX-License-Identifier: EUPL-1.2
"""Names as people really type them: lower case, hyphens, particles, reversed, signed."""

from __future__ import annotations

import pytest

from hartslag.privacy import EntiteitType, pseudonymise


def names_in(text: str) -> list[str]:
    return [e.text for e in pseudonymise(text).entities if e.type is EntiteitType.PERSOON]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("dhr bosman belt over zijn aanslag.", ["bosman"]),
        ("mw de jong-van dam belde gisteren terug.", ["de jong-van dam"]),
        ("dhr. in 't zandt wil een afspraak.", ["in 't zandt"]),
        ("klt sanne de graaf belt ivm de brief.", ["sanne de graaf"]),
        ("hoi ik ben thomas van leeuwen en ik wacht al weken", ["thomas van leeuwen"]),
        ("ik ben de zoon van kees terpstra, hij is 80.", ["kees terpstra"]),
        ("ik ben jan.", ["jan"]),
        ("klant (dhr. h. de vries) belde over de WW", ["h. de vries"]),
        ("gebeld met jullie collega marloes, die zou terugbellen", ["marloes"]),
    ],
)
def test_lower_case_name_after_a_title_or_introduction_is_found(
    text: str, names: list[str]
) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "De meneer belde gisteren, mevrouw vertelde dat ze boos was.",
        "klant wil niet dat we haar werkgever bellen.",
        "ik ben de dochter van de buurvrouw.",
        "ik ben kok van beroep.",
        "Ze wacht al weken. geen reactie ontvangen",
        "JULLIE ZIJN ECHT WAARDELOOS. IK BEL AL WEKEN.",
    ],
)
def test_lower_case_words_after_a_title_or_introduction_stay(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mevrouw Van den Berg-Jansen belde.", "Van den Berg-Jansen"),
        ("Gesproken met Anne-Sophie de Bruijn.", "Anne-Sophie de Bruijn"),
        ("Brief van mr. F. van der Heijden ontvangen.", "F. van der Heijden"),
        ("Collega Sophie op de Beeck neemt het over.", "Sophie op de Beeck"),
        ("Het gaat om mevrouw Uit den Bogaard.", "Uit den Bogaard"),
        ("Behandelaar Wietske ter Horst heeft de zaak.", "Wietske ter Horst"),
        ("Boekhouder Hidde van Groningen stuurt de stukken.", "Hidde van Groningen"),
    ],
)
def test_name_with_particles_and_hyphens_is_found_whole(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aanvrager: Brink, K.L. ten\nBSN: 111222333", "Brink, K.L. ten"),
        ("Klant Vermeulen, A. belt over de aanslag.", "Vermeulen, A."),
        ("Deelnemer: Hoeven-de Wit, M.J. van der\nGeboren: 1950", "Hoeven-de Wit, M.J. van der"),
    ],
)
def test_reversed_list_form_is_found(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_name_after_two_titles_is_found() -> None:
    assert names_in("De ambtenaar, mr. dr. E.F. Sluiter, heeft besloten.") == ["E.F. Sluiter"]


def test_name_in_capitals_after_a_title_is_found() -> None:
    assert names_in("Aanvrager: de heer ABDELKADER EL-HAJJI, woonachtig te Oss") == [
        "ABDELKADER EL-HAJJI"
    ]


def test_initials_after_their_label_are_a_name() -> None:
    assert names_in("Voorletters: K.L.\nAchternaam: Brink") == ["K.L.", "Brink"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dank voor de hulp!\nmvg karin", "karin"),
        ("Dank je wel. Groetjes Eline", "Eline"),
        ("Groet,\nTjeerd Wiersma-Hoekstra", "Tjeerd Wiersma-Hoekstra"),
        ("Ik wacht op antwoord. pieter van der linden", "pieter van der linden"),
        ("Met Jansen, goedemorgen. Ik bel over mijn toeslag.", "Jansen"),
        ("Van der Linden belde terug over de brief.", "Van der Linden"),
        ("Mijn gegevens: Femke Oosterbaan, 06-23456789.", "Femke Oosterbaan"),
    ],
)
def test_name_signed_or_speaking_is_found(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_closing_greeting_followed_by_an_organisation_stays() -> None:
    assert names_in("Met vriendelijke groet,\nKlantenservice") == []
