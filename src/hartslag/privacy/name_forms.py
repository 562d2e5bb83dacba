# SPDX-License-Identifier: EUPL-1.2
"""Name forms beside "Title Given Surname": lower case, reversed lists, sign-offs.

Each rule has its own cue, so that it does not depend on a name being in our lists:

- after a title ("dhr bosman belt") a lower-case word is the surname;
- after "klt", "ik ben", "de dochter van" a lower-case known first name or surname
  starts a name ("klt sanne de graaf belt");
- "Vermeulen, A." and "Brink, K.L. ten": a surname, a comma, initials, particles;
- the words after a closing greeting at the end of a text or line ("mvg karin");
- a short lower-case line at the very end ("... graag reactie. pieter van der linden").
"""

from __future__ import annotations

from hartslag.privacy.namenlijsten import (
    AMBIGUOUS_FIRST_NAMES,
    FIRST_NAMES,
    NOT_NAMES,
    ORGANISATION_ENDINGS,
    SURNAMES,
    TITLES,
    TUSSENVOEGSELS,
    word_set,
)
from hartslag.privacy.personen import Naam
from hartslag.privacy.tokens import Token, is_initial

# "op den Berg", "in 't Zandt", "uit den Bogaard", "onder de Linden": these lead a
# surname only together with an article; "aan de", "bij" lead place names (Alphen aan
# den Rijn, Wijk bij Duurstede) and are left out.
_COMPOUND_LEADS = word_set("op in uit onder")
_ARTICLES = word_set("de den der het 't ten ter")
_OLD_ARTICLES = word_set("den 't ten ter")

# Lower-case words that follow a title or introduction and are not a name: verbs and
# function words of call notes ("meneer belt", "mevrouw zelf", "klant wil").
_NOT_LOWER_NAMES = (
    NOT_NAMES
    | TITLES
    | word_set(
        """
    belt belde bellen mailt mailde meldt meldde vraagt vroeg zegt zei geeft gaf wil wilde
    heeft had is was wordt werd komt kwam gaat ging krijgt kreeg stuurt stuurde laat liet
    woont woonde wacht wachtte kan kon moet moest zal zou weet wist vindt vond denkt dacht
    zelf zijn haar hem hun ons mij me je u die dat deze dit wat wie en of maar want dus ook
    nog niet geen wel al nu toen daar hier er met voor over naar uit aan bij om tot sinds
    een het is op in te dan als omdat ivm nav tb graag dank bedankt hoi hallo ja nee oke ok
    heer mevrouw meneer klant beller melder aanvrager begrijpt betaalt betaald bleef klaagt
    ontvangt ontving twijfelt vermoedt vertelt snapt reageert reageerde antwoordt stelt zit
    zat staat stond ligt lag loopt liep sinds gewijzigd weduwe weduwnaar mantelzorger
    co-ouder zoon dochter vader moeder partner echtgenoot echtgenote ouder ouders kind
    sent verzonden from outlook iphone android
    """
    )
)
# Words before a title that make it a person described, not named: "de meneer bleef".
_DETERMINERS = word_set("de het een die deze dat die ene elke")
CLOSING_GREETINGS = word_set("groet groeten groetjes hoogachtend mvg gr grt vgr doei")
# Lower-case words after which a known first name or surname starts a name.
_LOWER_INTRO_LAST = word_set(
    "klt klant cliënt client ben heet is van namens collega medewerker medewerkster"
    " consulent casemanager behandelaar buurman buurvrouw zoon dochter partner broer zus"
)
_LOWER_INTRO_PHRASES = frozenset(
    {
        ("klt",), ("klant",), ("cliënt",), ("client",), ("ik", "ben"), ("ik", "heet"),
        ("naam", "is"), ("dochter", "van"), ("zoon", "van"), ("moeder", "van"),
        ("vader", "van"), ("partner", "van"), ("namens",), ("collega",), ("medewerker",),
        ("medewerkster",), ("consulent",), ("casemanager",), ("behandelaar",), ("buurman",),
        ("buurvrouw",), ("zoon",), ("dochter",), ("partner",), ("broer",), ("zus",),
    }
)  # fmt: skip
_SELF_INTRODUCTIONS = frozenset({("ik", "ben"), ("ik", "heet"), ("naam", "is")})
LOWER_NAME_CONTEXT = TITLES | _LOWER_INTRO_LAST
# For picking start tokens: the single words and the word pairs of the phrases above.
LOWER_CONTEXT_WORDS = TITLES | {p[0] for p in _LOWER_INTRO_PHRASES if len(p) == 1}
LOWER_CONTEXT_PAIRS = frozenset(p for p in _LOWER_INTRO_PHRASES if len(p) == 2)


