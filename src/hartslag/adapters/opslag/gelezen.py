# SPDX-License-Identifier: EUPL-1.2
"""What a transaction already read, for the stores that would read the same row again.

An API request's token lookup joins the caller's organisation's OIN and privacy choices;
within the same transaction the partners' store (the OIN, for the exchange) and the
settings' store (for sealing contact details and originals) answer from here instead of
asking the database again: two round trips fewer per registration on PostgreSQL, where
the intake is one transaction (issue 12). What a store changes, it forgets here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hartslag.services.privacypoorten import Privacykeuzes


@dataclass
class Gelezen:
    oin: dict[int, str | None] = field(default_factory=dict)
    keuzes: dict[int, Privacykeuzes | None] = field(default_factory=dict)
