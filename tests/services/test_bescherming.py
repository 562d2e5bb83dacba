# SPDX-License-Identifier: EUPL-1.2
"""Intake separates personal data from the signal: pure, on plain data."""

from __future__ import annotations

from dataclasses import replace

from hartslag.domein.privacybeleid import Bron
from hartslag.domein.signaal import Contactgegevens
from hartslag.privacy import EntiteitType
from hartslag.services.bescherming import TITEL_MAX, protect
from hartslag.services.invoer import SignaalNieuw
from hartslag.services.pseudoniemen import identifier_pseudoniem, melder_pseudoniem
from tests.services.persoonsgegevens import ONTHULLEND, TEKST, TITEL, body

KEY = b"m" * 32


def test_title_and_text_are_pseudonymised_with_one_numbering() -> None:
    invoer = SignaalNieuw.model_validate(body(titel=TITEL)).to_invoer()
    beschermd = protect(invoer, "UWV", KEY, bewaar_origineel=False)
    assert beschermd.invoer.titel == "Toeslag van mevrouw [PERSOON-1]"
    assert beschermd.invoer.tekst.startswith(
        "Mevrouw [PERSOON-1] (BSN [BSN-1]) belde op [TELEFOON-1]"
    )
    for stuk in ONTHULLEND:
        assert stuk not in beschermd.invoer.tekst and stuk not in (beschermd.invoer.titel or "")
    assert beschermd.origineel is None
    assert beschermd.vervangen["BSN"] == 1 and beschermd.vervangen["PERSOON"] == 2


def test_found_identifiers_and_contact_details_become_links_never_values() -> None:
    invoer = SignaalNieuw.model_validate(
        body(
            melderId="1234.56.782",
            contact={"email": "Jantine@Example.nl", "telefoon": "020-1234567"},
        )
    ).to_invoer()
    beschermd = protect(invoer, "UWV", KEY, bewaar_origineel=False)
    bsn = identifier_pseudoniem(KEY, "UWV", EntiteitType.BSN, "123456782")
    assert beschermd.melder_pseudoniem == melder_pseudoniem(KEY, "UWV", "123456782") == bsn
    assert ("BSN", Bron.TEKST.value, bsn) in beschermd.koppelingen
    email = identifier_pseudoniem(KEY, "UWV", EntiteitType.EMAIL, "jantine@example.nl")
    assert ("EMAIL", Bron.CONTACT.value, email) in beschermd.koppelingen
    tel = identifier_pseudoniem(KEY, "UWV", EntiteitType.TELEFOON, "+31201234567")
    assert ("TELEFOON", Bron.CONTACT.value, tel) in beschermd.koppelingen
    assert not any("123456782" in "".join(k) for k in beschermd.koppelingen)


def test_original_is_handed_over_only_when_the_organisation_keeps_originals() -> None:
    invoer = SignaalNieuw.model_validate(body(titel=TITEL)).to_invoer()
    beschermd = protect(invoer, "UWV", KEY, bewaar_origineel=True)
    assert beschermd.origineel is not None
    assert (beschermd.origineel.titel, beschermd.origineel.tekst) == (TITEL, TEKST)


def test_content_hash_is_of_the_input_as_received_so_reimports_are_recognised() -> None:
    invoer = SignaalNieuw.model_validate(body()).to_invoer()
    beschermd = protect(invoer, "UWV", KEY, bewaar_origineel=False)
    assert beschermd.inhoudshash == invoer.inhoudshash
    assert beschermd.invoer.inhoudshash != invoer.inhoudshash


def test_a_title_made_longer_by_placeholders_still_fits_its_column() -> None:
    titel = "Jan Jansen " * 27  # 297 characters, every name a longer placeholder
    invoer = SignaalNieuw.model_validate(body(titel=titel)).to_invoer()
    beschermd = protect(invoer, "UWV", KEY, bewaar_origineel=False)
    assert beschermd.invoer.titel is not None
    assert len(beschermd.invoer.titel) <= TITEL_MAX and "Jansen" not in beschermd.invoer.titel


def test_contact_name_alone_makes_no_link() -> None:
    invoer = SignaalNieuw.model_validate(body(tekst="Vraag over de WW.")).to_invoer()
    invoer = replace(invoer, contact=Contactgegevens(naam="Piet"))
    assert protect(invoer, "UWV", KEY, bewaar_origineel=False).koppelingen == ()
