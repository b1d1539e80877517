"""Stitched tables -> records keyed by template column names.

Columns are known by their header text, never by position: the header row is
matched against the template's synonyms, and every later cell is assigned to
the header column it overlaps most; a column the template does not know is
left out. Repeated headers and column-number rows are dropped wherever they
recur. The first row on a continuation page is the rest of the previous row
(and glued to it) when it has no number and fills only columns the previous
page was still filling at its foot.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.template import TableTemplate
from schemas.layout import Cell, Grid, Table

YEAR = re.compile(r"^(?:на\s+)?(20\d\d)(?:\s*г(?:од|\.)?)?\.?(?:\s*\([^)]{0,20}\))?$", re.IGNORECASE)  # "2024 (план)"
COLUMN_NUMBER = re.compile(r"^\d{1,2}\.?$")
INDUSTRY_TITLE = re.compile(r"^\s*(\d{1,2})(?:[.)]\s*|\s+)([А-ЯЁA-Z«\"].*?)\s*\.?\s*$", re.DOTALL)
VALUE_FIELDS = ("unit",)  # with the year columns: the cells of an indicator that hold its figures
MIN_HEADER_COLUMNS = 3
REPEATED_HEADER_SHARE = 0.8
MAX_INDUSTRY_TITLE = 100  # characters: a longer merged row is a note, not an industry title


@dataclass(frozen=True, slots=True)
class Column:
    x0: float
    x1: float
    key: str  # template column key, or "year:2024"


Box = tuple[float, float, float, float]


@dataclass
class SubRow:
    """A line of cells inside a record (a section 7 indicator), with the page and box it was printed in."""

    cells: dict[str, list[str]]
    page: int | None
    box: Box
    ref: str | None = None  # its locator (Grid.row_ref)

    def get(self, key: str, default: list[str] | None = None) -> list[str]:
        return self.cells.get(key, [] if default is None else default)


@dataclass
class Record:
    """One data row of a table: per sub-row (section 7 indicators), the lines of each column."""

    page: int | None
    bbox: Box
    industry: tuple[int | None, str | None]
    subrows: list[SubRow] = field(default_factory=list)
    ref: str | None = None  # its locator (Grid.row_ref)

    def keys(self) -> set[str]:
        """The columns that have text in this record."""
        return {key for sub in self.subrows for key, lines in sub.cells.items() if lines}

    def lines(self, key: str) -> list[str]:
        """All lines of a column across sub-rows (a merged cell lives in its first sub-row)."""
        return [line for sub in self.subrows for line in sub.get(key)]


@dataclass
class TableProblem:
    code: str
    message: str
    page: int


@dataclass
class RowGroup:
    """Fine grid rows tied together by cells that span them: one logical row of the table."""

    grid: Grid
    cells: list[Cell]

    @property
    def nonempty(self) -> list[Cell]:
        return [c for c in self.cells if c.lines]

    @property
    def bbox(self) -> Box:
        return (min(c.x0 for c in self.cells), min(c.y0 for c in self.cells),
                max(c.x1 for c in self.cells), max(c.y1 for c in self.cells))


def row_groups(grid: Grid) -> list[RowGroup]:
    groups: list[list[Cell]] = []
    end = -1
    for cell in sorted(grid.cells, key=lambda c: (c.row0, c.col0)):
        if cell.row0 >= end:
            groups.append([])
        groups[-1].append(cell)
        end = max(end, cell.row1)
    return [RowGroup(grid, cells) for cells in groups]


def is_column_numbers(group: RowGroup) -> bool:
    texts = [c.text.strip() for c in group.nonempty]
    if len(texts) < 3 or not all(COLUMN_NUMBER.match(t) for t in texts):
        return False
    numbers = [int(t.rstrip(".")) for t in texts]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _header_key(template: TableTemplate, text: str) -> str | None:
    year = YEAR.match(re.sub(r"(?<=\d)\s+(?=\d)", "", text.strip()))  # "202" / "2" in a narrow column
    if year:
        return f"year:{year.group(1)}"
    hit = template.columns.best(text)
    return hit[0] if hit else None


def header_columns(group: RowGroup, template: TableTemplate, known: list[Column] | None = None) -> list[Column] | None:
    """The columns a header row defines, or None when the row is not a header of this table.

    A first header must name at least MIN_HEADER_COLUMNS columns (a data row of
    short cells such as "Проект" would otherwise pass); a repeated one most of the known columns.
    """
    grid = group.grid
    columns: list[Column] = []
    for c in range(len(grid.xs) - 1):
        stack = sorted((cell for cell in group.cells if cell.col0 <= c < cell.col1), key=lambda cell: cell.row0)
        texts = [cell.text for cell in stack if cell.lines]
        key = None
        for text in reversed(texts):  # the lowest header cell names the leaf column
            key = _header_key(template, text)
            if key:
                break
        if key is None and texts:
            key = _header_key(template, " ".join(texts))
        if key:
            columns.append(Column(grid.xs[c], grid.xs[c + 1], key))
    keys = {col.key for col in columns}
    least = REPEATED_HEADER_SHARE * len({c.key for c in known}) if known else MIN_HEADER_COLUMNS
    if len(keys) < least or len(keys) < len(group.nonempty) / 2 or not set(template.required) <= keys:
        return None
    return columns


def _column_of(columns: list[Column], cell: Cell) -> str | None:
    best, overlap = None, 0.0
    for col in columns:
        ov = min(col.x1, cell.x1) - max(col.x0, cell.x0)
        if ov > overlap:
            best, overlap = col.key, ov
    return best


def industry_of(text: str) -> tuple[int, str] | None:
    """'1. Образование и наука' -> (1, 'Образование и наука')."""
    m = INDUSTRY_TITLE.match(" ".join(text.split()))
    if not m:
        return None
    title = m.group(2).rstrip(".").strip()
    return int(m.group(1)), title


def unnumbered_industry(text: str) -> str | None:
    """'Отрасль «Здравоохранение»' or 'Здравоохранение' in a merged row: a title without a number."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_INDUSTRY_TITLE or text.endswith(":") or text[0].isdigit():
        return None
    return re.sub(r"^(?:Отрасль|Направление)\s*[:«\"]?\s*|[»\"]$", "", text).rstrip(".").strip() or None


