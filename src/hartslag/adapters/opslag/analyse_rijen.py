# SPDX-License-Identifier: EUPL-1.2
"""Rows <-> domain for patterns and alerts."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from hartslag.domein.patroon import (
    Onderwerpsoort,
    Patroon,
    Patroonstatus,
    Waarschuwing,
    Waarschuwingsoort,
)


def patroon_from_row(row: Any) -> Patroon:
    return Patroon(
        id=row.id,
        bereik=row.bereik,
        titel=row.titel,
        status=Patroonstatus(row.status),
        sleutelwoorden=list(row.sleutelwoorden),
        omvang=row.omvang,
        eerst_gezien=row.eerst_gezien,
        laatst_gezien=row.laatst_gezien,
        organisaties=dict(row.organisaties),
        brontypes=dict(row.brontypes),
        kanalen=dict(row.kanalen),
        reeks=[(date.fromisoformat(d), n) for d, n in row.reeks],
        representanten=[uuid.UUID(r) for r in row.representanten],
        herhaalcontacten=row.herhaalcontacten,
        organisatieoverstijgend=row.organisatieoverstijgend,
        score=row.score,
        titel_handmatig=row.titel_handmatig,
        samengevoegd_in=row.samengevoegd_in,
        bijgewerkt_op=row.bijgewerkt_op,
    )


def patroon_values(p: Patroon) -> dict[str, Any]:
    return {
        "bereik": p.bereik,
        "status": p.status.value,
        "titel": p.titel[:300],
        "titel_handmatig": p.titel_handmatig,
        "sleutelwoorden": p.sleutelwoorden,
        "omvang": p.omvang,
        "eerst_gezien": p.eerst_gezien,
        "laatst_gezien": p.laatst_gezien,
        "organisaties": p.organisaties,
        "brontypes": p.brontypes,
        "kanalen": p.kanalen,
        "reeks": [[d.isoformat(), n] for d, n in p.reeks],
        "representanten": [str(r) for r in p.representanten],
        "herhaalcontacten": p.herhaalcontacten,
        "organisatieoverstijgend": p.organisatieoverstijgend,
        "score": float(p.score),
        "samengevoegd_in": p.samengevoegd_in,
        "bijgewerkt_op": p.bijgewerkt_op,
    }


def waarschuwing_values(w: Waarschuwing, run_id: uuid.UUID) -> dict[str, Any]:
    return {
        "id": w.id,
        "run_id": run_id,
        "bereik": w.bereik,
        "soort": w.soort.value,
        "onderwerp_soort": w.onderwerp_soort.value,
        "onderwerp": w.onderwerp[:200],
        "patroon_id": w.patroon_id,
        "peildatum": w.peildatum,
        "begin_stijging": w.begin_stijging,
        "waargenomen": w.waargenomen,
        "verwacht": float(w.verwacht),
        "ondergrens": w.ondergrens,
        "bovengrens": w.bovengrens,
        "uitleg": w.uitleg,
        "organisaties": w.organisaties,
    }


def waarschuwing_from_row(r: Any) -> Waarschuwing:
    return Waarschuwing(
        r.id,
        r.bereik,
        Waarschuwingsoort(r.soort),
        Onderwerpsoort(r.onderwerp_soort),
        r.onderwerp,
        r.peildatum,
        r.begin_stijging,
        r.waargenomen,
        r.verwacht,
        r.ondergrens,
        r.bovengrens,
        r.uitleg,
        list(r.organisaties),
        r.patroon_id,
    )
