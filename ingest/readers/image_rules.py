"""Page image -> skew angle and ruling lines, for scans that have no vector drawings.

A scanned table is drawn in pixels: its rulings are long, thin, straight dark
runs. They are found with numpy alone (row and column run-lengths on a
binarised, deskewed image) and handed on as the same `Rule` records the vector
reader produces, so the grid reader stays one code path. OpenCV's
morphology would do the same job; numpy keeps the dependency list short and
measures at about 0.1 s per 300-dpi page.
"""
from __future__ import annotations

import numpy as np

from schemas.layout import Rule

DARK = 170
"""Grey level below which a pixel is ink (JPEG ringing and scanner noise stay above it)."""
MAX_SKEW = 3.0  # degrees searched either way
SKEW_STEP = 0.1
SKEW_FINE_STEP = 0.02
SKEW_DPI = 100  # resolution of the skew search: a text line is a few pixels high
RULES_DPI = 150  # rulings are found on the image pooled to about this resolution (0.5 pt a pixel)
MIN_HORIZONTAL = 20.0  # points: shorter dark runs are letters (an em dash at 14 pt is 14 pt)
MIN_VERTICAL = 15.0  # points: taller than any letter of body text, shorter than a one-line table row
MIN_CELL_BORDER = 8.0
"""Points: a shorter vertical run still is a ruling when it joins two horizontal ones, end to end (the
border between two cells of a one-line row, "2022 | 2023", 12.6 pt in the LNR sample); a letter's stem
stops short of the rulings around it."""
MAX_THICKNESS = 3.0  # points: a ruling is thin; a line of text is thicker
GAP = 0.5  # points: breaks in a ruling this short (JPEG, faint toner) are closed
MIN_FILL = 0.9
"""Share of a ruling's length that is ink before closing; a row through a word's letters has more gaps."""
CROSSING = 2.0  # points: rulings this close cross (the grid reader's tolerance)
STUB = 9.0  # points: a ruling running on past its last crossing by less is lengthened by a touching letter
ERASE_HALF_WIDTH = 1.2  # points either side of a ruling's centre painted white before OCR (text may touch it)
ERASE_HALF_WIDTH_VERTICAL = 2.5  # cells pad their text left and right, and a residual skew shows most here
SIDE = 1.0
MAX_SIDE_INK = 0.35
"""A ruling has paper on both sides: within SIDE points above and below (past the pixel next to it,
where a thin ruling's own grey spreads), at most this share of its length is ink (crossing rulings,
a touching letter). A line of serifed letters has stems on one side."""
SEGMENT_PIECE = 8.0
"""Points: a ruling drawn across a residual skew steps between pixel rows in pieces at least this long."""


def skew_angle(dark: np.ndarray, dpi: float) -> float:
    """The angle (degrees, counter-clockwise as displayed) by which the page's text lines are turned.

    Projection profile: the angle at which the ink, summed along rows sheared
    by that angle, gives the sharpest peaks (text lines and rulings aligned).
    """
    step = max(1, round(dpi / SKEW_DPI))
    ys, xs = np.nonzero(dark[::step, ::step])
    if len(ys) < 100:
        return 0.0
    xs = xs.astype(np.float64) - xs.mean()

    def sharpness(angle: float) -> float:
        shifted = np.round(ys + xs * np.tan(np.radians(angle))).astype(np.int64)
        counts = np.bincount(shifted - shifted.min())
        return float(np.dot(counts, counts))

    coarse = np.arange(-MAX_SKEW, MAX_SKEW + SKEW_STEP / 2, SKEW_STEP)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - SKEW_STEP, best + SKEW_STEP + SKEW_FINE_STEP / 2, SKEW_FINE_STEP)
    return float(round(max(fine, key=sharpness), 2))


def _closed(dark: np.ndarray, gap: int) -> np.ndarray:
    """Fill horizontal breaks of at most `gap` pixels between ink (a 1-D morphological closing per row)."""
    left = np.zeros_like(dark)
    right = np.zeros_like(dark)
    for k in range(1, gap + 1):
        left[:, k:] |= dark[:, :-k]
        right[:, :-k] |= dark[:, k:]
    return dark | (left & right)


def _pooled(dark: np.ndarray, factor: int) -> np.ndarray:
    """Ink in any pixel of each factor x factor block: a quarter of the pixels, no thin line lost."""
    if factor <= 1:
        return dark
    h, w = dark.shape[0] // factor * factor, dark.shape[1] // factor * factor
    return dark[:h, :w].reshape(h // factor, factor, w // factor, factor).any(axis=(1, 3))


def _runs(mask: np.ndarray, min_len: int) -> list[tuple[int, int, int]]:
    """(row, start, end) of every run of True at least `min_len` long; end exclusive."""
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), np.int8)
    padded[:, 1:-1] = mask
    edges = np.diff(padded, axis=1)
    rows_s, starts = np.nonzero(edges == 1)
    rows_e, ends = np.nonzero(edges == -1)  # same order: row-major, one end per start
    keep = ends - starts >= min_len
    return list(zip(rows_s[keep].tolist(), starts[keep].tolist(), ends[keep].tolist()))


