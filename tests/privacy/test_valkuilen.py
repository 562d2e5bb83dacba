# SPDX-License-Identifier: EUPL-1.2
"""Things that look like personal data but are not stay in the text."""

from __future__ import annotations

import pytest

from hartslag.privacy import pseudonymise


@pytest.mark.parametrize(
    "text",
    [
        "Het nummer 123456789 klopt niet met de 11-proef.",
        "Een bedrag van € 1.234,56 staat open.",
        "Ze moet 1234 euro terugbetalen, of EUR 123.456.782,00.",
        "Volgens art. 18 lid 4 Participatiewet en artikel 7:2 Awb moet u gehoord worden.",
        "Zie artikel 6:162 BW en ECLI:NL:CRVB:2021:1234.",
        "Kamerstukken II 2022/23, 31 066, nr. 1164.",
        "Brief van 12-03-2024 ontvangen, gebeld op 14 mei 2024 om 14:30.",
        "In 2023 is de toeslag met 12,5% verlaagd.",
        "Ze haalt brood bij de bakker op de hoek.",
        "Hij wil het zwart op wit hebben, groen licht van de koning.",
        "Zijn vader was visser, zijn broer is kok en de smit maakte de deur.",
        "De Belastingdienst, het UWV, DUO en Dienst Toeslagen werken samen met de gemeente Utrecht.",
        "Ze woont in Den Bosch en werkt in Alphen aan den Rijn.",
        "Bel de Belastingtelefoon 0800-0543 of het UWV op 088-8982070.",
        "Het rekeningnummer NL12ABNA0123456789 klopt niet.",
        "Stuur het naar info@belastingdienst.nl of klachten@uwv.nl.",
        "Geachte heer/mevrouw,",
    ],
)
def test_text_without_personal_data_is_left_alone(text: str) -> None:
    result = pseudonymise(text)
    assert result.entities == []
    assert result.text == text


def test_word_like_surname_is_a_name_only_with_a_title_or_given_name() -> None:
    result = pseudonymise("Mevrouw Bakker belde. Ze koopt brood bij de bakker.")
    assert [e.text for e in result.entities] == ["Bakker"]


def test_a_noun_in_ering_with_a_year_is_not_an_address() -> None:
    from hartslag.privacy import pseudonymise

    for tekst in ("Staat van de Uitvoering 2026", "de Regering 2025 besloot", "Verzekering 2024"):
        assert pseudonymise(tekst).text == tekst
    assert pseudonymise("Stationsring 12").text == "[ADRES-1]"
