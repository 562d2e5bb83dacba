# SPDX-License-Identifier: EUPL-1.2
"""An organisation's privacy settings: whether originals are kept, and how long each kind
of data is kept (retention), with the defaults explained in docs/privacy.md."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from hartslag.domein.fouten import OngeldigeInvoer


class Gegevenssoort(StrEnum):
    """A kind of stored data with its own retention period."""

    CONTACT = "contactgegevens"  # the reporter's name, e-mail, phone (vault)
    ORIGINEEL = "origineel"  # the text as received, before pseudonymisation (vault)
    SIGNAAL = "signaal"  # the pseudonymised signal itself


class Bron(StrEnum):
    """Where a keyed pseudonym linked to a signal came from."""

    TEKST = "tekst"  # found in the signal's title or text
    CONTACT = "contact"  # the e-mail address or phone number left for feedback


# Defaults in days; the reasoning is in docs/privacy.md ("Retention").
STANDAARD_BEWAARDAGEN: dict[Gegevenssoort, int] = {
    Gegevenssoort.CONTACT: 365,
    Gegevenssoort.ORIGINEEL: 90,
    Gegevenssoort.SIGNAAL: 7 * 365 + 2,
}
MAX_BEWAARDAGEN = 100 * 365


@dataclass(frozen=True)
class Privacyinstellingen:
    """What one organisation chose. Without a choice the defaults above apply."""

    originelen_bewaren: bool = False
    contact_dagen: int = STANDAARD_BEWAARDAGEN[Gegevenssoort.CONTACT]
    origineel_dagen: int = STANDAARD_BEWAARDAGEN[Gegevenssoort.ORIGINEEL]
    signaal_dagen: int = STANDAARD_BEWAARDAGEN[Gegevenssoort.SIGNAAL]

    def dagen(self, soort: Gegevenssoort) -> int:
        return {
            Gegevenssoort.CONTACT: self.contact_dagen,
            Gegevenssoort.ORIGINEEL: self.origineel_dagen,
            Gegevenssoort.SIGNAAL: self.signaal_dagen,
        }[soort]

    def bewaren_tot(self, soort: Gegevenssoort, vanaf: datetime) -> date:
        """The last day a record of `soort` made at `vanaf` may be kept."""
        return (vanaf + timedelta(days=self.dagen(soort))).date()

    def grens(self, soort: Gegevenssoort, nu: datetime) -> datetime:
        """Records of `soort` made before this moment have expired."""
        return nu - timedelta(days=self.dagen(soort))

    def samenvatting(self) -> dict[str, object]:
        """The settings as the audit trail and the CLI show them."""
        return {
            "originelenBewaren": self.originelen_bewaren,
            "bewaardagenContactgegevens": self.contact_dagen,
            "bewaardagenOrigineel": self.origineel_dagen,
            "bewaardagenSignaal": self.signaal_dagen,
        }


def check_bewaardagen(dagen: int, optie: str) -> int:
    """`dagen` as a retention period, refused outside 1 day to 100 years."""
    if not 1 <= dagen <= MAX_BEWAARDAGEN:
        raise OngeldigeInvoer(
            f"{optie}: {dagen} dagen kan niet; kies 1 tot en met {MAX_BEWAARDAGEN} dagen."
        )
    return dagen
