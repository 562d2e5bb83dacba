# SPDX-License-Identifier: EUPL-1.2
"""The REST API (NL API Design Rules): FastAPI routes per resource."""
