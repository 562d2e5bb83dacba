# SPDX-License-Identifier: EUPL-1.2
"""Request and response bodies of the bottleneck resources."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import Field

from hartslag.adapters.api.actieschemas import ActieWeergave, actie_weergave
from hartslag.adapters.api.wijziging import Wijziging, niet_leeg
from hartslag.domein.knelpunt import Casus, Eigenaar, Knelpunt, Knelpuntstatus, Laag
from hartslag.domein.vocabulaire import Bereik, Impactdomein
from hartslag.services.invoer import Schema
from hartslag.services.knelpunten import Knelpuntcijfers, NieuwKnelpunt

Tekst = Field(min_length=1, max_length=4000)
MAX_BEREIK = 1_000_000_000  # people; fits a 32-bit integer column


class CasusInvoer(Schema):
    titel: str = Field(min_length=1, max_length=200)
    verhaal: str = Field(
        "", max_length=4000, description="Leeg: uit het signaal (gepseudonimiseerd)."
    )
    signaal_id: uuid.UUID | None = None

    def to_domain(self) -> Casus:
        return Casus(self.titel, self.verhaal, self.signaal_id)


class EigenaarSchema(Schema):
    organisatie: str = Field(min_length=1, max_length=40)
    team: str | None = Field(None, max_length=200)
    persoon: str | None = Field(None, max_length=200)

    def to_domain(self) -> Eigenaar:
        return Eigenaar(self.organisatie, self.team, self.persoon)


class KnelpuntVelden(Schema):
    knellend_mechanisme: str | None = Field(
        None, max_length=2000, description="Welke regel, proces, systeem of wetsartikel"
    )
    lagen: list[Laag] = Field(default_factory=list, max_length=5)
    impactdomeinen: list[Impactdomein] = Field(default_factory=list, max_length=3)
    getroffen_groepen: list[str] = Field(default_factory=list, max_length=20)
    geschat_bereik: int | None = Field(
        None, ge=0, le=MAX_BEREIK, description="Geschat aantal getroffen mensen"
    )
    bereik: Bereik | None = None
    patronen: list[str] = Field(default_factory=list, max_length=50)
    casussen: list[CasusInvoer] = Field(default_factory=list, max_length=20)
    alternatieven: list[str] = Field(default_factory=list, max_length=20)
    gevraagd_besluit: str | None = Field(None, max_length=2000)
    betrokken_organisaties: list[str] = Field(default_factory=list, max_length=20)


STREEFDATUM = (
    "Wanneer het knelpunt opgelost moet zijn; zonder: over het aantal streefdagen van de "
    "opschalingsroute. Daarna telt het als vastgelopen (en voor opschaling)."
)


class KnelpuntNieuw(KnelpuntVelden):
    titel: str = Field(min_length=1, max_length=300)
    omschrijving: str = Tekst
    signaal_ids: list[uuid.UUID] = Field(default_factory=list, max_length=5000)
    streefdatum: date | None = Field(None, description=STREEFDATUM)

    def to_domain(self) -> NieuwKnelpunt:
        return NieuwKnelpunt(
            titel=self.titel,
            omschrijving=self.omschrijving,
            knellend_mechanisme=self.knellend_mechanisme,
            lagen=tuple(self.lagen),
            impactdomeinen=tuple(self.impactdomeinen),
            getroffen_groepen=tuple(self.getroffen_groepen),
            geschat_bereik=self.geschat_bereik,
            bereik=self.bereik,
            patronen=tuple(self.patronen),
            casussen=tuple(c.to_domain() for c in self.casussen),
            alternatieven=tuple(self.alternatieven),
            gevraagd_besluit=self.gevraagd_besluit,
            betrokken_organisaties=tuple(self.betrokken_organisaties),
            signaal_ids=tuple(self.signaal_ids),
            streefdatum=self.streefdatum,
        )


class KnelpuntWijziging(Wijziging):
    """A JSON merge patch of the dossier's fields."""

    titel: str | None = niet_leeg(min_length=1, max_length=300)
    omschrijving: str | None = niet_leeg(min_length=1, max_length=4000)
    knellend_mechanisme: str | None = Field(None, max_length=2000)
    lagen: list[Laag] | None = niet_leeg()
    impactdomeinen: list[Impactdomein] | None = niet_leeg()
    getroffen_groepen: list[str] | None = niet_leeg()
    geschat_bereik: int | None = Field(None, ge=0, le=MAX_BEREIK)
    bereik: Bereik | None = None
    patronen: list[str] | None = niet_leeg()
    casussen: list[CasusInvoer] | None = niet_leeg()
    alternatieven: list[str] | None = niet_leeg()
    gevraagd_besluit: str | None = Field(None, max_length=2000)
    betrokken_organisaties: list[str] | None = niet_leeg()
    agenderingsmoment_id: uuid.UUID | None = None
    streefdatum: date | None = Field(None, description=STREEFDATUM)
    reden: str | None = Field(None, max_length=2000)

    def wijzigingen(self) -> dict[str, Any]:
        velden: dict[str, Any] = {}
        for naam in self.model_fields_set - {"reden"}:
            waarde = getattr(self, naam)
            if naam == "casussen":
                waarde = tuple(c.to_domain() for c in waarde or [])
            elif isinstance(waarde, list):
                waarde = tuple(waarde)
            velden[naam] = waarde
        return velden


class Overgang(Schema):
    status: Knelpuntstatus
    reden: str = Field(min_length=1, max_length=2000)
    samengevoegd_in: uuid.UUID | None = Field(
        None, description="Verplicht bij status samengevoegd: het knelpunt waarin dit opgaat"
    )


