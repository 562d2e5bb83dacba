# SPDX-License-Identifier: EUPL-1.2
"""Which inputs take text: every string in every request body and query of the OpenAPI
document, and every text option of every command. The sweep must write her data into each
one, or the field must be named here as not free text, with the reason. A field added
later fails the sweep until one of the two is done.

Strings the schema itself restricts (an enum, a uuid, a date or date-time) cannot carry a
sentence and count as not free text without being listed.
"""

from __future__ import annotations

import types
import typing
from typing import Any

import typer

from hartslag.adapters.api.app import create_app
from hartslag.adapters.cli.main import app as cli_app

Veld = tuple[str, str]  # ("PATCH /api/v1/signalen/{id}", "reden" or "?zoek")

_CODE = "a code or identifier of the source system, checked or matched as such"
_CLASSIFICATIE = "a classification label (docs/privacy.md: not pseudonymised, no personal data)"
_ADRES = "the partner's webhook address (a system, not a person)"
_GEHEIM = "a shared signing secret (stored sealed, never shown again)"
_MEDEWERKER = "a staff member or team, kept by name for accountability (docs/privacy.md)"
_CONFIG = "configuration of staff contacts for escalation and reminder mail"

NIET_VRIJ_API: dict[Veld, str] = {
    ("POST /api/v1/signalen", "levensgebeurtenis"): _CLASSIFICATIE,
    ("POST /api/v1/signalen", "regelgeving[]"): _CLASSIFICATIE,
    ("POST /api/v1/signalen", "themas[]"): _CLASSIFICATIE,
    ("GET /api/v1/signalen", "?thema"): _CLASSIFICATIE,
    ("PATCH /api/v1/signalen/{id}", "levensgebeurtenis"): _CLASSIFICATIE,
    ("PATCH /api/v1/signalen/{id}", "regelgeving[]"): _CLASSIFICATIE,
    ("PATCH /api/v1/signalen/{id}", "themas[]"): _CLASSIFICATIE,
    ("POST /api/v1/signalen/{id}/themasuggesties/acceptatie", "themas[]"): _CLASSIFICATIE,
    ("POST /api/v1/knelpunten", "betrokkenOrganisaties[]"): _CODE,
    ("PATCH /api/v1/knelpunten/{id}", "betrokkenOrganisaties[]"): _CODE,
    ("POST /api/v1/knelpunten/{id}/eigenaarschap", "eigenaar.organisatie"): _CODE,
    ("POST /api/v1/knelpunten/{id}/eigenaarschap", "eigenaar.team"): _MEDEWERKER,
    ("POST /api/v1/knelpunten/{id}/eigenaarschap", "eigenaar.persoon"): _MEDEWERKER,
    ("POST /api/v1/knelpunten/vertrokken-medewerkers", "persoon"): _MEDEWERKER,
    ("POST /api/v1/knelpunten/{id}/acties", "eigenaar"): _MEDEWERKER,
    ("PUT /api/v1/uitwisseling/oin", "oin"): _CODE,
    ("GET /api/v1/uitwisseling/gedeeld", "?soort"): _CLASSIFICATIE,
    ("POST /api/v1/partners", "code"): _CODE,
    ("POST /api/v1/partners", "oin"): _CODE,
    ("POST /api/v1/partners", "naam"): "the partner organisation's name, not a person's",
    ("POST /api/v1/partners", "webhookUrl"): _ADRES,
    ("POST /api/v1/partners", "geheim"): _GEHEIM,
    ("POST /api/v1/partners/{code}/sleutels", "geheim"): _GEHEIM,
    ("PUT /api/v1/partners/{code}/abonnement", "webhookUrl"): _ADRES,
    ("POST /api/v1/deelafspraken", "code"): _CODE,
    ("POST /api/v1/deelafspraken", "partner"): _CODE,
    ("POST /api/v1/deelafspraken", "themas[]"): _CLASSIFICATIE,
    ("POST /api/v1/deelafspraken", "velden[]"): "a field name of the exchange vocabulary",
    ("POST /api/v1/duidingssessies", "afspraken[].eigenaar"): _MEDEWERKER,
    ("PATCH /api/v1/duidingssessies/{id}", "afspraken[].eigenaar"): _MEDEWERKER,
    ("PUT /api/v1/opschalingsroute", "niveaus[].leden[].naam"): _CONFIG,
    ("PUT /api/v1/opschalingsroute", "niveaus[].leden[].email"): _CONFIG,
    ("POST /api/v1/agenderingsmomenten", "emailadressen[]"): _CONFIG,
    ("PATCH /api/v1/agenderingsmomenten/{id}", "emailadressen[]"): _CONFIG,
}

