"""Page layout -> text lines and ruled tables (grids of possibly merged cells).

A table is read from its ruling lines, not guessed from text alignment: the
strategies are Word/LibreOffice documents whose tables are fully ruled, and a
cell border is the only reliable signal for merged cells (section 7 merges a
project over its indicator rows; industry titles are rows merged across all
columns). Cells are the connected regions of the finest grid that no ruling
separates.
"""
from __future__ import annotations

from bisect import bisect_right
from operator import itemgetter

from schemas.layout import Cell, Grid, Line, PageContent, PageLayout, Rule, Word, is_turned

TOLERANCE = 2.0  # points: rulings closer than this are one line; a ruling may stop this short of a crossing
SAME_LINE = 0.3  # points: pieces of one ruling share its coordinate (two borders side by side differ more)
FRAME_GAP = 3 * TOLERANCE  # a ruling running this far past the last crossing one ends at a missing outer border


_BY_MIDDLE, _BY_X0, _BY_Y0 = itemgetter(6, 1), itemgetter(1), itemgetter(2)  # Word fields: (yc, x0), x0, y0


def group_lines(words: list[Word]) -> list[Line]:
    """Words -> lines: a word belongs to the line whose middle it shares vertically.

    Words are read by index, not by name: a page has thousands, and this runs on all of them.
    """
    if words and _all_turned(words):
        return _turned_lines(words)
    lines: list[list[Word]] = []
    head_yc = head_height = 0.0
    for word in sorted(words, key=_BY_MIDDLE):
        height = word[4] - word[2]
        if lines and abs(word[6] - head_yc) < 0.5 * min(height, head_height):
            lines[-1].append(word)
            continue
        head_yc, head_height = word[6], height
        lines.append([word])
    out = []
    for ws in lines:
        if len(ws) == 1:
            w = ws[0]
            out.append(Line(w[0], w[1], w[2], w[3], w[4], (w,)))
            continue
        ws.sort(key=_BY_X0)
        out.append(Line(_letter_spaced(ws) or " ".join([w[0] for w in ws]), ws[0][1], min([w[2] for w in ws]),
                        max([w[3] for w in ws]), max([w[4] for w in ws]), tuple(ws)))
    return out


def _all_turned(words: list[Word]) -> bool:
    """Whether a cell's words are all printed turned 90° (an industry's name up a narrow merged cell): one word
    surely turned, none wider than tall. Numbers alone are taller than wide too, and are not turned."""
    return all(w[4] - w[2] > w[3] - w[1] for w in words) and any(  # most cells: over at their first word
        is_turned(w[0], w[3] - w[1], w[4] - w[2]) for w in words)


def _turned_lines(words: list[Word]) -> list[Line]:
    """Words printed bottom to top -> lines: each printed line is a column of the cell, read left to right (the
    reader has put each line's words top to bottom); «Государствен» / «ное управление» stays in that order,
    where lines by height would interleave the columns' words."""
    columns: list[list[Word]] = []
    reach = 0.0  # the right edge of the column being gathered
    for word in sorted(words, key=_BY_X0):
        if columns and word[1] < reach:
            columns[-1].append(word)
        else:
            columns.append([word])
        reach = max(reach, word[3]) if len(columns[-1]) > 1 else word[3]
    out = []
    for ws in columns:
        ws.sort(key=_BY_Y0)
        out.append(Line(" ".join([w[0] for w in ws]), min([w[1] for w in ws]), min([w[2] for w in ws]),
                        max([w[3] for w in ws]), max([w[4] for w in ws]), tuple(ws)))
    return out


SPACED_LETTERS = 4  # single letters in a row from which a line may be printed letter-spaced
SPACED_SHARE = 0.75  # share of a letter-spaced line's words that are one letter (the rest: "№", "1", ",")
WORD_GAP = 2.0  # a gap this many times the line's usual gap between letters parts two words
SPACED_GAP = 1.0  # line heights: the most a letter-spaced line's letters stand apart


