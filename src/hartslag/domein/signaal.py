# SPDX-License-Identifier: EUPL-1.2
"""The signal (signaal): one sign, from one source, at one moment."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from hartslag.domein.titel import titel_uit_tekst
from hartslag.domein.vocabulaire import (
    Bereik,
    Brontype,
    Impactdomein,
    Impactsoort,
    Kanaal,
    Meldertype,
    Polariteit,
    Signaalstatus,
)

REFERENTIE_PREFIX = "HS"


@dataclass(frozen=True)
class Impact:
    domein: Impactdomein
    soort: Impactsoort = Impactsoort.DIRECT


@dataclass(frozen=True)
class Contactgegevens:
    """How to reach the reporter for feedback. Never stored on the signal itself."""

    naam: str | None = None
    email: str | None = None
    telefoon: str | None = None

    def is_leeg(self) -> bool:
        return not (self.naam or self.email or self.telefoon)


@dataclass(frozen=True)
class SignaalInvoer:
    """What an intake channel hands over: validated, not yet stored."""

    tekst: str
    brontype: Brontype
    meldertype: Meldertype
    kanaal: Kanaal
    ontvangen_op: datetime | None = None
    gevraagd: bool = False
    polariteit: Polariteit | None = None
    impact: tuple[Impact, ...] = ()
    bereik: Bereik | None = None
    themas: tuple[str, ...] = ()
    levensgebeurtenis: str | None = None
    regelgeving: tuple[str, ...] = ()
    titel: str | None = None
    externe_referentie: str | None = None
    melder_id: str | None = field(default=None, repr=False)
    contact: Contactgegevens | None = field(default=None, repr=False)

    @cached_property
    def inhoudshash(self) -> str:
        """A fingerprint of the content, used to recognise a re-imported row.

        It covers everything the reporter said and when, so two genuinely different
        signals with the same words at another moment or channel are not merged.
        """
        delen = (
            self.tekst,
            self.brontype.value,
            self.meldertype.value,
            self.kanaal.value,
            self.ontvangen_op.isoformat() if self.ontvangen_op else "",
            self.titel or "",
            self.externe_referentie or "",
            self.melder_id or "",
        )
        return hashlib.sha256("\x1f".join(delen).encode()).hexdigest()


@dataclass
class Signaal:
    """A stored signal."""

    id: uuid.UUID
    referentie: str
    organisatie: str
    ontvangen_op: datetime
    geregistreerd_op: datetime
    geregistreerd_door: str
    tekst: str
    brontype: Brontype
    meldertype: Meldertype
    kanaal: Kanaal
    gevraagd: bool = False
    polariteit: Polariteit | None = None
    impact: tuple[Impact, ...] = ()
    bereik: Bereik | None = None
    themas: tuple[str, ...] = ()
    levensgebeurtenis: str | None = None
    regelgeving: tuple[str, ...] = ()
    titel: str | None = None
    status: Signaalstatus = Signaalstatus.NIEUW
    externe_referentie: str | None = None
    heeft_melder: bool = False
    heeft_contact: bool = False


def normalise_themas(themas: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Themes are lower-case, unique and sorted, wherever they come from."""
    return tuple(sorted({t.strip().lower() for t in themas if t.strip()}))


def referentie_voor(jaar: int, volgnummer: int) -> str:
    """The human reference of a signal, e.g. ``HS-2026-000123``."""
    return f"{REFERENTIE_PREFIX}-{jaar}-{volgnummer:06d}"


def nieuw_signaal(
    invoer: SignaalInvoer,
    *,
    id: uuid.UUID,
    referentie: str,
    organisatie: str,
    geregistreerd_op: datetime,
    geregistreerd_door: str,
) -> Signaal:
    """The signal as registered: received now unless the source said when."""
    return Signaal(
        id=id,
        referentie=referentie,
        organisatie=organisatie,
        ontvangen_op=invoer.ontvangen_op or geregistreerd_op,
        geregistreerd_op=geregistreerd_op,
        geregistreerd_door=geregistreerd_door,
        tekst=invoer.tekst,
        brontype=invoer.brontype,
        meldertype=invoer.meldertype,
        kanaal=invoer.kanaal,
        gevraagd=invoer.gevraagd,
        polariteit=invoer.polariteit,
        impact=invoer.impact,
        bereik=invoer.bereik,
        themas=normalise_themas(invoer.themas),
        levensgebeurtenis=invoer.levensgebeurtenis,
        regelgeving=invoer.regelgeving,
        titel=invoer.titel or titel_uit_tekst(invoer.tekst),
        externe_referentie=invoer.externe_referentie,
        heeft_melder=invoer.melder_id is not None,
        heeft_contact=invoer.contact is not None and not invoer.contact.is_leeg(),
    )


def samenvatting(s: Signaal) -> dict[str, object]:
    """What the audit trail records of a signal: its classification, never its free text
    (which may still hold personal data) nor anything about the reporter's identity."""
    return {
        "referentie": s.referentie,
        "brontype": s.brontype.value,
        "meldertype": s.meldertype.value,
        "kanaal": s.kanaal.value,
        "gevraagd": s.gevraagd,
        "polariteit": s.polariteit.value if s.polariteit else None,
        "impact": [{"domein": i.domein.value, "soort": i.soort.value} for i in s.impact],
        "bereik": s.bereik.value if s.bereik else None,
        "themas": list(s.themas),
        "levensgebeurtenis": s.levensgebeurtenis,
        "regelgeving": list(s.regelgeving),
        "status": s.status.value,
        "externeReferentie": s.externe_referentie,
        "heeftContact": s.heeft_contact,
    }
