# SPDX-License-Identifier: EUPL-1.2
"""The status code: reference plus ten base32 characters of an HMAC-SHA256 of it. Codes
already handed to reporters must stay valid, so the derivation is pinned."""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from typing import cast

from hartslag.services.context import Context
from hartslag.services.statuscodes import status_reference, statuscode_for


@dataclass
class _Sleutel:
    statuscode_sleutel: bytes


def test_status_code_is_the_reference_and_the_start_of_its_hmac_in_base32() -> None:
    ctx = cast(Context, _Sleutel(b"vaste-sleutel"))
    assert status_reference(ctx, "HS-2026-000123") == "HS-2026-000123-Q4MT6IQMUX"
    for nummer in range(0, 1_000_000, 9973):
        referentie = f"HS-2027-{nummer:06d}"
        mac = hmac.new(b"vaste-sleutel", referentie.encode(), hashlib.sha256).digest()
        verwacht = f"{referentie}-{base64.b32encode(mac).decode()[:10]}"
        assert status_reference(ctx, referentie) == verwacht


def test_statuscode_for_takes_anything_that_knows_its_reference() -> None:
    @dataclass
    class Registratie:
        referentie: str

    ctx = cast(Context, _Sleutel(b"vaste-sleutel"))
    assert statuscode_for(ctx, Registratie("HS-2026-000123")) == "HS-2026-000123-Q4MT6IQMUX"
