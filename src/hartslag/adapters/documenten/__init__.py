# SPDX-License-Identifier: EUPL-1.2
"""Documents: the bottleneck letter as HTML, PDF (WeasyPrint) and DOCX (python-docx)."""
