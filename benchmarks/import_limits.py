# SPDX-License-Identifier: EUPL-1.2
"""Peak memory of reading bad import files: a CSV header of a million columns, a CSV cell
and an Excel cell of a gigabyte. Each case reads the file the way `hartslag import` does
(header, then every row) in a fresh process and reports its peak RSS, its time, what came
out (an error, or rows) and how many characters of it would be printed.

    python benchmarks/import_limits.py [--mb 1024] [--src PATH]

``--src`` runs the cases against another checkout's sources (e.g. ``/work/main/src``) to
compare before and after on the same files. The files are made once in a temporary folder
(Excel: the zip is written as a stream, so making it takes little memory).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

_LEES = r"""
import json, resource, sys, time
from pathlib import Path
from hartslag.adapters.bestanden import BestandFout, read_header, read_rows
pad = Path(sys.argv[1])
begin = time.perf_counter()
try:
    kop = read_header(pad)
    rijen = [(r.nummer, (r.fout or "")[:200]) for r in read_rows(pad)]
    uitkomst, tekst = f"{len(kop)} columns, {len(rijen)} rows", " ".join(kop) + repr(rijen)
except BestandFout as fout:
    uitkomst, tekst = f"error {fout.code}", fout.detail
piek = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps([uitkomst, len(tekst), piek, round(time.perf_counter() - begin, 1)]))
"""

# `hartslag import FILE` in this process, as a user runs it: peak RSS and what it printed.
_CLI = r"""
import contextlib, io, json, resource, runpy, sys, time
sys.argv = ["hartslag", "import", sys.argv[1], "--organisation", "UWV"]
uit = io.StringIO()
begin = time.perf_counter()
code = 0
with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(uit):
    try:
        runpy.run_module("hartslag.adapters.cli.main", run_name="__main__")
    except SystemExit as exc:
        code = exc.code
piek = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
tekst = uit.getvalue()
print(json.dumps([f"exit {code}: {tekst.strip()[:40]!r}", len(tekst), piek,
                  round(time.perf_counter() - begin, 1)]))
"""

_KOP_XLSX = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml"'
        ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'sharedStrings+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
        '"xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id='
        '"rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
        '"worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target='
        '"sharedStrings.xml"/></Relationships>'
    ),
    "xl/worksheets/sheet1.xml": (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r='
        '"B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s">'
        "<v>3</v></c></row></sheetData></worksheet>"
    ),
}


def _xlsx(pad: Path, megabytes: int) -> None:
    with zipfile.ZipFile(pad, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for naam, tekst in _KOP_XLSX.items():
            z.writestr(naam, tekst)
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as deel:
            deel.write(
                b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats'
                b'.org/spreadsheetml/2006/main"><si><t>tekst</t></si><si><t>kanaal</t></si><si>'
                b"<t>"
            )
            blok = b"x" * (1024 * 1024)
            for _ in range(megabytes):
                deel.write(blok)
            deel.write(b"</t></si><si><t>email</t></si></sst>")


def _files(map_: Path, megabytes: int) -> dict[str, Path]:
    kop = map_ / "kop.csv"
    with kop.open("w", encoding="utf-8") as f:
        f.write(";".join(f"kolom{i}" for i in range(1_000_000)) + "\ntekst\n")
    cel = map_ / "cel.csv"
    with cel.open("w", encoding="utf-8") as f:
        f.write("tekst;kanaal\n")
        for _ in range(megabytes):
            f.write("x" * (1024 * 1024))
        f.write(";email\ngoed;email\n")
    xlsx = map_ / "cel.xlsx"
    _xlsx(xlsx, megabytes)
    return {"CSV header, 1,000,000 columns": kop, f"CSV cell, {megabytes} MB": cel,
            f"Excel cell, {megabytes} MB": xlsx}  # fmt: skip


def _database(map_: Path, env: dict[str, str]) -> dict[str, str]:
    extra = {
        "HARTSLAG_DATABASE_URL": f"sqlite:///{map_ / 'bench.db'}",
        "HARTSLAG_SECRET_KEY": "benchmark-geheim-met-voldoende-lengte",
    }
    cli = [sys.executable, "-m", "hartslag.adapters.cli.main"]
    for stap in (["db", "upgrade"], ["organisation", "create", "UWV", "--name", "UWV"]):
        subprocess.run([*cli, *stap], env={**env, **extra}, check=True, capture_output=True)
    return extra


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=int, default=1024, help="size of the large cells")
    parser.add_argument("--src", default=str(Path(__file__).resolve().parents[1] / "src"))
    parser.add_argument("--cli", action="store_true", help="run `hartslag import` (SQLite)")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": args.src}
    with tempfile.TemporaryDirectory(prefix="hartslag-limits-") as tmp:
        if args.cli:
            env |= _database(Path(tmp), env)
        print(f"sources: {args.src}; {'hartslag import' if args.cli else 'the readers'}")
        print(f"{'case':32} {'outcome':34} {'printed':>9} {'peak RSS':>9} {'seconds':>8}")
        for naam, pad in _files(Path(tmp), args.mb).items():
            uit = subprocess.run(
                [sys.executable, "-c", _CLI if args.cli else _LEES, str(pad)],
                env=env,
                capture_output=True,
                text=True,
            )
            if uit.returncode:
                fout = (uit.stderr.strip().splitlines() or ["?"])[-1][:60]
                print(f"{naam:32} {'crash: ' + fout:34}")
                continue
            uitkomst, tekens, piek, seconden = json.loads(uit.stdout)
            print(f"{naam:32} {uitkomst:34} {tekens:>9,} {piek:>6} MB {seconden:>8}")


if __name__ == "__main__":
    main()