def _segments(runs: list[tuple[int, int, int]], gap: int, max_thickness: int) -> list[tuple[int, int, int, int]]:
    """Runs on neighbouring pixel rows that touch end to end or side by side -> one segment
    (first row, last row, start, end).

    A ruling is a few pixels thick, and a slight residual skew makes it step
    from one pixel row to the next along its length; both become one segment.
    A group thicker than `max_thickness` is ink of another kind (text, a filled box).
    """
    groups: list[list[int]] = []  # [first row, last row, start, end]
    open_: list[list[int]] = []
    for row, start, end in sorted(runs):
        open_ = [g for g in open_ if g[1] >= row - 2]
        for g in open_:
            if start <= g[3] + gap and end >= g[2] - gap:
                g[1] = row
                g[2], g[3] = min(g[2], start), max(g[3], end)
                break
        else:
            g = [row, row, start, end]
            groups.append(g)
            open_.append(g)
    return [tuple(g) for g in groups if g[1] - g[0] + 1 <= max_thickness]


def find_rules(grey: np.ndarray, dpi: float) -> list[Rule]:
    """Horizontal and vertical rulings of an upright (deskewed) page image, in points from its top left."""
    factor = max(1, round(dpi / RULES_DPI))
    dark = _pooled(grey < DARK, factor)
    scale = dpi / factor / 72.0
    gap = max(1, round(GAP * scale))
    piece = max(2, round(SEGMENT_PIECE * scale))
    thick = max(2, round(MAX_THICKNESS * scale))
    side = max(1, round(SIDE * scale))
    rules: list[Rule] = []
    short: list[Rule] = []  # vertical runs shorter than MIN_VERTICAL: rulings only between two horizontal ones
    for along, min_len in ((dark, MIN_HORIZONTAL), (np.ascontiguousarray(dark.T), MIN_CELL_BORDER)):
        for first, last, start, end in _segments(_runs(_closed(along, gap), piece), gap, thick):
            if end - start < min_len * scale or along[first:last + 1, start:end].any(axis=0).mean() < MIN_FILL:
                continue
            # one pixel next to the run is skipped: a ruling thinner than two pixels spreads into it
            above = along[max(0, first - 1 - side):max(0, first - 1), start:end].any(axis=0).mean() \
                if first > 1 else 0.0
            below = along[last + 2:last + 2 + side, start:end].any(axis=0).mean() \
                if last + 2 < len(along) else 0.0
            if max(above, below) > MAX_SIDE_INK:
                continue
            across, a, b = round((first + last) / 2 / scale, 1), round(start / scale, 1), round(end / scale, 1)
            if min_len == MIN_HORIZONTAL:
                rules.append(Rule(a, across, b, across))
            else:
                (rules if b - a >= MIN_VERTICAL else short).append(Rule(across, a, across, b))
    hs = [r for r in rules if r.horizontal]
    # (a letter's stem spanning a one-line row, the «ф» of «информированности», has its bowl beside it)
    rules = _stubs_trimmed(rules + [v for v in short if _ends_on_rulings(v, hs)
                                    and not _letter_beside(dark, scale, v.x0, v.y0, v.y1)])
    return _letters_cut_off(_inside_one_cell_dropped(rules), dark, scale)


def _ends_on_rulings(v: Rule, hs: list[Rule]) -> bool:
    """Whether both ends of a vertical ruling lie on horizontal ones (within CROSSING)."""
    def on(y: float) -> bool:
        return any(abs(h.y0 - y) <= CROSSING and h.x0 - CROSSING <= v.x0 <= h.x1 + CROSSING for h in hs)
    return on(v.y0) and on(v.y1)


def _stubs_trimmed(rules: list[Rule]) -> list[Rule]:
    """Rulings cut back to their outermost crossing where they run on past it by less than a text line.

    A letter whose stroke touches a ruling at its end (the descender of "р"
    above a column border) lengthens it by a few points; no table draws such
    a stub, while a border of a table drawn without its frame runs on by a row.
    """
    hs = [r for r in rules if r.horizontal]
    vs = [r for r in rules if not r.horizontal]

    def trimmed(start: float, end: float, crossings: list[float]) -> tuple[float, float]:
        if crossings:
            first, last = min(crossings), max(crossings)
            start = first if 0 < first - start < STUB else start
            end = last if 0 < end - last < STUB else end
        return start, end

    out = []
    for h in hs:
        x0, x1 = trimmed(h.x0, h.x1, [v.x0 for v in vs if v.y0 - CROSSING <= h.y0 <= v.y1 + CROSSING
                                             and h.x0 - CROSSING <= v.x0 <= h.x1 + CROSSING])
        out.append(Rule(x0, h.y0, x1, h.y0))
    for v in vs:
        y0, y1 = trimmed(v.y0, v.y1, [h.y0 for h in hs if h.x0 - CROSSING <= v.x0 <= h.x1 + CROSSING
                                             and v.y0 - CROSSING <= h.y0 <= v.y1 + CROSSING])
        out.append(Rule(v.x0, y0, v.x0, y1))
    return out


