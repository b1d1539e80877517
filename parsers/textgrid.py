"""Tables drawn without ruling lines -> the grids a ruled table would give.

Used for a table section (5-7) in which no ruled table was found, and for the body of a ruled table printed
without rules between its rows (only its columns and header ruled, as statistical tables are printed). Columns
are the gutters no word crosses (a few lines may: a merged header cell, an
industry title); a row starts where the number column holds a number, or in a table that numbers none where
cells start side by side after a blank; a line of one text over the columns is a row printed across (a task
over its projects); in section 7 an indicator starts where its unit or year cells start. The grids
are then read by the ordinary TableReader, so headers, continuations and
industries are handled exactly as for ruled tables.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from parsers.grid import MIN_GUTTER, group_lines, gutters
from parsers.stream import same_edges
from parsers.tables import (EXTRA, COLUMN_NUMBER, INDUSTRY_TITLE, MAX_INDUSTRY_TITLE, ROW_GAP, ROW_NUMBER, YEAR, Column,
                            RowGroup, counts_up, header_columns, names_industry, part_template, row_groups)
from parsers.template import TableTemplate
from parsers.text import fold
from schemas.layout import Cell, Grid, Line, Table, TextLine

MIN_COLUMNS = 3
MIN_COLUMN_WIDTH = 20.0  # points: a column narrower than this may be a sliver ...
SLIVER_SHARE = 0.25  # ... if it has fewer lines than this share of a neighbour's
MAX_HEADER_LINES = 10  # a header wraps over a few lines; more is cell text
CENTRED = 1.5  # points: a line's centre this near the one above it, and its start farther, is centred under it
TITLE_NUMBER = re.compile(r"\s*(?:\d|[IVX])")  # how an industry's title opens (tables.INDUSTRY_TITLE)
SPANNING_KEYS = ("no", "project", "responsible_body")  # section 7 cells merged over a project's indicators


def merge_slivers(xs: list[float], lines: list[Line]) -> list[float]:
    """Merge slivers into the column they are the ragged end of.

    A column narrower than MIN_COLUMN_WIDTH with far fewer lines than a
    neighbour is the right end of the column on its left, which only that
    column's longest lines reach.
    """
    xs = list(xs)
    while True:
        counts = [0] * (len(xs) - 1)
        for line in lines:
            for c in _split(line, xs):
                counts[c] += 1
        sliver = next((c for c in range(len(counts)) if xs[c + 1] - xs[c] < MIN_COLUMN_WIDTH
                       and counts[c] < SLIVER_SHARE * max(counts[max(c - 1, 0):c + 2])), None)
        if sliver is None:
            return xs
        xs.pop(sliver if sliver > 0 else 1)  # text runs left to right: a ragged end is its left neighbour's


def _column_at(xs: list[float], x: float) -> int:
    """The column between borders `xs` a point lies in (the first or last for a point outside)."""
    return min(max(bisect_right(xs, x) - 1, 0), len(xs) - 2)


def _split(line: Line, xs: list[float]) -> dict[int, Line]:
    """A line's words per column."""
    by_col: dict[int, list] = {}
    for w in line.words:
        by_col.setdefault(_column_at(xs, w.xc), []).append(w)
    return {c: group_lines(ws)[0] for c, ws in by_col.items()}


class Columns:
    """Column borders, and each line cut at them once: the cut is asked for many times per line."""

    def __init__(self, xs: list[float], ruled: bool = False):
        self.xs = xs
        self.ruled = ruled  # drawn borders, not gutters: no cell's text runs over one
        self._cut: dict[int, tuple[Line, dict[int, Line]]] = {}

    def column(self, x: float) -> int:
        return _column_at(self.xs, x)

    def parts(self, line: Line) -> dict[int, Line]:
        """The line's words per column (cached by the line's identity; the line is kept with its cut, so that
        a line made and dropped meanwhile cannot hand its identity to another)."""
        key = id(line)
        if key not in self._cut:
            self._cut[key] = (line, _split(line, self.xs))
        return self._cut[key][1]


