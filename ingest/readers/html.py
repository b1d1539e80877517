"""HTML saved from a browser or a legal-information portal -> stream blocks (lxml.html).

The DOM already says what is a heading, a paragraph, a list item or a table
cell, so it is read like a DOCX: each block element is one paragraph, each
table a grid whose merged cells come from rowspan/colspan. Scripts, styles,
navigation and forms are dropped; an ordered list's numbers, which a browser
prints but the text does not hold, are put back.
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import Path

import lxml.html
from lxml import etree

from ingest.readers.structured import PlacedCell, span, table, text_line
from schemas.layout import Block, Figure, Reading
from schemas.problems import IngestFailure

SUFFIXES = (".html", ".htm", ".xhtml")
DROPPED = ("script", "style", "noscript", "nav", "header", "footer", "form", "button", "select", "template",
           "iframe", "svg", "aside")
"""Elements that are page chrome, not the document: site menus, headers and footers, scripts."""
RUNNING = ("header", "footer")  # LibreOffice exports a document's running header and footer as <div title=...>
BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "dd", "dt", "section",
          "article", "main", "ul", "ol", "dl", "center", "address", "figure", "body", "caption", "tr"}
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
LAYOUT_INSIDE = ("h1", "h2", "h3", "h4", "h5", "h6", "table")
BREAK = "\x00"  # a <br> or block edge; newlines in the source are only whitespace
MARKERS = (b"<html", b"<!doctype html", b"<head", b"<body", b"<meta", b"<table", b"<div", b"<p>", b"<p ")


def can_read(head: bytes, path: Path) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<?xml"):
        return b"<html" in text
    return text.startswith(b"<") and any(marker in text[:1024] for marker in MARKERS)


def read(path: Path, on_page: Callable[[int, int], None] | None = None) -> Reading:
    try:
        # huge_tree: without it libxml2 silently drops everything nested deeper than 255 elements, and a page
        # that never closes its <div>s or <b>s (one per paragraph) reaches that depth in a few pages
        root = lxml.html.document_fromstring(XML_DECLARATION.sub("", _decode(path.read_bytes()), count=1),
                                             parser=lxml.html.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError) as exc:
        raise IngestFailure("damaged_html", f"the HTML cannot be parsed: {exc}") from exc
    for element in [e for e in root.iter() if e.tag in DROPPED or e.get("title") in RUNNING]:
        if element.getparent() is not None:
            element.drop_tree()
    body = root.find("body") if root.find("body") is not None else root
    blocks: list[Block] = []
    counts = {"paragraph": 0, "table": 0}
    try:
        _walk(body, blocks, counts)
    except RecursionError as exc:
        raise IngestFailure("damaged_html", "its elements are nested too deep to follow (hundreds of tags "
                            "opened and never closed): print the page to PDF from a browser and ingest "
                            "that") from exc
    if on_page:
        on_page(1, 1)
    return Reading(blocks=blocks)


def _decode(data: bytes) -> str:
    """The page's text: by its byte-order mark; UTF-8 when the bytes are UTF-8, whatever the page declares
    (a page saved from a browser is re-encoded but may keep its old `charset=windows-1251`); else by its
    declared charset; else Windows-1251 (what Russian portals and older saved pages use when they declare
    nothing, or declare UTF-8 wrongly)."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    text = data.decode("utf-8", errors="replace")
    if _is_utf8(data, text):
        return text
    declared = CHARSET.search(data[:4096])
    if declared:
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii"))
        except LookupError:
            codec = None
        if codec is not None and codec.name != "utf-8":
            return data.decode(codec.name, errors="replace")
    return data.decode("cp1251", errors="replace")


def _is_utf8(data: bytes, text: str) -> bool:
    """Whether `text`, `data` decoded as UTF-8 with replacements, is what the bytes mean: a damaged sequence
    (a character cut or pasted from elsewhere) in at most one of ten non-ASCII characters. Cyrillic in a
    one-byte code page (Windows-1251, KOI8-R) is invalid UTF-8 at nearly every letter."""
    damaged = text.count("\ufffd") - data.count("\ufffd".encode())
    return damaged * 10 <= sum(1 for ch in text if ord(ch) > 127)