NIET_VRIJ_CLI: dict[str, str] = {
    "--organisation": "an organisation code (every command)",
    "import --mapping": "column names of the file",
    "import --format": "a file format",
    "export --format": "a file format",
    "export --brontype": _CLASSIFICATIE,
    "export --meldertype": _CLASSIFICATIE,
    "export --kanaal": _CLASSIFICATIE,
    "export --thema": _CLASSIFICATIE,
    "export --status": _CLASSIFICATIE,
    "export --vanaf": "a date",
    "export --tot": "a date",
    "audit --since": "a date",
    "analyse --since": "a date",
    "analyse --peildatum": "a date",
    "letter --format": "a file format",
    "serve --host": "a network address",
    "db upgrade REVISION": "a migration revision",
    "organisation create CODE": _CODE,
    "organisation create --name": "the organisation's name, not a person's",
    "organisation settings CODE": _CODE,
    "token create --role": "a role",
    "token create --name": _MEDEWERKER,
    "account create --email": _MEDEWERKER + " (the login of a web account)",
    "account create --name": _MEDEWERKER,
    "account create --role": "a role",
    "account disable --email": _MEDEWERKER + " (the login of a web account)",
    "demo load --end": "a date",
    "demo load --url": "a server address",
    "knelpunt transfer --to": _CODE,
    "knelpunt action add --owner": _MEDEWERKER,
    "exchange agreement add CODE": _CODE,
    "exchange agreement add --field": "a field name of the exchange vocabulary",
    "exchange agreement add --from": "a date",
    "exchange agreement add --to": "a date",
    "exchange agreement add --partner": _CODE,
    "exchange agreement add --theme": _CLASSIFICATIE,
    "exchange agreement add --type": "an event type",
    "exchange demo-partner --partner-database": "a database address",
    "exchange demo-partner --partner-url": "a server address",
    "exchange oin OIN": _CODE,
    "exchange outbox --status": _CLASSIFICATIE,
    "exchange partner add CODE": _CODE,
    "exchange partner add --name": "the partner organisation's name, not a person's",
    "exchange partner add --oin": _CODE,
    "exchange partner add --secret": _GEHEIM,
    "exchange partner add --url": _ADRES,
    "exchange partner rotate-secret CODE": _CODE,
    "exchange partner rotate-secret --secret": _GEHEIM,
    "exchange partner subscribe CODE": _CODE,
    "exchange partner subscribe --url": _ADRES,
    "exchange share SOORT": "what is shared: patroon or knelpunt",
    "exchange share-history --since": "a date",
    "exchange share-history --again": "a switch",
    "knelpunt action add --deadline": "a date",
    "organisation settings --display-name": "the organisation's name on letters and pages",
    "organisation settings --sender-address": "the organisation's own sender e-mail address",
    "knelpunt transfer --team": _MEDEWERKER,
    "knelpunt transfer --person": _MEDEWERKER,
    "session create --date": "a date",
    "session update --date": "a date",
    "agenda list --from": "a date",
    "agenda add --date": "a date",
    "agenda add --deadline": "a date",
    "agenda add --email": _CONFIG,
    "agenda edit --date": "a date",
    "agenda edit --deadline": "a date",
    "agenda edit --email": _CONFIG,
}


def _schema(doc: dict[str, Any], s: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in s:
        s = doc["components"]["schemas"][s["$ref"].rsplit("/", 1)[-1]]
    return s


def _strings(doc: dict[str, Any], s: dict[str, Any], pad: str) -> set[str]:
    s = _schema(doc, s)
    for samengesteld in ("anyOf", "oneOf", "allOf"):
        if samengesteld in s:
            return {p for sub in s[samengesteld] for p in _strings(doc, sub, pad)}
    if s.get("type") == "array":
        return _strings(doc, s.get("items", {}), f"{pad}[]")
    if s.get("type") == "object" or "properties" in s:
        return {
            p
            for naam, sub in s.get("properties", {}).items()
            for p in _strings(doc, sub, f"{pad}.{naam}" if pad else naam)
        }
    beperkt = "enum" in s or s.get("format") in ("uuid", "date", "date-time")
    return {pad} if s.get("type") == "string" and not beperkt else set()


def api_text_fields() -> tuple[set[Veld], set[str]]:
    """Every string property of every request body and query, per operation; and the
    operations that take a body."""
    doc = create_app(None).openapi()  # type: ignore[arg-type]
    velden: set[Veld] = set()
    met_body: set[str] = set()
    for pad, operaties in doc["paths"].items():
        for methode, operatie in operaties.items():
            naam = f"{methode.upper()} {pad}"
            if "requestBody" in operatie:
                met_body.add(naam)
                (inhoud,) = operatie["requestBody"]["content"].values()
                velden |= {(naam, p) for p in _strings(doc, inhoud["schema"], "")}
            for parameter in operatie.get("parameters", []):
                if parameter["in"] == "query":
                    gevonden = _strings(doc, parameter["schema"], "?" + parameter["name"])
                    velden |= {(naam, p) for p in gevonden}
    return velden, met_body


def _takes_text(annotation: Any) -> bool:
    if annotation is str:
        return True
    if typing.get_origin(annotation) in (typing.Union, types.UnionType, list):
        return any(_takes_text(a) for a in typing.get_args(annotation))
    return False


def cli_text_options() -> set[str]:
    """Every option or argument of every command that takes text, as "group command --x"
    (or the argument's name in capitals)."""
    result: set[str] = set()

    def walk(commando: Any, naam: str) -> None:
        if hasattr(commando, "commands"):
            for sub, c in commando.commands.items():
                walk(c, f"{naam} {sub}".strip())
            return
        for p in commando.params:
            if _takes_text(p.type_descriptor.annotation):
                optie = p.opts[0] if p.param_type_name == "option" else p.name.upper()
                result.add(f"{naam} {optie}")

    walk(typer.main.get_command(cli_app), "")
    return result


def cli_not_free(optie: str) -> bool:
    return optie in NIET_VRIJ_CLI or optie.rsplit(" ", 1)[-1] in NIET_VRIJ_CLI