def _borders_crossed(words: list, cols: Columns) -> int:
    """How many column borders a line's words run over (a word on one, or a word space across it)."""
    words = sorted(words, key=lambda w: w.x0)
    return sum(any(w.x0 < border < w.x1 for w in words)
               or any(a.x1 <= border <= b.x0 and b.x0 - a.x1 < MIN_GUTTER for a, b in zip(words, words[1:]))
               for border in cols.xs[1:-1])


def _runs_across_a_border(line: Line, cols: Columns) -> bool:
    """Whether the line's text continues over a column border."""
    return _borders_crossed(line.words, cols) > 0


def _is_title(line: Line, cols: Columns) -> bool:
    """An industry title printed across the table ('2. Здравоохранение'), not cut into cells by gutters; or
    centred over the table, inside one column, alone on its line and naming a known industry."""
    return bool(INDUSTRY_TITLE.match(line.text)) and (
        _runs_across_a_border(line, cols) or len(cols.parts(line)) == 1 and names_industry(line.text))


def _starts_row(line: Line, cols: Columns, keys: dict[int, str] | None = None) -> bool:
    """Whether the line opens a row: a row number in the numbering column (the first, unless the known
    columns put it after another, as an industry column merged over its rows)."""
    numbering = next((c for c, key in (keys or {}).items() if key == "no"), 0)
    number = cols.parts(line).get(numbering)
    return number is not None and bool(ROW_NUMBER.fullmatch(number.text.strip()))


def _printed_across(line: Line, cols: Columns, keys: dict[int, str]) -> bool:
    """Whether the line is a row printed across the table beside its industry column (a task over its projects,
    as a cell merged over the columns is in a ruled table): its text beyond the industry column runs over a
    drawn column border, or over two gutters (a cell's line that a gutter missed runs over one)."""
    crossed = _borders_crossed([w for w in line.words if keys.get(cols.column(w.xc)) != "industry"], cols)
    return crossed >= (1 if cols.ruled else 2)


def _wraps_across(line: Line, blocks: list[tuple[str, list[Line]]], after_gap: bool, keys: dict[int, str]) -> bool:
    """Whether the line goes on in the row printed across just above it: in a table that numbers its rows, every
    line up to the next number (a wrapped task's last line may be short)."""
    return "no" in keys.values() and not after_gap and bool(blocks) and blocks[-1][0] == "across"


def _column_numbers(line: Line, cols: Columns) -> bool:
    """'1 2 3 4 5' under the header: a row of its own, whatever follows it."""
    texts = [p.text.strip() for _, p in sorted(cols.parts(line).items())]
    return len(texts) >= MIN_COLUMNS and all(COLUMN_NUMBER.match(t) for t in texts)


def _header_cells(lines: list[Line], cols: Columns) -> tuple[list[Cell], float]:
    """Header lines as ruled header cells: per column one cell, a year on the lowest line a cell of its own."""
    xs = cols.xs
    top, bottom = lines[0].y0, lines[-1].y1
    split_y = lines[-1].y0
    cells = []
    for c in range(len(xs) - 1):
        stack = [p[c] for p in (cols.parts(ln) for ln in lines) if c in p]
        if len(stack) > 1 and YEAR.match(stack[-1].text.strip()):
            cells.append(Cell(0, 1, c, c + 1, xs[c], top, xs[c + 1], split_y, stack[:-1]))
            cells.append(Cell(1, 2, c, c + 1, xs[c], split_y, xs[c + 1], bottom, stack[-1:]))
        else:
            cells.append(Cell(0, 2, c, c + 1, xs[c], top, xs[c + 1], bottom, stack))
    return cells, split_y


