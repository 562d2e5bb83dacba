# SPDX-License-Identifier: EUPL-1.2
"""Use cases. Each owns its transaction and talks to ports, never to adapters."""
