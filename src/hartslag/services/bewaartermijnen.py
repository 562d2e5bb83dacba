# SPDX-License-Identifier: EUPL-1.2
"""Use case: delete what has outlived its retention period, per organisation and kind.

Contact details and kept originals expire at the date they were sealed with (or sooner
when the organisation has shortened its period since); signals expire a period after
they were received, and take their contact details, original, themes, pseudonym links,
outbox messages and search entry with them. Finished outbox messages hold a copy of the
recipient's address and expire with the contact period. Each batch is one transaction
with an audit record of the counts (never of what was deleted). A dry run only counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hartslag.domein.actor import SYSTEEM
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.privacybeleid import Gegevenssoort, Privacyinstellingen
from hartslag.services.beheer import get_organisatie_id
from hartslag.services.context import Context
from hartslag.services.poorten import UnitOfWork
from hartslag.services.privacyinstellingen import settings_in

BERICHTEN = "bericht"  # the outbox's addresses, reported next to the three kinds


@dataclass
class Bewaarrapport:
    """Per organisation code: how many records of each kind were (or would be) deleted."""

    dry_run: bool
    aantallen: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def totaal(self) -> int:
        return sum(n for per_soort in self.aantallen.values() for n in per_soort.values())


def run_retention(
    ctx: Context,
    *,
    dry_run: bool = False,
    organisatie: str | None = None,
    batchgrootte: int = 1000,
    actor: str = SYSTEEM,
) -> Bewaarrapport:
    """Delete (or with `dry_run` count) every expired record, organisation by organisation."""
    rapport = Bewaarrapport(dry_run)
    with ctx.uow(schrijven=False) as uow:
        organisaties = [(i, code) for i, code, _ in uow.organisaties.all()]
    if organisatie is not None:
        organisaties = [(get_organisatie_id(ctx, organisatie), organisatie)]
    for organisatie_id, code in organisaties:
        with ctx.uow(schrijven=False) as uow:
            instellingen = settings_in(ctx, uow, organisatie_id)
        rapport.aantallen[code] = _run_for(
            ctx, organisatie_id, code, instellingen, dry_run, batchgrootte, actor
        )
    return rapport


def _run_for(
    ctx: Context,
    organisatie_id: int,
    code: str,
    instellingen: Privacyinstellingen,
    dry_run: bool,
    batchgrootte: int,
    actor: str,
) -> dict[str, int]:
    now = ctx.clock.now()
    aantallen: dict[str, int] = {}
    for soort in Gegevenssoort:
        grens = instellingen.grens(soort, now)
        if dry_run:
            with ctx.uow(schrijven=False) as uow:
                aantallen[soort] = uow.bewaring.count_expired(
                    soort, organisatie_id, now.date(), grens
                )
            continue
        aantallen[soort] = 0
        while True:
            with ctx.uow() as uow:
                ids = uow.bewaring.expired(soort, organisatie_id, now.date(), grens, batchgrootte)
                if not ids:
                    break
                aantal = uow.bewaring.delete(soort, ids)
                if soort is Gegevenssoort.SIGNAAL:  # reasons about it lose their links too
                    uow.vermeldingen.forget_subjects("signaal", [str(i) for i in ids])
                _audit(ctx, uow, actor, organisatie_id, code, soort, aantal, instellingen)
                uow.commit()
            aantallen[soort] += aantal
    grens = instellingen.grens(Gegevenssoort.CONTACT, now)
    with ctx.uow(schrijven=not dry_run) as uow:
        aantallen[BERICHTEN] = uow.bewaring.delete_sent_messages(code, grens, dry_run)
        if not dry_run and aantallen[BERICHTEN]:
            _audit(ctx, uow, actor, organisatie_id, code, BERICHTEN, aantallen[BERICHTEN],
                   instellingen)  # fmt: skip
            uow.commit()
    return aantallen


def _audit(
    ctx: Context,
    uow: UnitOfWork,
    actor: str,
    organisatie_id: int,
    code: str,
    soort: str,
    aantal: int,
    instellingen: Privacyinstellingen,
) -> None:
    dagen = instellingen.dagen(Gegevenssoort(soort)) if soort != BERICHTEN else None
    uow.gebeurtenissen.add(
        Gebeurtenis(
            tijdstip=ctx.clock.now(),
            actor=actor,
            actie=Handeling.BEWAARTERMIJN_VERLOPEN_VERWIJDERD,
            onderwerp_type="organisatie",
            onderwerp_id=code,
            organisatie_id=organisatie_id,
            reden="bewaartermijn verstreken",
            na={
                "soort": soort,
                "aantal": aantal,
                "bewaardagen": dagen or instellingen.contact_dagen,
            },
        )
    )