def _header(page: int, lines: list[Line], cols: Columns, template: TableTemplate,
            known: dict[int, str] | None) -> tuple[dict[int, str], float] | None:
    """Column index -> template key when `lines` are the table's header, and how well they match."""
    xs = cols.xs
    if not lines:
        return None
    cells, split_y = _header_cells(lines, cols)
    grid = Grid(page, xs, [lines[0].y0, split_y, lines[-1].y1], cells)
    known_columns = [Column(xs[c], xs[c + 1], key) for c, key in (known or {}).items()]
    columns = header_columns(RowGroup(grid, cells), template, known_columns or None, drawn=False)
    if columns is None:
        return None
    score = sum(hit[1] for cell in cells if cell.lines and (hit := template.columns.best(cell.text)))
    return {c: col.key for col in columns for c in range(len(xs) - 1) if abs(xs[c] - col.x0) < 0.5}, score


def _fine_rows(group: list[Line], cols: Columns, value_cols: set[int]) -> list[list[Line]]:
    """A row group's lines cut where a new indicator's unit or year cells start (section 7)."""
    rows: list[list[Line]] = [[]]
    for line in group:
        if value_cols & set(cols.parts(line)) and rows[-1]:
            rows.append([])  # lines before it: the previous indicator, or the rest of one cut by a page break
        rows[-1].append(line)
    return rows


def _find_header(page: int, lines: list[Line], cols: Columns, template: TableTemplate,
                 known: dict[int, str] | None) -> tuple[int, dict[int, str] | None]:
    """How many of the leading lines are a header, and its column keys (0, None when none is).

    The header is the run of lines that names the most columns best, the
    longest among equals: a header line more completes a column name ("по-" /
    "казателя"), a line of cell text more (the rest of a row cut by the page
    break) spoils one.
    """
    first_row = next((k for k, ln in enumerate(lines) if _is_title(ln, cols) or _starts_row(ln, cols, known)),
                     len(lines))
    keys, length, best = None, 0, (0, 0.0)
    for k in range(1, min(first_row, MAX_HEADER_LINES) + 1):
        found = _header(page, lines[:k], cols, template, known)
        named = len({key for key in found[0].values() if not key.startswith(EXTRA)}) if found else 0
        if found and (named, found[1]) >= best:
            (keys, score), length = found, k
            best = (named, score)
    while keys and length < min(first_row, MAX_HEADER_LINES) and _centred_under(length, lines, cols):
        length += 1
    return length, keys


def _centred_under(k: int, lines: list[Line], cols: Columns) -> bool:
    """Whether line `k` is the last line of wrapped header cells over it: each of its parts words, centred under
    its column's header text above and set in from where the column's text starts («Инициатива устойчивого» /
    «развития»). Its words may name no column and so read as a row; a data cell's lines start at the column's
    left (a full line of one is centred too)."""
    every = [cols.parts(line) for line in lines]
    parts = every[k]
    for c, part in parts.items():
        over = [p[c] for p in every[:k] if c in p]
        text_start = min(p[c].x0 for p in every if c in p)
        if not over or not any(ch.isalpha() for ch in part.text) or part.x0 - text_start <= CENTRED:
            return False
        if abs(part.x0 + part.x1 - over[-1].x0 - over[-1].x1) / 2 > CENTRED:
            return False
    return bool(parts)


def _cells_start_together(lines: list[Line], cols: Columns, resumed: bool = False) -> dict[int, set[int]]:
    """The lines (by index) on which at least MIN_COLUMNS cells start side by side, each after a wider gap in
    its own column than between a cell's lines (or first in it), and those cells' columns: the rows of a table
    that numbers none and rules none between them. A long cell beside them may run on without a gap (the last
    row's benefits). With `resumed`, below the first line only a column with text above the gap counts: a cell
    centred in a tall ruled row also starts lower than the others, first in its column."""
    gap, bottoms, starts = _typical_gap(lines), {}, {}
    for i, line in enumerate(lines):
        parts = cols.parts(line)
        first = not (i and resumed)  # a column's first text counts as a start
        started = {c for c, part in parts.items()
                   if (c not in bottoms and first) or c in bottoms and part.y0 - bottoms[c] > gap + ROW_GAP}
        if len(started) >= MIN_COLUMNS:
            starts[i] = started
        bottoms.update((c, part.y1) for c, part in parts.items())
    return starts


