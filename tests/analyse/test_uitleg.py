# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from datetime import date

from hartslag.analyse.uitleg import explain


def test_alerts_are_worded_in_plain_dutch() -> None:
    tekst = explain(
        waargenomen=43,
        verwacht=12.2,
        ondergrens=8,
        bovengrens=17,
        begin=date(2026, 11, 3),
        kanalen={"telefoon": 30, "email": 13},
        organisaties=3,
    )
    assert tekst == (
        "43 signalen deze week, verwacht 12 (8–17); sinds 3 november stijgend; "
        "vooral via telefoon; 3 organisaties."
    )


def test_short_windows_singulars_and_new_patterns_read_right() -> None:
    assert explain(
        waargenomen=1,
        verwacht=0.2,
        ondergrens=0,
        bovengrens=1,
        venster=3,
        kanalen={"brief": 1},
        organisaties=1,
    ) == ("1 signaal in de laatste 3 dagen, verwacht 0 (0–1); vooral via brief; 1 organisatie.")
    assert explain(
        waargenomen=12,
        verwacht=0,
        ondergrens=0,
        bovengrens=0,
        begin=date(2026, 3, 1),
        kanalen={"chat": 5, "balie": 4, "brief": 3},
        organisaties=2,
        nieuw_patroon=True,
    ) == ("Nieuw patroon: 12 signalen sinds 1 maart; vooral via chat en balie; 2 organisaties.")


def _kanaaldeel(kanalen: dict[str, int]) -> str:
    return explain(
        waargenomen=sum(kanalen.values()),
        verwacht=5,
        ondergrens=2,
        bovengrens=9,
        kanalen=kanalen,
        organisaties=1,
    )


def test_an_even_spread_over_channels_names_no_channel() -> None:
    kanalen = [
        "balie", "brief", "chat", "email", "overig", "persoonlijk", "sociale-media",
        "telefoon", "webformulier", "intern-systeem",
    ]  # fmt: skip
    tekst = _kanaaldeel(dict.fromkeys(kanalen, 3))
    assert "vooral via" not in tekst
    assert "vooral via" not in _kanaaldeel({"balie": 8, "brief": 7, "telefoon": 6, "email": 5})


def test_only_channels_that_dominate_are_named() -> None:
    assert "vooral via telefoon;" in _kanaaldeel({"telefoon": 10, "email": 5, "brief": 5})
    assert "vooral via chat en balie;" in _kanaaldeel({"chat": 9, "balie": 7, "brief": 4})
    # two channels that together carry most, but the second only a little: name the first
    # only when it has half; otherwise none
    assert "vooral via" not in _kanaaldeel({"chat": 9, "balie": 3, "brief": 3, "email": 3, "x": 2})
