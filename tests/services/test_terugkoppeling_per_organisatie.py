# SPDX-License-Identifier: EUPL-1.2
"""Feedback on a shared bottleneck: each organisation approves the feedback to its own
reporters, and its e-mails carry its own name and sender address; one organisation's
approval never mails another's reporters. Delivered through a real local SMTP server."""

from __future__ import annotations

import uuid
from email.message import Message
from email.utils import parseaddr

import pytest

from hartslag.adapters.mail.smtp import SmtpMailer
from hartslag.domein.actor import Actor
from hartslag.domein.fouten import NietGevonden, OngeldigeInvoer
from hartslag.domein.knelpunt import Eigenaar, Knelpuntstatus
from hartslag.domein.signaal import Contactgegevens, SignaalInvoer
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Rol
from hartslag.services import afzenders, berichten, eigenaarschap, knelpunten, terugkoppelingen
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from hartslag.services.registratie import register_signaal
from tests.adapters.mail.test_outbox import Inbox, free_port, start
from tests.afspraken import record_agreement


def _signaal(ctx: Context, actor: Actor, email: str) -> uuid.UUID:
    invoer = SignaalInvoer(
        "Mijn uitkering komt te laat",
        Brontype.KLACHT,
        Meldertype.BURGER,
        Kanaal.TELEFOON,
        contact=Contactgegevens(email=email),
    )
    return register_signaal(ctx, actor, invoer).signaal_id


def _deliver(ctx: Context) -> list[Message]:
    inbox, port = Inbox(), free_port()
    controller = start(inbox, port)
    try:
        berichten.deliver(ctx, SmtpMailer("127.0.0.1", port, "standaard@hartslag.example"))
    finally:
        controller.stop()
    return inbox.berichten


def _body(mail: Message) -> str:
    payload = mail.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode().replace("\r\n", "\n")


@pytest.fixture
def actors(organisaties: dict[str, int]) -> tuple[Actor, Actor]:
    return (
        Actor(organisaties["UWV"], "UWV", Rol.BEHEERDER, "coordinator"),
        Actor(organisaties["GEM-UTR"], "GEM-UTR", Rol.BEHEERDER, "coordinator"),
    )


def test_each_organisation_approves_and_signs_the_feedback_to_its_own_reporters(
    ctx: Context, actors: tuple[Actor, Actor]
) -> None:
    uwv, gem = actors
    afzenders.change_sender(
        ctx, "UWV", weergavenaam="UWV Klantcontact", email="noreply@uwv.example", actor="tester"
    )
    s_uwv = _signaal(ctx, uwv, "melder-uwv@example.nl")
    s_gem = _signaal(ctx, gem, "melder-gem@example.nl")
    nieuw = NieuwKnelpunt(
        "WW te laat", "te laat", betrokken_organisaties=("GEM-UTR",), signaal_ids=(s_uwv,)
    )
    k = knelpunten.create_knelpunt(ctx, uwv, nieuw)
    record_agreement(ctx, "UWV", "GEM-UTR")  # UWV shows GEM-UTR the dossier it is named on
    knelpunten.link_signalen(ctx, gem, k.id, (s_gem,))
    eigenaarschap.transfer_owner(ctx, uwv, k.id, Eigenaar("UWV", team="WW"), "x")
    eigenaarschap.accept_transfer(ctx, uwv, k.id, None)
    for status in ("in-analyse", "in-behandeling", "opgelost"):
        knelpunten.transition_knelpunt(ctx, uwv, k.id, Knelpuntstatus(status), "aangepakt")
    (eigen,) = terugkoppelingen.list_terugkoppelingen(ctx, uwv)
    (gemeentelijk,) = terugkoppelingen.list_terugkoppelingen(ctx, gem)
    assert (eigen.organisatie, gemeentelijk.organisatie) == ("UWV", "GEM-UTR")
    with pytest.raises(NietGevonden):
        terugkoppelingen.approve(ctx, gem, eigen.id)  # not GEM's reporters
    _deliver(ctx)  # the intake confirmations
    _, mails = terugkoppelingen.approve(ctx, uwv, eigen.id)
    assert mails == 1
    (mail,) = _deliver(ctx)
    assert mail["To"] == "melder-uwv@example.nl"
    assert parseaddr(mail["From"]) == ("UWV Klantcontact", "noreply@uwv.example")
    assert _body(mail).rstrip().endswith("Met vriendelijke groet,\nUWV Klantcontact")
    assert _deliver(ctx) == []  # GEM's reporter heard nothing of UWV's approval
    terugkoppelingen.approve(ctx, gem, gemeentelijk.id)
    (mail,) = _deliver(ctx)
    assert mail["To"] == "melder-gem@example.nl"
    assert parseaddr(mail["From"]) == ("Gemeente Utrecht", "hartslag@localhost")
    assert _body(mail).rstrip().endswith("Gemeente Utrecht")


def test_intake_confirmation_is_signed_by_the_registering_organisation(
    ctx: Context, actors: tuple[Actor, Actor]
) -> None:
    uwv, _ = actors
    afzenders.change_sender(ctx, "UWV", email="meldingen@uwv.example")
    _signaal(ctx, uwv, "melder@example.nl")
    (mail,) = _deliver(ctx)
    assert parseaddr(mail["From"]) == (
        "Uitvoeringsinstituut Werknemersverzekeringen",
        "meldingen@uwv.example",
    )


def test_sender_settings_are_checked_recorded_and_restored_to_the_default(
    ctx: Context, actors: tuple[Actor, Actor]
) -> None:
    with pytest.raises(OngeldigeInvoer) as fout:
        afzenders.change_sender(ctx, "UWV", weergavenaam="a\nBcc: x@y.z", email="geen adres")
    assert {v.veld for v in fout.value.velden} == {"weergavenaam", "email"}
    assert afzenders.show_sender(ctx, "UWV") == afzenders.Afzender(
        "Uitvoeringsinstituut Werknemersverzekeringen", "hartslag@localhost"
    )
    afzenders.change_sender(ctx, "UWV", weergavenaam="UWV", email="noreply@uwv.example")
    assert afzenders.change_sender(ctx, "UWV", email="").email == "hartslag@localhost"
    with ctx.uow(schrijven=False) as uow:
        records = uow.gebeurtenissen.list(None, None, 100)  # oldest first
    assert [r.na for r in records if r.actie == "organisatie.afzender-gewijzigd"] == [
        {"naam": "UWV", "email": "noreply@uwv.example"},
        {"naam": "UWV", "email": "hartslag@localhost"},
    ]
    with pytest.raises(NietGevonden):
        afzenders.show_sender(ctx, "ONBEKEND")
