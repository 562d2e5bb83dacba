# SPDX-License-Identifier: EUPL-1.2
"""Hartslag: open-source signal management for Dutch public service organisations."""

__version__ = "0.1.0"
