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

from bisect import bisect_left, bisect_right
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from normalize.industries import canonical_industry
from parsers.meaning import asked, has_predicate, is_question, words_of
from parsers.stream import COLUMN_TOLERANCE, same_edges
from parsers.template import TableTemplate, Template
from parsers.text import ROMAN_NUMERALS, fold
from schemas.layout import Cell, Grid, Line, Table

YEAR = re.compile(r"^(?:(?:план|факт|прогноз|цель|(?:целевое\s+|плановое\s+)?значение)\s*)?(?:(?:на|в)\s+)?(?:(?:конец|31\.12\.?)\s*)?"
                  r"(20\d\d)(?:\s*г(?:од[ау]?|\.)?)?\.?(?:\s*\([^)]{0,20}\))?$",
                  re.IGNORECASE)  # "2024 (план)", "на 2024 год", "на 31.12.2024", "на конец 2024 года", "план на 2024 г.", "в 2024 г.", "в 2024 году"
MONTHS = "январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр"
DATE_IN_YEAR = re.compile(rf"(?<!\d)\d{{1,2}}\s+(?:{MONTHS})[а-яё]*|(?:{MONTHS})[а-яё]*\s+\d{{1,2}}(?!\d)", re.IGNORECASE)
"""A day of a year's month, «на 31 декабря 2023 г.», «На 1 сентября 2022 г.» (read upwards «г. На сентября 1 2022»):
the year's column."""
YEAR_END = re.compile(r"(?<!\d)31\s+декабр|декабр[а-яё]*\s+31(?!\d)", re.IGNORECASE)
MAX_YEAR_HEADER = 40  # characters of a year column's header («Плановое значение на конец 2024 года»)
BASE_VALUE_LEMMAS = frozenset({"базовый", "исходный", "база", "текущий"})
"""Words of a column that holds the value a strategy starts from, dated with its year, not a target year."""
COLUMN_NUMBER = re.compile(r"^\d{1,2}[.):,]?$")  # OCR reads a small "." as ":", "," or ")"
MAX_COLUMN_NUMBER = len("12.")  # characters of a cell of a column-number row
MAX_UNKNOWN_BESIDE_TITLES = 1  # header cells no column fits in a table whose title_rows column is rows
MISREAD_SIGN = 2  # characters of a numbering column's header ("№", "N", "п/п" aside) that OCR misread
MISREAD_NUMBER_FROM = 5  # a column-number row may have one misread cell in every this many
LEVELLED_TITLE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.(?P<last>\d{1,2})\.?\s+(?P<title>[А-ЯЁA-Z«\"].*)$")
INDUSTRY_TITLE = re.compile(r"^\s*(\d{1,2}|[IVX]{1,4}(?=[.)\s]))(?:[.)]\s*|\s+)([А-ЯЁA-Z«\"].*?)\s*\.?\s*$", re.DOTALL)
MIN_HEADER_COLUMNS = 2  # header cells that must mean a column (or print years) for a row to be a header
NAME_WORDS = 7  # words of a header cell at most, where a data row's tasks and goals say more
MIN_NAMED_COLUMNS = 3  # columns a first header must name
ORDER_COST = 0.05  # of a header's score, for each pair of its table's columns printed against the template's order
CONTENT_WEIGHT = 0.5  # what a column holds weighs half what its header says
TERM_WEIGHT = 0.2  # what cells saying a column's cell terms add to the header that names it best
CONTENT_ALONE = 0.7  # share of cells of one kind from which content speaks for a column by itself
CONTENT_SCARCE = 0.2  # share of cells of a column's kinds below which a column of sentences is not that column
REPEATED_HEADER_SHARE = 0.8
MISREAD_HEADER_SIMILARITY = 90  # rapidfuzz ratio from which a header cell is a known one OCR misread
CONTENT_ROWS = 30  # rows below a header whose cells tell what its columns hold
WEAK_HEADER = 0.3  # a header cell meaning a column this much leans to it, too weakly to name it alone
CELL_TERM_SHARE = 0.5  # share of a column's cells that must say what the column it is guessed to be holds
PHRASE_SAID = 0.9  # a header meaning a column this well says one of its phrases: its cells do not gainsay it
CLAUSE_SHARE = 0.5  # share of a column's cells saying what is done from which it is no column of names
SENTENCE_WORDS = 6  # median words of a column of sentences (an indicator's name), never a unit's or a term's
PROSE_WORDS = 4  # median words of the cells of a prose column (a status or a note says one or two)
MAX_HEADER_CELL = 120  # characters: a header cell is a name, not prose
THEME_SHARE = 0.5  # share of a header row's worded cells repeating a word that makes it the table's theme
THEME_CELLS = 4  # cells that must repeat it (a three-column header's shared word may still tell columns)
MAX_GROUP_TITLE_LINES = 2  # lines of a row across a card titling a group of its fields (a longer one is a note)
CARD_HEADER_CELL = 40  # characters of the value column's header of a card («Содержание», «Значение»)
FOOT_LINES = 1.5  # line heights above a row's lowest text within which a cell's text still runs to its foot
HEADER_SEARCH_ROWS = 4  # rows at a table's top where its header may stand (a title above it)
ROW_NUMBER_KIND = "row_number"  # the [content] kind of a numbering column's cells (template.toml)
COUNTING_SHARE = 0.5  # steps between a column's row numbers that must count up (OCR misreads some)
ROW_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")  # "3", "3.", "2.1"
ROW_NUMBER_CELL = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*[.:;,)]?)?")  # "", "3", "3.", "2.1"; OCR reads a point ":", ";", "," or ")"
CARD_MIN_FIELDS = 3
CARD_KNOWN_SHARE = 0.5
EXTRA = "extra:"  # key prefix of a column the template does not know, before its printed header
ROW_GAP = 2.0  # points more than the usual gap between a cell's lines: a blank (a new row, a rule inside a cell)
TWO_COLUMNS_APART = re.compile(r"\s*/\s*|\s+и\s+(?=(?:его|её|ее|их)\s)")
"""Between the two columns one header cell names: a slash («Срок / Источник финансирования»), or «и» before a
possessive that points back at the first («Мероприятие … и его цель»): «Сроки геологоразведочных и иных работ» names
one."""
TITLE_LINE = re.compile(r"^(?:(?!Таблиц|Табл\.|Рисун|Рис\.|Приложени|Продолжени|Окончани)[А-ЯЁ][а-яё]+\s+(?P<worded>\d{1,2})"
                        r"|(?P<number>\d{1,2}(?:\.\d{1,2})+))[.)](?:\s+(?P<text>[А-ЯЁ«\"\d].*))?$")
"""A numbered title over a table, «1.1. Библиотека …», «Задача 1. Повышение …», «Задача 2. 1. Обеспечение …», or its
number alone over a table whose title is blank («5.9.»); not a caption, «Таблица 6. Проекты …», nor an industry's
title, which has one number («2. Здравоохранение»)."""
MAX_INDUSTRY_TITLE = 100  # characters: a longer merged row is a note, not an industry title
INDUSTRY = "industry"  # the column of cells merged over each industry's rows, where a region prints one
PLACING_COLUMNS = frozenset({"no", INDUSTRY})
"""Columns that place a row (its number, its industry) rather than say what it is: never taken by
elimination for an unknown header, never missed when a table does without them."""
LONG_ONLY = ("year", "value")  # the columns of an indicator table printed long, a row per indicator and year
LONG_KEYS = ("values", *LONG_ONLY)  # none of them beside year columns


@dataclass(frozen=True, slots=True)
class Column:
    x0: float
    x1: float
    key: str  # template column key, "year:2024", or "extra:<header>" for a column the template does not know
    header: str = ""  # the header text as printed
    guessed: bool = False  # its header meant nothing; its key was taken by elimination (_by_elimination)
    lower: str | None = None  # the key of a row's lower cell here, under a header naming two columns (_stacked)


Box = tuple[float, float, float, float]


@dataclass
class SubRow:
    """A line of cells inside a record (a section 7 indicator), with the page and box it was printed in."""

    cells: dict[str, list[str]]
    page: int | None
    box: Box
    ref: str | None = None  # its locator (Grid.row_ref)
    over: dict[str, list[str]] = field(default_factory=dict)
    """The lines of cells merged over this sub-row from one above it, by column (a unit printed once over a
    project's indicators that share it): not its own, so not read with it, but its as well."""

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
        """All lines of a column across sub-rows (a merged cell lives in its first sub-row). A cell printed
        again on each sub-row (a region repeating the project beside each of its indicators, where others
        merge one cell over them) counts once."""
        out, previous = [], []
        for sub in self.subrows:
            here = sub.get(key)
            if here and here != previous:
                out += here
            previous = here or previous
        return out


@dataclass
class TableProblem:
    code: str
    message: str
    page: int
    severity: str = "warning"


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
    return [RowGroup(grid, cells) for cells in _tied(grid.cells)]


def _tied(cells: list[Cell]) -> list[list[Cell]]:
    """Cells in runs of grid rows that cells spanning several rows tie together, top to bottom."""
    groups: list[list[Cell]] = []
    end = -1
    for cell in sorted(cells, key=lambda c: (c.row0, c.col0)):
        if cell.row0 >= end:
            groups.append([])
        groups[-1].append(cell)
        end = max(end, cell.row1)
    return groups


def is_column_numbers(group: RowGroup) -> bool:
    """A row numbering the columns under the header: 1, 2, 3, ... in at least three cells.

    One cell in every MISREAD_NUMBER_FROM may be something else as short (OCR
    reads a lone "3" as "Е", a "7" as "di") when the others count on from the
    first, their points maybe misread too ("3)", "5:"); a data row has longer cells.
    """
    cells = group.nonempty
    if len(cells) < 3:
        return False
    texts = []
    for cell in cells:  # most rows fail at their first cell: the others' texts are not even joined
        text = cell.text.strip()
        if len(text) > MAX_COLUMN_NUMBER:
            return False
        texts.append(text)
    return len(texts) - _counting(texts)[1] <= len(texts) // MISREAD_NUMBER_FROM


def _counting(texts: list[str]) -> tuple[int | None, int]:
    """The number a row's first cell would hold, counting on from the first number it prints, and how many of
    its cells count so (OCR may misread the others)."""
    numbered = [(k, int(t.rstrip(".):,"))) for k, t in enumerate(texts) if COLUMN_NUMBER.match(t)]
    if not numbered:
        return None, 0
    start = numbered[0][1] - numbered[0][0]
    return start, sum(number == start + k for k, number in numbered)


def _mostly_counting(group: RowGroup) -> bool:
    """Whether a row of short tokens counts the columns from 1 in most of its cells: right under a table's header,
    the column numbers with more misread than is_column_numbers allows alone («it | 2 | В | 4 | … | 9», a scan)."""
    if not _numbers_only(group):
        return False
    start, counted = _counting([cell.text.strip() for cell in group.nonempty])
    return start == 1 and 2 * counted > len(group.nonempty)


def _numbers_only(group: RowGroup) -> bool:
    """Whether every cell of a row holds a token or two no longer than a column number ("3. 4." where a
    scan's border between two was lost): under a header whose table numbers its columns, that row again,
    with more misread than is_column_numbers allows (blind2's Tyumen scan: "Dis | 3: | 5.")."""
    cells = group.nonempty
    return len(cells) >= 3 and all(
        len(tokens := cell.text.split()) <= 2 and all(len(t) <= MAX_COLUMN_NUMBER for t in tokens) for cell in cells)


