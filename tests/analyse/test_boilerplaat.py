# SPDX-License-Identifier: EUPL-1.2
"""Patterns on text where the way people write (salutations, call-note shorthand, chat
lines, standard closings, placeholders, organisation names) is shared by every problem
and differs by channel: the true problems must come out, not the channels."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta

import numpy as np
from sklearn.metrics import homogeneity_score, normalized_mutual_info_score

from hartslag.analyse.clustering import Clusterinstellingen
from hartslag.analyse.pijplijn import Signaalgegevens, analyse
from hartslag.analyse.representatie import Lexicaal

PROBLEMEN = {
    "incasso": (
        "het bedrag is twee keer van mijn rekening afgeschreven",
        "dubbele incasso deze maand, graag het geld terugstorten",
        "de automatische incasso liep door na het intrekken van de machtiging",
        "ik sta rood door de dubbele afschrijving",
    ),
    "afval": (
        "de container is al twee weken niet geleegd",
        "de vuilniswagen is onze straat vergeten",
        "grofvuil is niet opgehaald op de afgesproken dag",
        "de ondergrondse container zit vol, zakken ernaast",
    ),
    "paspoort": (
        "er is geen afspraak vrij voor een nieuw paspoort",
        "de eerste plek voor een identiteitskaart is over drie maanden",
        "mijn afspraak voor het rijbewijs is geannuleerd",
        "ik vertrek op reis maar kan geen paspoort aanvragen",
    ),
    "bezwaar": (
        "op mijn bezwaarschrift is na vier maanden nog geen beslissing",
        "de beslistermijn van het bezwaar is verstreken",
        "ik hoor niets over mijn bezwaar tegen de beschikking",
        "mijn bezwaar is niet eens ontvangen volgens de medewerker",
    ),
}
# Register by channel: every problem is written in every register.
REGISTERS = {
    "brief": (
        "Geachte heer/mevrouw,\n\nHierbij wil ik u het volgende laten weten. {} "
        "Ik verzoek u vriendelijk hier spoedig op te reageren.\n\nMet vriendelijke groet,\n"
        "[PERSOON-1]\n[ADRES-1]"
    ),
    "telefoon": (
        "Tel. contact: klt belt ivm {}. Klt geinformeerd over de procedure, tb afgesproken "
        "binnen 5 werkdagen. Dossier bijgewerkt in het klantsysteem."
    ),
    "chat": (
        "Medewerker: Goedemiddag, u chat met Sanne van het Klantcontactcentrum. Waarmee kan "
        "ik u helpen?\nKlant: {}\nMedewerker: Dank voor uw bericht, ik zet het door naar de "
        "juiste afdeling."
    ),
    "email": (
        "Beste medewerker van de Gemeentelijke Belastingdienst,\n\n{}\n\nGroeten,\n"
        "[PERSOON-1]\nTel: [TELEFOON-1]\n\nVerzonden vanaf mijn iPhone"
    ),
}


def corpus(per_combinatie: int = 12, seed: int = 5) -> tuple[list[Signaalgegevens], list[str]]:
    rng = random.Random(seed)
    signalen, labels = [], []
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    for probleem, zinnen in PROBLEMEN.items():
        for kanaal, sjabloon in REGISTERS.items():
            for _ in range(per_combinatie):
                kern = " en ".join(rng.sample(zinnen, 2))
                signalen.append(
                    Signaalgegevens(
                        uuid.UUID(int=rng.getrandbits(128), version=4),
                        rng.choice(("GBD", "GEM-X")),
                        start + timedelta(days=rng.randrange(90)),
                        sjabloon.format(kern),
                        "klacht",
                        kanaal,
                    )
                )
                labels.append(probleem)
    return signalen, labels


def _labels(r, signalen):  # type: ignore[no-untyped-def]
    index = {p.id: k for k, p in enumerate(r.patronen)}
    return np.array(
        [index[r.toewijzingen[s.id].patroon_id] if s.id in r.toewijzingen else -1 for s in signalen]
    )


def test_heavy_shared_boilerplate_still_yields_the_true_problems() -> None:
    signalen, labels = corpus()
    r = analyse(
        signalen,
        bereik="*",
        peildatum=datetime(2026, 4, 30).date(),
        representatie=Lexicaal(dimensies=60),
        instellingen=Clusterinstellingen(min_omvang=8),
    )
    gevonden = _labels(r, signalen)
    kanalen = [s.kanaal for s in signalen]
    toegewezen = gevonden >= 0
    assert toegewezen.mean() >= 0.9
    # every pattern is about one problem, whatever channel its signals came through...
    assert homogeneity_score(np.array(labels)[toegewezen], gevonden[toegewezen]) > 0.95
    assert normalized_mutual_info_score(labels, gevonden) > 0.75
    # ...and the patterns do not follow the channels (each register is in every problem)
    assert normalized_mutual_info_score(kanalen, gevonden) < 0.1
    # a problem may come out as two patterns (its texts combine two of four phrasings), no more
    assert len(r.patronen) <= 2 * len(PROBLEMEN)
    assert max(Counter(gevonden[toegewezen].tolist()).values()) <= 1.2 * len(signalen) / 4


def test_pattern_titles_name_the_problem_not_the_register() -> None:
    signalen, _ = corpus()
    r = analyse(
        signalen,
        bereik="*",
        peildatum=datetime(2026, 4, 30).date(),
        representatie=Lexicaal(dimensies=60),
        instellingen=Clusterinstellingen(min_omvang=8),
    )
    register = {"geachte", "groet", "klt", "medewerker", "chat", "verzonden", "iphone", "dossier"}
    for p in r.patronen:
        woorden = {w for t in p.sleutelwoorden[:3] for w in t.lower().split()}
        assert not woorden & register, p.sleutelwoorden
