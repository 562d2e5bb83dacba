# SPDX-License-Identifier: EUPL-1.2
"""A small tokenizer for name finding: words, dots and other punctuation with offsets."""

from __future__ import annotations

import re
from itertools import repeat
from typing import NamedTuple

# Letters with single apostrophes or hyphens between them ("Anne-Marie", "d'Hondt").
_TOKEN = re.compile(r"'t\b|[^\W\d_]+(?:['’-][^\W\d_]+)*|\n|[^\s\w]|\d+")
_new_tuple = tuple.__new__
_SENTENCE_END = frozenset('.!?:;\n•*"“”()[]')


class Token(NamedTuple):
    """A word, a number or one punctuation character, with its offsets in the text."""

    start: int
    end: int
    text: str
    folded: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha() or self.text == "'t"

    @property
    def is_capitalised(self) -> bool:
        """Starts with a capital and is not an all-capital abbreviation (UWV, DUO)."""
        first = self.text[:1]
        if not first.isupper():
            return False
        return len(self.text) == 1 or not self.text.isupper()


_start, _end, _group = re.Match.start, re.Match.end, re.Match.group


def tokenize(text: str) -> list[Token]:
    """Tokens of `text`, skipping spaces and tabs but keeping newlines as tokens."""
    # Built column by column with map() and tuple.__new__, so no Python-level code runs
    # per token: building tokens was a third of the name finder's time.
    matches = list(_TOKEN.finditer(text))
    words = list(map(_group, matches))
    columns = zip(
        map(_start, matches), map(_end, matches), words, map(str.casefold, words), strict=True
    )
    return list(map(_new_tuple, repeat(Token), columns))


def starts_sentence(tokens: list[Token], index: int) -> bool:
    """True when the token at `index` opens a sentence, line or list item."""
    if index == 0:
        return True
    previous = tokens[index - 1].text
    if previous == "." and index >= 2 and _is_initial_dot(tokens, index - 1):
        return False
    return previous in _SENTENCE_END or previous in ("-", "–")


def _is_initial_dot(tokens: list[Token], dot: int) -> bool:
    letter = tokens[dot - 1]
    return len(letter.text) == 1 and letter.text.isupper() and letter.end == tokens[dot].start


def is_initial(tokens: list[Token], index: int) -> bool:
    """A capital letter (or Th, Chr, Ph, Joh) directly followed by a dot: "J." in "J. Smit"."""
    token = tokens[index]
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    if following.text != "." or following.start != token.end:
        return False
    text = token.text
    return (len(text) == 1 and text.isupper()) or text in ("Th", "Chr", "Ph", "Joh", "Wm")


def span_text(tokens: list[Token], i: int, j: int) -> str:
    """The text of tokens `i`..`j` (exclusive), with one space where the text had any."""
    if j == i + 1:
        return tokens[i].text
    text = ""
    for k in range(i, j):
        gap = k > i and tokens[k].start > tokens[k - 1].end
        text += (" " if gap else "") + tokens[k].text
    return text
