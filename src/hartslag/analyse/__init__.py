# SPDX-License-Identifier: EUPL-1.2
"""Pure numerics for "analyse and make visible": text representation, patterns, stable
identities, early warning, repeat contacts, cross-organisation ranking and theme
classification. Data in, results out, seed in: no database, no clock, no framework."""
