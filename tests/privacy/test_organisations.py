# SPDX-License-Identifier: EUPL-1.2
"""Names of companies, places and institutions that contain a name, law references and
amounts come through pseudonymisation unchanged, also beside real personal data."""

from __future__ import annotations

import pytest

from hartslag.privacy import pseudonymise


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # companies named after people: on the short list, after an article, with a
        # kind of business before or a legal form after them
        ("Ik kocht een bril bij Hans Anders en speelgoed bij Bart Smit.", ["Hans Anders",
         "Bart Smit"]),
        ("Mevrouw Smit werkt bij de Henk ten Hoor in Zwolle.", ["Henk ten Hoor"]),
        ("Cliënt T. Mulder zegt: de auto stond bij Garage Mulder.", ["Garage Mulder"]),
        ("Dhr. Visser bestelde een taart bij Bakkerij Visser.", ["Bakkerij Visser"]),
        ("Ze werkt bij Kees Jansen B.V. in Zwolle.", ["Kees Jansen B.V."]),
        # places that look like names
        ("Hij woont in Alphen aan den Rijn, zij in Bergen op Zoom.", ["Alphen aan den Rijn",
         "Bergen op Zoom"]),
        ("Ze verhuisde van Den Helder naar Capelle aan den IJssel.", ["Den Helder",
         "Capelle aan den IJssel"]),
        # hospitals and institutions named after people
        ("Mijn zoon ligt in het Willem-Alexander Kinderziekenhuis in Leiden.",
         ["Willem-Alexander Kinderziekenhuis"]),
        ("Ze ligt in het Reinier de Graaf Gasthuis, daarna naar het Sophia Kinderziekenhuis.",
         ["Reinier de Graaf Gasthuis", "Sophia Kinderziekenhuis"]),
        ("Mw. Bosch werd opgenomen in het Jeroen Bosch en later in het Karel Doorman.",
         ["Jeroen Bosch", "Karel Doorman"]),
        # law references
        ("Volgens artikel 3:4 Awb en art. 8:69 Awb moet het anders.", ["artikel 3:4 Awb",
         "art. 8:69 Awb"]),
        ("De Wet kinderopvang en artikel 58 Participatiewet gelden.", ["Wet kinderopvang",
         "artikel 58 Participatiewet"]),
        # amounts
        ("Er staat € 1.234,56 open, en EUR 12.345,- en €1.234 en 1.250 euro.",
         ["€ 1.234,56", "EUR 12.345,-", "€1.234", "1.250 euro"]),
    ],
)  # fmt: skip
def test_phrase_that_is_no_personal_data_is_kept(text: str, kept: list[str]) -> None:
    result = pseudonymise(text)
    for phrase in kept:
        assert phrase in result.text


def test_person_beside_a_company_with_the_same_name_is_still_replaced() -> None:
    result = pseudonymise("Dhr. Visser bestelde een taart bij Bakkerij Visser.")
    assert result.text == "Dhr. [PERSOON-1] bestelde een taart bij Bakkerij Visser."


def test_a_name_before_an_abbreviation_like_a_legal_form_is_still_replaced() -> None:
    assert pseudonymise("Mevrouw Jansen bv. belde gisteren.").text == (
        "Mevrouw [PERSOON-1] bv. belde gisteren."
    )
