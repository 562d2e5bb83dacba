# SPDX-License-Identifier: EUPL-1.2
"""Effects follow the commit, for every channel: a signal registered through the API,
the web form or an import is placed in its pattern by the handler of
`SignaalGeregistreerd`, after its transaction committed, without an analysis run."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import Engine

from hartslag.adapters.opslag.eenheid import SqlUnitOfWorkFactory
from hartslag.bootstrap import bootstrap
from hartslag.config import Settings
from hartslag.domein.events import SignaalGeregistreerd
from hartslag.services import patronen
from hartslag.services.analyseren import run_analysis
from hartslag.services.context import Context
from hartslag.services.importeren import import_rows
from hartslag.services.message_bus import Handler, MessageBus
from hartslag.services.voorbereiding import ImportRij
from tests.conftest import FixedClock
from tests.services.analysedata import actor, store
from tests.services.persoonsgegevens import body

PEIL = date(2026, 3, 31)
WW = "Mijn WW-uitkering is te laat betaald door UWV, de betaling van de WW is vertraagd."


@pytest.fixture
def geanalyseerd(ctx: Context, organisaties: dict[str, int]) -> dict[str, list[uuid.UUID]]:
    uwv, gem = actor(organisaties, "UWV"), actor(organisaties, "GEM-UTR")
    data = {"ww": store(ctx, uwv, "ww", 24), "afval": store(ctx, gem, "afval", 24)}
    run_analysis(ctx, "test", peildatum=PEIL)
    return data


def _pattern_of(ctx: Context, signaal_id: uuid.UUID) -> uuid.UUID | None:
    gevonden = patronen.analysis_of(ctx, [signaal_id]).get(signaal_id)
    return gevonden.patroon_id if gevonden else None


def _runs(ctx: Context) -> int:
    with ctx.uow(schrijven=False) as uow:
        return int(uow.connection.exec_driver_sql("SELECT count(*) FROM analyserun").scalar())  # type: ignore[attr-defined]


def test_an_imported_signal_gets_its_pattern_without_an_analysis_run(
    ctx: Context, organisaties: dict[str, int], geanalyseerd: dict[str, list[uuid.UUID]]
) -> None:
    uwv = actor(organisaties, "UWV")
    runs = _runs(ctx)
    rijen = [
        ImportRij(1, body(tekst=WW, externeReferentie="IMP-1")),
        ImportRij(2, body(tekst="Container voor afval niet geleegd in de straat.",
                          externeReferentie="IMP-2")),
    ]  # fmt: skip
    import_rows(ctx, uwv, rijen, bestandsnaam="i.csv", bestandshash="i", rapport=print)
    with ctx.uow(schrijven=False) as uow:
        ids = uow.signalen.external_ids(uwv.organisatie_id)
    assert _pattern_of(ctx, ids["IMP-1"]) == _pattern_of(ctx, geanalyseerd["ww"][0])
    assert _pattern_of(ctx, ids["IMP-1"]) is not None
    assert _runs(ctx) == runs  # placed by the handler, not by a new run


def test_in_the_background_the_request_does_not_wait_and_the_signal_is_placed(
    settings: Settings,
    engine: Engine,
    clock: FixedClock,
    organisaties: dict[str, int],
    geanalyseerd: dict[str, list[uuid.UUID]],
) -> None:
    achtergrond = bootstrap(settings, engine=engine, clock=clock)  # as `serve` runs it
    assert achtergrond.bus is not None
    (nieuw,) = store(achtergrond, actor(organisaties, "UWV"), "ww", 1, seed=99)
    assert achtergrond.bus.wait(30)
    assert _pattern_of(achtergrond, nieuw) == _pattern_of(achtergrond, geanalyseerd["ww"][0])


def _with_handler(ctx: Context, engine: Engine, handler: Handler) -> Context:
    bus = MessageBus({SignaalGeregistreerd: [handler]}, background=False)
    eigen = replace(ctx, uow=SqlUnitOfWorkFactory(engine, after_commit=bus.publish), bus=bus)
    bus.bind(eigen)
    return eigen


def test_a_rolled_back_transaction_hands_on_nothing(ctx: Context, engine: Engine) -> None:
    gezien: list[object] = []
    eigen = _with_handler(ctx, engine, lambda _c, events: gezien.extend(events))
    with eigen.uow() as uow:
        uow.record(SignaalGeregistreerd((uuid.uuid4(),)))
    assert gezien == []
    with eigen.uow() as uow:
        uow.record(SignaalGeregistreerd((uuid.UUID(int=1),)))
        uow.commit()
    assert gezien == [SignaalGeregistreerd((uuid.UUID(int=1),))]


def test_a_failing_handler_does_not_undo_the_registration(
    ctx: Context, engine: Engine, organisaties: dict[str, int]
) -> None:
    def kapot(_ctx: Context, _events: list[SignaalGeregistreerd]) -> None:
        raise RuntimeError("stuk")

    eigen = _with_handler(ctx, engine, kapot)
    (nieuw,) = store(eigen, actor(organisaties, "UWV"), "ww", 1, seed=3)
    with eigen.uow(schrijven=False) as uow:
        assert uow.signalen.get(organisaties["UWV"], nieuw) is not None
