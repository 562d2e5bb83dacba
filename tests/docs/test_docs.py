# SPDX-License-Identifier: EUPL-1.2
"""Docs cannot drift: every setting and every error code is documented."""

from __future__ import annotations

import re
import typing
from pathlib import Path

from hartslag.adapters.bestanden import BestandFoutCode
from hartslag.config import Settings
from hartslag.domein import fouten, publicatie, uitwisseling, workflow  # noqa: F401  (registers subclasses)

DOCS = Path(__file__).parents[2] / "docs"


def _subclasses(cls: type) -> list[type]:
    return [s for c in cls.__subclasses__() for s in (c, *_subclasses(c))]


def test_every_setting_is_in_the_configuration_page() -> None:
    pagina = (DOCS / "configuration.md").read_text()
    for naam in Settings.model_fields:
        assert f"`HARTSLAG_{naam.upper()}`" in pagina, naam


def test_every_error_code_has_a_section() -> None:
    koppen = set(re.findall(r"^## (\S+)$", (DOCS / "errors.md").read_text(), re.MULTILINE))
    codes = {c.code for c in _subclasses(fouten.HartslagFout) if c.code != "fout"}
    codes |= set(typing.get_args(BestandFoutCode))
    assert codes <= koppen, codes - koppen