def year_of(text: str) -> int | None:
    """'2024', '2024 год', '2024 (план)', '202 4' or '2024г' over '.' (a narrow column) -> 2024.

    Past the wordings YEAR knows, a short header that names one year and no other figure, and is no base
    value («Исходный уровень, 2024 г.»), is that year's column: «2022 г. — целевое», «к концу 2025 г.»,
    «за 2022 год», and «на 31 декабря 2023 г.» (a day of the year is no other figure), its words in any order (a
    header printed upwards may be read with «г.» first). A period («2022-2024») names two years, a date («на
    01.01.2024») other figures."""
    if "20" not in "".join(text.split()):  # no year at all (most cells): no pattern is tried
        return None
    text = re.sub(r"(?<=\d)\s+(?=\d)|\s+(?=\.)", "", DATE_IN_YEAR.sub(" ", text).strip())
    if year := YEAR.match(text):
        return int(year.group(1))
    years = re.findall(r"(?<!\d)20\d\d(?!\d)", text)
    if (len(years) != 1 or len(text) > MAX_YEAR_HEADER or len(re.findall(r"\d+", text)) != 1
            or words_of(text).lemmas & BASE_VALUE_LEMMAS):
        return None
    return int(years[0])


def _a_column_a_year(headers: list[str]) -> list[int | None]:
    """The year each header names (year_of), one column a year: of headers dated within one year («на 30 июня
    2024 г.», «на 31 декабря 2024 г.»), the one naming the year plainly or at its end keeps it, the others none."""
    years = [year_of(text) for text in headers]
    for year in {year for year in years if year and years.count(year) > 1}:
        at = [k for k, seen in enumerate(years) if seen == year]
        keep = next((k for k in at if not DATE_IN_YEAR.search(headers[k]) or YEAR_END.search(headers[k])), None)
        for k in at:
            years[k] = year if k == keep else None
    return years


@dataclass
class _HeaderUnit:
    """Grid columns [col0, col1) named by one header cell: the lowest non-empty header cell above them."""

    col0: int
    col1: int
    texts: list[str]  # the header cells over these columns, bottom-up, their lines joined by "\n"

    @property
    def text(self) -> str:
        return self.texts[0]


def _header_units(group: RowGroup) -> list[_HeaderUnit]:
    grid = group.grid
    cells = [(cell, "\n".join(line.text for line in cell.lines)) for cell in group.nonempty]
    units: list[_HeaderUnit] = []
    lowest_before = None
    for c in range(len(grid.xs) - 1):
        stack = sorted(((cell, text) for cell, text in cells if cell.col0 <= c < cell.col1),
                       key=lambda item: -item[0].row1)
        if not stack:
            lowest_before = None
            continue
        if stack[0][0] is lowest_before:
            units[-1].col1 = c + 1
            continue
        lowest_before = stack[0][0]
        units.append(_HeaderUnit(c, c + 1, [text for _, text in stack]))
    return units


HEADER_SCORES_CACHE = 1 << 13
"""Header units' scores kept: a table's rows are each tried as a header, with every template table while the
table's kind is unknown, and the same header cells are printed again on each of its pages."""


def _header_scores(template: TableTemplate, unit: _HeaderUnit, theme: frozenset[str]) -> dict[str, float]:
    """How well the unit's header means each column (_texts_scores), in a dict of the caller's own."""
    return dict(_texts_scores(template, tuple(unit.texts), theme))


@lru_cache(maxsize=HEADER_SCORES_CACHE)
def _texts_scores(template: TableTemplate, texts: tuple[str, ...], theme: frozenset[str]) -> dict[str, float]:
    """How well a header unit's cells (`texts`, the unit's own first) mean each column: its own cell, or its
    cell read with the cells above it, apart from the words of the table's `theme` (_theme) unless the cell
    says nothing else («Мероприятие»).
    A cell that names the theme's thing itself (as its head noun, in no clause: «Региональный проект»,
    «Наименование основного мероприятия», «Метрика отдачи») names the required column whose phrases name that
    thing (or else the column that names the table's rows), unless its other words name another column better
    («Наименование показателя» where every header says «показатель»).

    A cell longer than any header (a data row's prose) means no column, unread. Memoised: read only."""
    text = texts[0]
    if len(text) > MAX_HEADER_CELL:
        return dict.fromkeys(template.columns.keys, 0.0)
    if _numbering_sign(text) and "no" in template.columns.keys:  # «№ мероприятия»: the numbering column,
        return {key: float(key == "no") for key in template.columns.keys}  # whatever it numbers

    def scores(text: str) -> dict[str, float]:
        words = template.columns.words(text)
        found = dict(template.columns.scores(text) if not words.lemmas - theme  # the memo's own dicts stay
                     else template.columns.scores_apart_from(text, theme))   # as they are
        if key := asked(text, template.questions):  # «Что предусматривает решение»: a question means what it
            return {k: max(s, template.thresholds.column_header) if k == key else 0.0  # asks for, whatever its
                    for k, s in found.items()}                                     # other words say («решение»)
        if words.lemmas - theme and words.head in theme and not has_predicate(text):  # «Региональный проект, к
            named = template.columns.headed_by(words.head)  # которому относится …», «Метрика отдачи»
            named = named if named in template.required else template.naming_column
            found[named] = max(found[named], template.thresholds.column_header)
        return found

    own = scores(text)
    if glossed := _glossed(text):
        word, gloss, in_place = glossed
        surest = lambda found: max(found.values(), default=0.0)  # noqa: E731
        if surest(own) < template.thresholds.column_header:
            glossed_scores = scores(gloss)
        elif surest(glossed_scores := scores(in_place)) <= surest(own) or surest(scores(gloss)) <= surest(scores(word)):
            glossed_scores = {}
        own = {key: max(own[key], glossed_scores.get(key, 0.0)) for key in own}
    if len(texts) == 1:
        return own
    whole = scores(" ".join(reversed(texts)))
    return {key: max(own[key], whole[key]) for key in own}


GLOSS = re.compile(r"(\S+)\s*\(\s*([^()\d]{3,40}?)\s*\)\s*$")
"""A cell's last words in parentheses, no figures among them, after the word they gloss: «Реализующая подсистема
(проект)»."""


def _glossed(text: str) -> tuple[str, str, str] | None:
    """The word a drafter glosses after a header in the template's terms, the gloss, and the header read with
    the gloss in place of the word: «Реализующая подсистема (проект)», «Объект автоматизации (отрасль)»,
    «Решение (инициатива)» («Реализующая проект»). The gloss names the column when the header's own words name
    none. Read in place it names it when the header names its column less surely than the gloss read in place
    does, and the gloss names one more surely than the word it glosses: «решение» is also what a technologies
    column lists; in «Задачи отрасли (сферы)» the gloss says what «отрасли» is, not the column, and «Проект
    (направление)» is the project's column whatever «направление» could head. «Сроки (год начала – год
    окончания)» is read by its words."""
    flat = " ".join(text.split())
    m = GLOSS.search(flat)
    if not m:
        return None
    return m.group(1), m.group(2), f"{flat[:m.start()]}{m.group(2)}"


def _names_row(units: list[_HeaderUnit]) -> bool:
    """Whether every cell of a row is a short name (NAME_WORDS words at most, saying nothing is done, or asking),
    as a header's are and a data row's tasks, goals and benefits are not: such a row naming MIN_HEADER_COLUMNS
    columns is a header, however its other cells are worded."""
    said = [unit.text for unit in units if unit.text.strip()]
    return all(len(text.split()) <= NAME_WORDS for text in said) and all(
        not has_predicate(text) or is_question(text) for text in said)


def _numbering_sign(text: str) -> bool:
    """Whether a header cell heads a numbering column by its sign («№», «№ п/п», «№ изм.»): no data cell starts
    with it."""
    return text.lstrip().startswith("№")


def _heads_numbering(template: TableTemplate, text: str) -> bool:
    """Whether a header unit's text heads the numbering column, by its sign or its words («Поз. в записке»)."""
    best = template.columns.best(text, template.thresholds.column_header)
    return _numbering_sign(text) or best is not None and best[0] == "no"


@lru_cache(maxsize=HEADER_SCORES_CACHE)
def _theme(template: TableTemplate, texts: tuple[str, ...], years: tuple[int | None, ...]) -> frozenset[str]:
    """The words most of a header row's cells (its units' `texts`) repeat (at least THEME_SHARE of its worded
    cells, and THEME_CELLS of them): «мероприятие» in «Наименование мероприятия», «Когда реализуется
    мероприятие», «Роль края в мероприятии». Such a word names what the table is about, so it cannot tell its
    columns apart; read with it, every header would mean the project's name. Memoised like _texts_scores."""
    worded = [template.columns.words(text).lemmas for text, year in zip(texts, years)  # a numbering header
              if not year and text.strip() and len(text) <= MAX_HEADER_CELL  # («№ рег. проекта», «Поз.
              and not _heads_numbering(template, text)]                       # в записке») tells none
    counts = Counter(lemma for lemmas in worded for lemma in lemmas)
    return frozenset(lemma for lemma, n in counts.items() if n >= max(THEME_CELLS, THEME_SHARE * len(worded)))


def _unit_texts(unit: _HeaderUnit, grid: Grid, data: list[RowGroup]) -> list[str]:
    """The texts of the data cells under the unit (most of a cell's width within its columns)."""
    x0, x1 = grid.xs[unit.col0], grid.xs[unit.col1]
    return [cell.text.strip() for group in data for cell in group.nonempty
            if min(x1, cell.x1) - max(x0, cell.x0) > 0.5 * (cell.x1 - cell.x0)]


def _data_texts(unit: _HeaderUnit, grid: Grid, data: list[RowGroup]) -> list[str]:
    """The unit's data cells that say something of the column: not column numbers, nor its header printed
    again on a later page."""
    printed = " ".join(fold(unit.text).split())
    return [text for text in _unit_texts(unit, grid, data)
            if not ROW_NUMBER.fullmatch(text) and " ".join(fold(text).split()) != printed]


@lru_cache(maxsize=HEADER_SCORES_CACHE)
def _content_shares(template: TableTemplate, texts: tuple[str, ...]) -> dict[str, float]:
    """Share of the cells that hold each kind of content ("2022-2024" a term, "%" a unit). Row numbers
    count rows: small whole figures that do not count up (base values «9», «50», «27») are none.
    Memoised (the same cells are judged for each template table and each column a header may be): read only."""
    if not texts:
        return {}
    shares = {kind: sum(bool(pattern.search(text)) for text in texts) / len(texts)
              for kind, pattern in template.content_kinds.items()}
    if shares.get(ROW_NUMBER_KIND) and not counts_up(
            [text.strip() for text in texts if template.content_kinds[ROW_NUMBER_KIND].search(text)]):
        shares[ROW_NUMBER_KIND] = 0.0
    return shares


def counts_up(numbers: list[str]) -> bool:
    """Whether row numbers follow one another («1», «2»; «1», «1.1», «1.2», «2»; «1» again for the next
    industry) in at least COUNTING_SHARE of the steps between them."""
    parts = [[int(part) for part in number.rstrip(".").split(".")] for number in numbers]
    steps = list(zip(parts, parts[1:]))

    def counts(a: list[int], b: list[int]) -> bool:
        return (b[-1] == 1 and b != a or b[:-1] == a[:-1] and b[-1] == a[-1] + 1  # restart, next,
                or len(b) > len(a) and b[:len(a)] == a                               # child,
                or len(b) < len(a) and b[-1] == a[len(b) - 1] + 1)                   # back up a level
    return not steps or sum(counts(a, b) for a, b in steps) >= COUNTING_SHARE * len(steps)


