"""Ruling lines -> cells, on real sample pages named after what they show."""
from __future__ import annotations

import pymupdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.readers.pdf import read_page
from parsers.grid import _joined, read_page_content
from parsers.tables import row_groups
from parsers.text import Dehyphenator
from samples import FIXTURES
from schemas.layout import Rule, Word


def page(sample: str, number: int):
    with pymupdf.open(FIXTURES / f"strategy-{sample}.pdf") as doc:
        return read_page_content(read_page(doc, number - 1))


def test_card_is_a_two_column_grid_and_its_words_leave_the_running_text():
    content = page("lnr", 5)
    (grid,) = content.grids
    assert len(grid.xs) == 3
    labels = [c.text for c in grid.cells if c.col0 == 0]
    assert labels[:2] == ["Наименование стратегии:", "Срок реализации:"]
    assert all("Срок реализации" not in line.text for line in content.lines)


def test_industry_title_merged_across_all_columns_is_one_cell():
    (grid,) = page("lnr", 46).grids
    merged = [c for c in grid.cells if c.col0 == 0 and c.col1 == len(grid.xs) - 1]
    assert [c.text for c in merged] == ["7. Кадровое обеспечение цифровой экономики"]


def test_project_cell_merged_over_its_indicator_rows():
    """Section 7: one project and its ministry span several indicator rows of the same group."""
    (grid,) = page("lnr", 50).grids
    groups = [g for g in row_groups(grid) if any("Зеле" in c.text for c in g.cells)]
    assert len(groups) == 1
    project = next(c for c in groups[0].cells if "Зеле" in c.text)
    indicator_rows = {c.row0 for c in groups[0].cells if c.col0 == 3}
    assert project.row1 - project.row0 == len(indicator_rows) == 6


@pytest.mark.parametrize("sample, number, columns", [("stavropol", 61, 7), ("lnr", 31, 8)])
def test_column_count_of_project_tables(sample, number, columns):
    (grid,) = page(sample, number).grids
    assert len(grid.xs) - 1 == columns


def test_page_without_rulings_has_no_grid():
    content = page("lnr", 14)
    assert content.grids == [] and content.lines


def test_rowspan_side_borders_drawn_in_pieces_still_separate_columns():
    """Chromium draws a cell merged over several rows with one side-border piece per row; a piece that
    crosses no horizontal ruling must still part the project column from the № and ministry columns."""
    with pymupdf.open(FIXTURES / "browser-print-rowspan-borders-in-pieces.pdf") as doc:
        (grid,) = read_page_content(read_page(doc, 0)).grids
    texts = {c.text for c in grid.cells if c.col1 - c.col0 == 1}
    assert "1." in texts and "Библиотека цифрового образовательного контента (рекомендовано ФОИВ)" in texts
    assert not any(c.text.startswith("1. Библиотека") for c in grid.cells)


def test_pieces_of_one_ruling_join_in_any_order_and_two_borders_side_by_side_stay_two():
    pieces = [Rule(88.02, 86, 88.02, 97), Rule(88.0, 57, 88.0, 86), Rule(88.6, 57, 88.6, 97)]
    assert sorted(_joined(pieces, horizontal=False), key=lambda r: r.x0) == [
        Rule(88.0, 57, 88.0, 97), Rule(88.6, 57, 88.6, 97)]


def test_header_text_printed_bottom_to_top_reads_in_its_order():
    """Narrow year columns whose headers are turned 90° («2022 год (прогноз)» read upwards, blind7): read
    top-down, their words came out backwards («(прогноз) год 2022»), so no year column was found."""
    with pymupdf.open(FIXTURES / "year-headers-printed-bottom-to-top.pdf") as doc:
        content = read_page_content(read_page(doc, 0))
    texts = {" ".join(c.text.split()) for grid in content.grids for c in grid.cells}
    assert {"2022 год (прогноз)", "2023 год (прогноз)", "2024 год (прогноз)", "Базовое значение показателя"} <= texts
    assert "Ответственный исполнительный орган Республики" in texts, "text printed across keeps its order"


def test_short_upright_words_of_an_ocr_layer_are_not_turned():
    """An OCR layer (blind4's Stavropol PDF) numbers printed lines oddly, and «на», «от» are taller than wide:
    taken for words printed upwards, they were moved to the next line, which split bullets from their items."""
    with pymupdf.open(FIXTURES / "scans" / "short-words-stacked-in-an-ocr-layer.ocrlayer.p11.pdf") as doc:
        raw = [(round(w[1], 1), w[4]) for w in doc[0].get_text("words") if not w[4].isspace()]
        read = [(round(w.y0, 1), w.text) for w in read_page(doc, 0).words]
    assert read == raw


def test_a_letter_spaced_heading_reads_as_its_words():
    """blind16's Stavropol prints its headings with Word's expanded spacing: the text layer gives each letter
    as a word («Р а з д е л № 1», «О Б Щ И Е С В Е Д Е Н И Я»), and no heading was found. Letters the usual gap
    apart are one word; a wider gap parts words. Marks far apart in a row («х х х х») stay apart."""
    from parsers.grid import group_lines

    def spaced(text: str, y: float, letter_gap: float = 1.5, word_gap: float = 6.0, width: float = 7.0) -> list[Word]:
        words, x = [], 70.0
        for token in text.split(" "):
            if not token:
                x += word_gap - letter_gap
                continue
            words.append(Word(token, x, y, x + width, y + 10, x + width / 2, y + 5, None))
            x += width + letter_gap
        return words
    lines = group_lines(spaced("Р а з д е л  №  1", 100) + spaced("О Б Щ И Е  С В Е Д Е Н И Я ,  П Р О Ч Е Е", 120)
                        + spaced("х х х х х", 140, letter_gap=60))
    assert [line.text for line in lines] == ["Раздел № 1", "ОБЩИЕ СВЕДЕНИЯ, ПРОЧЕЕ", "х х х х х"]


