# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import re

import pytest

from hartslag.domein.titel import titel_uit_tekst

OPENINGEN = re.compile(
    r"^(geachte|beste|hallo|hoi|hé|goede(morgen|middag|avond)|tel\.|kcc|klant belt|klt|"
    r"inkomend|notitie|gesprek \d|\[\d)",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    ("tekst", "titel"),
    [
        (
            "Geachte heer/mevrouw,\n\nUw brief over de eigen bijdrage begrijp ik niet.",
            "Uw brief over de eigen bijdrage begrijp ik niet.",
        ),
        (
            "Beste medewerker,\nDe container is al twee weken niet geleegd.",
            "De container is al twee weken niet geleegd.",
        ),
        (
            "Hallo, mijn kinderbijslag is gestopt na de scheiding.",
            "Mijn kinderbijslag is gestopt na de scheiding.",
        ),
        ("Tel. contact: klant belt ivm dubbele incasso in oktober.", "Dubbele incasso in oktober."),
        (
            "KCC: mw vraagt naar de status van haar bezwaar.",
            "Vraagt naar de status van haar bezwaar.",
        ),
        (
            "Klant belt opnieuw over de terugvordering van zijn voorschot.",
            "De terugvordering van zijn voorschot.",
        ),
        (
            "[09:12] klant: inloggen lukt niet, foutmelding na digid",
            "Inloggen lukt niet, foutmelding na digid",
        ),
        (
            "Inkomend gesprek.\nondernemer heeft een nepfactuur ontvangen na inschrijving.",
            "Ondernemer heeft een nepfactuur ontvangen na inschrijving.",
        ),
        (
            "goedemorgen binnen een dag was alles geregeld, top!",
            "Binnen een dag was alles geregeld, top!",
        ),
        (
            "Beste [PERSOON-1],\n\nIk wacht al acht weken op een besluit over mijn traplift.",
            "Ik wacht al acht weken op een besluit over mijn traplift.",
        ),
    ],
)
def test_a_derived_title_skips_greetings_and_call_note_openings(tekst: str, titel: str) -> None:
    assert titel_uit_tekst(tekst) == titel


@pytest.mark.parametrize(
    "opening",
    [
        "Geachte heer/mevrouw,\n\n",
        "Geachte dames en heren,\n",
        "Beste CAK, ",
        "Hoi,\n",
        "Hallo allemaal!\n",
        "Goedemiddag,\n",
        "Tel. contact: ",
        "KCC: ",
        "Klant belt ivm ",
        "Klt belt opnieuw.\n",
        "Inkomend tel. ",
        "Notitie:\nklt belt opnieuw.\n",
        "Gesprek 15.20: ",
        "[17:46] klant: ",
    ],
)
def test_no_derived_title_starts_with_a_salutation_or_call_note_prefix(opening: str) -> None:
    titel = titel_uit_tekst(opening + "de betaling van de zorgverlener is weer te laat.")
    assert not OPENINGEN.match(titel), titel
    assert "betaling van de zorgverlener" in titel


def test_a_text_that_is_only_a_greeting_keeps_it_and_long_lines_are_shortened() -> None:
    assert titel_uit_tekst("Hallo,") == "Hallo,"
    lang = titel_uit_tekst("Geachte heer,\n" + "woord " * 40)
    assert len(lang) == 80 and lang.endswith("…") and lang.startswith("Woord")
