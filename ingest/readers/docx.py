"""DOCX -> stream blocks, read from the document's own structure (python-docx opens the package).

A DOCX holds what a PDF only draws: paragraphs, and tables whose merged
cells are explicit (gridSpan across columns, vMerge down rows), with no page
breaks inside them. So there is nothing to guess: no hyphenation, no page
stitching. What Word keeps outside the text is resolved here:
- list numbering (numPr) is printed by Word, not stored: the printed number
  ("5.", "1)") is computed from numbering.xml, so headings and list items read
  as they look;
- tracked changes read as accepted (insertions kept, deletions dropped);
- comments, footnotes, headers and footers are not part of the body: ignored;
- a picture in the running text becomes a Figure (its content cannot be read).
python-docx parses the package and styles; the body is walked with lxml
directly, since python-docx exposes neither numbering nor merged-cell spans
cheaply (its cell API rebuilds the grid on every access).
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from ingest.readers.structured import MAX_SPAN, PlacedCell, span, table, text_lines
from schemas.layout import Block, Figure, Reading
from schemas.problems import IngestFailure, Problem

SUFFIXES = (".docx", ".docm")
MAX_XML_BYTES = 256 << 20
"""XML a DOCX may inflate to: a 1,000-page document's is a few tens of MB, and past this lxml's tree would
not fit the memory limit per document anyway."""
TWIPS_PER_POINT = 20
W_P, W_TBL, W_SDT, W_TR, W_TC = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:tr"), qn("w:tc")
W_T, W_TAB, W_BR, W_CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
W_R, W_RPR, W_B = qn("w:r"), qn("w:rPr"), qn("w:b")
RUN_IN_NUMBER = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})+\.?\s+\S")
"""A run-in heading's number, «1.2. …»: levelled, as a subsection's is."""
MAX_RUN_IN = 200  # characters a run-in heading has at most: a longer bold opening is emphasis
SKIPPED = {qn("w:del"), qn("w:moveFrom"), qn("w:drawing"), qn("w:pict"), qn("w:object"),
           "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
           qn("w:delText"), qn("w:instrText"), qn("w:footnoteReference"), qn("w:commentReference")}
"""Elements whose text is not printed: deletions, pictures, field instructions, a compatibility copy."""
PICTURES = (qn("w:drawing"), qn("w:pict"), qn("w:object"))
FORMATS = {
    "decimal": str, "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": lambda n: _letters(n, "abcdefghijklmnopqrstuvwxyz"),
    "upperLetter": lambda n: _letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "russianLower": lambda n: _letters(n, "абвгдежзиклмнопрстуфхцчшщэюя"),
    "russianUpper": lambda n: _letters(n, "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"),
    "lowerRoman": lambda n: _roman(n).lower(), "upperRoman": lambda n: _roman(n),
}
MAX_LIST_LEVEL = 8  # Word's lists have nine levels, 0-8
BULLET = "–"  # a bullet's glyph is a Symbol-font code point; the parser knows this dash


def can_read(head: bytes, path: Path) -> bool:
    """A zip holding word/document.xml. A zip is only opened when it starts with PK; its member
    list tells DOCX from ODT (both are zips). A damaged zip named .docx is taken, so that
    read() reports it as `corrupt_zip`."""
    if not head.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(path) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return path.suffix.lower() in SUFFIXES  # read() says what is wrong with it


def read(path: Path, on_page: Callable[[int, int], None] | None = None) -> Reading:
    try:
        _check_inflated_size(path)
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError) as exc:
        raise IngestFailure("corrupt_zip", f"the DOCX's zip container is damaged ({exc}): "
                            "open it in Word or LibreOffice and save it again") from exc
    except etree.XMLSyntaxError as exc:  # also what lxml says of entity bombs and absurd nesting
        raise IngestFailure("corrupt_zip", f"a part of the DOCX is not well-formed XML ({exc}): "
                            "open it in Word or LibreOffice and save it again") from exc
    numbering = Numbering(document)
    blocks: list[Block] = []
    counts = {"paragraph": 0, "table": 0}
    _walk(document.element.body, numbering, blocks, counts)
    if on_page:
        on_page(1, 1)
    problems = [Problem("damaged_numbering", "the document's lists use levels Word does not have (0-8): their "
                        "paragraphs are read without their numbers, so list items there may be missing")
                ] if numbering.damaged_levels else []
    return Reading(blocks=blocks, problems=problems)


def _check_inflated_size(path: Path) -> None:
    """Fail at once a package whose XML would inflate past MAX_XML_BYTES (a zip bomb: a few megabytes that
    fill the memory limit per document, then `out_of_memory`, which --retry-failed tries again). The sizes
    are the zip's own: zipfile reads no member past its declared size, so a lie is a damaged zip."""
    with zipfile.ZipFile(path) as z:
        inflated = sum(member.file_size for member in z.infolist() if member.filename.endswith((".xml", ".rels")))
    if inflated > MAX_XML_BYTES:
        raise IngestFailure("corrupt_zip", f"the DOCX's XML would inflate to {inflated >> 20} MB, more than any "
                            f"document Word writes ({MAX_XML_BYTES >> 20} MB at most are read): a zip bomb?")


