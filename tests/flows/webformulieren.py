# SPDX-License-Identifier: EUPL-1.2
"""The web forms that take free text, filled with her data as a browser would post them
(session cookie, CSRF token), without a browser: the escalation route's level names and
an import whose file name and rows name her."""

from __future__ import annotations

import json
import re
import time

import httpx

from hartslag.domein.vocabulaire import Rol
from hartslag.services import accounts
from hartslag.services.context import Context
from tests.flows.persoonsgegevens import BSN, NAAM, PII, TELEFOON

WACHTWOORD = "een lang wachtwoord voor de test"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def _csrf(client: httpx.Client, pad: str) -> tuple[str, str]:
    r = client.get(pad)
    assert r.status_code == 200, (pad, r.status_code)
    gevonden = _CSRF.search(r.text)
    assert gevonden, f"no CSRF token on {pad}"
    return gevonden.group(1), str(r.url.path)


def _log_in(client: httpx.Client, ctx: Context) -> None:
    accounts.create_account(ctx, "UWV", "beheer@uwv.example", Rol.BEHEERDER, WACHTWOORD)
    token, _ = _csrf(client, "/inloggen")
    form = {"csrf": token, "email": "beheer@uwv.example", "wachtwoord": WACHTWOORD}
    assert client.post("/inloggen", data={**form, "volgende": "/"}).status_code == 303


def _import(client: httpx.Client) -> str:
    token, _ = _csrf(client, "/import")
    rij = {"tekst": PII, "brontype": "klacht", "meldertype": "burger", "kanaal": "balie"}
    bestand = (f"brief mevrouw {NAAM} {BSN}.jsonl", json.dumps(rij) + "\n", "application/json")
    r = client.post("/import", data={"csrf": token}, files={"bestand": bestand})
    assert r.status_code == 303, r.text
    pad = r.headers["location"]
    token, _ = _csrf(client, pad)
    koppeling = {f"kolom-{i}": k for i, k in enumerate(rij)}
    assert client.post(pad, data={"csrf": token, **koppeling}).status_code == 303
    einde = time.monotonic() + 60  # the import runs in a thread of the server
    while "data-bezig" in (stand := client.get(f"{pad}/voortgang").text):
        assert time.monotonic() < einde, "the web import did not finish"
        time.sleep(0.05)
    return stand


def fill_web_forms(site: str, ctx: Context) -> list[tuple[str, str]]:
    """Post her data through the web forms; return the pages shown after, to be scanned."""
    with httpx.Client(base_url=site, timeout=30, limits=httpx.Limits(keepalive_expiry=2)) as client:
        _log_in(client, ctx)
        token, _ = _csrf(client, "/beheer")
        niveaus = {"niveau-0-naam": f"mevrouw {NAAM} {TELEFOON}", "niveau-0-dagen": "10"}
        niveaus |= {"niveau-1-naam": "directie", "niveau-1-dagen": "20"}
        r = client.post("/beheer/opschalingsroute", data={"csrf": token, **niveaus})
        assert r.status_code == 303, r.text
        stand = _import(client)
        assert "1 stored" in stand or "1 opgeslagen" in stand, stand
        paginas = [("web /import", stand)]
        return paginas + [(f"web {pad}", client.get(pad).text) for pad in ("/", "/beheer")]
