# SPDX-License-Identifier: EUPL-1.2
"""Detect and pseudonymise personal data in Dutch free text.

    >>> result = pseudonymise("Mevrouw De Vries belde over BSN 111222333.")
    >>> result.text
    'Mevrouw [PERSOON-1] belde over BSN [BSN-1].'

Pure functions, no I/O: the word lists ship with the package and nothing is downloaded.
"""

from hartslag.privacy.entiteiten import EntiteitType, Entity, Pseudonymisation
from hartslag.privacy.pseudonimisering import (
    pseudonymise,
    pseudonymise_each,
    pseudonymise_fields,
)
from hartslag.privacy.sleutels import keyed_pseudonym, normalise_identifier

__all__ = [
    "EntiteitType",
    "Entity",
    "Pseudonymisation",
    "keyed_pseudonym",
    "normalise_identifier",
    "pseudonymise",
    "pseudonymise_each",
    "pseudonymise_fields",
]
