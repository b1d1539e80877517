"""PDF -> page layout: the words and the ruling lines of every page.

This is the only module that talks to the PDF library. Everything downstream
works on these plain records, so tests can build pages by hand and a second
reader (OCR) only has to produce the same records.

PyMuPDF is used because words plus vector drawings come out at hundreds of
pages per second; the general table finders of pdfplumber/PyMuPDF are
70-380x slower and we only need the ruling lines, not their interpretation.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pymupdf

from schemas.layout import PageLayout, Reading, Rule, Word, is_turned
from schemas.problems import IngestFailure

SUFFIXES = (".pdf",)
TRAILER_BYTES = 1024  # the end of a file searched for the %%EOF marker
RULE_THICKNESS = 2.5
"""A filled rectangle thinner than this (points) is drawn as a ruling line, as Word does."""


def can_read(head: bytes, path: Path) -> bool:
    """A PDF header may follow some junk bytes (readers accept it within the first kilobyte)."""
    return b"%PDF-" in head[:1024]


def read(path: Path, on_page: Callable[[int, int], None] | None = None) -> Reading:
    return Reading(pages=read_pages(path, on_page))


MAX_PIXELS = 4_000_000  # per page image: A4 at 96 dpi is 0.9 million; a 20,000 pt page is drawn smaller


def render_page(doc: pymupdf.Document, number: int, dpi: int) -> bytes:
    """PNG of page `number` (1-based) in grey, which keeps a report small; at a lower resolution when `dpi`
    would exceed MAX_PIXELS (a huge MediaBox)."""
    page = doc[number - 1]
    area = max(page.rect.width * page.rect.height, 1.0) / 72 / 72  # square inches
    dpi = min(dpi, (MAX_PIXELS / area) ** 0.5)
    return page.get_pixmap(dpi=max(int(dpi), 1), colorspace=pymupdf.csGRAY).tobytes("png")


def open_pdf(path: Path) -> pymupdf.Document:
    """Open a PDF or raise an IngestFailure with a code a user can act on."""
    try:
        if path.stat().st_size == 0:
            raise IngestFailure("empty_file", "the file is empty (0 bytes)")
        doc = pymupdf.open(path, filetype="pdf")
    except IngestFailure:
        raise
    except Exception as exc:  # PyMuPDF raises several unrelated types for broken files
        raise IngestFailure("not_a_pdf", f"cannot be opened as a PDF: {exc}") from exc
    try:
        if doc.needs_pass and not doc.authenticate(""):
            raise IngestFailure("encrypted", "the PDF is password-protected")
        if doc.page_count == 0 and _truncated(path):
            raise IngestFailure("truncated_pdf", "the file is cut short (no end-of-file marker) and no page "
                                "could be recovered: download it again")
        if doc.page_count == 0:
            raise IngestFailure("no_pages", "the PDF has no pages")
    except IngestFailure:
        doc.close()
        raise
    except Exception as exc:  # a damaged page tree or cross-reference table
        doc.close()
        raise IngestFailure("damaged_pdf", f"the PDF's structure is damaged: {exc}") from exc
    return doc


def _truncated(path: Path) -> bool:
    """A PDF ends with %%EOF (give or take whitespace); a download that stopped half-way does not."""
    with path.open("rb") as fh:
        fh.seek(max(0, path.stat().st_size - TRAILER_BYTES))
        return b"%%EOF" not in fh.read()


def _rules_of(page: pymupdf.Page, to_display: pymupdf.Matrix | None) -> list[Rule]:
    """Horizontal and vertical segments of the page's vector drawings, in displayed orientation.

    Lines count as they are; thin filled rectangles (Word draws borders so) as
    lines; stroked boxes and quads by their four edges.
    """
    def point(xy) -> tuple[float, float]:
        if to_display is None:
            return xy[0], xy[1]
        p = pymupdf.Point(xy[0], xy[1]) * to_display
        return p.x, p.y

    rules: list[Rule] = []
    for drawing in page.get_cdrawings():
        for item in drawing["items"]:
            if item[0] == "l":
                (px, py), (qx, qy) = point(item[1]), point(item[2])
                if abs(py - qy) < 1:
                    y = round((py + qy) / 2, 1)
                    rules.append(Rule(min(px, qx), y, max(px, qx), y))
                elif abs(px - qx) < 1:
                    x = round((px + qx) / 2, 1)
                    rules.append(Rule(x, min(py, qy), x, max(py, qy)))
            elif item[0] in ("re", "qu"):
                corners = [item[1][:2], item[1][2:4]] if item[0] == "re" else list(item[1])
                xs, ys = zip(*(point(c) for c in corners))
                x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
                width, height = x1 - x0, y1 - y0
                if height < RULE_THICKNESS and width > height:
                    y = round((y0 + y1) / 2, 1)
                    rules.append(Rule(x0, y, x1, y))
                elif width < RULE_THICKNESS and height > width:
                    x = round((x0 + x1) / 2, 1)
                    rules.append(Rule(x, y0, x, y1))
                elif drawing.get("type") in ("s", "fs"):  # a stroked box: its four edges
                    rules += [Rule(x0, y0, x1, y0), Rule(x0, y1, x1, y1), Rule(x0, y0, x0, y1), Rule(x1, y0, x1, y1)]
    return rules


def read_page(doc: pymupdf.Document, index: int) -> PageLayout:
    """Words and rulings as the page is displayed: a page turned by /Rotate is read turned."""
    page = doc[index]
    rect = page.rect
    to_display = page.rotation_matrix if page.rotation else None
    raw = page.get_text("words", sort=False)
    if to_display is not None:
        raw = [(*(pymupdf.Rect(w[:4]) * to_display), *w[4:]) for w in raw]
    if any(map(_turned, raw)):  # a cheap pass on every page: no Python frame per word
        raw = _upward_lines_turned(raw)
    # a page has thousands of words: tuple.__new__ builds each Word without a Python-level call, and the
    # (block, line, word) numbers are unpacked by name, not into a list per word
    words = [_new_word(Word, (text, x0, y0, x1, y1, (x0 + x1) / 2, (y0 + y1) / 2, None))
             for x0, y0, x1, y1, text, _, _, _ in raw if not text.isspace()]
    return PageLayout(index + 1, rect.width, rect.height, words, _rules_of(page, to_display))


_new_word = tuple.__new__


def _turned(word: tuple) -> bool:
    """is_turned of PyMuPDF's word tuple (x0, y0, x1, y1, text, ...)."""
    return is_turned(word[4], word[2] - word[0], word[3] - word[1])


