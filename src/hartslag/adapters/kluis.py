# SPDX-License-Identifier: EUPL-1.2
"""The contact vault's cipher: AES-256-GCM (authenticated) with versioned keys.

Each record stores the version of the key that sealed it, so a new key can be introduced
and old records re-encrypted without loss (``hartslag vault rotate``, docs/privacy.md).
The record's id and organisation are bound as associated data: a ciphertext copied to
another record or organisation does not decrypt.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hartslag.services.privacypoorten import OntsleutelFout

__all__ = ["NONCE_BYTES", "AesGcmVersleuteling", "OntsleutelFout"]

NONCE_BYTES = 12


class AesGcmVersleuteling:
    """``bron`` and ``laden``: a key file, and how to read the whole keyring again. When
    the file changes, the next encryption or decryption uses the new ring, and new records
    are sealed with its newest key: a key rotation needs no restart."""

    def __init__(
        self,
        sleutels: dict[int, bytes],
        huidige: int,
        *,
        bron: Path | None = None,
        laden: Callable[[], dict[int, bytes]] | None = None,
    ) -> None:
        if huidige not in sleutels:
            raise ValueError(f"sleutelversie {huidige} ontbreekt in de sleutelring")
        self._ciphers = {versie: AESGCM(sleutel) for versie, sleutel in sleutels.items()}
        self.huidige = huidige
        self._bron, self._laden = bron, laden
        self._gezien = self._stamp()

    def _stamp(self) -> tuple[int, int] | None:
        if self._bron is None:
            return None
        try:
            info = self._bron.stat()
        except OSError:
            return None
        return info.st_mtime_ns, info.st_size

    def _refresh(self) -> None:
        stempel = self._stamp()
        if self._laden is None or stempel == self._gezien:
            return
        ring = self._laden()
        self._ciphers = {versie: AESGCM(sleutel) for versie, sleutel in ring.items()}
        self.huidige = max(ring)
        self._gezien = stempel

    def encrypt(self, plaintext: bytes, associated: bytes) -> tuple[int, bytes]:
        self._refresh()
        nonce = os.urandom(NONCE_BYTES)
        blob = nonce + self._ciphers[self.huidige].encrypt(nonce, plaintext, associated)
        return self.huidige, blob

    def decrypt(self, sleutelversie: int, blob: bytes, associated: bytes) -> bytes:
        self._refresh()
        cipher = self._ciphers.get(sleutelversie)
        if cipher is None:
            raise OntsleutelFout(f"sleutelversie {sleutelversie} is niet geconfigureerd")
        try:
            return cipher.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], associated)
        except Exception as exc:  # cryptography raises InvalidTag without detail
            raise OntsleutelFout("record kon niet worden ontsleuteld") from exc
