# SPDX-License-Identifier: EUPL-1.2
"""The intake schema: one validation for every channel (API, bulk import, web form).

Attribute names are the API's camelCase Dutch names; import columns may also use
snake_case. Lenient where people type by hand (``ja``/``nee``, Dutch dates, ``a|b`` lists),
strict where it matters (enums, lengths, e-mail addresses and phone numbers).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    ValidationError,
    field_validator,
)
from pydantic.alias_generators import to_camel

from hartslag.domein.fouten import VeldFout
from hartslag.domein.signaal import Contactgegevens, Impact, SignaalInvoer
from hartslag.domein.vocabulaire import (
    Bereik,
    Brontype,
    Impactdomein,
    Impactsoort,
    Kanaal,
    Meldertype,
    Polariteit,
)

NEDERLAND = ZoneInfo("Europe/Amsterdam")
_JA = {"ja", "j", "true", "waar", "1", "yes", "y"}
_NEE = {"nee", "n", "false", "onwaar", "0", "no", ""}
_DATUMFORMATEN = ("%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%d-%m-%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y")


class Schema(BaseModel):
    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, extra="forbid", frozen=True
    )


class ImpactInvoer(Schema):
    domein: Impactdomein
    soort: Impactsoort = Impactsoort.DIRECT


class ContactInvoer(Schema):
    """Reporter contact details for feedback. Write-only: the API never returns them."""

    naam: str | None = Field(None, max_length=200)
    email: EmailStr | None = None
    telefoon: str | None = Field(None, max_length=40)

    @field_validator("telefoon")
    @classmethod
    def _geldig_telefoonnummer(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            nummer = phonenumbers.parse(value, "NL")
        except phonenumbers.NumberParseException:
            nummer = None
        if nummer is None or not phonenumbers.is_valid_number(nummer):
            raise ValueError("geen geldig telefoonnummer (bijv. 06-12345678 of +31 20 1234567)")
        return phonenumbers.format_number(nummer, phonenumbers.PhoneNumberFormat.E164)


def _parse_tekst(tekst: str) -> Any:
    try:
        return datetime.fromisoformat(tekst)
    except ValueError:
        pass
    for formaat in _DATUMFORMATEN:
        try:
            return datetime.strptime(tekst, formaat)
        except ValueError:
            continue
    return tekst  # pydantic reports it


def _morgen() -> datetime:
    """A day ahead of now, as a bound for 'received at' (clock skew allowed)."""
    return datetime.now(UTC) + timedelta(days=1)


ONBEKEND_REDEN = "ongeldige waarde; zie /api/v1/openapi.json voor wat hier mag"
GEEN_TIJDSTIP = "geen geldige datum/tijd; gebruik ISO 8601 (2026-03-01T09:30:00Z) of 01-03-2026"
BESTAAT_NIET = (
    "deze tijd bestaat niet in Nederland (de klok springt bij de zomertijd van 02:00 naar "
    "03:00); geef de tijd met tijdzone of kies een andere tijd"
)


def _nederlandse_tijd(value: datetime) -> datetime:
    """A naive local time as Dutch time; a time in the spring-forward gap is refused."""
    lokaal = value.replace(tzinfo=NEDERLAND)
    if lokaal.astimezone(UTC).astimezone(NEDERLAND).replace(tzinfo=None) != value:
        raise ValueError(BESTAAT_NIET)
    return lokaal


def parse_tijdstip(value: Any) -> Any:
    """ISO 8601 or a Dutch date; a time without zone is Dutch local time (a local time that
    does not exist, in the spring-forward gap, raises ``ValueError``). Text that is no
    date is returned as it is, for the caller to report."""
    if isinstance(value, str):
        value = _parse_tekst(value.strip())
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = _nederlandse_tijd(value)
        return value.astimezone(UTC)
    return value


def tijdstip(value: Any) -> Any:
    """``parse_tijdstip`` for validators: only a date or date-time is one (no number, no
    Unix time in disguise such as ``0.5``)."""
    if value is None:
        return None
    resultaat = parse_tijdstip(value)
    if not isinstance(resultaat, datetime):
        raise ValueError(GEEN_TIJDSTIP)
    return resultaat


class SignaalNieuw(Schema):
    """A new signal, as the API, an import row or the web form delivers it."""

    tekst: str = Field(
        ..., min_length=1, max_length=20000, description="De inhoud van het signaal."
    )
    brontype: Brontype
    meldertype: Meldertype
    kanaal: Kanaal
    ontvangen_op: datetime | None = Field(
        None,
        description="Wanneer het signaal binnenkwam (standaard: nu). Zonder tijdzone: NL-tijd.",
    )
    gevraagd: bool = Field(False, description="Gevraagd (enquête, panel) of ongevraagd.")
    polariteit: Polariteit | None = None
    impact: list[ImpactInvoer] = Field(default_factory=list)
    bereik: Bereik | None = None
    themas: list[str] = Field(default_factory=list, max_length=20)
    levensgebeurtenis: str | None = Field(None, max_length=200)
    regelgeving: list[str] = Field(default_factory=list, max_length=20)
    titel: str | None = Field(None, max_length=300)
    externe_referentie: str | None = Field(None, max_length=200)
    melder_id: str | None = Field(
        None,
        max_length=200,
        description="Kenmerk van de melder in het bronsysteem (klantnummer, BSN, e-mail, "
        "telefoon). Alleen schrijven: wordt nooit opgeslagen, alleen als sleutel-hash.",
    )
    contact: ContactInvoer | None = Field(
        None, description="Contactgegevens voor terugkoppeling. Alleen schrijven; versleuteld."
    )

    @field_validator("ontvangen_op", mode="before")
    @classmethod
    def _tijdstip(cls, value: Any) -> Any:
        return tijdstip(value)

    @field_validator("ontvangen_op")
    @classmethod
    def _niet_in_toekomst(cls, value: datetime | None) -> datetime | None:
        if value is not None and value > _morgen():
            raise ValueError("ligt in de toekomst")
        return value

    @field_validator("gevraagd", mode="before")
    @classmethod
    def _ja_nee(cls, value: Any) -> Any:
        if isinstance(value, str):
            if value.strip().lower() in _JA:
                return True
            if value.strip().lower() in _NEE:
                return False
        return value

    @field_validator("themas", "regelgeving", mode="before")
    @classmethod
    def _lijst(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [deel.strip() for deel in value.split("|") if deel.strip()]
        return value

    @field_validator("themas")
    @classmethod
    def _themas_klein(cls, value: list[str]) -> list[str]:
        return [thema.strip().lower() for thema in value if thema.strip()]

    @field_validator("impact", mode="before")
    @classmethod
    def _impact_json(cls, value: Any) -> Any:
        if isinstance(value, str):
            if not value.strip():
                return []
            if value.strip().startswith("["):
                return json.loads(value)
            return [{"domein": deel.strip()} for deel in value.split("|") if deel.strip()]
        return value

    def to_invoer(self) -> SignaalInvoer:
        contact = self.contact
        return SignaalInvoer(
            tekst=self.tekst,
            brontype=self.brontype,
            meldertype=self.meldertype,
            kanaal=self.kanaal,
            ontvangen_op=self.ontvangen_op,
            gevraagd=self.gevraagd,
            polariteit=self.polariteit,
            impact=tuple(Impact(i.domein, i.soort) for i in self.impact),
            bereik=self.bereik,
            themas=tuple(self.themas),
            levensgebeurtenis=self.levensgebeurtenis,
            regelgeving=tuple(self.regelgeving),
            titel=self.titel,
            externe_referentie=self.externe_referentie,
            melder_id=self.melder_id,
            contact=Contactgegevens(contact.naam, contact.email, contact.telefoon)
            if contact
            else None,
        )


def veldfouten(fout: ValidationError) -> list[VeldFout]:
    """Every field error, named by its API attribute path, with a Dutch reason.

    The offending input value is never echoed: it may be personal data.
    """
    result = []
    for error in fout.errors(include_input=False, include_url=False):
        result.append(VeldFout(veld=veldnaam(error), reden=reden_voor(error)))
    return result


def veldnaam(error: Any, skip: tuple[str, ...] = ("body", "query")) -> str:
    """Where an error is, by attribute path. An unknown field is named by where it is, not
    by its name: that name is the caller's input and may be personal data."""
    loc = [str(deel) for deel in error.get("loc", ()) if deel not in skip]
    if error.get("type") == "extra_forbidden" and loc:
        loc = loc[:-1]
    return ".".join(loc) or "(verzoek)"


