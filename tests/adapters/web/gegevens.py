# SPDX-License-Identifier: EUPL-1.2
"""Data for the page tests, made through the services: a small corpus of signals analysed
into patterns (one crossing organisations, one new this fortnight), and bottleneck
dossiers in the states the start pages show."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from hartslag.domein.actor import Actor
from hartslag.domein.knelpunt import Eigenaar, Knelpuntstatus
from hartslag.domein.patroon import NETWERK, Patroon
from hartslag.domein.signaal import SignaalInvoer
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Rol
from hartslag.services import accounts, eigenaarschap, knelpunten, patronen
from hartslag.services.analyseren import run_analysis
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from hartslag.services.registratie import register_signaal
from tests.afspraken import record_mutual
from tests.conftest import FixedClock
from tests.services.analysedata import store

PEIL = date(2026, 3, 1)  # the day before the tests' clock (2 March 2026)


def web_actor(ctx: Context, organisatie: str, rol: Rol) -> Actor:
    """The actor of the web account with this role (``webaccounts`` made them)."""
    return next(g.actor for g in accounts.list_accounts(ctx, organisatie) if g.rol == rol)


@dataclass(frozen=True)
class Corpus:
    ww: list[uuid.UUID]
    toeslag_uwv: list[uuid.UUID]
    toeslag_gem: list[uuid.UUID]
    digid: list[uuid.UUID]

    @property
    def uwv(self) -> int:
        return len(self.ww) + len(self.toeslag_uwv) + len(self.digid)


def analysed_corpus(ctx: Context, afspraken: bool = True) -> Corpus:
    """Signals of UWV and GEM-UTR, analysed over the network up to :data:`PEIL`;
    ``afspraken``: the two show each other their counts (local agreements)."""
    uwv, gem = web_actor(ctx, "UWV", Rol.ANALIST), web_actor(ctx, "GEM-UTR", Rol.PARTNER)
    recent = datetime(2026, 2, 20, 9, tzinfo=UTC)
    corpus = Corpus(
        ww=store(ctx, uwv, "ww", 20, dagen=50),
        toeslag_uwv=store(ctx, uwv, "toeslag", 12, dagen=50),
        toeslag_gem=store(ctx, gem, "toeslag", 12, dagen=50),
        digid=store(ctx, uwv, "digid", 10, dagen=9, start=recent),
    )
    run_analysis(ctx, "test", peildatum=PEIL)
    if afspraken:
        record_mutual(ctx, "UWV", "GEM-UTR")
    return corpus


def pattern_of(ctx: Context, signaal_id: uuid.UUID) -> Patroon:
    analyse = patronen.analysis_of(ctx, [signaal_id])[signaal_id]
    assert analyse.patroon_id is not None
    actor = web_actor(ctx, "UWV", Rol.ANALIST)
    p = patronen.get_patroon(ctx, actor, analyse.patroon_id)
    assert p.bereik == NETWERK
    return p


@dataclass(frozen=True)
class Dossiers:
    eigen: uuid.UUID  # owned by UWV's owner, stuck, asks for a decision
    afgewezen: uuid.UUID  # closed as not solved: a feedback draft waits
    gedeeld: uuid.UUID  # UWV's, GEM-UTR involved
    signalen: list[uuid.UUID]  # registered by the frontline account, linked to ``eigen``


def dossiers(ctx: Context, clock: FixedClock, stil_dagen: int = 20) -> Dossiers:
    """Three dossiers; the clock then moves on ``stil_dagen`` days without progress."""
    frontlinie = web_actor(ctx, "UWV", Rol.FRONTLINIE)
    analist = web_actor(ctx, "UWV", Rol.ANALIST)
    eigenaar = web_actor(ctx, "UWV", Rol.EIGENAAR)
    manager = web_actor(ctx, "UWV", Rol.MANAGER)
    signalen = [
        register_signaal(
            ctx,
            frontlinie,
            SignaalInvoer(
                tekst=f"Klant wacht al weken op de WW-betaling ({i}).",
                brontype=Brontype.GESPREK,
                meldertype=Meldertype.BURGER,
                kanaal=Kanaal.TELEFOON,
            ),
        ).signaal_id
        for i in range(2)
    ]
    eigen = knelpunten.create_knelpunt(
        ctx,
        analist,
        NieuwKnelpunt(
            titel="Late WW-betalingen",
            omschrijving="Betalingen komen weken te laat.",
            gevraagd_besluit="Extra capaciteit voor de betaalstraat",
            signaal_ids=tuple(signalen),
        ),
    )
    eigenaarschap.transfer_owner(
        ctx, analist, eigen.id, Eigenaar("UWV", "Team WW", eigenaar.naam), "team WW gaat erover"
    )
    eigenaarschap.accept_transfer(ctx, eigenaar, eigen.id, "wij pakken het op")
    afgewezen = knelpunten.create_knelpunt(
        ctx, analist, NieuwKnelpunt(titel="Lange wachttijd balie", omschrijving="Wachten.")
    )
    knelpunten.transition_knelpunt(
        ctx, manager, afgewezen.id, Knelpuntstatus.NIET_OPGELOST, "buiten onze invloed"
    )
    gedeeld = knelpunten.create_knelpunt(
        ctx,
        analist,
        NieuwKnelpunt(
            titel="Toeslag en gemeente",
            omschrijving="Samen oppakken.",
            betrokken_organisaties=("GEM-UTR",),
        ),
    )
    record_mutual(ctx, "UWV", "GEM-UTR")  # UWV shows GEM-UTR the dossier it is named on
    clock.advance(days=stil_dagen)
    return Dossiers(eigen.id, afgewezen.id, gedeeld.id, signalen)
