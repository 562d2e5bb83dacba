# SPDX-License-Identifier: EUPL-1.2
"""Sample a reproducible demo dataset: signals of recurring problems, repeat contacts,
a planted spike and background noise, spread over a realistic calendar.

All randomness flows from one ``random.Random(seed)``; nothing reads the clock.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from random import Random

from hartslag.demo import kenmerken
from hartslag.demo.dataset import DemoDataset
from hartslag.demo.kalender import KANTOORKANALEN, moment_on
from hartslag.demo.melders import Melders
from hartslag.demo.organisaties import PROFIEL, PROFIELEN, Profiel
from hartslag.demo.persoonsgegevens import Persoon
from hartslag.demo.probleem import Probleem
from hartslag.demo.problemen import CATALOGUS, beschrijving
from hartslag.demo.ruis import RUIS
from hartslag.demo.tekst import Opdracht
from hartslag.demo.tijdlijn import Periode
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Polariteit

RUIS_AANDEEL = 0.15
# Scales the catalogue's volumes so that scale=1.0 gives about 6,000 signals in all.
VOLUMEFACTOR = 0.94
_BEZWAREN = (Brontype.KLACHT, Brontype.BEZWAAR, Brontype.BEROEP)
# Channels where people often leave the subject empty, so the title is the first words.
_ZONDER_ONDERWERP = (Kanaal.WEBFORMULIER, Kanaal.SOCIALE_MEDIA)


@dataclass
class _Contact:
    volgnummer: int
    probleem: Probleem
    ruis: bool
    dag: datetime.date
    persoon: Persoon
    signaal: dict[str, object]
    slots: dict[str, str]
    vorige: _Contact | None = None
    referentie: str = ""

    @property
    def organisatie(self) -> str:
        return str(self.signaal["organisatie"])

    @property
    def melder_id(self) -> str | None:
        waarde = self.signaal["melderId"]
        return waarde if isinstance(waarde, str) else None


@dataclass
class _Generator:
    rng: Random
    periode: Periode
    scale: float
    melders: Melders = field(init=False)
    contacten: list[_Contact] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.melders = Melders(self.rng)

    def _melder_en_kanaal(
        self, probleem: Probleem, profiel: Profiel, ruis: bool, vorige: _Contact | None
    ) -> tuple[Meldertype, Kanaal, bool]:
        if vorige is not None:
            melder = Meldertype(str(vorige.signaal["meldertype"]))
            via = Kanaal(str(vorige.signaal["kanaal"]))
            if self.rng.random() < 0.5:
                via = kenmerken.kanaal(self.rng, melder, profiel)
            return melder, (Kanaal.TELEFOON if via == Kanaal.SOCIALE_MEDIA else via), False
        if self.rng.random() < (0.12 if ruis else 0.05):
            return Meldertype.BURGER, kenmerken.gewogen(self.rng, kenmerken.GEVRAAGD_KANAAL), True
        melder = kenmerken.meldertype(self.rng, probleem, ruis)
        return melder, kenmerken.kanaal(self.rng, melder, profiel), False

    def _brontype(
        self, probleem: Probleem, melder: Meldertype, via: Kanaal, gevraagd: bool, herhaling: bool
    ) -> Brontype:
        if gevraagd:
            return Brontype.ONDERZOEK if self.rng.random() < 0.6 else Brontype.FEEDBACK
        if herhaling and via != Kanaal.PERSOONLIJK and self.rng.random() < 0.3:
            return Brontype.KLACHT
        bron = kenmerken.brontype(self.rng, melder, via)
        if probleem.polariteit == Polariteit.POSITIEF:
            return Brontype.GESPREK if via.value in KANTOORKANALEN else Brontype.FEEDBACK
        if probleem.polariteit == Polariteit.NEUTRAAL and bron in _BEZWAREN:
            return Brontype.VRAAG
        return bron

    # --- one signal --------------------------------------------------------------------
    def contact(
        self,
        probleem: Probleem,
        profiel: Profiel,
        dag: datetime.date,
        *,
        ruis: bool = False,
        vorige: _Contact | None = None,
    ) -> _Contact | None:
        rng = self.rng
        melder, via, gevraagd = self._melder_en_kanaal(probleem, profiel, ruis, vorige)
        kantoordag = self.periode.kantoordag(dag, via.value, vorige is not None)
        if kantoordag is None:
            return None
        bron = self._brontype(probleem, melder, via, gevraagd, vorige is not None)
        persoon = (
            vorige.persoon
            if vorige
            else self.melders.voor(probleem, profiel, dag, melder in kenmerken.BURGERS)
        )
        opdracht = Opdracht(
            rng=rng,
            probleem=probleem,
            ruis=ruis,
            profiel=profiel,
            persoon=persoon,
            meldertype=melder,
            kanaal=via,
            brontype=bron,
            polariteit=kenmerken.polariteit(rng, bron, gevraagd, probleem),
            gevraagd=gevraagd,
            dag=kantoordag,
            pii=rng.random() < (0.05 if gevraagd else kenmerken.PII_KANS[via]),
            herhaling=0 if vorige is None else 1 + _keten_lengte(vorige),
            eerder=vorige.dag if vorige else None,
            eerdere=vorige.slots if vorige else {},
        )
        melder_id = (
            persoon.melder_id()
            if vorige
            else kenmerken.melder_id(rng, melder, via, gevraagd, persoon)
        )
        signaal = _signaal(opdracht, melder_id)
        nieuw = _Contact(
            len(self.contacten), probleem, ruis, kantoordag, persoon, signaal, opdracht.vast, vorige
        )
        self.contacten.append(nieuw)
        return nieuw

    # --- many signals ------------------------------------------------------------------
    def probleem(self, probleem: Probleem) -> None:
        # Catalogue volumes are per 18 months; the spike lives in its last weeks only.
        duur = 1.0 if probleem.piek else self.periode.months / 18
        for code, aandeel in probleem.organisaties.items():
            profiel = PROFIEL[code]
            aantal = round(probleem.volume * aandeel * self.scale * duur * VOLUMEFACTOR)
            if aantal <= 0:
                continue
            gewichten = self.periode.gewichten(probleem, profiel)
            for dag in self.rng.choices(self.periode.dagen, cum_weights=gewichten, k=aantal):
                eerste = self.contact(probleem, profiel, dag)
                if eerste is not None:
                    self._herhalingen(eerste)

    def _herhalingen(self, eerste: _Contact) -> None:
        """The same person contacting again about the same problem, days or weeks later."""
        kan_herhalen = (
            eerste.melder_id is not None
            and eerste.signaal["meldertype"] in {m.value for m in kenmerken.BURGERS}
            and not eerste.signaal["gevraagd"]
        )
        if not kan_herhalen or self.rng.random() >= eerste.probleem.herhaalkans:
            return
        vorige = eerste
        profiel = PROFIEL[eerste.organisatie]
        for _ in range(self.rng.choice((1, 1, 1, 2, 2, 3))):
            wachttijd = min(60, 1 + int(self.rng.expovariate(1 / 9)))
            dag = vorige.dag + datetime.timedelta(days=wachttijd)
            if dag > self.periode.end:
                return
            volgende = self.contact(eerste.probleem, profiel, dag, vorige=vorige)
            if volgende is None:
                return
            vorige = volgende

    def ruis(self, aantal: int) -> None:
        """Background noise: one-off questions and compliments, no recurring problem."""
        gewicht = [profiel.ruis for profiel in PROFIELEN]
        for profiel in self.rng.choices(PROFIELEN, weights=gewicht, k=aantal):
            passend = [r for r in RUIS if "*" in r.organisaties or profiel.code in r.organisaties]
            entry = self.rng.choices(passend, weights=[r.volume for r in passend])[0]
            gewichten = self.periode.gewichten(entry, profiel)
            dag = self.rng.choices(self.periode.dagen, cum_weights=gewichten)[0]
            self.contact(entry, profiel, dag, ruis=True)


def _signaal(o: Opdracht, melder_id: str | None) -> dict[str, object]:
    """Write the text and classify: one signal with exactly the API's attribute names."""
    rng = o.rng
    gemeente = o.profiel.plaats is not None
    o.wie = kenmerken.wie(rng, o.meldertype, o.kanaal, o.persoon, o.pii, gemeente)
    titel, tekst = kenmerken.stijl(o.meldertype, o.kanaal, o.brontype, o.gevraagd)(o)
    if o.kanaal in _ZONDER_ONDERWERP and not o.gevraagd and rng.random() < 0.35:
        titel = _titel_uit(tekst)
    return {
        "organisatie": o.profiel.code,
        "externeReferentie": "",
        "ontvangenOp": moment_on(o.dag, o.kanaal.value, rng),
        "brontype": o.brontype.value,
        "meldertype": o.meldertype.value,
        "kanaal": o.kanaal.value,
        "gevraagd": o.gevraagd,
        "polariteit": o.polariteit.value,
        "impact": kenmerken.impact(rng, o.meldertype, o.probleem),
        "bereik": kenmerken.bereik(rng, o.meldertype, o.probleem).value,
        "themas": kenmerken.themas(rng, o.probleem),
        "levensgebeurtenis": kenmerken.levensgebeurtenis(rng, o.probleem),
        "regelgeving": kenmerken.regelgeving(rng, o.meldertype, o.probleem),
        "titel": titel,
        "tekst": tekst,
        "melderId": melder_id,
        "contact": kenmerken.contact(rng, o.meldertype, o.kanaal, o.brontype, o.persoon),
    }