def _is_title_row(group: RowGroup) -> bool:
    cells = group.nonempty
    grid = group.grid
    return len(cells) == 1 and (cells[0].x1 - cells[0].x0) >= 0.6 * (grid.x1 - grid.x0) and len(grid.xs) > 2


def _values_complete(sub: SubRow, value_keys: list[str]) -> bool:
    return bool(value_keys) and all(sub.get(k) for k in value_keys)


def _has_values(sub: SubRow, value_keys: list[str]) -> bool:
    return any(sub.get(k) for k in value_keys)


def _glue(previous: Record, continuation: Record, value_keys: list[str]) -> None:
    """Append a row's continuation (the part printed on the next page) to the row itself."""
    if not continuation.subrows:
        return
    first, *rest = continuation.subrows
    if not previous.subrows or (_values_complete(previous.subrows[-1], value_keys) and _has_values(first, value_keys)):
        previous.subrows.append(first)  # a new indicator that happens to open the page
    else:
        last = previous.subrows[-1]
        for key, lines in first.cells.items():
            last.cells.setdefault(key, []).extend(lines)
    previous.subrows.extend(rest)


@dataclass
class TableReader:
    """Reads the tables of one section in order, carrying header and industry across them."""

    template: TableTemplate
    columns: list[Column] | None = None
    industry: tuple[int | None, str | None] = (None, None)
    records: list[Record] = field(default_factory=list)
    problems: list[TableProblem] = field(default_factory=list)
    tail_keys: set[str] = field(default_factory=set)  # columns with text in the last row part read

    def set_industry(self, text: str, numbered_only: bool = True) -> bool:
        """Take `text` as the next industry's title; unnumbered titles get the next number."""
        found = industry_of(text)
        if found is None and not numbered_only:
            title = unnumbered_industry(text)
            found = ((self.industry[0] or 0) + 1, title) if title else None
        if found:
            self.industry = found
        return found is not None

    def read(self, table: Table) -> None:
        for index, grid in enumerate(table.fragments):
            at_fragment_top = index > 0
            for group in row_groups(grid):
                if not group.nonempty or is_column_numbers(group):
                    continue
                header = header_columns(group, self.template, self.columns)
                if header is not None:
                    self.columns = header
                    continue
                if _is_title_row(group):
                    if self.set_industry(group.nonempty[0].text, numbered_only=False):
                        at_fragment_top = False
                        continue
                if self.columns is None:
                    self.problems.append(TableProblem(
                        "table_without_header",
                        f"a table of section {self.template.section} has no header row the template knows; "
                        f"row skipped: {group.nonempty[0].text[:60]!r}", grid.page))
                    continue
                first, *more = self._records(group)
                if at_fragment_top and self._continues(first):
                    _glue(self.records[-1], first, self._value_keys())
                else:
                    self.records.append(first)
                self.records.extend(more)
                self.tail_keys = (more or [first])[-1].keys()
                at_fragment_top = False

    def _continues(self, candidate: Record) -> bool:
        """Whether the first row on a page is the rest of the last row of the previous page.

        It is when it has no row number of its own, stays in the same industry,
        and fills only columns the previous page was still filling at its foot:
        a cell cut by the page break has text on both sides of it, so text in a
        column that had ended before the break belongs to a new, unnumbered row.
        """
        return (bool(self.records) and not candidate.lines("no")
                and self.records[-1].industry == self.industry and candidate.keys() <= self.tail_keys)

    def _value_keys(self) -> list[str]:
        keys = [c.key for c in self.columns or [] if c.key.startswith("year:") or c.key in VALUE_FIELDS]
        return keys if any(k.startswith("year:") for k in keys) else []

    def _records(self, group: RowGroup) -> list[Record]:
        """One record per row of the group; a group is split where its row column starts a new cell.

        A task printed once in a cell merged over several project rows is one
        link per project, each carrying the task; section 7 keeps its
        indicator rows together under one project instead (no row column).
        """
        cells = [(cell, key) for cell in sorted(group.cells, key=lambda c: (c.row0, c.col0))
                 if cell.lines and (key := _column_of(self.columns, cell)) is not None]
        split_key = self.template.split_rows_on
        starts = sorted({cell.row0 for cell, key in cells if key == split_key}) if split_key else []
        if len(starts) <= 1:
            return [self._record(group.grid, group.bbox, cells)]
        first_row, last_row = min(c.row0 for c in group.cells), max(c.row1 for c in group.cells)
        starts[0] = first_row
        out = []
        for top, bottom in zip(starts, starts[1:] + [last_row]):
            part = [(cell, key) for cell, key in cells if cell.row0 < bottom and cell.row1 > top]
            bbox = (group.bbox[0], group.grid.ys[top], group.bbox[2], group.grid.ys[bottom])
            out.append(self._record(group.grid, bbox, part))
        return out

    def _record(self, grid: Grid, bbox: Box, cells: list[tuple[Cell, str]]) -> Record:
        by_row: dict[int, dict[str, list[str]]] = {}
        for cell, key in cells:
            by_row.setdefault(cell.row0, {}).setdefault(key, []).extend(line.text for line in cell.lines)
        rows = sorted(by_row)
        tops = [max(grid.ys[r], bbox[1]) for r in rows]
        bottoms = tops[1:] + [bbox[3]]
        return Record(grid.page, bbox, self.industry,
                      [SubRow(by_row[r], grid.page, (bbox[0], top, bbox[2], bottom), grid.row_ref(r))
                       for r, top, bottom in zip(rows, tops, bottoms)], grid.row_ref(rows[0] if rows else 0))
