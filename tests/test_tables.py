"""Columns by header text, stitched rows, dropped header and column-number rows."""
from __future__ import annotations

import pytest

from parsers.tables import _a_column_a_year, industry_of, year_of
from parsers.template import load_template

TEMPLATE = load_template()


@pytest.mark.parametrize("section, printed, key", [
    ("6", "Наимено- вание проекта", "name"),
    ("6", "Финанси- рование проекта", "financing"),
    ("6", "Исполь- зуемые СЦТ", "technologies"),
    ("6", "Срок реа- лизации проекта", "term"),
    ("6", "Роль регио- на в реа- лизации проекта", "region_role"),
    ("7", "Ответствен- ный РОИВ", "responsible_body"),
    ("7", "Единица измере- ния по- казателя", "unit"),
    ("5", "Задачи отрасли", "task"),
    ("5", "№ п/п", "no"),
])
def test_printed_headers_map_to_template_columns(section, printed, key):
    assert TEMPLATE.table_for_section(section).columns.best(printed)[0] == key


@pytest.mark.parametrize("section, printed", [("6", "Образование и наука"), ("7", "2022"), ("5", "1")])
def test_non_headers_do_not_match(section, printed):
    assert TEMPLATE.table_for_section(section).columns.best(printed) is None


def test_row_continued_on_next_page_is_one_row(parsed_samples):
    """Stavropol project 1.6 starts on page 61 and its goal runs on to page 62."""
    doc = parsed_samples["stavropol"]
    rows = [p for p in doc.projects if p.name.startswith("Тиражирование функционала по планированию")]
    assert len(rows) == 1 and rows[0].page == 61
    assert rows[0].goal.endswith("Ставропольского края.") or "очередной финансовый год" in rows[0].goal


def test_repeated_headers_and_column_numbers_never_become_rows(parsed_samples):
    for doc in parsed_samples.values():
        for p in doc.projects:
            assert not p.name.startswith(("Наименование", "2")), p.name
        for link in doc.links:
            assert link.task != "2" and not link.task.startswith("Задача отрасли")


def test_industry_row_inside_the_table_and_heading_above_it(parsed_samples):
    for doc in parsed_samples.values():
        industries = [(p.industry_no, p.industry) for p in doc.projects]
        assert industries[0] == (1, "Образование и наука")
        assert all(no is not None and title for no, title in industries)
        assert [no for no, _ in industries] == sorted(no for no, _ in industries)


def test_merged_project_cell_gives_every_indicator_its_project(parsed_samples):
    doc = parsed_samples["lnr"]
    transport = [i for i in doc.indicators if i.industry == "Транспорт и логистика"]
    assert len(transport) == 6 and len({i.project for i in transport}) == 1
    years = {v.year for v in doc.values}
    assert years == {2022, 2023, 2024}


def test_indicators_point_to_their_projects(parsed_samples):
    for doc in parsed_samples.values():
        linked = [i for i in doc.indicators if i.project_id]
        assert len(linked) / len(doc.indicators) > 0.9
        ids = {p.project_id for p in doc.projects}
        assert {i.project_id for i in linked} <= ids


def test_federal_marker(parsed_samples):
    doc = parsed_samples["lnr"]
    first = doc.projects[0]
    assert first.federal_recommended and "(рекомендовано ФОИВ)" in first.name
    assert "рекомендовано" not in first.name_clean


def test_every_row_keeps_its_page(parsed_samples):
    for doc in parsed_samples.values():
        for row in [*doc.links, *doc.projects, *doc.indicators, *doc.card, *doc.list_items]:
            assert row.page >= 1


def test_each_indicator_has_its_own_box_inside_its_project_row(parsed_samples):
    doc = parsed_samples["lnr"]
    transport = [i for i in doc.indicators if i.industry == "Транспорт и логистика"]
    tops = [i.y0 for i in transport]
    assert tops == sorted(tops) and len(set(tops)) == len(transport)
    assert all(i.y0 < i.y1 and i.x0 < i.x1 for i in transport)
    assert all(a.y1 <= b.y0 + 0.5 for a, b in zip(transport, transport[1:])), "indicator boxes overlap"


@pytest.mark.parametrize("text, industry", [
    ("1. Образование и наука", (1, "Образование и наука")),
    ("4.Транспорт и логистика.", (4, "Транспорт и логистика")),
    ("10 Строительство", (10, "Строительство")),
    ("2024 год", None),
    ("1 543", None),
    ("3) данные за 2021 год", None),
])
def test_industry_titles(text, industry):
    assert industry_of(text) == industry