def _fits_by_content(template: TableTemplate, key: str, texts: list[str]) -> bool:
    """Whether cells like these can be the `key` column's, judged by what they say alone.

    Cells mostly of a kind the column does not hold (figures, ministries) never fit; a column with content
    kinds needs most cells of its kinds, one with cell terms most cells saying one of them, any other
    (goals, descriptions, benefits) prose.
    """
    said = said_cells(texts)
    shares = _content_shares(template, tuple(said))
    if not said or _contradicted(template, key, shares) or key in template.names_only and _clauses(said):
        return False
    if expected := template.content.get(key, ()):
        return max(shares[kind] for kind in expected) >= CELL_TERM_SHARE
    if key in template.cell_terms:
        return _term_share(template, key, said) >= CELL_TERM_SHARE
    return statistics.median(len(text.split()) for text in said) >= PROSE_WORDS


def said_cells(texts: list[str]) -> list[str]:
    """The cells that print something besides a dash: what a column holds is told by them."""
    return [text for text in texts if text.strip(" -–—")]


def _term_share(template: TableTemplate, key: str, said: list[str]) -> float:
    """The share of cells that say one of the `key` column's cell terms (0 for a column without them). A cell
    saying its row has none (template no_content: «Не предусмотрено.») counts only for a column whose terms it
    says («предусмотреть», of a financing column); of any other it says nothing (a column of technologies half
    «Не предусмотрено.» is still one)."""
    terms = template.cell_terms.get(key)
    said = [text for text in said if terms and (not template.no_content.match(text.strip())
                                                or words_of(text).lemmas & terms)]
    if not said:
        return 0.0
    return sum(bool(words_of(text).lemmas & terms) for text in said) / len(said)


def _contradicted(template: TableTemplate, key: str, shares: dict[str, float]) -> bool:
    """Whether cells whose content kinds have these shares (_content_shares of the cells that say something)
    say they are not the `key` column's: mostly of a kind it does not hold (figures, ministries), or hardly
    any of the kinds it does (names under a unit's header). No cells contradict nothing."""
    expected = template.content.get(key, ())
    return bool(shares) and (any(share >= CONTENT_ALONE for kind, share in shares.items() if kind not in expected)
                             or bool(expected) and max(shares[kind] for kind in expected) < CONTENT_SCARCE)


def _by_elimination(template: TableTemplate, units: list[_HeaderUnit], header: list[dict[str, float]],
                    keys: list[str | None], years: list[int | None], grid: Grid, data: list[RowGroup],
                    lower: set[str]) -> list[int]:
    """Headers no phrase names, taken for the columns the table lacks that their cells fit.

    A region that words a header unlike every phrase of the template would lose that column's cells to
    extra_cells. An industry column is known by its cells; an unknown header whose words lean (too weakly to
    name a column on their own) to a lacking column no other leans to takes it; the rest are
    guessed by their cells and their order (_by_cells_and_order); the caller reports every guess
    (column_guessed). A note or status column beside a table that lacks, say, technologies stays extra: its
    cells fit none. Returns the indices of the units guessed, their keys set in `keys`.
    """
    unknown = [k for k, (unit, key, year) in enumerate(zip(units, keys, years))
               if key is None and not year and unit.text.strip() and len(unit.text) <= MAX_HEADER_CELL]
    first = [k for k in range(min(2, len(units))) if keys[k] != "no" and not years[k]]
    for k in [k for k in first if INDUSTRY in template.columns.keys and INDUSTRY not in keys]:
        # industries stand first (after a № column at most): a column of industry names is theirs, however
        # its header is worded («Отраслевой блок», «Направление грантовой поддержки», which reads as a task),
        # and leaves the one other unknown header to be guessed
        texts = [text for text in _data_texts(units[k], grid, data) if text.strip()]
        if texts and sum(canonical_industry(text) is not None for text in texts) >= CELL_TERM_SHARE * len(texts):
            keys[k] = INDUSTRY
            if k in unknown:
                unknown.remove(k)
    # a column the template knows it has not («Примечание») is no candidate, and leaves the other one alone
    unknown = [k for k in unknown
               if not template.not_template_columns.best(units[k].text, template.thresholds.column_header)]
    named = set(keys) | lower  # (the keys of lower cells a column stacks under a header naming two)
    # a table that prints its title_rows column as rows across it (each task over its projects) has no such column
    titled = template.title_rows and any((title := _title_row(group)) is not None and not names_industry(title)
                                         for group in data)
    lacking = [key for key in template.columns.keys
               if key not in named and key not in PLACING_COLUMNS and not (key == "values" and any(years))
               and not (titled and key == template.title_rows) and not (key in LONG_ONLY and "year" not in named)]
    # each unknown header whose words lean (if weakly) to a lacking column its cells do not contradict and no other
    # leans to takes it («ИТ-проект» to the project, however short its cells; not «Наименование KPI, единица
    # измерения» over names to the unit), before the rest are guessed
    shares = {k: _content_shares(template, tuple(said_cells(_data_texts(units[k], grid, data))))
              for k in unknown}
    leaning = {k: max(((key, score) for key, score in header[k].items() if key in lacking and score >= WEAK_HEADER
                       and not _contradicted(template, key, shares[k])),
                      key=lambda pair: pair[1], default=(None, 0.0))[0] for k in unknown}
    taken = Counter(leaning.values())
    by_words = [k for k in unknown if leaning[k] and taken[leaning[k]] == 1]
    for k in by_words:
        keys[k] = leaning[k]
    unknown = [k for k in unknown if k not in by_words]
    lacking = [key for key in lacking if key not in keys]
    return by_words + _by_cells_and_order(template, units, header, unknown, lacking, keys, grid, data)


def _by_cells_and_order(template: TableTemplate, units: list[_HeaderUnit], header: list[dict[str, float]],
                       unknown: list[int], lacking: list[str], keys: list[str | None], grid: Grid,
                       data: list[RowGroup]) -> list[int]:
    """Unknown headers taken for columns the table lacks, by what their cells hold and the template's order.

    A region that rewords a table's headers («Решение» for the project, «Для чего реализуется» for its goal)
    seldom also reorders the columns it renamed. Of the ways of giving the unknown headers lacking columns
    that every column's cells fit (_fits_by_content), the guess is the one that puts the fewest of the
    table's columns out of the template's order (a «Функции сервиса» between the term and the financing is
    the description, not the technologies printed after them), then the one the headers' words (too weak to name a column alone, «Что делает Тюменская область») favour;
    when two ways tie, the headers stay extra. A single unknown header is the simplest case. Headers whose
    cells fit no lacking column («Исходный уровень» beside the years) stay extra. Returns the indices guessed.
    """
    texts = {k: _data_texts(units[k], grid, data) for k in unknown}
    fits = {(k, key): _fits_by_content(template, key, texts[k]) for k in unknown for key in lacking}

    def rank(guessed: dict[int, str]) -> tuple[int, float]:
        return (_out_of_order(template, [guessed.get(k, key) for k, key in enumerate(keys)]),
                -sum(header[k].get(key, 0.0) for k, key in guessed.items()))

    for size in range(min(len(unknown), len(lacking)), 0, -1):  # as many guessed as fit; the rest stay extra
        ways = [dict(zip(which, way)) for which in itertools.combinations(unknown, size)
                for way in itertools.permutations(lacking, size) if all(map(fits.get, zip(which, way)))]
        if not ways:
            continue
        ranked = sorted(ways, key=rank)
        if len(ranked) > 1 and rank(ranked[0]) == rank(ranked[1]):
            return []
        for k, key in ranked[0].items():
            keys[k] = key
        return list(ranked[0])
    return []


def _out_of_order(template: TableTemplate, keys: list[str | None]) -> int:
    """Pairs of the table's columns, left to right, printed in the opposite order to the template's."""
    order = [template.columns.keys.index(key) for key in keys if key in template.columns.keys]
    return sum(a > b for a, b in itertools.combinations(order, 2))


def _printed_long(template: TableTemplate, header: list[dict[str, float]], years: list[int | None],
                  shares: list[dict[str, float]]) -> bool:
    """Whether a header is a table printed long (a row per indicator and year): no year columns, and a header
    cell that names the year column, or a column of years («Период плана развития» over «2022», «2023»). Else
    the year and value columns are none of its (a column of figures is no long table's value column)."""
    return not any(years) and any(h.get("year", 0.0) >= template.thresholds.column_header
                                  or content.get("year", 0.0) >= CONTENT_ALONE for h, content in zip(header, shares))


def _pair_score(template: TableTemplate, key: str, header: dict[str, float], content: dict[str, float],
                sentences: bool = False) -> float:
    """Header meaning first; content adds to a column that holds what its key expects, and alone
    (most cells of that kind) names a column whose header says nothing the template knows. A column of
    sentences hardly any of which is of the kinds a column holds (a unit, a term, a number) is not that
    column, whatever its header says («Наименование KPI, единица измерения» over «Доля …, %»)."""
    score = header.get(key, 0.0)
    fit = max((content.get(kind, 0.0) for kind in template.content.get(key, ())), default=0.0)
    if score < template.thresholds.column_header and fit < CONTENT_ALONE or \
            sentences and template.content.get(key) and fit < CONTENT_SCARCE:
        return 0.0
    return score + CONTENT_WEIGHT * fit


def _clauses(texts: list[str]) -> bool:
    """Whether most of a column's cells are sentences saying what is done or happens (has_predicate), as no column
    of names is; a short «Не предусмотрено.» in a column of technologies says only that there are none."""
    said = [text for text in texts if text.strip()]
    clauses = sum(len(text.split()) >= SENTENCE_WORDS and has_predicate(text) for text in said)
    return bool(said) and clauses >= CLAUSE_SHARE * len(said)


def _sentences(texts: list[str]) -> bool:
    """Whether most of a column's cells are sentences (at least SENTENCE_WORDS words)."""
    said = [text for text in texts if text.strip()]
    return bool(said) and statistics.median(len(text.split()) for text in said) >= SENTENCE_WORDS


def assign(scores: list[dict[str, float]], order: Sequence[str] = ()) -> list[str | None]:
    """Each unit its column key, each key at most once, maximising the summed scores (exact: few columns).

    With the template's `order` of the keys, each pair of keys taken in the opposite order costs ORDER_COST:
    of two headers that name one column about equally («Вклад в туристский продукт края», «Вклад края как
    координатора кластера»), the one standing where the template puts it takes it, while a region's own order
    stands wherever its headers say their columns clearly."""
    keys = sorted({key for row in scores for key, s in row.items() if s > 0})
    index = {key: k for k, key in enumerate(keys)}
    place = {key: order.index(key) if key in order else -1 for key in keys}
    # a key scoring nothing can never raise a total: only the others are tried, each with its bit
    options = [[(key, 1 << index[key], s) for key, s in row.items() if s > 0] for row in scores]
    later = {key: sum(1 << index[other] for other in keys if place[other] > place[key] >= 0) for key in keys}

    @cache
    def best(u: int, used: int) -> tuple[float, tuple[str | None, ...]]:
        if u == len(options):
            return 0.0, ()
        total, rest = best(u + 1, used)
        choice = (total, (None, *rest))
        for key, bit, s in options[u]:
            if not used & bit:
                total, rest = best(u + 1, used | bit)
                gain = s - ORDER_COST * (used & later[key]).bit_count()
                if total + gain > choice[0]:
                    choice = (total + gain, (key, *rest))
        return choice

    return list(best(0, 0)[1])