def _titel_uit(tekst: str, lengte: int = 60) -> str:
    """A title made of the first sentence, shortened at a word boundary."""
    eerste = re.split(r"(?<=[.!?])\s|\n", tekst.strip(), maxsplit=1)[0].strip()
    if len(eerste) <= lengte:
        return eerste
    return eerste[:lengte].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _keten_lengte(contact: _Contact) -> int:
    """How many contacts precede this one in its chain of repeat contacts."""
    lengte = 0
    while contact.vorige is not None:
        lengte += 1
        contact = contact.vorige
    return lengte


def _nummer(contacten: list[_Contact]) -> list[_Contact]:
    """Order by arrival and give each organisation's signals consecutive references."""
    geordend = sorted(
        contacten,
        key=lambda c: (c.signaal["ontvangenOp"], c.volgnummer),
    )
    tellers: dict[str, int] = {}
    for contact in geordend:
        code = contact.organisatie
        tellers[code] = tellers.get(code, 0) + 1
        contact.referentie = f"DEMO-{code}-{tellers[code]:06d}"
        contact.signaal["externeReferentie"] = contact.referentie
    return geordend


def _waarheid(contact: _Contact) -> dict[str, object]:
    return {
        "organisatie": contact.organisatie,
        "externeReferentie": contact.referentie,
        "probleem": None if contact.ruis else contact.probleem.id,
        "herhaalcontactVan": contact.vorige.referentie if contact.vorige else None,
    }


def generate(
    *,
    seed: int = 42,
    end: datetime.date = datetime.date(2026, 10, 31),
    months: int = 18,
    scale: float = 1.0,
) -> DemoDataset:
    """A reproducible demo dataset: the same arguments always give the same data.

    `months` months of signals ending on `end` (inclusive); `scale` multiplies every
    volume (1.0 gives about 6,000 signals).
    """
    if months < 1:
        raise ValueError(f"months must be at least 1, got {months}")
    if scale <= 0:
        raise ValueError(f"scale must be positive, got {scale}")
    periode = Periode(end, months)
    generator = _Generator(Random(seed), periode, scale)
    for probleem in CATALOGUS:
        generator.probleem(probleem)
    generator.ruis(round(len(generator.contacten) * RUIS_AANDEEL / (1 - RUIS_AANDEEL)))
    contacten = _nummer(generator.contacten)
    return DemoDataset(
        organisaties=[profiel.organisatie for profiel in PROFIELEN],
        signalen=[contact.signaal for contact in contacten],
        grondwaarheid=[_waarheid(contact) for contact in contacten],
        problemen=[beschrijving(probleem, end) for probleem in CATALOGUS],
        seed=seed,
        start=periode.start,
        end=end,
    )