def _walk(parent, numbering: Numbering, blocks: list[Block], counts: dict[str, int]) -> None:
    """Body-level paragraphs and tables in order; content controls (w:sdt) are looked into."""
    for child in parent:
        if child.tag == W_P:
            counts["paragraph"] += 1
            ref = f"paragraph {counts['paragraph']}"
            text = paragraph_text(child)
            if cut := _run_in_heading(child):  # the heading on a line of its own, as it reads
                text = f"{text[:cut].rstrip()}\n{text[cut:].lstrip()}"
            lines = text_lines(numbering.label(child) + text, ref)
            blocks += lines
            if not lines and next(child.iter(*PICTURES), None) is not None:
                blocks.append(Figure(None, ref))
        elif child.tag == W_TBL:
            counts["table"] += 1
            block = table(_cells(child, numbering), _widths(child), f"table {counts['table']}")
            if block is not None:
                blocks.append(block)
        elif child.tag == W_SDT and (content := child.find(qn("w:sdtContent"))) is not None:
            _walk(content, numbering, blocks, counts)


def _run_in_heading(p) -> int | None:
    """Where a run-in subsection heading ends: the bold runs a paragraph opens with, numbered «1.2.» and no longer
    than a heading, before the paragraph's text goes on in plain runs («**1.2. Цифровой учет запасов.** В ходе
    реализации …»); None for other paragraphs. Bold is the only mark that parts them."""
    bold: list[str] = []
    for run in p.iter(W_R):
        out: list[str] = []
        _collect(run, out, "\t")
        text = "".join(out)
        if not text.strip():
            bold.append(text)
            continue
        if not _bold(run):
            heading = "".join(bold)
            return len(heading) if RUN_IN_NUMBER.match(heading) and len(heading) <= MAX_RUN_IN else None
        bold.append(text)
    return None


def _bold(run) -> bool:
    """Whether a run is set bold by its own properties (w:b, not switched off)."""
    b = run.find(f"{W_RPR}/{W_B}")
    return b is not None and b.get(qn("w:val"), "true") not in ("0", "false", "off")


def paragraph_text(p) -> str:
    """The printed text of a paragraph: runs, insertions, hyperlinks; tabs as tabs, line breaks as newlines
    (structured.text_lines ends a line there)."""
    out: list[str] = []
    _collect(p, out, "\t")
    return "".join(out)


def _collect(element, out: list[str], tab: str) -> None:
    for child in element:
        tag = child.tag
        if tag in SKIPPED:
            continue
        if tag == W_T:
            out.append(child.text or "")
        elif tag == W_TAB:
            out.append(tab)
        elif tag in (W_BR, W_CR):
            if child.get(qn("w:type")) != "page":
                out.append("\n")
        elif len(child):
            _collect(child, out, tab)


