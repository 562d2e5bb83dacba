# SPDX-License-Identifier: EUPL-1.2
"""`make openapi`: write the API's OpenAPI document to docs/openapi.json.

The committed copy is the contract: tests/adapters/api/test_openapi.py fails while the
document the server gives differs from it. A deliberate API change regenerates it in the
same commit (``python scripts/openapi.py``; ``--check`` only compares).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parents[1]
SNAPSHOT = ROOT / "docs/openapi.json"


def document() -> dict[str, Any]:
    from hartslag.adapters.api.app import create_app

    return create_app(None).openapi()  # type: ignore[arg-type]


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    tekst = render(document())
    if "--check" in argv:
        if SNAPSHOT.read_text(encoding="utf-8") != tekst:
            print("docs/openapi.json is out of date: run python scripts/openapi.py")
            return 1
        return 0
    SNAPSHOT.write_text(tekst, encoding="utf-8")
    print(f"wrote {SNAPSHOT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
