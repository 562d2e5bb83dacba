# SPDX-License-Identifier: EUPL-1.2
"""Use case: receive a batch of events from one partner (CloudEvents batch mode: one JSON
array in one signed request). The sender (``source`` of the first event) and the signature
over the whole body are checked once; a failure there refuses the batch and stores
nothing. Then each event on its own: the same sender, its JSON Schema, an incoming
agreement. The valid ones are de-duplicated by (source, id) and applied in one
transaction; every event gets its own outcome, so one bad event neither refuses nor loses
the others, and the sender retries only the refused ones."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hartslag.domein.fouten import HartslagFout, NietGevonden
from hartslag.domein.uitwisseling import (
    ANTWOORDTYPEN,
    Deelafspraak,
    Gebeurtenistype,
    OngeldigeGebeurtenis,
    OngeldigeHandtekening,
)
from hartslag.domein.webhook import KOP_HANDTEKENING, KOP_ID, KOP_TIJDSTIP, verify
from hartslag.services.context import Context
from hartslag.services.knelpuntdeling import receive_answer
from hartslag.services.poorten import UnitOfWork
from hartslag.services.uitwisselingbeheer import valid_secrets
from hartslag.services.uitwisselingontvangst import (
    Schemacontrole,
    covering_agreement,
    merged,
    receipt_record,
    sending_partner,
)
from hartslag.services.uitwisselingpoorten import GedeeldGegeven, InkomendeGebeurtenis, Partner

VERWERKT, AL_ONTVANGEN, GEWEIGERD = "verwerkt", "al-ontvangen", "geweigerd"


@dataclass(frozen=True)
class Uitkomst:
    """One event's outcome; ``fout`` says why it was refused."""

    id: str | None
    status: str
    fout: HartslagFout | None = None


@dataclass(frozen=True)
class _Geldig:
    event: dict[str, Any]
    type: Gebeurtenistype
    tijdstip: datetime
    afspraak: Deelafspraak


def _id(event: Any) -> str | None:
    return str(event["id"]) if isinstance(event, dict) and "id" in event else None


def _check(
    afspraken: list[Deelafspraak], partner: Partner, bron: str, event: Any, controle: Schemacontrole
) -> _Geldig:
    """Raise what is wrong with one event of the batch, as the single-event path would."""
    if not isinstance(event, dict):
        raise OngeldigeGebeurtenis("Verwacht een CloudEvent als JSON-object.")
    if event.get("source") != bron:
        raise OngeldigeHandtekening("De afzender (source) wijkt af van die van de batch.")
    if fouten := controle(event):
        raise OngeldigeGebeurtenis(
            "De gebeurtenis past niet bij het JSON Schema van haar type.", velden=fouten
        )
    type = Gebeurtenistype(event["type"])
    tijdstip = datetime.fromisoformat(event["time"].replace("Z", "+00:00"))
    return _Geldig(
        event, type, tijdstip, covering_agreement(afspraken, partner, type, event, tijdstip)
    )


def receive_batch(
    ctx: Context,
    organisatie: str,
    headers: Mapping[str, str],
    body: bytes,
    events: list[Any],
    controle: Schemacontrole,
) -> list[Uitkomst]:
    """Verify the batch once, then check, de-duplicate and apply each event; the outcomes
    are in the order of ``events``."""
    if not events:
        raise OngeldigeGebeurtenis("Lege batch: verwacht minstens één CloudEvent.")
    with ctx.uow() as uow:
        organisatie_id = uow.organisaties.get_id(organisatie)
        if organisatie_id is None:
            raise NietGevonden("Deze organisatie bestaat niet.")
        eerste = events[0] if isinstance(events[0], dict) else {}
        partner = sending_partner(uow, organisatie_id, eerste)
        _check_signature(ctx, uow, partner, headers, body)
        afspraken = uow.partners.afspraken(organisatie_id)
        uitkomsten: dict[int, Uitkomst] = {}
        geldig: list[tuple[int, _Geldig]] = []
        for i, event in enumerate(events):
            try:
                geldig.append((i, _check(afspraken, partner, eerste["source"], event, controle)))
            except HartslagFout as fout:
                uitkomsten[i] = Uitkomst(_id(event), GEWEIGERD, fout)
        uitkomsten.update(_store(ctx, uow, organisatie_id, partner, geldig))
        uow.commit()
    return [uitkomsten[i] for i in range(len(events))]


