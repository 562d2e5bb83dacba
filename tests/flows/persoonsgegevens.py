# SPDX-License-Identifier: EUPL-1.2
"""One person's data, written into every free-text field, and the scans that look for it:
every column of every table, and any text (exports, logs, command output)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Engine, inspect, text

from hartslag.privacy import EntiteitType
from hartslag.services.pseudoniemen import identifier_pseudoniem, name_pseudoniemen

NAAM = "De Boer"
BSN = "111222333"  # passes the 11-proef
TELEFOON = "06-12345678"
EMAIL = "a.deboer@voorbeeld.nl"
IBAN = "NL91ABNA0417164300"
# What a person might type into any free-text field.
PII = f"Gesprek met mevrouw {NAAM} (BSN {BSN}), tel. {TELEFOON}, e-mail {EMAIL}, IBAN {IBAN}."
# Pieces that identify her, lower case; any of them anywhere is a leak. "boer" also finds
# her name in a stemmed search index (PostgreSQL's tsvector) and in her e-mail address.
SPOREN = ("boer", BSN, "12345678", "0417164300")


def holds_pii(waarde: str) -> bool:
    klein = waarde.casefold()
    return any(spoor in klein for spoor in SPOREN)


def her_pseudonyms(master_key: bytes, organisatie: str) -> set[str]:
    """Every keyed pseudonym that would link a record of `organisatie` to her."""
    pseudoniemen = {
        identifier_pseudoniem(master_key, organisatie, soort, waarde)
        for soort, waarde in (
            (EntiteitType.BSN, BSN),
            (EntiteitType.TELEFOON, TELEFOON),
            (EntiteitType.EMAIL, EMAIL),
            (EntiteitType.IBAN, IBAN),
        )
    }
    for naam in (NAAM, f"mevrouw {NAAM}"):
        pseudoniemen.update(p for _, p in name_pseudoniemen(master_key, organisatie, naam))
    return pseudoniemen


def _cells(engine: Engine) -> Iterator[tuple[str, str, bytes | str]]:
    """(table, column, value) of every non-null cell of every table, as the database holds
    it: the schema is reflected, so a table added later is scanned too."""
    with engine.connect() as c:
        for tabel in inspect(c).get_table_names():
            rows = c.execute(text(f'SELECT * FROM "{tabel}"'))
            kolommen = list(rows.keys())
            for row in rows:
                for kolom, waarde in zip(kolommen, row, strict=True):
                    if waarde is None:
                        continue
                    if isinstance(waarde, bytes | memoryview):
                        yield tabel, kolom, bytes(waarde)
                    elif isinstance(waarde, dict | list):
                        yield tabel, kolom, json.dumps(waarde, ensure_ascii=False)
                    else:
                        yield tabel, kolom, str(waarde)


def database_hits(engine: Engine, zoek: Iterable[str]) -> list[str]:
    """Where any of `zoek` (lower case) occurs, case-insensitively, as "table.column"."""
    naalden = [z.casefold() for z in zoek]
    treffers = set()
    for tabel, kolom, waarde in _cells(engine):
        inhoud = waarde.lower().decode("latin-1") if isinstance(waarde, bytes) else waarde
        if any(n in inhoud.casefold() for n in naalden):
            treffers.add(f"{tabel}.{kolom}")
    return sorted(treffers)


def text_hits(bron: str, inhoud: str, zoek: Iterable[str] = SPOREN) -> list[str]:
    klein = inhoud.casefold()
    return [f"{bron}: {z}" for z in zoek if z.casefold() in klein]


def pii_paths(waarde: Any, pad: str = "") -> set[str]:
    """The property paths of a JSON body whose string holds her data, as the OpenAPI walk
    names them ("casussen[].verhaal")."""
    if isinstance(waarde, dict):
        return {p for k, v in waarde.items() for p in pii_paths(v, f"{pad}.{k}" if pad else k)}
    if isinstance(waarde, list):
        return {p for v in waarde for p in pii_paths(v, f"{pad}[]")}
    return {pad} if isinstance(waarde, str) and holds_pii(waarde) else set()