def _upward_lines_turned(raw: list[tuple]) -> list[tuple]:
    """Words of lines printed bottom to top (a narrow header cell's «2022 год (прогноз)» turned 90°), mirrored
    top to bottom within their line, so that top-down reading meets them in their order; their x stays.

    PyMuPDF gives a line's words in reading order (its block, line and word numbers), so a line whose next
    word stands above the one before reads upwards. Each word stays inside the line's span, and so in its cell.
    """
    lines: dict[tuple[int, int], list[tuple]] = {}
    for word in raw:
        if word[3] - word[1] > word[2] - word[0]:
            lines.setdefault((word[5], word[6]), []).append(word)
    turned = {}
    for words in lines.values():
        # one column of words, each above the one before, one of them surely turned: short upright words
        # («на», «от») are taller than wide too, and an OCR layer may number two printed lines as one
        if len(words) > 1 and any(map(_turned, words)) and all(
                later[3] <= before[1] + 1 and later[0] < before[2] and before[0] < later[2]
                for before, later in zip(words, words[1:])):
            top, bottom = min(w[1] for w in words), max(w[3] for w in words)
            turned |= {id(w): (w[0], top + bottom - w[3], w[2], top + bottom - w[1], *w[4:]) for w in words}
    return [turned.get(id(word), word) for word in raw]


def read_pages(path: Path, on_page: Callable[[int, int], None] | None = None) -> Iterator[PageLayout]:
    """Yield the layout of every page; a page that cannot be read raises IngestFailure naming it.

    `on_page(pages done, pages in all)` is called after each page, for progress bars.
    """
    doc = open_pdf(path)
    try:
        for index in range(doc.page_count):
            try:
                layout = read_page(doc, index)
            except Exception as exc:
                raise IngestFailure("unreadable_page", f"page cannot be read: {exc}", page=index + 1) from exc
            if on_page:
                on_page(index + 1, doc.page_count)
            yield layout
    finally:
        doc.close()
