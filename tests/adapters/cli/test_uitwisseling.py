# SPDX-License-Identifier: EUPL-1.2
"""``hartslag exchange``: OIN, partners, secrets, agreements, outbox and the register."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hartslag.bootstrap import bootstrap
from hartslag.config import Settings
from hartslag.domein.uitwisseling import Gebeurtenistype, Richting
from hartslag.services import beheer, patronen, uitwisselingbeheer
from hartslag.services.analyseren import run_analysis
from hartslag.services.context import Context
from tests.adapters.cli.conftest import Cli
from tests.conftest import FixedClock, Server
from tests.services.analysedata import actor, store
from tests.services.persoonsgegevens import beheerder, register

ORG = ("--organisation", "UWV")


def test_a_partner_and_agreement_set_up_from_the_command_line_share_a_signal(
    cli: Cli, ctx: Context, organisaties: dict[str, int]
) -> None:
    assert cli("exchange", "oin", "00000001003214345000", *ORG).exit_code == 0
    toegevoegd = cli(
        "exchange",
        "partner",
        "add",
        "GEM-UTR",
        *ORG,
        "--name",
        "Gemeente Utrecht",
        "--oin",
        "00000001002220647000",
    )
    geheim = toegevoegd.output.rsplit(" ", 1)[1].strip()
    assert geheim.startswith("whsec_")
    url = "https://hartslag.utrecht.example/api/v1/organisaties/GEM-UTR/gebeurtenissen"
    assert cli("exchange", "partner", "subscribe", "GEM-UTR", *ORG, "--url", url).exit_code == 0
    assert url in cli("exchange", "partner", "list", *ORG).output
    assert geheim not in cli("exchange", "partner", "list", *ORG).output
    nieuw = cli("exchange", "partner", "rotate-secret", "GEM-UTR", *ORG).output
    assert "whsec_" in nieuw and geheim not in nieuw
    vastgelegd = cli(
        "exchange",
        "agreement",
        "add",
        "DA-1",
        *ORG,
        "--partner",
        "GEM-UTR",
        "--direction",
        "uitgaand",
        "--type",
        "signaal-gedeeld",
        "--theme",
        "toeslagen",
        "--field",
        "tekst",
        "--basis",
        "art. 3",
        "--purpose",
        "patronen",
        "--from",
        "2026-01-01",
    )
    assert vastgelegd.exit_code == 0, vastgelegd.output
    (afspraak,) = json.loads(cli("exchange", "agreement", "list", *ORG).output)
    assert afspraak["velden"] == ["tekst"] and afspraak["richting"] == "uitgaand"

    register(ctx, beheerder(organisaties["UWV"]), themas=["toeslagen"])
    assert (
        "\twachtend\t0\tnl.overheid.signalen.signaal-gedeeld"
        in cli("exchange", "outbox", *ORG).output
    )
    assert cli("exchange", "dead-letters", *ORG).output == ""
    assert "0 gebeurtenis" in cli("exchange", "redrive", *ORG).output
    regels = cli("exchange", "register", *ORG).output.splitlines()
    assert "GEM-UTR;uitgaand;DA-1;nl.overheid.signalen.signaal-gedeeld;0;1;0;0;false" in regels


def test_a_local_agreement_from_the_command_line_shows_a_pattern_count_until_it_ends(
    cli: Cli, ctx: Context, organisaties: dict[str, int]
) -> None:
    store(ctx, actor(organisaties, "UWV"), "ww", 20)
    store(ctx, actor(organisaties, "UWV"), "toeslag", 14)
    store(ctx, actor(organisaties, "GEM-UTR"), "toeslag", 14)
    run_analysis(ctx, "test", peildatum=datetime(2026, 3, 31, tzinfo=UTC).date())
    gem = actor(organisaties, "GEM-UTR")

    def zichtbaar() -> set[str]:
        return {o for p in patronen.list_patronen(ctx, gem) for o in p.organisaties}

    assert zichtbaar() == {"GEM-UTR"}
    args = ("--direction", "uitgaand", "--type", "patroon-gedeeld", "--theme", "*")
    vastgelegd = cli(
        "exchange", "agreement", "add", "CONV-1", *ORG, "--partner", "GEM-UTR", *args,
        "--field", "aantalSignalen", "--basis", "Convenant", "--purpose", "patronen",
        "--from", "2026-01-01",
    )  # fmt: skip
    assert vastgelegd.exit_code == 0, vastgelegd.output  # no partner, OIN or secret needed
    (afspraak,) = json.loads(cli("exchange", "agreement", "list", *ORG).output)
    assert afspraak["lokaal"] is True
    assert zichtbaar() == {"GEM-UTR", "UWV"}
    gezien = cli("exchange", "register", "--organisation", "GEM-UTR").output.splitlines()
    assert "UWV;inkomend;CONV-1;nl.overheid.signalen.patroon-gedeeld;0;0;0;0;true" in gezien
    assert cli("exchange", "agreement", "end", afspraak["id"], *ORG).exit_code == 0
    # The command line ends it on the real clock; seen from then on, it shows nothing.
    ctx = replace(ctx, clock=FixedClock(datetime.now(UTC) + timedelta(minutes=1)))
    assert zichtbaar() == {"GEM-UTR"}


def test_bad_input_exits_with_a_dutch_message(cli: Cli) -> None:
    fout = cli("exchange", "oin", "123", *ORG)
    assert fout.exit_code != 0
    assert "20 cijfers" in fout.output
    onbekend = cli(
        "exchange",
        "agreement",
        "add",
        "DA-1",
        *ORG,
        "--partner",
        "SVB",
        "--direction",
        "uitgaand",
        "--type",
        "signaal-gedeeld",
        "--theme",
        "*",
        "--field",
        "tekst",
        "--basis",
        "b",
        "--purpose",
        "d",
    )
    assert onbekend.exit_code != 0 and "bestaat niet" in onbekend.output


def test_imported_signals_are_shared_under_the_agreement_like_registered_ones(
    cli: Cli, ctx: Context, organisaties: dict[str, int], tmp_path: Path
) -> None:
    uwv = organisaties["UWV"]
    uitwisselingbeheer.set_oin(ctx, uwv, "00000001003214345000", "test")
    uitwisselingbeheer.add_partner(ctx, uwv, "GEM-UTR", "G", "00000001002220647000", None, "t")
    uitwisselingbeheer.add_afspraak(
        ctx,
        uwv,
        "test",
        code="DA-1",
        partner="GEM-UTR",
        richting=Richting.UITGAAND,
        gebeurtenistypen=frozenset({Gebeurtenistype.SIGNAAL_GEDEELD}),
        themas=frozenset({"toeslagen"}),
        velden=frozenset({"tekst"}),
        grondslag="art. 3",
        doel="patronen",
        geldig_vanaf=ctx.clock.now(),
        geldig_tot=None,
    )
    bestand = tmp_path / "export.csv"
    bestand.write_text(
        "tekst;brontype;meldertype;kanaal;themas\n"
        "Mevrouw Jansen belt over toeslag;klacht;burger;telefoon;toeslagen\n"
        "Vraag over de huurtoeslag;vraag;burger;email;toeslagen|wonen\n"
        "Afval niet opgehaald;klacht;burger;telefoon;afval\n"
    )
    assert cli("import", str(bestand), *ORG).exit_code == 0
    with ctx.uow(schrijven=False) as uow:
        events = [g.inhoud for g in uow.postvakken.uitgaand(uwv, None)]
    assert len(events) == 2
    assert not any("Jansen" in json.dumps(e) for e in events)


def test_the_demo_partner_receives_what_the_demo_registers(
    cli: Cli, ctx: Context, settings: Settings, tmp_path: Path, clock: FixedClock
) -> None:
    bd = beheer.create_organisatie(ctx, "BD", "Belastingdienst")
    clock.current = datetime.now(UTC)  # the command-line tool runs on the real clock
    eerder = register(
        ctx, beheerder(bd, "BD"), themas=["wonen"],
        ontvangenOp=(clock.current - timedelta(days=3)).isoformat(),
    )  # fmt: skip
    partner_db = f"sqlite:///{tmp_path / 'partner.db'}"
    server = Server()
    partner_url = f"http://127.0.0.1:{server.port}"
    for eerdere in (1, 0):  # a second run changes nothing but the token
        uitkomst = cli(
            "exchange", "demo-partner", "--partner-database", partner_db,
            "--partner-url", partner_url,
        )  # fmt: skip
        assert uitkomst.exit_code == 0, uitkomst.output
        assert f"{eerdere} eerdere signalen van BD staan klaar" in uitkomst.output
    partner = bootstrap(settings.model_copy(update={"database_url": partner_db}))
    server.app.state.context = partner
    server.start()
    try:
        clock.current = datetime.now(UTC)  # after the agreement the tool recorded
        register(ctx, beheerder(bd, "BD"), themas=["toeslagen"])
        assert "afgeleverd 2" in cli("exchange", "deliver").output  # the earlier one too
    finally:
        server.stop()
    with partner.uow(schrijven=False) as uow:
        ams = uow.organisaties.get_id("GEM-AMS")
        assert ams is not None
        gedeeld = {g.onderwerp: g for g in uow.postvakken.gedeeld(ams, "signaal")}
    assert str(eerder) in gedeeld and len(gedeeld) == 2
    (gedeeld,) = [g for o, g in gedeeld.items() if o != str(eerder)]
    assert "[PERSOON-1]" in gedeeld.gegevens["tekst"]


def test_the_demo_partner_joins_again_with_a_new_database(
    cli: Cli, ctx: Context, settings: Settings, tmp_path: Path, clock: FixedClock
) -> None:
    """The partner's database removed, the command run again: both sides share a fresh
    secret, and what the demo registers next arrives (signed with it)."""
    bd = beheer.create_organisatie(ctx, "BD", "Belastingdienst")
    server = Server()
    partner_url = f"http://127.0.0.1:{server.port}"
    clock.current = datetime.now(UTC)
    register(ctx, beheerder(bd, "BD"), themas=["wonen"])
    for naam in ("eerste.db", "tweede.db"):
        partner_db = f"sqlite:///{tmp_path / naam}"
        uitkomst = cli(
            "exchange", "demo-partner", "--partner-database", partner_db,
            "--partner-url", partner_url,
        )  # fmt: skip
        assert uitkomst.exit_code == 0, uitkomst.output
        assert "1 eerdere signalen van BD staan klaar" in uitkomst.output  # each time
    partner = bootstrap(settings.model_copy(update={"database_url": partner_db}))
    server.app.state.context = partner
    server.start()
    try:
        clock.current = datetime.now(UTC)
        register(ctx, beheerder(bd, "BD"), themas=["toeslagen"])
        # The history sent again and the new signal arrive; the copy queued for the removed
        # database is refused by the new one (dated before its agreement) and retried.
        assert "afgeleverd 2, later opnieuw 1" in cli("exchange", "deliver").output
    finally:
        server.stop()
    with partner.uow(schrijven=False) as uow:
        ams = uow.organisaties.get_id("GEM-AMS")
        assert ams is not None
        assert len(uow.postvakken.gedeeld(ams, "signaal")) == 2
