# SPDX-License-Identifier: EUPL-1.2
"""Delivering events by HTTP(S) POST to a partner's webhook."""

from __future__ import annotations

from typing import Any

import httpx

from hartslag.services.bezorging import Afleverfout, BatchNietOndersteund


class HttpAfleveraar:
    """One connection pool for a delivery run; 2xx is delivered, anything else retries
    (a batch: per event, by the receiver's answer)."""

    def __init__(self, timeout: float = 10.0) -> None:
        self._client = httpx.Client(timeout=timeout, follow_redirects=False)

    def post(self, url: str, headers: dict[str, str], body: bytes) -> None:
        try:
            antwoord = self._client.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise Afleverfout(f"geen verbinding: {type(exc).__name__}") from None
        if not 200 <= antwoord.status_code < 300:
            raise Afleverfout(f"HTTP {antwoord.status_code}: {_title(antwoord)}")

    def post_batch(self, url: str, headers: dict[str, str], body: bytes) -> list[dict[str, Any]]:
        try:
            antwoord = self._client.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise Afleverfout(f"geen verbinding: {type(exc).__name__}") from None
        if antwoord.status_code == 415:
            raise BatchNietOndersteund("HTTP 415: de partner neemt geen batches aan")
        if not 200 <= antwoord.status_code < 300:
            raise Afleverfout(f"HTTP {antwoord.status_code}: {_title(antwoord)}")
        try:
            resultaten = antwoord.json()["resultaten"]
        except (ValueError, KeyError, TypeError):
            raise Afleverfout("antwoord op de batch zonder resultaten per gebeurtenis") from None
        if not isinstance(resultaten, list):
            raise Afleverfout("antwoord op de batch zonder resultaten per gebeurtenis")
        return resultaten

    def close(self) -> None:
        self._client.close()


def _title(antwoord: httpx.Response) -> str:
    try:
        return str(antwoord.json().get("title", ""))[:200]
    except ValueError:
        return ""
