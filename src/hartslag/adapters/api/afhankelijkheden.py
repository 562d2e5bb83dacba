# SPDX-License-Identifier: EUPL-1.2
"""FastAPI dependencies: the context and the authenticated actor."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from hartslag.domein.actor import Actor
from hartslag.services.beheer import authenticate
from hartslag.services.context import Context

_bearer = HTTPBearer(auto_error=False, description="API-token: `hartslag token create`")


async def get_context(request: Request) -> Context:
    # async: FastAPI would run a plain function in its thread pool, a hop per request
    ctx: Context = request.app.state.context
    return ctx


# The token unchecked: `get_actor` checks it, or an endpoint in its own thread-pool call
# (one hop instead of two: the intake, where every hop counts).
TokenDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def get_actor(request: Request, credentials: TokenDep) -> Actor:
    ctx: Context = request.app.state.context
    return authenticate(ctx, token_of(credentials))


def token_of(credentials: HTTPAuthorizationCredentials | None) -> str | None:
    return credentials.credentials if credentials else None


ContextDep = Annotated[Context, Depends(get_context)]
ActorDep = Annotated[Actor, Depends(get_actor)]
