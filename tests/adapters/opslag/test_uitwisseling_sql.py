# SPDX-License-Identifier: EUPL-1.2
"""The exchange stores: the inbox takes an event once; shared data keeps the newest state
whatever order the events arrive in."""

from __future__ import annotations

from datetime import timedelta

from hartslag.services import uitwisselingbeheer
from hartslag.services.context import Context
from hartslag.services.uitwisselingpoorten import GedeeldGegeven, InkomendeGebeurtenis
from tests.conftest import FixedClock


def _partner_id(ctx: Context, organisatie_id: int) -> int:
    uitwisselingbeheer.add_partner(
        ctx, organisatie_id, "GEM-UTR", "G", "00000001002220647000", None, "test"
    )
    with ctx.uow(schrijven=False) as uow:
        partner = uow.partners.get(organisatie_id, "GEM-UTR")
    assert partner is not None and partner.id is not None
    return partner.id


def test_the_inbox_takes_an_event_once(
    ctx: Context, organisaties: dict[str, int], clock: FixedClock
) -> None:
    uwv = organisaties["UWV"]
    pid = _partner_id(ctx, uwv)
    bron = "urn:nld:oin:00000001002220647000:systeem:hartslag"
    g = InkomendeGebeurtenis(uwv, bron, "e1", pid, "DA-1", "t", "s1", clock.now(), clock.now())
    with ctx.uow() as uow:
        assert uow.postvakken.add_inkomend(g)
        assert not uow.postvakken.add_inkomend(g)
        uow.commit()
    with ctx.uow(schrijven=False) as uow:
        assert len(uow.postvakken.inkomend(uwv)) == 1


def test_shared_data_keeps_the_newest_state_whatever_the_order(
    ctx: Context, organisaties: dict[str, int], clock: FixedClock
) -> None:
    uwv = organisaties["UWV"]
    pid = _partner_id(ctx, uwv)
    oud = GedeeldGegeven(uwv, pid, "signaal", "s1", "DA-1", {"tekst": "oud"}, clock.now())
    nieuw = GedeeldGegeven(
        uwv, pid, "signaal", "s1", "DA-1", {}, clock.now() + timedelta(seconds=1), True
    )
    for volgorde in ((oud, nieuw), (nieuw, oud)):
        with ctx.uow() as uow:
            for g in volgorde:
                uow.postvakken.put_gedeeld(g)
            assert uow.postvakken.get_gedeeld(uwv, pid, "signaal", "s1") == nieuw
            # not committed: the next order starts from an empty table
