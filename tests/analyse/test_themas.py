# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from hartslag.analyse.themas import Themamodel, review_queue
from tests.analyse.synthetisch import signalen


def test_theme_suggestions_come_with_confidence_and_ask_a_person_when_unsure() -> None:
    train, labels = signalen(per_onderwerp=20)
    model = Themamodel().fit([s.tekst for s in train], [(lab,) for lab in labels])
    test, verwacht = signalen(per_onderwerp=5, seed=9)
    assert model.predict([s.tekst for s in test]) == verwacht
    zeker, onzeker = model.suggest(["DigiD app werkt niet, sms-code komt niet", "weet ik veel"])
    assert zeker.themas[0][0] == "digid" and not zeker.vraag_mens
    assert onzeker.vraag_mens and onzeker.zekerheid < zeker.zekerheid
    assert review_queue([zeker, onzeker]) == [1, 0]


def test_signals_with_several_themes_train_one_model_per_theme() -> None:
    train, labels = signalen(per_onderwerp=15)
    meer = [(lab, "geld") if lab in {"toeslag", "ww"} else (lab,) for lab in labels]
    model = Themamodel().fit([s.tekst for s in train], meer)
    (s,) = model.suggest(["terugvordering huurtoeslag, inkomen gestegen"])
    assert {t for t, _ in s.themas[:2]} == {"toeslag", "geld"}


def test_probabilities_in_small_batches_equal_those_in_one() -> None:
    import numpy as np

    train, labels = signalen(per_onderwerp=15)
    model = Themamodel().fit([s.tekst for s in train], [(lab,) for lab in labels])
    test, _ = signalen(per_onderwerp=4, seed=3)
    teksten = [s.tekst for s in test]
    vectoren = np.random.default_rng(2).standard_normal((len(teksten), 8)).astype(np.float32)
    met = Themamodel().fit(
        [s.tekst for s in train],
        [(lab,) for lab in labels],
        np.random.default_rng(1).standard_normal((len(train), 8)).astype(np.float32),
    )
    assert np.allclose(model.probabilities(teksten, batch=3), model.probabilities(teksten))
    assert np.allclose(
        met.probabilities(teksten, vectoren, batch=5), met.probabilities(teksten, vectoren)
    )
    assert model.probabilities([]).shape == (0, len(model.klassen))