def _letter_spaced(ws: list[Word]) -> str | None:
    """The text of a line printed with its letters spaced out («Р а з д е л № 1», «О Б Щ И Е  С В Е Д Е Н И Я»,
    Word's expanded spacing for headings), its letters joined into words; None for any other line. Within a
    word the letters stand the usual gap apart; a wider gap parts two words."""
    if len(ws) < SPACED_LETTERS:  # most lines: no count over their words
        return None
    single = sum(len(w[0]) == 1 and w[0].isalpha() for w in ws)
    if single < SPACED_LETTERS or single < SPACED_SHARE * len(ws):
        return None
    gaps = [b[1] - a[3] for a, b in zip(ws, ws[1:])]
    usual = sorted(gaps)[len(gaps) // 2]
    if usual > SPACED_GAP * (ws[0][4] - ws[0][2]):  # marks in a row of cells («х х х х») stand far apart
        return None
    text = ws[0][0]
    for gap, w in zip(gaps, ws[1:]):
        text += (" " if gap > WORD_GAP * max(usual, 0.1) else "") + w[0]
    return text


def _cluster(values: list[float]) -> list[float]:
    """Positions within TOLERANCE of each other merged into their mean."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= TOLERANCE:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def _joined(rules: list[Rule], horizontal: bool) -> list[Rule]:
    """Collinear segments that touch or overlap joined into one ruling.

    A browser draws each cell's borders separately, so a cell merged over
    several rows gets its side border in pieces, one per row, and a piece that
    crosses no horizontal ruling would otherwise be lost with the column border.
    Pieces are collinear when their coordinates differ by at most SAME_LINE (two
    borders drawn side by side, as cell-bordered tables have, stay two).
    """
    spans = sorted(((r.y0, r.x0, r.x1) if horizontal else (r.x0, r.y0, r.y1)) for r in rules)
    lines: list[list[tuple[float, float, float]]] = []
    for span in spans:
        if lines and span[0] - lines[-1][-1][0] <= SAME_LINE:
            lines[-1].append(span)
        else:
            lines.append([span])
    out = []
    for line in lines:
        position = line[0][0]
        joined: list[list[float]] = []
        for _, start, end in sorted(line, key=lambda span: span[1]):
            if joined and start <= joined[-1][1] + TOLERANCE:
                joined[-1][1] = max(joined[-1][1], end)
            else:
                joined.append([start, end])
        out += [Rule(a, position, b, position) if horizontal else Rule(position, a, position, b) for a, b in joined]
    return out


def _bridged(vs: list[Rule], hs: list[Rule]) -> list[Rule]:
    """Column borders broken where no horizontal ruling ends them, joined across the break.

    A row merged across the table (a blank spacer row, an industry's title) breaks every column border;
    a ruled table bounds it with horizontal rulings, but a table printed with no rules between its rows
    does not, and its column borders below the break would be lost with the columns they draw."""
    out: list[Rule] = []
    for v in sorted(vs, key=lambda r: (r.x0, r.y0)):
        last = out[-1] if out else None
        if last is not None and abs(last.x0 - v.x0) <= SAME_LINE and v.y0 > last.y1 and not any(
                h.x0 - TOLERANCE <= v.x0 <= h.x1 + TOLERANCE and last.y1 - TOLERANCE <= h.y0 <= v.y0 + TOLERANCE
                for h in hs):
            out[-1] = Rule(last.x0, last.y0, last.x1, v.y1)
        else:
            out.append(v)
    return out


def _rule_clusters(rules: list[Rule]) -> list[tuple[list[Rule], list[Rule]]]:
    """Groups of crossing rulings, each a candidate table: (horizontal, vertical)."""
    hs = [r for r in _joined([r for r in rules if r.horizontal], True) if r.x1 - r.x0 > TOLERANCE]
    vs = _bridged([r for r in _joined([r for r in rules if not r.horizontal], False) if r.y1 - r.y0 > TOLERANCE], hs)
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        left, right, y = h.x0 - TOLERANCE, h.x1 + TOLERANCE, h.y0
        for j, v in enumerate(vs):  # they touch: each reaches the other's line (within TOLERANCE); every pair is tried
            if left <= v.x0 <= right and v.y0 - TOLERANCE <= y <= v.y1 + TOLERANCE:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    return [g for g in groups.values() if len(g[0]) >= 2 and len(g[1]) >= 1]


def _with_outer_frame(hs: list[Rule], vs: list[Rule]) -> tuple[list[Rule], list[Rule]]:
    """Add the outer border a table drawn with inside borders only leaves out.

    Rulings that run past the outermost crossing ruling mark where the frame would be.
    """
    left, right = min(h.x0 for h in hs), max(h.x1 for h in hs)
    top, bottom = min(v.y0 for v in vs), max(v.y1 for v in vs)
    x_first, x_last = min(v.x0 for v in vs), max(v.x0 for v in vs)
    y_first, y_last = min(h.y0 for h in hs), max(h.y0 for h in hs)
    top, bottom = min(top, y_first), max(bottom, y_last)
    vs, hs = list(vs), list(hs)
    if left < x_first - FRAME_GAP:
        vs.append(Rule(left, top, left, bottom))
    if right > x_last + FRAME_GAP:
        vs.append(Rule(right, top, right, bottom))
    if top < y_first - FRAME_GAP:
        hs.append(Rule(left, top, right, top))
    if bottom > y_last + FRAME_GAP:
        hs.append(Rule(left, bottom, right, bottom))
    return hs, vs


def _covers(segments: list[tuple[float, float]], point: float) -> bool:
    for a, b in segments:  # a loop, not any() over a generator: this runs for every cell side of a table
        if a - TOLERANCE <= point <= b + TOLERANCE:
            return True
    return False


def build_grid(page: int, hs: list[Rule], vs: list[Rule]) -> Grid | None:
    hs, vs = _with_outer_frame(hs, vs)
    xs, ys = _cluster([v.x0 for v in vs]), _cluster([h.y0 for h in hs])
    if len(xs) < 2 or len(ys) < 2:
        return None
    v_at = [[(v.y0, v.y1) for v in vs if abs(v.x0 - x) <= TOLERANCE] for x in xs]
    h_at = [[(h.x0, h.x1) for h in hs if abs(h.y0 - y) <= TOLERANCE] for y in ys]
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(n_rows):
        ymid = (ys[r] + ys[r + 1]) / 2
        for c in range(n_cols):
            xmid = (xs[c] + xs[c + 1]) / 2
            if c + 1 < n_cols and not _covers(v_at[c + 1], ymid):
                parent[find(r * n_cols + c)] = find(r * n_cols + c + 1)
            if r + 1 < n_rows and not _covers(h_at[r + 1], xmid):
                parent[find(r * n_cols + c)] = find((r + 1) * n_cols + c)
    spans: dict[int, list[int]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            box = spans.setdefault(find(r * n_cols + c), [r, r, c, c])
            box[0], box[1] = min(box[0], r), max(box[1], r)
            box[2], box[3] = min(box[2], c), max(box[3], c)
    cells = [Cell(r0, r1 + 1, c0, c1 + 1, xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1])
             for r0, r1, c0, c1 in spans.values()]
    cells.sort(key=lambda cell: (cell.row0, cell.col0))
    return Grid(page, xs, ys, cells)


COLUMN_GUTTER = 8.0  # points of white between two newspaper columns, at the least
COLUMN_RUN = 5  # lines in a row, with words on both sides of the gutter, for a page to be set in two columns
GUTTER_BAND = (0.4, 0.6)  # where across the text the gutter of two columns of about one width stands
COLUMN_BREAK = 2.0  # line heights of white that end a stretch of columns (a table, a heading across both)


def in_reading_order(lines: list[Line]) -> list[Line]:
    """A page's lines in reading order: where it is set in two newspaper columns (a gutter no line crosses, for
    COLUMN_RUN lines or more, near the middle of the text), the left column's lines, then the right one's; lines
    by height would interleave the two columns' text line by line.

    A table drawn without rulings has gutters too, and a stretch of it where two long cells go on side by side
    has one: columns are read only where both sides are about one width and most lines fill both, as running
    text does (_prose_columns).
    """
    if len(lines) < COLUMN_RUN:
        return lines
    left, right = min(line.x0 for line in lines), max(line.x1 for line in lines)
    lo, hi = left + GUTTER_BAND[0] * (right - left), left + GUTTER_BAND[1] * (right - left)
    out, k, unsplit = [], 0, 0  # lines[unsplit:k] were put out whole
    while k < len(lines):
        length, both, gutter = _column_run(lines, k, lo, hi)
        if both < COLUMN_RUN or not _prose_columns(lines[k:k + length], left, right, gutter):
            out += lines[k:k + max(length, 1)]  # no later start within the stretch shares a wider gutter
            k += max(length, 1)
            continue
        # a heading atop the left column, white under it, beside the right column's first line
        start = k - 1 if k > unsplit and _beside(lines[k - 1], gutter) else k
        del out[len(out) - (k - start):]
        edges = ((left, gutter[0]), (gutter[1], right))
        for (x0, x1), side in zip(edges, _sides([w for line in lines[start:k + length] for w in line.words], gutter)):
            for line in group_lines(side):
                line.column = (x0, x1)
                out.append(line)
        k = unsplit = k + length
    return out


def _beside(line: Line, gutter: tuple[float, float]) -> bool:
    """Whether a line has words on both sides of a gutter and none across it: two columns' lines side by side."""
    left = [w for w in line.words if w[3] <= gutter[0]]
    right = [w for w in line.words if w[1] >= gutter[1]]
    return bool(left) and bool(right) and len(left) + len(right) == len(line.words)


def _sides(words: tuple[Word, ...] | list[Word], gutter: tuple[float, float]) -> tuple[list[Word], list[Word]]:
    """The words left of a gutter and those right of it, by their middles (none stands in it)."""
    return [w for w in words if w[5] < gutter[0]], [w for w in words if w[5] > gutter[1]]


def _free_between(line: Line, lo: float, hi: float) -> list[tuple[float, float]]:
    """The stretches of [lo, hi] no word of the line covers."""
    free, at = [], lo
    for w in line.words:
        if w[3] <= at or w[1] >= hi:
            continue
        if w[1] > at:
            free.append((at, w[1]))
        at = max(at, w[3])
    if at < hi:
        free.append((at, hi))
    return free


def _column_run(lines: list[Line], start: int, lo: float, hi: float) -> tuple[int, int, tuple[float, float]]:
    """The stretch of lines from `start` that share a gutter of COLUMN_GUTTER points or more within [lo, hi]:
    its length, how many of its lines have words on both sides of the gutter, and the gutter (the widest gap
    they share). It ends at a line that crosses the gutter, stands inside it (a page number under the
    columns), or stands COLUMN_BREAK line heights below the one before (a table between)."""
    common = [gap for gap in _free_between(lines[start], lo, hi) if gap[1] - gap[0] >= COLUMN_GUTTER]
    end = start
    while end < len(lines) and common:
        line = lines[end]
        if end > start and line.y0 - lines[end - 1].y1 > COLUMN_BREAK * (line.y1 - line.y0):
            break
        if all(any(a < w[1] and w[3] < b for w in line.words) for a, b in common):
            break
        here = [(max(a, c), min(b, d)) for a, b in common for c, d in _free_between(line, lo, hi)]
        here = [gap for gap in here if gap[1] - gap[0] >= COLUMN_GUTTER]
        if not here:
            break
        common, end = here, end + 1
    gutter = max(common, key=lambda gap: gap[1] - gap[0], default=(lo, lo))
    both = sum(any(w[3] <= gutter[0] for w in line.words) and any(w[1] >= gutter[1] for w in line.words)
               for line in lines[start:end])
    return end - start, both, gutter


MIN_GUTTER = 3.0  # points of x no word covers between two columns
MAX_CROSSING_LINES = 3  # lines that may cross a gutter: industry titles, a merged header cell ...
CROSSING_SHARE = 0.05  # ... or this share of the lines, if more (a header repeated on every page)
SAME_WIDTH = 0.15  # share of the text's width two newspaper columns' widths differ by, at most
FULL_LINE = 0.75  # share of its column's width a line of running text fills (all but a paragraph's last)


def _prose_columns(lines: list[Line], left: float, right: float, gutter: tuple[float, float]) -> bool:
    """Whether the lines are two newspaper columns of running text, not a stretch of a table drawn without
    rulings: columns of about one width, most lines filling both, and neither side parted by gutters of its
    own (a table's row has cells on each side; two long cells going on side by side fill neither side)."""
    a, b = gutter
    if abs((a - left) - (right - b)) > SAME_WIDTH * (right - left):
        return False
    full, both = 0, 0
    halves: tuple[list[Line], list[Line]] = ([], [])
    for line in lines:
        sides = _sides(line.words, gutter)
        for half, words in zip(halves, sides):
            if words:
                half.append(Line("", words[0][1], line.y0, words[-1][3], line.y1, tuple(words)))
        if all(sides):
            both += 1
            full += (sides[0][-1][3] - sides[0][0][1] >= FULL_LINE * (a - left)
                     and sides[1][-1][3] - sides[1][0][1] >= FULL_LINE * (right - b))
    return full >= both / 2 and not any(gutters(half) for half in halves)


def _depth_profile(lines: list[Line]) -> list[tuple[float, float, int]]:
    """(x0, x1, number of lines with a word there) over the lines' whole width."""
    events: list[tuple[float, int]] = []
    for line in lines:
        for w in line.words:
            events += [(w.x0, 1), (w.x1, -1)]
    events.sort()
    profile, depth = [], 0
    for (x, step), (nxt, _) in zip(events, events[1:]):
        depth += step
        if nxt > x:
            profile.append((x, nxt, depth))
    return profile


def gutters(lines: list[Line]) -> list[float]:
    """Column borders: where (almost) no line has a word.

    A gutter may be crossed by a few lines (an industry title across the
    table, a merged header cell); its border goes where the fewest lines cross.
    """
    allowed = max(MAX_CROSSING_LINES, int(CROSSING_SHARE * len(lines)))
    profile = _depth_profile(lines)
    borders: list[float] = []
    run: list[tuple[float, float, int]] = []
    for piece in profile + [(float("inf"), float("inf"), allowed + 1)]:
        if piece[2] <= allowed:
            run.append(piece)
            continue
        inside = run and run[0] is not profile[0] and run[-1] is not profile[-1]  # not the table's outer edge
        if inside and run[-1][1] - run[0][0] >= MIN_GUTTER:
            least = min(depth for _, _, depth in run)
            x0, x1, _ = max((p for p in run if p[2] == least), key=lambda p: p[1] - p[0])
            borders.append((x0 + x1) / 2)
        run = []
    return borders


def read_page_content(layout: PageLayout) -> PageContent:
    grids = []
    for hs, vs in _rule_clusters(layout.rules):
        grid = build_grid(layout.number, hs, vs)
        if grid is not None:
            grids.append(grid)
    grids.sort(key=lambda g: g.y0)
    if not grids:
        return PageContent(layout.number, layout.width, layout.height, in_reading_order(group_lines(layout.words)), [])
    placed = []  # per grid: its box, borders, rows and columns, and the words of the cell at each fine cell
    cell_words: list[list[list[Word]]] = []  # per grid, per cell: the words placed in it
    for grid in grids:
        n_cols = len(grid.xs) - 1
        at: list[list[Word] | None] = [None] * ((len(grid.ys) - 1) * n_cols)  # fine cell r, c at r * n_cols + c
        words_in = [[] for _ in grid.cells]
        for cell, words in zip(grid.cells, words_in):
            for r in range(cell.row0, cell.row1):
                at[r * n_cols + cell.col0:r * n_cols + cell.col1] = [words] * (cell.col1 - cell.col0)
        placed.append((grid.xs[0], grid.xs[-1], grid.ys[0], grid.ys[-1], grid.xs, grid.ys,
                       len(grid.ys) - 1, n_cols, at))
        cell_words.append(words_in)
    free: list[Word] = []
    for word in layout.words:
        xc, yc = word[5], word[6]
        for box in placed:  # unpacked only for the grid the word is in
            if box[0] <= xc <= box[1] and box[2] <= yc <= box[3]:
                _, _, _, _, xs, ys, n_rows, n_cols, at = box
                # searched among the cells' top and left borders only, so a word on the bottom or right
                # border falls in the last row or column
                words = at[(bisect_right(ys, yc, 0, n_rows) - 1) * n_cols + bisect_right(xs, xc, 0, n_cols) - 1]
                if words is not None:
                    words.append(word)
                    break
        else:
            free.append(word)
    for grid, words_in in zip(grids, cell_words):
        for cell, words in zip(grid.cells, words_in):
            cell.lines = group_lines(words)
    return PageContent(layout.number, layout.width, layout.height, in_reading_order(group_lines(free)), grids)
