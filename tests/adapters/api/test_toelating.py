# SPDX-License-Identifier: EUPL-1.2
"""Admission at the intake: past its limit a worker answers a registration at once with a
503 problem and Retry-After, instead of queueing it; other requests pass."""

from __future__ import annotations

import asyncio
import json

from starlette.types import Message, Receive, Scope, Send

from hartslag.adapters.api.begrenzing import INTAKE, Toelating


def test_a_registration_past_the_limit_is_refused_at_once_and_others_pass() -> None:
    vrij = asyncio.Event()
    binnen: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        binnen.append(scope["path"])
        if scope["method"] == "POST":
            await vrij.wait()  # a registration still at work
        await send({"type": "http.response.start", "status": 201, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    async def call(toelating: Toelating, method: str, path: str) -> list[Message]:
        berichten: list[Message] = []

        async def receive() -> Message:
            return {"type": "http.request", "body": b"{}", "more_body": False}

        async def send(m: Message) -> None:
            berichten.append(m)

        scope = {"type": "http", "method": method, "path": path, "headers": []}
        await toelating(scope, receive, send)
        return berichten

    async def scenario() -> tuple[list[Message], list[Message], list[Message]]:
        toelating = Toelating(app, maximum=1)
        eerste = asyncio.create_task(call(toelating, "POST", INTAKE))
        await asyncio.sleep(0)  # the first is now in progress
        tweede = await call(toelating, "POST", INTAKE)
        lezen = await call(toelating, "GET", INTAKE)
        vrij.set()
        return await eerste, tweede, lezen

    eerste, tweede, lezen = asyncio.run(scenario())
    assert eerste[0]["status"] == 201 and lezen[0]["status"] == 201
    assert tweede[0]["status"] == 503
    headers = dict(tweede[0]["headers"])
    assert headers[b"retry-after"] == b"1"
    assert json.loads(tweede[1]["body"])["type"].endswith("/te-druk")
    assert binnen == [INTAKE, INTAKE]  # the refused one never reached the application