def _cell_texts(tc, numbering: Numbering) -> list[str]:
    """A cell's paragraphs as lines (a line break inside one starts a new line); a nested
    table's paragraphs follow in reading order, so its text stays in the cell it stands in."""
    texts: list[str] = []
    for p in tc.iter(W_P):
        texts += (numbering.label(p) + paragraph_text(p)).split("\n")
    return texts


def _children(element, tag: str):
    """Children with `tag`, looking into content controls (w:sdt) that wrap rows or cells."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag == W_SDT and (content := child.find(qn("w:sdtContent"))) is not None:
            yield from _children(content, tag)


def _widths(tbl) -> list[float]:
    grid = tbl.find(qn("w:tblGrid"))
    if grid is None:
        return []
    return [int(g.get(qn("w:w"), "0") or 0) / TWIPS_PER_POINT for g in grid.findall(qn("w:gridCol"))]


def _cells(tbl, numbering: Numbering) -> list[PlacedCell]:
    """Cells on the table's column grid: gridSpan widens a cell, vMerge="continue" lengthens the
    cell above it; gridBefore skips the columns a row leaves empty at its start."""
    cells: list[PlacedCell] = []
    open_at: dict[int, PlacedCell] = {}  # column -> the cell a vMerge continuation extends
    for r, tr in enumerate(_children(tbl, W_TR)):
        col = max(0, min(_val_int(tr.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}"), 0), MAX_SPAN))
        for tc in _children(tr, W_TC):
            props = tc.find(qn("w:tcPr"))
            columns = span(_val_int(props.find(qn("w:gridSpan")) if props is not None else None, 1))
            merge = props.find(qn("w:vMerge")) if props is not None else None
            above = open_at.get(col)
            if merge is not None and merge.get(qn("w:val"), "continue") == "continue" and above is not None \
                    and above.row1 == r and above.col1 == col + columns:
                above.row1 = r + 1
                above.texts += [t for t in _cell_texts(tc, numbering) if t.strip()]
            else:
                cell = PlacedCell(r, r + 1, col, col + columns, _cell_texts(tc, numbering))
                cells.append(cell)
                open_at[col] = cell
            col += columns
    return cells


def _val_int(element, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(qn("w:val")))
    except (TypeError, ValueError):
        return default


class Numbering:
    """Printed numbers of Word's automatic lists: per list (numId), a counter per level."""

    def __init__(self, document):
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, ilvl) -> (format, text, start)
        self.style_num: dict[str, tuple[str, int]] = {}
        self.list_of: dict[str, str] = {}  # numId -> the counter it advances: its abstract list's
        self.restarts: dict[str, dict[int, int]] = {}  # numId -> {level: start} applied where it is first used
        self.counters: dict[str, list[int]] = {}
        self.damaged_levels = 0  # list levels defined or used that Word has not: ignored, and reported
        styles = {style.get(qn("w:styleId")): style for style in document.styles.element.findall(qn("w:style"))}
        for style_id in styles:
            found = _style_numbering(styles, style_id)
            if found is not None:
                self.style_num[style_id] = found
        try:
            part = document.part.numbering_part
        except (NotImplementedError, KeyError):
            part = None
        if part is not None:
            self._load(part.element)

    def _load(self, root) -> None:
        abstract = {}
        for a in root.findall(qn("w:abstractNum")):
            levels = {_level(lvl): lvl for lvl in a.findall(qn("w:lvl"))}
            self.damaged_levels += None in levels
            abstract[a.get(qn("w:abstractNumId"))] = {level: lvl for level, lvl in levels.items() if level is not None}
        abstract_of = {num.get(qn("w:numId")): _val(num.find(qn("w:abstractNumId")))
                       for num in root.findall(qn("w:num"))}
        for a in root.findall(qn("w:abstractNum")):  # a list defined by a numbering style takes that style's list
            link = _val(a.find(qn("w:numStyleLink")))
            target = abstract_of.get(self.style_num.get(link, (None,))[0]) if link else None
            if target is not None and not abstract[a.get(qn("w:abstractNumId"))]:
                abstract[a.get(qn("w:abstractNumId"))] = abstract.get(target, {})
                for num_id, ref in abstract_of.items():
                    if ref == a.get(qn("w:abstractNumId")):
                        abstract_of[num_id] = target
        for num in root.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            ref = abstract_of[num_id]
            levels = dict(abstract.get(ref, {}))
            starts = {}
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = _level(override)
                if ilvl is None:
                    self.damaged_levels += 1
                    continue
                if override.find(qn("w:lvl")) is not None:
                    levels[ilvl] = override.find(qn("w:lvl"))
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    starts[ilvl] = _val_int(start, 1)
            # lists sharing an abstract list share its counter (Word and LibreOffice number so);
            # a startOverride restarts that counter at the list's first paragraph
            self.list_of[num_id] = f"abstract {ref}" if ref is not None else f"num {num_id}"
            self.restarts[num_id] = starts
            for ilvl, lvl in levels.items():
                fmt = lvl.find(qn("w:numFmt"))
                text = lvl.find(qn("w:lvlText"))
                self.levels[(num_id, ilvl)] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    text.get(qn("w:val")) if text is not None else f"%{ilvl + 1}.",
                    starts.get(ilvl, _val_int(lvl.find(qn("w:start")), 1)))

    def label(self, p) -> str:
        """The printed list label of paragraph `p` plus a space, or "" when it is not numbered."""
        props = p.find(qn("w:pPr"))
        if props is None:
            return ""
        num = props.find(qn("w:numPr"))
        style = self.style_num.get(_val(props.find(qn("w:pStyle"))), (None, 0))
        num_id = _val(num.find(qn("w:numId"))) if num is not None else None
        num_id = num_id or style[0]  # a paragraph's own numPr, else its style's (a heading style's list)
        ilvl = _val_int(num.find(qn("w:ilvl")) if num is not None else None, style[1])
        if (num_id, ilvl) not in self.levels:
            self.damaged_levels += num_id in self.list_of and not 0 <= ilvl <= MAX_LIST_LEVEL
            return ""  # numId 0 switches numbering off
        fmt, text, start = self.levels[(num_id, ilvl)]
        counter = self.counters.setdefault(self.list_of[num_id], [])
        for level, value in self.restarts.pop(num_id, {}).items():
            if level < len(counter):
                counter[level] = value - 1
                del counter[level + 1:]
        while len(counter) <= ilvl:
            counter.append(self.levels.get((num_id, len(counter)), ("", "", 1))[2] - 1)
        counter[ilvl] += 1
        del counter[ilvl + 1:]
        if fmt == "bullet":
            return BULLET + " "
        if fmt == "none":
            return ""
        label = text
        for level, value in enumerate(counter):
            level_fmt = self.levels.get((num_id, level), ("decimal",))[0]
            label = label.replace(f"%{level + 1}", FORMATS.get(level_fmt, str)(value))
        return label + " "


def _style_numbering(styles: dict, style_id: str, depth: int = 0) -> tuple[str, int] | None:
    """(numId, level) a paragraph style numbers its paragraphs with, inherited through basedOn."""
    style = styles.get(style_id)
    if style is None or depth > 20:
        return None
    num = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    if num is not None and num.find(qn("w:numId")) is not None:
        return _val(num.find(qn("w:numId"))), _val_int(num.find(qn("w:ilvl")), 0)
    return _style_numbering(styles, _val(style.find(qn("w:basedOn"))), depth + 1)


def _level(element) -> int | None:
    """The list level (w:ilvl) a w:lvl or w:lvlOverride defines; None when it is none Word has (0-8): damage
    that would otherwise fail the file, or make a counter of millions of levels."""
    try:
        level = int(element.get(qn("w:ilvl")))
    except (TypeError, ValueError):
        return None
    return level if 0 <= level <= MAX_LIST_LEVEL else None


def _val(element) -> str | None:
    return element.get(qn("w:val")) if element is not None else None


def _letters(n: int, alphabet: str) -> str:
    return alphabet[(n - 1) % len(alphabet)] * ((n - 1) // len(alphabet) + 1)


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + digits, n - value
    return out
