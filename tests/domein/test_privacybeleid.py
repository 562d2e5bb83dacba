# SPDX-License-Identifier: EUPL-1.2
from datetime import UTC, date, datetime

import pytest

from hartslag.domein.fouten import OngeldigeInvoer
from hartslag.domein.privacybeleid import (
    STANDAARD_BEWAARDAGEN,
    Gegevenssoort,
    Privacyinstellingen,
    check_bewaardagen,
)

NU = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def test_defaults_drop_originals_and_keep_each_kind_for_its_default_period() -> None:
    standaard = Privacyinstellingen()
    assert not standaard.originelen_bewaren
    for soort in Gegevenssoort:
        assert standaard.dagen(soort) == STANDAARD_BEWAARDAGEN[soort]
    assert STANDAARD_BEWAARDAGEN[Gegevenssoort.CONTACT] == 365


def test_keep_until_and_expiry_moment_follow_the_period() -> None:
    instellingen = Privacyinstellingen(contact_dagen=30)
    assert instellingen.bewaren_tot(Gegevenssoort.CONTACT, NU) == date(2026, 4, 1)
    assert instellingen.grens(Gegevenssoort.CONTACT, NU) == datetime(2026, 1, 31, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize("dagen", [0, -5, 100 * 365 + 1])
def test_period_outside_one_day_to_a_century_is_refused_naming_the_option(dagen: int) -> None:
    with pytest.raises(OngeldigeInvoer, match="--retention-signal-days"):
        check_bewaardagen(dagen, "--retention-signal-days")


def test_summary_names_every_setting() -> None:
    assert set(Privacyinstellingen().samenvatting()) == {
        "originelenBewaren",
        "bewaardagenContactgegevens",
        "bewaardagenOrigineel",
        "bewaardagenSignaal",
    }
