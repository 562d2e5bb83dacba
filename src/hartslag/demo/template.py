# SPDX-License-Identifier: EUPL-1.2
"""A tiny template language that turns one phrasing into many.

``[a|b|c]`` picks one alternative at random (alternatives nest; an empty alternative
makes the part optional), ``{name}`` inserts the value of a slot. A slot whose name
starts with a capital gets its value capitalised (``{Wie}``). Templates are parsed
once and cached, so expanding thousands of texts stays fast.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from random import Random


@dataclass(frozen=True)
class _Slot:
    name: str


@dataclass(frozen=True)
class _Choice:
    options: tuple[tuple[_Part, ...], ...]


_Part = str | _Slot | _Choice
SlotResolver = Callable[[str], str]


class TemplateError(ValueError):
    """A template in the demo catalogue is malformed (a bug in the catalogue)."""


def _parse_sequence(text: str, pos: int) -> tuple[tuple[_Part, ...], int]:
    parts: list[_Part] = []
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            parts.append("".join(buffer))
            buffer.clear()

    while pos < len(text):
        char = text[pos]
        if char in "|]":
            break
        if char == "[":
            flush()
            choice, pos = _parse_choice(text, pos + 1)
            parts.append(choice)
        elif char == "{":
            end = text.find("}", pos)
            if end < 0:
                raise TemplateError(f"unclosed slot in template: {text!r}")
            flush()
            parts.append(_Slot(text[pos + 1 : end]))
            pos = end + 1
        else:
            buffer.append(char)
            pos += 1
    flush()
    return tuple(parts), pos


def _parse_choice(text: str, pos: int) -> tuple[_Choice, int]:
    options: list[tuple[_Part, ...]] = []
    while True:
        sequence, pos = _parse_sequence(text, pos)
        options.append(sequence)
        if pos >= len(text):
            raise TemplateError(f"unclosed '[' in template: {text!r}")
        if text[pos] == "]":
            return _Choice(tuple(options)), pos + 1
        pos += 1


@cache
def parse(text: str) -> tuple[_Part, ...]:
    """Parse a template; raise TemplateError when brackets do not match."""
    parts, pos = _parse_sequence(text, 0)
    if pos != len(text):
        raise TemplateError(f"unexpected {text[pos]!r} at {pos} in template: {text!r}")
    return parts


def _render(parts: tuple[_Part, ...], rng: Random, slot: SlotResolver, out: list[str]) -> None:
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, _Slot):
            value = slot(part.name.lower())
            out.append(capitalise(value) if part.name[:1].isupper() else value)
        else:
            _render(rng.choice(part.options), rng, slot, out)


_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"[ \t]+([.,;:!?)])")
_DOUBLE_FULL_STOP = re.compile(r"\.(\s*\.)+")


def tidy(text: str) -> str:
    """Collapse the double spaces and stray punctuation that optional parts leave."""
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    if ".." in text or ". ." in text:
        text = _DOUBLE_FULL_STOP.sub(".", text)
    return text.strip()


def capitalise(text: str) -> str:
    """Upper-case the first letter only (``str.capitalize`` would lower the rest)."""
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
        if not char.isspace() and char not in "\"'(":
            return text
    return text


def expand(template: str, rng: Random, slot: SlotResolver) -> str:
    """One random realisation of a template, tidied and capitalised."""
    out: list[str] = []
    _render(parse(template), rng, slot, out)
    return capitalise(tidy("".join(out)))


def realise(template: str, rng: Random, slot: SlotResolver) -> str:
    """One random realisation without tidying, for a slot value inside a sentence."""
    out: list[str] = []
    _render(parse(template), rng, slot, out)
    return "".join(out)


def slot_names(template: str) -> set[str]:
    """The (lower-cased) names of all slots a template can use."""
    names: set[str] = set()
    stack: list[tuple[_Part, ...]] = [parse(template)]
    while stack:
        for part in stack.pop():
            if isinstance(part, _Slot):
                names.add(part.name.lower())
            elif isinstance(part, _Choice):
                stack.extend(part.options)
    return names
