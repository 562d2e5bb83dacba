# SPDX-License-Identifier: EUPL-1.2
"""`make assets`: fetch the pinned front-end packages from the npm registry and commit-ready
copy the files the web pages use, with their licences, into the web adapter's static folder.

Needs Node.js and npm (only for this command; `make run` needs neither). Writes
``vendor/MANIFEST.json`` with each package's version, npm integrity and the SHA-256 of every
copied file, which the tests compare with the committed files.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

VENDOR = Path(__file__).parents[1] / "src/hartslag/adapters/web/static/vendor"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    pins = json.loads((VENDOR / "assets.json").read_text())["packages"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "package.json").write_text('{"name": "hartslag-assets", "private": true}')
        specs = [f"{p['name']}@{p['version']}" for p in pins]
        subprocess.run(
            [
                "npm",
                "install",
                "--no-audit",
                "--no-fund",
                "--ignore-scripts",
                "--save-exact",
                *specs,
            ],
            cwd=work,
            check=True,
        )
        lock = json.loads((work / "package-lock.json").read_text())["packages"]
        manifest = []
        for p in pins:
            bron = work / "node_modules" / p["name"]
            gepakt = json.loads((bron / "package.json").read_text())
            if gepakt["version"] != p["version"]:
                print(f"{p['name']}: npm gave {gepakt['version']}, pinned {p['version']}")
                return 1
            doel = VENDOR / p["name"].lstrip("@").replace("/", "__")
            shutil.rmtree(doel, ignore_errors=True)
            bestanden = {}
            for relatief in [*p["files"], *p["licence"]]:
                target = doel / Path(relatief).name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(bron / relatief, target)
                bestanden[target.relative_to(VENDOR).as_posix()] = sha256(target)
            manifest.append(
                {
                    "name": p["name"],
                    "version": p["version"],
                    "integrity": lock[f"node_modules/{p['name']}"]["integrity"],
                    "licence": gepakt.get("license"),
                    "files": bestanden,
                }
            )
    (VENDOR / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"{len(manifest)} packages in {VENDOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
