# SPDX-License-Identifier: EUPL-1.2
from datetime import UTC, datetime

from hartslag.domein.signaal import SignaalInvoer, referentie_voor, titel_uit_tekst
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype


def _invoer(**kwargs: object) -> SignaalInvoer:
    base: dict[str, object] = {
        "tekst": "Brief over toeslag onduidelijk",
        "brontype": Brontype.KLACHT,
        "meldertype": Meldertype.BURGER,
        "kanaal": Kanaal.BRIEF,
        "ontvangen_op": datetime(2026, 1, 5, 10, tzinfo=UTC),
    }
    base.update(kwargs)
    return SignaalInvoer(**base)  # type: ignore[arg-type]


def test_reference_is_year_and_zero_padded_sequence() -> None:
    assert referentie_voor(2026, 123) == "HS-2026-000123"
    assert referentie_voor(2026, 1234567) == "HS-2026-1234567"


def test_content_hash_differs_when_moment_or_channel_differs_and_not_otherwise() -> None:
    assert _invoer().inhoudshash == _invoer().inhoudshash
    assert _invoer().inhoudshash != _invoer(kanaal=Kanaal.EMAIL).inhoudshash
    later = datetime(2026, 1, 6, 10, tzinfo=UTC)
    assert _invoer().inhoudshash != _invoer(ontvangen_op=later).inhoudshash


def test_title_is_first_line_shortened_with_ellipsis() -> None:
    assert titel_uit_tekst("Eerste regel\nTweede") == "Eerste regel"
    lang = titel_uit_tekst("woord " * 40)
    assert len(lang) <= 80 and lang.endswith("…")
