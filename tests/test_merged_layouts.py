"""Tables laid out with industries beside their rows, hierarchical numbers, cells merged across page breaks,
two-level headers with a base-year column: synthetic ruled pages, one layout each."""
from __future__ import annotations

import pytest

from parsers.grid import read_page_content
from parsers.tables import TableReader
from parsers.template import load_template
from parsers.text import Dehyphenator
from schemas.layout import Rule, Table
from test_table_layouts import FULL, XS, header_words, ruled_page, word

TEMPLATE = load_template()

# Отрасль | № | Проект | Ответственный | Показатель | Ед. изм. | 2024
XS7 = [50, 140, 160, 260, 360, 460, 510, 560]
FULL7 = [(50, 560)]
BELOW_INDUSTRY = [(140, 560)]  # a row's bottom border where the industry cell goes on below it


def indicator_header(y: float) -> list:
    return [word("Отрасль", 52, y), word("№", 142, y), word("Проект", 162, y), word("Ответственный", 262, y),
            word("Показатель", 362, y), word("Ед. изм.", 462, y), word("2024", 512, y)]


def indicator_row(y: float, no: str, project: str, name: str, value: str, industry: str = "") -> list:
    cells = [(industry, 52), (no, 142), (project, 162), ("Минобр" if project else "", 262), (name, 362),
             ("%" if value else "", 462), (value, 512)]
    return [word(text, x, y) for text, x in cells if text]


def read(section: str, *tables: Table) -> TableReader:
    reader = TableReader(TEMPLATE.table_for_section(section))
    for table in tables:
        reader.read(table)
    return reader


def page(xs, rows, words, number=1):
    return read_page_content(ruled_page(xs, rows, words, number)).grids[0]


@pytest.mark.parametrize("section, printed", [("5", "Отрасль"), ("6", "Наименование отрасли"), ("7", "Отрасль")])
def test_an_industry_header_means_the_industry_column(section, printed):
    assert TEMPLATE.table_for_section(section).columns.best(printed)[0] == "industry"


def test_an_industry_cell_merged_over_its_projects_sets_their_industry_and_keeps_them_apart():
    """Section 7 keeps a project's indicators together; a merged industry cell must not glue projects."""
    rows = [(100, 120, FULL7), (120, 140, BELOW_INDUSTRY), (140, 160, FULL7), (160, 180, FULL7)]
    words = indicator_header(105) + indicator_row(125, "1", "Проект А", "Доля", "10", "Образование") \
        + indicator_row(145, "2", "Проект Б", "Охват", "20") \
        + indicator_row(165, "1", "Проект В", "Число", "5", "Спорт")
    reader = read("7", Table([page(XS7, rows, words)]))
    assert [(r.industry, r.lines("project")) for r in reader.records] == [
        ((1, "Образование"), ["Проект А"]), ((1, "Образование"), ["Проект Б"]), ((2, "Спорт"), ["Проект В"])]
    assert not any(key.startswith("extra:") or key == "industry" for r in reader.records for key in r.keys())


def test_an_industry_title_cut_by_the_page_break_is_one_title():
    first = page(XS7, [(100, 120, FULL7), (120, 140, FULL7)],
                 indicator_header(105) + indicator_row(125, "1", "Проект А", "Доля", "10", "Государственное"), 1)
    second = page(XS7, [(100, 120, FULL7), (120, 140, FULL7)],
                  indicator_header(105) + indicator_row(125, "2", "Проект Б", "Охват", "20", "управление"), 2)
    reader = read("7", Table([first, second]))
    assert [r.industry for r in reader.records] == [(1, "Государственное управление")] * 2


def test_a_numbered_industry_row_is_a_title_over_hierarchically_numbered_rows():
    rows = [(100, 120, FULL), (120, 140, FULL), (140, 160, FULL), (160, 180, FULL)]
    words = header_words(105) + [word("1", 52, 125), word("Образование", 200, 125)]
    for y, no, project in ((145, "1.1", "Проект"), (165, "1.2", "Сервис")):
        words += [word(no, 52, y), word("Задача", 82, y), word(project, 252, y), word("Граждане", 402, y)]
    layout = ruled_page(XS, rows, words)
    # the title cell spans all columns but the number's: inner verticals stop above it and restart below it
    layout.rules = [r for r in layout.rules if r.horizontal or r.x0 in XS[:2] + XS[-1:]]
    layout.rules += [Rule(x, 100, x, 120) for x in XS[2:-1]] + [Rule(x, 140, x, 180) for x in XS[2:-1]]
    reader = read("5", Table(read_page_content(layout).grids))
    assert [(r.industry, r.lines("no"), r.lines("project")) for r in reader.records] == [
        ((1, "Образование"), ["1.1"], ["Проект"]), ((1, "Образование"), ["1.2"], ["Сервис"])]


