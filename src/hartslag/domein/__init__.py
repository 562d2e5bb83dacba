# SPDX-License-Identifier: EUPL-1.2
"""The pure domain: vocabularies, entities and rules. No I/O, no clock, no framework."""