def reden_voor(error: Any) -> str:
    """A Dutch reason for one validation error; never pydantic's English text."""
    soort = error["type"]
    context = error.get("ctx") or {}
    if soort in ("model_attributes_type", "dict_type", "json_invalid", "model_type"):
        return "stuur een JSON-object met Content-Type: application/json"
    if soort == "enum":
        return f"ongeldige waarde; toegestaan: {context.get('expected', '')}"
    if soort in ("string_too_long", "too_long"):
        return f"te lang (hoogstens {context.get('max_length', '?')})"
    if soort.startswith("datetime"):
        return GEEN_TIJDSTIP
    if "email address" in str(error["msg"]):
        return "geen geldig e-mailadres"
    if soort == "value_error":  # our own validators: Dutch already
        return str(error["msg"]).removeprefix("Value error, ")
    return _REDENEN.get(soort, ONBEKEND_REDEN)


def dutch_reasons() -> dict[str, str]:
    """The Dutch reason per error type (the English reasons follow these)."""
    return dict(_REDENEN)


# Dutch reasons for the validation errors a client can cause (pydantic's types); never the
# library's English text.
_REDENEN = {
    "missing": "verplicht veld ontbreekt",
    "extra_forbidden": "bevat een onbekend veld; controleer de namen (camelCase, zie "
    "/api/v1/openapi.json)",
    "string_too_short": "mag niet leeg zijn",
    "too_short": "mag niet leeg zijn",
    "bool_parsing": "gebruik ja/nee (of true/false)",
    "string_type": "moet een tekst zijn",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "int_from_float": "moet een geheel getal zijn",
    "float_type": "moet een getal zijn",
    "float_parsing": "moet een getal zijn",
    "bool_type": "gebruik ja/nee (of true/false)",
    "list_type": "moet een lijst zijn",
    "list_too_long": "te veel items",
    "dict_type": "moet een JSON-object zijn",
    "uuid_type": "moet een UUID zijn",
    "uuid_parsing": "moet een UUID zijn (bijvoorbeeld 3f2c…-…)",
    "date_type": "moet een datum zijn (2026-03-01)",
    "date_parsing": "geen geldige datum; gebruik 2026-03-01",
    "date_from_datetime_parsing": "geen geldige datum; gebruik 2026-03-01",
    "greater_than": "te klein",
    "greater_than_equal": "te klein",
    "less_than": "te groot",
    "less_than_equal": "te groot",
    "literal_error": "ongeldige waarde; zie /api/v1/openapi.json voor de toegestane waarden",
    "string_pattern_mismatch": "heeft niet de vorm die hier hoort",
    "url_parsing": "geen geldige URL",
    "url_type": "geen geldige URL",
    "none_required": "moet leeg (null) zijn",
    "is_instance_of": "ongeldige waarde",
}
