# SPDX-License-Identifier: EUPL-1.2
import pytest

from hartslag.domein.fouten import GeenToegang
from hartslag.domein.rechten import Actie, mag, vereis
from hartslag.domein.vocabulaire import Rol


def test_frontline_may_register_but_not_read_contact_details_or_export() -> None:
    assert mag(Rol.FRONTLINIE, Actie.SIGNAAL_AANMAKEN)
    assert not mag(Rol.FRONTLINIE, Actie.CONTACT_LEZEN)
    assert not mag(Rol.FRONTLINIE, Actie.EXPORTEREN)


def test_refusal_names_the_role_and_who_may() -> None:
    with pytest.raises(GeenToegang) as exc:
        vereis(Rol.PARTNER, Actie.SIGNAAL_WIJZIGEN)
    assert "partner" in exc.value.detail and "analist" in exc.value.detail
    assert exc.value.status == 403
