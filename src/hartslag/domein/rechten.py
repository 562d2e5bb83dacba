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
    KNELPUNT_LEZEN = "knelpunt.lezen"
    KNELPUNT_AANMAKEN = "knelpunt.aanmaken"
    KNELPUNT_WIJZIGEN = "knelpunt.wijzigen"
    EIGENAARSCHAP_OVERDRAGEN = "eigenaarschap.overdragen"
    EIGENAARSCHAP_ACCEPTEREN = "eigenaarschap.accepteren"
    OPSCHALING_BEHEREN = "opschaling.beheren"
    DUIDING_BEHEREN = "duiding.beheren"
    AGENDA_BEHEREN = "agenda.beheren"
    TERUGKOPPELING_BEOORDELEN = "terugkoppeling.beoordelen"
    PUBLICEREN = "publiceren"  # approve, publish and withdraw public texts
    STUURINFORMATIE_LEZEN = "stuurinformatie.lezen"
    ORIGINEEL_LEZEN = "origineel.lezen"
    PRIVACY_BEHEREN = "privacy.beheren"  # settings, retention, subject rights, key rotation
    ACCOUNTS_BEHEREN = "accounts.beheren"  # web accounts of the own organisation
    UITWISSELING_BEHEREN = "uitwisseling.beheren"  # partners, agreements, secrets, outbox


_ALLE = frozenset(Rol)

RECHTEN: dict[Actie, frozenset[Rol]] = {
    Actie.SIGNAAL_LEZEN: _ALLE,
    Actie.SIGNAAL_AANMAKEN: _ALLE,
    Actie.SIGNAAL_WIJZIGEN: frozenset({Rol.ANALIST, Rol.BEHEERDER}),
    Actie.IMPORTEREN: frozenset({Rol.ANALIST, Rol.BEHEERDER}),
    Actie.EXPORTEREN: frozenset({Rol.ANALIST, Rol.MANAGER, Rol.BEHEERDER}),
    Actie.HISTORIE_LEZEN: frozenset({Rol.ANALIST, Rol.MANAGER, Rol.BEHEERDER, Rol.EIGENAAR}),
    Actie.CONTACT_LEZEN: frozenset({Rol.ANALIST, Rol.BEHEERDER}),
    Actie.KNELPUNT_LEZEN: _ALLE,
    Actie.KNELPUNT_AANMAKEN: frozenset({Rol.ANALIST, Rol.MANAGER, Rol.BEHEERDER}),
    Actie.KNELPUNT_WIJZIGEN: frozenset({Rol.ANALIST, Rol.EIGENAAR, Rol.MANAGER, Rol.BEHEERDER}),
    Actie.EIGENAARSCHAP_OVERDRAGEN: frozenset(
        {Rol.ANALIST, Rol.EIGENAAR, Rol.MANAGER, Rol.BEHEERDER}
    ),
    Actie.EIGENAARSCHAP_ACCEPTEREN: frozenset(
        {Rol.ANALIST, Rol.EIGENAAR, Rol.MANAGER, Rol.BEHEERDER, Rol.PARTNER}
    ),
    Actie.OPSCHALING_BEHEREN: frozenset({Rol.MANAGER, Rol.BEHEERDER}),
    Actie.DUIDING_BEHEREN: frozenset({Rol.ANALIST, Rol.EIGENAAR, Rol.MANAGER, Rol.BEHEERDER}),
    Actie.AGENDA_BEHEREN: frozenset({Rol.ANALIST, Rol.MANAGER, Rol.BEHEERDER}),
    Actie.TERUGKOPPELING_BEOORDELEN: frozenset(
        {Rol.ANALIST, Rol.EIGENAAR, Rol.MANAGER, Rol.BEHEERDER}
    ),
    Actie.PUBLICEREN: frozenset({Rol.EIGENAAR, Rol.MANAGER, Rol.BEHEERDER}),
    Actie.STUURINFORMATIE_LEZEN: frozenset({Rol.ANALIST, Rol.MANAGER, Rol.BEHEERDER}),
    Actie.ORIGINEEL_LEZEN: frozenset({Rol.ANALIST, Rol.BEHEERDER}),
    Actie.PRIVACY_BEHEREN: frozenset({Rol.BEHEERDER}),
    Actie.ACCOUNTS_BEHEREN: frozenset({Rol.BEHEERDER}),
    Actie.UITWISSELING_BEHEREN: frozenset({Rol.BEHEERDER}),
}

# Roles that decide on behalf of their organisation (e.g. accept a transfer addressed to a
# named colleague).
NAMENS_ORGANISATIE = frozenset({Rol.MANAGER, Rol.BEHEERDER})


def mag(rol: Rol, actie: Actie) -> bool:
    return rol in RECHTEN[actie]


def vereis(rol: Rol, actie: Actie) -> None:
    """Raise :class:`GeenToegang` unless ``rol`` may perform ``actie``."""
    if not mag(rol, actie):
        toegestaan = ", ".join(sorted(RECHTEN[actie]))
        raise GeenToegang(
            f"De rol '{rol}' mag '{actie}' niet uitvoeren. Toegestaan voor: {toegestaan}."
        )
