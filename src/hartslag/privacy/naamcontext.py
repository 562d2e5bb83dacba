# SPDX-License-Identifier: EUPL-1.2
"""The words before a capitalised word that say a person's name follows (or a place)."""

from __future__ import annotations

from hartslag.privacy.namenlijsten import TITLES, word_set
from hartslag.privacy.tokens import Token


def _phrases(text: str) -> frozenset[str]:
    return frozenset(" ".join(part.split()) for part in text.split("|"))


# Phrases (lower case, as word sequences) right before a name.
_INTRO_PHRASES = _phrases(
    """collega|zoon|dochter|vader|moeder|broer|zus|zuster|partner|echtgenoot|echtgenote
    |ex-partner|ex|buurman|buurvrouw|oom|tante|opa|oma|kleinzoon|kleindochter|cliënt|client
    |klant|cliënte|jongste|oudste|middelste|kind|pleegkind|kleinkind|schoonzoon
    |schoondochter|stiefzoon|stiefdochter|neef|nicht|boekhouder|accountant|mantelzorger
    |klant|melder|beller|aanvrager|behandelaar|medewerker|medewerkster|contactpersoon
    |namens|afzender|genaamd|heet|consulent|casemanager|schuldhulpverlener|bewindvoerder
    |advocaat|mentor|begeleider|vriend|vriendin|mijn naam is|ik ben|ik heet|spreekt met
    |spreek ik met|gesproken met|gesprek met|contact met|gebeld met|overleg met
    |afspraak met|terugbellen door|beste|hoi|hallo|hey|hee|dag|lieve|goedemorgen
    |goedemiddag|goedenavond|t. a. v.|tav|ter attentie van|doorverbonden met|gemaild met
    |verbind u door met|verbonden met|mail van|e-mail van|bericht van|volgens|gebeld door
    |gemaild door|bezoek van|namens mevrouw|namens meneer"""
)
_LABELS = _phrases(
    """naam|naam klant|klantnaam|naam melder|naam aanvrager|contactpersoon|behandelaar
    |medewerker|afzender|van|aan|ingediend door|melder|aanvrager|cc|ondertekend|door
    |naam cliënt|naam client|voor- en achternaam|volledige naam|gebruiker|auteur
    |behandeld door|opgesteld door|contact|naam contactpersoon|naam partner|notitie
    |medewerker klantcontact|uw naam|achternaam|voornaam|naam kind|naam ouder|voorletters
    |voornamen|roepnaam|geboortenaam|meisjesnaam"""
)
_SELF_INTRODUCTIONS = _phrases("ik ben|ik heet|mijn naam is")


def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(phrase.rsplit(" ", 1)[-1] for phrase in phrases)


# A phrase ends with the word right before the name: a cheap test before the full one.
_LAST_WORDS = {
    _INTRO_PHRASES: _last_words(_INTRO_PHRASES),
    _LABELS: _last_words(_LABELS),
    _SELF_INTRODUCTIONS: _last_words(_SELF_INTRODUCTIONS),
}
_GREETINGS = word_set("groet groeten groetjes hoogachtend mvg gr grt vgr")
# Words before a capitalised word that make it a place, a school or a historical figure.
_NOT_PERSON_BEFORE = word_set(
    "in uit te richting gemeente provincie regio vanuit wijk station omgeving koning koningin"
    " prins prinses sint st paus keizer keizerin"
)


# Every rule below looks first at the token right before the name: one of these marks
# (a title's dot, a label's colon, punctuation after a greeting or before a phrase), a
# title, or the last word of an introducing phrase.
_CONTEXT_MARKS = frozenset({".", ":", ",", "(", "\n", "-", "–", "^"})
_CONTEXT_WORDS = TITLES | _LAST_WORDS[_INTRO_PHRASES]


def _previous_words(tokens: list[Token], i: int, count: int) -> str:
    """Up to `count` words right before token `i`, lower case, joined by spaces."""
    words: list[str] = []
    j = i - 1
    while j >= 0 and len(words) < count:
        token = tokens[j]
        if token.text == "." and j > 0 and tokens[j - 1].end == token.start:
            words.append(tokens[j - 1].folded + ".")
            j -= 2
            continue
        if not token.is_word:
            break
        words.append(token.folded)
        j -= 1
    return " ".join(reversed(words))


def _after_title(tokens: list[Token], i: int) -> bool:
    if i == 0:
        return False
    previous = tokens[i - 1]
    if previous.text == ".":
        return i >= 2 and tokens[i - 2].folded in TITLES
    return previous.folded in TITLES


def _after_label(tokens: list[Token], i: int) -> bool:
    if i < 2 or tokens[i - 1].text != ":":
        return False
    return _ends_with_phrase(tokens, i - 1, 3, _LABELS)


def _ends_with_phrase(tokens: list[Token], i: int, count: int, phrases: frozenset[str]) -> bool:
    """Whether the last 1 to `count` words before token `i` are one of `phrases`."""
    if _previous_words(tokens, i, 1) not in _LAST_WORDS[phrases]:
        return False
    words = _previous_words(tokens, i, count).split()
    return any(" ".join(words[k:]) in phrases for k in range(len(words)))


def _after_greeting(tokens: list[Token], i: int) -> bool:
    j = i - 1
    while j >= 0 and tokens[j].text in (",", "\n", "-", "–"):
        j -= 1
    return j < i - 1 and j >= 0 and tokens[j].folded in _GREETINGS


def _after_phrase(tokens: list[Token], i: int, phrases: frozenset[str]) -> bool:
    if i > 0 and tokens[i - 1].text in (",", "("):  # "namens haar moeder, Anna ..."
        i -= 1
    return _ends_with_phrase(tokens, i, 4, phrases)


def has_name_context(tokens: list[Token], i: int) -> bool:
    """True when the words before token `i` introduce a person's name."""
    if i == 0:
        return False
    previous = tokens[i - 1]
    if previous.text not in _CONTEXT_MARKS and previous.folded not in _CONTEXT_WORDS:
        return False  # the common case, decided by the token before alone
    if _after_title(tokens, i) or _after_label(tokens, i) or _after_greeting(tokens, i):
        return True
    if i > 0 and tokens[i - 1].text == "^" and tokens[i - 1].end == tokens[i].start:
        return True  # webcare signature: "^Sanne"
    return _after_phrase(tokens, i, _INTRO_PHRASES)


def introduces_lower_case_name(tokens: list[Token], i: int) -> bool:
    """True after "ik ben", "ik heet" or "mijn naam is", where chat names go lower case."""
    return _after_phrase(tokens, i, _SELF_INTRODUCTIONS)


def is_place_context(tokens: list[Token], i: int) -> bool:
    """True when the word before token `i` introduces a place ("in", "uit", "gemeente")."""
    return i > 0 and tokens[i - 1].folded in _NOT_PERSON_BEFORE
