# SPDX-License-Identifier: EUPL-1.2
"""Later mentions of a person already named in the text, and a name signed at the end.

Once "Jan de Vries" is found, a later "De Vries" or "Jan" is the same person even where
no rule would accept it alone; a capitalised word alone after the last full stop is a
signature ("... Groet. Jikke").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from hartslag.privacy.naamcontext import is_place_context
from hartslag.privacy.namenlijsten import (
    CAPITAL_PARTICLES,
    NOT_NAMES,
    ORGANISATION_ENDINGS,
    TUSSENVOEGSELS,
    WORD_SURNAMES,
)
from hartslag.privacy.organisations import is_organisation
from hartslag.privacy.personen import Naam
from hartslag.privacy.tokens import Token, span_text


def _is_particle(token: Token) -> bool:
    return token.text in CAPITAL_PARTICLES or token.folded in TUSSENVOEGSELS


def _needs_particle(mention: Naam) -> bool:
    """A word-like surname first written with its particle ("De Wit") needs it again."""
    surname = mention.achternaam or ""
    return surname.casefold() != mention.surname_key and mention.surname_key in WORD_SURNAMES


def _covered(found: list[Naam], position: int) -> bool:
    """Whether `position` lies inside one of `found` (sorted by start, non-overlapping)."""
    index = bisect_right(found, position, key=lambda n: n.start) - 1
    return index >= 0 and position < found[index].end


def _repeated_surname(
    tokens: list[Token], i: int, found: list[Naam], needs_particle: bool
) -> Naam | None:
    """A known surname at token `i`, with the particles written before it."""
    start = i
    while start > max(0, i - 3) and _is_particle(tokens[start - 1]):
        start -= 1
    if _covered(found, tokens[start].start):
        start = i
    if start < i or not needs_particle:
        return Naam(tokens[start].start, tokens[i].end, None, span_text(tokens, start, i + 1))
    return None


def _known(found: list[Naam]) -> tuple[dict[str, bool], set[str]]:
    """The surnames found (and whether a later mention needs its particle) and first names."""
    surnames: dict[str, bool] = {}
    for n in found:
        if n.surname_key:
            surnames[n.surname_key] = surnames.get(n.surname_key, True) and _needs_particle(n)
    given = {n.voornaam.casefold() for n in found if n.voornaam and "." not in n.voornaam}
    return surnames, given


def repeated_mentions(
    tokens: list[Token], found: list[Naam], organisations: list[Naam]
) -> Iterator[Naam]:
    """Later bare mentions of a surname or first name already known from this text, not
    inside the name of an organisation ("het Jeroen Bosch" after "mevrouw Bosch")."""
    surnames, given = _known(found)
    if not surnames and not given:
        return
    if organisations:
        found = sorted(found + organisations, key=lambda n: n.start)  # a copy: skip both
    for i, token in enumerate(tokens):
        if token.folded not in surnames and token.folded not in given:
            continue  # the cheap test first: most tokens are neither
        if not token.text[:1].isupper() or _covered(found, token.start):
            continue
        if token.folded in surnames:
            mention = _repeated_surname(tokens, i, found, surnames[token.folded])
            first = i - len(mention.achternaam.split()) + 1 if mention and mention.achternaam else i
            if mention is not None and not is_organisation(tokens, first, i + 1):
                yield mention
        elif not is_place_context(tokens, i):
            yield Naam(token.start, token.end, token.text, None)


def signature_at_end(tokens: list[Token], found: list[Naam]) -> Naam | None:
    """A capitalised word alone at the very end of a note, after a full stop: "... Jikke"."""
    if len(tokens) < 2 or _covered(found, tokens[-1].start):
        return None
    last, before = tokens[-1], tokens[-2]
    if before.text not in (".", "\n") or not last.is_capitalised or last.folded in NOT_NAMES:
        return None
    if last.folded.endswith(ORGANISATION_ENDINGS):
        return None
    return Naam(last.start, last.end, last.text, None)
