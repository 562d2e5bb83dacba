# SPDX-License-Identifier: EUPL-1.2
"""The committed front-end files are exactly the pinned npm versions, with their licences."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

VENDOR = Path(__file__).parents[3] / "src/hartslag/adapters/web/static/vendor"


def test_every_pinned_package_is_committed_at_its_pinned_version() -> None:
    pins = {p["name"]: p for p in json.loads((VENDOR / "assets.json").read_text())["packages"]}
    manifest = {p["name"]: p for p in json.loads((VENDOR / "MANIFEST.json").read_text())}
    assert manifest.keys() == pins.keys()
    for naam, pin in pins.items():
        assert manifest[naam]["version"] == pin["version"], naam
        verwacht = {Path(f).name for f in [*pin["files"], *pin["licence"]]}
        assert {Path(f).name for f in manifest[naam]["files"]} == verwacht, naam
        assert manifest[naam]["integrity"].startswith("sha512-"), naam


def test_committed_files_are_unchanged_since_make_assets() -> None:
    for pakket in json.loads((VENDOR / "MANIFEST.json").read_text()):
        for relatief, sha256 in pakket["files"].items():
            inhoud = (VENDOR / relatief).read_bytes()
            assert hashlib.sha256(inhoud).hexdigest() == sha256, relatief


def test_no_page_asset_loads_from_another_host() -> None:
    for css in VENDOR.glob("*/*.css"):
        tekst = css.read_text(errors="replace")
        assert "@import url(http" not in tekst, css
