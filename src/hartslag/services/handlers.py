# SPDX-License-Identifier: EUPL-1.2
"""What follows a committed change (`services.message_bus`): per kind of event, its
handlers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hartslag.domein.events import Event, SignaalGeregistreerd
from hartslag.services.context import Context
from hartslag.services.message_bus import Handler

PLAATSEN_PER_TRANSACTIE = 500  # keeps each follow-up write transaction short


def place_in_pattern(ctx: Context, events: list[Event]) -> int:
    """Put newly registered signals in their nearest pattern of the latest analysis (and
    mark repeat contacts), without waiting for the next run."""
    from hartslag.services import vergelijkbaar  # numpy and scikit-learn: only when used

    ids = list(dict.fromkeys(i for e in events for i in e.signaal_ids))
    geplaatst = 0
    for start in range(0, len(ids), PLAATSEN_PER_TRANSACTIE):
        geplaatst += vergelijkbaar.assign_new(ctx, ids[start : start + PLAATSEN_PER_TRANSACTIE])
    return geplaatst


HANDLERS: Mapping[type[Event], Sequence[Handler]] = {
    SignaalGeregistreerd: [place_in_pattern],
}
# A web worker of `hartslag serve` places nothing itself: the planner does, in one process
# for all workers (`services.plaatsing`), so no worker carries numpy and scikit-learn.
WERKER_HANDLERS: Mapping[type[Event], Sequence[Handler]] = {}
