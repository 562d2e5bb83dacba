# SPDX-License-Identifier: EUPL-1.2
"""One module per page group."""
