# SPDX-License-Identifier: EUPL-1.2
"""Person names in Dutch free text, found by rules over tokens and word lists.

A name counts when something says it is one: a title ("mevrouw", "dhr.", "de heer"),
initials ("J.P."), a known first name, a label or phrase ("Naam:", "collega",
"ik ben", a closing greeting), or a known surname that is not also an everyday word.
Surnames that are words ("Bakker", "de Koning") need such a signal, or an earlier mention
of the same person in the text. We do not use deduce for this: it loads for seconds,
runs at a few hundred texts per second, and is tuned to medical notes (patients, doctors).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import compress, count
from operator import attrgetter, itemgetter, or_
from typing import NamedTuple

from hartslag.privacy.naamcontext import (
    has_name_context,
    introduces_lower_case_name,
    is_place_context,
)
from hartslag.privacy.namenlijsten import (
    AMBIGUOUS_FIRST_NAMES,
    CAPITAL_PARTICLES,
    FIRST_NAMES,
    NOT_NAMES,
    SURNAMES,
    TUSSENVOEGSELS,
    WORD_SURNAMES,
    word_set,
)
from hartslag.privacy.personen import Naam
from hartslag.privacy.tokens import Token, is_initial, starts_sentence, tokenize

# Place names shaped like tussenvoegsel + surname.
_PLACES_LIKE_NAMES = word_set(
    "den_bosch ten_boer den_haag den_helder de_bilt de_koog den_hoorn ter_aar ter_apel"
    " de_lier de_meern de_rijp de_wijk den_ham den_dolder den_burg de_koning de_staat"
    " den_oever ten_post den_rijn den_ijssel de_maas de_rijn"
)

# Word endings of organisations, services and places, never of surnames in our texts.
_ORGANISATION_ENDINGS = (
    "dienst",
    "telefoon",
    "loket",
    "bank",
    "school",
    "centrum",
    "team",
    "wet",
    "raad",
    "kantoor",
    "fonds",
    "bureau",
    "instituut",
    "toeslag",
    "toeslagen",
    "afdeling",
    "gemeente",
    "ziekenhuis",
    "verzekeraar",
    "corporatie",
    "stichting",
    "vereniging",
    "uitkering",
)


class _Part(NamedTuple):  # a tuple: built for every capitalised word, so kept cheap
    end: int  # index of the first token after this part
    text: str
    has_particle: bool = False
    initials: bool = False


def _is_first_name(token: Token) -> bool:
    if not token.is_capitalised:
        return False
    if token.folded in FIRST_NAMES:
        return True
    return "-" in token.folded and all(part in FIRST_NAMES for part in token.folded.split("-"))


def _given(tokens: list[Token], i: int) -> _Part | None:
    """Initials ("J.P.", "J. P.") or up to three known first names from token `i`."""
    j = i
    while j < len(tokens) and is_initial(tokens, j):
        j += 2
    if j == i:
        while j < len(tokens) and j - i < 3 and _is_first_name(tokens[j]):
            j += 1
    if j == i:
        return None
    return _Part(j, _span_text(tokens, i, j), initials=is_initial(tokens, i))


def _span_text(tokens: list[Token], i: int, j: int) -> str:
    if j == i + 1:
        return tokens[i].text
    text = ""
    for k in range(i, j):
        gap = k > i and tokens[k].start > tokens[k - 1].end
        text += (" " if gap else "") + tokens[k].text
    return text


def _is_particle(token: Token) -> bool:
    return token.text in CAPITAL_PARTICLES or token.folded in TUSSENVOEGSELS


def _surname_word(token: Token) -> bool:
    if not token.text[:1].isupper():
        return False
    if token.folded in SURNAMES:
        return True
    if token.folded.endswith(_ORGANISATION_ENDINGS):
        return False
    return token.is_capitalised and token.folded not in NOT_NAMES


def _surname(tokens: list[Token], i: int) -> _Part | None:
    """Tussenvoegsels (up to three) and a capitalised surname, double names joined by '-'."""
    j = i
    while j < len(tokens) and j - i < 3 and _is_particle(tokens[j]):
        j += 1
    if j >= len(tokens) or not _surname_word(tokens[j]):
        return None
    if j > i and tokens[j].start - tokens[j - 1].end > 1:
        return None
    end = j + 1
    if tokens[j].text.endswith(("-de", "-van", "-van der", "-ter")) and end < len(tokens):
        end += 1 if tokens[end].is_capitalised else 0
    return _Part(end, _span_text(tokens, i, end), has_particle=j > i)


def _core(part: _Part) -> str:
    words = [w for w in part.text.casefold().split() if w not in TUSSENVOEGSELS]
    return words[-1] if words else part.text.casefold()


def _surname_alone_ok(tokens: list[Token], i: int, part: _Part) -> bool:
    """A surname without title or given name: only a well-known, unambiguous one."""
    core = _core(part)
    if core not in SURNAMES:
        return False
    phrase = "_".join(part.text.casefold().split())
    if phrase in _PLACES_LIKE_NAMES or is_place_context(tokens, i):
        return False
    if core not in WORD_SURNAMES:
        return True
    return part.has_particle and not starts_sentence(tokens, i)


def _mention(tokens: list[Token], i: int, end: int, given: str | None, sur: str | None) -> Naam:
    return Naam(tokens[i].start, tokens[end - 1].end, given, sur)


def _could_start_name(token: Token) -> bool:
    return token.text[:1].isupper() or token.folded in TUSSENVOEGSELS


def _name_at(tokens: list[Token], i: int) -> Naam | None:
    """The person mention starting at token `i`, if the rules accept one."""
    given = _given(tokens, i)
    if given is not None:
        surname = _surname(tokens, given.end)
        if surname is not None:
            return _mention(tokens, i, surname.end, given.text, surname.text)
        if given.initials:
            return None  # initials without a surname
        ambiguous = tokens[i].folded in AMBIGUOUS_FIRST_NAMES
        if (not ambiguous or has_name_context(tokens, i)) and not is_place_context(tokens, i):
            return _mention(tokens, i, given.end, given.text, None)
        return None
    surname = _surname(tokens, i)
    if surname is None:
        return None
    context = has_name_context(tokens, i)
    if context and surname.has_particle and tokens[i].text[:1].islower():
        context = _core(surname) in SURNAMES  # "gebeld met de Belastingtelefoon"
    if context and not surname.has_particle:
        rest = _surname(tokens, surname.end)
        if rest is not None:  # an unknown first name: "Beste Wubbe Kloosterboer"
            return _mention(tokens, i, rest.end, tokens[i].text, rest.text)
    if context or _surname_alone_ok(tokens, i, surname):
        return _mention(tokens, i, surname.end, None, surname.text)
    return None


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
        return Naam(tokens[start].start, tokens[i].end, None, _span_text(tokens, start, i + 1))
    return None


def _repeated_mentions(tokens: list[Token], found: list[Naam]) -> Iterator[Naam]:
    """Later bare mentions of a surname or first name already known from this text."""
    surnames: dict[str, bool] = {}
    for n in found:
        if n.surname_key:
            surnames[n.surname_key] = surnames.get(n.surname_key, True) and _needs_particle(n)
    given = {n.voornaam.casefold() for n in found if n.voornaam and "." not in n.voornaam}
    if not surnames and not given:
        return
    for i, token in enumerate(tokens):
        if token.folded not in surnames and token.folded not in given:
            continue  # the cheap test first: most tokens are neither
        if not token.text[:1].isupper() or _covered(found, token.start):
            continue
        if token.folded in surnames:
            mention = _repeated_surname(tokens, i, found, surnames[token.folded])
            if mention is not None:
                yield mention
        elif not is_place_context(tokens, i):
            yield Naam(token.start, token.end, token.text, None)


def _lower_case_name(tokens: list[Token], i: int) -> Naam | None:
    """A name typed without capitals right after "ik ben" or "mijn naam is" (chat)."""
    token = tokens[i]
    if not token.text.islower() or token.folded not in FIRST_NAMES:
        return None
    if token.folded in AMBIGUOUS_FIRST_NAMES or not introduces_lower_case_name(tokens, i):
        return None
    j = i + 1
    while j < len(tokens) and j - i < 4 and tokens[j].folded in TUSSENVOEGSELS:
        j += 1
    last = tokens[j] if j < len(tokens) else None
    at_end = j + 1 >= len(tokens) or not tokens[j + 1].is_word
    plain = last is not None and last.text.isalpha() and last.text.islower()
    if last and plain and last.folded not in NOT_NAMES and (last.folded in SURNAMES or at_end):
        return Naam(token.start, last.end, token.text, _span_text(tokens, i + 1, j + 1))
    return Naam(token.start, token.end, token.text, None)


def _signature(tokens: list[Token], found: list[Naam]) -> Naam | None:
    """A capitalised word alone at the very end of a note, after a full stop: "... Jikke"."""
    if len(tokens) < 2 or _covered(found, tokens[-1].start):
        return None
    last, before = tokens[-1], tokens[-2]
    if before.text not in (".", "\n") or not last.is_capitalised or last.folded in NOT_NAMES:
        return None
    if last.folded.endswith(_ORGANISATION_ENDINGS):
        return None
    return Naam(last.start, last.end, last.text, None)


# Everyday words that never start a mention: not a name, particle or possible initial.
# Half of all capitalised words are such words at the start of a sentence ("Klant", "Graag").
_NEVER_STARTS = frozenset(
    word
    for word in NOT_NAMES
    if word not in SURNAMES
    and word not in FIRST_NAMES
    and word not in TUSSENVOEGSELS
    and word not in {p.casefold() for p in CAPITAL_PARTICLES}
    and len(word) > 3
    and "-" not in word
)


_LISTED_STARTS = TUSSENVOEGSELS | FIRST_NAMES
_TEXT, _FOLDED, _FIRST = attrgetter("text"), attrgetter("folded"), itemgetter(0)


def _is_start(t: Token, capital_follows: bool) -> bool:
    if t.text[:1].isupper():
        return t.folded not in _NEVER_STARTS
    # A particle needs a capital soon after it ("van de Berg"): without one, as in "van de
    # brief", neither a given name nor a surname can follow.
    return (t.folded in TUSSENVOEGSELS and capital_follows) or (
        t.folded in FIRST_NAMES and t.text.islower()
    )


def _starts(tokens: list[Token]) -> list[int]:
    """Indexes of the tokens a mention can start at: the others need no closer look."""
    # The few capitalised or listed tokens are picked out without Python code per token.
    capital = list(map(str.isupper, map(_FIRST, map(_TEXT, tokens))))
    listed = map(_LISTED_STARTS.__contains__, map(_FOLDED, tokens))
    # For each token: does one of the three tokens after it start with a capital?
    after = [False, False, False]
    follows = list(map(or_, map(or_, capital[1:] + after[:1], capital[2:] + after[:2]),
                       capital[3:] + after))  # fmt: skip
    return [
        i for i in compress(count(), map(or_, capital, listed)) if _is_start(tokens[i], follows[i])
    ]


def find_names(text: str) -> list[Naam]:
    """Person mentions in `text`, in order, without overlaps."""
    tokens = tokenize(text)
    found: list[Naam] = []
    covered_until = 0
    for i in _starts(tokens):
        token = tokens[i]
        if token.start < covered_until:
            continue
        mention = _name_at(tokens, i) if _could_start_name(token) else None
        if mention is None and token.text.islower():
            mention = _lower_case_name(tokens, i)
        if mention is not None:
            found.append(mention)
            covered_until = mention.end
    found.extend(list(_repeated_mentions(tokens, found)))
    found.sort(key=lambda n: n.start)
    signature = _signature(tokens, found)
    if signature is not None:
        found.append(signature)
    return found