def header_columns(group: RowGroup, template: TableTemplate, known: list[Column] | None = None,
                   data: list[RowGroup] | None = None, drawn: bool = True) -> list[Column] | None:
    """The columns a header row defines, or None when the row is not a header of this table.

    A row is a header when several of its cells mean a column of the table (or
    print a year); its cells are then given keys in one assignment over the
    whole row, by header meaning and by what the column's data cells (`data`,
    the rows below it) hold, each key at most once. A header cell no key fits
    is kept as an extra column, "extra:<its text>". A repeated header (the
    same texts as the `known` one) takes the known keys back. A row of short
    names (_names_row) is a header by two cells that name columns only where
    rules draw its cells (`drawn`): a borderless table's header lines are a
    guess, and a caption over them reads as names too.
    """
    grid = group.grid
    first = min(group.nonempty, key=lambda cell: cell.col0, default=None)
    if first is None or ROW_NUMBER.fullmatch(first.text.strip()):  # a numbered row holds data
        return None
    units = _header_units(group)
    known_by_text = {fold(col.header): col.key for col in known or () if col.header}
    printed_again = [_printed_header_key(fold(u.text), known_by_text) for u in units]
    repeated = known_by_text and sum(key is not None for key in printed_again) >= REPEATED_HEADER_SHARE * len(units)
    years = _a_column_a_year([u.text for u in units])
    # strong cells a new header has at least: half its cells, or only MIN_HEADER_COLUMNS beside a numbering
    # column's header, which no data row prints (questions for headers: «Зачем это жителям», «Когда заработает»)
    needed = MIN_HEADER_COLUMNS if any(_numbering_sign(unit.text) for unit in units) \
        else max(MIN_HEADER_COLUMNS, len(units) / 2)
    header, strong, theme = [], 0, _theme(template, tuple(u.text for u in units), tuple(years))
    for k, unit in enumerate(units):  # a data row is told from a header before all its cells are scored
        header.append(_header_scores(template, unit, theme))
        strong += bool(years[k]) or max(header[-1].values(), default=0.0) >= template.thresholds.header_cell
        if not repeated and strong + len(units) - k - 1 < needed:
            if drawn and needed > MIN_HEADER_COLUMNS <= strong + len(units) - k - 1 and _names_row(units):
                needed = MIN_HEADER_COLUMNS  # «Защищаемая отрасль | Задача защиты информации | Мера защиты
                continue  # информации | …»: two cells naming columns, the others short names too
            return None
    if not repeated and strong < needed:
        return None
    guessed: list[int] = []
    stacked = [None if year else _stacked(template, unit.text, header[:k] + header[k + 1:])
               for k, (unit, year) in enumerate(zip(units, years))]
    if repeated and all(year or key for key, year in zip(printed_again, years)):
        keys = printed_again
    else:
        scores = []
        texts_under = [[] if year else _unit_texts(unit, grid, data or []) for unit, year in zip(units, years)]
        for h, texts in zip(header, texts_under):  # «Технические решения по объекту» over what will be done;
            for key in template.names_only & h.keys():  # not «Используемые технологии», the column's own phrase
                h[key] = 0.0 if 0 < h[key] < PHRASE_SAID and _clauses(texts) else h[key]
        shares = [_content_shares(template, tuple(texts)) for texts in texts_under]
        printed_long = _printed_long(template, header, years, shares)
        for h, year, texts, content in zip(header, years, texts_under, shares):
            sentences = _sentences(texts)
            scores.append({} if year else {key: _pair_score(template, key, h, content, sentences) for key in h
                                           if printed_long or key not in LONG_ONLY})
            # of two headers naming one column best («Вклад в туристский продукт края», «Вклад края как
            # координатора кластера»), the one over cells saying that column's terms takes it
            surest = max(h, key=h.get, default=None)
            if surest in scores[-1] and h[surest] >= template.thresholds.column_header:
                scores[-1][surest] += TERM_WEIGHT * _term_share(template, surest, said_cells(texts))
        for k, pair in enumerate(stacked):  # a header naming two columns holds the first; none else the second
            if pair:
                scores[k] = {pair[0]: 1.0}
                for other in scores[:k] + scores[k + 1:]:
                    other.pop(pair[1], None)
        keys = assign(scores, template.columns.keys)
        # industries stand before their rows (after a № column at most): a "Сфера применения" further right
        # is data, and «Направление расходов» there is another column's header, to be guessed as one
        keys = [None if key == INDUSTRY and k > 1 else key for k, key in enumerate(keys)]
        if repeated:
            keys = [again or _known_key_at(known, grid.xs[u.col0], grid.xs[u.col0 + 1]) or key
                    for u, again, key in zip(units, printed_again, keys)]
        elif not known_by_text:  # a table's own header; a row after it that names too few columns is data, not
            # guessed (a borderless table's known columns carry no texts: its header, printed again on each page,
            # is read as its first page's was)
            guessed = _by_elimination(template, units, header, keys, years, grid, data or [],
                                      {pair[1] for pair in stacked if pair})
        if any(years):  # the years hold the values: a column that says "values" beside them is one of its own
            keys = [None if key in LONG_KEYS else key for key in keys]  # ("Базовое значение (2020 год)",
            # «Базовый год»): extra
    stacked = [pair if pair and keys[k] == pair[0] else None for k, pair in enumerate(stacked)]
    named = {key for key in keys if key} | {year for year in years if year} | {pair[1] for pair in stacked if pair}
    known_keys = {col.key for col in known or () if not col.key.startswith(EXTRA)}
    least = REPEATED_HEADER_SHARE * len(known_keys) if known_keys else MIN_NAMED_COLUMNS
    missing = set(template.required) - named
    # without its title_rows column the header must be this table's own: nearly every cell one of its columns;
    # without its title_lines column (a project's name over its table of fields), most of the table's other columns
    own = sum(key is None and not year for key, year in zip(keys, years)) <= MAX_UNKNOWN_BESIDE_TITLES
    others = [key for key in template.columns.keys if key not in PLACING_COLUMNS and key != template.title_lines]
    titled = own and (missing == {template.title_rows}
                      or missing == {template.title_lines} and 2 * len(named & set(others)) >= len(others))
    if (missing and not titled) or len(named) < least:
        return None
    columns = []
    for k, (unit, key, year) in enumerate(zip(units, keys, years)):
        name = f"year:{year}" if year else key or f"{EXTRA}{unit.text}"
        columns += [Column(grid.xs[c], grid.xs[c + 1], name, unit.text, k in guessed, stacked[k] and stacked[k][1])
                    for c in range(unit.col0, unit.col1)]
    return columns


def _stacked(template: TableTemplate, text: str, others: list[dict[str, float]]) -> tuple[str, str] | None:
    """The two columns a header cell names, split by a slash or «и» («Срок проведения / Источник финансирования»,
    «Мероприятие национальной политики и его цель»): a row prints the first's cell over the second's, in this one
    column, parted by a rule, a blank or the second's label («Цель мероприятия: …»). Each part, of two
    words or more, must name its column on its own, and no other header cell name the second as well (`others`:
    their scores); not in a table whose rows hold sub-rows (section 7's indicators)."""
    parts = TWO_COLUMNS_APART.split(text.strip())
    if len(parts) != 2 or any(len(part.split()) < 2 for part in parts) or "unit" in template.columns.keys:
        return None  # («Цели/задачи проекта», «Наименование задачи/проекта»: one column; an indicator table's
        # sub-rows are its indicators, not a cell's two parts)
    named = [template.columns.best(part, template.thresholds.column_header) for part in parts]
    if not all(named) or named[0][0] == named[1][0]:
        return None
    (upper, _), (lower, said) = named
    return None if any(h.get(lower, 0.0) >= said for h in others) else (upper, lower)


def _printed_header_key(folded: str, known_by_text: dict[str, str]) -> str | None:
    """The key of the known header cell this folded text prints again: the same text; the one known text it
    begins (at a word's end) when a repeated header row was printed cut short («Исходный уровень (до» for
    «Исходный уровень (до закупок)»: a header row of fixed height clips its longest cells on later pages); or
    the one known text it differs from by a letter or two in ten, as OCR reads the same header on another
    page («Лица, в интересах которых реализуется пооект»)."""
    if folded in known_by_text:
        return known_by_text[folded]
    if not folded:
        return None
    begun = {key for text, key in known_by_text.items() if text.startswith(folded + " ")}
    if len(begun) == 1:
        return begun.pop()
    # (a ratio of 90 needs lengths within a fifth of each other: a data row's long cell is never compared)
    misread = {key for text, key in known_by_text.items() if abs(len(text) - len(folded)) <= len(text) / 5
               and fuzz.ratio(folded, text, score_cutoff=MISREAD_HEADER_SIMILARITY)}
    return misread.pop() if len(misread) == 1 else None


def _known_key_at(known: list[Column], x0: float, x1: float) -> str | None:
    """The key of the known column drawn between these borders, if one is.

    A repeated header over the same columns names the same columns: a cell of it
    misread (OCR's "СИТ" for "СЦТ") keeps its column's key by its place.
    """
    return next((col.key for col in known if abs(col.x0 - x0) <= COLUMN_TOLERANCE
                 and abs(col.x1 - x1) <= COLUMN_TOLERANCE and not col.key.startswith(EXTRA)), None)


def _column_of(columns: list[Column], cell: Cell) -> str | None:
    best, overlap = None, 0.0
    for col in columns:
        ov = min(col.x1, cell.x1) - max(col.x0, cell.x0)
        if ov > overlap:
            best, overlap = col.key, ov
    return best


def industry_of(text: str) -> tuple[int, str] | None:
    """'1. Образование и наука', 'II. Здравоохранение' -> (1, 'Образование и наука'), (2, 'Здравоохранение'); a
    known industry under a number of the section's levels, '5.2. Здравоохранение' -> (2, 'Здравоохранение')."""
    text = " ".join(text.split())
    if (levels := LEVELLED_TITLE.match(text)) and canonical_industry(levels["title"].rstrip(".")) is not None:
        return int(levels["last"]), levels["title"].rstrip(".").strip()
    m = INDUSTRY_TITLE.match(text)
    if not m:
        return None
    title = m.group(2).rstrip(".").strip()
    number = m.group(1)
    if not number.isdigit():
        if number not in ROMAN_NUMERALS:
            return None
        return ROMAN_NUMERALS.index(number) + 1, title
    return int(number), title