def _opens_unnumbered_row(started: set[int], keys: dict[int, str], template: TableTemplate) -> bool:
    """Whether cells starting together (_cells_start_together) open a row of a table that numbers none. Under
    one project an indicator's name, unit and values start together too: in a table of values a row opens only
    where its naming cell (the project) starts with them."""
    if not started or "no" in keys.values():
        return False
    values = any(key == "unit" or key.startswith("year:") for key in keys.values())
    return not values or any(keys.get(c) == (template.split_rows_on or "project") for c in started)


def _starts_cells(line: Line, previous: Line, cols: Columns, keys: dict[int, str], template: TableTemplate) -> bool:
    """An unnumbered row's first line: its naming cell (project, name) and others start here together."""
    naming = {c for c, key in keys.items() if key == (template.split_rows_on or "project")}
    here = set(cols.parts(line))
    return bool(naming & here) and not naming & set(cols.parts(previous)) and len(here) >= MIN_COLUMNS


def _blocks(page: int, lines: list[Line], cols: Columns, template: TableTemplate,
            known: dict[int, str] | None) -> tuple[list[tuple[str, list[Line]]], dict[int, str] | None]:
    """The page as ('title' | 'header' | 'row', lines) blocks in reading order, and the last column keys.

    After a wider gap than between a cell's lines a new block may begin: an
    industry title ('6. Социальная сфера', also when centred inside one column),
    or the header of the next table.
    """
    blocks: list[tuple[str, list[Line]]] = []
    keys, gap, i = known, _typical_gap(lines), 0
    together = _cells_start_together(lines, cols)  # rows where the table numbers none
    def gap_after(k: int) -> bool:
        return k + 1 >= len(lines) or lines[k + 1].y0 - lines[k].y1 > gap + ROW_GAP

    while i < len(lines):
        line = lines[i]
        after_gap = i == 0 or line.y0 - lines[i - 1].y1 > gap + ROW_GAP or blocks[-1][0] == "title"
        standalone = after_gap and gap_after(i) and len(line.text) <= MAX_INDUSTRY_TITLE
        if _is_title(line, cols) or (standalone and INDUSTRY_TITLE.match(line.text) and not _starts_row(line, cols, keys)):
            blocks.append(("title", [line]))
            i += 1
            continue
        if after_gap:
            length, found = _find_header(page, lines[i:], cols, template, keys)
            if found:
                blocks.append(("header", lines[i:i + length]))
                keys, i = found, i + length
                continue
        if keys is not None and not _starts_row(line, cols, keys) and (
                _printed_across(line, cols, keys) or _wraps_across(line, blocks, after_gap, keys)):
            if not (blocks and blocks[-1][0] == "across" and not after_gap):
                blocks.append(("across", []))
            blocks[-1][1].append(line)
            i += 1
            continue
        opens_unnumbered = keys is not None and i > 0 and (_starts_cells(line, lines[i - 1], cols, keys, template)
                                                           or _opens_unnumbered_row(together.get(i, set()), keys,
                                                                                    template))
        if _starts_row(line, cols, keys) or opens_unnumbered or not blocks or blocks[-1][0] != "row" \
                or _column_numbers(blocks[-1][1][0], cols):
            blocks.append(("row", []))
        blocks[-1][1].append(line)
        i += 1
    return blocks, keys