def _blind18(region: str, number: int):
    pdf = next((FIXTURES / "variants" / "blind18").glob(f"blind18-{region}-*.pdf"))
    with pymupdf.open(pdf) as doc:
        return read_page_content(read_page(doc, number - 1))


def test_column_borders_broken_by_a_blank_row_no_rule_bounds_are_joined():
    """blind18's Тюменская prints its tables with no rules between rows and a blank row between projects, which
    breaks every column border (page 61): the borders below the break touched no horizontal rule and were lost,
    and the whole body was one cell across the table."""
    (grid,) = _blind18("tyumen", 61).grids
    assert len(grid.xs) == 10
    body = [c for c in grid.cells if c.row0 >= 1]
    assert all(c.col1 - c.col0 == 1 for c in body) and [c.text for c in body if c.col0 == 0] == ["2.6 2.7"]


def test_a_break_in_column_borders_that_horizontal_rules_bound_stays():
    """A row merged across a ruled table (an industry's title) breaks the column borders between its top and
    bottom rules: the row stays one cell (the samples' industry rows)."""
    (grid,) = page("lnr", 46).grids
    assert any(c.col0 == 0 and c.col1 == len(grid.xs) - 1 for c in grid.cells)


def _blind19(region: str, number: int):
    pdf = next((FIXTURES / "variants" / "blind19").glob(f"blind19-{region}-*.pdf"))
    with pymupdf.open(pdf) as doc:
        return read_page_content(read_page(doc, number - 1))


def test_a_cell_printed_bottom_to_top_reads_its_lines_left_to_right():
    """blind19's Ставропольский prints its industry column turned 90° (page 76): «Государствен-» / «ное» /
    «управление» stand in three columns of the cell, and lines by height read «Государствен управление ное»
    (indicator industries 0.75). A cell whose words are all turned reads its printed lines left to right."""
    (grid,) = _blind19("stavropol", 76).grids
    (cell,) = [c for c in grid.cells if c.col0 == 0 and "управление" in c.text]
    assert [line.text for line in cell.lines] == ["Государствен", "ное", "управление"]
    document = Dehyphenator.from_lines(["Государственное управление региона"])
    assert document.join([line.text for line in cell.lines]) == "Государственное управление"


def test_a_page_in_two_newspaper_columns_reads_the_left_column_first():
    """blind19's LNR sets section 1 in two newspaper columns (page 2): lines by height joined each left line to
    the right one beside it («1) Конституция Российской Российской Федерации от 16 ноября 2015»), and the legal
    bases and technologies were lost. Where one gutter parts the text for many lines, the left column is read
    first, then the right; the heading across both columns and the page number stay where they stand."""
    lines = [line.text for line in _blind19("lnr", 2).lines]
    assert lines[1] == "Раздел 1: Объект исследования и исходные предпосылки"
    assert "1) Конституция Российской" in lines and lines.index("7) Приказ Министерства") < lines.index(
        "утверждении методик расчета целевых") < lines.index("12) Программа «Цифровая")
    assert lines[-1] == "2"


def test_a_heading_atop_the_left_column_with_white_under_it_is_read_in_its_column():
    """blind25's Хабаровский sets section 1 in two newspaper columns (page 3): «1.1. Природоохранное
    законодательство» heads the left column with white under it, beside the right column's first line; the white
    ended the columns' stretch there, the heading was joined to the right line, and subsections 1.1-1.3 were lost
    (legal bases and technologies 0). A line beside the columns, crossing no gutter, is read in them."""
    pdf = next((FIXTURES / "variants" / "blind25").glob("blind25-khabarovsk-*.pdf"))
    with pymupdf.open(pdf) as doc:
        lines = [line.text for line in read_page_content(read_page(doc, 2)).lines]
    assert "1.1. Природоохранное законодательство" in lines
    assert lines.index("1.1. Природоохранное законодательство") < lines.index("Основаниями разработки стратегии в области")


def test_a_table_without_rulings_is_no_newspaper_columns():
    """blind19's Тюменская prints its projects with no rulings (page 23): its gutters part seven columns, not
    two, and its lines stay whole for the borderless table reader."""
    content = _blind19("tyumen", 23)
    assert not content.grids and all(line.column is None for line in content.lines)
    assert any(line.text.startswith("1.3 Цифровой помощник") for line in content.lines)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.lists(st.integers(2, 12), max_size=12), st.lists(st.integers(2, 12), max_size=12)),
                min_size=1, max_size=40),
       st.integers(0, 40), st.booleans())
def test_reading_order_keeps_every_word_once(rows, gutter, table):
    """Whatever the lines look like (running text in two columns of about one width with a gutter of any width,
    or a table), reading them in order loses and repeats no word."""
    from parsers.grid import group_lines, in_reading_order
    words = []
    for k, sides in enumerate(rows):
        y = 100 + 14 * k
        for start, lengths in zip((60, 60 + 240 + gutter), sides):
            x = start
            for n, length in enumerate(lengths):
                if x + 5 * length > start + 240:
                    break
                words.append(Word("ж" * length, x, y, x + 5 * length, y + 10, x + 2.5 * length, y + 5))
                x += 5 * length + (30 if table and n == 1 else 3)  # a table's cells stand apart
    lines = group_lines(words)
    ordered = in_reading_order(lines)
    assert sorted(w for line in ordered for w in line.words) == sorted(w for line in lines for w in line.words)
