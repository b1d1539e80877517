"""Render a second edition of a sample strategy: a few targets changed, one project row emptied, one renamed.

Regions revise their strategies; we have no real pair of editions, so this
edits a real sample the way a revision does, with PyMuPDF redactions (the
ruling lines stay, only text goes or changes). Each edit is written to a JSON
file beside the PDF, and the diff test checks `regstrat diff` against those
edits, never against the parser's output.

    .venv/bin/python tests/editions/make_edition.py    # rewrites tests/fixtures/editions/

Targets are located by text inside a given page and band (PDF points, top
and bottom), so the edits are explicit and reviewable.
"""
from __future__ import annotations

import json
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent / "fixtures" / "strategy-stavropol.pdf"
OUT = HERE.parent / "fixtures" / "editions"

# (page, top, bottom) of a project row whose text is removed: the project is dropped from the table.
REMOVE_ROW = (30, 165.0, 634.0)
# (page, top, bottom, words to remove from the name cell): a renamed project.
RENAME = (37, 0.0, 842.0, ("(ЦПИ)",))
# (page, top, bottom, printed value, new value): the last such value in the band is changed.
VALUES = ((63, 174.0, 279.0, "70", "75"), (63, 441.0, 523.0, "100", "90"))


def _words(page: pymupdf.Page, top: float, bottom: float) -> list[tuple]:
    return [w for w in page.get_text("words") if top <= w[1] and w[3] <= bottom]


def make(source: Path = SOURCE, out: Path = OUT) -> dict:
    edits: dict = {"source": source.name, "removed": [], "renamed": [], "values": []}
    doc = pymupdf.open(source)
    page_no, top, bottom = REMOVE_ROW
    page = doc[page_no - 1]
    words = _words(page, top, bottom)
    lefts = sorted({round(w[0]) for w in words})  # number column, then the name column's left edge
    edits["removed"].append(" ".join(w[4] for w in words if abs(w[0] - lefts[1]) < 2))
    for w in words:
        page.add_redact_annot(pymupdf.Rect(w[:4]))
    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE)

    page_no, top, bottom, drop = RENAME
    page = doc[page_no - 1]
    hits = [w for w in _words(page, top, bottom) if w[4] in drop]
    for w in hits:
        page.add_redact_annot(pymupdf.Rect(w[:4]))
    edits["renamed"].append({"dropped": [w[4] for w in hits], "page": page_no})
    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE)

    for page_no, top, bottom, old, new in VALUES:
        page = doc[page_no - 1]
        w = [w for w in _words(page, top, bottom) if w[4] == old][-1]
        size = w[3] - w[1]
        page.add_redact_annot(pymupdf.Rect(w[:4]))
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE)
        page.insert_text((w[0], w[3] - size * 0.22), new, fontsize=size * 0.95, fontname="helv")
        edits["values"].append({"page": page_no, "old": old, "new": new})
    out.mkdir(parents=True, exist_ok=True)
    doc.set_metadata({**doc.metadata, "subject": "edition 2 (test fixture)"})
    doc.save(out / "strategy-stavropol-edition2.pdf", garbage=3, deflate=True)
    (out / "strategy-stavropol-edition2.edits.json").write_text(json.dumps(edits, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
    return edits


if __name__ == "__main__":
    print(json.dumps(make(), ensure_ascii=False, indent=1))
