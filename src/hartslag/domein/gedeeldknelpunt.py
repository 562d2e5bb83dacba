# SPDX-License-Identifier: EUPL-1.2
"""A bottleneck dossier shared across installations: one owner across them all.

The dossier lives in the installation of the organisation that created it (its *home*);
partners hold a read view of its shared part. The home is the only writer of the owner:
it proposes a partner organisation, the partner answers in its own installation (an
event back), and only the home changes the owner, then tells every partner. Every event
about the dossier carries the dossier's ``versie`` (+1 per event); an answer names the
version of the proposal it answers, so an answer that is late, repeated or out of order
changes nothing. Pure: no clock, no I/O. See docs/uitwisseling.md, "Shared bottlenecks".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from hartslag.domein.fouten import Conflict
from hartslag.domein.knelpunt import Eigenaar, GeenOverdracht, Knelpunt


class Antwoord(StrEnum):
    GEACCEPTEERD = "geaccepteerd"
    GEWEIGERD = "geweigerd"


@dataclass(frozen=True)
class GedeeldKnelpunt:
    """The shared part of a dossier another organisation keeps, as its partner sees it."""

    id: str  # the dossier's id in its home installation
    partner: str  # the home organisation (partner code)
    afspraak: str
    titel: str
    beschrijving: str
    status: str
    eigenaar_organisatie: str
    voorgestelde_eigenaar: str | None
    betrokken_organisaties: tuple[str, ...]
    aantal_signalen: int | None
    signalen_per_organisatie: dict[str, int]
    versie: int
    bijgewerkt_op: datetime

    def eigendom_elders(self, organisatie: str) -> bool:
        """Always true until the home tells us we own it: then we are its accountable
        owner, and the dossier itself is still kept (and edited) at its home."""
        return self.eigenaar_organisatie != organisatie

    def aangeboden_aan(self, organisatie: str) -> bool:
        return self.voorgestelde_eigenaar == organisatie


def view_from(
    id: str, partner: str, afspraak: str, gegevens: dict[str, Any], bijgewerkt_op: datetime
) -> GedeeldKnelpunt:
    """The view from the newest shared data of a dossier (fields an agreement left out
    stay empty)."""
    per_org = gegevens.get("signalenPerOrganisatie") or {}
    return GedeeldKnelpunt(
        id=id,
        partner=partner,
        afspraak=afspraak,
        titel=str(gegevens.get("titel") or ""),
        beschrijving=str(gegevens.get("beschrijving") or ""),
        status=str(gegevens.get("status") or ""),
        eigenaar_organisatie=str(gegevens.get("eigenaarOrganisatie") or partner),
        voorgestelde_eigenaar=gegevens.get("voorgesteldeEigenaar"),
        betrokken_organisaties=tuple(gegevens.get("betrokkenOrganisaties") or ()),
        aantal_signalen=gegevens.get("aantalSignalen"),
        signalen_per_organisatie={str(k): int(v) for k, v in per_org.items()},
        versie=int(gegevens.get("versie") or 0),
        bijgewerkt_op=bijgewerkt_op,
    )


def is_stale(huidig: dict[str, Any] | None, nieuw: dict[str, Any]) -> bool:
    """Whether shared data of version ``nieuw`` is not newer than what is kept: a repeated
    or late event, to be ignored. Data without a version falls back to the event time."""
    if huidig is None or "versie" not in nieuw or "versie" not in huidig:
        return False
    return int(nieuw["versie"]) <= int(huidig["versie"])


def propose_partner(k: Knelpunt, organisatie: str, partner: str) -> Knelpunt:
    """``organisatie``, the dossier's owner, offers it to ``partner``, an organisation in
    another installation. The owner stays accountable until the partner accepts."""
    if not k.is_open:
        raise Conflict(f"Knelpunt met status '{k.status}' kan niet worden overgedragen.")
    if k.route_organisatie != organisatie:
        raise Conflict(
            "Alleen de eigenaar draagt een knelpunt over aan een andere organisatie; "
            f"eigenaar is nu {k.route_organisatie}."
        )
    if partner == k.route_organisatie:
        raise Conflict("Deze organisatie is al eigenaar van het knelpunt.")
    return replace(k, voorgestelde_eigenaar=Eigenaar(partner))


def why_not(k: Knelpunt, partner: str, versie: int) -> str | None:
    """Why ``partner``'s answer to the proposal of version ``versie`` no longer applies to
    ``k`` (None: it applies). The proposal must still stand, to that partner, unchanged."""
    voorstel = k.voorgestelde_eigenaar
    if voorstel is None or voorstel.organisatie != partner:
        return f"er staat geen overdracht aan {partner} open"
    if versie != k.versie:
        return f"het antwoord hoort bij versie {versie}, het dossier is bij versie {k.versie}"
    if not k.is_open:
        return f"het knelpunt is afgerond ({k.status})"
    return None


def apply_answer(
    k: Knelpunt, partner: str, versie: int, antwoord: Antwoord, now: datetime
) -> Knelpunt:
    """The dossier after ``partner`` answered: the owner changes only on acceptance, in
    one step from the old owner to the new, so there is never none or two."""
    if reden := why_not(k, partner, versie):
        raise GeenOverdracht(f"Antwoord van {partner} genegeerd: {reden}.")
    if antwoord is Antwoord.GEWEIGERD:
        return replace(k, voorgestelde_eigenaar=None)
    betrokken = k.betrokken_organisaties
    if partner not in betrokken:
        betrokken = (*betrokken, partner)
    return replace(
        k,
        eigenaar=Eigenaar(partner),
        eigenaar_sinds=now,
        voorgestelde_eigenaar=None,
        betrokken_organisaties=betrokken,
        opschalingsniveau=0,
        opgeschaald_op=None,
        laatste_voortgang_op=now,
    )


def check_answer(view: GedeeldKnelpunt, organisatie: str) -> None:
    """At the partner: only the organisation the dossier is offered to answers."""
    if not view.aangeboden_aan(organisatie):
        raise GeenOverdracht(
            f"Knelpunt {view.id} wordt niet aan {organisatie} overgedragen "
            f"(eigenaar: {view.eigenaar_organisatie})."
        )
