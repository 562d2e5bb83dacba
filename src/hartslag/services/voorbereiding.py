# SPDX-License-Identifier: EUPL-1.2
"""The preparing side of a bulk import: file rows validated with the intake schema and
encoded for the store. Pure CPU work on plain data, so it can run in worker processes."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from pydantic import ValidationError

from hartslag.domein.signaal import Contactgegevens, SignaalInvoer, nieuw_signaal
from hartslag.privacy import pseudonymise
from hartslag.services.bescherming import Origineel, protect
from hartslag.services.invoer import SignaalNieuw, veldfouten
from hartslag.services.poorten import Codering, GecodeerdSignaal, NieuwSignaalRij, UnitOfWork

CONTACTKOLOMMEN = {"contactNaam": "naam", "contactEmail": "email", "contactTelefoon": "telefoon"}
BEKENDE_KOLOMMEN = frozenset(
    {str(veld.alias) for veld in SignaalNieuw.model_fields.values()} - {"contact"}
    | set(CONTACTKOLOMMEN)
    | {"organisatie"}
)
STUK = 1000  # rows per unit of work sent to a worker process


def unknown_columns(kolommen: Iterable[str]) -> list[str]:
    """Columns the import ignores (after mapping): worth a warning, not an error."""
    return [k for k in kolommen if k not in BEKENDE_KOLOMMEN]


class ImportRij(NamedTuple):
    """One file row as the import reads it: a tuple, cheap to send to a worker."""

    nummer: int
    velden: dict[str, Any]
    fout: str | None = None


@dataclass(frozen=True)
class ImportFout:
    rij: int
    kolom: str
    reden: str


@dataclass
class ImportResultaat:
    importrun_id: uuid.UUID
    gelezen: int = 0
    opgeslagen: int = 0
    dubbel: int = 0
    fouten: int = 0
    hervat_na_rij: int = 0


@dataclass(frozen=True)
class Ontvangen:
    """A stored row: its row in the file, its reference and the reporter's status code."""

    rij: int
    referentie: str
    statuscode: str


FoutRapport = Callable[[list[ImportFout]], None]
Ontvangstrapport = Callable[[list[Ontvangen]], None]
Voortgang = Callable[[int], None]


_STUURTEKEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tab and line breaks are text


def _first_control(waarde: object) -> str | None:
    if isinstance(waarde, str):
        gevonden = _STUURTEKEN.search(waarde)
        return gevonden.group() if gevonden else None
    if isinstance(waarde, list | tuple):
        return next((t for w in waarde if (t := _first_control(w))), None)
    if isinstance(waarde, dict):
        return _first_control([*map(str, waarde), *waarde.values()])
    return None


def control_character(velden: dict[str, Any]) -> tuple[str, str] | None:
    """The first column (and character) holding a control character other than a tab or
    line break. PostgreSQL cannot store NUL; none of them belongs in a signal's text. The
    row is reported, not cleaned: a signal's words are evidence, and such a character
    usually means the export was damaged, which a person should look at."""
    for kolom, waarde in velden.items():
        teken = _first_control(waarde)
        if teken is not None:
            return kolom, teken
    return None


def parse_row(rij: ImportRij, organisatie: str) -> tuple[SignaalInvoer | None, list[ImportFout]]:
    """One file row as intake input, or the reasons it cannot be stored."""
    if rij.fout:  # a reader's message; it may quote the row
        return None, [ImportFout(rij.nummer, "(rij)", pseudonymise(rij.fout).text)]
    velden = {
        k: v for k, v in rij.velden.items() if k in BEKENDE_KOLOMMEN and v is not None and v != ""
    }
    stuurteken = control_character(velden)
    if stuurteken is not None:
        kolom, teken = stuurteken
        reden = (
            f"bevat het stuurteken U+{ord(teken):04X}, dat niet in tekst thuishoort (vaak een "
            "restant van een beschadigde export); haal het weg en importeer de rij opnieuw"
        )
        return None, [ImportFout(rij.nummer, kolom, reden)]
    rij_organisatie = velden.pop("organisatie", None)
    if rij_organisatie is not None and str(rij_organisatie) != organisatie:
        reden = f"rij hoort bij organisatie '{rij_organisatie}', import is voor '{organisatie}'"
        return None, [ImportFout(rij.nummer, "organisatie", reden)]
    contact = {doel: velden.pop(bron) for bron, doel in CONTACTKOLOMMEN.items() if bron in velden}
    if contact:
        velden["contact"] = contact
    try:
        return SignaalNieuw.model_validate(velden).to_invoer(), []
    except ValidationError as exc:
        return None, [ImportFout(rij.nummer, v.veld, v.reden) for v in veldfouten(exc)]


