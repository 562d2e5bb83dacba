# SPDX-License-Identifier: EUPL-1.2
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from hartslag.services.invoer import SignaalNieuw, veldfouten

MINIMAAL = {"tekst": "x", "brontype": "klacht", "meldertype": "burger", "kanaal": "telefoon"}


def test_all_field_errors_are_reported_at_once_without_echoing_input() -> None:
    with pytest.raises(ValidationError) as exc:
        SignaalNieuw.model_validate(
            {"tekst": "", "brontype": "geheim-123456782", "contact": {"email": "geen"}}
        )
    fouten = {v.veld: v.reden for v in veldfouten(exc.value)}
    assert set(fouten) == {"tekst", "brontype", "meldertype", "kanaal", "contact.email"}
    assert "klacht" in fouten["brontype"]  # lists the allowed values
    assert all("123456782" not in reden for reden in fouten.values())


def test_hand_typed_values_are_understood() -> None:
    s = SignaalNieuw.model_validate(
        {
            **MINIMAAL,
            "gevraagd": "Ja",
            "themas": "Toeslagen| inkomen ",
            "impact": "beleid",
            "ontvangenOp": "01-03-2026 10:00",
        }
    )
    assert s.gevraagd is True
    assert s.themas == ["toeslagen", "inkomen"]
    assert s.impact[0].domein.value == "beleid"
    # Dutch local time (CET, UTC+1 in March before DST) becomes UTC.
    assert s.ontvangen_op == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_phone_number_is_validated_and_normalised() -> None:
    s = SignaalNieuw.model_validate({**MINIMAAL, "contact": {"telefoon": "06-12345678"}})
    assert s.contact is not None and s.contact.telefoon == "+31612345678"
    with pytest.raises(ValidationError):
        SignaalNieuw.model_validate({**MINIMAAL, "contact": {"telefoon": "12"}})


def test_unknown_attribute_is_an_error_that_does_not_echo_its_name() -> None:
    """The name is the caller's input too (a key may be a BSN): it is not repeated."""
    with pytest.raises(ValidationError) as exc:
        SignaalNieuw.model_validate({**MINIMAAL, "bronType": "klacht"})
    (fout,) = veldfouten(exc.value)
    assert fout.veld == "(verzoek)" and "onbekend veld" in fout.reden
