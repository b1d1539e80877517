"""The plain records every reader produces and every parser consumes.

They sit at the bottom layer so that readers (ingest/readers/) and parsers
(parsers/) both import them and neither imports the other. A paginated reader
(PDF) yields PageLayouts of words and rulings; parsers/grid.py turns those into
PageContent, parsers/stream.py into Blocks. A reader of a format that holds its
structure explicitly (DOCX, HTML) yields Blocks directly, with synthetic
coordinates and `page` None.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from schemas.problems import Problem


def locator(page: int | None, ref: str | None) -> str | None:
    """The `source_ref` a user finds a row by: the reader's own locator, else the page."""
    return ref or (f"page {page}" if page is not None else None)


TURNED_HEIGHT = 1.5  # a word of TURNED_CHARS letters or more this many times taller than wide is printed turned
TURNED_CHARS = 4


def is_turned(text: str, width: float, height: float) -> bool:
    """Whether a word is printed turned 90°: four letters upright are always wider than tall."""
    return len(text) >= TURNED_CHARS and height > TURNED_HEIGHT * width


class Word(NamedTuple):
    """A word and its box; a tuple because a page has thousands and they are only read."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    xc: float  # centre, used to place the word in a cell or a line
    yc: float
    conf: float | None = None  # OCR engine's confidence (0-100); None for a text layer


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal (y0 == y1) or vertical (x0 == x1) ruling segment."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        return self.y0 == self.y1


@dataclass(slots=True)
class PageLayout:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    ocr: bool = False  # words from OCR (ours or the file's own invisible layer), rulings from the image


@dataclass(slots=True)
class Line:
    """Words on one baseline (a line printed turned: one column of a turned cell), in reading order."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    words: tuple[Word, ...] = ()  # kept so a table drawn without rulings can be cut into columns
    column: tuple[float, float] | None = None  # left and right edges of the newspaper column it is set in, if any


@dataclass(slots=True)
class Cell:
    row0: int  # fine rows [row0, row1) and columns [col0, col1) of its grid
    row1: int
    col0: int
    col1: int
    x0: float
    y0: float
    x1: float
    y1: float
    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


@dataclass(slots=True)
class Grid:
    page: int | None  # None where the format has no pages (DOCX, HTML)
    xs: list[float]  # column boundaries, left to right
    ys: list[float]  # row boundaries, top to bottom
    cells: list[Cell]
    ref: str | None = None  # where the table is in a document without pages, e.g. "table 12"

    def row_ref(self, row: int) -> str | None:
        """The locator of fine row `row`: "table 12, row 5" where the format has no pages, else "page N"."""
        return f"{self.ref}, row {row + 1}" if self.ref else locator(self.page, None)

    @property
    def x0(self) -> float:
        return self.xs[0]

    @property
    def x1(self) -> float:
        return self.xs[-1]

    @property
    def y0(self) -> float:
        return self.ys[0]

    @property
    def y1(self) -> float:
        return self.ys[-1]


@dataclass(slots=True)
class PageContent:
    """A page split into running text (lines outside tables, in reading order: top down, a page set in newspaper
    columns column by column) and tables (top down)."""

    page: int
    width: float
    height: float
    lines: list[Line]
    grids: list[Grid]


@dataclass(slots=True)
class TextLine:
    page: int | None
    line: Line
    indented: bool
    ref: str | None = None  # where the line is in a document without pages, e.g. "paragraph 340"
    footnote: bool = False  # a footnote's line at the page's foot: no paragraph or list item goes on into it

    @property
    def text(self) -> str:
        return self.line.text


@dataclass(slots=True)
class Table:
    fragments: list[Grid]

    @property
    def page(self) -> int | None:
        return self.fragments[0].page



@dataclass(slots=True)
class Figure:
    """A picture in the running text of a structured document (DOCX, HTML): its content is not read,
    so the pipeline warns when one stands inside a section (it may be a table pasted as an image)."""

    page: int | None
    ref: str  # where it is, e.g. "paragraph 340"


Block = TextLine | Table | Figure


@dataclass(slots=True)
class Reading:
    """What a reader gives: paginated layouts (PDF) for parsers/grid.py and stream.py to lay out,
    or the blocks themselves (DOCX, HTML), whose structure the format holds explicitly."""

    pages: Iterator[PageLayout] | None = None
    blocks: list[Block] | None = None
    problems: list[Problem] = field(default_factory=list)
