# SPDX-License-Identifier: EUPL-1.2
"""Domain events: facts a use case records in its transaction, handled after it commits
(`services.message_bus`). Not to be confused with the audit trail (`gebeurtenis`), which is
stored in the same transaction as the change it describes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class SignaalGeregistreerd:
    """Signals were stored: one from the API or the web form, a batch from an import."""

    signaal_ids: tuple[uuid.UUID, ...]


Event = SignaalGeregistreerd  # a union as more kinds arrive
