# SPDX-License-Identifier: EUPL-1.2
"""Admission at the intake: past its capacity a worker answers a registration at once with
a 503 problem and Retry-After, instead of queueing it; other requests pass. The capacity
follows the pace the worker keeps: half a second's worth of registrations."""

from __future__ import annotations

import asyncio
import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hartslag.adapters.api.begrenzing import INTAKE, Toelating


async def call(toelating: Toelating, method: str, path: str) -> list[Message]:
    berichten: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"{}", "more_body": False}

    async def send(m: Message) -> None:
        berichten.append(m)

    scope = {"type": "http", "method": method, "path": path, "headers": []}
    await toelating(scope, receive, send)
    return berichten


def registrations_that_wait(vrij: asyncio.Event, binnen: list[str]) -> ASGIApp:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        binnen.append(scope["path"])
        if scope["method"] == "POST":
            await vrij.wait()  # a registration still at work
        await send({"type": "http.response.start", "status": 201, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    return app


def test_a_registration_past_the_limit_is_refused_at_once_and_others_pass() -> None:
    vrij = asyncio.Event()
    binnen: list[str] = []
    app = registrations_that_wait(vrij, binnen)

    async def scenario() -> tuple[list[Message], list[Message], list[Message]]:
        toelating = Toelating(app, minimum=1, maximum=1)
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


def test_the_capacity_is_half_a_second_of_the_pace_the_worker_kept() -> None:
    """Having completed 120 registrations in the last second, a worker admits 60 at once
    (half a second of work) and refuses the 61st; once that pace is more than a second
    old it admits its minimum again, and never more than its maximum."""
    nu = [100.0]
    vrij = asyncio.Event()
    binnen: list[str] = []
    toelating = Toelating(
        registrations_that_wait(vrij, binnen), minimum=4, maximum=100, klok=lambda: nu[0]
    )

    async def scenario() -> list[int]:
        vrij.set()
        for _ in range(120):  # the pace: 120 completed within the last second
            await call(toelating, "POST", INTAKE)
        vrij.clear()
        wachtend = [asyncio.create_task(call(toelating, "POST", INTAKE)) for _ in range(60)]
        await asyncio.sleep(0)
        statussen = [(await call(toelating, "POST", INTAKE))[0]["status"]]
        nu[0] += 1.5  # the pace is now more than a second old: back to the minimum
        statussen.append(toelating.capaciteit())
        vrij.set()
        beantwoord = [(await t)[0]["status"] for t in wachtend]
        assert beantwoord == [201] * 60
        for _ in range(500):  # a pace of 500/s would allow 250; the maximum caps it
            await call(toelating, "POST", INTAKE)
        statussen.append(toelating.capaciteit())
        return statussen

    assert asyncio.run(scenario()) == [503, 4, 100]
    assert len(binnen) == 120 + 60 + 500  # the refused one never reached the application
