# SPDX-License-Identifier: EUPL-1.2
"""The demo organisations and how their signal volume moves through the year."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoOrganisatie:
    code: str
    naam: str


@dataclass(frozen=True)
class Profiel:
    """What the generator needs to know about an organisation to write its signals."""

    organisatie: DemoOrganisatie
    kort: str
    handle: str
    seizoen: tuple[float, ...]
    ruis: float
    teams: tuple[str, ...]
    systemen: tuple[str, ...]
    plaats: str | None = None
    balie: float = 0.3

    @property
    def code(self) -> str:
        return self.organisatie.code


# Month multipliers, January first.
AANGIFTE = (0.6, 0.9, 2.2, 2.6, 1.6, 0.7, 0.5, 0.5, 0.6, 0.7, 0.7, 0.6)
JAARWISSELING = (2.0, 1.4, 1.0, 0.9, 0.9, 0.8, 0.9, 0.8, 0.9, 0.9, 0.9, 1.3)
STUDIEJAAR = (1.0, 0.9, 0.7, 0.7, 0.7, 0.8, 1.0, 1.9, 2.0, 1.2, 0.9, 0.8)
ZOMERDIP = (1.1, 1.0, 1.0, 1.0, 1.0, 1.0, 0.75, 0.75, 1.05, 1.05, 1.05, 0.9)

PROFIELEN = (
    Profiel(
        DemoOrganisatie("BD", "Belastingdienst"),
        kort="de Belastingdienst",
        handle="@Belastingdienst",
        seizoen=(1.0, 1.1, 1.6, 1.7, 1.4, 0.9, 0.75, 0.7, 0.9, 1.0, 0.9, 0.8),
        ruis=1.6,
        teams=(
            "BelastingTelefoon",
            "team Particulieren",
            "team Inning",
            "Klantcontact Schriftelijk",
            "Servicepunt Zwolle",
        ),
        systemen=("Mijn Belastingdienst", "het online aangifteprogramma", "de betaalomgeving"),
        balie=0.15,
    ),
    Profiel(
        DemoOrganisatie("DT", "Dienst Toeslagen"),
        kort="Toeslagen",
        handle="@Toeslagen",
        seizoen=(2.1, 1.4, 1.0, 1.0, 0.9, 0.8, 0.9, 0.8, 1.0, 1.0, 0.9, 1.2),
        ruis=1.2,
        teams=(
            "BelastingTelefoon Toeslagen",
            "team Terugvorderingen",
            "team Klantbehandeling",
            "Hersteloperatie",
        ),
        systemen=("Mijn toeslagen", "het toeslagenportaal", "de wijzigingsmodule"),
        balie=0.15,
    ),
    Profiel(
        DemoOrganisatie("UWV", "UWV"),
        kort="het UWV",
        handle="@UWV",
        seizoen=ZOMERDIP,
        ruis=1.2,
        teams=("Klantcontactcentrum", "team WW", "Sociaal Medische Zaken", "WERKbedrijf"),
        systemen=("Mijn UWV", "de werkmap", "het formulier inkomstenopgave"),
        balie=0.3,
    ),
    Profiel(
        DemoOrganisatie("DUO", "Dienst Uitvoering Onderwijs"),
        kort="DUO",
        handle="@DUO",
        seizoen=(1.0, 0.9, 0.8, 0.8, 0.8, 0.9, 1.1, 1.7, 1.8, 1.2, 0.9, 0.8),
        ruis=1.0,
        teams=(
            "Klantenservice",
            "team Terugbetalen",
            "team Controle Uitwonendenbeurs",
            "team Studiefinanciering",
        ),
        systemen=("Mijn DUO", "het aflosportaal", "de reisproductmodule"),
        balie=0.1,
    ),
    Profiel(
        DemoOrganisatie("SVB", "Sociale Verzekeringsbank"),
        kort="de SVB",
        handle="@SVB_nl",
        seizoen=(1.1, 1.0, 1.0, 1.1, 1.0, 1.0, 1.05, 0.85, 1.0, 1.1, 1.0, 0.95),
        ruis=0.8,
        teams=("Klantcontact", "team AOW", "team Kinderbijslag", "team Pgb", "kantoor Buitenland"),
        systemen=("Mijn SVB", "Mijn pgb", "het declaratieportaal"),
        balie=0.2,
    ),
    Profiel(
        DemoOrganisatie("CAK", "CAK"),
        kort="het CAK",
        handle="@hetCAK",
        seizoen=(1.5, 1.2, 1.0, 1.0, 0.9, 0.9, 0.9, 0.8, 0.9, 1.0, 1.0, 0.9),
        ruis=0.6,
        teams=("Klantenservice", "team Eigen Bijdrage", "team Regelingen Wanbetalers"),
        systemen=("Mijn CAK", "de rekenhulp eigen bijdrage"),
        balie=0.05,
    ),
    Profiel(
        DemoOrganisatie("GEM-UTR", "Gemeente Utrecht"),
        kort="de gemeente",
        handle="@gemeenteutrecht",
        seizoen=(1.1, 1.0, 1.0, 1.1, 1.1, 1.0, 0.8, 0.8, 1.0, 1.1, 1.1, 0.9),
        ruis=1.1,
        teams=(
            "Werk en Inkomen",
            "buurtteam Overvecht",
            "Schuldhulpverlening",
            "Publiekszaken",
            "Wmo-loket",
        ),
        systemen=("het aanvraagportaal", "de afsprakenmodule", "Mijn Loket"),
        plaats="Utrecht",
        balie=1.6,
    ),
    Profiel(
        DemoOrganisatie("GEM-RTD", "Gemeente Rotterdam"),
        kort="de gemeente",
        handle="@gemeenterotterdam",
        seizoen=(1.1, 1.0, 1.05, 1.1, 1.05, 1.0, 0.8, 0.8, 1.0, 1.1, 1.1, 0.9),
        ruis=1.0,
        teams=(
            "Werk en Inkomen",
            "wijkteam Feijenoord",
            "Kredietbank Rotterdam",
            "Stadswinkel",
            "Vraagwijzer",
        ),
        systemen=("het aanvraagportaal", "de afsprakenmodule", "Mijn Loket"),
        plaats="Rotterdam",
        balie=1.6,
    ),
)

PROFIEL = {profiel.code: profiel for profiel in PROFIELEN}
