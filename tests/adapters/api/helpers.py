# SPDX-License-Identifier: EUPL-1.2
"""Small builders shared by the API tests."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import bearer

SIGNALEN = "/api/v1/signalen"


def signaal(**extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "tekst": "Klant belt: WW-uitkering is al drie weken te laat, huur kan niet betaald",
        "brontype": "klacht",
        "meldertype": "burger",
        "kanaal": "telefoon",
    }
    body.update(extra)
    return body


def create(api: httpx.Client, token: str, **extra: Any) -> dict[str, Any]:
    response = api.post(SIGNALEN, json=signaal(**extra), headers=bearer(token))
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["type"].endswith("/" + code)
    assert body["title"] and body["detail"]
    return body
