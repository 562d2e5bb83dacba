# SPDX-License-Identifier: EUPL-1.2
"""Who may do what: a plain table of actions per role, and one function to enforce it."""

from __future__ import annotations

from enum import StrEnum

from hartslag.domein.fouten import GeenToegang
from hartslag.domein.vocabulaire import Rol


class Actie(StrEnum):
    SIGNAAL_LEZEN = "signaal.lezen"
    SIGNAAL_AANMAKEN = "signaal.aanmaken"
    SIGNAAL_WIJZIGEN = "signaal.wijzigen"
    IMPORTEREN = "importeren"
    EXPORTEREN = "exporteren"
    HISTORIE_LEZEN = "historie.lezen"
    CONTACT_LEZEN = "contact.lezen"


_ALLE = frozenset(Rol)

RECHTEN: dict[Actie, frozenset[Rol]] = {
    Actie.SIGNAAL_LEZEN: _ALLE,
    Actie.SIGNAAL_AANMAKEN: _ALLE,
    Actie.SIGNAAL_WIJZIGEN: frozenset({Rol.ANALIST, Rol.BEHEERDER}),
    Actie.IMPORTEREN: frozenset({Rol.ANALIST, Rol.BEHEERDER}),
    Actie.EXPORTEREN: frozenset({Rol.ANALIST, Rol.MANAGER, Rol.BEHEERDER}),
    Actie.HISTORIE_LEZEN: frozenset({Rol.ANALIST, Rol.MANAGER, Rol.BEHEERDER, Rol.EIGENAAR}),
    Actie.CONTACT_LEZEN: frozenset({Rol.ANALIST, Rol.BEHEERDER}),
}


def mag(rol: Rol, actie: Actie) -> bool:
    return rol in RECHTEN[actie]


def vereis(rol: Rol, actie: Actie) -> None:
    """Raise :class:`GeenToegang` unless ``rol`` may perform ``actie``."""
    if not mag(rol, actie):
        toegestaan = ", ".join(sorted(RECHTEN[actie]))
        raise GeenToegang(
            f"De rol '{rol}' mag '{actie}' niet uitvoeren. Toegestaan voor: {toegestaan}."
        )
