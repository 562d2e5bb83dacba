# SPDX-License-Identifier: EUPL-1.2
import itertools

import pytest

from hartslag.domein.vocabulaire import Signaalstatus as S
from hartslag.domein.workflow import (
    TOEGESTANE_OVERGANGEN,
    OngeldigeOvergang,
    can_transition,
    check_transition,
)

ALLOWED = {
    (S.NIEUW, S.GETRIAGEERD),
    (S.NIEUW, S.GEKOPPELD),
    (S.NIEUW, S.GESLOTEN),
    (S.GETRIAGEERD, S.GEKOPPELD),
    (S.GETRIAGEERD, S.GESLOTEN),
    (S.GETRIAGEERD, S.NIEUW),
    (S.GEKOPPELD, S.GETRIAGEERD),
    (S.GEKOPPELD, S.GESLOTEN),
    (S.GESLOTEN, S.GETRIAGEERD),
}


@pytest.mark.parametrize(("van", "naar"), list(itertools.product(S, S)))
def test_every_status_pair_is_allowed_exactly_when_the_table_says(van: S, naar: S) -> None:
    assert can_transition(van, naar) == ((van, naar) in ALLOWED)
    if (van, naar) in ALLOWED:
        check_transition(van, naar)
    else:
        with pytest.raises(OngeldigeOvergang) as exc:
            check_transition(van, naar)
        assert exc.value.code == "ongeldige-statusovergang"
        assert van.value in exc.value.detail and naar.value in exc.value.detail


def test_every_status_has_a_row_in_the_table() -> None:
    assert set(TOEGESTANE_OVERGANGEN) == set(S)


def test_closed_signal_can_be_reopened_but_not_relinked_directly() -> None:
    assert can_transition(S.GESLOTEN, S.GETRIAGEERD)
    assert not can_transition(S.GESLOTEN, S.GEKOPPELD)
