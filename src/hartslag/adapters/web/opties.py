# SPDX-License-Identifier: EUPL-1.2
"""What the web adapter needs from the settings, built once in the composition root."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path

from hartslag.adapters.bestanden.grenzen import Grenzen


@dataclass(frozen=True)
class WebOpties:
    # Signs the CSRF tokens (derived from HARTSLAG_SECRET_KEY by bootstrap).
    csrf_sleutel: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    # An organisation's own NL Design System token CSS, served from /static/thema.css.
    thema_css: Path | None = None
    thema_klasse: str = "voorbeeld-theme"
    status_limiet: int = 20
    # What an import file may hold (HARTSLAG_IMPORT_MAX_COLUMNS, ..._MAX_CELL_CHARS).
    importgrenzen: Grenzen = field(default_factory=Grenzen)