def particle_count(tokens: list[Token], i: int, limit: int = 4, lower: bool = False) -> int:
    """The number of tokens from `i` that are tussenvoegsels ("van der", "op den").

    With `lower` (a name typed in lower case, with no capital to go by) a compound one
    needs an old article: "in 't veld", "op den akker", not "uit de buurt".
    """
    articles = _OLD_ARTICLES if lower else _ARTICLES
    j = i
    while j < len(tokens) and j - i < limit:
        folded = tokens[j].folded
        if folded in TUSSENVOEGSELS:
            j += 1
        elif (
            folded in _COMPOUND_LEADS and j + 1 < len(tokens) and (tokens[j + 1].folded in articles)
        ):
            j += 2
        else:
            break
    return j - i


def _lower_word(token: Token) -> bool:
    text = token.text
    return text.islower() and len(text) > 1 and token.folded not in _NOT_LOWER_NAMES


def _lower_surname_end(tokens: list[Token], j: int) -> int:
    """The end of a lower-case surname starting at token `j` ("meer-de groot"), or `j`."""
    if j >= len(tokens) or not _lower_word(tokens[j]):
        return j
    end = j + 1
    if tokens[j].folded.endswith(("-de", "-van", "-ter", "-den")) and end < len(tokens):
        end += 1 if _lower_word(tokens[end]) else 0
    return end


def is_initial_dot(tokens: list[Token], j: int) -> bool:
    """A lower-case letter with a dot right after it: "h." in "dhr. h. de vries"."""
    dot = tokens[j + 1]
    return tokens[j].text.isalpha() and dot.text == "." and dot.start == tokens[j].end


def _self_introduced(tokens: list[Token], i: int) -> bool:
    """After "ik ben", "ik heet", "(mijn) naam is"."""
    return tuple(t.folded for t in tokens[max(0, i - 2) : i]) in _SELF_INTRODUCTIONS


def _after_intro(tokens: list[Token], i: int) -> bool:
    words = tuple(t.folded for t in tokens[max(0, i - 2) : i])
    return words[-1:] in _LOWER_INTRO_PHRASES or words in _LOWER_INTRO_PHRASES


def _first_name(token: Token) -> bool:
    folded = token.folded
    return folded in FIRST_NAMES or (
        "-" in folded and all(part in FIRST_NAMES for part in folded.split("-"))
    )


def _lower_after_title(tokens: list[Token], i: int) -> bool:
    """Right after a title ("dhr", "mw."), not a described one ("de meneer belde")."""
    title = i - 1 if tokens[i - 1].folded in TITLES else i - 2
    return (
        title >= 0
        and tokens[title].folded in TITLES
        and (title == 0 or tokens[title - 1].folded not in _DETERMINERS)
        and (title == i - 1 or tokens[i - 1].text == ".")
    )


def _lower_given_end(tokens: list[Token], i: int, after_title: bool) -> int:
    """The end of the initials ("h.", after a title) or known first names from `i`."""
    j = i
    while after_title and j + 1 < len(tokens) and len(tokens[j].text) == 1:
        if not is_initial_dot(tokens, j):
            break
        j += 2  # "dhr. h. de vries"
    while j < len(tokens) and j - i < 2 and _first_name(tokens[j]):
        j += 1
    if j > i and tokens[i].folded in AMBIGUOUS_FIRST_NAMES and not _self_introduced(tokens, i):
        return i  # "klant wil niet": first names that are words do not count in lower case
    return j


def lower_case_name(tokens: list[Token], i: int) -> Naam | None:
    """A name typed in lower case after a title or an introduction (see module doc)."""
    if i == 0 or not tokens[i].text.islower():
        return None
    after_title = _lower_after_title(tokens, i)
    if not after_title and not _after_intro(tokens, i):
        return None
    j = _lower_given_end(tokens, i, after_title)
    # "de zoon van wubbe terpstra": an unknown first name, with a known surname after it
    unknown_given = j == i and not after_title and _lower_word(tokens[i])
    if unknown_given:
        j = i + 1
    elif j == i and not after_title:
        return None  # "ik ben de zoon van ...": no first name, no surname
    particles = particle_count(tokens, j, lower=True)
    end = _lower_surname_end(tokens, j + particles)
    has_surname = end > j + particles
    if unknown_given and not (has_surname and tokens[end - 1].folded.split("-")[-1] in SURNAMES):
        return None
    if not has_surname:  # a first name alone, or nothing
        return _naam(tokens, i, j, j) if j > i else None
    if j == i and not particles and not _surname_alone(tokens, end):
        return None  # "mevrouw vertelde dat ...", "dhr uurtarief gewijzigd"
    return _naam(tokens, i, j, end)


# What follows a surname typed alone after a title: "dhr zomer belt", "mw kok, 06-...".
_AFTER_SURNAME = word_set(
    """
    belt belde mailt mailde meldt meldde vraagt vroeg wil wilde heeft had is was geeft gaf
    zegt zei komt kwam wacht woont stuurt stuurde schrijft schreef en
    """
) | {",", ".", ";", ":", "(", ")", "\n", "-", "?", "!"}