def _inside_one_cell_dropped(rules: list[Rule]) -> list[Rule]:
    """Without the horizontal runs that lie inside one cell, column borders on both sides, when no run at
    their height crosses or reaches a border. A line of bold narrow capitals makes such runs (blind2's LNR
    header, «СЦТ, используемые в»), which split its cells in two; a ruling between two rows reaches the
    borders, though a residual skew may break it into pieces, some inside one cell."""
    hs = [r for r in rules if r.horizontal]
    vs = [r for r in rules if not r.horizontal]

    def borders(h: Rule) -> list[float]:
        return [v.x0 for v in vs if v.y0 - CROSSING <= h.y0 <= v.y1 + CROSSING]

    def reaches_one(h: Rule) -> bool:
        return any(h.x0 - CROSSING <= x <= h.x1 + CROSSING for x in borders(h))

    def inside_one_cell(h: Rule) -> bool:
        xs = borders(h)
        return (any(x < h.x0 - CROSSING for x in xs) and any(x > h.x1 + CROSSING for x in xs)
                and not any(reaches_one(o) for o in hs if abs(o.y0 - h.y0) <= CROSSING))
    return [r for r in rules if not (r.horizontal and inside_one_cell(r))]


def _letters_cut_off(rules: list[Rule], dark: np.ndarray, scale: float) -> list[Rule]:
    """Column borders cut back to the table's top and bottom rulings where a letter runs them on.

    A heading set close above a table can stand a letter's stem on a column border (the "р" of
    «проектов» on a 16 pt heading, blind2's Khabarovsk scan): the stem and the border are one dark
    run, 10 pt past the table's top, longer than a STUB, and the heading became the table's first
    row. A letter has ink beside its stem (the bowl of "р", its neighbours) along much of the run
    past the crossing; a border of a table drawn without its top ruling runs on between cells that
    keep their text off it, with paper on both sides.
    """
    hs = [r for r in rules if r.horizontal]
    out = []
    for rule in rules:
        crossings = [] if rule.horizontal else [h.y0 for h in hs if h.x0 - CROSSING <= rule.x0 <= h.x1 + CROSSING
                                                 and rule.y0 - CROSSING <= h.y0 <= rule.y1 + CROSSING]
        if crossings:
            y0, y1 = rule.y0, rule.y1
            if min(crossings) - y0 > CROSSING and _letter_beside(dark, scale, rule.x0, y0, min(crossings)):
                y0 = min(crossings)
            if y1 - max(crossings) > CROSSING and _letter_beside(dark, scale, rule.x0, max(crossings), y1):
                y1 = max(crossings)
            rule = Rule(rule.x0, y0, rule.x0, y1)
        out.append(rule)
    return out


def _letter_beside(dark: np.ndarray, scale: float, x: float, y0: float, y1: float) -> bool:
    """Whether the vertical dark run at x between y0 and y1 (points) is a letter's stroke: wider than a
    ruling, or with ink within SIDE points of it, along more than MAX_SIDE_INK of its length."""
    top, bottom = round(y0 * scale), round(y1 * scale)
    centre, side, thick = round(x * scale), max(1, round(SIDE * scale)), max(2, round(MAX_THICKNESS * scale))
    band = dark[top:bottom, max(0, centre - thick - side - 1):centre + thick + side + 2]
    if not band.size:
        return False
    middle = min(centre, thick + side + 1)
    touched = 0
    for row in band:
        left, right = middle, middle
        while left > 0 and row[left - 1]:
            left -= 1
        while right + 1 < len(row) and row[right + 1]:
            right += 1
        if not row[middle]:
            continue
        beside = row[max(0, left - 1 - side):max(0, left - 1)].any() or row[right + 2:right + 2 + side].any()
        touched += right - left + 1 > thick or beside
    return touched > MAX_SIDE_INK * len(band)


def erased(grey: np.ndarray, rules: list[Rule], dpi: float) -> np.ndarray:
    """The image with its rulings painted white, so OCR does not read them as "|", "—" or "_".

    Tesseract takes a ruling next to a word for a letter; the rulings are
    known exactly, so they are removed before it reads the page.
    """
    out = grey.copy()
    scale = dpi / 72.0
    height, width = out.shape
    for r in rules:
        x0, y0, x1, y1 = (round(v * scale) for v in (r.x0, r.y0, r.x1, r.y1))
        across = round((ERASE_HALF_WIDTH if r.horizontal else ERASE_HALF_WIDTH_VERTICAL) * scale)
        hx, hy = (0, across) if r.horizontal else (across, 0)
        out[max(0, y0 - hy):min(height, y1 + hy + 1), max(0, x0 - hx):min(width, x1 + hx + 1)] = 255
    return out
