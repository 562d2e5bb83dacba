# SPDX-License-Identifier: EUPL-1.2
"""Exchange adapters: the event JSON Schemas and webhook delivery over HTTP."""
