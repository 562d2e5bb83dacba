# SPDX-License-Identifier: EUPL-1.2
"""Audit records: append-only facts of who did what, when and why."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

# The "previous hash" of the first record of every chain.
BEGIN_VAN_KETEN = "0" * 64


class Handeling(StrEnum):
    """The kinds of action the audit trail records."""

    SIGNAAL_GEREGISTREERD = "signaal.geregistreerd"
    SIGNAAL_GEWIJZIGD = "signaal.gewijzigd"
    SIGNAAL_STATUS_GEWIJZIGD = "signaal.status-gewijzigd"
    CONTACT_GELEZEN = "contact.gelezen"
    IMPORT_GESTART = "import.gestart"
    IMPORT_BATCH_OPGESLAGEN = "import.batch-opgeslagen"
    IMPORT_VOLTOOID = "import.voltooid"
    IMPORT_AFGEBROKEN = "import.afgebroken"  # stopped by an error: a rerun starts anew
    EXPORT_GEMAAKT = "export.gemaakt"
    ORGANISATIE_AANGEMAAKT = "organisatie.aangemaakt"
    TOKEN_AANGEMAAKT = "token.aangemaakt"
    TOKEN_INGETROKKEN = "token.ingetrokken"
    ACCOUNT_AANGEMAAKT = "account.aangemaakt"
    ACCOUNT_UITGESCHAKELD = "account.uitgeschakeld"
    ACCOUNT_GEBLOKKEERD = "account.geblokkeerd"
    ACCOUNT_INGELOGD = "account.ingelogd"
    KNELPUNT_AANGEMAAKT = "knelpunt.aangemaakt"
    KNELPUNT_GEWIJZIGD = "knelpunt.gewijzigd"
    KNELPUNT_STATUS_GEWIJZIGD = "knelpunt.status-gewijzigd"
    KNELPUNT_SIGNALEN_GEKOPPELD = "knelpunt.signalen-gekoppeld"
    KNELPUNT_BESLUIT_GENOMEN = "knelpunt.besluit-genomen"
    KNELPUNT_ACTIE_TOEGEVOEGD = "knelpunt.actie-toegevoegd"
    KNELPUNT_ACTIE_GESTART = "knelpunt.actie-gestart"
    KNELPUNT_ACTIE_AFGEROND = "knelpunt.actie-afgerond"
    KNELPUNT_ACTIE_GEANNULEERD = "knelpunt.actie-geannuleerd"
    KNELPUNT_GEVOLGD = "knelpunt.gevolgd"
    EIGENAARSCHAP_AANGEBODEN = "eigenaarschap.aangeboden"
    EIGENAARSCHAP_GEACCEPTEERD = "eigenaarschap.geaccepteerd"
    EIGENAARSCHAP_GEWEIGERD = "eigenaarschap.geweigerd"
    # A partner's answer to a transfer that no longer stands (late, repeated, out of order).
    EIGENAARSCHAP_ANTWOORD_GENEGEERD = "eigenaarschap.antwoord-genegeerd"
    MEDEWERKER_VERTROKKEN = "medewerker.vertrokken"
    KNELPUNT_OPGESCHAALD = "knelpunt.opgeschaald"
    OPSCHALINGSROUTE_GEWIJZIGD = "opschalingsroute.gewijzigd"
    DUIDINGSSESSIE_GEPLAND = "duidingssessie.gepland"
    DUIDINGSSESSIE_GEWIJZIGD = "duidingssessie.gewijzigd"
    DUIDINGSSESSIE_VASTGELEGD = "duidingssessie.vastgelegd"
    KNELPUNT_BESPROKEN = "knelpunt.besproken"
    AGENDERINGSMOMENT_OPGESLAGEN = "agenderingsmoment.opgeslagen"
    AGENDERINGSMOMENT_VERWIJDERD = "agenderingsmoment.verwijderd"
    HERINNERING_VERSTUURD = "herinnering.verstuurd"
    TERUGKOPPELING_OPGESTELD = "terugkoppeling.opgesteld"
    TERUGKOPPELING_GEWIJZIGD = "terugkoppeling.gewijzigd"
    TERUGKOPPELING_GOEDGEKEURD = "terugkoppeling.goedgekeurd"
    PUBLIEKE_TEKST_OPGESTELD = "publieke-tekst.opgesteld"
    PUBLIEKE_TEKST_GEWIJZIGD = "publieke-tekst.gewijzigd"
    PUBLIEKE_TEKST_GOEDGEKEURD = "publieke-tekst.goedgekeurd"
    PUBLIEKE_TEKST_GEPUBLICEERD = "publieke-tekst.gepubliceerd"
    PUBLIEKE_TEKST_INGETROKKEN = "publieke-tekst.ingetrokken"
    AFZENDER_GEWIJZIGD = "organisatie.afzender-gewijzigd"
    BERICHT_VERZONDEN = "bericht.verzonden"
    BERICHT_GEBOUNCED = "bericht.gebounced"
    BERICHT_MISLUKT = "bericht.mislukt"
    BRIEF_GEMAAKT = "knelpuntenbrief.gemaakt"
    # Privacy: none of these records holds personal data, only counts and references.
    ORIGINEEL_GELEZEN = "origineel.gelezen"
    PRIVACYINSTELLINGEN_GEWIJZIGD = "organisatie.privacy-gewijzigd"
    KLUIS_HERVERSLEUTELD = "kluis.herversleuteld"
    KLUIS_ROTATIE_VOLTOOID = "kluis.rotatie-voltooid"
    BEWAARTERMIJN_VERLOPEN_VERWIJDERD = "bewaartermijn.verlopen-verwijderd"
    BETROKKENE_GEZOCHT = "betrokkene.gezocht"
    BETROKKENE_INZAGE_GEGEVEN = "betrokkene.inzage-gegeven"
    BETROKKENE_GEWIST = "betrokkene.gewist"
    SIGNAAL_PERSOONSGEGEVENS_GEWIST = "signaal.persoonsgegevens-gewist"
    ANALYSE_UITGEVOERD = "analyse.uitgevoerd"
    PATROON_GEWIJZIGD = "patroon.gewijzigd"
    THEMASUGGESTIE_GEACCEPTEERD = "themasuggestie.geaccepteerd"
    # Exchange between organisations (docs/uitwisseling.md).
    ORGANISATIE_OIN_GEWIJZIGD = "organisatie.oin-gewijzigd"
    PARTNER_AANGEMAAKT = "partner.aangemaakt"
    PARTNER_GEWIJZIGD = "partner.gewijzigd"
    PARTNERSLEUTEL_VERVANGEN = "partner.sleutel-vervangen"
    DEELAFSPRAAK_VASTGELEGD = "deelafspraak.vastgelegd"
    DEELAFSPRAAK_BEEINDIGD = "deelafspraak.beeindigd"
    GEGEVENS_GEDEELD = "uitwisseling.gedeeld"
    GEGEVENS_ONTVANGEN = "uitwisseling.ontvangen"
    GEBEURTENIS_ONBESTELBAAR = "uitwisseling.onbestelbaar"
    GEBEURTENIS_OPNIEUW_AANGEBODEN = "uitwisseling.opnieuw-aangeboden"


@dataclass(frozen=True)
class Gebeurtenis:
    tijdstip: datetime
    actor: str
    actie: Handeling | str
    onderwerp_type: str
    onderwerp_id: str | None = None
    organisatie_id: int | None = None
    reden: str | None = None
    voor: dict[str, Any] | None = None
    na: dict[str, Any] | None = None
    id: int | None = field(default=None)
    # Set by the store: the chain links (see chain_hash).
    vorige_hash: str | None = field(default=None, compare=False)
    hash: str | None = field(default=None, compare=False)


def chain_hash(vorige: str, g: Gebeurtenis) -> str:
    """The record's link in its organisation's chain: SHA-256 over the previous record's hash
    and every field of this record, in a canonical JSON form. Changing, inserting or
    removing a record breaks every link after it."""
    inhoud = {
        "vorige": vorige,
        "tijdstip": g.tijdstip.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor": g.actor,
        "actie": str(g.actie),
        "onderwerpType": g.onderwerp_type,
        "onderwerpId": g.onderwerp_id,
        "organisatie": g.organisatie_id,
        "reden": g.reden,
        "voor": g.voor,
        "na": g.na,
    }
    tekst = json.dumps(inhoud, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(tekst.encode()).hexdigest()
