# SPDX-License-Identifier: EUPL-1.2
"""The ``hartslag`` command line: one module per noun."""
