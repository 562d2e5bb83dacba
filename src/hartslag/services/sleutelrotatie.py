# SPDX-License-Identifier: EUPL-1.2
"""Use case: re-encrypt every vault record under the newest key (key rotation).

Records are read in batches in key order; each batch is decrypted with the key version
it names, encrypted under the newest version and written back in one transaction, with
an audit record of the counts. A crash or Ctrl-C loses nothing: committed batches are
done, and a rerun continues with whatever is not yet under the newest key. A record that
cannot be decrypted (its key version is not configured, or it was tampered with) is left
as it is and counted, so it is never lost by a rotation.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from hartslag.domein.actor import SYSTEEM
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.services.berichten import associated_bericht
from hartslag.services.contactkluis import associated_contact
from hartslag.services.context import Context
from hartslag.services.originelen import associated_origineel
from hartslag.services.poorten import UnitOfWork
from hartslag.services.privacypoorten import KluisRecord, Kluisvak, OntsleutelFout

Voortgang = Callable[[Kluisvak, int], None]


@dataclass
class Rotatie:
    """The outcome, per vault table: re-encrypted, and left because undecryptable."""

    naar_versie: int
    herversleuteld: dict[Kluisvak, int] = field(default_factory=dict)
    onleesbaar: dict[Kluisvak, int] = field(default_factory=dict)

    @property
    def totaal(self) -> int:
        return sum(self.herversleuteld.values())


def associated(record: KluisRecord) -> bytes:
    """The associated data the record was sealed with."""
    if record.vak is Kluisvak.BERICHT:
        return associated_bericht(record.id)
    assert record.organisatie_id is not None
    if record.vak is Kluisvak.CONTACT:
        return associated_contact(record.organisatie_id, record.id)
    return associated_origineel(record.organisatie_id, record.id)


def key_versions(ctx: Context) -> dict[Kluisvak, dict[int, int]]:
    """How many records each key version seals, per vault table."""
    with ctx.uow(schrijven=False) as uow:
        return uow.kluis.versions()


def rotate_keys(
    ctx: Context,
    *,
    batchgrootte: int = 500,
    actor: str = SYSTEEM,
    voortgang: Voortgang | None = None,
) -> Rotatie:
    """Re-encrypt every record not yet under the newest configured key."""
    rotatie = Rotatie(ctx.versleuteling.huidige)
    for vak in Kluisvak:
        rotatie.herversleuteld[vak] = rotatie.onleesbaar[vak] = 0
        na: uuid.UUID | None = None
        while True:
            with ctx.uow() as uow:
                records = uow.kluis.batch(vak, na, rotatie.naar_versie, batchgrootte)
                if not records:
                    break
                gedaan, onleesbaar = _rotate_batch(ctx, uow, records)
                _audit(ctx, uow, actor, Handeling.KLUIS_HERVERSLEUTELD, vak, gedaan, rotatie)
                uow.commit()
            na = records[-1].id
            rotatie.herversleuteld[vak] += gedaan
            rotatie.onleesbaar[vak] += onleesbaar
            if voortgang:
                voortgang(vak, gedaan)
    with ctx.uow() as uow:
        _audit(ctx, uow, actor, Handeling.KLUIS_ROTATIE_VOLTOOID, None, rotatie.totaal, rotatie)
        uow.commit()
    return rotatie


def _rotate_batch(ctx: Context, uow: UnitOfWork, records: list[KluisRecord]) -> tuple[int, int]:
    gedaan = onleesbaar = 0
    for record in records:
        data = associated(record)
        try:
            plaintext = ctx.versleuteling.decrypt(record.sleutelversie, record.versleuteld, data)
        except OntsleutelFout:
            onleesbaar += 1
            continue
        versie, blob = ctx.versleuteling.encrypt(plaintext, data)
        # A record changed since it was read (an outbox message being sent) is skipped
        # here; it keeps a valid old-key version and the next run picks it up.
        gedaan += uow.kluis.replace(record, versie, blob)
    return gedaan, onleesbaar


def _audit(
    ctx: Context,
    uow: UnitOfWork,
    actor: str,
    actie: Handeling,
    vak: Kluisvak | None,
    aantal: int,
    rotatie: Rotatie,
) -> None:
    na: dict[str, object] = {"naarVersie": rotatie.naar_versie, "aantal": aantal}
    if vak is None:
        na["onleesbaar"] = {str(k): v for k, v in rotatie.onleesbaar.items() if v}
    uow.gebeurtenissen.add(
        Gebeurtenis(
            tijdstip=ctx.clock.now(),
            actor=actor,
            actie=actie,
            onderwerp_type="kluis",
            onderwerp_id=str(vak) if vak else None,
            reden="sleutelrotatie",
            na=na,
        )
    )
