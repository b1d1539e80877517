"""Pages -> one stream of text lines and tables, in reading order.

Page furniture goes here (page numbers), and a table cut by a page break
becomes one table again: a grid that opens a page continues the table that
closed the previous page when their columns line up.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from schemas.layout import Block, Cell, Grid, Line, PageContent, Table, TextLine

PAGE_NUMBER = re.compile(r"^[-–—\s]*\d{1,4}[-–—\s]*$")
COLUMN_TOLERANCE = 4.0  # points two fragments' column borders may differ by and still be one table
INDENT = 8.0
MARGIN_MIN_LINES = 3  # lines that must start at an x for it to be the margin ...
MARGIN_SHARE = 0.05  # ... and their share of all lines
EDGE_LINES = 2  # lines at a page's top or bottom edge that may be furniture
FURNITURE_GAP = 4.0  # points between furniture and the body (lines of one paragraph or table nearly touch)
BLOCK_APART = 1.5  # times the gap between a two-line head's lines, by which the body below stands apart from it
MAX_PAGE_NUMBER_CHARS = 4  # a page number misread by OCR ("7" as "я") is as short as the number
PAGE_NUMBER_SPOT = 6.0  # points a page number's centre strays from page to page (a scan's skew)
RUNNING_MIN_PAGES = 3  # a running header/footer recurs on at least this many pages
RUNNING_SHARE = 0.3  # ... and on at least this share of them
RUNNING_RUN = RUNNING_MIN_PAGES  # ... or on this many pages in a row
FOOTNOTE_MARK = re.compile(r"^\s*(?:\d{1,2}|\*{1,3})\s*[А-ЯЁA-Z]")  # "2 Объемы…", "*Примечание", "1Указ…"
FOOTNOTE_TYPE = 0.92  # a footnote's line height against the body's: footnotes are set in smaller type
JUSTIFIED_GAPS = 3  # gaps a line must have for their being alike to tell justification (two may be by chance)
JUSTIFIED_SPREAD = 0.5  # points between a justified line's widest and narrowest gap between words
PHRASE_GAP = 2.0  # line heights between two words of one phrase (a table's header line has wider gaps between cells)


def _outside_tables(content: PageContent) -> tuple[list[Line], list[Line]]:
    """Lines at the page's top and bottom edges, above and below every table, set apart from
    the body by a gap: where furniture stands (a repeated table header line has no such gap)."""
    top = min((g.y0 for g in content.grids), default=float("inf"))
    bottom = max((g.y1 for g in content.grids), default=float("-inf"))
    lines = content.lines
    above = []
    for k, line in enumerate(lines[:EDGE_LINES]):
        following = lines[k + 1].y0 if k + 1 < len(lines) else top
        if line.y1 > top or min(following, top) - line.y1 < FURNITURE_GAP:
            break
        above.append(line)
    if not above and len(lines) > EDGE_LINES and lines[EDGE_LINES - 1].y1 <= top:
        # a running head of two lines set close together, and apart from the body by more than from each other
        # though by less than FURNITURE_GAP (a head 3.6 pt over a body whose lines stand 4.5 pt apart)
        inner = max(b.y0 - a.y1 for a, b in zip(lines, lines[1:EDGE_LINES]))
        if min(lines[EDGE_LINES].y0, top) - lines[EDGE_LINES - 1].y1 >= max(FURNITURE_GAP / 2, BLOCK_APART * inner):
            above = lines[:EDGE_LINES]
    below = []
    for k in range(len(lines) - 1, max(len(lines) - 1 - EDGE_LINES, -1), -1):
        line = lines[k]
        preceding = lines[k - 1].y1 if k > 0 else bottom
        if line.y0 < bottom or line.y0 - max(preceding, bottom) < FURNITURE_GAP:
            break
        below.append(line)
    return above, below[::-1]


def _furniture_key(line: Line) -> str:
    return re.sub(r"\d+", "#", line.text.strip().lower())


def _touching_top(content: PageContent) -> Line | None:
    """The page's first line when it touches the body (no furniture gap) and reads as one phrase above
    every table: a running title a writer set close to the text, which only its recurring at one
    spot on many pages tells from a paragraph's first line."""
    lines = content.lines
    if not lines or (content.grids and lines[0].y1 > min(g.y0 for g in content.grids)):
        return None
    return lines[0] if one_phrase(lines[0]) else None


def one_phrase(line: Line) -> bool:
    """Whether a line reads as one phrase: no gap between its words as wide as a table's between its cells, unless
    all its gaps are alike, as justification stretches a wrapped heading's first line («1.2. Цифровые инструменты
    мониторинга межнациональных и», 26 pt between every two words); cells stand apart by what their texts leave."""
    height = line.y1 - line.y0
    words = sorted(line.words, key=lambda w: w.x0)
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
    justified = len(gaps) >= JUSTIFIED_GAPS and max(gaps) - min(gaps) <= JUSTIFIED_SPREAD
    return justified or not any(gap > PHRASE_GAP * height for gap in gaps)


