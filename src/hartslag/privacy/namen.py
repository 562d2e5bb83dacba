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

from itertools import compress, count
from operator import attrgetter, itemgetter, or_
from typing import NamedTuple

from hartslag.privacy.naamcontext import (
    has_name_context,
    is_place_context,
)
from hartslag.privacy.name_forms import (
    CLOSING_GREETINGS,
    LOWER_CONTEXT_PAIRS,
    LOWER_CONTEXT_WORDS,
    LOWER_NAME_CONTEXT,
    closing_name,
    lower_case_name,
    particle_count,
    reversed_name,
    said_by,
    trailing_lower_name,
)
from hartslag.privacy.name_repeats import repeated_mentions, signature_at_end
from hartslag.privacy.namenlijsten import (
    AMBIGUOUS_FIRST_NAMES,
    CAPITAL_PARTICLES,
    FIRST_NAMES,
    NOT_NAMES,
    ORGANISATION_ENDINGS,
    PLACE_NAMES,
    PLACES_LIKE_NAMES,
    SURNAMES,
    TITLES,
    TUSSENVOEGSELS,
    WORD_SURNAMES,
)
from hartslag.privacy.organisations import is_organisation
from hartslag.privacy.personen import Naam
from hartslag.privacy.tokens import Token, is_initial, span_text, starts_sentence, tokenize

_PARTICLE_STARTS = (
    TUSSENVOEGSELS | {p.casefold() for p in CAPITAL_PARTICLES} | {"op", "in", "uit", "onder"}
)
_STREET_ENDINGS = ("straat", "laan", "weg", "plein", "kade", "gracht", "singel", "hof", "park")


class _Part(NamedTuple):  # a tuple: built for every capitalised word, so kept cheap
    end: int  # index of the first token after this part
    text: str
    has_particle: bool = False
    initials: bool = False


def _is_first_name(token: Token) -> bool:
    folded = token.folded
    if folded not in FIRST_NAMES and (
        "-" not in folded or not all(part in FIRST_NAMES for part in folded.split("-"))
    ):
        return False
    return token.is_capitalised or _all_capitals(token)


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
    return _Part(j, span_text(tokens, i, j), initials=is_initial(tokens, i))


def _particle_count(tokens: list[Token], i: int) -> int:
    """Tussenvoegsels from token `i`, capitalised Arabic and Romance ones included."""
    if i < len(tokens) and tokens[i].folded not in _PARTICLE_STARTS:
        return 0  # the common case, decided without a loop
    j = i
    while j < len(tokens) and j - i < 3 and tokens[j].text in CAPITAL_PARTICLES:
        j += 1
    return j - i + particle_count(tokens, j, limit=4 - (j - i))


def _all_capitals(token: Token) -> bool:
    """A word in capitals long enough not to be an abbreviation: "ABDELKADER", "EL-HAJJI"."""
    return len(token.text) > 3 and token.text.isupper() and token.folded not in NOT_NAMES


def _surname_word(token: Token, after_van: bool = False) -> bool:
    """A capitalised word that can be a surname; after "van" a town can too ("Jan-Willem
    van Groningen"), a word of an organisation cannot."""
    if not token.text[:1].isupper():
        return False
    if token.folded in SURNAMES:
        return True
    if token.folded.endswith(ORGANISATION_ENDINGS):
        return False
    if after_van and token.folded in PLACE_NAMES:
        return True
    return (token.is_capitalised or _all_capitals(token)) and token.folded not in NOT_NAMES


def _surname(tokens: list[Token], i: int) -> _Part | None:
    """Tussenvoegsels (up to three) and a capitalised surname, double names joined by '-'."""
    j = i + _particle_count(tokens, i)
    after_van = j > i and tokens[j - 1].folded == "van"
    if j >= len(tokens) or not _surname_word(tokens[j], after_van=after_van):
        return None
    if j > i and tokens[j].start - tokens[j - 1].end > 1:
        return None
    end = j + 1
    if tokens[j].text.endswith(("-de", "-van", "-van der", "-ter")) and end < len(tokens):
        end += 1 if tokens[end].is_capitalised else 0
    return _Part(end, span_text(tokens, i, end), has_particle=j > i)


def _core(part: _Part) -> str:
    words = [w for w in part.text.casefold().split() if w not in TUSSENVOEGSELS]
    return words[-1] if words else part.text.casefold()


