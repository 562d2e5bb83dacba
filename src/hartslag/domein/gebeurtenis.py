# SPDX-License-Identifier: EUPL-1.2
"""Audit records: append-only facts of who did what, when and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Handeling(StrEnum):
    """The kinds of action the audit trail records."""

    SIGNAAL_GEREGISTREERD = "signaal.geregistreerd"
    SIGNAAL_GEWIJZIGD = "signaal.gewijzigd"
    SIGNAAL_STATUS_GEWIJZIGD = "signaal.status-gewijzigd"
    CONTACT_GELEZEN = "contact.gelezen"
    IMPORT_GESTART = "import.gestart"
    IMPORT_BATCH_OPGESLAGEN = "import.batch-opgeslagen"
    IMPORT_VOLTOOID = "import.voltooid"
    EXPORT_GEMAAKT = "export.gemaakt"
    ORGANISATIE_AANGEMAAKT = "organisatie.aangemaakt"
    TOKEN_AANGEMAAKT = "token.aangemaakt"


@dataclass(frozen=True)
class Gebeurtenis:
    tijdstip: datetime
    actor: str
    actie: Handeling | str
    onderwerp_type: str
    onderwerp_id: str | None = None
    organisatie_id: int | None = None
    reden: str | None = None
    voor: dict[str, Any] | None = None
    na: dict[str, Any] | None = None
    id: int | None = field(default=None)