def _surname_alone(tokens: list[Token], end: int) -> bool:
    """Whether the lower-case word before `end`, typed alone after a title, is a surname:
    a known one, or one followed by what follows a name (a verb of contact, a comma)."""
    word = tokens[end - 1].folded
    if word in SURNAMES:
        return True
    if _past_tense(tokens[end - 1]):
        return False
    return end >= len(tokens) or tokens[end].folded in _AFTER_SURNAME


def _past_tense(token: Token) -> bool:
    """A lower-case word shaped like a Dutch past tense ("vertelde", "wachtte")."""
    word = token.folded
    return len(word) >= 5 and word.endswith(("de", "te", "den", "ten")) and word not in SURNAMES


def _naam(tokens: list[Token], i: int, given_end: int, end: int) -> Naam:
    given = " ".join(t.text for t in tokens[i:given_end]) or None
    surname = " ".join(t.text for t in tokens[given_end:end]) or None
    return Naam(tokens[i].start, tokens[end - 1].end, given, surname)


def reversed_name(tokens: list[Token], i: int, surname_end: int) -> Naam | None:
    """ "Vermeulen, A.", "Hoeven-de Wit, M.J. van der": surname, comma, initials, particles.

    The caller has checked that a comma follows the surname."""
    if surname_end + 2 >= len(tokens):
        return None
    initials = j = surname_end + 1
    while j < len(tokens) and is_initial(tokens, j):
        j += 2
    if j == initials:
        return None
    given = "".join(t.text for t in tokens[initials:j])
    particles = particle_count(tokens, j)
    end = j + particles
    if (
        end < len(tokens)
        and tokens[end].is_capitalised
        and tokens[end].start == tokens[end - 1].end + 1
    ):
        return None  # "Groet, J. Smit": the initials belong to the name after them
    surname = " ".join(t.text for t in (*tokens[j:end], *tokens[i:surname_end]))
    return Naam(tokens[i].start, tokens[end - 1].end, given, surname)


def _line_end(tokens: list[Token], j: int) -> bool:
    return j >= len(tokens) or (
        tokens[j].text in ("\n", ".", "!")
        and (j + 1 >= len(tokens) or tokens[j + 1].text == "\n" or tokens[j].text == "\n")
    )


def closing_name(tokens: list[Token], g: int) -> Naam | None:
    """The name after the closing greeting at token `g`, up to the end of its line."""
    j = g + 1
    while j < len(tokens) and tokens[j].text in (",", "\n", "-", "–"):
        j += 1
    start, words = j, 0
    while j < len(tokens) and tokens[j].is_word and words < 5:
        j, words = j + 1, words + 1
    if not words or not _line_end(tokens, j):
        return None
    first = tokens[start]
    if first.folded in _NOT_LOWER_NAMES or first.folded in TUSSENVOEGSELS:
        return None
    if any(t.folded.endswith(ORGANISATION_ENDINGS) for t in tokens[start:j]):
        return None  # "Met vriendelijke groet, Klantenservice"
    return _naam(tokens, start, start + 1, j) if words > 1 else _naam(tokens, start, j, j)


def trailing_lower_name(tokens: list[Token]) -> Naam | None:
    """A short lower-case last line or sentence that is a name: "... reactie. piet de wit"."""
    end = len(tokens)
    if end and tokens[-1].text == ".":
        end -= 1
    if end < 3 or not tokens[end - 1].text.islower():
        return None  # the common case: a text that does not end in a lower-case word
    start = end
    while start > 0 and end - start < 5 and tokens[start - 1].text[:1].isalpha():
        start -= 1
    if end - start < 2 or start == 0 or tokens[start - 1].text not in (".", "\n", "!", "?"):
        return None
    words = tokens[start:end]
    if any(not t.text.islower() or t.folded in _NOT_LOWER_NAMES for t in words
           if t.folded not in TUSSENVOEGSELS and t.folded not in _COMPOUND_LEADS):  # fmt: skip
        return None
    middle = particle_count(tokens, start + 1) > 0
    if words[0].folded in FIRST_NAMES or words[-1].folded in SURNAMES or middle:
        return _naam(tokens, start, start + 1, end)
    return None


# Verbs of contact after a bare surname: "Jansen belde terug", "Van der Linden mailt".
_CONTACT_VERBS = word_set(
    "belt belde mailt mailde meldt meldde schrijft schreef vraagt vroeg appt appte"
)


def said_by(tokens: list[Token], start: int, end: int) -> str | None:
    """ "verb" for a surname as the one who calls or writes ("Jansen belde terug"),
    "phone" for one answering the phone ("Met Jansen."), else None."""
    if end < len(tokens) and tokens[end].folded in _CONTACT_VERBS:
        return "verb"
    if start == 0 or tokens[start - 1].folded != "met":
        return None
    opens = start == 1 or tokens[start - 2].text in (".", ",", "!", "?", ":", "\n")
    closes = end >= len(tokens) or tokens[end].text in (".", ",", "!", "\n")
    return "phone" if opens and closes else None