def _surname_alone_ok(tokens: list[Token], i: int, part: _Part) -> bool:
    """A surname without title or given name: only a well-known, unambiguous one."""
    core = _core(part)
    if core not in SURNAMES:
        return False
    words = part.text.casefold().split()  # "van Den Bosch": from (or to) a place
    if any("_".join(words[k:]) in PLACES_LIKE_NAMES for k in range(len(words))):
        return False
    if is_place_context(tokens, i):
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
        return _with_given(tokens, i, given)
    surname = _surname(tokens, i)
    if surname is None:
        return None
    if surname.end < len(tokens) and tokens[surname.end].text == ",":
        turned = reversed_name(tokens, i, surname.end)
        if turned is not None:
            return turned
    return _surname_first(tokens, i, surname)


def _with_given(tokens: list[Token], i: int, given: _Part) -> Naam | None:
    surname = _surname(tokens, given.end)
    if surname is not None:
        return _mention(tokens, i, surname.end, given.text, surname.text)
    if given.initials:  # initials alone only after a label or title: "Voorletters: J.H."
        return (
            _mention(tokens, i, given.end, given.text, None)
            if has_name_context(tokens, i)
            else None
        )
    comma = given.end < len(tokens) and tokens[given.end].text == ","
    if comma and (turned := reversed_name(tokens, i, given.end)) is not None:
        return turned  # "Roos, A.": a surname that is also a first name
    ambiguous = tokens[i].folded in AMBIGUOUS_FIRST_NAMES
    if (not ambiguous or has_name_context(tokens, i)) and not is_place_context(tokens, i):
        return _mention(tokens, i, given.end, given.text, None)
    return None


def _titled(tokens: list[Token], i: int) -> bool:
    """Right after a title ("de heer", "mw.") or a label's colon ("Achternaam:")."""
    before = tokens[i - 1] if i > 0 else None
    if before is not None and before.text == "." and i > 1:
        before = tokens[i - 2]
    return before is not None and (before.folded in TITLES or before.text == ":")


def _given_like(tokens: list[Token], i: int) -> bool:
    """An unknown capitalised word right before token `i` that can be a first name."""
    if i == 0:
        return False
    word = tokens[i - 1]
    return (
        word.is_capitalised
        and word.end + 1 == tokens[i].start
        and word.folded not in NOT_NAMES
        and word.folded not in TITLES
        and not word.folded.endswith(ORGANISATION_ENDINGS + _STREET_ENDINGS)
        and not is_place_context(tokens, i - 1)  # "in Corpus den Hoorn"
    )


def _surname_first(tokens: list[Token], i: int, surname: _Part) -> Naam | None:
    """A mention that starts with its surname (and particles), or an unknown first name."""
    context = has_name_context(tokens, i)
    if not tokens[i].is_capitalised and tokens[i].text[:1].isupper() and not _titled(tokens, i):
        return None  # capitals count after a title or label only, not "VOLGENS JULLIE"
    if context and surname.has_particle and tokens[i].text[:1].islower():
        context = _core(surname) in SURNAMES  # "gebeld met de Belastingtelefoon"
    if surname.has_particle and tokens[i].text.islower() and _given_like(tokens, i):
        return _mention(tokens, i - 1, surname.end, tokens[i - 1].text, surname.text)
    after = tokens[surname.end] if surname.end < len(tokens) else None
    more = after is not None and (after.text[:1].isupper() or after.folded in _PARTICLE_STARTS)
    unknown_first = more and tokens[i].folded not in TITLES
    if unknown_first and not surname.has_particle and (context or tokens[i].is_capitalised):
        rest = _surname(tokens, surname.end)
        known = (
            rest is not None
            and _core(rest) in SURNAMES
            and (_core(rest) not in WORD_SURNAMES or not starts_sentence(tokens, i))
        )
        if rest is not None and (context or known):  # "Beste Wubbe Kloosterboer"
            return _mention(tokens, i, rest.end, tokens[i].text, rest.text)
    if context or _surname_alone_ok(tokens, i, surname):
        return _mention(tokens, i, surname.end, None, surname.text)
    how = said_by(tokens, i, surname.end)
    if how == "phone" or (how == "verb" and _known_speaker(tokens, i, surname)):
        return _mention(tokens, i, surname.end, None, surname.text)
    return None


def _known_speaker(tokens: list[Token], i: int, surname: _Part) -> bool:
    """A surname before "belde": known or with particles, and not a place ("uit Meerhoven
    meldt") nor the end of one ("uit Ten Boer meldt")."""
    if not surname.has_particle and _core(surname) not in SURNAMES:
        return False
    return not is_place_context(tokens, i) and not (
        i > 0 and tokens[i - 1].folded in TUSSENVOEGSELS
    )


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
_IS_CLOSING = CLOSING_GREETINGS.__contains__
_START = attrgetter("start")
_TEXT, _FOLDED, _FIRST = attrgetter("text"), attrgetter("folded"), itemgetter(0)


