# SPDX-License-Identifier: EUPL-1.2
"""The contract is snapshotted: the document the live server gives is the committed
docs/openapi.json, byte for byte as the script writes it."""

from __future__ import annotations

import httpx
from scripts.openapi import SNAPSHOT, render

from tests.conftest import Server


def test_the_live_openapi_document_is_the_committed_snapshot(server: Server) -> None:
    live = httpx.get(f"http://127.0.0.1:{server.port}/api/v1/openapi.json", timeout=30)
    assert live.status_code == 200
    assert render(live.json()) == SNAPSHOT.read_text(encoding="utf-8"), (
        "The API changed: if deliberately, run `python scripts/openapi.py` and commit "
        "docs/openapi.json with the change."
    )
