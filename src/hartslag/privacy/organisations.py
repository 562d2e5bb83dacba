# SPDX-License-Identifier: EUPL-1.2
"""Names of organisations that are built from a person's name, and stay in the text.

"bij de Henk ten Hoor", "het Reinier de Graaf Gasthuis", "Sophia Kinderziekenhuis",
"Garage Mulder", "Kees Jansen B.V.": each looks like a person, and the words around it
say it is not one. Dutch puts an article before a shop or an institution ("bij de Hans
Anders", "in het Karel Doorman") but not before a person's full name; a kind of
institution after the name ("Ziekenhuis", "Gasthuis", "MC"), a legal form ("B.V.") or
a kind of business before it ("Garage", "Bakkerij") names an organisation.
"""

from __future__ import annotations

from hartslag.privacy.namenlijsten import word_set
from hartslag.privacy.tokens import Token

_ARTICLES = frozenset({"de", "het", "'t"})
# Words right after a name that make it an institution or a company.
_INSTITUTION_AFTER = word_set(
    """
    ziekenhuis ziekenhuizen gasthuis kliniek mc umc medisch zorg zorggroep zorgcentrum
    verpleeghuis hospice stichting fonds school college lyceum academie universiteit
    instituut huis bv b.v nv n.v vof v.o.f holding groep en & zonen zn makelaardij
    apotheek praktijk
    """
)
# Kinds of business right before a name ("Garage Mulder", "Bakkerij Visser").
_BUSINESS_BEFORE = word_set(
    """
    firma fa fa. café cafe restaurant hotel garage winkel kapsalon slagerij bakkerij
    drogisterij apotheek makelaardij notariskantoor advocatenkantoor huisartsenpraktijk
    tandartspraktijk fysiotherapie stichting
    """
)
_LEGAL_FORMS = frozenset({"B.V.", "BV", "N.V.", "NV", "VOF"})
_BUSINESS_ENDINGS = ("bedrijf", "bakkerij", "praktijk", "kantoor", "handel", "winkel")
_INSTITUTION_ENDINGS = ("ziekenhuis", "kliniek", "gasthuis", "centrum", "school", "huis")
# Well-known businesses named after their founders, written without an article as often
# as with one ("ik werk bij Jan Linders"): a short list, as for places.
COMPANY_NAMES = frozenset(
    {
        "albert heijn", "jan linders", "dirk van den broek", "bart smit", "douwe egberts",
        "van der valk", "van haren", "jac hensen", "hans anders", "henk ten hoor",
    }
)  # fmt: skip


_COMPANY_FIRST_WORDS = frozenset(name.split()[0] for name in COMPANY_NAMES)


def _is_business(token: Token) -> bool:
    return token.folded in _BUSINESS_BEFORE or token.folded.endswith(_BUSINESS_ENDINGS)


def _word_before(tokens: list[Token], start: int) -> Token | None:
    return tokens[start - 1] if start > 0 and tokens[start - 1].is_word else None


def is_organisation(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the name-like tokens `start`..`end` (exclusive) name an organisation."""
    first = tokens[start].folded
    if (
        first in _COMPANY_FIRST_WORDS
        and " ".join(t.folded for t in tokens[start:end]) in COMPANY_NAMES
    ):
        return True
    if _is_business(tokens[start]):
        return True  # "Garage Mulder" found as a name whole
    before = _word_before(tokens, start)
    if before is not None:
        if before.text in _ARTICLES and tokens[start].text[:1].isupper():
            return True  # "bij de Hans Anders", "het Karel Doorman"
        if _is_business(before):
            return True
    if end < len(tokens):
        after = tokens[end]
        if after.text in _LEGAL_FORMS or "".join(t.text for t in tokens[end : end + 4]) in (
            _LEGAL_FORMS
        ):
            return True  # "Jansen B.V.", "De Vries NV"
        institution = after.folded in _INSTITUTION_AFTER or (
            after.folded.endswith(_INSTITUTION_ENDINGS)
        )
        if institution and (after.text[:1].isupper() or after.text == "&"):
            return True
    return False