def _is_start(t: Token, capital_follows: bool, after_context: bool) -> bool:
    if after_context and t.text.islower():
        return True  # "dhr bosman", "klt sanne de graaf": see `lower_case_name`
    if t.text[:1].isupper():
        return t.folded not in _NEVER_STARTS
    # A particle needs a capital soon after it ("van de Berg"): without one, as in "van de
    # brief", neither a given name nor a surname can follow.
    return (t.folded in TUSSENVOEGSELS and capital_follows) or (
        t.folded in FIRST_NAMES and t.text.islower()
    )


def _starts(tokens: list[Token], folded: list[str]) -> list[int]:
    """Indexes of the tokens a mention can start at: the others need no closer look."""
    # The few capitalised or listed tokens are picked out without Python code per token.
    capital = list(map(str.isupper, map(_FIRST, map(_TEXT, tokens))))
    listed = map(_LISTED_STARTS.__contains__, folded)
    # Tokens right after a title or "klt" may start a lower-case name: few, found in C.
    hits = compress(count(), map(LOWER_NAME_CONTEXT.__contains__, folded))
    context = {
        k + 1
        for k in hits
        if folded[k] in LOWER_CONTEXT_WORDS
        or (k > 0 and (folded[k - 1], folded[k]) in LOWER_CONTEXT_PAIRS)
    }
    context |= {k + 1 for k in context if k < len(tokens) and folded[k] == "."}  # "dhr. ..."
    # For each token: does one of the three tokens after it start with a capital?
    after = [False, False, False]
    follows = list(map(or_, map(or_, capital[1:] + after[:1], capital[2:] + after[:2]),
                       capital[3:] + after))  # fmt: skip
    starts = [
        i for i in compress(count(), map(or_, capital, listed))
        if _is_start(tokens[i], follows[i], i in context)
    ]  # fmt: skip
    extra = [i for i in context if i < len(tokens) and tokens[i].text.islower()]
    return sorted({*starts, *extra}) if extra else starts


def _scan(tokens: list[Token], folded: list[str]) -> tuple[list[Naam], list[Naam]]:
    """Mentions found from their start tokens, left to right, without overlaps; and the
    name-like spans that turned out to name an organisation."""
    found: list[Naam] = []
    organisations: list[Naam] = []
    covered_until = 0
    for i in _starts(tokens, folded):
        token = tokens[i]
        if token.start < covered_until:
            continue
        mention = _name_at(tokens, i) if _could_start_name(token) else None
        if mention is None and token.text.islower() and i > 0:
            before = tokens[i - 1]
            if before.folded in LOWER_NAME_CONTEXT or before.text == ".":
                mention = lower_case_name(tokens, i)
        if mention is None or mention.start < covered_until:
            continue
        first, end = i, i + 1
        while tokens[first].start > mention.start:
            first -= 1  # "Wietske ter Horst" was found at "ter"
        while end < len(tokens) and tokens[end].start < mention.end:
            end += 1
        (organisations if is_organisation(tokens, first, end) else found).append(mention)
        covered_until = mention.end  # an organisation's name is passed over whole
    return found, organisations


def _add(found: list[Naam], extra: Naam) -> bool:
    """Add `extra` unless it overlaps a mention it does not wholly contain."""
    inside = [n for n in found if extra.start <= n.start and n.end <= extra.end]
    if any(n.start < extra.end and extra.start < n.end for n in found if n not in inside):
        return False
    for n in inside:
        found.remove(n)
    found.append(extra)
    return True


def find_names(text: str) -> list[Naam]:
    """Person mentions in `text`, in order, without overlaps."""
    tokens = tokenize(text)
    folded = list(map(_FOLDED, tokens))
    found, organisations = _scan(tokens, folded)
    extras = [closing_name(tokens, g) for g in compress(count(), map(_IS_CLOSING, folded))]
    extras.append(trailing_lower_name(tokens))
    if any([_add(found, extra) for extra in extras if extra is not None]):
        found.sort(key=_START)  # `repeated_mentions` looks mentions up by their start
    found.extend(list(repeated_mentions(tokens, found, organisations)))
    found.sort(key=_START)
    signature = signature_at_end(tokens, found)
    if signature is not None:
        found.append(signature)
    return found
