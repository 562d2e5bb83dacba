# SPDX-License-Identifier: EUPL-1.2
"""Use case: receive an event from a partner. Checks, in order: the sender is a known
partner (by the OIN in ``source``) and signed it with a valid secret within the time
window; the event fits its JSON Schema; an incoming agreement with that partner covers
its type, themes and fields. Then, once per (source, id): the inbox record, the shared
data (apart from the organisation's own) and an audit record, in one transaction."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hartslag.domein.fouten import NietGevonden, VeldFout
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.gedeeldknelpunt import is_stale
from hartslag.domein.uitwisseling import (
    AFSPRAAK_ATTRIBUUT,
    ANTWOORDTYPEN,
    Deelafspraak,
    Gebeurtenistype,
    OnbekendeDeelafspraak,
    OngeldigeGebeurtenis,
    OngeldigeHandtekening,
    Richting,
)
from hartslag.domein.webhook import KOP_HANDTEKENING, KOP_ID, KOP_TIJDSTIP, verify
from hartslag.services.context import Context
from hartslag.services.knelpuntdeling import receive_answer
from hartslag.services.poorten import UnitOfWork
from hartslag.services.uitwisselingbeheer import valid_secrets
from hartslag.services.uitwisselingpoorten import GedeeldGegeven, InkomendeGebeurtenis, Partner

_BRON = re.compile(r"^urn:nld:oin:(\d{20}):systeem:hartslag$")
Schemacontrole = Callable[[dict[str, Any]], list[VeldFout]]


@dataclass(frozen=True)
class Ontvangst:
    id: str
    verwerkt: bool  # False: received before, not applied again


def sending_partner(uow: UnitOfWork, organisatie_id: int, event: dict[str, Any]) -> Partner:
    bron = _BRON.match(str(event.get("source", "")))
    partner = uow.partners.by_oin(organisatie_id, bron.group(1)) if bron else None
    if partner is None or not partner.actief:
        raise OngeldigeHandtekening(
            "De afzender (source) is geen bekende partner van deze organisatie."
        )
    return partner


def _check_signature(
    ctx: Context,
    uow: UnitOfWork,
    partner: Partner,
    headers: Mapping[str, str],
    body: bytes,
    event: dict[str, Any],
) -> None:
    if headers.get(KOP_ID) != str(event.get("id")):
        raise OngeldigeHandtekening(f"Kop {KOP_ID} ontbreekt of is niet het id van de gebeurtenis.")
    verify(
        valid_secrets(ctx, uow, partner, ctx.clock.now()),
        headers.get(KOP_ID, ""),
        headers.get(KOP_TIJDSTIP, ""),
        headers.get(KOP_HANDTEKENING, ""),
        body,
        ctx.clock.now(),
    )


def covering_agreement(
    afspraken: list[Deelafspraak],
    partner: Partner,
    type: Gebeurtenistype,
    event: dict[str, Any],
    tijdstip: datetime,
) -> Deelafspraak:
    code = str(event[AFSPRAAK_ATTRIBUUT])
    data: dict[str, Any] = event["data"]
    # As on the sending side: a withdrawal follows its signal whatever its themes; the
    # other kinds carry their themes (patterns and dossiers none: only '*' covers them).
    ingetrokken = type is Gebeurtenistype.SIGNAAL_INGETROKKEN
    themas = None if ingetrokken else frozenset(data.get("themas", ()))
    for a in afspraken:
        if a.lokaal or (a.code, a.partner, a.richting) != (code, partner.code, Richting.INKOMEND):
            continue
        if not a.staat_toe(type, themas, tijdstip):
            break
        if buiten := sorted(set(data) - a.velden_voor(type.soort)):
            raise OnbekendeDeelafspraak(
                f"Velden buiten deelafspraak '{code}': {', '.join(buiten)}."
            )
        return a
    raise OnbekendeDeelafspraak(
        f"Er is geen geldige inkomende deelafspraak '{code}' met {partner.code} die dit "
        "type gebeurtenis, deze thema's en dit moment dekt."
    )


def receive(
    ctx: Context,
    organisatie: str,
    headers: Mapping[str, str],
    body: bytes,
    event: dict[str, Any],
    controle: Schemacontrole,
) -> Ontvangst:
    """Verify and apply one event for ``organisatie``; ``controle`` checks it against the
    JSON Schema of its type (the adapter owns the schemas)."""
    with ctx.uow() as uow:
        organisatie_id = uow.organisaties.get_id(organisatie)
        if organisatie_id is None:
            raise NietGevonden("Deze organisatie bestaat niet.")
        partner = sending_partner(uow, organisatie_id, event)
        _check_signature(ctx, uow, partner, headers, body, event)
        if fouten := controle(event):
            raise OngeldigeGebeurtenis(
                "De gebeurtenis past niet bij het JSON Schema van haar type.", velden=fouten
            )
        type = Gebeurtenistype(event["type"])
        tijdstip = datetime.fromisoformat(event["time"].replace("Z", "+00:00"))
        afspraken = uow.partners.afspraken(organisatie_id)
        afspraak = covering_agreement(afspraken, partner, type, event, tijdstip)
        assert partner.id is not None
        nieuw = uow.postvakken.add_inkomend(
            InkomendeGebeurtenis(
                organisatie_id,
                event["source"],
                event["id"],
                partner.id,
                afspraak.code,
                type.value,
                event["subject"],
                tijdstip,
                ctx.clock.now(),
            )
        )
        if nieuw and type in ANTWOORDTYPEN:  # a partner's answer to our offer of a dossier
            receive_answer(ctx, uow, organisatie_id, partner, type, event)
        elif nieuw:
            _apply(uow, organisatie_id, partner, afspraak, type, event, tijdstip)
            uow.gebeurtenissen.add(
                receipt_record(ctx, organisatie_id, partner, afspraak, type, event)
            )
        uow.commit()
    return Ontvangst(event["id"], nieuw)


def receipt_record(
    ctx: Context,
    organisatie_id: int,
    partner: Partner,
    afspraak: Deelafspraak,
    type: Gebeurtenistype,
    event: dict[str, Any],
) -> Gebeurtenis:
    """The audit record of an applied event: names the fields, never their values."""
    return Gebeurtenis(
        ctx.clock.now(),
        f"partner:{partner.code}",
        Handeling.GEGEVENS_ONTVANGEN,
        type.soort,
        event["subject"],
        organisatie_id,
        reden=f"deelafspraak {afspraak.code}",
        na={"type": type.value, "gebeurtenis": event["id"], "velden": sorted(event["data"])},
    )


def _apply(
    uow: UnitOfWork,
    organisatie_id: int,
    partner: Partner,
    afspraak: Deelafspraak,
    type: Gebeurtenistype,
    event: dict[str, Any],
    tijdstip: datetime,
) -> None:
    assert partner.id is not None
    huidig = uow.postvakken.get_gedeeld(organisatie_id, partner.id, type.soort, event["subject"])
    nieuw = merged(huidig, organisatie_id, partner, afspraak, type, event, tijdstip)
    if nieuw is not None:
        uow.postvakken.put_gedeeld(nieuw)


def merged(
    huidig: GedeeldGegeven | None,
    organisatie_id: int,
    partner: Partner,
    afspraak: Deelafspraak,
    type: Gebeurtenistype,
    event: dict[str, Any],
    tijdstip: datetime,
) -> GedeeldGegeven | None:
    """The subject's shared state after ``event``; None when the event is older than the
    state kept. Idempotent and order-safe: the newest event about a subject wins; an older
    one that arrives late changes nothing."""
    assert partner.id is not None
    if huidig is not None and huidig.bijgewerkt_op > tijdstip:
        return None
    if type.soort == "knelpunt" and is_stale(huidig.gegevens if huidig else None, event["data"]):
        return None  # a dossier's version is older than (or the same as) the one we keep
    gegevens = dict(huidig.gegevens) if huidig else {}
    ingetrokken = type is Gebeurtenistype.SIGNAAL_INGETROKKEN
    gegevens = {} if ingetrokken else {**gegevens, **event["data"]}
    return GedeeldGegeven(
        organisatie_id,
        partner.id,
        type.soort,
        event["subject"],
        afspraak.code,
        gegevens,
        tijdstip,
        ingetrokken,
    )