@pytest.mark.parametrize("name, told", [("blind-stavropol-razdel-extra-mid", True), ("blind-lnr-roman-upper-extra", False)])
def test_an_unknown_column_is_told_when_the_table_lacks_a_known_one(name, told):
    """Both add a «Примечание» column; only the Stavropol one prints no technologies column, so only there
    may the unknown column be a known one worded otherwise. Either way its cells are kept, with the header."""
    from ingest.pipeline import parse_document
    from samples import BLIND_VARIANTS
    pdf = next(p for p in BLIND_VARIANTS if p.stem == name)
    parsed, _ = parse_document(pdf, "x")
    unmatched = [p for p in parsed.problems if p.code == "column_unmatched"]
    assert bool(unmatched) is told
    if told:
        assert "«Примечание»" in unmatched[0].message and "technologies" in unmatched[0].message
        assert unmatched[0].severity == "warning" and unmatched[0].page is not None
    assert {cell.header for cell in parsed.extra if cell.section == "6"} == {"Примечание"}


@pytest.mark.parametrize("printed, year", [
    ("2024", 2024), ("2024 г.", 2024), ("2024г.", 2024), ("на 2024 год", 2024), ("2024 (план)", 2024),
    ("на 31.12.2024", 2024), ("на конец 2024 года", 2024), ("202 4", 2024), ("2024г\n.", 2024),
    ("план на 2024 г.", 2024), ("Факт 2024", 2024), ("прогноз на 2024 год", 2024), ("в 2024 г.", 2024), ("Цель на 2024 год", 2024), ("в 2024 году", 2024), ("2024 год (прогноз)", 2024), ("2024 г. — целевое", 2024), ("к концу 2024 г.", 2024), ("за 2024 год", 2024),
    ("на 01.01.2024", None),  # the start of 2024 is the end of 2023: not told by the printed year
    ("Базовое значение (2020 год)", None), ("2022-2024", None), ("Исходный уровень, 2024 г.", None),
    ("Базовое значение на 01.01.2025", None),
    ("на 31 декабря 2024 г.", 2024),  # blind14's LNR, and the same printed upwards, read «г.» first:
    ("г.\nна\n31\nдекабря\n2024", 2024),  # the year's end is no other figure
    ("на 30 июня 2024 г.", 2024), ("На 1 сентября 2022 г.", 2022),  # blind24's Ставропольский, a school roadmap,
    ("г. На сентября 1 2022", 2022),  # and its header printed upwards: a day of the year is no other figure
])
def test_year_column_headers(printed, year):
    """A year column's header is its year however it is dated; a period or a base value is not a year."""
    assert year_of(printed) == year


def test_of_two_headers_dated_within_one_year_the_years_end_keeps_the_year():
    """Values as of a day in the year stand in that year's column, but one column a year: the year's end keeps it
    over a half-year, and of two days within it neither is the year's."""
    assert _a_column_a_year(["на 30 июня 2024 г.", "на 31 декабря 2024 г.", "2025"]) == [None, 2024, 2025]
    assert _a_column_a_year(["на 1 июля 2024 г.", "на 1 сентября 2024 г."]) == [None, None]  # neither plainly


@pytest.mark.parametrize("read, name", [
    ("Цифровой помощник (рекомендован о ФОИВ)", "Цифровой помощник (рекомендовано ФОИВ)"),
    ("Цифровой помощник (рекомендовано ФОИВ)", "Цифровой помощник (рекомендовано ФОИВ)"),
    ("Отчёт о ФОИВ (рекомендовано ФОИВ)", "Отчёт о ФОИВ (рекомендовано ФОИВ)"),
])
def test_federal_mark_cut_in_a_narrow_cell_is_joined(read, name):
    """blind7: every project of a narrow name column printed «(рекомендован» / «о ФОИВ)», so the document
    never printed the word whole for the dehyphenator to go by; the mark's own wording shows the cut."""
    from parsers.records import FOIV_MARKER, project_name
    assert project_name(read) == name
    assert FOIV_MARKER.search(project_name(read))


def test_a_row_at_a_pages_top_with_no_name_and_columns_the_last_row_lacks_is_a_row_of_its_own():
    """The test of a naming cell's lower-case rest (blind34) read the first line of a row with no name at all: a
    shuffled sample's page opening with such a row failed with IndexError (found by test_shuffled_pages). A row
    with neither a name nor only the last row's columns is a row of its own."""
    from parsers.tables import Record, SubRow, TableReader
    reader = TableReader(load_template().table_for_section("7"))
    reader.records = [Record(1, (0, 0, 1, 1), (None, None), [SubRow({"project": ["Проект"], "name": ["Доля"]}, 1,
                                                                     (0, 0, 1, 1))])]
    reader.tail_keys = {"project"}
    unnamed = Record(2, (0, 0, 1, 1), (None, None), [SubRow({"unit": ["%"], "year:2024": ["5"]}, 2, (0, 0, 1, 1))])
    assert not reader._continues(unnamed)
    rest = Record(2, (0, 0, 1, 1), (None, None), [SubRow({"project": ["сферы"], "name": ["Число"]}, 2, (0, 0, 1, 1))])
    assert reader._continues(rest)
