# SPDX-License-Identifier: EUPL-1.2
"""What a demo bottleneck dossier is made of: the dossier itself and the steps of its
history (status changes, ownership, decisions, sessions, agenda moments), each at a number
of days after the bottleneck was made or before the end of the demo period. Pure data."""

from __future__ import annotations

from dataclasses import dataclass, field

from hartslag.domein.duiding import Deelnemer
from hartslag.domein.knelpunt import Eigenaar, Knelpuntstatus, Laag
from hartslag.domein.vocabulaire import Impactdomein


@dataclass(frozen=True)
class Naar:
    """A workflow transition."""

    status: Knelpuntstatus
    reden: str


@dataclass(frozen=True)
class Overdracht:
    """Offer ownership; the receiver accepts unless ``open`` (a pending transfer)."""

    eigenaar: Eigenaar
    reden: str
    open: bool = False


@dataclass(frozen=True)
class Besluit:
    omschrijving: str
    motivering: str


@dataclass(frozen=True)
class Taak:
    """An action on the dossier, with its owner and due date (progress, too)."""

    omschrijving: str
    eigenaar: str
    binnen_dagen: int


@dataclass(frozen=True)
class Afronden:
    """Complete the dossier's action with this description, with its result."""

    omschrijving: str
    resultaat: str


@dataclass(frozen=True)
class Richten:
    """Aim the bottleneck at an agenda moment (by name) of the creator's calendar."""

    moment: str


@dataclass(frozen=True)
class Samenvoegen:
    """Merge into the dossier with this title (made earlier in the list)."""

    in_titel: str
    reden: str


@dataclass(frozen=True)
class Vertrokken:
    """The named owner left the organisation: the dossier shows on the no-owner list."""

    persoon: str


@dataclass(frozen=True)
class Afspraak:
    omschrijving: str
    eigenaar: str
    binnen_dagen: int  # due date, counted from the session


@dataclass(frozen=True)
class Sessie:
    """A sensemaking session on this bottleneck; recorded unless ``vastleggen`` is off
    (then it is planned ``over_dagen`` ahead)."""

    titel: str
    deelnemers: tuple[Deelnemer, ...]
    conclusies: tuple[str, ...] = ()
    afspraken: tuple[Afspraak, ...] = ()
    vastleggen: bool = True
    over_dagen: int = 0


Actie = Naar | Overdracht | Besluit | Taak | Afronden | Richten | Samenvoegen | Vertrokken | Sessie


@dataclass(frozen=True)
class Stap:
    """``dagen`` after the bottleneck was made, or, with ``voor_einde``, that many days
    before the end of the demo period. Steps never go back in time."""

    dagen: int
    actie: Actie
    voor_einde: bool = False


def na(dagen: int, actie: Actie) -> Stap:
    return Stap(dagen, actie)


def voor_einde(dagen: int, actie: Actie) -> Stap:
    return Stap(dagen, actie, voor_einde=True)


@dataclass(frozen=True)
class DemoDossier:
    """A bottleneck made from the demo signals of one recurring problem (``probleem`` in
    the ground truth), after its ``na_signalen``-th signal."""

    probleem: str
    organisatie: str
    titel: str
    omschrijving: str
    knellend_mechanisme: str
    lagen: tuple[Laag, ...]
    impactdomeinen: tuple[Impactdomein, ...]
    getroffen_groepen: tuple[str, ...] = ()
    geschat_bereik: int | None = None
    alternatieven: tuple[str, ...] = ()
    gevraagd_besluit: str | None = None
    betrokken: tuple[str, ...] = ()  # other organisations involved
    # Whose signals of the problem are linked (each organisation links its own); default:
    # the creator and every organisation involved.
    signalen_van: tuple[str, ...] | None = None
    stappen: tuple[Stap, ...] = field(default_factory=tuple)
    na_signalen: int = 20
    casussen: int = 2