def _walk(element, blocks: list[Block], counts: dict[str, int], marker: str = "") -> None:
    """Block elements in document order: the inline text of each one is a paragraph;
    text directly between block children (a portal's <br>-separated lines) too.
    `marker` (a list item's printed number) opens the element's first paragraph."""
    pending: list[str] = [element.text or ""]
    first = [marker]

    def flush() -> None:
        for text in "".join(pending).split(BREAK):
            if not text.strip():
                continue
            counts["paragraph"] += 1
            line = text_line(first[0] + text, f"paragraph {counts['paragraph']}")
            if line is not None:
                blocks.append(line)
                first[0] = ""
        pending.clear()

    number = _int(element.get("start"), 1)
    for child in element:
        if not isinstance(child.tag, str):  # a comment or processing instruction
            pending.append(child.tail or "")
            continue
        if child.tag == "table" and _is_layout(child):
            flush()
            for cell in (c for tr in _rows(child) for c in tr if c.tag in ("td", "th")):
                _walk(cell, blocks, counts)
        elif child.tag == "table":
            flush()
            counts["table"] += 1
            block = table(_cells(child), [], f"table {counts['table']}")
            if block is not None:
                blocks.append(block)
        elif child.tag == "img" and not "".join(pending).strip():
            flush()
            counts["paragraph"] += 1
            blocks.append(Figure(None, f"paragraph {counts['paragraph']}"))
        elif child.tag in BLOCKS:
            flush()
            item = ""
            if child.tag == "li" and element.tag == "ol":
                number = _int(child.get("value"), number)
                item, number = f"{number}. ", number + 1
            _walk(child, blocks, counts, first[0] + item)
            first[0] = ""
        elif child.tag == "br":
            pending.append(BREAK)
        else:
            pending.append(_inline_text(child))
        pending.append(child.tail or "")
    flush()


def _inline_text(element) -> str:
    """Text of an inline element (<span>, <a>, <b>), line breaks kept as new lines."""
    out = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            out.append(BREAK if child.tag == "br" else _inline_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _cell_texts(td) -> list[str]:
    """A cell's lines: its paragraphs and line breaks; a nested table's text in reading order."""
    lines: list[str] = []
    collected: list[str] = []
    _lines_of(td, collected)
    for text in "".join(collected).split(BREAK):
        if text.strip():
            lines.append(text)
    return lines


def _lines_of(element, out: list[str]) -> None:
    out.append(element.text or "")
    for child in element:
        if isinstance(child.tag, str):
            if child.tag in BLOCKS or child.tag in ("table", "td", "th"):
                out.append(BREAK)
                _lines_of(child, out)
                out.append(BREAK)
            elif child.tag == "br":
                out.append(BREAK)
            else:
                _lines_of(child, out)
        out.append(child.tail or "")


def _is_layout(tbl) -> bool:
    """A table used to lay out the page, not to hold data (older portals wrap the whole document in one):
    a single cell, or cells holding headings or tables of their own. Its cells are read as running text."""
    cells = [c for tr in _rows(tbl) for c in tr if c.tag in ("td", "th")]
    return len(cells) == 1 or any(next(c.iter(*LAYOUT_INSIDE), None) is not None for c in cells)


def _rows(tbl):
    """The table's own rows (<thead>, <tbody>, <tfoot> or bare), not those of nested tables."""
    for child in tbl:
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from (tr for tr in child if tr.tag == "tr")


def _cells(tbl) -> list[PlacedCell]:
    """Cells placed on the column grid, skipping the slots that rowspans from above occupy."""
    cells: list[PlacedCell] = []
    taken: set[tuple[int, int]] = set()
    for r, tr in enumerate(_rows(tbl)):
        col = 0
        for td in (c for c in tr if c.tag in ("td", "th")):
            while (r, col) in taken:
                col += 1
            columns, rows = span(_int(td.get("colspan"), 1)), span(_int(td.get("rowspan"), 1))
            cells.append(PlacedCell(r, r + rows, col, col + columns, _cell_texts(td)))
            taken.update((r + i, col + j) for i in range(rows) for j in range(columns))
            col += columns
    last = max((c.row0 for c in cells), default=0) + 1
    for cell in cells:  # a rowspan reaching past the last row ends with the table
        cell.row1 = min(cell.row1, last)
    return cells


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
