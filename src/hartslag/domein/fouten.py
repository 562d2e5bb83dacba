# SPDX-License-Identifier: EUPL-1.2
"""Domain errors. Each carries a stable kebab-case ``code``: the last segment of the
problem+json ``type`` in the API and a heading in docs/errors.md."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VeldFout:
    """One invalid field: where (``veld``, or a row/column for imports) and why."""

    veld: str
    reden: str


class HartslagFout(Exception):
    """Base of every error Hartslag reports to a person or system."""

    code = "fout"
    titel = "Er ging iets mis"
    status = 500

    def __init__(self, detail: str, *, velden: list[VeldFout] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.velden = velden or []


class OngeldigeInvoer(HartslagFout):
    code = "ongeldige-invoer"
    titel = "Ongeldige invoer"
    status = 400


class NietGevonden(HartslagFout):
    code = "niet-gevonden"
    titel = "Niet gevonden"
    status = 404


class NietGeauthenticeerd(HartslagFout):
    code = "niet-geauthenticeerd"
    titel = "Niet geauthenticeerd"
    status = 401


class AccountGeblokkeerd(HartslagFout):
    """Too many wrong passwords in a row: the account is locked for a while."""

    code = "account-geblokkeerd"
    titel = "Account tijdelijk geblokkeerd"
    status = 429


class GeenToegang(HartslagFout):
    code = "geen-toegang"
    titel = "Geen toegang"
    status = 403


class Conflict(HartslagFout):
    code = "conflict"
    titel = "Conflict"
    status = 409


class IdempotentieConflict(Conflict):
    code = "idempotentie-conflict"
    titel = "Idempotency-Key al gebruikt voor een ander verzoek"


class GelijktijdigVerzoek(Conflict):
    """Another request with the same Idempotency-Key committed first; retrying replays it."""

    code = "gelijktijdig-verzoek"
    titel = "Gelijktijdig verzoek met dezelfde Idempotency-Key"
