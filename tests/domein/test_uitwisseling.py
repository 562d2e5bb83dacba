# SPDX-License-Identifier: EUPL-1.2
"""The rules of exchange: agreements, what may leave, signatures, replay window, backoff."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from hartslag.domein.fouten import OngeldigeInvoer
from hartslag.domein.uitwisseling import (
    NOOIT_DELEN,
    Deelafspraak,
    GebeurtenisTeOud,
    Gebeurtenistype,
    OngeldigeHandtekening,
    Richting,
    bron_voor,
    check_oin,
    nieuwe_deelafspraak,
    select_fields,
)
from hartslag.domein.webhook import (
    MAX_POGINGEN,
    decode_secret,
    encode_secret,
    next_attempt_after,
    sign,
    signature_header,
    verify,
)

NU = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
SLEUTEL = b"k" * 32


def _afspraak(**anders: object) -> Deelafspraak:
    velden: dict[str, object] = {
        "id": uuid.uuid4(),
        "code": "DA-2026-01",
        "partner": "GEM-UTR",
        "richting": Richting.UITGAAND,
        "gebeurtenistypen": frozenset({Gebeurtenistype.SIGNAAL_GEDEELD}),
        "themas": frozenset({"toeslagen"}),
        "velden": frozenset({"tekst", "themas"}),
        "grondslag": "art. 5 Wet X",
        "doel": "patronen over organisaties heen",
        "geldig_vanaf": NU - timedelta(days=1),
        "geldig_tot": NU + timedelta(days=30),
    }
    return nieuwe_deelafspraak(**{**velden, **anders})  # type: ignore[arg-type]


def test_agreement_covers_only_its_types_themes_and_period() -> None:
    a = _afspraak()
    t = Gebeurtenistype.SIGNAAL_GEDEELD
    assert a.dekt(t, frozenset({"toeslagen", "wonen"}), NU)
    assert not a.dekt(t, frozenset({"wonen"}), NU)
    assert not a.dekt(Gebeurtenistype.PATROON_GEDEELD, frozenset({"toeslagen"}), NU)
    assert not a.dekt(t, frozenset({"toeslagen"}), NU + timedelta(days=31))
    assert not a.dekt(t, frozenset({"toeslagen"}), NU - timedelta(days=2))


def test_agreement_with_star_covers_every_theme_even_none() -> None:
    a = _afspraak(themas=frozenset({"*"}))
    assert a.dekt(Gebeurtenistype.SIGNAAL_GEDEELD, frozenset(), NU)


def test_agreement_names_every_fault_at_once() -> None:
    with pytest.raises(OngeldigeInvoer) as fout:
        _afspraak(
            code="met spatie",
            gebeurtenistypen=frozenset(),
            themas=frozenset(),
            velden=frozenset({"melderPseudoniem"}),
            grondslag=" ",
            geldig_tot=NU - timedelta(days=5),
        )
    for woord in (
        "code",
        "gebeurtenistypen",
        "themas",
        "melderPseudoniem",
        "grondslag",
        "geldigTot",
    ):
        assert woord in fout.value.detail


def test_fields_outside_the_agreement_and_personal_fields_never_leave() -> None:
    a = _afspraak(velden=frozenset({"tekst"}))
    gegevens = {"tekst": "t", "titel": "x", **{v: "geheim" for v in NOOIT_DELEN}}
    assert select_fields(gegevens, a.velden_voor("signaal")) == {"tekst": "t"}
    assert select_fields(gegevens, frozenset(gegevens)) == {"tekst": "t", "titel": "x"}


def test_oin_is_twenty_digits_and_names_the_source() -> None:
    assert bron_voor(check_oin("00000001234567890000")) == (
        "urn:nld:oin:00000001234567890000:systeem:hartslag"
    )
    for fout in ("1234", "0000000123456789000X", "000000012345678900001"):
        with pytest.raises(OngeldigeInvoer):
            check_oin(fout)


def test_event_type_names_carry_no_organisation() -> None:
    for g in Gebeurtenistype:
        assert g.value.startswith("nl.overheid.signalen.")
        assert g.soort in {"signaal", "patroon", "knelpunt", "terugkoppeling"}


def test_signature_verifies_and_refuses_a_changed_body_id_or_secret() -> None:
    ts = int(NU.timestamp())
    kop = signature_header([SLEUTEL], "e1", ts, b'{"a":1}')
    verify([SLEUTEL], "e1", str(ts), kop, b'{"a":1}', NU)
    for sleutels, eid, body in (
        ([SLEUTEL], "e1", b'{"a":2}'),
        ([SLEUTEL], "e2", b'{"a":1}'),
        ([b"x" * 32], "e1", b'{"a":1}'),
    ):
        with pytest.raises(OngeldigeHandtekening):
            verify(sleutels, eid, str(ts), kop, body, NU)


def test_signature_outside_the_time_window_is_too_old() -> None:
    ts = int((NU - timedelta(minutes=6)).timestamp())
    kop = sign(SLEUTEL, "e1", ts, b"{}")
    with pytest.raises(GebeurtenisTeOud):
        verify([SLEUTEL], "e1", str(ts), kop, b"{}", NU)
    with pytest.raises(OngeldigeHandtekening):
        verify([SLEUTEL], "e1", "gisteren", kop, b"{}", NU)


def test_during_rotation_either_secret_verifies() -> None:
    nieuw, oud = b"n" * 32, b"o" * 32
    ts = int(NU.timestamp())
    kop = signature_header([nieuw, oud], "e1", ts, b"{}")
    verify([oud], "e1", str(ts), kop, b"{}", NU)  # the partner has not switched yet
    verify([nieuw], "e1", str(ts), kop, b"{}", NU)  # the partner has switched


def test_secret_round_trips_and_short_ones_are_refused() -> None:
    assert decode_secret(encode_secret(SLEUTEL)) == SLEUTEL
    with pytest.raises(OngeldigeInvoer):
        decode_secret(encode_secret(b"kort"))
    with pytest.raises(OngeldigeInvoer):
        decode_secret("whsec_niet-base64!")


def test_backoff_doubles_up_to_a_cap_then_gives_up() -> None:
    wachttijden = [next_attempt_after(n) for n in range(1, MAX_POGINGEN + 1)]
    assert wachttijden[:3] == [timedelta(seconds=30), timedelta(minutes=1), timedelta(minutes=2)]
    assert max(w for w in wachttijden if w) == timedelta(hours=6)
    assert wachttijden[-1] is None