class Overdracht(Schema):
    eigenaar: EigenaarSchema
    reden: str = Field(min_length=1, max_length=2000)


class Reactie(Schema):
    reden: str | None = Field(None, max_length=2000)


class BesluitNieuw(Schema):
    omschrijving: str = Field(min_length=1, max_length=2000)
    motivering: str = Field(min_length=1, max_length=4000)


class SignaalKoppeling(Schema):
    signaal_ids: list[uuid.UUID] = Field(min_length=1, max_length=5000)


class CasusWeergave(Schema):
    titel: str
    verhaal: str
    signaal_id: uuid.UUID | None


class BesluitWeergave(Schema):
    omschrijving: str
    motivering: str
    genomen_door: str
    genomen_op: datetime


class CijfersWeergave(Schema):
    aantal_signalen: int
    per_organisatie: dict[str, int]
    per_maand: dict[str, int] = Field(
        description="Signalen per maand (JJJJ-MM), live uit de koppelingen"
    )
    per_bereik: dict[str, int]
    eerste_signaal_op: datetime | None
    melders_met_contact: int
    organisaties: list[str]


def cijfers_weergave(c: Knelpuntcijfers) -> CijfersWeergave:
    return CijfersWeergave(**c.__dict__)


class KnelpuntWeergave(Schema):
    id: uuid.UUID
    organisatie: str
    titel: str
    omschrijving: str
    status: Knelpuntstatus
    knellend_mechanisme: str | None
    lagen: list[Laag]
    impactdomeinen: list[Impactdomein]
    getroffen_groepen: list[str]
    geschat_bereik: int | None
    bereik: Bereik | None
    patronen: list[str]
    casussen: list[CasusWeergave]
    alternatieven: list[str]
    gevraagd_besluit: str | None
    besluiten: list[BesluitWeergave]
    acties: list[ActieWeergave]
    betrokken_organisaties: list[str]
    eigenaar: EigenaarSchema | None
    eigenaar_sinds: datetime | None
    voorgestelde_eigenaar: EigenaarSchema | None = Field(
        description="Overdracht die nog niet is geaccepteerd; "
        "tot dan blijft de eigenaar verantwoordelijk."
    )
    samengevoegd_in: uuid.UUID | None
    niet_opgelost_reden: str | None
    agenderingsmoment_id: uuid.UUID | None
    streefdatum: date | None = Field(description="Wanneer het opgelost moet zijn")
    opschalingsniveau: int
    opgeschaald_op: datetime | None
    laatste_voortgang_op: datetime
    aangemaakt_op: datetime
    aangemaakt_door: str
    afgerond_op: datetime | None
    cijfers: CijfersWeergave | None = None
    links: dict[str, dict[str, str]] = Field(alias="_links")


def _eigenaar(e: Eigenaar | None) -> EigenaarSchema | None:
    return EigenaarSchema(organisatie=e.organisatie, team=e.team, persoon=e.persoon) if e else None


def knelpunt_weergave(k: Knelpunt, cijfers: Knelpuntcijfers | None = None) -> KnelpuntWeergave:
    pad = f"/api/v1/knelpunten/{k.id}"
    return KnelpuntWeergave(
        id=k.id,
        organisatie=k.organisatie,
        titel=k.titel,
        omschrijving=k.omschrijving,
        status=k.status,
        knellend_mechanisme=k.knellend_mechanisme,
        lagen=list(k.lagen),
        impactdomeinen=list(k.impactdomeinen),
        getroffen_groepen=list(k.getroffen_groepen),
        geschat_bereik=k.geschat_bereik,
        bereik=k.bereik,
        patronen=list(k.patronen),
        casussen=[
            CasusWeergave(titel=c.titel, verhaal=c.verhaal, signaal_id=c.signaal_id)
            for c in k.casussen
        ],
        alternatieven=list(k.alternatieven),
        gevraagd_besluit=k.gevraagd_besluit,
        besluiten=[BesluitWeergave(**b.__dict__) for b in k.besluiten],
        acties=[actie_weergave(a) for a in k.acties],
        betrokken_organisaties=list(k.betrokken_organisaties),
        eigenaar=_eigenaar(k.eigenaar),
        eigenaar_sinds=k.eigenaar_sinds,
        voorgestelde_eigenaar=_eigenaar(k.voorgestelde_eigenaar),
        samengevoegd_in=k.samengevoegd_in,
        niet_opgelost_reden=k.niet_opgelost_reden,
        agenderingsmoment_id=k.agenderingsmoment_id,
        streefdatum=k.streefdatum,
        opschalingsniveau=k.opschalingsniveau,
        opgeschaald_op=k.opgeschaald_op,
        laatste_voortgang_op=k.laatste_voortgang_op,
        aangemaakt_op=k.aangemaakt_op,
        aangemaakt_door=k.aangemaakt_door,
        afgerond_op=k.afgerond_op,
        cijfers=cijfers_weergave(cijfers) if cijfers else None,
        links={
            "self": {"href": pad},
            "historie": {"href": f"{pad}/historie"},
            "overgangen": {"href": f"{pad}/overgangen"},
            "eigenaarschap": {"href": f"{pad}/eigenaarschap"},
            "brief": {"href": f"{pad}/brief"},
            "duidingssessies": {"href": f"/api/v1/duidingssessies?knelpuntId={k.id}"},
            **(
                {"agenderingsmoment": {"href": f"/api/v1/agenderingsmomenten/{moment}"}}
                if (moment := k.agenderingsmoment_id)
                else {}
            ),
        },
    )


class KnelpuntLijst(Schema):
    knelpunten: list[KnelpuntWeergave]
    totaal: int
