# SPDX-License-Identifier: EUPL-1.2
"""What a recurring problem in the demo data is, and phrasings shared between problems.

Every text field holds templates (see ``template``): ``[a|b]`` alternatives and
``{slot}`` values. The perspective differs per field:

- ``onderwerpen``: noun phrases ("terugvordering huurtoeslag") for titles and notes;
- ``ik``: the person themself, first person;
- ``zij``: someone writing about the person, third person with ``{wie}``, ``{zij}``
  (hij/zij), ``{haar}`` (zijn/haar) and ``{hem}`` (hem/haar);
- ``wij``: a professional or supervisor describing what many people run into;
- ``details``, ``gevolgen``: neutral sentences that fit every perspective;
- ``wensen``: what the person asks for, used in first-person texts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from hartslag.domein.vocabulaire import Impactdomein, Impactsoort, Polariteit

Impactregel = tuple[Impactdomein, Impactsoort]

DIENST = (Impactdomein.DIENSTVERLENING, Impactsoort.DIRECT)
DIENST_INDIRECT = (Impactdomein.DIENSTVERLENING, Impactsoort.INDIRECT)
BELEID = (Impactdomein.BELEID, Impactsoort.DIRECT)
BELEID_INDIRECT = (Impactdomein.BELEID, Impactsoort.INDIRECT)
WET = (Impactdomein.WETGEVING, Impactsoort.DIRECT)
WET_INDIRECT = (Impactdomein.WETGEVING, Impactsoort.INDIRECT)


@dataclass(frozen=True)
class Probleem:
    """A recurring problem that produces signals, with many ways to phrase it.

    ``volume`` is the number of first contacts over 18 months at scale 1.0, split over
    ``organisaties`` by their shares; ``herhaalkans`` is the chance that a citizen comes
    back about it; ``seizoen`` (twelve month factors) overrides the organisation's season.
    """

    id: str
    omschrijving: str
    organisaties: Mapping[str, float]
    themas: tuple[str, ...]
    volume: int
    onderwerpen: tuple[str, ...]
    ik: tuple[str, ...]
    zij: tuple[str, ...]
    wij: tuple[str, ...]
    details: tuple[str, ...]
    gevolgen: tuple[str, ...]
    wensen: tuple[str, ...]
    levensgebeurtenissen: tuple[str, ...] = ()
    regelgeving: tuple[str, ...] = ()
    impact: tuple[Impactregel, ...] = (DIENST,)
    seizoen: tuple[float, ...] | None = None
    trend: float = 1.0
    slots: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    bedrag: tuple[int, int] = (150, 2500)
    leeftijd: tuple[int, int] = (21, 80)
    herhaalkans: float = 0.12
    ondernemers: float = 0.02
    bereik: tuple[float, float, float] = (0.6, 0.3, 0.1)
    piek: bool = False
    polariteit: Polariteit | None = None

    @property
    def organisatieoverstijgend(self) -> bool:
        return len(self.organisaties) > 1


# Consequences that many problems share; each problem adds its own as well.
GELDZORGEN = (
    "[Het geld is er [gewoon|simpelweg] niet|Dat geld is er [op dit moment|] niet].",
    "[De huur kan|De vaste lasten kunnen] [deze maand|straks|] niet [meer|] betaald worden.",
    "Er dreigen [nu|daardoor|] [betalingsachterstanden|schulden|aanmaningen met extra kosten].",
    "[Er blijft|Na de vaste lasten blijft er] [bijna|] niets over om van te leven.",
    "Het huishouden [staat financieel met de rug tegen de muur|zit [financieel|] klem].",
)
ONZEKERHEID = (
    "[Dit geeft|Er is] [veel|grote|enorm veel] [onzekerheid|onrust|stress][ in het gezin| thuis|].",
    "[Niemand|Geen enkele medewerker] [kan|kon] [uitleggen|zeggen] hoe het nu verder gaat.",
    "[Slapeloze nachten|Veel zorgen|Spanning] [door deze situatie|hierover|om deze kwestie].",
)
TIJDVERLIES = (
    "[Er is al|Inmiddels is er] {n} keer [gebeld|contact geweest] zonder [oplossing|resultaat].",
    "[Het kost enorm veel tijd|Het heeft al uren gekost] om [dit uit te zoeken|hier "
    "duidelijkheid over te krijgen].",
    "[Telkens|Steeds] [een andere medewerker|iemand anders] aan de lijn met [een ander "
    "verhaal|een ander antwoord].",
)