def unnumbered_industry(text: str) -> str | None:
    """'Отрасль «Здравоохранение»' or 'Здравоохранение' in a merged row: a title without a number."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_INDUSTRY_TITLE or text.endswith(":") or text[0].isdigit():
        return None
    return re.sub(r"^(?:Отрасль|Направление)\s*[:«\"]?\s*|[»\"]$", "", text).rstrip(".").strip() or None


def _title_row(group: RowGroup, any_length: bool = False) -> str | None:
    """The industry title a row prints across the table: one cell spanning most of it, alone or after a
    cell that numbers it ("1 | Образование и наука", the data rows below it numbered "1.1", "1.2"). A table
    without rules between its rows is cut into its ruled columns, so there the title fills one column's
    cell only: after a whole number, a cell that names a known industry is its title all the same. A table
    that prints a column as rows across it (`any_length`: a project's name over its indicators) may print a
    numbered title as long as the column's cells are."""
    cells = sorted(group.nonempty, key=lambda c: c.col0)
    grid = group.grid
    if len(grid.xs) <= 2 or not 1 <= len(cells) <= 2:
        return None
    across = cells[-1].x1 - cells[-1].x0 >= 0.6 * (grid.x1 - grid.x0)
    if len(cells) == 1:
        return cells[0].text if across else None
    number, title = (" ".join(c.text.split()) for c in cells)
    if not ROW_NUMBER.fullmatch(number) or len(title) > MAX_INDUSTRY_TITLE and not (across and any_length) \
            or title[:1].isdigit():
        return None
    if not across and not (number.rstrip(".").isdigit() and names_industry(title)):
        return None
    return f"{number.rstrip('.')}. {title}"


def _title_lines(group: RowGroup) -> tuple[list[str], str | None]:
    """The lines of a row printed across the table (_title_row read it), for the document's dehyphenation to
    join («контрольно-» / «надзорной»), and the number a cell before them gives it, if one does."""
    cells = sorted(group.nonempty, key=lambda c: c.col0)
    number = " ".join(cells[0].text.split()).rstrip(".") if len(cells) == 2 else None
    return [line.text for line in cells[-1].lines], number


def names_industry(title: str) -> bool:
    """Whether a row across a table names an industry ("2. Здравоохранение", "Социальная сфера") rather than
    a task ("1. Формирование медицинской документации…"): both may be numbered, so by the name alone."""
    numbered = industry_of(title)
    return canonical_industry(numbered[1] if numbered else title) is not None


def _new_figures(last: SubRow, first: SubRow) -> bool:
    """Whether a page's first line of cells is an indicator of its own, not the rest of the last one:
    it fills a year's value the last one has already filled. A figure is too short for a page break
    to cut (a unit, "тыс. / человек", may be); an indicator with some years empty is still told from
    the next one."""
    return any(last.get(key) and lines for key, lines in first.cells.items() if key.startswith("year:"))


def part_naming(template: TableTemplate) -> str:
    """The column a part of a table divided by columns names its rows by, printed again over each part: the
    name, where the table has one (an indicator's), else its naming column."""
    return "name" if "name" in template.columns.keys else template.naming_column


@cache
def part_template(template: TableTemplate) -> TableTemplate:
    """The template a part of a table divided by columns is read by (TableReader._another_part): only the
    column it names its rows by required. One per template, so that what is memoised per template
    (_texts_scores) serves every part read by it."""
    return replace(template, required=(part_naming(template),))


def _letters(text: str) -> str:
    """A cell's letters and figures only, folded: the same name wrapped (and hyphenated) at other widths."""
    return re.sub(r"[\W_]+", "", fold(text))


def _glue(previous: Record, continuation: Record) -> None:
    """Append a row's continuation (the part printed on the next page) to the row itself."""
    if not continuation.subrows:
        return
    first, *rest = continuation.subrows
    if not previous.subrows or _new_figures(previous.subrows[-1], first):
        previous.subrows.append(first)  # a new indicator that happens to open the page
    else:
        last = previous.subrows[-1]
        for key, lines in first.cells.items():
            last.cells.setdefault(key, []).extend(lines)
    previous.subrows.extend(rest)


def _set_lines(record: Record, key: str, lines: list[str]) -> None:
    """Give a record's column these lines, in its first sub-row (where a merged cell's text lives)."""
    for sub in record.subrows:
        sub.cells.pop(key, None)
    if record.subrows:
        record.subrows[0].cells[key] = list(lines)


@dataclass
class TableReader:
    """Reads the tables of one section in order, carrying header and industry across them."""

    template: TableTemplate
    columns: list[Column] | None = None
    industry: tuple[int | None, str | None] = (None, None)
    records: list[Record] = field(default_factory=list)
    problems: list[TableProblem] = field(default_factory=list)
    tail_keys: set[str] = field(default_factory=set)  # columns of the last row read whose text runs to its foot
    tail_page: int | None = None  # the page of the last row part read
    keys: set[str] = field(default_factory=set)
    """Every column key any header of the table defined: a later page's header with a cell misread
    (or a year missing) does not take a column away from the rows read before it."""
    guessed: dict[str, tuple[str, int]] = field(default_factory=dict)
    """Column key -> (printed header, page) of each column taken by elimination, to be reported."""
    numbers_columns: bool = False  # a row under a header numbered the columns
    title: list[str] = field(default_factory=list)
    """The lines of the last row printed across the table for the template's `title_rows` column (a task
    over its projects), which every row under it takes when the header has no such column."""
    title_no: str | None = None  # the number printed before that row's text, if any
    numbered_industries: bool = False  # an industry's title across the table was printed with its number
    codes: dict[str, str] = field(default_factory=dict)
    """Industry code -> industry, from a legend table over the section's tables (industry_legend): an industry cell
    printing «01» names the industry the legend gives it."""
    labelled: dict[str, list[str]] = field(default_factory=dict)
    """Column key -> the value of the last row printed across the table as «label: value» for a column the
    header lacks («Ответственный за экономию: Департамент …» over a project's indicators): the rows under it
    take it."""
    sample: list[RowGroup] = field(default_factory=list)
    """Rows read with the table's first header to tell what its columns hold, besides the rows under it: the other
    records of a table printed down the page, a table each (records.py turns each across), whose first record alone
    is too few rows to tell."""
    join: Callable[[list[str]], str] = " ".join
    """A cell's lines as one text (the document's dehyphenation: "природопользован" / "ие" in a narrow cell)."""

    def set_industry(self, text: str, numbered_only: bool = True) -> bool:
        """Take `text` as the next industry's title; unnumbered titles get the next number. A table that numbers
        its industries' titles numbers them all: an unnumbered row across it that names no known industry is a
        label over some of an industry's rows («Мероприятия, рекомендованные ФОИВ»), not the next industry."""
        if (code := text.strip()) in self.codes:  # «01» after a legend: «1. Образование и наука»
            text = f"{int(code)}. {self.codes[code]}" if code.isdigit() else self.codes[code]
        found = industry_of(text)
        self.numbered_industries |= found is not None
        if found is None and not numbered_only and (not self.numbered_industries or names_industry(text)):
            title = unnumbered_industry(text)
            number = self.industry[0] if title == self.industry[1] else (self.industry[0] or 0) + 1  # reprinted
            found = (number, title) if title else None
        if found:
            if found != self.industry:
                self.labelled = {}
            self.industry = found
        return found is not None

    def read(self, table: Table, above: Sequence[str] = ()) -> None:
        self.labelled = {}
        if legend := industry_legend(table):  # a legend of the codes the next table prints for its industries
            self.codes.update(legend)
            return
        if self.columns is not None and not self._fits_columns(table.fragments[0]):
            header = table_header(table, self.template)
            if header is None:
                if not self._another_part(table):
                    self._foreign(table)
                return
            if self._lacks_title_column(header) and self._another_part(table):
                return
        titled = self._lines_above(above)
        groups = [(index, group) for index, grid in enumerate(table.fragments) for group in row_groups(grid)]
        rows = [group for _, group in groups]
        at_fragment_top, previous_index = self._opens_next_page(table) and not titled, 0
        under_header = False
        for position, (index, group) in enumerate(groups):
            if index != previous_index:
                at_fragment_top, previous_index = True, index
            if not group.nonempty:
                continue
            if is_column_numbers(group) or under_header and (self.numbers_columns and _numbers_only(group)
                                                             or _mostly_counting(group)):
                self.numbers_columns, under_header = self.numbers_columns or under_header, False
                continue
            below = rows[position + 1:position + 1 + CONTENT_ROWS]
            header = header_columns(group, self.template, self.columns,
                                    below if self.columns else (below + self.sample)[:CONTENT_ROWS])
            under_header = header is not None
            if header is not None:
                self.columns = header
                self.keys.update(key for col in header for key in (col.key, col.lower) if key)
                for col in header:
                    if col.guessed:
                        self.guessed.setdefault(col.key, (col.header, group.grid.page))
                continue
            if (title := _title_row(group, any_length=self._titles_column())) is not None:
                if labelled := self._labelled(title):
                    self.labelled.update(labelled)
                    at_fragment_top = False
                    continue
                if self._titles_column() and not names_industry(title):
                    (self.title, self.title_no), at_fragment_top = _title_lines(group), False
                    continue
                if self.set_industry(title, numbered_only=False) or self.numbered_industries and len(group.nonempty) == 1:
                    at_fragment_top = False  # (an industry's title, or a label over some of its rows)
                    continue
            if self.columns is None:
                self._no_header(group)
                continue
            if self._total(group):
                continue
            records = self._records(group, at_fragment_top)
            if not records:  # a task row across the table only
                at_fragment_top = False
                continue
            first, *more = records
            new = more
            if at_fragment_top and self._continues(first):
                self._below_again(self.records[-1], first)
                _glue(self.records[-1], first)
            else:
                new = [first, *more]
            if self._titles_column() or self._titled_by_lines():
                for record in new:
                    self._titled(record)
            self._with_labelled(new)
            self.records.extend(new)
            self.tail_keys, self.tail_page = self._running_on(group, (more or [first])[-1]), group.grid.page
            at_fragment_top = False

    def _lines_above(self, lines: Sequence[str]) -> bool:
        """The lines printed over a table, between it and the last one, as rows across it would be: a «label:
        value» line naming a column the header lacks holds for the table's rows («Ответственный исполнитель
        мероприятия: Министерство …»); a numbered title («1.1. Библиотека …», «Задача 1. Повышение …») with the
        lines under it is the `title_rows` or `title_lines` column's text for the rows (when the header lacks it).
        Whether they said either: then the table's first row is no rest of the last table's last row."""
        title: list[str] = []
        number, going_on = None, None  # the lines of what the last line opened, a title or a label's value
        for text in lines:
            if labelled := self._labelled(text):
                self.labelled.update(labelled)
                going_on = next(iter(labelled.values()))
            elif found := TITLE_LINE.match(" ".join(text.split())):
                title, number = [found["text"] or ""], found["number"] or found["worded"]
                going_on = title
            elif going_on is not None:
                going_on.append(text)
        if title and (self.template.title_rows or self.template.title_lines):
            self.title, self.title_no = title, number
        return bool(title or self.labelled)

    def _labelled(self, title: str) -> dict[str, list[str]]:
        """A row across the table printed «label: value» whose label names a column the header lacks, as
        {key: [value]}; else {} (an industry's title, a task). It holds for the rows under it in this table and
        industry (`labelled` is emptied at the next table and industry)."""
        label, colon, value = title.partition(":")
        found = self.template.columns.best(label, WEAK_HEADER) if colon else None
        if not found or not value.strip() or found[0] in PLACING_COLUMNS or found[0] == self.template.title_rows \
                or any(col.key == found[0] for col in self.columns or ()) or any(ch.isdigit() for ch in label):
            return {}  # («Задача 1: Повышение доступности …» is a task, numbered)
        kinds = self.template.content.get(found[0], ())
        if found[1] < self.template.thresholds.column_header and not any(  # a label leaning to the column only
                self.template.content_kinds[kind].search(value.strip()) for kind in kinds):  # with a value of its kind
            return {}
        return {found[0]: [" ".join(value.split())]}

    def _total(self, group: RowGroup) -> bool:
        """Whether a row gives totals («Итого по плану | Всего мероприятий — 44»), not a row of the table's own:
        it is not stored, and said so."""
        first = min(group.nonempty, key=lambda cell: cell.col0)
        if not self.template.content_kinds["total"].match(" ".join(first.text.split())):
            return False
        self.problems.append(TableProblem("total_row", f"the row «{_preview(group)}» gives totals, not a row of "
                                          "its own: not stored", group.grid.page, "info"))
        return True

    def _titled(self, record: Record) -> None:
        """A record under a row printed across the table for the `title_rows` column, or under a numbered title
        over the table for the `title_lines` one, takes that title's text, and its number when the record prints
        none of its own (a project's number over its indicators)."""
        key = self.template.title_rows if self._titles_column() else self.template.title_lines
        record.subrows[0].cells.setdefault(key, list(self.title))
        if self.title_no and "no" in self.template.columns.keys and not record.lines("no"):
            record.subrows[0].cells["no"] = [self.title_no]

    def _lacks_title_column(self, header: list[Column]) -> bool:
        """Whether a header lacks the `title_rows` column the headers so far had: a table's own, or the second part
        of a table divided by columns, which prints its rows' number and name again over more years (no project)."""
        title_rows = self.template.title_rows
        return title_rows in self.keys and all(col.key != title_rows for col in header)

    def _titled_by_lines(self) -> bool:
        """Whether this table's header lacks the `title_lines` column, which a numbered title over it gives."""
        key = self.template.title_lines
        return bool(key and self.columns and self.title) and all(col.key != key for col in self.columns)

    def _titles_column(self) -> bool:
        """Whether this table prints its `title_rows` column as rows across it (its header lacks it)."""
        key = self.template.title_rows
        return bool(key and self.columns) and all(col.key != key for col in self.columns)

    def _opens_next_page(self, table: Table) -> bool:
        """Whether a table starts on the page after the last row read: a table cut by a page break that
        a line kept apart (a running title touching it) goes on there, its first row maybe the rest of
        the last one (as a continuation fragment's is; _continues decides). A document without pages (DOCX,
        HTML) splits a table only by hand, as a «Продолжение таблицы» line between its pieces does: a table
        drawn on the columns of the one just read goes on from it."""
        if table.page is None:
            return bool(self.records) and self._fits_columns(table.fragments[0])
        return self.tail_page is not None and table.page == self.tail_page + 1

    def _fits_columns(self, grid: Grid) -> bool:
        """Whether a table without a header of its own is drawn on the columns already known (the
        same table, continued after a caption or an industry heading)."""
        return same_edges(sorted({col.x0 for col in self.columns} | {col.x1 for col in self.columns}), grid.xs)

    def _another_part(self, table: Table) -> bool:
        """Read a table that prints more columns of the rows already read, as GOST 2.105 divides a wide table
        into parts placed one under another, each under the columns its rows are named by printed again («№»,
        «Индикатор промышленного развития», then the years): its header names the row-naming column (the name,
        where the table has one) and columns not read yet; each of its rows goes on in the row of the same name.
        False for a table whose header is none of this kind; a row naming no row read is reported."""
        naming = part_naming(self.template)
        part = TableReader(part_template(self.template), industry=self.industry, join=self.join)
        part.read(table)
        new_keys = {key for key in part.keys - {col.key for col in self.columns or ()} - PLACING_COLUMNS - {naming}
                    if not key.startswith(EXTRA)}  # a part adds the table's columns (its years), not notes
        if not part.records or not new_keys or not any(col.key == naming for col in part.columns or ()):
            return False
        rows: dict[str, list[SubRow]] = {}  # the rows of each name still without this part, in order
        for record in self.records:
            for sub in record.subrows:
                if sub.get(naming) and not new_keys & sub.cells.keys():
                    rows.setdefault(_letters(self.join(sub.get(naming))), []).append(sub)
        for record in part.records:
            for sub in record.subrows:
                found = (rows.get(_letters(self.join(sub.get(naming)))) or [None]).pop(0)
                if found is None:
                    self.problems.append(TableProblem(
                        "part_row_unmatched", f"a row of a part of the table of section {self.template.section} "
                        f"names no row read before it ({' '.join(sub.get(naming))[:60]!r}); its cells were not read",
                        sub.page))
                    continue
                for key in new_keys:
                    found.cells.setdefault(key, sub.get(key))
        self.keys |= new_keys
        return True

    def _foreign(self, table: Table) -> None:
        """A table with neither this table's header nor its columns (another section's table, when that
        section's heading is missing) is not read as this one's rows: it is reported instead."""
        first = next((g for g in row_groups(table.fragments[0]) if g.nonempty), None)
        seen = _preview(first) if first else ""
        self.problems.append(TableProblem(
            "table_unrecognised",
            f"a table in section {self.template.section} has neither this section's header nor its columns "
            f"(first row: {seen!r}); it was not read", table.page))

    def _no_header(self, group: RowGroup) -> None:
        """Rows before any header the template knows are skipped, with one warning naming what was seen."""
        if not any(p.code == "table_without_header" for p in self.problems):
            seen = _preview(group)
            self.problems.append(TableProblem(
                "table_without_header",
                f"a table of section {self.template.section} has no header row the template knows "
                f"(first row seen: {seen!r}); its rows before a known header were skipped", group.grid.page))

    def _running_on(self, group: RowGroup, last: Record) -> set[str]:
        """The columns of a group's last row whose text runs down to the row's foot (as low as its lowest
        text, within FOOT_LINES lines): only these can go on past a page break. A cell whose text ended
        higher had ended (a short term beside a long description), so a next page's row with text there is
        a row of its own."""
        if group.grid.page is None:  # without pages no row is cut
            return set()
        bottom = max(cell.row1 for cell in group.cells)
        ends = [(cell, cell.lines[-1]) for cell in group.cells if cell.row1 == bottom and cell.lines]
        lowest = max((line.y1 for _, line in ends), default=0.0)  # a browser's cells stop short of the border
        running = last.keys() & {_column_of(self.columns, cell) for cell, line in ends
                                 if lowest - line.y1 <= FOOT_LINES * (line.y1 - line.y0)}
        # a column stacking two (Column.lower) whose upper part runs on may open its lower part after the break
        return running | {col.lower for col in self.columns or () if col.lower and col.key in running}

    def _continues(self, candidate: Record) -> bool:
        """Whether the first row on a page is the rest of the last row of the previous page.

        It is when it has no row number of its own, stays in the same industry,
        and its first line of cells fills only columns the previous page was still
        filling at its foot: a cell cut by the page break has text on both sides of
        it, so text in a column that had ended before the break belongs to a new,
        unnumbered row. (The lines under it, a project's next indicators, are its own.)
        A cell merged over rows on both pages goes on too, empty after the break (a
        project over its next indicators): rows with no name of their own
        (TableTemplate.naming_column) in the columns the last row had go on under it.
        Without pages (DOCX, HTML) no row is cut: only such a merged cell goes on. So does a naming cell the
        break cut, its rest opening in lower case beside the next indicators («здравоохранения (ЕГИСЗ) …»).
        """
        if not self.records or not candidate.subrows or candidate.lines("no") \
                or self.records[-1].industry != self.industry:
            return False
        naming = candidate.lines(self.template.naming_column)
        return (candidate.subrows[0].cells.keys() <= self.tail_keys
                or not naming and candidate.keys() <= self.records[-1].keys()
                or bool(naming) and naming[0][:1].islower() and self.template.naming_column in self.tail_keys)

    def _records(self, group: RowGroup, at_top: bool) -> list[Record]:
        """The group's records, each under the industry its industry cell (if the table has that column) names.

        An industry cell merged over all the rows of its industry ties them into one group: the rows are
        grouped again without it, and its text sets the industry of the rows from its top on; it is no
        cell of theirs.
        """
        industry_cells = [cell for cell in group.cells if _column_of(self.columns, cell) == INDUSTRY]
        if not industry_cells:
            return self._split(group, at_top)
        out, titled, relabelled = [], False, False
        for k, cells in enumerate(_tied([cell for cell in group.cells if all(cell is not c for c in industry_cells)])):
            top, bottom = min(c.row0 for c in cells), max(c.row1 for c in cells)
            for cell in industry_cells:
                if top <= cell.row0 < bottom and cell.lines:
                    self._industry_cell(self.join([line.text for line in cell.lines]), out)
            rows = RowGroup(group.grid, cells)
            # a task printed across the table beside its industry's merged cell (the cell ties them into one group),
            # or a «label: value» row over the rows it fills
            title = _title_row(rows)
            if title is not None and (labelled := self._labelled(title)):
                self.labelled, relabelled = {**self.labelled, **labelled}, True
                continue
            if self._titles_column() and title is not None and not names_industry(title):
                (self.title, self.title_no), titled = _title_lines(rows), True
                continue
            records = self._split(rows, at_top and k == 0)
            if relabelled:  # the rows under a «label: value» row inside the industry's merged cell
                self._with_labelled(records)
            for record in records if titled else ():
                self._titled(record)
            out += records
        return out

    def _with_labelled(self, records: list[Record]) -> None:
        """Give each record the values of the «label: value» rows over it (`labelled`), unless it prints its own."""
        for record in records:
            for key, lines in self.labelled.items():
                record.subrows[0].cells.setdefault(key, list(lines))

    def _industry_cell(self, text: str, pending: list[Record]) -> None:
        """Set the industry an industry cell names; one that opens in lower case is the rest of the title
        a page break cut («Государственное» | «управление»): the rows read under the cut title, already
        stored or `pending`, take the whole one."""
        cut = self.industry
        if not (text[:1].islower() and cut[1]):
            self.set_industry(text, numbered_only=False)
            return
        title = f"{cut[1][:-1]}{text}" if cut[1].endswith("-") else f"{cut[1]} {text}"
        self.industry = (cut[0], title)
        for record in [*self.records, *pending]:
            if record.industry == cut:
                record.industry = self.industry

    def _split(self, group: RowGroup, at_top: bool) -> list[Record]:
        """One record per row of the group; a group is split where its row column starts a new cell.

        A task printed once in a cell merged over several project rows is one
        link per project, each carrying the task; section 7 keeps its
        indicator rows together under one project instead (no row column).
        At a page's top, the rows above the first row cell are a record of their own: maybe the rest
        of the previous page's last row (_continues), never glued to the next row; so is the first part when
        its row cell is the rest of a cell the break cut. Either way, a cell merged over it and later rows
        carries its whole text to them (_carry_on).
        """
        cells = [(cell, key) for cell in sorted(group.cells, key=lambda c: (c.row0, c.col0))
                 if cell.lines and (key := _column_of(self.columns, cell)) not in (None, INDUSTRY)]
        split_key = self.template.split_rows_on
        starts = sorted({cell.row0 for cell, key in cells if key == split_key}) if split_key else []
        if self.template.split_at_numbers and any(col.key == "no" for col in self.columns or ()):
            numbered = {cell.row0 for cell, key in cells if key == "no"}
            starts = [row for row in starts if row in numbered]
        first_row, last_row = min(c.row0 for c in group.cells), max(c.row1 for c in group.cells)
        lead = at_top and bool(starts) and starts[0] > first_row
        if len(starts) <= 1 and not lead:
            return [self._record(group.grid, group.bbox, cells)]
        starts = [first_row, *starts] if lead else [first_row, *starts[1:]]
        bounds = list(zip(starts, starts[1:] + [last_row]))
        out = []
        for top, bottom in bounds:
            part = [(cell, key) for cell, key in cells if cell.row0 < bottom and cell.row1 > top]
            bbox = (group.bbox[0], group.grid.ys[top], group.bbox[2], group.grid.ys[bottom])
            out.append(self._record(group.grid, bbox, part))
        if at_top and self._continues(out[0]):  # (its row cell cut too: «Развитие региональной» | «информационной …»)
            self._carry_on(group, bounds, out)
        return out

    def _carry_on(self, group: RowGroup, bounds: list[tuple[int, int]], records: list[Record]) -> None:
        """Give every row a cell merged over several rows spans its whole text when a page break cut it.

        A task printed once beside several projects goes on over the first rows of the next page, empty
        there or holding only its last words: each row under it, on either page, carries the whole task
        (its part above the break is the previous page's rows', the rest the continuation's, `records[0]`,
        which the caller glues to the previous page's last row).
        """
        lead_end = bounds[0][1]
        for cell in group.cells:
            key = _column_of(self.columns, cell)
            if key in (None, self.template.split_rows_on, *PLACING_COLUMNS) or not cell.row0 < lead_end < cell.row1:
                continue
            cut = self.records[-1].lines(key)
            whole = [*cut, *(line.text for line in cell.lines)]
            above = itertools.takewhile(lambda record: cut and record.lines(key) == cut, reversed(self.records[:-1]))
            below = [record for (top, _), record in zip(bounds[1:], records[1:]) if cell.row1 > top]
            for record in [*above, *below]:
                _set_lines(record, key, whole)

    def _record(self, grid: Grid, bbox: Box, cells: list[tuple[Cell, str]]) -> Record:
        cells = self._lower_cells(cells, grid.page is not None)
        by_row: dict[int, dict[str, list[str]]] = {}
        for cell, key in cells:
            by_row.setdefault(cell.row0, {}).setdefault(key, []).extend(line.text for line in cell.lines)
        rows = sorted(by_row)
        over: dict[int, dict[str, list[str]]] = {}
        for cell, key in cells:
            for r in rows[bisect_right(rows, cell.row0):bisect_left(rows, cell.row1)] if cell.row1 - cell.row0 > 1 \
                    else ():
                over.setdefault(r, {})[key] = [line.text for line in cell.lines]
        tops = [max(grid.ys[r], bbox[1]) for r in rows]
        bottoms = tops[1:] + [bbox[3]]
        return Record(grid.page, bbox, self.industry,
                      [SubRow(by_row[r], grid.page, (bbox[0], top, bbox[2], bottom), grid.row_ref(r), over.get(r, {}))
                       for r, top, bottom in zip(rows, tops, bottoms)], grid.row_ref(rows[0] if rows else 0))


    def _lower_cells(self, cells: list[tuple[Cell, str]], paged: bool) -> list[tuple[Cell, str]]:
        """A row's cells, with what stands under the first part of a column whose header names two (Column.lower)
        keyed as the second column: «до 2030 года» over «Внедрение пилотного типового решения …». A rule parts
        them: a cell of its own below, or a line inside the cell that leaves a blank wider than between its
        lines (`paged`); in a format without pages a cell's lines are its paragraphs, the first the upper part."""
        lower = {col.key: col.lower for col in self.columns or () if col.lower}
        if not lower:
            return cells
        out, seen = [], set()
        for cell, key in sorted(cells, key=lambda pair: pair[0].row0):
            if key not in lower:
                out.append((cell, key))
            elif key in seen:
                out.append((cell, lower[key]))
            else:
                seen.add(key)
                cut = self._upper_lines(cell.lines, paged, lower[key])
                below = self._unlabelled(cell.lines[cut:], lower[key])
                out += [(replace(cell, lines=cell.lines[:cut]), key)] + \
                    ([(replace(cell, lines=below), lower[key])] if below else [])
        return out

    def _upper_lines(self, lines: list[Line], paged: bool, lower: str) -> int:
        """How many of a cell's lines are its upper part (_lower_cells): those above the first line that opens with
        a label naming the lower column («Цель мероприятия по нацполитике: …»), else above the first blank wider
        than the narrowest gap between its lines by ROW_GAP; the first paragraph where lines are paragraphs."""
        labelled = next((k for k, line in enumerate(lines) if k and self._lower_label(line.text, lower)), None)
        if labelled is not None:
            return labelled
        if not paged:
            return 1
        gaps = [b.y0 - a.y1 for a, b in zip(lines, lines[1:])]
        least = min(gaps, default=0.0)
        return next((k + 1 for k, gap in enumerate(gaps) if gap > least + ROW_GAP), len(lines))

    def _below_again(self, previous: Record, continuation: Record) -> None:
        """A cell cut by a page break in its lower part (Column.lower: the goal under the project's name) goes on
        in that part, however its rest opens: its lines read as the upper part's move down."""
        for col in self.columns or ():
            if col.lower and previous.lines(col.lower) and continuation.subrows:
                cells = continuation.subrows[0].cells
                cells[col.lower] = cells.pop(col.key, []) + cells.get(col.lower, [])

    def _lower_label(self, text: str, lower: str) -> str | None:
        """The label a lower part opens with, «Цель мероприятия по нацполитике:», when it names the lower column."""
        label, colon, _ = text.partition(":")
        found = self.template.columns.best(label, self.template.thresholds.column_header) if colon else None
        return label + colon if found and found[0] == lower else None

    def _unlabelled(self, lines: list[Line], lower: str) -> list[Line]:
        """A lower part's lines without the label it opens with, which names its column and is none of its text."""
        label = self._lower_label(lines[0].text, lower) if lines else None
        if label is None:
            return lines
        rest = lines[0].text[len(label):].strip()
        return ([replace(lines[0], text=rest)] if rest else []) + lines[1:]


def _preview(group: RowGroup) -> str:
    """A row's cells, shortened, for a warning that says what was seen."""
    return " | ".join(" ".join(c.text.split())[:40] for c in group.nonempty)


def table_header(table: Table, template: TableTemplate) -> list[Column] | None:
    """The header a table opens with (within its first rows), when it is a table of this kind."""
    groups = row_groups(table.fragments[0])
    for k, group in enumerate(groups[:HEADER_SEARCH_ROWS]):
        if group.nonempty and not is_column_numbers(group):
            columns = header_columns(group, template, None, groups[k + 1:k + 1 + CONTENT_ROWS])
            if columns is not None:
                return columns
    return None


class CardRow(NamedTuple):
    field: Cell
    values: list[Cell]
    pair: int = 0  # in a card printed two fields to a row, 1 for the right-hand field; else 0
    notes: tuple[Cell, ...] = ()  # its cells in a column of notes (card_notes)


def _card_groups(grid: Grid) -> list[list[Cell]]:
    return [sorted(group.cells, key=lambda c: c.col0) for group in row_groups(grid) if not is_column_numbers(group)]


def _numbering_column(groups: list[list[Cell]]) -> bool:
    numbered = [ROW_NUMBER_CELL.fullmatch(cells[0].text.strip()) is not None for cells in groups if len(cells) > 2]
    return sum(numbered) * 2 > len(numbered)


def paired_card(tables: list[Table]) -> bool:
    """Whether a card prints two fields to a row (field | value | field | value, _paired), judged on all
    its pages at once (its tables, when a running header between pages parts them): a page holding only
    the end of a cut row shows no pairs of its own."""
    groups = [cells for table in tables for grid in table.fragments for cells in _card_groups(grid)]
    return not _numbering_column(groups) and _paired(groups)


def numbered_card(tables: list[Table]) -> bool:
    """Whether a card prints a numbering column, judged on all its pages at once: a page (or a first grid holding
    only the header, where no rules part the rows) shows too few rows of its own."""
    return _numbering_column([cells for table in tables for grid in table.fragments for cells in _card_groups(grid)])


def card_rows(grid: Grid, paired: bool, numbered: bool | None = None,
              notes: list[tuple[float, float, tuple[str, ...]]] | None = None) -> list[CardRow]:
    """A two-column table's rows as (field cell, value cells), past a numbering column if there is one
    (and past a row numbering the columns), a column of notes (card_notes) apart; a `paired` card
    (paired_card) gives each row's two fields in turn, each with its place in the pair (a row a page break cut
    goes on in both pairs at once)."""
    groups = _card_groups(grid)
    noted: list[tuple[Cell, ...]] = [()] * len(groups)
    if notes:
        noted = [tuple(c for c in cells if note_header(c, notes)) for cells in groups]
        groups = [[c for c in cells if all(c is not n for n in row_notes)] for cells, row_notes in zip(groups, noted)]
    numbering_column = _numbering_column(groups) if numbered is None else numbered
    pairs = [0] * len(groups)
    if paired:  # (no numbering column, as paired_card saw on all pages: a lone cut row's empty cell is none)
        # a row printing the same two cells twice is the header of both pairs («Позиция паспорта | Что
        # предусмотрено по позиции» twice), however its cells are worded
        groups = [cells for cells in groups if not (len(cells) == 4 and _same_texts(cells[:2], cells[2:]))]
        halves = [_pair_halves(cells) for cells in groups]
        groups = [half for split in halves for half in split]
        pairs = [pair for split in halves for pair in range(len(split))]
        noted = [()] * len(groups)  # (a card of pairs prints no notes beside them)
    rows = []
    for k, (cells, pair, row_notes) in enumerate(zip(groups, pairs, noted)):
        if len(cells) == 1 and cells[0].col0 == 0 and cells[0].col1 == len(grid.xs) - 1 \
                and not _merged_field(cells[0].text) and len(cells[0].lines) <= MAX_GROUP_TITLE_LINES:
            continue  # one short cell across the card: the title of a group of fields («I. Общие сведения …», a
            # heading «Глава III: Цель …»); a field merged into one cell says its value after its unnumbered label's
            # colon («Срок реализации: 2022-2024 годы»)
        first = cells[0].text.strip()
        if k == 0 and numbering_column and len(cells) > 2 and len(first) > MAX_COLUMN_NUMBER \
                and not ROW_NUMBER_CELL.fullmatch(first):
            continue  # a header over the numbering column, however worded («Шифр», «№ стр.», «№ пункта»)
        while len(cells) > 2 and ROW_NUMBER_CELL.fullmatch(cells[0].text.strip()):
            cells = cells[1:]
        # in a numbering column, a short cell is a row number OCR misread ("2." read "Di")
        if numbering_column and len(cells) > 2 and len(cells[0].text.strip()) <= MAX_COLUMN_NUMBER:
            cells = cells[1:]
        rows.append(CardRow(cells[0], cells[1:], pair, row_notes))
    return rows


def _merged_field(text: str) -> bool:
    """Whether a cell across a card is a field printed in one cell, its label and value parted by a colon, no
    number in the label («Срок реализации: 2022-2024 годы»; not a heading «Глава III: Цель и задачи …»)."""
    label, colon, value = text.partition(":")
    words = label.split()
    return bool(colon and value.strip() and words) and not any(ch.isdigit() for ch in label) \
        and words[-1].strip(".").upper() not in ROMAN_NUMERALS


def _paired(groups: list[list[Cell]]) -> bool:
    """Whether a card prints two fields to a row: most rows of four cells, and a header printing its two
    cells twice («Параметр | Содержание | Параметр | Содержание»), or in both pairs the field (first) cells
    shorter than their values, as names are."""
    fours = [cells for cells in groups if len(cells) == 4]
    if len(fours) * 2 <= len(groups):
        return False
    if _same_texts(fours[0][:2], fours[0][2:]):
        return True
    length = [sum(len(cells[k].text) for cells in fours) for k in range(4)]
    return length[0] < length[1] and length[2] < length[3]


def _pair_halves(cells: list[Cell]) -> list[list[Cell]]:
    """A row of a card printed two fields to a row as its two (field, value) rows; a header printed twice
    over the pairs is one header; a row of other width stays as it is."""
    if len(cells) != 4:
        return [cells]
    return [cells[:2]] if _same_texts(cells[:2], cells[2:]) else [cells[:2], cells[2:]]


def _same_texts(a: list[Cell], b: list[Cell]) -> bool:
    return [" ".join(cell.text.split()) for cell in a] == [" ".join(cell.text.split()) for cell in b]


def card_notes(tables: list[Table], template: Template) -> list[tuple[float, float, tuple[str, ...]]]:
    """The columns of notes a card prints beside its values (x0, x1, the header's lines): its header row names a
    column regions add («Примечание к параметру») beside a card header. Their cells are no part of a value."""
    spec = template.table_for_section("2")
    spans = []
    for grid in (grid for table in tables for grid in table.fragments):
        for cells in _card_groups(grid)[:1]:
            notes = [c for c in cells if spec.not_template_columns.best(c.text, template.thresholds.column_header)]
            if notes and card_header([c for c in cells if all(c is not note for note in notes)], template):
                spans += [(c.x0, c.x1, tuple(line.text for line in c.lines)) for c in notes]
    return spans


def note_header(cell: Cell, notes: list[tuple[float, float, tuple[str, ...]]]) -> tuple[str, ...] | None:
    """The header (its lines) of the column of notes (card_notes) a cell stands in, or None."""
    return next((header for x0, x1, header in notes if min(cell.x1, x1) - max(cell.x0, x0) > (cell.x1 - cell.x0) / 2),
                None)


def card_header(cells: list[Cell], template: Template) -> bool:
    """Whether a card row is its header ("№ | Характеристика | Описание", "Параметр | Значение"): every
    cell that prints something means one of the card table's columns, each a different one, the value among them;
    or the value column's header beside a cell that names no card field («Показатель паспорта | Содержание»).
    A first cell of one or two letters over a numbering column is its number sign misread by OCR ("N" as "М")."""
    spec = template.table_for_section("2")
    texts = [cell.text for cell in cells if cell.text.strip()]
    if len(texts) > 2 and len(texts[0].strip()) <= MISREAD_SIGN and not any(ch.isdigit() for ch in texts[0]):
        texts = texts[1:]
    if len(texts) < 2:
        return False
    least = spec.thresholds.header_cell
    scores = [{key: s for key, s in spec.columns.scores(text).items() if s >= least} for text in texts]
    keys = assign(scores)
    names_no_field = template.card_fields.best(texts[0], template.thresholds.card_field) is None
    if len(texts) == 2 and names_no_field and not any(ch.isdigit() for ch in texts[1]) \
            and (keys[0] == "field" and len(texts[1]) <= CARD_HEADER_CELL or _asks(texts[1])):
        return True  # the field column's own header beside a short cell, or any cell naming no field beside a
        # question, which no value is: «Поле one-pager | Что зафиксировано», «Позиция паспорта программы | Что
        # предусматривает программа для жителей», «Сведение о программе | Что предусмотрено для коренных народов»
    if "value" not in keys:
        return False
    if None not in keys or keys[-1] == "value" and _value_header(texts[-1], scores[-1]) and all(
            _numbering_sign(text) or any(spec.columns.scores(text).values()) for text in texts[:-1]):
        return True
    # two cells of a card's own header words, neither a field's name, both leaning to the value
    # («Ключевое сведение о документе | Раскрытие сведения»): the header, though one key fits both
    return len(texts) == 2 and len(texts[1]) <= CARD_HEADER_CELL and names_no_field and (keys[0] is None or all(scores))


def _asks(text: str) -> bool:
    """Whether a cell is a question in one phrase, its first word asking («Что предусмотрено для коренных
    народов»), as a column's header may be and no value is («Край, где цифровые сервисы доступны …» answers)."""
    words = text.split()
    return bool(words) and is_question(words[0]) and not re.search(r"[,.;:]", text)


def _value_header(text: str, scores: dict[str, float]) -> bool:
    """Whether a card's last cell reads as its value column's header: short, no figure, no clause (a value
    «Информация отсутствует» says something), and meaning the value column above any other. The cells before
    it must then mean the card's columns too, if weakly, or head its numbering column («№ n/n», OCR's Latin
    letters for «№ п/п»): «Содержание пункта» beside «№ пункта» and
    «Наименование пункта карточки», «Содержание сведений» beside «Наименование сведений о Стратегии» (which
    names a field as well), but not beside «Срок реализации», which only names a field."""
    return (len(text) <= CARD_HEADER_CELL and not any(ch.isdigit() for ch in text) and not has_predicate(text)
            and max(scores, key=scores.get) == "value")


def _heads_card_column(cell: Cell, template: Template) -> str | None:
    """The card's column («field», «value») a cell's text heads, as a card's header does («Раздел резюме»)."""
    spec = template.table_for_section("2")
    heads = spec.columns.best(cell.text, spec.thresholds.header_cell) if cell.text.strip() else None
    return heads[0] if heads else None


def _band_labels(cells: list[Cell], template: Template) -> bool:
    """Whether a row of a card printed across is a band's row of labels: a first cell heading the card's field
    column («Раздел резюме») before several labels («Содержание раздела резюме» heads the values under them)."""
    return len(cells) > CARD_MIN_FIELDS and _heads_card_column(cells[0], template) == "field"


def transposed_card(tables: list[Table], template: Template) -> bool:
    """Whether a card prints its fields across: a row of labels over a row of their values, a few fields to a
    band, a first column heading the two (the card's own header turned: its field column's name over its value
    column's), where a card down the page gives each field its row."""
    for table in tables:
        for grid in table.fragments:
            groups = _card_groups(grid)
            if any(_band_labels(labels, template) and _heads_card_column(values[0], template) == "value"
                   for labels, values in zip(groups, groups[1:])):
                return True
    return False


def transposed_card_rows(tables: list[Table], template: Template) -> list[tuple[Cell, list[Cell], int]]:
    """A card printed across (transposed_card) as (label cell, its value cells, page): each band's labels over
    the rows of values under them, a value under the label whose column it stands in; a band's values a page
    break cut go on in the same columns at the next page's top. The cells heading the bands are no field."""
    fields: list[tuple[Cell, list[Cell], int]] = []
    band: list[int] = []  # the fields of the band being read
    for table in tables:
        for grid in table.fragments:
            for cells in _card_groups(grid):
                if _band_labels(cells, template):
                    band = []
                    for cell in cells[1:]:
                        if cell.text.strip():
                            band.append(len(fields))
                            fields.append((cell, [], grid.page))
                    continue
                for cell in cells:
                    under = [k for k in band if min(cell.x1, fields[k][0].x1) - max(cell.x0, fields[k][0].x0)
                             > 0.5 * (cell.x1 - cell.x0)]
                    if under and cell.text.strip():
                        fields[under[0]][1].append(cell)
    return fields


INDUSTRY_CODE = re.compile(r"\d{1,3}|[A-ZА-ЯЁ]{1,2}\d{0,2}")
"""A code a table may print for an industry instead of its name, «01», «А», «Б1», given in a legend table."""
MIN_LEGEND_ROWS = 2  # industries a legend of industry codes names at the least


def industry_legend(table: Table) -> dict[str, str] | None:
    """A legend of industry codes («01 | Образование и наука», «02 | Здравоохранение», under a head row «Код сферы |
    Наименование сферы …») as {code: industry}: a two-column table whose rows, the head aside, each pair a short code
    with a known industry; None for any other table."""
    legend: dict[str, str] = {}
    for k, (_, _, code, name) in enumerate(two_column_rows(table) or ()):
        code_text, name_text = lines_text(code).strip(), lines_text(name).strip()
        if INDUSTRY_CODE.fullmatch(code_text) and canonical_industry(name_text) is not None:
            legend[code_text] = name_text
        elif k or INDUSTRY_CODE.fullmatch(code_text):  # (only the first row may be something else: the head)
            return None
    return legend if len(legend) >= MIN_LEGEND_ROWS else None


MIN_RECORD_LABELS = 3  # labels a two-column table must print down its first column to be rows printed down


def records_as_rows(table: Table, head: tuple[str, str] | None = None) -> list[Table] | None:
    """A two-column table that may print rows of a table down the page (labels left, values right: «Проект в
    расписании | Цифровой помощник учителя», «Период запуска на линии | до 2030 года», one table per project)
    as tables of a header row over one data row each, as a table printing them across would have them; None for a
    table of other width or too few labels. Whether its labels are a header of the section's table is asked of
    all its records at once (labels_read_across). A row a page break cut goes on in the label above, and the first
    label printed again opens the next row (the next project's table, joined to this one when it starts the next
    page). The two columns' own `head` row (two_column_head), wherever it is printed again, is no field."""
    records: list[tuple[Grid, list[list[Line]], list[list[Line]]]] = []
    for grid, _, label, value in two_column_rows(table) or ():
        if head is not None and (lines_text(label), lines_text(value)) == head:
            continue
        if label and (not records or lines_text(label) == lines_text(records[-1][1][0])):
            records.append((grid, [], []))
        if label:
            records[-1][1].append(label)
            records[-1][2].append(value)
        elif records and records[-1][2]:
            records[-1][2][-1] += value
    if not records or len(records[0][1]) < MIN_RECORD_LABELS:
        return None
    return [_across(grid, labels, values) for grid, labels, values in records]


def two_column_head(tables: Sequence[Table]) -> tuple[str, str] | None:
    """The row heading the two columns of tables that print records down the page («Реквизит мероприятия |
    Сведения о мероприятии»), as (label, value) texts: the row printed the same at the top of two or more of their
    pages' pieces, as a repeated header is, whose label is printed with no other value; a field takes a value of
    its own in each record («№ п/п | 1» atop each industry's first record, «№ п/п | 2» below)."""
    tops: Counter[tuple[str, str]] = Counter()
    values: dict[str, set[str]] = {}
    for table in tables:
        for grid in table.fragments:
            for k, (_, _, label, value) in enumerate(two_column_rows(Table([grid])) or ()):
                pair = (lines_text(label), lines_text(value))
                tops[pair] += k == 0
                values.setdefault(pair[0], set()).add(pair[1])
    heads = [pair for pair, count in tops.most_common() if count >= 2 and len(values[pair[0]]) == 1]
    return heads[0] if heads else None


def labels_read_across(turned: list[Table], template: TableTemplate) -> bool:
    """Whether records printed down the page with the same labels (records_as_rows, the first record's labels
    the header) are rows of this table: the labels, read across, are its header (header_columns) over what every
    record holds, as one record alone may be too few rows to tell («ЦХЭД» no project's name)."""
    header, *data = row_groups(turned[0].fragments[0])
    data += [row for table in turned[1:CONTENT_ROWS] for row in row_groups(table.fragments[0])[1:]]
    return header_columns(header, template, None, data[:CONTENT_ROWS]) is not None


def two_column_rows(table: Table) -> list[tuple[Grid, RowGroup, list[Line], list[Line]]] | None:
    """A two-column table's rows as (grid, row, lines of the left cell, lines of the right cell), page after page;
    None for a table of other width."""
    if any(len(grid.xs) != 3 for grid in table.fragments):
        return None
    return [(grid, group, [line for cell in group.cells if cell.col0 == 0 for line in cell.lines],
             [line for cell in group.cells if cell.col0 == 1 for line in cell.lines])
            for grid in table.fragments for group in row_groups(grid)]


def lines_text(lines: list[Line]) -> str:
    """A cell's printed lines as one text, as Cell.text gives a whole cell's."""
    return " ".join(line.text for line in lines)


def _across(grid: Grid, labels: list[list[Line]], values: list[list[Line]]) -> Table:
    """Labels and values printed down the page as a header row over one data row, across the grid's width."""
    xs = [grid.xs[0] + k * (grid.xs[-1] - grid.xs[0]) / len(labels) for k in range(len(labels) + 1)]
    ys = [grid.y0, grid.y0 + 1, grid.y1]
    cells = [Cell(row, row + 1, k, k + 1, xs[k], ys[row], xs[k + 1], ys[row + 1], lines)
             for row, column in enumerate((labels, values)) for k, lines in enumerate(column)]
    return Table([Grid(grid.page, xs, ys, cells, grid.ref)])


def card_like(table: Table, template: Template) -> bool:
    """Whether a table is the strategy card: most of its field cells name card fields (or it prints them
    across, transposed_card), each row a field and its value. Rows of several values each are records (a
    task, its project, its beneficiaries, its benefits), however many tasks begin «Обеспечение …»."""
    if transposed_card([table], template):
        return True
    paired, notes = paired_card([table]), card_notes([table], template)
    rows = [(row.field.text, row.values) for grid in table.fragments for row in card_rows(grid, paired, None, notes)
            if row.field.lines and row.values]
    labels = [label for label, _ in rows]
    several = sum(sum(bool(cell.text.strip()) for cell in values) > 1 for _, values in rows)
    if len(labels) < CARD_MIN_FIELDS or several * 2 > len(rows):
        return False
    needed, known = CARD_KNOWN_SHARE * len(labels), 0
    for k, label in enumerate(labels):  # read until the answer is certain: a long table's labels are prose
        known += template.card_fields.best(label, template.thresholds.card_field) is not None
        if known >= needed or known + len(labels) - k - 1 < needed:
            break
    return known >= needed
