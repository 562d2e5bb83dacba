# SPDX-License-Identifier: EUPL-1.2
"""`make messages`: extract the web pages' messages and update both gettext catalogues.

Messages are written in English in the source, so the ``en`` catalogue repeats them; the
``nl`` catalogue needs a Dutch translation for every one. Lists the Dutch ones still empty
(tests/adapters/web/test_i18n.py fails while any is).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).parents[1]
LOCALE = ROOT / "src/hartslag/adapters/web/locale"
POT = LOCALE / "messages.pot"
PYBABEL = Path(sys.executable).parent / "pybabel"


def run(*args: str) -> None:
    subprocess.run([str(PYBABEL), *args], cwd=ROOT, check=True, capture_output=True)


def main() -> int:
    run(
        "extract",
        "-F",
        "babel.cfg",
        "-k",
        "N_",
        "-k",
        "gettext",
        "--no-location",
        "--sort-output",
        "--project",
        "Hartslag",
        "--omit-header",
        "-o",
        str(POT),
        ".",
    )
    for taal in ("nl", "en"):
        po = LOCALE / taal / "LC_MESSAGES" / "messages.po"
        if po.exists():
            run(
                "update",
                "-i",
                str(POT),
                "-o",
                str(po),
                "-l",
                taal,
                "--no-fuzzy-matching",
                "--ignore-obsolete",
            )
        else:
            run("init", "-i", str(POT), "-o", str(po), "-l", taal)
    en = LOCALE / "en/LC_MESSAGES/messages.po"
    with en.open("rb") as f:
        catalogus = read_po(f, locale="en")
    for bericht in catalogus:
        if bericht.id and not bericht.string:
            bericht.string = bericht.id
    with en.open("wb") as f:
        write_po(f, catalogus, sort_output=True, width=100)
    nl_po = LOCALE / "nl/LC_MESSAGES/messages.po"
    with nl_po.open("rb") as f:
        nl = read_po(f, locale="nl")
    with nl_po.open("wb") as f:  # the same layout as the English one, so diffs stay small
        write_po(f, nl, sort_output=True, width=100)
    open_ = [b.id for b in nl if b.id and not b.string]
    for bericht in open_:
        print(f"nl: no translation yet: {bericht!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
