# SPDX-License-Identifier: EUPL-1.2
"""Sending e-mail."""
