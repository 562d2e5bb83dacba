# SPDX-License-Identifier: EUPL-1.2
"""The bottleneck (knelpunt): a recognised problem that needs a structural answer.

A dossier with one explicit owner. Ownership moves only when the receiver accepts it,
so a bottleneck cannot be dropped on someone; until then the old owner stays accountable.
Pure: no clock, no I/O; callers pass ``now``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from hartslag.domein.actiepunt import Actiepunt as Actiepunt  # part of the dossier
from hartslag.domein.fouten import Conflict, GeenToegang, OngeldigeInvoer
from hartslag.domein.vocabulaire import Bereik, Impactdomein


class Knelpuntstatus(StrEnum):
    NIEUW = "nieuw"
    IN_ANALYSE = "in-analyse"
    GEAGENDEERD = "geagendeerd"
    IN_BEHANDELING = "in-behandeling"
    OPGELOST = "opgelost"
    NIET_OPGELOST = "niet-opgelost"
    SAMENGEVOEGD = "samengevoegd"


AFGEROND = frozenset(
    {Knelpuntstatus.OPGELOST, Knelpuntstatus.NIET_OPGELOST, Knelpuntstatus.SAMENGEVOEGD}
)


class Laag(StrEnum):
    """The layer at which a bottleneck pinches."""

    INTERACTIE = "interactie"
    ORGANISATIE = "organisatie"
    NETWERK = "netwerk"
    SYSTEEM = "systeem"
    MENS_EN_WERELDBEELD = "mens-en-wereldbeeld"


@dataclass(frozen=True)
class Eigenaar:
    """The one accountable party: an organisation plus a team and/or a person."""

    organisatie: str
    team: str | None = None
    persoon: str | None = None

    @property
    def label(self) -> str:
        delen = [d for d in (self.team, self.persoon) if d]
        if not delen:  # an organisation in another installation: it names its own team
            return self.organisatie
        return f"{' / '.join(delen)} ({self.organisatie})"


@dataclass(frozen=True)
class Casus:
    """An anonymised story of one person's situation (casuïstiek)."""

    titel: str
    verhaal: str
    signaal_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Besluit:
    omschrijving: str
    motivering: str
    genomen_door: str
    genomen_op: datetime


@dataclass(frozen=True)
class Knelpunt:
    id: uuid.UUID
    organisatie: str
    titel: str
    omschrijving: str
    aangemaakt_op: datetime
    aangemaakt_door: str
    laatste_voortgang_op: datetime
    knellend_mechanisme: str | None = None
    lagen: tuple[Laag, ...] = ()
    impactdomeinen: tuple[Impactdomein, ...] = ()
    getroffen_groepen: tuple[str, ...] = ()
    geschat_bereik: int | None = None
    bereik: Bereik | None = None
    patronen: tuple[str, ...] = ()
    casussen: tuple[Casus, ...] = ()
    alternatieven: tuple[str, ...] = ()
    gevraagd_besluit: str | None = None
    besluiten: tuple[Besluit, ...] = ()
    acties: tuple[Actiepunt, ...] = ()
    betrokken_organisaties: tuple[str, ...] = ()
    status: Knelpuntstatus = Knelpuntstatus.NIEUW
    eigenaar: Eigenaar | None = None
    eigenaar_sinds: datetime | None = None
    voorgestelde_eigenaar: Eigenaar | None = None
    samengevoegd_in: uuid.UUID | None = None
    niet_opgelost_reden: str | None = None
    agenderingsmoment_id: uuid.UUID | None = None
    streefdatum: date | None = None  # when it should be solved; default from the route
    opschalingsniveau: int = 0
    opgeschaald_op: datetime | None = None
    afgerond_op: datetime | None = None
    extra: dict[str, str] = field(default_factory=dict)
    # The version of the shared part partners hold: +1 with every event about the dossier,
    # so that a late or repeated event (or answer) is recognised (docs/uitwisseling.md).
    versie: int = 0

    @property
    def is_open(self) -> bool:
        return self.status not in AFGEROND

    @property
    def organisaties(self) -> frozenset[str]:
        """Every organisation involved: they may read the dossier."""
        namen = {self.organisatie, *self.betrokken_organisaties}
        for e in (self.eigenaar, self.voorgestelde_eigenaar):
            if e is not None:
                namen.add(e.organisatie)
        return frozenset(namen)

    @property
    def route_organisatie(self) -> str:
        """Whose escalation route applies: the owner's organisation, else the creator's."""
        return self.eigenaar.organisatie if self.eigenaar else self.organisatie

    def may_read(self, organisatie: str) -> bool:
        return organisatie in self.organisaties

    def may_change(self, organisatie: str) -> bool:
        """The creating and the owning organisation steer the dossier; others read."""
        return organisatie == self.organisatie or (
            self.eigenaar is not None and self.eigenaar.organisatie == organisatie
        )