def _check_signature(
    ctx: Context, uow: UnitOfWork, partner: Partner, headers: Mapping[str, str], body: bytes
) -> None:
    """One signature over the whole body, under the batch's own message id."""
    if not headers.get(KOP_ID):
        raise OngeldigeHandtekening(f"Kop {KOP_ID} ontbreekt.")
    now = ctx.clock.now()
    verify(
        valid_secrets(ctx, uow, partner, now),
        headers[KOP_ID],
        headers.get(KOP_TIJDSTIP, ""),
        headers.get(KOP_HANDTEKENING, ""),
        body,
        now,
    )


def _store(
    ctx: Context,
    uow: UnitOfWork,
    organisatie_id: int,
    partner: Partner,
    geldig: list[tuple[int, _Geldig]],
) -> dict[int, Uitkomst]:
    """The inbox rows in one statement; the new events applied and their audit records
    appended in one go."""
    assert partner.id is not None
    now = ctx.clock.now()
    rijen = {
        g.event["id"]: InkomendeGebeurtenis(
            organisatie_id, g.event["source"], g.event["id"], partner.id, g.afspraak.code,
            g.type.value, g.event["subject"], g.tijdstip, now,
        )
        for _, g in geldig
    }  # fmt: skip
    nieuw = uow.postvakken.add_inkomend_many(list(rijen.values()))
    uitkomsten: dict[int, Uitkomst] = {}
    toepassen: list[_Geldig] = []
    for i, g in geldig:
        if g.event["id"] in nieuw:
            nieuw.discard(g.event["id"])  # a second copy in the same batch is a duplicate
            toepassen.append(g)
            uitkomsten[i] = Uitkomst(g.event["id"], VERWERKT)
        else:
            uitkomsten[i] = Uitkomst(g.event["id"], AL_ONTVANGEN)
    # A partner's answer to our offer of a dossier is handled as in single mode; the rest
    # is shared data, applied together.
    for g in sorted(toepassen, key=lambda g: g.tijdstip):
        if g.type in ANTWOORDTYPEN:
            receive_answer(ctx, uow, organisatie_id, partner, g.type, g.event)
    gedeeld = [g for g in toepassen if g.type not in ANTWOORDTYPEN]
    _apply_all(uow, organisatie_id, partner, gedeeld)
    uow.gebeurtenissen.add_many(
        [receipt_record(ctx, organisatie_id, partner, g.afspraak, g.type, g.event) for g in gedeeld]
    )
    return uitkomsten


def _apply_all(
    uow: UnitOfWork, organisatie_id: int, partner: Partner, toepassen: list[_Geldig]
) -> None:
    """The new events folded into the subjects' shared state, oldest first, by the same
    rule as a single event (:func:`merged`): one read and one write for the batch."""
    assert partner.id is not None
    sleutels = {(g.type.soort, g.event["subject"]) for g in toepassen}
    staat = uow.postvakken.get_gedeeld_many(organisatie_id, partner.id, sleutels)
    gewijzigd: dict[tuple[str, str], GedeeldGegeven] = {}
    for g in sorted(toepassen, key=lambda g: g.tijdstip):
        sleutel = (g.type.soort, g.event["subject"])
        huidig = staat.get(sleutel)
        nieuw = merged(huidig, organisatie_id, partner, g.afspraak, g.type, g.event, g.tijdstip)
        if nieuw is not None:
            staat[sleutel] = gewijzigd[sleutel] = nieuw
    uow.postvakken.put_gedeeld_many(list(gewijzigd.values()))
