# SPDX-License-Identifier: EUPL-1.2
"""Every string on the pages goes through gettext, and both catalogues are complete."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from jinja2 import Environment

from hartslag.adapters.web import i18n
from hartslag.adapters.web.sjablonen import SJABLONEN

WEB = SJABLONEN.parent


def _uitgepakt() -> set[str]:
    methods = [("**.py", "python"), ("templates/**.html", "jinja2")]
    opties = {"templates/**.html": {"extensions": "jinja2.ext.i18n"}}
    berichten = extract_from_dir(
        WEB,
        methods,
        keywords={"_": None, "gettext": None, "N_": None, "ngettext": (1, 2)},
        options_map=opties,
    )
    result = set()
    for _, _, bericht, _, _ in berichten:
        result.update([bericht] if isinstance(bericht, str) else [b for b in bericht if b])
    return result


@pytest.mark.parametrize("taal", i18n.TALEN)
def test_catalogue_translates_every_message_of_the_pages(taal: str) -> None:
    with (i18n.LOCALE / taal / "LC_MESSAGES" / "messages.po").open("rb") as po:
        catalogus = read_po(po, locale=taal)
    vertaald = {
        deel: b
        for b in catalogus
        if b.id
        for deel in (b.id if isinstance(b.id, tuple) else (b.id,))  # plural: both forms
    }
    ontbreekt = sorted(_uitgepakt() - vertaald.keys())
    assert not ontbreekt, f"{taal}: run `make messages` and translate: {ontbreekt[:10]}"
    leeg = sorted(
        str(b.id)
        for b in vertaald.values()
        if not b.string or b.fuzzy or (isinstance(b.string, tuple) and not all(b.string))
    )
    assert not leeg, f"{taal}: untranslated or fuzzy: {leeg[:10]}"


class _Tekst(HTMLParser):
    """Collects what a person reads: text, and the readable attributes' values."""

    LEESBAAR = frozenset({"alt", "title", "placeholder", "aria-label", "aria-description"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.gevonden: list[str] = []
        self._overslaan = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._overslaan += 1
        for naam, waarde in attrs:
            if naam in self.LEESBAAR:
                self.gevonden += _woorden(waarde or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._overslaan -= 1

    def handle_data(self, data: str) -> None:
        if not self._overslaan:
            self.gevonden += _woorden(data)


def _woorden(tekst: str) -> list[str]:
    return re.findall(r"[A-Za-zÀ-ÿ]{2,}", tekst.replace(PLEK, " "))


PLEK = "\u2042"  # stands in for every {{ }} / {% %} in the template


def _letterlijk(bron: str) -> list[str]:
    """Human-readable words a template shows that do not come from an expression."""
    delen: list[str] = []
    in_code = in_trans = False
    vorige = ""
    for _, soort, waarde in Environment(extensions=["jinja2.ext.i18n"]).lex(bron):
        if soort == "name" and vorige == "block_begin" and waarde in ("trans", "endtrans"):
            in_trans = waarde == "trans"
        vorige = vorige if soort == "whitespace" else soort
        if soort == "data" and not in_trans:
            delen.append(waarde)
            in_code = False
        elif not in_code:
            delen.append(PLEK)
            in_code = True
    parser = _Tekst()
    parser.feed("".join(delen))
    return parser.gevonden


@pytest.mark.parametrize(
    "sjabloon", sorted(str(p.relative_to(SJABLONEN)) for p in SJABLONEN.rglob("*.html"))
)
def test_template_holds_no_untranslated_literal(sjabloon: str) -> None:
    letterlijk = _letterlijk((SJABLONEN / sjabloon).read_text())
    assert not letterlijk, f"{sjabloon}: put these through _() or {{% trans %}}: {letterlijk[:10]}"


def test_untranslated_literal_is_detected() -> None:
    assert _letterlijk('<p class="x">Opslaan {{ n }}</p>') == ["Opslaan"]
    assert _letterlijk('<input placeholder="Zoek hier" class="{{ k }}">') == ["Zoek", "hier"]
    assert _letterlijk('<p class="a">{{ _("Save") }}</p><script>let x = 1;</script>') == []
    assert _letterlijk('<button value="en">{% if a %}{{ b }}{% endif %}</button>') == []
    assert _letterlijk("<p>{% trans %}Hello {{ n }} there{% endtrans %} Hoi</p>") == ["Hoi"]
