# SPDX-License-Identifier: EUPL-1.2
"""Feedback by e-mail through a real local SMTP server: retried while it is down, then
delivered exactly once; a refused recipient is a recorded bounce."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from email import message_from_bytes
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from hartslag.adapters.mail.smtp import SmtpMailer
from hartslag.domein.actor import Actor
from hartslag.domein.knelpunt import Eigenaar, Knelpuntstatus
from hartslag.domein.signaal import Contactgegevens, SignaalInvoer
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Rol
from hartslag.services import berichten, eigenaarschap, knelpunten, terugkoppelingen
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from hartslag.services.registratie import register_signaal
from tests.conftest import FixedClock


class Inbox:
    def __init__(self) -> None:
        self.berichten: list[Any] = []

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address.startswith("bestaat-niet@"):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        assert isinstance(envelope.content, bytes)
        self.berichten.append(message_from_bytes(envelope.content))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    yield inbox, port


def start(inbox: Inbox, port: int) -> Controller:
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    return controller


def resolved_with_feedback(ctx: Context, organisaties: dict[str, int], *emails: str) -> Actor:
    a = Actor(organisaties["UWV"], "UWV", Rol.BEHEERDER, "tester")
    ids = []
    for email in emails:
        invoer = SignaalInvoer(
            "WW te laat",
            Brontype.KLACHT,
            Meldertype.BURGER,
            Kanaal.TELEFOON,
            contact=Contactgegevens(naam="Jan", email=email),
        )
        ids.append(register_signaal(ctx, a, invoer).signaal_id)
    k = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("WW te laat", "o", signaal_ids=tuple(ids)))
    eigenaarschap.transfer_owner(ctx, a, k.id, Eigenaar("UWV", team="WW"), "x")
    eigenaarschap.accept_transfer(ctx, a, k.id, None)
    for status in (
        Knelpuntstatus.IN_ANALYSE,
        Knelpuntstatus.IN_BEHANDELING,
        Knelpuntstatus.OPGELOST,
    ):
        knelpunten.transition_knelpunt(ctx, a, k.id, status, "voortgang")
    (concept,) = terugkoppelingen.list_terugkoppelingen(ctx, a)
    terugkoppelingen.approve(ctx, a, concept.id)
    with pytest.raises(Exception, match="al goedgekeurd"):
        terugkoppelingen.approve(ctx, a, concept.id)
    return a


def test_mail_is_retried_while_the_server_is_down_and_delivered_exactly_once(
    ctx: Context, clock: FixedClock, organisaties: dict[str, int], smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    resolved_with_feedback(ctx, organisaties, "melder@example.nl")
    mailer = SmtpMailer("127.0.0.1", port, "hartslag@uwv.example", timeout=2)
    uitkomst = berichten.deliver(ctx, mailer)  # nobody listening
    # the intake confirmation and the feedback
    assert (uitkomst.verzonden, uitkomst.uitgesteld) == (0, 2)
    assert berichten.deliver(ctx, mailer).uitgesteld == 0  # backoff: not due yet
    controller = start(inbox, port)
    try:
        clock.advance(minutes=1)
        assert berichten.deliver(ctx, mailer).verzonden == 2
        clock.advance(hours=7)
        assert berichten.deliver(ctx, mailer).verzonden == 0
    finally:
        controller.stop()
    assert len(inbox.berichten) == 2
    (mail,) = [m for m in inbox.berichten if m["Subject"].startswith("Wat er met uw melding")]
    assert mail["To"] == "melder@example.nl"
    tekst = mail.get_payload(decode=True).decode()
    assert "HS-2026-000001-" in tekst and "Wat wij deden" in tekst
    (b,) = [b for b in berichten.list_berichten(ctx, "UWV", None) if b.soort == "terugkoppeling"]
    assert (b.status, b.pogingen) == ("verzonden", 2)
    assert b"melder@example.nl" not in b.aan_versleuteld  # the address is sealed at rest


def test_refused_recipient_is_recorded_as_bounce_and_not_retried(
    ctx: Context, clock: FixedClock, organisaties: dict[str, int], smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    resolved_with_feedback(ctx, organisaties, "bestaat-niet@example.nl", "wel@example.nl")
    controller = start(inbox, port)
    try:
        uitkomst = berichten.deliver(ctx, SmtpMailer("127.0.0.1", port, "h@uwv.example"))
        clock.advance(days=1)
        assert berichten.deliver(ctx, SmtpMailer("127.0.0.1", port, "h@uwv.example")).verzonden == 0
    finally:
        controller.stop()
    assert (uitkomst.verzonden, uitkomst.gebounced) == (2, 2)  # confirmation and feedback
    assert sorted(b.status for b in berichten.list_berichten(ctx, "UWV", None)) == [
        "gebounced",
        "gebounced",
        "verzonden",
        "verzonden",
    ]