def _exact_key(line: Line) -> tuple[str, str]:
    """A line's text as printed, figures kept: a section's running head («Раздел 4/8. …»), not «#.»."""
    return "=", line.text.strip().lower()


def _spot_key(line: Line) -> tuple[str, int]:
    return _furniture_key(line), round(line.y0 / PAGE_NUMBER_SPOT)


def running_furniture(pages: list[PageContent]) -> set[str | tuple[str, int] | tuple[str, str]]:
    """Texts printed at the top or bottom of many pages (a running title, "Страница N из M"): set apart
    from the body by a gap, anywhere at the edge; touching the body, at one spot of the page's top. Set apart,
    a text at the edge of RUNNING_RUN pages in a row is furniture too: a section's running head, its title over
    each of its pages («Раздел 4/8. Состояние подотраслей …»), recurs on that section's pages only; on its first
    page it stands over the heading it repeats, which tells it on a short section too. Such a text is never
    printed inside a page (a lead-in over each industry's risks may open three pages in a row)."""
    counts: Counter[str | tuple[str, int]] = Counter()
    runs: dict[tuple[str, str], tuple[int, int]] = {}  # edge text -> its last page, and the pages in a row so far
    in_a_row: set[tuple[str, str]] = set()
    in_body: set[tuple[str, str]] = set()  # texts printed inside a page too: a lead-in a page happens to open with
    for k, content in enumerate(pages):
        above, below = _outside_tables(content)
        counts.update({_furniture_key(ln) for ln in above + below})
        heading = bool(above) and _over_its_heading(above[0], content.lines[1:3])
        if heading:
            in_a_row.add(_exact_key(above[0]))  # over the heading it repeats, on the section's first page
        at_edge = {id(ln) for ln in above + below} | ({id(content.lines[1])} if heading else set())
        in_body.update(_exact_key(ln) for ln in content.lines if id(ln) not in at_edge)
        for key in {_exact_key(ln) for ln in above + below}:  # as printed: «1.», «2.» over pages in a row differ
            last, run = runs.get(key, (-2, 0))
            runs[key] = (k, run + 1 if last == k - 1 else 1)
            if runs[key][1] >= RUNNING_RUN:
                in_a_row.add(key)
        touching = _touching_top(content)
        if touching is not None and all(touching is not line for line in above):
            counts[_spot_key(touching)] += 1
    return {key for key, n in counts.items() if n >= _running_least(pages)} | (in_a_row - in_body)


def _over_its_heading(head: Line, under: list[Line]) -> bool:
    """Whether a page's top line repeats the heading under it, the heading maybe wrapped over two lines (a
    section's running head on the section's first page)."""
    texts = [line.text.strip().lower() for line in under]
    return bool(texts) and head.text.strip().lower() in (texts[0], " ".join(texts))


def _running_least(pages: list[PageContent]) -> float:
    """On how many pages a text or a spot must recur to be running furniture."""
    return max(RUNNING_MIN_PAGES, RUNNING_SHARE * len(pages))


def page_number_spots(pages: list[PageContent]) -> list[tuple[float, float]]:
    """The centres of the page numbers printed at the pages' edges, one per page that has one."""
    spots = []
    for content in pages:
        above, below = _outside_tables(content)
        spots += [((ln.x0 + ln.x1) / 2, (ln.y0 + ln.y1) / 2) for ln in above + below if PAGE_NUMBER.match(ln.text)][:1]
    return spots