class EigenaarVereist(Conflict):
    code = "eigenaar-vereist"
    titel = "Dit knelpunt heeft eerst een geaccepteerde eigenaar nodig"


class GeenOverdracht(Conflict):
    code = "geen-openstaande-overdracht"
    titel = "Er staat geen overdracht open"


def check_eigenaar(eigenaar: Eigenaar) -> None:
    if not eigenaar.organisatie.strip() or not (eigenaar.team or eigenaar.persoon):
        raise OngeldigeInvoer(
            "Een eigenaar is een organisatie met een team en/of een persoon "
            "(bijvoorbeeld organisatie UWV, team 'Team WW')."
        )


def propose_owner(k: Knelpunt, nieuw: Eigenaar) -> Knelpunt:
    """Offer the bottleneck to ``nieuw``. The current owner stays accountable until the
    receiver accepts."""
    check_eigenaar(nieuw)
    if not k.is_open:
        raise Conflict(f"Knelpunt met status '{k.status}' kan niet worden overgedragen.")
    if nieuw == k.eigenaar:
        raise Conflict("Deze partij is al eigenaar van het knelpunt.")
    return replace(k, voorgestelde_eigenaar=nieuw)


def may_accept(k: Knelpunt, organisatie: str, naam: str, beslist_namens_organisatie: bool) -> bool:
    voorstel = k.voorgestelde_eigenaar
    if voorstel is None or voorstel.organisatie != organisatie:
        return False
    return voorstel.persoon is None or voorstel.persoon == naam or beslist_namens_organisatie


def accept_owner(
    k: Knelpunt, organisatie: str, naam: str, beslist_namens_organisatie: bool, now: datetime
) -> Knelpunt:
    if k.voorgestelde_eigenaar is None:
        raise GeenOverdracht("Dit knelpunt wordt niet aan u overgedragen.")
    if not may_accept(k, organisatie, naam, beslist_namens_organisatie):
        raise GeenToegang(
            "Alleen de ontvangende partij kan de overdracht accepteren "
            f"({k.voorgestelde_eigenaar.label})."
        )
    nieuw = k.voorgestelde_eigenaar
    betrokken = k.betrokken_organisaties
    if nieuw.organisatie != k.organisatie and nieuw.organisatie not in betrokken:
        betrokken = (*betrokken, nieuw.organisatie)
    return replace(
        k,
        eigenaar=nieuw,
        eigenaar_sinds=now,
        voorgestelde_eigenaar=None,
        betrokken_organisaties=betrokken,
        opschalingsniveau=0,
        opgeschaald_op=None,
        laatste_voortgang_op=now,
    )


def decline_owner(k: Knelpunt, organisatie: str, naam: str, namens: bool) -> Knelpunt:
    if k.voorgestelde_eigenaar is None:
        raise GeenOverdracht("Dit knelpunt wordt niet aan u overgedragen.")
    if not may_accept(k, organisatie, naam, namens):
        raise GeenToegang("Alleen de ontvangende partij kan de overdracht weigeren.")
    return replace(k, voorgestelde_eigenaar=None)


def has_no_owner(k: Knelpunt, vertrokken: frozenset[tuple[str, str]]) -> bool:
    """Open and without an accountable owner: none, or an owner person who left."""
    if not k.is_open:
        return False
    if k.eigenaar is None:
        return True
    e = k.eigenaar
    return e.persoon is not None and (e.organisatie, e.persoon) in vertrokken


def days_without_progress(k: Knelpunt, now: datetime) -> int:
    return max(0, (now - k.laatste_voortgang_op).days)
