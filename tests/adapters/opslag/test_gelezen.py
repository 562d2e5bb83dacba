# SPDX-License-Identifier: EUPL-1.2
"""The token lookup reads the organisation's OIN and privacy choices along, and the
stores answer later questions in the same transaction from that read: the same answers as
the database, never stale after a change, and two statements fewer per registration."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event

from hartslag.domein.vocabulaire import Rol
from hartslag.services import beheer, privacyinstellingen, registratie
from hartslag.services.context import Context
from hartslag.services.invoer import SignaalNieuw
from hartslag.services.privacypoorten import Privacykeuzes
from tests.services.persoonsgegevens import body

KEUZES = Privacykeuzes(originelen_bewaren=True, contact_dagen=30)


@contextmanager
def _statements(engine: Engine) -> Iterator[list[str]]:
    gezien: list[str] = []

    def noteer(*args: object) -> None:
        if str(args[2]).startswith("SELECT"):  # not SQLite's BEGIN IMMEDIATE
            gezien.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", noteer)
    try:
        yield gezien
    finally:
        event.remove(engine, "before_cursor_execute", noteer)


def test_token_lookup_answers_oin_and_settings_in_its_transaction(
    ctx: Context, engine: Engine, organisaties: dict[str, int]
) -> None:
    uwv = organisaties["UWV"]
    token = beheer.create_token(ctx, "UWV", Rol.FRONTLINIE)
    with ctx.uow() as uow:
        uow.partners.set_oin(uwv, "00000001234567890000")
        uow.instellingen.save(uwv, KEUZES, ctx.clock.now())
        uow.commit()
    with ctx.uow(schrijven=False) as uow:
        verwacht = (uow.partners.oin(uwv), uow.instellingen.get(uwv))
    with ctx.uow() as uow, _statements(engine) as gezien:
        assert uow.accounts.token_info(beheer.hash_token(token)) is not None
        assert (uow.partners.oin(uwv), uow.instellingen.get(uwv)) == verwacht
        assert len(gezien) == 1  # the token's query: the others answered from it
    assert verwacht == ("00000001234567890000", KEUZES)


def test_an_organisation_without_settings_or_oin_is_answered_too(
    ctx: Context, engine: Engine, organisaties: dict[str, int]
) -> None:
    token = beheer.create_token(ctx, "GEM-UTR", Rol.FRONTLINIE)
    with ctx.uow() as uow, _statements(engine) as gezien:
        uow.accounts.token_info(beheer.hash_token(token))
        gemeente = organisaties["GEM-UTR"]
        assert (uow.partners.oin(gemeente), uow.instellingen.get(gemeente)) == (None, None)
        assert len(gezien) == 1


def test_what_the_transaction_changes_is_read_anew(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    uwv = organisaties["UWV"]
    token = beheer.create_token(ctx, "UWV", Rol.FRONTLINIE)
    with ctx.uow() as uow:
        uow.accounts.token_info(beheer.hash_token(token))
        uow.partners.set_oin(uwv, "00000009876543210000")
        uow.instellingen.save(uwv, KEUZES, ctx.clock.now())
        assert uow.partners.oin(uwv) == "00000009876543210000"
        assert uow.instellingen.get(uwv) == KEUZES


def test_the_intake_reads_settings_and_oin_outside_its_write_transaction(
    ctx: Context, engine: Engine, organisaties: dict[str, int]
) -> None:
    """SQLite: the write transaction holds the database's one write lock; the settings
    and the OIN come with the token, read before it. PostgreSQL: one transaction, in
    which the token's query answers them. Either way the settings still apply."""
    uwv = organisaties["UWV"]
    privacyinstellingen.change_settings(ctx, "UWV", originelen_bewaren=True)
    token = beheer.create_token(ctx, "UWV", Rol.FRONTLINIE)
    invoer = SignaalNieuw.model_validate(body()).to_invoer()
    with _statements(engine) as gezien:
        signaal_id = registratie.register_with_token(ctx, token, invoer).signaal_id
    assert not [q for q in gezien if "organisatie_instelling" in q and "apitoken" not in q]
    assert not [q for q in gezien if "organisatie.oin" in q and "apitoken" not in q]
    with ctx.uow(schrijven=False) as uow:
        assert uow.originelen.get(uwv, signaal_id) is not None  # kept, as the setting says
