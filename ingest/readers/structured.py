"""Blocks for formats that hold their structure explicitly (DOCX, HTML): no geometry to recover.

The parsers take the same TextLine and Table-of-Grid blocks a PDF yields, so
these formats share one parsing path with it. Coordinates are synthetic: a
column is as wide as the document says (or one unit), a row is one unit high;
only their order matters to the parsers. `page` is None, and every block
carries a `ref` ("paragraph 12", "table 3") a user can find it by.
"""
from __future__ import annotations

from dataclasses import dataclass

from schemas.layout import Cell, Grid, Line, Table, TextLine


@dataclass(slots=True)
class PlacedCell:
    """A cell of a source table at its position in the table's grid of columns: rows [row0, row1)."""

    row0: int
    row1: int
    col0: int
    col1: int
    texts: list[str]  # its paragraphs (or lines), in order


MAX_SPAN = 1000
"""Columns or rows one cell may span (browsers cap colspan so): a larger or negative span is damage, and
would make a grid of millions of columns, or place a cell before its row's start."""


def span(declared: int) -> int:
    """A cell's declared gridSpan, colspan or rowspan, kept within 1..MAX_SPAN."""
    return max(1, min(declared, MAX_SPAN))


def text_line(text: str, ref: str, starts_paragraph: bool = True) -> TextLine | None:
    """A paragraph as one line, starting afresh as an indented line does in a PDF (`starts_paragraph`), or a
    later line of one going on with it."""
    text = " ".join(text.split())
    return TextLine(None, Line(text, 0.0, 0.0, float(len(text)), 1.0), starts_paragraph, ref) if text else None


def text_lines(text: str, ref: str) -> list[TextLine]:
    """A paragraph as its printed lines: a line break in it ends a line, as in print («ИСТОРИКО-КУЛЬТУРНЫЕ
    ПРЕДПОСЫЛКИ ПРОГРАММЫ» over «Часть 1» in one heading paragraph); the lines after the first go on with it."""
    lines = [text_line(piece, ref, starts_paragraph=False) for piece in text.split("\n")]
    lines = [line for line in lines if line is not None]
    if lines:
        lines[0].indented = True
    return lines


def table(cells: list[PlacedCell], widths: list[float], ref: str) -> Table | None:
    """A Table of one Grid from placed cells; columns `widths` wide (None or short: one unit each)."""
    if not cells:
        return None
    n_cols = max(c.col1 for c in cells)
    n_rows = max(c.row1 for c in cells)
    widths = list(widths[:n_cols]) + [1.0] * (n_cols - len(widths))
    xs = [0.0]
    for w in widths:
        xs.append(xs[-1] + (w if w > 0 else 1.0))
    ys = [float(r) for r in range(n_rows + 1)]
    out = []
    for c in sorted(cells, key=lambda c: (c.row0, c.col0)):
        x0, x1 = xs[c.col0], xs[c.col1]
        lines = [Line(t, x0, c.row0, x1, c.row0 + 1.0) for t in (" ".join(t.split()) for t in c.texts) if t]
        out.append(Cell(c.row0, c.row1, c.col0, c.col1, x0, ys[c.row0], x1, ys[c.row1], lines))
    return Table([Grid(None, xs, ys, out, ref)])
