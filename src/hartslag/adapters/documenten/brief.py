# SPDX-License-Identifier: EUPL-1.2
"""Render a :class:`Brief` as HTML (with an SVG bar chart), PDF or an editable DOCX."""

from __future__ import annotations

import io
from html import escape

from hartslag.services.brief import Brief

MEDIATYPES = {
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _grafiek(per_maand: dict[str, int]) -> str:
    if not per_maand:
        return "<p>Nog geen signalen gekoppeld.</p>"
    hoogste = max(per_maand.values())
    breedte = 28
    balken = []
    for i, (maand, n) in enumerate(per_maand.items()):
        h = round(120 * n / hoogste)
        x = 10 + i * breedte
        balken.append(
            f'<rect x="{x}" y="{130 - h}" width="{breedte - 6}" height="{h}" fill="#01689b">'
            f"<title>{maand}: {n}</title></rect>"
            f'<text x="{x}" y="148" font-size="7">{maand[2:]}</text>'
            f'<text x="{x}" y="{126 - h}" font-size="8">{n}</text>'
        )
    return (
        f'<svg role="img" aria-label="Signalen per maand" width="{20 + breedte * len(per_maand)}" '
        f'height="155" xmlns="http://www.w3.org/2000/svg">{"".join(balken)}</svg>'
    )


def _lijst(items: list[str]) -> str:
    return (
        "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"
        if items
        else "<p>Geen.</p>"
    )


def to_html(b: Brief) -> str:
    casussen = "".join(f"<h3>{escape(t)}</h3><p>{escape(v)}</p>" for t, v in b.casussen)
    tabel = "".join(f"<tr><td>{m}</td><td>{n}</td></tr>" for m, n in b.per_maand.items())
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Knelpuntenbrief: {escape(b.titel)}</title>
<style>body{{font-family:sans-serif;max-width:45em;margin:2em auto;line-height:1.5}}
h1{{font-size:1.6em}} table{{border-collapse:collapse}}
td{{border:1px solid #999;padding:2px 8px}}</style>
</head><body>
<p>Knelpuntenbrief · {b.datum}</p>
{f"<p>Voor: {escape(b.agendering)}</p>" if b.agendering else ""}
<h1>{escape(b.titel)}</h1>
<h2>Het probleem</h2><p>{escape(b.probleem)}</p>
<h2>Wat knelt</h2><p>{escape(b.knellend_mechanisme)}</p>
<p>Laag: {escape(", ".join(b.lagen) or "nog niet bepaald")}</p>
<h2>Cijfers</h2>
<p>Aantal signalen: {b.aantal_signalen}. Organisaties: {escape(", ".join(b.organisaties))}.
Bereik: {escape(b.bereik)}.</p>
{_grafiek(b.per_maand)}
<table><tr><th>maand</th><th>signalen</th></tr>{tabel}</table>
<h2>Casussen</h2>{casussen or "<p>Geen.</p>"}
<h2>Alternatieven</h2>{_lijst(b.alternatieven)}
<h2>Gevraagd besluit</h2><p>{escape(b.gevraagd_besluit)}</p>
</body></html>
"""


def to_pdf(b: Brief) -> bytes:
    from weasyprint import HTML

    pdf: bytes = HTML(string=to_html(b)).write_pdf()
    return pdf


def to_docx(b: Brief) -> bytes:
    from docx import Document

    doc = Document()
    doc.add_paragraph(f"Knelpuntenbrief · {b.datum}")
    if b.agendering:
        doc.add_paragraph(f"Voor: {b.agendering}")
    doc.add_heading(b.titel, level=1)
    for kop, tekst in (
        ("Het probleem", b.probleem),
        (
            "Wat knelt",
            f"{b.knellend_mechanisme} (laag: {', '.join(b.lagen) or 'nog niet bepaald'})",
        ),
    ):
        doc.add_heading(kop, level=2)
        doc.add_paragraph(tekst)
    doc.add_heading("Cijfers", level=2)
    doc.add_paragraph(
        f"Aantal signalen: {b.aantal_signalen}. Organisaties: {', '.join(b.organisaties)}. "
        f"Bereik: {b.bereik}."
    )
    tabel = doc.add_table(rows=1, cols=3)
    tabel.rows[0].cells[0].text, tabel.rows[0].cells[1].text = "maand", "signalen"
    tabel.rows[0].cells[2].text = "verloop"
    hoogste = max(b.per_maand.values(), default=1)
    for maand, n in b.per_maand.items():
        rij = tabel.add_row().cells
        rij[0].text, rij[1].text, rij[2].text = maand, str(n), "█" * max(1, round(20 * n / hoogste))
    doc.add_heading("Casussen", level=2)
    for titel, verhaal in b.casussen:
        doc.add_heading(titel, level=3)
        doc.add_paragraph(verhaal)
    doc.add_heading("Alternatieven", level=2)
    for a in b.alternatieven:
        doc.add_paragraph(a, style="List Bullet")
    doc.add_heading("Gevraagd besluit", level=2)
    doc.add_paragraph(b.gevraagd_besluit)
    uit = io.BytesIO()
    doc.save(uit)
    return uit.getvalue()


def render(b: Brief, formaat: str) -> bytes:
    if formaat == "pdf":
        return to_pdf(b)
    if formaat == "docx":
        return to_docx(b)
    return to_html(b).encode()
