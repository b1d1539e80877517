"""Page layouts -> the same without the numbers a draft prints beside its lines in the left margin.

Drafts of legal acts number their lines (Word's line numbering): a column of figures left of the text, one
beside each line of running text (blank lines too), none beside a table's rows, counting up by one down the
page. Read as words, each figure would open its line («12 Общие положения (раздел 1)»), so headings, list
items and paragraphs would all begin with a number and the document would lose its sections.

The column is told by its place and its counting, not by its values: figures standing apart left of every
other word of the page, at one x, one line apart, counting up by one; on several pages of the document, so a
borderless table's numbering column on one page is not taken for it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from statistics import median

from schemas.layout import PageLayout, Word

MARGIN_GAP = 4.0  # points between a line number's right edge and the text left of which it stands
SAME_X = 2.0  # points the right edges of one column of numbers differ by
MIN_NUMBERS = 5  # numbers in a column, counting up, for a page to number its lines
MIN_PAGES = 3  # pages that number their lines for the document to (its tables' pages need not show the column)
LINE_PITCH = 2.5  # the most a page's numbers stand apart, in the height of one: every line is numbered (double spacing)
FIGURE = re.compile(r"[0-9]{1,4}")  # Word counts on through the document past 999 when told not to restart


def _margin_numbers(layout: PageLayout) -> list[Word]:
    """Figures standing apart left of every other word of the page, top to bottom."""
    figures = [w for w in layout.words if w.text.isdigit()]  # («²» too: it is no text the numbers stand left of)
    if not figures:
        return []
    text_left = min((w.x0 for w in layout.words if not w.text.isdigit()), default=layout.width)
    return sorted((w for w in figures if w.x1 < text_left - MARGIN_GAP and FIGURE.fullmatch(w.text)),
                  key=lambda w: w.y0)


def _counts_up(numbers: list[Word]) -> bool:
    """One column (one right edge) of numbers, each one more than the one above it."""
    return (all(abs(w.x1 - numbers[0].x1) <= SAME_X for w in numbers)
            and all(int(b.text) == int(a.text) + 1 for a, b in zip(numbers, numbers[1:])))


def _numbers_lines(numbers: list[Word]) -> bool:
    """Whether a page's margin numbers number its lines: at least MIN_NUMBERS, counting up, one line apart."""
    if len(numbers) < MIN_NUMBERS or not _counts_up(numbers):
        return False
    pitch = median(b.y0 - a.y0 for a, b in zip(numbers, numbers[1:]))
    return pitch <= LINE_PITCH * median(w.y1 - w.y0 for w in numbers)


def without_line_numbers(layouts: list[PageLayout]) -> list[PageLayout]:
    """The layouts with the margin's line numbers taken out, when the document numbers its lines: on pages
    that show the column, and on the others (a landscape table page with a numbered heading and caption
    only) those figures left of all its text that stand where the column stands on pages of its width, and
    count up."""
    margins = [_margin_numbers(layout) for layout in layouts]
    numbered = [k for k, numbers in enumerate(margins) if _numbers_lines(numbers)]
    if len(numbered) < MIN_PAGES:
        return layouts
    columns: dict[int, float] = {}  # page width -> x of the column (landscape pages have margins of their own)
    for k in numbered:
        columns.setdefault(round(layouts[k].width), margins[k][0].x1)
    out = []
    for layout, numbers in zip(layouts, margins):
        column = columns.get(round(layout.width), margins[numbered[0]][0].x1)
        drop = [w for w in numbers if abs(w.x1 - column) <= SAME_X]
        if not drop or not _counts_up(drop):
            out.append(layout)
            continue
        dropped = set(map(id, drop))
        out.append(replace(layout, words=[w for w in layout.words if id(w) not in dropped]))
    return out
