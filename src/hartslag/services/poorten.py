# SPDX-License-Identifier: EUPL-1.2
"""Ports: what the use cases need from the outside world, as Protocols."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Protocol

from hartslag.domein.actor import Actor
from hartslag.domein.agendering import Agenderingsmoment
from hartslag.domein.duiding import Duidingssessie
from hartslag.domein.events import Event
from hartslag.domein.gebeurtenis import Gebeurtenis
from hartslag.domein.knelpunt import Knelpunt
from hartslag.domein.opschaling import Opschalingsroute
from hartslag.domein.patroon import Mutatie, Patroon, Waarschuwing
from hartslag.domein.signaal import Signaal
from hartslag.domein.terugkoppeling import Terugkoppeling
from hartslag.domein.vocabulaire import Rol
from hartslag.domein.zoekfilter import Pagina, SignaalFilter, Sortering
from hartslag.services.accountpoorten import Gebruikers, Websessies
from hartslag.services.communication_ports import Afzenders, PubliekeTeksten
from hartslag.services.privacypoorten import (
    Betrokkenen,
    Bewaring,
    Instellingen,
    Kluis,
    Koppeling,
    Originelen,
    Vermeldingen,
)
from hartslag.services.uitwisselingpoorten import Partners, Postvakken

if TYPE_CHECKING:  # the analysis imports scikit-learn: a second per bulk-import worker
    import numpy as np

    from hartslag.analyse.pijplijn import Resultaat, Signaalgegevens, Vorige


Indeling = Literal["brontype", "kanaal"]  # what the volume is counted by


class Clock(Protocol):
    def now(self) -> datetime: ...


@dataclass(frozen=True)
class NieuwSignaalRij:
    """A signal ready to store, with the columns that never leave the database."""

    signaal: Signaal
    inhoudshash: str | None
    melder_pseudoniem: str | None
    contact_id: uuid.UUID | None
    importrun_id: uuid.UUID | None = None
    koppelingen: tuple[Koppeling, ...] = ()  # keyed pseudonyms found in it (privacy)


@dataclass(frozen=True)
class VersleuteldContact:
    id: uuid.UUID
    organisatie_id: int
    sleutelversie: int
    versleuteld: bytes
    bewaren_tot: date
    aangemaakt_op: datetime


@dataclass(frozen=True)
class IdempotentAntwoord:
    verzoek_hash: str
    status: int
    resource_id: str | None
    antwoord: dict[str, Any]


@dataclass
class ImportVoortgang:
    id: uuid.UUID
    organisatie_id: int
    bestandsnaam: str
    bestandshash: str
    status: str
    laatste_rij: int = 0
    opgeslagen: int = 0
    dubbel: int = 0
    fouten: int = 0


class GecodeerdSignaal(NamedTuple):
    """A signal in the store's own values, ready for its bulk path: the signal's row, its
    theme rows and its pseudonym-link rows (each holding the signal's id as encoded).
    Plain tuples of strings and numbers, cheap to send between processes."""

    rij: tuple[Any, ...]
    themas: tuple[tuple[Any, str], ...]
    koppelingen: tuple[tuple[Any, str, str, str], ...]


class Codering(Protocol):
    """Encodes rows for the store's bulk path; picklable, for worker processes."""

    def encode(self, rij: NieuwSignaalRij) -> GecodeerdSignaal: ...
    def complete(
        self, rij: tuple[Any, ...], referentie: str, contact_id: uuid.UUID | None
    ) -> tuple[Any, ...]: ...


class Organisaties(Protocol):
    def add(self, code: str, naam: str, now: datetime) -> int: ...
    def get_id(self, code: str) -> int | None: ...
    def all(self) -> list[tuple[int, str, str]]: ...


@dataclass(frozen=True)
class Tokeninfo:
    """An API token as administrators see it (never the token itself)."""

    id: int
    organisatie_id: int
    account: str
    rol: Rol
    aangemaakt_op: datetime
    verloopt_op: datetime | None
    ingetrokken_op: datetime | None
    laatst_gebruikt_op: datetime | None


class Accounts(Protocol):
    def add_token(
        self,
        organisatie_id: int,
        naam: str,
        rol: Rol,
        token_hash: str,
        now: datetime,
        verloopt_op: datetime | None = None,
    ) -> int: ...
    def actor_for_token(self, token_hash: str) -> Actor | None: ...
    def token_info(self, token_hash: str) -> tuple[Tokeninfo, Actor] | None: ...
    def tokens(self, organisatie_id: int) -> list[Tokeninfo]: ...
    def revoke_token(self, token_id: int, now: datetime) -> None: ...
    def mark_used(self, token_id: int, now: datetime) -> None: ...


class Signalen(Protocol):
    def next_references(self, jaar: int, aantal: int) -> Sequence[int]: ...
    def add(self, rij: NieuwSignaalRij, organisatie_id: int) -> None: ...
    def add_many(self, rijen: Sequence[NieuwSignaalRij], organisatie_id: int) -> None: ...
    def codering(self, organisatie_id: int) -> Codering: ...
    def add_encoded(
        self,
        rijen: Sequence[tuple[Any, ...]],
        themas: Sequence[tuple[Any, str]],
        koppelingen: Sequence[tuple[Any, str, str, str]] = (),
    ) -> None: ...
    def existing_keys(
        self, organisatie_id: int, externe: Sequence[str], hashes: Sequence[str]
    ) -> tuple[set[str], set[str]]: ...
    def external_ids(self, organisatie_id: int) -> dict[str, uuid.UUID]: ...
    def get(self, organisatie_id: int, signaal_id: uuid.UUID) -> Signaal | None: ...
    def find_reference(self, referentie: str) -> tuple[uuid.UUID, int] | None: ...
    def origins(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple[str, datetime]]: ...
    def get_contact_id(self, organisatie_id: int, signaal_id: uuid.UUID) -> uuid.UUID | None: ...
    def get_importrun_id(self, signaal_id: uuid.UUID) -> uuid.UUID | None: ...
    def update(self, signaal: Signaal) -> None: ...
    def search(
        self,
        organisatie_id: int,
        filter: SignaalFilter,
        pagina: Pagina,
        sortering: Sortering = Sortering(),
    ) -> tuple[list[Signaal], int]: ...
    def stream(self, organisatie_id: int, filter: SignaalFilter) -> Iterator[Signaal]: ...
    def by_pseudonym(self, pseudoniem: str, vanaf: datetime, tot: datetime) -> list[uuid.UUID]: ...
    def theme_counts(self, organisatie_id: int) -> list[tuple[str, int]]: ...
    def daily_counts(
        self, organisatie_id: int, indeling: Indeling, vanaf: datetime
    ) -> list[tuple[date, str, int]]:
        """Signals received from ``vanaf`` per UTC day and value of ``indeling``."""
        ...


@dataclass(frozen=True)
class Ketenkop:
    """The head of one audit chain: its last record and how many it holds."""

    sleutel: int  # organisation id, 0 for records of no organisation
    laatste_id: int | None
    laatste_hash: str
    aantal: int
    streng: int = 0  # the strand of the organisation's chain


class Gebeurtenissen(Protocol):
    def add(self, gebeurtenis: Gebeurtenis) -> None: ...
    def add_many(self, gebeurtenissen: Sequence[Gebeurtenis]) -> None:
        """Records of one organisation, in order (on one strand of its chain)."""
        ...

    def chain(self, sleutel: int, streng: int = 0) -> Iterator[Gebeurtenis]: ...
    def chain_heads(self) -> list[Ketenkop]: ...
    def for_subject(
        self, onderwerpen: Sequence[tuple[str, str]], organisatie_id: int | None
    ) -> list[Gebeurtenis]: ...
    def list(
        self, organisatie_id: int | None, since: datetime | None, limit: int
    ) -> list[Gebeurtenis]: ...


class Contacten(Protocol):
    def add(self, contact: VersleuteldContact) -> None: ...
    def get(self, organisatie_id: int, contact_id: uuid.UUID) -> VersleuteldContact | None: ...


class Idempotentie(Protocol):
    def get(self, organisatie_id: int, sleutel: str) -> IdempotentAntwoord | None: ...
    def add(
        self, organisatie_id: int, sleutel: str, antwoord: IdempotentAntwoord, now: datetime
    ) -> None: ...


class ImportRuns(Protocol):
    def find_unfinished(self, organisatie_id: int, bestandshash: str) -> ImportVoortgang | None: ...
    def add(self, voortgang: ImportVoortgang, actor: str, now: datetime) -> None: ...
    def save(self, voortgang: ImportVoortgang, now: datetime) -> None: ...


@dataclass(frozen=True)
class GekoppeldSignaal:
    """What a bottleneck needs of a linked signal: never its text or the reporter."""

    signaal_id: uuid.UUID
    referentie: str
    organisatie: str
    ontvangen_op: datetime
    geregistreerd_door: str
    contact_id: uuid.UUID | None
    bereik: str | None


@dataclass(frozen=True)
class Bericht:
    """One e-mail in the outbox; the address is sealed like the contact vault."""

    id: uuid.UUID
    sleutel: str  # idempotency: one message per key, ever
    organisatie: str
    soort: str
    sleutelversie: int
    aan_versleuteld: bytes
    onderwerp: str
    tekst: str
    aangemaakt_op: datetime
    status: str = "wachtend"  # wachtend | bezig | verzonden | gebounced | mislukt
    pogingen: int = 0
    volgende_poging_op: datetime | None = None
    laatste_fout: str | None = None
    verzonden_op: datetime | None = None
    signaal_id: uuid.UUID | None = None
    terugkoppeling_id: uuid.UUID | None = None
    afzender: str | None = None  # the From header; None: the mailer's default


class Knelpunten(Protocol):
    def add(self, k: Knelpunt, organisatie_id: int) -> None: ...
    def save(self, k: Knelpunt) -> None: ...
    def get(self, knelpunt_id: uuid.UUID) -> Knelpunt | None: ...
    def visible_to(self, organisatie: str) -> list[Knelpunt]: ...
    def all_open(self) -> list[Knelpunt]: ...
    def link(
        self, knelpunt_id: uuid.UUID, signaal_ids: Sequence[uuid.UUID], now: datetime
    ) -> int: ...
    def linked(self, knelpunt_id: uuid.UUID) -> list[GekoppeldSignaal]: ...
    def for_signaal(self, signaal_id: uuid.UUID) -> list[Knelpunt]: ...
    def add_volger(self, knelpunt_id: uuid.UUID, volger: str) -> bool: ...
    def volgers(self, knelpunt_id: uuid.UUID) -> list[str]: ...
    def add_vertrokken(self, organisatie: str, persoon: str, now: datetime) -> None: ...
    def vertrokken(self) -> frozenset[tuple[str, str]]: ...


class Opschalingsroutes(Protocol):
    def get(self, organisatie: str) -> Opschalingsroute | None: ...
    def save(self, route: Opschalingsroute, now: datetime) -> None: ...


class Duidingssessies(Protocol):
    def add(self, sessie: Duidingssessie) -> None: ...
    def save(self, sessie: Duidingssessie) -> None: ...
    def get(self, sessie_id: uuid.UUID) -> Duidingssessie | None: ...
    def list(self, organisatie: str) -> list[Duidingssessie]: ...


class Agenderingsmomenten(Protocol):
    def add(self, moment: Agenderingsmoment) -> None: ...
    def save(self, moment: Agenderingsmoment) -> None: ...
    def get(self, moment_id: uuid.UUID) -> Agenderingsmoment | None: ...
    def list(self, organisatie: str | None) -> list[Agenderingsmoment]: ...
    def delete(self, moment_id: uuid.UUID) -> None: ...
    def mark_reminded(
        self, moment_id: uuid.UUID, knelpunt_id: uuid.UUID, dagen: int, now: datetime
    ) -> bool: ...
    def reminded(self, moment_id: uuid.UUID, knelpunt_id: uuid.UUID) -> frozenset[int]: ...


class Terugkoppelingen(Protocol):
    def add(self, t: Terugkoppeling) -> None: ...
    def save(self, t: Terugkoppeling) -> None: ...
    def get(self, terugkoppeling_id: uuid.UUID) -> Terugkoppeling | None: ...
    def for_organisatie(self, organisatie: str) -> list[Terugkoppeling]: ...
    def for_knelpunt(self, knelpunt_id: uuid.UUID) -> list[Terugkoppeling]: ...
    def for_signaal(self, signaal_id: uuid.UUID) -> list[Terugkoppeling]: ...


class Berichten(Protocol):
    def add(self, b: Bericht) -> bool: ...
    def due(self, now: datetime, limit: int) -> list[Bericht]: ...
    def claim(self, bericht_id: uuid.UUID, now: datetime, tot: datetime) -> bool: ...
    def save(self, b: Bericht) -> None: ...
    def get(self, bericht_id: uuid.UUID) -> Bericht | None: ...
    def list(self, organisatie: str | None, status: str | None) -> list[Bericht]: ...
    def signals_reached(self, organisatie: str) -> set[uuid.UUID]: ...


class Notificaties(Protocol):
    def add(
        self, ontvanger: str, knelpunt_id: uuid.UUID | None, tekst: str, now: datetime
    ) -> None: ...
    def for_recipient(
        self, ontvanger: str, limit: int
    ) -> list[tuple[datetime, uuid.UUID | None, str]]: ...


@dataclass(frozen=True)
class Analyserun:
    id: uuid.UUID
    bereik: str
    peildatum: date
    representatie: str
    gestart_op: datetime
    voltooid_op: datetime
    gestart_door: str
    aantal_signalen: int
    aantal_patronen: int
    model: bytes | None = None
    midden: bytes | None = None  # the mean vector the run centred on

    def to_space(self, ruw: np.ndarray) -> np.ndarray:
        """Raw vectors (rows) in this run's space (centred, register directions removed,
        normalised: ``hartslag.analyse.space``)."""
        import numpy as np  # late, as numpy: intake workers need no numerics

        from hartslag.analyse import space

        state = np.frombuffer(self.midden, dtype=np.float32) if self.midden else None
        return space.to_space(ruw, state)


@dataclass(frozen=True)
class SignaalAnalyse:
    """What the analysis says about one signal: its pattern and whether it repeats."""

    patroon_id: uuid.UUID | None
    patroon_titel: str | None
    herhaalcontact: bool
    handmatig: bool = False
    herhaalcontact_van: uuid.UUID | None = None  # the earlier contact this one repeats


class Analyses(Protocol):
    def signals(
        self,
        organisatie_id: int | None,
        vanaf: datetime | None,
        tot: datetime | None,
        ids: Sequence[uuid.UUID] | None = None,
    ) -> list[Signaalgegevens]: ...
    def vectors(self, representatie: str, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, bytes]: ...
    def vector_matrix(
        self, representatie: str, ids: Sequence[uuid.UUID], dimensies: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """The stored vectors of ``ids`` as one float32 matrix (row i for ids[i], zeros
        where none is stored) and a boolean mask of the rows found."""
        ...

    def organisation_vectors(
        self, representatie: str, organisatie_id: int
    ) -> list[tuple[uuid.UUID, bytes]]: ...
    def add_vectors(
        self, representatie: str, rijen: Sequence[tuple[uuid.UUID, bytes]], now: datetime
    ) -> None: ...
    def signals_registered_since(self, moment: datetime | None) -> int:
        """How many signals (of every organisation) were registered after ``moment``."""
        ...

    def unplaced_since(self, moment: datetime, limiet: int) -> list[tuple[uuid.UUID, datetime]]:
        """Up to ``limiet`` signals registered from ``moment`` on that have no vector yet
        (so were never placed in a pattern), oldest first, with when they were registered;
        none while there is no analysis run."""
        ...

    def previous(self, bereik: str) -> Vorige: ...
    def save_run(self, run: Analyserun, resultaat: Resultaat, now: datetime) -> None: ...
    def latest_run(self, bereik: str) -> Analyserun | None:
        """The latest run of a scope, without its (large) model: see ``model``."""
        ...

    def model(self, run_id: uuid.UUID) -> bytes | None: ...
    def centroids(self, bereik: str) -> list[tuple[uuid.UUID, bytes]]: ...
    def patronen(
        self, bereiken: Sequence[str], organisatie: str, ook_van: Collection[str] = ()
    ) -> list[Patroon]:
        """Patterns holding signals of ``organisatie`` (or of one of ``ook_van``)."""
        ...

    def counts_by_theme(self, organisatie_id: int, themas: Collection[str]) -> dict[uuid.UUID, int]:
        """Per network pattern: how many of the organisation's signals carry one of
        ``themas``."""
        ...

    def get_patroon(self, patroon_id: uuid.UUID) -> Patroon | None: ...
    def add_patroon(self, p: Patroon) -> None: ...
    def save_patroon(self, p: Patroon) -> None: ...
    def members(self, patroon_id: uuid.UUID, organisatie_id: int | None) -> list[uuid.UUID]: ...
    def for_signals(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, SignaalAnalyse]: ...
    def repeats_of(self, signaal_id: uuid.UUID) -> list[uuid.UUID]:
        """The later signals marked as a repeat contact of ``signaal_id``."""
        ...

    def assign(
        self,
        bereik: str,
        signaal_id: uuid.UUID,
        patroon_id: uuid.UUID | None,
        gelijkenis: float,
        handmatig: bool,
        herhaalcontact_van: uuid.UUID | None = None,
    ) -> None: ...
    def add_mutatie(self, bereik: str, mutatie: Mutatie, actor: str, now: datetime) -> None: ...
    def waarschuwingen(self, bereiken: Sequence[str], organisatie: str) -> list[Waarschuwing]: ...
    def set_suggestions(
        self,
        organisatie_id: int,
        rijen: Sequence[tuple[uuid.UUID, str, float, int]],
        now: datetime,
    ) -> None: ...
    def suggestions(
        self, organisatie_id: int, signaal_id: uuid.UUID | None, limit: int
    ) -> list[tuple[uuid.UUID, str, float]]: ...
    def clear_suggestions(self, signaal_id: uuid.UUID) -> None: ...


class UnitOfWork(Protocol):
    """One transaction over all stores. Leaving the block without ``commit`` rolls back."""

    organisaties: Organisaties
    accounts: Accounts
    signalen: Signalen
    gebeurtenissen: Gebeurtenissen
    contacten: Contacten
    idempotentie: Idempotentie
    importruns: ImportRuns
    knelpunten: Knelpunten
    opschalingsroutes: Opschalingsroutes
    duidingssessies: Duidingssessies
    agenderingsmomenten: Agenderingsmomenten
    terugkoppelingen: Terugkoppelingen
    berichten: Berichten
    notificaties: Notificaties
    publieke_teksten: PubliekeTeksten
    afzenders: Afzenders
    instellingen: Instellingen
    originelen: Originelen
    kluis: Kluis
    bewaring: Bewaring
    betrokkenen: Betrokkenen
    vermeldingen: Vermeldingen
    analyses: Analyses
    gebruikers: Gebruikers
    websessies: Websessies
    partners: Partners
    postvakken: Postvakken

    # An event for the message bus, handed on only once the transaction commits.
    def record(self, event: Event) -> None: ...

    def commit(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    # True where the database lets one writing transaction in at a time (SQLite): work
    # that needs no database belongs before the transaction, not inside it.
    een_schrijver: bool

    def __call__(self, schrijven: bool = True) -> AbstractContextManager[UnitOfWork]: ...


class TijdelijkeBezorgfout(Exception):
    """The mail server could not be reached or deferred: try again later."""


class Bounce(Exception):
    """The mail server refused the recipient permanently."""


class Mailer(Protocol):
    def send(
        self,
        bericht_id: uuid.UUID,
        aan: str,
        onderwerp: str,
        tekst: str,
        afzender: str | None = None,
    ) -> None: ...


class Versleuteling(Protocol):
    """Authenticated encryption of small records (the contact vault); ``huidige`` is the
    version of the key new records are sealed with."""

    huidige: int

    def encrypt(self, plaintext: bytes, associated: bytes) -> tuple[int, bytes]: ...
    def decrypt(self, sleutelversie: int, blob: bytes, associated: bytes) -> bytes: ...
