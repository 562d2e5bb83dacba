# SPDX-License-Identifier: EUPL-1.2
"""CSRF tokens (OWASP's HMAC-based token pattern, signed with itsdangerous).

A token binds a form to the visitor's cookie: the session cookie once logged in, a random
visitor cookie before. A form posted from another site cannot carry a token that matches
the victim's cookie, and tokens expire after the session's lifetime.
"""

from __future__ import annotations

import hashlib
import secrets

from itsdangerous import BadSignature, URLSafeTimedSerializer

BEZOEKER_COOKIE = "hartslag_bezoeker"
MAX_LEEFTIJD = 12 * 3600


class Csrf:
    def __init__(self, sleutel: bytes) -> None:
        self._signer = URLSafeTimedSerializer(sleutel, salt="hartslag-csrf")

    def token(self, binding: str) -> str:
        return self._signer.dumps({"b": _digest(binding), "n": secrets.token_hex(4)})

    def valid(self, token: str | None, binding: str | None) -> bool:
        if not token or not binding:
            return False
        try:
            data = self._signer.loads(token, max_age=MAX_LEEFTIJD)
        except BadSignature:
            return False
        return isinstance(data, dict) and secrets.compare_digest(
            str(data.get("b", "")), _digest(binding)
        )


def _digest(binding: str) -> str:
    return hashlib.sha256(binding.encode()).hexdigest()[:32]


def new_visitor_id() -> str:
    return secrets.token_urlsafe(24)