def test_a_task_merged_over_rows_on_both_sides_of_a_page_break_is_whole_on_each():
    """Page 1: task «Задача начата» merged over projects А and Б; page 2: its last word «конец» on the first
    line, then project В still beside it. Every project carries the whole task."""
    beside = [(50, 80), (250, 560)]  # bottom border of a row the task cell goes on below
    first = page(XS, [(100, 120, FULL), (120, 150, beside), (150, 700, FULL)], header_words(105) + [
        word("1.", 52, 125), word("Задача", 82, 125), word("Проект", 252, 125), word("А", 290, 125),
        word("2.", 52, 155), word("Проект", 252, 155), word("Б", 290, 155), word("начата", 82, 680)], 1)
    second = page(XS, [(100, 120, FULL), (120, 140, beside), (140, 170, FULL)], header_words(105) + [
        word("конец", 82, 125), word("3.", 52, 145), word("Проект", 252, 145), word("В", 290, 145),
        word("Люди", 402, 145)], 2)
    reader = read("5", Table([first, second]))
    assert [(r.lines("project"), r.lines("task")) for r in reader.records] == [
        (["Проект А"], ["Задача", "начата", "конец"]), (["Проект Б"], ["Задача", "начата", "конец"]),
        (["Проект В"], ["Задача", "начата", "конец"])]


def test_a_row_cut_by_a_page_break_is_glued_back_across_tables_kept_apart():
    """A running title touching the table keeps the two pages' tables apart: still one row."""
    rows = [(100, 120, FULL), (120, 700, FULL)]
    first = page(XS, rows, header_words(105) + [word("1", 52, 125), word("Задача", 82, 125),
                                                word("Проект", 252, 125), word("начат", 252, 680)], 1)
    second = page(XS, [(100, 120, FULL), (120, 140, FULL), (140, 160, FULL)], header_words(105) + [
        word("продолжен", 252, 125), word("2", 52, 145), word("Задача2", 82, 145), word("Проект2", 252, 145)], 2)
    reader = read("5", Table([first]), Table([second]))
    assert [r.lines("project") for r in reader.records] == [["Проект", "начат", "продолжен"], ["Проект2"]]


# № | Проект | Ответственный | Показатель | Ед. | 2023 | 2024  (or the base year's column for 2023's)
XS_YEARS = [50, 70, 170, 270, 370, 420, 490, 560]


def years_header(y: float, before_2024: list[str]) -> list:
    return [word("№", 52, y), word("Проект", 72, y), word("Ответственный", 172, y), word("Показатель", 272, y),
            word("Ед.", 372, y), *(word(text, 422, y + 10 * k) for k, text in enumerate(before_2024)),
            word("2024", 492, y)]


def test_an_indicator_opening_a_page_with_a_year_filled_is_its_own():
    """Page 2's first line goes on with project А's cell and fills 2024, which the indicator above the
    break filled too (its 2023 is empty): a new indicator of the same project."""
    rows = [(100, 120, FULL7), (120, 700, FULL7)]
    above = [word("1", 52, 125), word("Проект", 72, 125), word("Минобр", 172, 125), word("Доля", 272, 125),
             word("%", 372, 125), word("10", 492, 125)]
    below = [word("А", 72, 125), word("Охват", 272, 125), word("20", 492, 125)]
    header = years_header(105, ["2023"])
    reader = read("7", Table([page(XS_YEARS, rows, header + above, 1),
                              page(XS_YEARS, [(100, 120, FULL7), (120, 140, FULL7)], header + below, 2)]))
    (record,) = reader.records
    assert [sub.get("name") for sub in record.subrows] == [["Доля"], ["Охват"]]
    assert record.lines("project") == ["Проект", "А"]


def test_a_base_year_column_beside_the_years_is_kept_as_an_extra_column():
    header = years_header(105, ["Базовое", "значение", "(2020 год)"])
    data = [word("1", 52, 145), word("Проект", 72, 145), word("Минобр", 172, 145), word("Доля", 272, 145),
            word("%", 372, 145), word("7", 422, 145), word("10", 492, 145)]
    reader = read("7", Table([page(XS_YEARS, [(100, 140, FULL7), (140, 160, FULL7)], header + data)]))
    (record,) = reader.records
    assert record.lines("extra:Базовое\nзначение\n(2020 год)") == ["7"] and record.lines("year:2024") == ["10"]


def test_a_sphere_column_right_of_the_rows_is_data_not_industries():
    """Only a column standing first (or after the № column) holds industries; further right «Сфера» is data."""
    xs = [50, 70, 170, 270, 370, 470, 560]
    header = [word("№", 52, 105), word("Проект", 72, 105), word("Цель", 172, 105), word("Срок", 272, 105),
              word("Описание", 372, 105), word("Сфера", 472, 105)]
    data = [word("1", 52, 125), word("Проект", 72, 125), word("Цель", 172, 125), word("2024", 272, 125),
            word("Описание", 372, 125), word("Медицина", 472, 125)]
    reader = read("6", Table([page(xs, [(100, 120, FULL7), (120, 140, FULL7)], header + data)]))
    (record,) = reader.records
    assert record.industry == (None, None) and record.lines("extra:Сфера") == ["Медицина"]


def test_an_industry_cell_is_read_with_the_documents_dehyphenation():
    """A narrow industry column breaks a word without a hyphen: the title is the whole word."""
    rows = [(100, 120, FULL7), (120, 160, FULL7)]
    words = indicator_header(105) + indicator_row(125, "1", "Проект А", "Доля", "10") + [
        word("Экология", 52, 125), word("природопользован", 52, 137), word("ие", 52, 149)]
    reader = TableReader(TEMPLATE.table_for_section("7"), join=Dehyphenator.from_lines([]).join)
    reader.read(Table([page(XS7, rows, words)]))
    assert [r.industry for r in reader.records] == [(1, "Экология природопользование")]