class Voorbereid(NamedTuple):
    """A good row, encoded for the store, waiting for its reference and dedup check.
    A tuple of plain values: workers send thousands of them back per chunk."""

    externe_referentie: str | None
    inhoudshash: str
    gecodeerd: GecodeerdSignaal
    contact: Contactgegevens | None
    signaal_id: str  # the UUID's hex: for sealing the original
    origineel: Origineel | None = None  # only when the organisation keeps originals
    vervangen: int = 0  # pieces of personal data replaced
    rij: int = 0  # its row in the file


@dataclass(frozen=True)
class Taak:
    """Everything a worker needs to prepare one chunk of rows (plain, picklable data)."""

    rijen: list[ImportRij]
    organisatie: str
    actor: str
    nu: datetime
    pseudoniem_sleutel: bytes
    codering: Codering
    importrun_id: uuid.UUID
    originelen_bewaren: bool = False
    pseudoniemdomein: str | None = None  # the organisation's domain (Context.pseudoniemdomein)


@dataclass
class Stuk:
    rijen: list[Voorbereid] = field(default_factory=list)
    fouten: list[ImportFout] = field(default_factory=list)
    eerste_rij: int = 0
    laatste_rij: int = 0
    gelezen: int = 0


def prepare(taak: Taak) -> Stuk:
    """Validate, pseudonymise and encode one chunk. Pure CPU work: runs in a worker
    process (pseudonymisation is most of its cost)."""
    stuk = Stuk(eerste_rij=taak.rijen[0].nummer, laatste_rij=taak.rijen[-1].nummer)
    stuk.gelezen = len(taak.rijen)
    for rij in taak.rijen:
        invoer, fouten = parse_row(rij, taak.organisatie)
        stuk.fouten.extend(fouten)
        if invoer is not None:
            stuk.rijen.append(_prepare_one(taak, invoer, rij.nummer))
    return stuk


def _prepare_one(taak: Taak, invoer: SignaalInvoer, nummer: int) -> Voorbereid:
    beschermd = protect(
        invoer,
        taak.organisatie,
        taak.pseudoniem_sleutel,
        bewaar_origineel=taak.originelen_bewaren,
        domein=taak.pseudoniemdomein,
    )
    signaal = nieuw_signaal(
        beschermd.invoer,
        id=uuid.uuid4(),
        referentie="",
        organisatie=taak.organisatie,
        geregistreerd_op=taak.nu,
        geregistreerd_door=taak.actor,
    )
    gecodeerd = taak.codering.encode(
        NieuwSignaalRij(
            signaal,
            beschermd.inhoudshash,
            beschermd.melder_pseudoniem,
            None,
            taak.importrun_id,
            beschermd.koppelingen,
        )
    )
    contact = invoer.contact if invoer.contact and not invoer.contact.is_leeg() else None
    return Voorbereid(
        beschermd.invoer.externe_referentie,
        beschermd.inhoudshash,
        gecodeerd,
        contact,
        signaal.id.hex,
        beschermd.origineel,
        sum(beschermd.vervangen.values()),
        nummer,
    )


def unique(stuk: Stuk, uow: UnitOfWork, organisatie_id: int) -> list[Voorbereid]:
    """Drop rows stored before (or twice in this chunk): same external id or same content."""
    externe = [r.externe_referentie for r in stuk.rijen if r.externe_referentie]
    hashes = [r.inhoudshash for r in stuk.rijen]
    bekend_ext, bekend_hash = uow.signalen.existing_keys(organisatie_id, externe, hashes)
    uniek = []
    for rij in stuk.rijen:
        ext = rij.externe_referentie
        if (ext and ext in bekend_ext) or rij.inhoudshash in bekend_hash:
            continue
        if ext:
            bekend_ext.add(ext)
        bekend_hash.add(rij.inhoudshash)
        uniek.append(rij)
    return uniek
