# SPDX-License-Identifier: EUPL-1.2
"""Replace personal data in free text by typed placeholders and keyed pseudonyms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from hartslag.privacy.detectie import detect
from hartslag.privacy.entiteiten import EntiteitType, Entity, Kandidaat, Pseudonymisation
from hartslag.privacy.personen import Naam, group_persons
from hartslag.privacy.sleutels import normalise_identifier, pseudonym_of_normalised


def _person_labels(
    kept: list[Kandidaat], names: dict[tuple[int, int], Naam]
) -> dict[tuple[int, int], tuple[int, str]]:
    """For each kept person span: its person number and the name that stands for it."""
    mentions = [names[(c.start, c.end)] for c in kept if c.type is EntiteitType.PERSOON]
    labels: dict[tuple[int, int], tuple[int, str]] = {}
    for number, group in enumerate(group_persons(mentions), start=1):
        full = [m for m in group if m.voornaam and m.achternaam] or group
        representative = max(full, key=lambda m: m.end - m.start)
        name = " ".join(p for p in (representative.voornaam, representative.achternaam) if p)
        for mention in group:
            labels[(mention.start, mention.end)] = (number, name)
    return labels


def _identity(candidate: Kandidaat) -> str:
    try:
        return normalise_identifier(candidate.type, candidate.text)
    except ValueError:
        return candidate.text.casefold()


def _entities(
    kept: list[Kandidaat],
    names: dict[tuple[int, int], Naam],
    organisation: str,
    key: bytes | None,
) -> list[Entity]:
    persons = _person_labels(kept, names)
    numbers: dict[tuple[EntiteitType, str], int] = {}
    per_type: dict[EntiteitType, int] = {}
    pseudonyms: dict[tuple[EntiteitType, str], str | None] = {}
    entities: list[Entity] = []
    for c in kept:
        if c.type is EntiteitType.PERSOON:
            number, value = persons[(c.start, c.end)]
            value = normalise_identifier(c.type, value)
        else:
            value = _identity(c)
            if (c.type, value) not in numbers:
                per_type[c.type] = per_type.get(c.type, 0) + 1
                numbers[(c.type, value)] = per_type[c.type]
            number = numbers[(c.type, value)]
        if (c.type, value) not in pseudonyms:  # once per value, however often it occurs
            pseudonyms[(c.type, value)] = (
                pseudonym_of_normalised(c.type, value, key=key, organisation=organisation)
                if key
                else None
            )
        placeholder = f"[{c.type.value}-{number}]"
        entities.append(
            Entity(c.type, c.start, c.end, c.text, placeholder, pseudonyms[(c.type, value)])
        )
    return entities


def pseudonymise(
    text: str, *, organisation: str | None = None, key: bytes | None = None
) -> Pseudonymisation:
    """Find personal data in `text` and replace each piece by a typed placeholder.

    The same value (the same BSN however written, the same person by full name, surname
    or first name) gets the same placeholder within the text: "[PERSOON-1]", "[BSN-1]".
    With a `key`, each entity also gets a keyed pseudonym (see `keyed_pseudonym`) so that
    signals about the same person can be linked without revealing who it is.
    """
    if key is not None and not key:
        raise ValueError("key must be a non-empty byte string, or None for no pseudonyms")
    kept, names = detect(text)
    entities = _entities(kept, names, organisation or "", key)
    return Pseudonymisation(_replaced(text, entities, 0), entities)


def _replaced(text: str, entities: Sequence[Entity], offset: int) -> str:
    """`text` with each entity (offsets relative to `offset`) replaced by its placeholder."""
    parts: list[str] = []
    position = 0
    for entity in entities:
        parts.append(text[position : entity.start - offset])
        parts.append(entity.placeholder)
        position = entity.end - offset
    parts.append(text[position:])
    return "".join(parts)


FIELD_SEPARATOR = "\n\n"


def pseudonymise_fields(
    fields: Sequence[str], *, organisation: str | None = None, key: bytes | None = None
) -> tuple[list[str], list[Entity]]:
    """Several fields of one record (a title and a text) with one numbering, so that the
    person who is "[PERSOON-1]" in the title is "[PERSOON-1]" in the text too.

    The fields are read as one text, separated by a blank line; entity offsets are in
    that text. Should an entity run across two fields, each field is done on its own.
    """
    if len(fields) == 1:  # the common case: a text without a title
        single = pseudonymise(fields[0], organisation=organisation, key=key)
        return [single.text], single.entities
    joined = FIELD_SEPARATOR.join(fields)
    result = pseudonymise(joined, organisation=organisation, key=key)
    texts: list[str] = []
    start = 0
    placed = 0
    for field in fields:
        end = start + len(field)
        inside = [e for e in result.entities if start <= e.start and e.end <= end]
        texts.append(_replaced(field, inside, start))
        placed += len(inside)
        start = end + len(FIELD_SEPARATOR)
    if placed == len(result.entities):
        return texts, result.entities
    separate = [pseudonymise(f, organisation=organisation, key=key) for f in fields]
    return [p.text for p in separate], [e for p in separate for e in p.entities]


def pseudonymise_each(
    fields: Sequence[str], *, organisation: str | None = None, key: bytes | None = None
) -> list[Pseudonymisation]:
    """Several fields of one record, each with its own text and entities (offsets within
    that field), numbered as one: "[PERSOON-1]" is the same person in every field.

    Like `pseudonymise_fields`, for callers that keep the field each entity came from.
    """
    if len(fields) == 1:
        return [pseudonymise(fields[0], organisation=organisation, key=key)]
    result = pseudonymise(FIELD_SEPARATOR.join(fields), organisation=organisation, key=key)
    per_field: list[Pseudonymisation] = []
    start = 0
    for field in fields:
        end = start + len(field)
        inside = [e for e in result.entities if start <= e.start and e.end <= end]
        shifted = [replace(e, start=e.start - start, end=e.end - start) for e in inside]
        per_field.append(Pseudonymisation(_replaced(field, inside, start), shifted))
        start = end + len(FIELD_SEPARATOR)
    if sum(len(p.entities) for p in per_field) == len(result.entities):
        return per_field
    return [pseudonymise(f, organisation=organisation, key=key) for f in fields]