def virtual_grid(page: int, lines: list[Line], cols: Columns, template: TableTemplate,
                 known: dict[int, str] | None) -> tuple[Grid, dict[int, str]] | None:
    """The page's lines as a grid on the columns `cols`, and the column keys of the last header
    on it (or those known from earlier pages)."""
    xs = cols.xs
    blocks, keys = _blocks(page, lines, cols, template, known)
    if keys is None:
        return None
    value_cols = {c for c, key in keys.items() if key == "unit" or key.startswith("year:")}
    spanning = {c for c, key in keys.items() if key in SPANNING_KEYS} if value_cols else set(range(len(xs) - 1))
    cells: list[Cell] = []
    ys: list[float] = []
    row = 0
    for kind, group in blocks:
        bottom = max(ln.y1 for ln in group)
        if kind == "header":
            header_cells, split_y = _header_cells(group, cols)
            cells += [Cell(c.row0 + row, c.row1 + row, c.col0, c.col1, c.x0, c.y0, c.x1, c.y1, c.lines)
                      for c in header_cells]
            ys += [group[0].y0, split_y]
            row += 2
            continue
        if kind == "title":
            cells.append(Cell(row, row + 1, 0, len(xs) - 1, xs[0], group[0].y0, xs[-1], bottom, group))
            ys.append(group[0].y0)
            row += 1
            continue
        if kind == "across":
            cells += _across_cells(row, group, cols, keys)
            ys.append(group[0].y0)
            row += 1
            continue
        fine = _fine_rows(group, cols, value_cols)
        tops = [r[0].y0 for r in fine]
        ys += tops
        for c in range(len(xs) - 1):
            if c in spanning and not _printed_on_every_row(fine, cols, c):
                stack = [p[c] for ln in group if c in (p := cols.parts(ln))]
                cells.append(Cell(row, row + len(fine), c, c + 1, xs[c], tops[0], xs[c + 1], bottom, stack))
                continue
            for r, fine_lines in enumerate(fine):
                y1 = tops[r + 1] if r + 1 < len(fine) else bottom
                stack = [p[c] for ln in fine_lines if c in (p := cols.parts(ln))]
                cells.append(Cell(row + r, row + r + 1, c, c + 1, xs[c], tops[r], xs[c + 1], y1, stack))
        row += len(fine)
    ys.append(max(ln.y1 for ln in lines))
    return Grid(page, xs, ys, cells), keys


def _across_cells(row: int, lines: list[Line], cols: Columns, keys: dict[int, str]) -> list[Cell]:
    """A row printed across the table (_printed_across) as one cell merged over the columns after the industry
    column, and the industry column's own cell beside it when the industry's title stands on its lines."""
    xs, top, bottom = cols.xs, lines[0].y0, max(ln.y1 for ln in lines)
    industry = {c for c, key in keys.items() if key == "industry"}
    first = min((c for c in range(len(xs) - 1) if c not in industry), default=0)
    cells = [Cell(row, row + 1, c, c + 1, xs[c], top, xs[c + 1], bottom, stack) for c in sorted(industry)
             if (stack := [p[c] for ln in lines if c in (p := cols.parts(ln))])]
    across = [group_lines([w for w in ln.words if cols.column(w.xc) >= first])[0] for ln in lines]
    return cells + [Cell(row, row + 1, first, len(xs) - 1, xs[first], top, xs[-1], bottom, across)]


def _printed_on_every_row(fine: list[list[Line]], cols: Columns, c: int) -> bool:
    """Whether column `c` prints one text again on each of the group's fine rows (the project beside each of its
    indicators), not one text merged over them: read as one cell, the text would stand there once per row. The
    page's first row may hold the end of the text (or nothing) and its last the start: a page break cut them."""
    texts = [fold(" ".join(p[c].text for ln in lines if c in (p := cols.parts(ln)))) for lines in fine]
    repeated = max(texts, key=texts.count)
    inner = texts[1:-1]
    return (bool(repeated) and texts.count(repeated) >= 2 and all(text == repeated for text in inner)
            and repeated.endswith(texts[0]) and repeated.startswith(texts[-1]))


def _lines_by_page(lines: list[TextLine]) -> dict[int, list[Line]]:
    pages: dict[int, list[Line]] = {}
    for tl in lines:
        if tl.line.words:
            pages.setdefault(tl.page, []).append(tl.line)
    return pages


