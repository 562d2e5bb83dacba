# SPDX-License-Identifier: EUPL-1.2
"""The web application: server-rendered pages in Dutch (English selectable), NL Design
System CSS, sessions with CSRF tokens; the same services as the API behind every page."""
