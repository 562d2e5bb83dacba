# SPDX-License-Identifier: EUPL-1.2
"""Use case: check that the audit trail is unbroken.

Each organisation's records form a hash chain (``domein.gebeurtenis.chain_hash``) of one
or more strands: on PostgreSQL concurrent writers add to different strands, each a line
with its own head (migration 0019). The check walks every strand in the order it was
written and names the first record where it breaks: a record whose content was changed, a
record removed or inserted before it, or records removed from the end (the strand's head
no longer matches).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hartslag.domein.actor import Actor
from hartslag.domein.gebeurtenis import BEGIN_VAN_KETEN, chain_hash
from hartslag.domein.rechten import Actie, vereis
from hartslag.services.beheer import get_organisatie_id
from hartslag.services.context import Context
from hartslag.services.poorten import Ketenkop, UnitOfWork

GEWIJZIGD = "de inhoud van dit record is gewijzigd"
ONTKOPPELD = "dit record volgt niet op het record ervoor: er is een record verwijderd of ingevoegd"
KOP = "records aan het eind van de keten zijn verwijderd (de kop van de keten verwijst verder)"


@dataclass(frozen=True)
class Ketenbreuk:
    organisatie: str
    record_id: int | None
    reden: str


@dataclass
class Ketencontrole:
    records: int = 0
    ketens: int = 0
    breuken: list[Ketenbreuk] = field(default_factory=list)

    @property
    def heel(self) -> bool:
        return not self.breuken


def verify_audit_chain(ctx: Context, organisatie: str | None = None) -> Ketencontrole:
    """Check one organisation's chain, or every chain (``None``: the whole installation)."""
    with ctx.uow(schrijven=False) as uow:
        namen = {oid: code for oid, code, _ in uow.organisaties.all()}
        koppen: dict[int, dict[int, Ketenkop]] = {}
        for k in uow.gebeurtenissen.chain_heads():
            koppen.setdefault(k.sleutel, {})[k.streng] = k
        if organisatie is not None:
            sleutels = [get_organisatie_id(ctx, organisatie)]
        else:
            sleutels = sorted({0, *namen, *koppen})
        controle = Ketencontrole()
        for sleutel in sleutels:
            naam = namen.get(sleutel, "(geen organisatie)")
            controle.ketens += 1
            strengen = koppen.get(sleutel, {})
            for streng in sorted({0, *strengen}):
                _check_chain(uow, sleutel, streng, naam, strengen.get(streng), controle)
    return controle


def verify_own_chain(ctx: Context, actor: Actor) -> Ketencontrole:
    """An administrator checks their organisation's chain (the readiness detail)."""
    vereis(actor.rol, Actie.PRIVACY_BEHEREN)
    return verify_audit_chain(ctx, actor.organisatie)


def _check_chain(
    uow: UnitOfWork,
    sleutel: int,
    streng: int,
    naam: str,
    kop: Ketenkop | None,
    controle: Ketencontrole,
) -> None:
    vorige, aantal, laatste = BEGIN_VAN_KETEN, 0, None
    for g in uow.gebeurtenissen.chain(sleutel, streng):
        if g.vorige_hash != vorige:
            controle.breuken.append(Ketenbreuk(naam, g.id, ONTKOPPELD))
            return
        if g.hash != chain_hash(vorige, g):
            controle.breuken.append(Ketenbreuk(naam, g.id, GEWIJZIGD))
            return
        vorige, aantal, laatste = g.hash, aantal + 1, g.id
        controle.records += 1
    verwacht = (kop.laatste_id, kop.laatste_hash, kop.aantal) if kop else (None, BEGIN_VAN_KETEN, 0)
    if (laatste, vorige, aantal) != verwacht:
        controle.breuken.append(Ketenbreuk(naam, laatste, KOP))
