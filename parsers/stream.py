"""Pages -> one stream of text lines and tables, in reading order.

Page furniture goes here (page numbers), and a table cut by a page break
becomes one table again: a grid that opens a page continues the table that
closed the previous page when their columns line up.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from parsers.grid import Grid, Line, PageContent

PAGE_NUMBER = re.compile(r"^[-–—\s]*\d{1,4}[-–—\s]*$")
COLUMN_TOLERANCE = 4.0  # points two fragments' column borders may differ by and still be one table
INDENT = 8.0
EDGE_LINES = 2  # lines at a page's top or bottom edge that may be furniture
RUNNING_MIN_PAGES = 3  # a running header/footer recurs on at least this many pages
RUNNING_SHARE = 0.3  # ... and on at least this share of them  # points right of the body margin from which a line is an indented (first) line


@dataclass(slots=True)
class TextLine:
    page: int
    line: Line
    indented: bool

    @property
    def text(self) -> str:
        return self.line.text


@dataclass(slots=True)
class Table:
    fragments: list[Grid]

    @property
    def page(self) -> int:
        return self.fragments[0].page


Block = TextLine | Table


def _outside_tables(content: PageContent) -> tuple[list[Line], list[Line]]:
    """Lines above every table and lines below every table: where furniture can stand."""
    top = min((g.y0 for g in content.grids), default=float("inf"))
    bottom = max((g.y1 for g in content.grids), default=float("-inf"))
    return ([ln for ln in content.lines if ln.y1 <= top][:EDGE_LINES],
            [ln for ln in content.lines if ln.y0 >= bottom][-EDGE_LINES:])


def _furniture_key(line: Line) -> str:
    return re.sub(r"\d+", "#", line.text.strip().lower())


def running_furniture(pages: list[PageContent]) -> set[str]:
    """Texts printed at the top or bottom of many pages (a running title, "Страница N из M")."""
    counts: Counter[str] = Counter()
    for content in pages:
        above, below = _outside_tables(content)
        counts.update({_furniture_key(ln) for ln in above + below})
    least = max(RUNNING_MIN_PAGES, RUNNING_SHARE * len(pages))
    return {key for key, n in counts.items() if n >= least}


def _without_furniture(content: PageContent, running: set[str]) -> list[Line]:
    """Drop page numbers and running headers/footers, peeling them off the page's top and bottom edges."""
    def furniture(line: Line) -> bool:
        return bool(PAGE_NUMBER.match(line.text)) or _furniture_key(line) in running

    above, below = _outside_tables(content)
    dropped = set()
    for edge in (above, list(reversed(below))):
        for line in edge:
            if not furniture(line):
                break
            dropped.add(id(line))
    return [line for line in content.lines if id(line) not in dropped]


def body_margin(pages: list[PageContent]) -> float:
    """The x where most lines of running text start: left of it nothing, right of it indents."""
    counts = Counter(round(line.x0) for page in pages for line in page.lines)
    return counts.most_common(1)[0][0] if counts else 0.0


def same_columns(a: Grid, b: Grid) -> bool:
    return len(a.xs) == len(b.xs) and all(abs(x - y) <= COLUMN_TOLERANCE for x, y in zip(a.xs, b.xs))


def build_stream(pages: list[PageContent]) -> list[Block]:
    margin = body_margin(pages)
    running = running_furniture(pages)
    stream: list[Block] = []
    for content in pages:
        items: list[tuple[float, Block | Grid]] = [
            (line.y0, TextLine(content.page, line, line.x0 > margin + INDENT))
            for line in _without_furniture(content, running)]
        items += [(grid.y0, grid) for grid in content.grids]
        items.sort(key=lambda item: item[0])
        for position, (_, item) in enumerate(items):
            if isinstance(item, Grid):
                previous = stream[-1] if stream else None
                if (position == 0 and isinstance(previous, Table)
                        and previous.fragments[-1].page == content.page - 1
                        and same_columns(previous.fragments[-1], item)):
                    previous.fragments.append(item)
                else:
                    stream.append(Table([item]))
            else:
                stream.append(item)
    return stream
