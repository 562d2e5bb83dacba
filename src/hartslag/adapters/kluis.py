# SPDX-License-Identifier: EUPL-1.2
"""The contact vault's cipher: AES-256-GCM (authenticated) with versioned keys.

Each record stores the version of the key that sealed it, so a new key can be introduced
and old records re-encrypted without loss (``hartslag vault rotate``, docs/privacy.md).
The record's id and organisation are bound as associated data: a ciphertext copied to
another record or organisation does not decrypt.
"""

from __future__ import annotations

import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hartslag.services.privacypoorten import OntsleutelFout

__all__ = ["NONCE_BYTES", "AesGcmVersleuteling", "OntsleutelFout"]

NONCE_BYTES = 12


class AesGcmVersleuteling:
    def __init__(self, sleutels: dict[int, bytes], huidige: int) -> None:
        if huidige not in sleutels:
            raise ValueError(f"sleutelversie {huidige} ontbreekt in de sleutelring")
        self._ciphers = {versie: AESGCM(sleutel) for versie, sleutel in sleutels.items()}
        self.huidige = huidige

    def encrypt(self, plaintext: bytes, associated: bytes) -> tuple[int, bytes]:
        nonce = os.urandom(NONCE_BYTES)
        blob = nonce + self._ciphers[self.huidige].encrypt(nonce, plaintext, associated)
        return self.huidige, blob

    def decrypt(self, sleutelversie: int, blob: bytes, associated: bytes) -> bytes:
        cipher = self._ciphers.get(sleutelversie)
        if cipher is None:
            raise OntsleutelFout(f"sleutelversie {sleutelversie} is niet geconfigureerd")
        try:
            return cipher.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], associated)
        except Exception as exc:  # cryptography raises InvalidTag without detail
            raise OntsleutelFout("record kon niet worden ontsleuteld") from exc
