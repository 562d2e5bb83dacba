# SPDX-License-Identifier: EUPL-1.2
"""Delivering events by HTTP(S) POST to a partner's webhook."""

from __future__ import annotations

import httpx

from hartslag.services.bezorging import Afleverfout


class HttpAfleveraar:
    """One connection pool for a delivery run; 2xx is delivered, anything else retries."""

    def __init__(self, timeout: float = 10.0) -> None:
        self._client = httpx.Client(timeout=timeout, follow_redirects=False)

    def post(self, url: str, headers: dict[str, str], body: bytes) -> None:
        try:
            antwoord = self._client.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise Afleverfout(f"geen verbinding: {type(exc).__name__}") from None
        if not 200 <= antwoord.status_code < 300:
            raise Afleverfout(f"HTTP {antwoord.status_code}: {_title(antwoord)}")

    def close(self) -> None:
        self._client.close()


def _title(antwoord: httpx.Response) -> str:
    try:
        return str(antwoord.json().get("title", ""))[:200]
    except ValueError:
        return ""