def _outer_borders(lines: list[Line], inner: list[float]) -> list[float]:
    """The inner borders with the table's left and right edges around them."""
    return [min(w.x0 for ln in lines for w in ln.words) - 1, *inner, max(w.x1 for ln in lines for w in ln.words) + 1]


def virtual_tables(lines: list[TextLine], template: TableTemplate) -> list[Table]:
    """A section's running text, page by page, as one table of virtual grids (none when no columns show)."""
    pages = _lines_by_page(lines)
    every = [line for page_lines in pages.values() for line in page_lines]
    inner = gutters(every)  # over all pages: on a continuation page most columns may be empty
    if len(inner) + 1 < MIN_COLUMNS:
        return []
    cols = Columns(merge_slivers(_outer_borders(every, inner), every))
    if len(cols.xs) - 1 < MIN_COLUMNS:
        return []
    fragments, keys = [], None
    for page, page_lines in pages.items():
        found = virtual_grid(page, page_lines, cols, template, keys)
        if found is not None:
            grid, keys = found
            fragments.append(grid)
    return [Table(fragments)] if fragments else []


def _typical_gap(lines: list[Line]) -> float:
    gaps = sorted(b.y0 - a.y1 for a, b in zip(lines, lines[1:]) if b.y0 > a.y1)
    return gaps[len(gaps) // 2] if gaps else 0.0


def virtual_card(lines: list[TextLine]) -> list[Table]:
    """The strategy card (section 2) drawn without rulings: field names on the left, values on the right.

    A field starts where the left column has text after a blank stretch of it,
    after a field name ending in ':' or '?', or after a wider gap than between
    the lines of one cell.
    """
    pages = _lines_by_page(lines)
    every = [line for page_lines in pages.values() for line in page_lines]
    inner = gutters(every)
    if not inner:
        return []
    cols = Columns(_outer_borders(every, inner[:1]))
    xs = cols.xs
    fragments = []
    for page, page_lines in pages.items():
        gap = _typical_gap(page_lines)
        rows: list[list[Line]] = []
        previous: Line | None = None
        for line in page_lines:
            label = cols.parts(line).get(0)
            before = cols.parts(previous).get(0) if previous else None
            opens = label is not None and (
                before is None or before.text.rstrip().endswith((":", "?"))
                or (previous is not None and line.y0 - previous.y1 > gap + ROW_GAP))
            if not rows or opens:
                rows.append([])
            rows[-1].append(line)
            previous = line
        cells, ys = [], []
        for r, row in enumerate(rows):
            top, bottom = row[0].y0, max(ln.y1 for ln in row)
            ys.append(top)
            for c in (0, 1):
                stack = [p[c] for ln in row if c in (p := cols.parts(ln))]
                cells.append(Cell(r, r + 1, c, c + 1, xs[c], top, xs[c + 1], bottom, stack))
        ys.append(max(ln.y1 for ln in page_lines))
        fragments.append(Grid(page, xs, ys, cells))
    return [Table(fragments)] if fragments else []


BODIES_KEPT = 1 << 10
_bodies: dict[int, tuple[Grid, int | None]] = {}
"""_unruled_body's answers by the grid's identity, each with its grid (so that no other grid takes its id): a
grid is not changed once read, and each is asked about to classify its table (sections.py) and again for each
template table it is tried as, and to cut its rows (records.py)."""


def _unruled_body(grid: Grid) -> int | None:
    """The first grid row of a body printed without rules between its rows, or None: a cell of the first two
    columns (the numbering column, maybe after an industry column) numbers several rows, where a ruled table
    gives each row its cell; or one grid row shows several rows of the table by their text (_printed_in_one_row)."""
    if id(grid) in _bodies:
        return _bodies[id(grid)][1]
    rows = [cell.row0 for cell in grid.cells if cell.col0 <= 1 and _numbers_rows(cell)]
    body = min(rows) if rows else _printed_in_one_row(grid)
    if len(_bodies) >= BODIES_KEPT:
        del _bodies[next(iter(_bodies))]  # the oldest: a document's tables are asked about together
    _bodies[id(grid)] = (grid, body)
    return body


def _printed_in_one_row(grid: Grid) -> int | None:
    """The first grid row that holds several rows of the table: its first line is an industry's title and
    nothing else, over the cells of the row under it (the title's row printed without a rule under it); or cells
    start together in it (_cells_start_together) on its first line and twice or more below it, once at least in
    the first line's first column (another row's naming cell), or anywhere when it is the table's last row and
    the first to show such blanks (a body under its header rows, as a page holding one project's indicators
    shows it). A ruled table's rows whose goals, technologies and sources stand in spaced paragraphs beside one
    name show the blanks row after row, never in the name's column. Each row of every ruled table is asked, so
    the cheap signs are looked at first: several cells with a blank between their lines, or a title."""
    cols = Columns(grid.xs, ruled=True)
    by_row: dict[int, list[Cell]] = {}
    for cell in grid.cells:
        if cell.lines:
            by_row.setdefault(cell.row0, []).append(cell)
    (first, last), blanks_above = (min(by_row, default=None), max(by_row, default=None)), False
    for row, cells in sorted(by_row.items()):
        gaps = [[b.y0 - a.y1 for a, b in zip(cell.lines, cell.lines[1:])] for cell in cells]
        least = min((gap for cell_gaps in gaps for gap in cell_gaps), default=0.0)  # between a cell's lines
        gapped = sum(any(gap > least + ROW_GAP for gap in cell_gaps) for cell_gaps in gaps) >= MIN_COLUMNS
        top = min((cell.lines[0] for cell in cells), key=lambda line: line.y0)
        titled = _opens_with_title(top, cells)
        if not (gapped or titled) or not all(_stands_inside(line, cell) for cell in cells for line in cell.lines):
            blanks_above = blanks_above or gapped
            continue  # (not inside: a record printed down the page turned across, tables.records_as_rows)
        if titled:
            return row
        if row == first and row != last:
            blanks_above = True  # a ruled first row over more ruled rows is the header (its lines may be spaced
            continue  # unevenly, as a scan's are), never a body printed in one row
        together = _cells_start_together(group_lines([w for cell in cells for line in cell.lines for w in line.words]),
                                         cols, resumed=True)
        if 0 in together and len(together) >= 3 and (
                any(min(together[0]) in started for i, started in together.items() if i)
                or row == last and not blanks_above):
            return row
        blanks_above = True
    return None


def _opens_with_title(top: Line, cells: list[Cell]) -> bool:
    """Whether a row's first line (`top`, with the first lines of other cells beside it) is an industry's title and
    nothing else, over more lines of the row."""
    beside = [line for line in (cell.lines[0] for cell in cells) if line.y0 < top.y1 and line.y1 > top.y0]
    if not TITLE_NUMBER.match(min(beside, key=lambda line: line.x0).text):
        return False  # (a title opens with its number: most rows are told so before their words are grouped)
    words = [w for line in beside for w in line.words]
    if not words:
        return False  # (a format without pages gives no words: its rows are drawn, each in its cells)
    first = group_lines(words)[0]
    below = any(line.y0 >= top.y1 for cell in cells for line in cell.lines)
    return below and bool(INDUSTRY_TITLE.match(first.text)) and names_industry(first.text)


def _stands_inside(line: Line, cell: Cell) -> bool:
    """Whether a cell's line is printed in the cell's box, by its middle (a title centred over a narrow column
    may overrun the column's rules)."""
    return cell.x0 <= (line.x0 + line.x1) / 2 <= cell.x1 and cell.y0 <= (line.y0 + line.y1) / 2 <= cell.y1


def _head_texts(grid: Grid, rows: int) -> list[str]:
    """The texts of the grid's first `rows` rows, cell by cell: a header printed again prints the same."""
    return [cell.text for cell in sorted(grid.cells, key=lambda c: (c.row0, c.col0)) if cell.row1 <= rows]


def has_unruled_body(table: Table) -> bool:
    """Whether some page of the table prints its body's rows without rules between them (_unruled_body)."""
    return any(_unruled_body(grid) is not None for grid in table.fragments)


def _numbers_rows(cell: Cell) -> bool:
    """Whether a cell's lines include two or more row numbers that count up, printed alike, one of them more
    than a line's height below the one before («2.6», «2.7»; «11.», «1.» for the next industry; an industry's
    one-line row «1» right over «1.1»), not one number a narrow cell wrapped («1.» over «2» for «1.2», «1.1»
    over «0» for «1.10»)."""
    at = [line for line in cell.lines if ROW_NUMBER.fullmatch(line.text.strip())]
    numbers = [line.text.strip() for line in at]
    return (len(numbers) >= 2 and len({n.endswith(".") for n in numbers}) == 1
            and any(b.y0 - a.y1 > a.y1 - a.y0 for a, b in zip(at, at[1:])) and counts_up(numbers))


def _header_keys(grid: Grid, rows: int, template: TableTemplate, known: list[Column] | None,
                 data: list[RowGroup]) -> list[Column] | None:
    """The columns the ruled header rows (the grid's first `rows`) name, read with the rows under them
    (`data`), or the known ones when they name none; the header of a part of the table (part_template: the
    number and name printed again over the years) names its columns too."""
    head = Grid(grid.page, grid.xs, grid.ys[:rows + 1], [c for c in grid.cells if c.row1 <= rows], grid.ref)
    for group in row_groups(head):
        if group.nonempty and (columns := header_columns(group, template, known, data)
                               or header_columns(group, part_template(template), None, data)) is not None:
            known = columns
    return known


def unruled_rows(table: Table, template: TableTemplate) -> Table | None:
    """The table with every page's body that prints its rows without rules between them cut into rows by its
    text, as a borderless table's are (virtual_grid: a row opens at its number, an indicator at its unit or
    year cells), on the page's own ruled columns, its ruled header rows kept; None when no body is so printed.
    A page whose body shows no rows of its own to count (one numbered row, an industry's title over it) is
    cut too when it prints the same header rows as a page that does. The header is read with the rows cut at
    their numbers first: what the columns hold tells a reworded header's columns."""
    bodies = [_unruled_body(grid) for grid in table.fragments]
    shown = next((k for k, body in enumerate(bodies) if body is not None), None)
    if shown is None:
        return None
    head, head_texts = bodies[shown], _head_texts(table.fragments[shown], bodies[shown])
    fragments, known = [], None
    for grid, body in zip(table.fragments, bodies):
        if body is None and len(grid.ys) - 1 > head and _head_texts(grid, head) == head_texts:
            body = head
        if known is not None and not same_edges([c.x0 for c in known] + [known[-1].x1], grid.xs):
            known = None  # another table's columns
        if body is None or any(c.row0 < body < c.row1 for c in grid.cells):
            fragments.append(grid)
            continue
        words = [w for cell in grid.cells if cell.row0 >= body for line in cell.lines for w in line.words]
        lines, cols = group_lines(words), Columns(grid.xs, ruled=True)
        numbered = virtual_grid(grid.page, lines, cols, template, {})
        data = row_groups(numbered[0]) if numbered else []
        known = _header_keys(grid, body, template, known, data) if body else known
        keys = {c: col.key for c in range(len(grid.xs) - 1) for col in known or () if abs(col.x0 - grid.xs[c]) < 0.5}
        found = virtual_grid(grid.page, lines, cols, template, keys) if keys else None
        if found is None:
            fragments.append(grid)
            continue
        cut = found[0]
        cells = [c for c in grid.cells if c.row1 <= body] + [
            Cell(c.row0 + body, c.row1 + body, c.col0, c.col1, c.x0, c.y0, c.x1, c.y1, c.lines) for c in cut.cells]
        fragments.append(Grid(grid.page, grid.xs, grid.ys[:body + 1] + cut.ys[1:], cells, grid.ref))
    return Table(fragments)
