# SPDX-License-Identifier: EUPL-1.2
"""Adapters around the domain: storage, API, CLI, files."""
