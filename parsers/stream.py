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
INDENT = 8.0  # points right of the body margin from which a line is an indented (first) line


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


def _without_page_numbers(content: PageContent) -> list[Line]:
    """Drop a lone number printed above (or below) everything else on the page."""
    lines = list(content.lines)
    tops = [g.y0 for g in content.grids] + [ln.y0 for ln in lines]
    bottoms = [g.y1 for g in content.grids] + [ln.y1 for ln in lines]
    furniture = {id(line) for line in lines[:1] + lines[-1:]
                 if PAGE_NUMBER.match(line.text) and (line.y0 <= min(tops) or line.y1 >= max(bottoms))}
    return [line for line in lines if id(line) not in furniture]


def body_margin(pages: list[PageContent]) -> float:
    """The x where most lines of running text start: left of it nothing, right of it indents."""
    counts = Counter(round(line.x0) for page in pages for line in page.lines)
    return counts.most_common(1)[0][0] if counts else 0.0


def same_columns(a: Grid, b: Grid) -> bool:
    return len(a.xs) == len(b.xs) and all(abs(x - y) <= COLUMN_TOLERANCE for x, y in zip(a.xs, b.xs))


def build_stream(pages: list[PageContent]) -> list[Block]:
    margin = body_margin(pages)
    stream: list[Block] = []
    for content in pages:
        items: list[tuple[float, Block | Grid]] = [
            (line.y0, TextLine(content.page, line, line.x0 > margin + INDENT))
            for line in _without_page_numbers(content)]
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