def _at_page_number_spot(line: Line, spots: list[tuple[float, float]], least: float) -> bool:
    """Whether a short edge line stands where many pages print their number: a page number OCR misread
    ("7" read "я" by a portal's text layer), which else stays in the text and parts a table cut by the
    page break from its start."""
    if len(line.text.strip()) > MAX_PAGE_NUMBER_CHARS:
        return False
    x, y = (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2
    return sum(abs(x - sx) <= PAGE_NUMBER_SPOT and abs(y - sy) <= PAGE_NUMBER_SPOT for sx, sy in spots) >= least


def _without_furniture(content: PageContent, running: set[str | tuple[str, int] | tuple[str, str]],
                       spots: list[tuple[float, float]], least: float) -> list[Line]:
    """Drop page numbers and running headers/footers, peeling them off the page's top and bottom edges;
    a short line where `least` of the other pages' numbers (`spots`) stand is a misread page number."""
    def furniture(line: Line) -> bool:
        return (bool(PAGE_NUMBER.match(line.text)) or _furniture_key(line) in running or _exact_key(line) in running
                or _at_page_number_spot(line, spots, least))

    above, below = _outside_tables(content)
    dropped = set()
    for edge in (above, list(reversed(below))):
        peeled = set()  # a running head stands once at an edge: the same text under it is the section's heading
        for line in edge:
            if not furniture(line) or _furniture_key(line) in peeled:
                break
            peeled.add(_furniture_key(line))
            dropped.add(id(line))
    touching = _touching_top(content)
    if touching is not None and _spot_key(touching) in running:
        dropped.add(id(touching))
    touching = _touching_bottom(content)
    if touching is not None and (_furniture_key(touching) in running or _at_page_number_spot(touching, spots, least)):
        dropped.add(id(touching))
    return [line for line in content.lines if id(line) not in dropped]


def _touching_bottom(content: PageContent) -> Line | None:
    """The page's last line, below every table, when it may be furniture set close to the text (single line
    spacing, or «Страница 68» just under the footnotes): only its text recurring on many pages, or its standing
    where many pages print their number, tells it from the body's last line (a list item «12»)."""
    lines = content.lines
    bottom = max((g.y1 for g in content.grids), default=float("-inf"))
    return lines[-1] if lines and lines[-1].y0 >= bottom else None


def body_margin(pages: list[PageContent]) -> float:
    """The leftmost x where many lines start: running text's margin (indents and table cells lie right of it)."""
    counts = Counter(round(line.x0) for page in pages for line in page.lines)
    frequent = [x for x, n in counts.items() if n >= max(MARGIN_MIN_LINES, MARGIN_SHARE * sum(counts.values()))]
    return min(frequent) if frequent else (counts.most_common(1)[0][0] if counts else 0.0)


def same_edges(a: list[float], b: list[float]) -> bool:
    """Whether two lists of column borders are drawn on the same columns, give or take COLUMN_TOLERANCE: the
    same outer borders, and every border of the one with fewer among the other's. A piece of a table whose
    rows all merge some columns (an industry's title row alone at a page's foot) draws fewer borders."""
    fewer, more = sorted((a, b), key=len)
    return (len(fewer) >= 2 and abs(fewer[0] - more[0]) <= COLUMN_TOLERANCE and abs(fewer[-1] - more[-1]) <= COLUMN_TOLERANCE
            and all(any(abs(x - y) <= COLUMN_TOLERANCE for y in more) for x in fewer))


def same_columns(table: Table, grid: Grid) -> bool:
    """Whether a grid is drawn on the columns of a table (of its piece that draws the most borders)."""
    return same_edges(max((fragment.xs for fragment in table.fragments), key=len), grid.xs)


def build_stream(pages: list[PageContent]) -> list[Block]:
    margin = body_margin(pages)
    running, spots = running_furniture(pages), page_number_spots(pages)
    body = body_line_height(pages)
    stream: list[Block] = []
    for content in pages:
        lines = _without_furniture(content, running, spots, _running_least(pages))
        notes = {id(line) for line in footnote_lines(content, lines, body)}
        texts = [TextLine(content.page, line, line.x0 > (line.column[0] if line.column else margin) + INDENT,
                          footnote=id(line) in notes) for line in lines]
        for position, item in enumerate(_with_tables(texts, content.grids)):
            if isinstance(item, Grid):
                # a table cut by the page break goes on past the footnotes printed under its first part
                k = len(stream) - 1
                while k >= 0 and isinstance(stream[k], TextLine) and stream[k].footnote:
                    k -= 1
                previous = stream[k] if k >= 0 else None
                if (position == 0 and isinstance(previous, Table)
                        and previous.fragments[-1].page == content.page - 1
                        and same_columns(previous, item) and not _boxed(item)
                        and not _boxed(previous.fragments[-1])):  # a box heads what follows, never cut by a page
                    previous.fragments.append(item)
                else:
                    stream.append(Table([item]))
            else:
                stream.append(item)
    return stream


MAX_BOXED_LINES = 3  # lines of a one-cell table that is a boxed heading or phrase, not a note set in a frame


def unboxed(blocks: list[Block]) -> list[Block]:
    """The blocks with each table of one cell holding a line or so as those lines of text, the first opening a
    paragraph: a heading printed in a shaded or framed box («Глава I: Общие сведения …») is a heading, not a
    table (PDF and DOCX alike). So is a table of one row whose first cell holds a heading's number, its title in
    the second («Раздел 1 программы БЮП. | Доступность …», «1.1. | Законодательные основы …»: headings set in a
    margin column), read as the number and the title on one line."""
    out: list[Block] = []
    for block in blocks:
        grid = block.fragments[0] if isinstance(block, Table) and len(block.fragments) == 1 else None
        if grid is not None and _boxed(grid):
            out += [TextLine(grid.page, line, k == 0, grid.ref) for k, line in enumerate(grid.cells[0].lines)]
        elif grid is not None and (aside := _numbered_aside(grid)):
            number, label, title = aside
            first = replace(title.lines[0], text=f"{number} {title.lines[0].text}", x0=label.x0)
            out += [TextLine(grid.page, line, k == 0, grid.ref) for k, line in enumerate([first, *title.lines[1:]])]
        else:
            out.append(block)
    return out


MARGIN_NUMBER = re.compile(r"^\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\.?"
                           r"|[^\W\d_]{1,16}\s+(?:\d{1,2}|[IVX]{1,4})\.?(?:\s+[^\W\d_]{1,16}){0,4}\.?)\s*$")
"""What a margin column prints of a heading: its number alone («1.1.», «IV.»), or after a heading word and maybe
before a few words («Раздел 1 программы БЮП.», «Глава IV»); a card's «10. Ресурсы» names a field."""


def _numbered_aside(grid: Grid) -> tuple[str, Cell, Cell] | None:
    """A heading set in a margin column (unboxed) as (its number, the number's cell, the title's cell): a one-row
    table of two cells, the first a number as MARGIN_NUMBER has it, the second a line or so; else None."""
    if len(grid.cells) != 2 or len(grid.ys) != 2:
        return None
    label, title = sorted(grid.cells, key=lambda cell: cell.col0)
    text = " ".join(line.text for line in label.lines)
    if not (0 < len(title.lines) <= MAX_BOXED_LINES and MARGIN_NUMBER.match(text)):
        return None
    return " ".join(text.split()), label, title


CONTINUED_TABLE = re.compile(r"^\s*(?:продолжение|окончание)\s+табл", re.IGNORECASE)
"""The line a continued table prints over its next pieces («Продолжение таблицы 3», «Окончание таблицы 3»)."""


def continued_tables(blocks: list[Block]) -> list[Block]:
    """The blocks with a table printed in pieces under «Продолжение таблицы 3» lines as one table (PDF and DOCX
    alike): a piece drawn on the last piece's columns, on the next page (anywhere, in a format without pages),
    goes on the table, and the line over it is no text of its own."""
    out: list[Block] = []
    held: list[TextLine] = []  # continuation lines since the last table
    for block in blocks:
        if isinstance(block, TextLine) and CONTINUED_TABLE.match(block.text) and out and isinstance(out[-1], Table):
            held.append(block)
            continue
        if held and isinstance(block, Table) and _next_piece(out[-1], block):
            out[-1] = Table(out[-1].fragments + block.fragments)
        else:
            out += held + [block]
        held = []
    return out + held


def _next_piece(table: Table, piece: Table) -> bool:
    last, first = table.fragments[-1].page, piece.fragments[0].page
    return same_columns(table, piece.fragments[0]) and (last is None and first is None
                                                        or last is not None and first == last + 1)


def _boxed(grid: Grid) -> bool:
    """Whether a grid is one cell holding a line or so (unboxed): a box, never the next page's part of a table nor
    a table's part a page break cut (a boxed «Раздел 6. …» at a page's foot over its table on the next)."""
    return len(grid.cells) == 1 and 0 < len(grid.cells[0].lines) <= MAX_BOXED_LINES


def _with_tables(texts: list[TextLine], grids: list[Grid]) -> list[TextLine | Grid]:
    """The page's lines in their reading order (newspaper columns one after the other), each table before
    the first line below its top."""
    out: list[TextLine | Grid] = []
    tables = sorted(grids, key=lambda grid: grid.y0)
    for text in texts:
        while tables and tables[0].y0 < text.line.y0:
            out.append(tables.pop(0))
        out.append(text)
    return out + tables


def body_line_height(pages: list[PageContent]) -> float:
    """The height most lines of running text have (their font's), rounded to half a point."""
    counts = Counter(round(_type_size(line) * 2) / 2 for page in pages for line in page.lines)
    return counts.most_common(1)[0][0] if counts else 0.0


def _type_size(line: Line) -> float:
    """A line's type size: the middle height of its words (a raised footnote number makes the line taller)."""
    heights = sorted(w.y1 - w.y0 for w in line.words) or [line.y1 - line.y0]
    return heights[len(heights) // 2]


def footnote_lines(content: PageContent, lines: list[Line], body: float) -> list[Line]:
    """The footnotes at a page's foot: from a line that opens with a footnote's number or star, below every
    table, to the page's end, every line in a smaller type than the body's («2 Объемы финансирования
    подлежат ежегодному уточнению…» under a table cut by the page break, blind5)."""
    bottom = max((grid.y1 for grid in content.grids), default=0.0)
    below = [line for line in lines if line.y0 >= bottom]
    for k, line in enumerate(below):
        if FOOTNOTE_MARK.match(line.text) and all(_type_size(ln) < FOOTNOTE_TYPE * body for ln in below[k:]):
            return below[k:]
    return []
