# SPDX-License-Identifier: EUPL-1.2
"""The outbox's mailer over SMTP. Server trouble is temporary (retried with backoff); a
recipient refused with a 5xx code is a bounce."""

from __future__ import annotations

import smtplib
import uuid
from email.message import EmailMessage
from email.utils import formatdate

from hartslag.config import Settings
from hartslag.services.poorten import Bounce, TijdelijkeBezorgfout


class SmtpMailer:
    def __init__(
        self,
        host: str,
        port: int,
        afzender: str,
        *,
        user: str | None = None,
        password: str | None = None,
        starttls: bool = False,
        timeout: float = 10,
    ) -> None:
        self.host, self.port, self.afzender = host, port, afzender
        self.user, self.password, self.starttls, self.timeout = user, password, starttls, timeout

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpMailer | None:
        if not settings.smtp_host:
            return None
        return cls(
            settings.smtp_host,
            settings.smtp_port,
            settings.mail_from,
            user=settings.smtp_user,
            password=settings.smtp_password.get_secret_value() if settings.smtp_password else None,
            starttls=settings.smtp_starttls,
        )

    def send(
        self,
        bericht_id: uuid.UUID,
        aan: str,
        onderwerp: str,
        tekst: str,
        afzender: str | None = None,
    ) -> None:
        msg = EmailMessage()
        msg["From"] = afzender or self.afzender
        msg["To"] = aan
        msg["Subject"] = onderwerp
        msg["Date"] = formatdate(localtime=False)
        # Stable per outbox message, so a receiving system can recognise a duplicate.
        msg["Message-ID"] = f"<{bericht_id}@hartslag>"
        msg.set_content(tekst)
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                if self.starttls:
                    smtp.starttls()
                if self.user and self.password:
                    smtp.login(self.user, self.password)
                smtp.send_message(msg)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            if all(code >= 500 for code in codes):
                raise Bounce(f"ontvanger geweigerd ({codes[0]})") from None
            raise TijdelijkeBezorgfout(f"ontvanger tijdelijk geweigerd ({codes[0]})") from None
        except (OSError, smtplib.SMTPException) as exc:
            raise TijdelijkeBezorgfout(
                f"{type(exc).__name__}: mailserver niet bereikbaar"
            ) from None
