"""Table layouts the samples do not show, built as plain page layouts (ruling lines and words)."""
from __future__ import annotations

import json
import tomllib

import pymupdf
import pytest

from ingest.readers.pdf import read_page
from parsers.grid import read_page_content
from parsers.records import read_card, read_tables
from parsers.sections import Section
from parsers.tables import TableReader, assign, is_column_numbers, row_groups
from parsers.template import load_template
from parsers.text import Dehyphenator
from parsers.stream import build_stream
from parsers.textgrid import merge_slivers, gutters
from samples import FIXTURES
from schemas.layout import Cell, Grid, Line, PageLayout, Rule, Table, TextLine, Word


def word(text: str, x: float, y: float) -> Word:
    w = 5.0 * len(text)
    return Word(text, x, y, x + w, y + 10, x + w / 2, y + 5)


def ruled_page(xs: list[float], rows: list[tuple[float, float, list[tuple[float, float]]]],
               words: list[Word], number: int = 1) -> PageLayout:
    """rows: (y_top, y_bottom, [x spans of its bottom border]); verticals run full height unless merged."""
    top, bottom = rows[0][0], rows[-1][1]
    rules = [Rule(xs[0], top, xs[-1], top)]
    for _, y1, spans in rows:
        rules += [Rule(a, y1, b, y1) for a, b in spans]
    rules += [Rule(x, top, x, bottom) for x in xs]
    return PageLayout(number, 600, 800, words, rules)


XS = [50, 80, 250, 400, 480, 560]  # №, task, project, beneficiary, benefits
FULL = [(50, 560)]


def header_words(y: float) -> list[Word]:
    return [word("№", 52, y), word("Задача отрасли", 82, y), word("Наименование проекта", 252, y),
            word("Бенефициар", 402, y), word("Выгоды", 482, y)]


def test_task_merged_over_two_project_rows_gives_two_links():
    rows = [(100, 120, FULL),
            (120, 150, [(250, 560)]),  # the № and task cells continue below: no border under them
            (150, 180, FULL)]
    words = header_words(105) + [
        word("1.", 52, 125), word("Повысить", 82, 125), word("доступность", 82, 137),
        word("Проект", 252, 125), word("А", 290, 125), word("Граждане", 402, 125), word("Время", 482, 125),
        word("Проект", 252, 155), word("Б", 290, 155), word("Бизнес", 402, 155), word("Деньги", 482, 155)]
    content = read_page_content(ruled_page(XS, rows, words))
    reader = TableReader(load_template().table_for_section("5"))
    reader.read(Table(content.grids))
    assert [(r.lines("project"), r.lines("task"), r.lines("no")) for r in reader.records] == [
        (["Проект А"], ["Повысить", "доступность"], ["1."]),
        (["Проект Б"], ["Повысить", "доступность"], ["1."]),
    ]


def test_unnumbered_industry_row_merged_across_the_table():
    rows = [(100, 120, FULL), (120, 140, FULL), (140, 160, FULL)]
    words = header_words(105) + [word("Здравоохранение", 200, 125),
                                 word("1", 52, 145), word("Задача", 82, 145), word("Проект", 252, 145)]
    layout = ruled_page(XS, rows, words)
    # the industry row: vertical rulings stop above and restart below it
    layout.rules = [r for r in layout.rules if r.horizontal or r.x0 in (50, 560)]
    layout.rules += [Rule(x, 100, x, 120) for x in XS[1:-1]] + [Rule(x, 140, x, 160) for x in XS[1:-1]]
    content = read_page_content(layout)
    reader = TableReader(load_template().table_for_section("5"))
    reader.read(Table(content.grids))
    assert [r.industry for r in reader.records] == [(1, "Здравоохранение")]
    assert reader.records[0].lines("project") == ["Проект"]


def test_header_in_another_order_with_an_extra_column():
    xs = [50, 70, 170, 250, 330, 410, 490, 560]
    header = [word("№", 52, 105), word("Наименование проекта", 72, 105), word("Цель проекта", 172, 105),
              word("Финансирование", 252, 105), word("Краткое описание", 332, 105),
              word("Используемые технологии", 412, 105), word("Роль региона", 492, 105)]
    data = [word("1", 52, 125), word("Проект", 72, 125), word("Цель", 172, 125), word("Бюджет", 252, 125),
            word("Описание", 332, 125), word("ИИ", 412, 125), word("Заказчик", 492, 125)]
    content = read_page_content(ruled_page(xs, [(100, 120, [(50, 560)]), (120, 140, [(50, 560)])], header + data))
    reader = TableReader(load_template().table_for_section("6"))
    reader.read(Table(content.grids))
    (record,) = reader.records
    assert record.lines("financing") == ["Бюджет"] and record.lines("description") == ["Описание"]
    assert record.lines("technologies") == ["ИИ"] and record.lines("region_role") == ["Заказчик"]


def _two_page_table(second_page_words: list[Word]) -> TableReader:
    """Page 1: header and row 1 whose task and project cells run to the page foot; page 2: header + row."""
    rows = [(100, 120, FULL), (120, 700, FULL)]
    first = header_words(105) + [word("1", 52, 125), word("Задача", 82, 125), word("начата", 82, 680),
                                 word("Проект", 252, 125), word("начат", 252, 680)]
    second = header_words(105) + second_page_words
    pages = [read_page_content(ruled_page(XS, rows, first, 1)),
             read_page_content(ruled_page(XS, [(100, 120, FULL), (120, 160, FULL)], second, 2))]
    reader = TableReader(load_template().table_for_section("5"))
    reader.read(Table([pages[0].grids[0], pages[1].grids[0]]))
    return reader


def test_row_cut_by_the_page_break_is_glued_back():
    reader = _two_page_table([word("продолжена", 82, 125), word("продолжен", 252, 125)])
    (record,) = reader.records
    assert record.lines("task") == ["Задача", "начата", "продолжена"]
    assert record.page == 1


def test_unnumbered_row_at_a_page_top_filling_a_closed_column_is_a_new_row():
    """Row 1 had nothing in 'Бенефициар' at the page foot, so text there starts a row of its own."""
    reader = _two_page_table([word("Задача2", 82, 125), word("Проект2", 252, 125), word("Граждане", 402, 125)])
    assert [r.lines("project") for r in reader.records] == [["Проект", "начат"], ["Проект2"]]


def test_card_with_a_numbering_column():
    xs = [50, 80, 250, 560]
    rows = [(100, 120, [(50, 560)]), (120, 140, [(50, 560)])]
    words = [word("1.", 52, 105), word("Наименование стратегии:", 82, 105), word("Стратегия", 252, 105),
             word("2.", 52, 125), word("Срок реализации:", 82, 125), word("2022-2024", 252, 125)]
    content = read_page_content(ruled_page(xs, rows, words))
    card, _ = read_card(Section("2", "Карточка", 1, [Table(content.grids)]), load_template(), "doc", Dehyphenator())
    assert [(c.field, c.value) for c in card] == [("Наименование стратегии", "Стратегия"),
                                                  ("Срок реализации", "2022-2024")]


def _card(pages: list[list[tuple[str, ...]]], xs: list[float]) -> list:
    """A card ruled on one or more pages, each page's rows of cells (one word each), each page a table of its own
    (a running header stood between them); the card as read."""
    tables = []
    for number, rows in enumerate(pages, 1):
        ruled = [(100 + 20 * k, 120 + 20 * k, [(xs[0], xs[-1])]) for k in range(len(rows))]
        words = [word(text, x + 2, 105 + 20 * k) for k, row in enumerate(rows) for text, x in zip(row, xs) if text]
        tables.append(Table(read_page_content(ruled_page(xs, ruled, words, number)).grids))
    return read_card(Section("2", "Карточка", 1, tables), load_template(), "doc", Dehyphenator())[0]


def test_card_header_row_is_no_field():
    """«№ | Характеристика | Описание» over numbered rows, and «Параметр | Значение» printed again on the
    next page: headers, not fields; the first field is position 1."""
    card = _card([[("№", "Характеристика", "Описание"), ("1.", "Наименование стратегии", "Стратегия"),
                   ("2.", "Срок реализации", "2022-2024")],
                  [("№", "Характеристика", "Описание"), ("3.", "Ресурсы", "Бюджет")]], [50, 80, 250, 560])
    assert [(c.position, c.field, c.key, c.value) for c in card] == [
        (1, "Наименование стратегии", "name", "Стратегия"), (2, "Срок реализации", "period", "2022-2024"),
        (3, "Ресурсы", "resources", "Бюджет")]
    card = _card([[("Параметр", "Значение"), ("Наименование", "Стратегия")]], [50, 250, 560])
    assert [(c.field, c.value) for c in card] == [("Наименование", "Стратегия")]
    card = _card([[("N", "Позиция", "Сведения"), ("1", "Наименование", "Стратегия")]], [50, 80, 250, 560])
    assert [(c.field, c.value) for c in card] == [("Наименование", "Стратегия")], "a Latin N for the number sign"
    card = _card([[("Показатель паспорта", "Содержание"), ("Наименование", "Стратегия")]], [50, 250, 560])
    assert [(c.field, c.value) for c in card] == [("Наименование", "Стратегия")], "the value column's header (blind6)"
    card = _card([[("Срок реализации", "Значение"), ("Наименование", "Стратегия")]], [50, 250, 560])
    assert [c.field for c in card] == ["Срок реализации", "Наименование"], "beside a field, a value is a value"
    card = _card([[("М", "Позиция", "Сведения"), ("1", "Наименование", "Стратегия")]], [50, 80, 250, 560])
    assert [(c.field, c.value) for c in card] == [("Наименование", "Стратегия")], "N misread by OCR (blind4 scan)"
    card = _card([[("1.", "Наименование", "Стратегия"), ("2:", "Срок", "2022-2024"), ("3;", "Цели", "Рост")]],
                 [50, 80, 250, 560])
    assert [(c.field, c.value) for c in card] == [("Наименование", "Стратегия"), ("Срок", "2022-2024"), ("Цели", "Рост")], \
        "points misread (blind3x scan)"
    card = _card([[("1.", "Наименование", "Стратегия"), ("Di", "Горизонт планирования", "2022-2024"),
                   ("3.", "Ответственный", "Министерство")]], [50, 80, 250, 560])
    assert [(c.field, c.value) for c in card][1] == ("Горизонт планирования", "2022-2024"), "«2.» misread by OCR"
    card = _card([[("", "Наименование раздела паспорта"), ("Наименование", "Стратегия")]], [50, 250, 560])
    assert [(c.field, c.value) for c in card] == [("Наименование", "Стратегия")], "no field is named before it"
    card = _card([[("№ пункта", "Наименование пункта карточки", "Содержание пункта"),
                   ("1", "Наименование", "Стратегия")]], [50, 80, 250, 560])
    assert [(c.field, c.value) for c in card] == [("Наименование", "Стратегия")], "a worded number header (blind7)"
    card = _card([[("Наименование сведений о Стратегии", "Содержание сведений"), ("Наименование", "Стратегия")]],
                 [50, 250, 560])
    assert [(c.field, c.value) for c in card] == [("Наименование", "Стратегия")], "a header that names a field too"
    card = _card([[("№ n/n", "Параметр", "Содержание"), ("1", "Наименование", "Стратегия")]], [50, 80, 250, 560])
    assert [(c.field, c.value) for c in card] == [("Наименование", "Стратегия")], "«№ п/п» read in Latin letters"
    card = _card([[("Шифр", "Наименование раздела карточки", "Краткое изложение"), ("1", "Наименование", "Стратегия"),
                   ("2", "Срок", "2022-2024")]], [50, 80, 250, 560])
    assert [(c.field, c.value) for c in card] == [("Наименование", "Стратегия"), ("Срок", "2022-2024")], \
        "a header over a numbering column, however worded (blind8)"
    card = _card([[("Ресурсы", "Информация отсутствует"), ("Наименование", "Стратегия")]], [50, 250, 560])
    assert [c.field for c in card] == ["Ресурсы", "Наименование"], "a value that says something is a value"
    card = _card([[("Ключевое сведение о документе", "Раскрытие сведения"), ("Как называется документ", "Стратегия")]],
                 [50, 250, 560])
    assert [(c.field, c.value) for c in card] == [("Как называется документ", "Стратегия")], \
        "both header cells lean to the value column, neither names a field (blind11)"


def test_card_labels_numbered_in_their_own_cell_are_stored_without_the_number():
    """«1. Наименование документа» where other cards print the number in a column of its own (blind7)."""
    card = _card([[("1. Наименование", "Стратегия"), ("2. Срок реализации", "2022-2024 годы")]], [50, 250, 560])
    assert [(c.field, c.key, c.value) for c in card] == [("Наименование", "name", "Стратегия"),
                                                         ("Срок реализации", "period", "2022-2024 годы")]


def test_card_value_cut_by_a_page_break_goes_on_in_the_next_table():
    """The value goes on at the next page's top with no field name, in a table of its own (a running header
    between): it is the field's value, not a field; an empty field cell mid-table is one too."""
    card = _card([[("Наименование", "Стратегия"), ("Направление", "Первое")],
                  [("", "второе"), ("Исполнитель", "Министерство"), ("", "и комитет")]], [50, 250, 560])
    assert [(c.position, c.field, c.value) for c in card] == [
        (1, "Наименование", "Стратегия"), (2, "Направление", "Первое второе"),
        (3, "Исполнитель", "Министерство и комитет")]


def test_card_row_cut_by_a_page_break_with_both_halves_capitalised_goes_on_by_its_value():
    """blind6: «Вклад в национальные цели (Указ» | «…по» went on at the next page's top as «Президента РФ…» |
    «качеству…»: the field's half opens with a capital, the value's in lower case, so the row goes on."""
    card = _card([[("Наименование", "Стратегия"), ("Вклад", "Повышение")],
                  [("Президента", "качества"), ("Исполнитель", "Министерство")]], [50, 250, 560])
    assert [(c.field, c.value) for c in card] == [
        ("Наименование", "Стратегия"), ("Вклад Президента", "Повышение качества"), ("Исполнитель", "Министерство")]


def test_table_with_inside_borders_only():
    """Word's 'inside borders' style: no outer frame, so the first and last columns have no ruling of their own."""
    xs = [80, 250, 400, 480]  # inner verticals only; the table spans 50..560
    rules = [Rule(50, y, 560, y) for y in (120, 140)] + [Rule(x, 100, x, 160) for x in xs]
    words = header_words(105) + [word("1", 52, 125), word("Задача", 82, 125), word("Проект", 252, 125),
                                 word("Граждане", 402, 125), word("Время", 482, 125),
                                 word("2", 52, 145), word("Задача2", 82, 145), word("Проект2", 252, 145)]
    content = read_page_content(PageLayout(1, 600, 800, words, rules))
    assert content.lines == [], [line.text for line in content.lines]
    reader = TableReader(load_template().table_for_section("5"))
    reader.read(Table(content.grids))
    assert [(r.lines("no"), r.lines("benefits")) for r in reader.records] == [(["1"], ["Время"]), (["2"], [])]


def test_unnumbered_industry_heading_above_a_table():
    """'Здравоохранение' printed above its table: a known industry title names the industry; a note does not."""
    rows = [(100, 120, FULL), (120, 140, FULL)]
    words = header_words(105) + [word("1", 52, 125), word("Задача", 82, 125), word("Проект А", 252, 125)]
    table = Table(read_page_content(ruled_page(XS, rows, words)).grids)
    line = lambda text: TextLine(1, Line(text, 70, 80, 300, 90), indented=False)  # noqa: E731
    blocks = [line("Примечание к таблице"), line("Здравоохранение"), table]
    reader = read_tables([Section("5", "Взаимосвязь", 1, blocks)], TableReader(load_template().table_for_section("5")))
    assert [r.industry for r in reader.records] == [(1, "Здравоохранение")]


def test_gutters_between_columns_survive_a_title_running_across_them():
    rows = [Line("", 0, 0, 0, 0, (word("1", 52, y), word("Задача", 82, y), word("Проект", 252, y)))
            for y in range(100, 400, 12)]
    title = Line("2. Здравоохранение", 60, 90, 300, 100, (word("2.", 60, 90), word("Здравоохранение", 75, 90)))
    borders = gutters([title, *rows])
    assert len(borders) == 2
    assert 57 < borders[0] < 82 and 112 < borders[1] < 252


def test_a_ragged_column_end_is_not_a_column():
    """A few long lines reach far right in their column: that strip merges back into the column."""
    lines = [Line("", 0, 0, 0, 0, (word("1", 52, y), word("Наименование", 82, y), word("Цель", 252, y)))
             for y in range(100, 600, 12)]
    lines += [Line("", 0, 0, 0, 0, (word("проекта", 82, y), word("X", 155, y), word("цель", 252, y)))
              for y in (610, 622)]
    xs = [50, 70, 150, 160, 400]
    assert merge_slivers(xs, lines) == [50, 70, 160, 400]


def test_a_misread_cell_of_a_repeated_header_keeps_its_column():
    """OCR misreads one cell of the header every page repeats ("СЦТ" as "СИТ"): that page's column keeps its
    key by its place, and the rows read under the earlier headers keep their column (LNR pages 24-26)."""
    with pymupdf.open(FIXTURES / "strategy-lnr.pdf") as doc:
        layouts = [read_page(doc, k) for k in (23, 24, 25)]
    for layout in layouts[1:]:
        layout.words = [w._replace(text="СИТ") if w.text == "СЦТ" else w for w in layout.words]
    assert all(any(w.text == "СИТ" for w in layout.words) for layout in layouts[1:])
    reader = TableReader(load_template().table_for_section("6"))
    for block in build_stream([read_page_content(layout) for layout in layouts]):
        if isinstance(block, Table):
            reader.read(block)
    assert "technologies" in reader.keys and any(col.key == "technologies" for col in reader.columns)
    assert len(reader.records) >= 4
    assert all(record.lines("technologies") for record in reader.records)


def test_a_header_printed_again_cut_short_is_the_known_header():
    """blind18's LNR repeats its indicator header on every page in a row of fixed height that clips its longest
    cells («Исходный уровень (до» for «Исходный уровень (до закупок)», pages 44-45): the clipped header was read
    as a data row on every later page, with the rows' first cells (indicators 0.73). A cell that begins one
    known header's text is that header printed again."""
    pdf = next((FIXTURES / "variants" / "blind18").glob("blind18-lnr-*.pdf"))
    with pymupdf.open(pdf) as doc:
        layouts = [read_page(doc, k) for k in (43, 44)]
    assert any(w.text == "(до" for w in layouts[1].words) and not any(w.text == "закупок)" for w in layouts[1].words)
    reader = TableReader(load_template().table_for_section("7"))
    for block in build_stream([read_page_content(layout) for layout in layouts]):
        if isinstance(block, Table):
            reader.read(block)
    names = [" ".join(record.lines("name")) for record in reader.records]
    assert names and not any(name.startswith("Показатель результативности") for name in names)
    assert all(record.lines("project") for record in reader.records)


def _blind18_table(region: str, pages: tuple[int, ...]) -> Table:
    """The longest table of these pages of a blind18 document."""
    pdf = next((FIXTURES / "variants" / "blind18").glob(f"blind18-{region}-*.pdf"))
    with pymupdf.open(pdf) as doc:
        layouts = [read_page(doc, k - 1) for k in pages]
    tables = [b for b in build_stream([read_page_content(layout) for layout in layouts]) if isinstance(b, Table)]
    return max(tables, key=lambda table: len(table.fragments))


def test_a_table_body_with_no_rules_between_rows_is_cut_at_its_row_numbers():
    """blind18's Тюменская prints its indicator table with rules around its columns and header only (page
    61): each page's body was one row, every indicator of the page in one record (indicators 0). The body
    is cut into rows as a borderless table's is: a row at each number, an indicator at its unit and years."""
    from parsers.textgrid import unruled_rows
    spec = load_template().table_for_section("7")
    table = _blind18_table("tyumen", (61,))
    reader = TableReader(spec)
    reader.read(unruled_rows(table, spec))
    numbers = [" ".join(r.lines("no")) for r in reader.records]
    assert numbers == ["2.6", "2.7"]
    last = reader.records[-1]
    assert len(last.subrows) == 6 and all(sub.cells.get("unit") for sub in last.subrows)


def test_a_page_of_a_table_without_row_rules_too_short_to_show_it_is_cut_as_the_others():
    """blind18's Тюменская opens its projects table (page 24) with an industry's title over one numbered row: a
    page with one number shows no rows of its own to count, its title and row stayed one cell, and the title
    with all the row's text became the industry of the pages after (project industries 0.53). A page printing
    the same header as a page that shows rows without rules is cut as that one is."""
    from parsers.textgrid import unruled_rows
    spec = load_template().table_for_section("6")
    table = _blind18_table("tyumen", (24, 25, 26))
    assert [grid.page for grid in table.fragments] == [24, 25, 26]
    reader = TableReader(spec)
    reader.read(unruled_rows(table, spec))
    assert [(r.industry, " ".join(r.lines("no"))) for r in reader.records] == [
        ((1, "Образование и наука"), str(n)) for n in range(1, 5)]
    assert " ".join(reader.records[0].lines("name")).startswith("Цифровое портфолио ученика")


def test_an_industry_title_in_one_column_of_a_table_without_row_rules_is_the_industry():
    """blind18's Ставропольский prints its task table with no rules between rows (page 13): the industry's row
    «1 | Образование и наука» is one merged cell in Word, but cut into the ruled columns its title fills only
    the task column, so it was read as a task with no project and every link had no industry (links 0.87). A
    whole number beside a known industry's name, and nothing else in the row, is the industry's title."""
    from parsers.textgrid import unruled_rows
    spec = load_template().table_for_section("5")
    table = _blind18_table("stavropol", (13, 14))
    reader = TableReader(spec)
    reader.read(unruled_rows(table, spec))
    assert reader.records and all(r.industry == (1, "Образование и наука") for r in reader.records[:6])
    assert not any(" ".join(r.lines("task")) == "Образование и наука" for r in reader.records)
    assert all(r.lines("project") for r in reader.records)


def test_rows_of_a_table_without_row_rules_open_at_a_numbering_column_after_the_industry_column():
    """blind18's Ставропольский numbers its project rows in the second column, after an industry column merged
    over them (page 38, no rules between rows): rows were opened only by a number in the first column, so the
    page's three projects were read as one. A row opens at a number in the column the header names «№»."""
    from parsers.textgrid import unruled_rows
    spec = load_template().table_for_section("6")
    table = _blind18_table("stavropol", (38,))
    reader = TableReader(spec)
    reader.read(unruled_rows(table, spec))
    on_page = [r for r in reader.records if r.industry[1] == "Транспорт и логистика"]
    assert [" ".join(r.lines("no")) for r in on_page] == ["1.", "2.", "3."]
    assert " ".join(on_page[2].lines("name")).startswith("Создание интеллектуальной транспортной")


def test_a_ruled_table_with_a_row_number_wrapped_in_its_cell_is_not_cut():
    """«1.1» over «0» (1.10) and «1.» over «2» (1.2) in a narrow ruled number cell are one number each, close
    together: blind6's tables stay as their rules draw them."""
    from parsers.textgrid import unruled_rows
    spec = load_template().table_for_section("7")
    cell_lines = [(100, "1."), (110, "2")]
    xs = [50, 70, 200, 400]
    words = [word(text, 52, y) for y, text in cell_lines] + [word("Цифровая", 72, 100), word("Доля", 202, 100)]
    grid = read_page_content(ruled_page(xs, [(95, 125, [(50, 400)])], words)).grids[0]
    assert unruled_rows(Table([grid]), spec) is None
    words = [word("1.", 52, 100), word("2.", 52, 140)] + [word("Цифровая", 72, 100), word("Доля", 202, 100)]
    grid = read_page_content(ruled_page(xs, [(95, 160, [(50, 400)])], words)).grids[0]
    assert unruled_rows(Table([grid]), spec) is not None, "two numbers a row apart: a body without row rules"


def test_a_repeated_header_ocr_misread_in_several_cells_is_the_known_header():
    """blind18's Khabarovsk scanned at 300 dpi: OCR read the task table's header on page 21 «…реализуется
    пооект», «…этими липами»; two of five cells differing, the row was no repeated header and went in as a
    link («Задача, установленная Положением» | «Проект, закрепляемый за задачей»; task links 0.69). A cell a
    letter or two in ten off a known header's text is that header."""
    pdf = next((FIXTURES / "variants" / "blind18").glob("blind18-khabarovsk-*.pdf"))
    with pymupdf.open(pdf) as doc:
        layouts = [read_page(doc, k) for k in (19, 20)]
    misread = {"проект": "пооект", "лицами": "липами"}
    layouts[1].words = [w._replace(text=misread.get(w.text, w.text)) for w in layouts[1].words]
    reader = TableReader(load_template().table_for_section("5"))
    for block in build_stream([read_page_content(layout) for layout in layouts]):
        if isinstance(block, Table):
            reader.read(block)
    tasks = [" ".join(record.lines("task")) for record in reader.records]
    assert len(tasks) >= 4 and not any(task.startswith("Задача, установленная") for task in tasks)


def _numbering(texts: list[str]) -> bool:
    xs = [50 + 60 * k for k in range(len(texts) + 1)]
    page = ruled_page(xs, [(100, 120, [(xs[0], xs[-1])])], [word(t, x + 2, 105) for t, x in zip(texts, xs)])
    return is_column_numbers(row_groups(read_page_content(page).grids[0])[0])


def test_a_column_number_row_with_one_number_misread_is_still_the_column_numbers():
    """OCR reads a lone "3" of the row numbering the columns as "Е", a "7" as "di" (Stavropol's 300-dpi
    scan): the row is still no data row, so a row cut by the page break above it is glued to its start."""
    assert _numbering(["1", "2", "3", "4", "5", "6", "7"])
    assert _numbering(["1", "2", "Е", "4", "5", "6", "7"])
    assert _numbering(["1", "2", "3", "4", "5", "6", "di"])
    assert not _numbering(["1", "2", "Е", "Д", "5", "6", "7"])  # two misread: not told from data
    assert not _numbering(["1", "Е", "3"])  # too few cells to allow a misread
    assert not _numbering(["1", "2", "3", "4", "Проект", "6"])  # a word is no misread number


def test_column_numbers_with_their_points_misread_are_the_column_numbers():
    """blind2's Stavropol 300-dpi scan: "3." read "3)", "5." read "5:", and "7." read "У:" or "Ts" on the
    same row; the row was read as a project, and the project cut by the page break above it lost its end."""
    assert _numbering(["1.", "2.", "3)", "4.", "5.", "6.", "У:"])
    assert _numbering(["1.", "2", "3.", "4.", "5:", "6.", "Ts"])
    assert _numbering(["1", "2", "Е", "4", "5", "6", "7", "8", "9", "di"])  # one misread in every five
    assert not _numbering(["1", "2", "Е", "4", "5", "6", "7", "Д", "9", "di"])


def test_column_numbers_misread_twice_under_the_tables_first_header_are_no_row():
    """blind30's LNR 300-dpi scan read section 6's column numbers under its first header as «it | 2 | В | 4 | 5 | 6 |
    7 | 8 | 9»: two misread, which is_column_numbers doubts alone, and the row was stored as a project of an
    industry «it», every later industry numbered one too far (projects 0.37). Right under a header, short tokens
    counting the columns from 1 in most cells are that row; a row whose numbers start further is not."""
    from parsers.tables import _mostly_counting

    def row(texts: list[str]):
        xs = [50 + 60 * k for k in range(len(texts) + 1)]
        page = ruled_page(xs, [(100, 120, [(xs[0], xs[-1])])], [word(t, x + 2, 105) for t, x in zip(texts, xs)])
        return row_groups(read_page_content(page).grids[0])[0]

    assert _mostly_counting(row(["it", "2", "В", "4", "5", "6", "7", "8", "9"]))
    assert not _mostly_counting(row(["Dis", "3:", "4.", "5."]))  # counting from 2: a short row of its own
    assert not _mostly_counting(row(["1", "Проект", "2", "начат"]))  # a word is no number
    numbers = [word(t, x + 2, 123) for t, x in zip(["it", "2", "В", "4", "5"], XS)]
    data = [word("1", 52, 140), word("Задача", 82, 140), word("Проект", 252, 140), word("Граждане", 402, 140),
            word("Выгода", 482, 140)]
    page = read_page_content(ruled_page(XS, [(100, 120, FULL), (120, 135, FULL), (135, 160, FULL)],
                                        header_words(105) + numbers + data, 1))
    reader = TableReader(load_template().table_for_section("5"))
    reader.read(Table(page.grids))
    assert [r.lines("project") for r in reader.records] == [["Проект"]]


def _numbered_columns_table(second_page_numbers: list[str]) -> TableReader:
    """Page 1: header, column numbers 1-5, a row cut by the page break; page 2: header, `second_page_numbers`
    (as OCR read that page's column numbers), the rest of the row."""
    rows = [(100, 120, FULL), (120, 135, FULL), (135, 700, FULL)]
    numbers = [word(str(k + 1), x + 2, 123) for k, x in enumerate(XS[:-1])]
    first = header_words(105) + numbers + [word("1", 52, 140), word("Задача", 82, 140), word("начата", 82, 680),
                                           word("Проект", 252, 140), word("начат", 252, 680)]
    second = header_words(105) + [word(t, x + 2, 123) for t, x in zip(second_page_numbers, XS) if t] + [
        word("продолжена", 82, 140), word("продолжен", 252, 140)]
    pages = [read_page_content(ruled_page(XS, rows, first, 1)),
             read_page_content(ruled_page(XS, [(100, 120, FULL), (120, 135, FULL), (135, 160, FULL)], second, 2))]
    reader = TableReader(load_template().table_for_section("5"))
    reader.read(Table([pages[0].grids[0], pages[1].grids[0]]))
    return reader


def test_column_numbers_misread_under_a_repeated_header_are_still_no_row():
    """blind2's Tyumen 300-dpi scan: under each page's repeated header, OCR read the column numbers as
    "Dis | 3: | 5." (the first lost, two misread), which is_column_numbers rightly doubts alone; the
    table numbered its columns under its first header, so a row of such short tokens in that place is
    that row again, and the project cut by the page break is glued to its start."""
    reader = _numbered_columns_table(["", "Dis", "3:", "4.", "5."])
    (record,) = reader.records
    assert record.lines("project") == ["Проект", "начат", "продолжен"]
    # a table that never numbered its columns keeps such a row (here: a short project row of its own)
    plain = _two_page_table([word("Dis", 82, 125), word("3:", 252, 125), word("4.", 402, 125), word("5.", 482, 125)])
    assert [r.lines("project") for r in plain.records] == [["Проект", "начат"], ["3:"]]


def test_tasks_printed_as_rows_across_the_table_are_the_task_of_the_projects_under_them():
    """blind5: section 5 without a task column, each task a row across the table over its projects, beside
    industry rows across it too ("2. Здравоохранение"); the rows were skipped as having no known header."""
    xs = [50, 80, 250, 400, 560]
    rows = [(100, 120), (120, 140), (140, 160), (160, 180), (180, 200), (200, 220)]
    across = {120, 140, 180}  # the industry row, then the task rows
    rules = [Rule(xs[0], 100, xs[-1], 100)] + [Rule(xs[0], y1, xs[-1], y1) for _, y1 in rows]
    rules += [Rule(x, y0, x, y1) for y0, y1 in rows for x in xs if x in (xs[0], xs[-1]) or y0 not in across]
    words = [word("№", 52, 105), word("Проект", 82, 105), word("Целевая", 252, 105), word("аудитория", 300, 105),
             word("Выгоды", 402, 105), word("2.", 52, 125), word("Здравоохранение", 70, 125),
             word("Задача:", 52, 145), word("электронная", 95, 145), word("медкарта", 160, 145),
             word("1", 52, 165), word("Проект", 82, 165), word("А", 120, 165), word("Граждане", 252, 165),
             word("Время", 402, 165),
             word("Задача:", 52, 185), word("телемедицина", 95, 185),
             word("2", 52, 205), word("Проект", 82, 205), word("Б", 120, 205), word("Врачи", 252, 205),
             word("Деньги", 402, 205)]
    content = read_page_content(PageLayout(1, 600, 800, words, rules))
    reader = TableReader(load_template().table_for_section("5"))
    reader.read(Table(content.grids))
    assert [(r.industry[0], r.lines("task"), r.lines("project")) for r in reader.records] == [
        (2, ["Задача: электронная медкарта"], ["Проект А"]), (2, ["Задача: телемедицина"], ["Проект Б"])]


def test_an_industry_column_worded_unlike_any_phrase_is_told_by_its_industries():
    """blind8's LNR: «Отраслевой блок | № | Формулировка отраслевой задачи | …» named neither the industry nor
    the task column, and with two headers unknown none was guessed, so section 5 was lost. A first column of
    industry names is the industries' column; the one unknown header left is then guessed by its cells; a
    «Примечание» column beside them, which the template knows it has not, stays extra."""
    xs = [40, 110, 130, 250, 330, 410, 480, 560]
    words = [word("Отраслевой блок", 42, 105), word("№", 112, 105), word("Формулировка задачи", 132, 105),
             word("Проект", 252, 105), word("Бенефициар", 332, 105), word("Выгоды", 412, 105),
             word("Примечание", 482, 105)]
    for k, industry in enumerate(["Здравоохранение", "Образование и наука"]):
        y = 125 + 40 * k
        words += [word(industry, 42, y), word(f"{k + 1}", 112, y), word("Повысить доступность услуг", 132, y),
                  word("Проект", 252, y), word("Граждане", 332, y), word("Экономия времени", 412, y),
                  word("Нет", 482, y)]
    rows = [(100, 120, FULL), (120, 160, FULL), (160, 200, FULL)]
    content = read_page_content(ruled_page(xs, rows, words))
    reader = TableReader(load_template().table_for_section("5"))
    reader.read(Table(content.grids))
    assert [(r.lines("task"), r.lines("beneficiary")) for r in reader.records] == [
        (["Повысить доступность услуг"], ["Граждане"])] * 2
    assert {col.key for col in reader.columns} >= {"industry", "task", "extra:Примечание"}


def test_two_unknown_headers_each_leaning_to_a_different_missing_column_take_them():
    """blind9's Хабаровский: «ИТ-проект» and «Кто получает эффект» each meant their column too weakly, and with
    two headers unknown none was guessed, so section 5 was lost; each leans to a different lacking column.
    Since headers worded as questions name what they ask (blind14), «Кто получает …» names the beneficiary, and
    «ИТ-проект», the one header left unknown, takes the project it leans to (its cells too short to tell)."""
    words = [word("Код", 52, 105), word("Задача", 82, 105), word("ИТ-проект", 252, 105),
             word("Кто получает эффект", 402, 105), word("Эффект", 482, 105),
             word("1", 52, 125), word("Повысить доступность", 82, 125), word("Проект А", 252, 125),
             word("Граждане", 402, 125), word("Экономия", 482, 125)]
    content = read_page_content(ruled_page(XS, [(100, 120, FULL), (120, 140, FULL)], words))
    reader = TableReader(load_template().table_for_section("5"))
    reader.read(Table(content.grids))
    (record,) = reader.records
    assert (record.lines("project"), record.lines("beneficiary")) == (["Проект А"], ["Граждане"])
    assert {key for key, _ in reader.guessed.items()} == {"project"}


def test_unnumbered_row_at_a_page_top_after_a_row_that_had_ended_is_a_new_row():
    """blind10's LNR: a project printed without a number at the top of a page was glued to the project above,
    whose short cells (its task, beneficiary) had ended long before the page's foot: only the project cell
    still ran to the foot, so a row there with text in the task column is a row of its own."""
    rows = [(100, 120, FULL), (120, 700, FULL)]
    first = header_words(105) + [word("1", 52, 125), word("Задача", 82, 125), word("Проект", 252, 125),
                                 word("начат", 252, 680), word("Граждане", 402, 125), word("Время", 482, 125)]
    second = header_words(105) + [word("Задача2", 82, 125), word("Проект2", 252, 125)]
    pages = [read_page_content(ruled_page(XS, rows, first, 1)),
             read_page_content(ruled_page(XS, [(100, 120, FULL), (120, 160, FULL)], second, 2))]
    reader = TableReader(load_template().table_for_section("5"))
    reader.read(Table([pages[0].grids[0], pages[1].grids[0]]))
    assert [r.lines("project") for r in reader.records] == [["Проект", "начат"], ["Проект2"]]


def test_a_table_piece_that_draws_fewer_borders_goes_on_from_the_table_above():
    """blind10's LNR: a page whose piece of section 6's table was only an industry's title row (one cell
    across the table after its number) drew three borders, not nine: it started a table of its own, unread
    as a table of another kind, and the rows on the next page were lost with it."""
    xs = [50, 80, 250, 400, 560]
    full = read_page_content(ruled_page(xs, [(100, 120, [(50, 560)]), (120, 140, [(50, 560)])],
                                        [word("1", 52, 105), word("Проект", 82, 105)], 1))
    title = read_page_content(ruled_page([50, 80, 560], [(100, 120, [(50, 560)])],
                                         [word("7", 52, 105), word("Кадры", 82, 105)], 2))
    after = read_page_content(ruled_page(xs, [(100, 120, [(50, 560)])], [word("7.1", 52, 105)], 3))
    (table,) = build_stream([full, title, after])
    assert [fragment.page for fragment in table.fragments] == [1, 2, 3]


XS6 = [50, 70, 150, 230, 290, 370, 450, 560]


def _wrapped_cells(texts: list[str], xs: list[float], y: float) -> list[Word]:
    """Each text in its column from `y` down, a word a line (every word narrower than these columns)."""
    return [word(part, x + 2, y + 11 * k) for text, x in zip(texts, xs) for k, part in enumerate(text.split())]


def test_several_headers_no_phrase_knows_are_guessed_in_the_templates_order():
    """blind10's Stavropol («Наименование цифрового сервиса», «Функции сервиса») and blind9's: with two
    headers unknown, none was guessed, the table lacked its required name column and section 6 was lost.
    The way of giving them lacking columns that their cells fit and that keeps the table's columns in the
    template's order is the guess: «Функции сервиса», between the term and the financing, is the
    description, not the technologies the template prints after the financing."""
    header = ["№", "Наименование цифрового сервиса", "Назначение сервиса", "Годы создания",
              "Функции сервиса", "Расходы на сервис: объем, источник", "Задачи края в отношении сервиса"]
    row = ["1", "Цифровая платформа обратной связи с гражданами",
           "Обеспечение оперативного рассмотрения обращений граждан", "2022-2024",
           "Создание сервиса приема обращений и мониторинга их рассмотрения", "Средства регионального бюджета",
           "Внедрение и сопровождение сервиса в крае"]
    words = [*_wrapped_cells(header, XS6, 102), *_wrapped_cells(row, XS6, 202)]
    content = read_page_content(ruled_page(XS6, [(100, 200, FULL), (200, 300, FULL)], words))
    reader = TableReader(load_template().table_for_section("6"))
    reader.read(Table(content.grids))
    (record,) = reader.records
    assert " ".join(record.lines("name")) == row[1] and " ".join(record.lines("description")) == row[4]
    # «сервис» is in five of the headers: the table's theme, so «Наименование цифрового сервиса», naming the
    # theme's thing, names the name column outright; only the description is a guess
    assert set(reader.guessed) == {"description"}


def test_a_table_printing_its_tasks_as_rows_has_no_task_column_to_guess():
    """blind10's Stavropol: «ЦИФРОВОЙ СЕРВИС» leaned (weakly) to the task, so its projects were taken for tasks;
    the table prints each task as a row across it, so the one unknown header is the project."""
    xs = [50, 80, 250, 400, 560]
    rows = [(100, 120), (120, 140), (140, 160)]
    rules = [Rule(xs[0], 100, xs[-1], 100)] + [Rule(xs[0], y1, xs[-1], y1) for _, y1 in rows]
    rules += [Rule(x, y0, x, y1) for y0, y1 in rows for x in xs if x in (xs[0], xs[-1]) or y0 != 120]
    words = [word("№", 52, 105), word("Цифровой сервис", 82, 105), word("Потребитель сервиса", 252, 105),
             word("Выгода потребителя", 402, 105), word("Задача: повысить доступность услуг", 52, 125),
             word("1", 52, 145), word("Портал обращений граждан края", 82, 145), word("Граждане", 252, 145),
             word("Экономия времени на обращение", 402, 145)]
    reader = TableReader(load_template().table_for_section("5"))
    reader.read(Table(read_page_content(PageLayout(1, 600, 800, words, rules)).grids))
    (record,) = reader.records
    assert record.lines("project") == ["Портал обращений граждан края"]
    assert record.lines("task") == ["Задача: повысить доступность услуг"]


def test_industry_rows_numbered_in_roman_are_numbered_industries():
    """blind11's LNR and Khabarovsk: «II. Здравоохранение» rows across the tables kept «II.» in the industry's
    name, and the industries were numbered by their order only."""
    from parsers.tables import industry_of
    assert industry_of("II. Здравоохранение") == (2, "Здравоохранение")
    assert industry_of("VII Кадровое обеспечение цифровой экономики") == (7, "Кадровое обеспечение цифровой экономики")
    assert industry_of("IT-отрасль") is None and industry_of("IIII. Прочее") is None


def test_a_unit_printed_after_the_indicators_name_is_its_unit():
    """blind11's Tyumen: no unit column, «Доля учащихся …, %» in the name cell; a comma inside a name that
    ends in words is no unit, and a unit column's own cell is kept."""
    from parsers.records import name_and_unit
    units = load_template().table_for_section("7").content_kinds["unit"]
    assert name_and_unit("Доля учащихся, охваченных сервисом, %", "", units) == {
        "name": "Доля учащихся, охваченных сервисом", "unit": "%"}
    assert name_and_unit("Число школ, подключенных к сети", "", units) == {
        "name": "Число школ, подключенных к сети", "unit": ""}
    assert name_and_unit("Число обращений, тыс.", "ед.", units) == {"name": "Число обращений, тыс.", "unit": "ед."}


def test_a_card_printed_as_field_value_paragraphs():
    """blind12's LNR and Khabarovsk: section 2 as «Поле: значение» paragraphs, no table; the card was lost. A
    field opens where a short name (a relative clause allowed) stands before a colon; a clause announcing a
    list inside a value («… относятся:») goes on the value."""
    from parsers.records import labelled_card
    lines = [TextLine(1, Line(text, 70, 10 * k, 500, 10 * k + 9), False) for k, text in enumerate([
        "Официальное название стратегии: Стратегия цифровой", "трансформации края",
        "Сроки, в которые реализуется документ: 2022-2024 годы",
        "Результаты реализации стратегии: К результатам", "Стратегии относятся:", "1. Сервисы для граждан"])]
    card = labelled_card(lines, load_template(), "d", Dehyphenator.from_lines([]))
    assert [(c.field, c.value) for c in card] == [
        ("Официальное название стратегии", "Стратегия цифровой трансформации края"),
        ("Сроки, в которые реализуется документ", "2022-2024 годы"),
        ("Результаты реализации стратегии", "К результатам Стратегии относятся:\n1. Сервисы для граждан")]
    assert labelled_card(lines[:2], load_template(), "d", Dehyphenator.from_lines([])) == []



def test_a_card_field_named_by_a_question_and_value_parts_named_alike():
    """blind13's Тюменская: «Кто ощутит рост зрелости:» (a question, its verb no clause of a value) was not a
    field, and values made of parts «В рамках сферы образования: …», printed again in the next field, each
    became a field of their own: the card scored 0.24. A card names each field once."""
    from parsers.records import labelled_card
    lines = [TextLine(1, Line(text, 70, 10 * k, 500, 10 * k + 9), False) for k, text in enumerate([
        "Название документа: Стратегия края", "Решения, повышающие зрелость:",
        "В рамках сферы образования: Цифровая школа", "В рамках сферы здравоохранения: Электронная медкарта",
        "Целевой уровень зрелости: высокий", "В рамках сферы образования: Все школы подключены",
        "В рамках сферы здравоохранения: Все поликлиники подключены", "Кто ощутит рост зрелости: Жители края"])]
    card = labelled_card(lines, load_template(), "d", Dehyphenator.from_lines([]))
    assert [c.field for c in card] == ["Название документа", "Решения, повышающие зрелость", "Целевой уровень зрелости",
                                       "Кто ощутит рост зрелости"]
    assert card[1].value.startswith("В рамках сферы образования: Цифровая школа")
    assert card[3].value == "Жители края"


def test_a_card_label_clarified_in_lower_case_up_to_a_second_colon():
    """blind12's Khabarovsk: «Охват: кто из жителей и организаций получит результат: 1. Обучающиеся.» stored the
    field «Охват» with the question as its value's start. A value opens with a capital, a figure or a marker; a
    lower-case value with no colon after it stays the value."""
    from parsers.records import labelled_card
    lines = [TextLine(1, Line(text, 70, 10 * k, 500, 10 * k + 9), False) for k, text in enumerate([
        "Наименование документа края: Стратегия края", "Сроки и этапы: 2022-2024 годы",
        "Охват: кто из жителей и организаций получит результат: 1. Обучающиеся.", "2. Родители.",
        "Целевой уровень зрелости: высокий"])]
    card = labelled_card(lines, load_template(), "d", Dehyphenator.from_lines([]))
    assert [(c.field, c.value) for c in card][2:] == [
        ("Охват: кто из жителей и организаций получит результат", "1. Обучающиеся.\n2. Родители."),
        ("Целевой уровень зрелости", "высокий")]


def test_card_header_naming_the_field_twice_is_no_field():
    """blind12's Тюменская: «ПОЛЕ ПАСПОРТА ПОРТФЕЛЯ | НАПОЛНЕНИЕ ПОЛЯ» was stored as the card's first field, so
    every field stood one position off (card F1 0). «Наполнение» is the value column's word."""
    card = _card([[("ПОЛЕ ПАСПОРТА ПОРТФЕЛЯ", "НАПОЛНЕНИЕ ПОЛЯ"), ("1. Наименование документа", "Стратегия"),
                   ("2. Горизонт портфеля", "2022-2024")]], [50, 250, 560])
    assert [(c.position, c.field, c.value) for c in card] == [(1, "Наименование документа", "Стратегия"),
                                                              (2, "Горизонт портфеля", "2022-2024")]
    card = _card([[("Наименование графы паспорта", "Заполнение графы"), ("Наим. стратегии ЦТ", "Стратегия")]],
                 [50, 250, 560])
    assert [(c.field, c.key) for c in card] == [("Наим. стратегии ЦТ", "name")], "a form's header (blind15)"


def test_card_fields_named_by_questions_take_the_keys_they_ask_for():
    """blind16's Тюменская: a public-consultation draft's card asks «Какие шаги предлагаются:», «Во что это
    обойдется:», «Какие перемены ожидаются:»; three were no fields (a verb, and no question word first), and of
    the ten only four had their keys («Во что…» took «what» by its «что»)."""
    from parsers.records import labelled_card
    lines = [TextLine(1, Line(text, 70, 10 * k, 500, 10 * k + 9), False) for k, text in enumerate([
        "Как называется предлагаемый документ: Стратегия края", "На какой срок: 2022-2024 годы",
        "Какие шаги предлагаются: Модернизируем управление", "Кто отвечает за реализацию: Департамент",
        "Кому станет лучше: Школьникам", "Во что это обойдется: Федеральный бюджет",
        "Какие перемены ожидаются: Рост качества услуг"])]
    card = labelled_card(lines, load_template(), "d", Dehyphenator.from_lines([]))
    assert [c.key for c in card] == ["name", "period", "what", "who", "beneficiaries", "resources", "effects"]


def test_card_header_of_a_summarys_data_column_is_no_field():
    """blind16's Stavropol: «Показатель свода | Данные субъекта» was stored as the card's first field."""
    card = _card([[("Показатель свода", "Данные субъекта"), ("Стратегия субъекта (наименование)", "Стратегия"),
                   ("Период действия документа", "2022-2024")]], [50, 250, 560])
    assert [c.field for c in card] == ["Стратегия субъекта (наименование)", "Период действия документа"]


def test_a_card_printed_two_fields_to_a_row():
    """blind17's Тюменская and LNR print the card as «field | value | field | value» under a header printed twice:
    each row's second field went on the first one's value (card 0.07). Each row gives its two fields in turn,
    the header once; so does a page whose values are shorter than their fields' names."""
    card = _card([[("Параметр", "Содержание", "Параметр", "Содержание"),
                   ("Наименование стратегии", "Стратегия цифровой трансформации края", "Срок реализации", "2023-2025"),
                   ("Ответственный исполнитель", "Департамент информатизации", "Ресурсы", "Областной бюджет")]],
                 [50, 150, 300, 400, 560])
    assert [(c.field, c.value) for c in card] == [
        ("Наименование стратегии", "Стратегия цифровой трансформации края"), ("Срок реализации", "2023-2025"),
        ("Ответственный исполнитель", "Департамент информатизации"), ("Ресурсы", "Областной бюджет")]


def test_a_card_row_cut_by_a_page_break_goes_on_in_both_of_its_pairs():
    """blind17's LNR: a two-fields-a-row card whose row a page break cut goes on next page in both pairs at once
    («| инвестиционной… | | обслуживания…»): the left value's end went on the right field's value, and a page
    holding only a cut row's left end (no pairs of its own to see) gave it as a field (card 0.8)."""
    xs = [50, 150, 300, 400, 560]
    card = _card([[("Параметр", "Содержание", "Параметр", "Содержание"),
                   ("Направления", "Повышение", "Описание", "Модернизация")],
                  [("", "благосостояния", "", "процессов"), ("Исполнители", "Министерство", "Результаты", "Рост")],
                  [("", "граждан", "", "")]], xs)
    assert [(c.field, c.value) for c in card] == [
        ("Направления", "Повышение благосостояния"), ("Описание", "Модернизация процессов"),
        ("Исполнители", "Министерство граждан"), ("Результаты", "Рост")]


def test_card_header_in_short_and_in_detail_is_no_field():
    """blind18's Тюменская heads its card «Коротко | Подробнее»: the header was stored as the first field, every
    field one position off (card F1 0). «Подробнее» is the value column's header."""
    card = _card([[("Коротко", "Подробнее"), ("Документ одной строкой", "Стратегия"), ("Срок", "2022-2024")]],
                 [50, 250, 560])
    assert [(c.position, c.field) for c in card] == [(1, "Документ одной строкой"), (2, "Срок")]


def test_card_header_of_the_field_column_beside_a_short_cell_is_no_field():
    """blind17's LNR: «Поле one-pager | Что зафиксировано»; a question names no value column, but the field
    column's own header beside a short cell without figures is the card's header."""
    card = _card([[("Поле one-pager", "Что зафиксировано"), ("Title документа", "Стратегия")]], [50, 250, 560])
    assert [c.field for c in card] == ["Title документа"]


def test_a_header_glossed_in_brackets_names_its_column_by_the_gloss():
    """blind19's Ставропольский heads its task table «Объект автоматизации (отрасль)», «Реализующая подсистема
    (проект)» (page 13): the words before the brackets name nothing the template knows, the table had no project
    column, and none of its links were read. The drafter's gloss in brackets names the column then."""
    pdf = next((FIXTURES / "variants" / "blind19").glob("blind19-stavropol-*.pdf"))
    with pymupdf.open(pdf) as doc:
        layout = read_page(doc, 12)
    (table,) = [b for b in build_stream([read_page_content(layout)]) if isinstance(b, Table)]
    header = next(g for g in row_groups(table.fragments[0]) if g.nonempty)
    from parsers.tables import header_columns
    columns = header_columns(header, load_template().table_for_section("5"))
    assert columns is not None
    assert {col.header.replace("\n", " "): col.key for col in columns if col.key in ("industry", "project")} == {
        "Объект автоматизации (отрасль)": "industry", "Реализующая подсистема (проект)": "project"}


@pytest.fixture(scope="module")
def banded_document():
    """blind19's Тюменская: tables with no rulings at all, their records in shaded bands."""
    from ingest.pipeline import parse_document
    pdf = next((FIXTURES / "variants" / "blind19").glob("blind19-tyumen-*.pdf"))
    return parse_document(pdf, "doc")[0]


def test_a_borderless_header_printed_again_is_read_as_on_its_first_page(banded_document):
    """Its projects table repeats its header on every page: the first page's header named two columns by
    elimination (what their cells hold), the repeated ones could not and were read as rows («Название
    ESG-инициатива» a project on 6 pages; 59 projects for 49)."""
    names = [p.name for p in banded_document.projects]
    assert len(names) == 49 and not any(name.startswith("Название") for name in names)


def test_an_industry_title_centred_over_a_borderless_table_is_the_industry(banded_document):
    """Its task table prints «1. Образование и наука» centred in a row across it, inside one column's gutters
    (page 13): the title ran into the first row with the header's last word, and two industries' links had none."""
    numbered = [link for link in banded_document.links if link.row_no is not None]
    assert [link.industry for link in numbered[:8]] == ["Образование и наука"] * 8
    assert all(link.industry for link in numbered)
    assert not any("Образование и наука" in link.project for link in banded_document.links)


def test_indicator_rows_under_a_project_printed_again_share_its_number_and_body(banded_document):
    """Its indicator table prints the project again on each of its indicator rows, the number and the
    responsible body once (page 51): the rows after the first had neither (bodies 0.57 found)."""
    rows = [i for i in banded_document.indicators if i.project.startswith("Цифровой помощник ученика")]
    assert len(rows) == 2 and {(i.row_no, i.responsible_body) for i in rows} == {
        (2, "Департамент образования и науки Тюменской области")}


def test_a_wrapped_header_line_centred_under_the_header_is_no_row(banded_document):
    """Its task table heads a column «Инициатива устойчивого» / «развития», each line centred (page 13 on): the
    second line named no more columns, so it was read as a row, and «развития» stood as a link's project or at
    the end of the project of the first row on 8 pages (links 0.954)."""
    projects = [link.project for link in banded_document.links]
    assert len(projects) == 49
    assert not any(project.split()[-1] == "развития" for project in projects)


def test_a_project_printed_on_each_indicator_row_is_each_rows_project_once(banded_document):
    """Its indicator table prints the project again beside each of its indicators: read as one cell merged over
    them, an indicator's project was the name up to five times over (page 56 on)."""
    doubled = [i.project for i in banded_document.indicators if i.project.count("(рекомендовано ФОИВ)") > 1]
    assert len(doubled) <= 2, doubled  # a project a page break cut, printed again under its end: not yet


def test_a_header_whose_gloss_names_a_column_better_than_its_words_is_read_by_the_gloss():
    """blind9's Ставропольский heads its projects «Решение (инициатива)» (page 23): «решение» leans to the
    technologies column («Применяемые решения»), so the table had no name column and none of its 44 projects
    was read. The gloss «инициатива» names the project, more surely than «решение» names technologies."""
    pdf = next((FIXTURES / "variants" / "blind9").glob("blind9-stavropol-*.pdf"))
    with pymupdf.open(pdf) as doc:
        layout = read_page(doc, 22)
    *_, table = [b for b in build_stream([read_page_content(layout)]) if isinstance(b, Table)]  # under section 5's end
    header = next(g for g in row_groups(table.fragments[0]) if g.nonempty)
    from parsers.tables import header_columns
    columns = header_columns(header, load_template().table_for_section("6"))
    assert columns is not None
    assert {col.header.replace("-\n", "").replace("\n", " "): col.key for col in columns}["Решение (инициатива)"] == "name"


def test_a_card_printed_across_pairs_each_label_with_the_value_under_it():
    """blind20's LNR, a business plan, prints its card across landscape pages 3-4: a row of five labels over a row
    of their values, twice, a first column heading each band «Раздел резюме» / «Содержание раздела резюме»; the
    first band's values run on at page 4's top. Read down the page, the card's fields were its band heads and
    one value's last words (card 0)."""
    pdf = next((FIXTURES / "variants" / "blind20").glob("blind20-lnr-*.pdf"))
    with pymupdf.open(pdf) as doc:
        pages = [read_page_content(read_page(doc, k)) for k in (2, 3)]
    tables = [b for b in build_stream(pages) if isinstance(b, Table)]
    card, _ = read_card(Section("2", "РЕЗЮМЕ БИЗНЕС-ПЛАНА", 3, tables), load_template(), "doc", Dehyphenator())
    assert [c.field for c in card] == [
        "Название бизнес-плана", "Горизонт планирования (срок реализации)", "Рыночная ниша", "Суть предложения",
        "Инициатор и команда", "Ключевые результаты на конец 2024 года", "Целевые клиенты",
        "Потребность в инвестициях и персонале", "Долгосрочная отдача", "Вклад бизнеса в национальные цели"]
    assert card[1].value == "Период 2023-2024 годов" and card[3].value.endswith("Луганской Народной Республики.")
    assert card[5].page == 4


def _blind22(region: str):
    from ingest.pipeline import parse_document
    return parse_document(next((FIXTURES / "variants" / "blind22").glob(f"blind22-{region}-*.pdf")), "doc")[0]


def test_an_indicator_table_printed_long_gives_each_indicator_its_years():
    """blind22's LNR prints its indicators long (page 46 on): a row per indicator and year, «Зачет 2022 года» |
    «0», the name and unit merged over the years; the year and value columns were read as nothing and no value
    was stored (indicators 0.72). The year column is read by its cells, the value column beside it."""
    doc = _blind22("lnr")
    values = {(v.indicator_id, v.year): v.value_raw for v in doc.values}
    first = doc.indicators[0]
    assert first.name.startswith("Доля обучающихся, родителей") and first.unit == "%"
    assert [values[first.indicator_id, year] for year in (2022, 2023, 2024)] == ["0", "0", "50"]  # page 46
    assert len(doc.indicators) == 36 and not any(i.name[:1].islower() or i.name.startswith("(") for i in doc.indicators)


def test_a_table_per_project_printed_down_the_page_is_read_across():
    """blind22's Ставропольский prints each project as a two-column table of its own («№ в расписании | 6.»,
    «Проект в расписании | Цифровой помощник учителя (рекомендовано ФОИВ)», … page 26): no projects table was
    found (projects 0). Labels read across are the header; the next project's table, joined to one cut by the
    page break, opens at its first label printed again."""
    names = [p.name for p in _blind22("stavropol").projects]
    assert len(names) == 44 and "Цифровой помощник учителя (рекомендовано ФОИВ)" in names
    assert not any(name.count("(рекомендовано ФОИВ)") > 1 for name in names)


def test_a_row_across_the_table_printing_a_columns_label_and_value_fills_it_below():
    """blind22's Тюменская prints «Ответственный за экономию: Департамент образования и науки Тюменской области»
    across its indicator table over each project's indicators (page 62), with no body column: the rows were
    read as industries and no body was stored (indicators 0.39)."""
    doc = _blind22("tyumen")
    assert all(i.responsible_body for i in doc.indicators)
    assert {i.industry for i in doc.indicators} <= {"Образование и наука", "Здравоохранение", "Развитие городской среды",
                                                    "Транспорт и логистика", "Государственное управление",
                                                    "Социальная сфера", "Промышленность", "Финансовые услуги"}


def test_a_long_indicator_table_with_a_column_of_years_and_body_rows_inside_the_industry_cell():
    """blind23's LNR prints its indicators long under «Период плана развития» (a column of «Библиотечный год
    2022», …: its header names no year) with «Ответственный за библиотечную сеть: Министерство …» across each
    project's rows beside the industry's merged cell (page 43): no value and no body was read, and the body rows
    became 23 indicators (indicators 0.58). A column of years makes the table long; a label that only leans to a
    column, over a value of its kind (a ministry), fills it."""
    from ingest.pipeline import parse_document
    doc = parse_document(next((FIXTURES / "variants" / "blind23").glob("blind23-lnr-*.pdf")), "doc")[0]
    assert len(doc.indicators) == 36 and all(i.responsible_body.startswith("Министерство") for i in doc.indicators)
    values = {(v.indicator_id, v.year): v.value_raw for v in doc.values}
    assert [values[doc.indicators[0].indicator_id, year] for year in (2022, 2023, 2024)] == ["0", "0", "50"]


def _gold_projects(pattern: str) -> list[dict[str, str]]:
    gold = json.loads(next((FIXTURES / "variants").glob(pattern)).read_text(encoding="utf-8"))
    return [row for group in gold["s6"]["groups"] for row in group["rows"]]


def _fold_words(text: str | None) -> str:
    return " ".join((text or "").split())


def test_records_printed_down_the_page_are_read_by_what_all_of_them_hold():
    """blind23's Ставропольский prints each object of its investment programme as a table of its own down the
    page («Очередь и срок ввода | до 2030 года, далее постоянно», «Технические решения по объекту | К концу 2021
    года планируется …», «Капитальные вложения и их источник | …»). Its labels were read against the first record
    alone: the term went to the description, the description to the technologies, the financing was lost, and
    two records whose own cells showed no header («ЦХЭД», «Цифровое мышление») were not read (projects 0.69).
    The labels are now read once over every record that prints them, and a column of clauses is no column of
    technologies."""
    from ingest.pipeline import parse_document
    gold = _gold_projects("blind23/blind23-stavropol-*.gold.json")
    doc = parse_document(next((FIXTURES / "variants" / "blind23").glob("blind23-stavropol-*.docx")), "doc")[0]
    assert [p.name for p in doc.projects] == [row["name"] for row in gold]
    for key in ("term", "description", "financing"):
        assert [_fold_words(getattr(p, key)) for p in doc.projects] == [_fold_words(row[key]) for row in gold], key
    assert not any(p.technologies for p in doc.projects)


def test_a_table_of_tasks_beginning_like_card_fields_is_no_card():
    """blind23's Тюменская (DOCX) prints section 5 as a five-column table per industry whose tasks begin
    «Обеспечение …», as the card's «Ресурсное обеспечение» does: the first was taken for the card, section 5's
    heading lost to its fifth industry's title, and 24 of 49 links read (links 0.62). A table whose rows hold
    several values each is records, not the card's field and value."""
    from ingest.pipeline import parse_document
    doc = parse_document(next((FIXTURES / "variants" / "blind23").glob("blind23-tyumen-*.docx")), "doc")[0]
    assert next(s.title for s in doc.sections if s.number == "5") == "Корректирующие действия в разрезе задач"
    assert len(doc.links) == 49


def test_of_two_headers_naming_one_column_alike_the_one_in_the_templates_place_takes_it():
    """blind21's Хабаровский heads its projects' goal «Вклад в туристский продукт края», right after the name,
    and their region's role «Вклад края как координатора кластера», last: both say «вклад края», and over the
    DOCX's thirty rows the first, whose cells say role-like words too, took the role (goal, description and role
    0). Each pair of columns taken against the template's order now costs a little."""
    from ingest.pipeline import parse_document
    gold = _gold_projects("blind21/blind21-khabarovsk-*.gold.json")
    doc = parse_document(next((FIXTURES / "variants" / "blind21").glob("blind21-khabarovsk-*.docx")), "doc")[0]
    for key in ("goal", "description", "region_role"):
        assert [_fold_words(getattr(p, key)) for p in doc.projects] == [_fold_words(row[key]) for row in gold], key


def test_the_templates_order_decides_between_two_headers_scoring_alike_and_not_over_a_clear_header():
    close = [{"region_role": 1.05}, {"term": 1.2}, {"financing": 0.9}, {"region_role": 1.04}]
    order = ["goal", "term", "financing", "region_role"]
    assert assign(close) == ["region_role", "term", "financing", None]
    assert assign(close, order) == [None, "term", "financing", "region_role"]
    clear = [{"region_role": 1.3}, {"term": 1.2}, {"financing": 0.9}, {"region_role": 0.6}]
    assert assign(clear, order) == ["region_role", "term", "financing", None]  # a region's own order stands


def _blind_doc(region: str, suffix: str = "docx", set_name: str = "blind24"):
    from ingest.pipeline import parse_document
    return parse_document(next((FIXTURES / "variants" / set_name).glob(f"{set_name}-{region}-*.{suffix}")), "doc")[0]


def _gold(region: str, set_name: str = "blind24") -> dict:
    path = next((FIXTURES / "variants" / set_name).glob(f"{set_name}-{region}-*.gold.json"))
    return json.loads(path.read_text(encoding="utf-8"))


def test_a_header_of_short_names_two_of_which_name_columns_is_the_header():
    """blind24's Тюменская heads section 5 «Защищаемая отрасль | Задача защиты информации | Мера защиты информации |
    Защищаемые субъекты и пользователи | Снижение угроз для пользователей», with no number column: two cells name
    columns, where half of five were needed, and no link was read (links 0). A row of short names naming two
    columns is a header; the others are guessed by their cells."""
    doc = _blind_doc("tyumen")
    gold = _gold("tyumen")
    links = [(row["task"], row["project"]) for group in gold["s5"]["groups"] for row in group["rows"]]
    assert [(_fold_words(link.task), _fold_words(link.project)) for link in doc.links] == \
        [(_fold_words(task), _fold_words(project)) for task, project in links]


def test_rows_of_a_table_that_rules_only_its_columns_and_numbers_no_row_start_where_cells_start_together():
    """The PDF of the same table rules only its columns: no rule between rows, no number column, so each page's
    body was one row (links 0.08, ten links for 49). A row starts where three cells or more start side by side,
    each after a blank in its own column; the benefits of the row above may run on beside them."""
    doc = _blind_doc("tyumen", "pdf")
    gold = {(_fold_words(row["task"]), _fold_words(row["project"]))
            for group in _gold("tyumen")["s5"]["groups"] for row in group["rows"]}
    read = [(_fold_words(link.task), _fold_words(link.project)) for link in doc.links]
    assert len(read) == pytest.approx(len(gold), abs=3)
    assert len(gold & set(read)) >= 0.8 * len(gold)


def test_a_task_printed_across_a_table_without_rules_between_its_rows_is_the_task_of_the_rows_under_it():
    """blind25's Тюменская prints each task as a line across the columns after the industry's, over its numbered
    projects, in tables that rule no row: the line was cut into the columns' cells and read as a row of its own
    or as part of the row above (links' task 0, 0.34 in all). A line of one text running over two column borders
    or more is a row printed across, as a merged cell is in a ruled table; the rows under it take it."""
    doc = _blind_doc("tyumen", "pdf", "blind25")
    gold = {(_fold_words(row["task"]), _fold_words(row["project"]))
            for group in _gold("tyumen", "blind25")["s5"]["groups"] for row in group["rows"]}
    assert len(gold & {(_fold_words(link.task), _fold_words(link.project)) for link in doc.links}) >= 0.75 * len(gold)


def test_an_industry_title_printed_over_a_row_without_a_rule_under_it_opens_the_industry():
    """blind25's Тюменская prints «3. Развитие городской среды» centred on the first line of its first project's
    ruled row, no rule between them, so it stood inside that project's «Выполненные работы» cell, and every project
    after kept «Здравоохранение» (projects' industry 0.35). A row whose first line is an industry's title alone
    holds the title's row and the rows under it, and is cut as a body without rules between its rows is."""
    doc = _blind_doc("tyumen", "pdf", "blind25")
    assert [p.industry for p in doc.projects] == \
        [group["industry"] for group in _gold("tyumen", "blind25")["s6"]["groups"] for _ in group["rows"]]


def test_a_card_with_a_column_of_notes_keeps_the_notes_apart_as_extra_cells_of_their_field():
    """blind27's Тюменская prints its card «Параметр | Значение параметра | Примечание к параметру», the notes
    filled on most rows: a row of two values each was no card (card 0), and the PDF's continued rows, whose field
    cell is empty, lost their value to the field column. The column a header names as notes is no part of a
    value; its cells are kept in extra_cells (section 2, «field N»), as the generator printed them."""
    notes = tomllib.loads((FIXTURES.parent / "variants" / "blind27_rewordings.toml").read_text("utf-8"))
    printed = notes["tyumen"]["card"]["notes"]
    for suffix in ("pdf", "docx"):
        doc = _blind_doc("tyumen", suffix, "blind27")
        assert [(f.field, _fold_words(f.value)) for f in doc.card] == \
            [(row["field"], _fold_words(row["value"])) for row in _gold("tyumen", "blind27")["s2_card"]["rows"]]
        kept = {(e.row_ref, e.header, e.text) for e in doc.extra if e.section == "2"}
        assert kept == {(f"field {k + 1}", "Примечание к параметру", note) for k, note in enumerate(printed) if note}


KINDS = {"problems": "problem", "challenges": "challenge", "risks": "risk"}


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_an_industrys_lists_printed_as_a_table_of_three_columns_are_its_problems_challenges_and_risks(suffix):
    """blind28's LNR prints each industry of section 4 as a table «Барьеры, сдерживающие развитие бизнеса |
    Запросы предпринимателей отрасли | Риски для субъектов МСП», each cell a numbered list going on over the page:
    only text was read for lists, and no problem, challenge or risk was stored. A table of lists is read column by
    column, each header the lead-in over its items (a marked line at the cell's left edge opens one)."""
    doc = _blind_doc("lnr", suffix, "blind28")
    read = [(item.section, item.kind, _fold_words(item.text)) for item in doc.list_items if item.kind in KINDS.values()]
    assert read == [(industry["number"], KINDS[block["kind"]], _fold_words(text))
                    for industry in _gold("lnr", "blind28")["s4"]["industries"] for block in industry["blocks"]
                    for text in block["items"]]


def test_a_unit_merged_over_a_projects_indicators_is_each_ones_unit():
    """blind28's Ставропольский prints «%» once in a unit cell merged over the indicators of a project that share
    it: only the first indicator had a unit (units 0.54). A cell merged over a sub-row from one above is that
    sub-row's too (SubRow.over), and an indicator without a unit of its own takes the one merged over it."""
    doc = _blind_doc("stavropol", "docx", "blind28")
    assert [i.unit for i in doc.indicators] == [indicator["unit"] for group in _gold("stavropol", "blind28")["s7"]["groups"]
                                                for row in group["rows"] for indicator in row["indicators"]]


def test_a_header_naming_two_columns_split_by_a_slash_keys_a_cells_upper_and_lower_part():
    """blind28's Тюменская heads one column «Срок проведения / Источник финансирования», each cell the term over
    the financing, parted by a rule: the header was the term's, the column beside it («Объем и состав
    лесохозяйственных работ») took the financing, and description was lost (projects 0.64). Each part of a header
    split by a slash names its column; a cell's part under the rule (in a DOCX, its second paragraph on) is the
    second's."""
    gold = [(row["term"], _fold_words(row["financing"]), _fold_words(row["description"]))
            for group in _gold("tyumen", "blind28")["s6"]["groups"] for row in group["rows"]]
    doc = _blind_doc("tyumen", "docx", "blind28")
    assert [(p.term, _fold_words(p.financing), _fold_words(p.description)) for p in doc.projects] == gold
    doc = _blind_doc("tyumen", "pdf", "blind28")
    read = {(p.term, _fold_words(p.financing), _fold_words(p.description)) for p in doc.projects}
    assert len(read & set(gold)) >= 0.75 * len(gold)


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_tables_printed_as_appendices_after_section_8_belong_to_the_sections_that_refer_to_them(suffix):
    """blind29's LNR leaves sections 5-7 in the body as a heading and a line («Сведения по настоящему разделу
    приводятся в табличной форме в приложении 1 к …») and prints their tables after section 8 under «Приложение 1
    / к Территориальной схеме …»: appendix 3's title was taken for section 7's heading, sections 7 and 8 in the body
    were lost, and section 5's table read as section 6's (links 0, projects 0.13). The stream is cut before the
    first appendix a line above refers to; each appendix goes to the section that refers to it."""
    doc = _blind_doc("lnr", suffix, "blind29")
    gold = _gold("lnr", "blind29")
    assert [(_fold_words(link.task), _fold_words(link.project)) for link in doc.links] == \
        [(_fold_words(row["task"]), _fold_words(row["project"])) for group in gold["s5"]["groups"] for row in group["rows"]]
    assert ["".join(p.name.split()) for p in doc.projects] == \
        ["".join(row["name"].split()) for group in gold["s6"]["groups"] for row in group["rows"]]  # («карта ( )»)
    assert {s.number for s in doc.sections} >= {"5", "6", "7", "8", "8.1", "8.2"}


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_a_caption_naming_an_industry_in_guillemets_opens_it_for_the_table_under_it(suffix):
    """blind29's Khabarovsk prints sections 5-7 as one table per industry, each under «Таблица 6.3 – Мероприятия
    по газификации отрасли «Развитие городской среды»», with no industry row or column: no row had an industry
    (0 in all three tables). A caption naming exactly one known industry in guillemets opens it."""
    _assert_industries(_blind_doc("khabarovsk", suffix, "blind29"), _gold("khabarovsk", "blind29"), "projects")


def _assert_industries(doc, gold: dict, rows: str) -> None:
    """The industries of a document's `rows` (links or projects) and indicators are the gold's, row by row."""
    section = {"links": "s5", "projects": "s6"}[rows]
    assert [r.industry for r in getattr(doc, rows)] == [g["industry"] for g in gold[section]["groups"] for _ in g["rows"]]
    assert [i.industry for i in doc.indicators] == [g["industry"] for g in gold["s7"]["groups"] for row in g["rows"]
                                                    for _ in row["indicators"]]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_an_indicator_whose_values_print_their_unit_has_that_unit(suffix):
    """blind29's Stavropol has no unit column: every value cell prints its unit («95,5 %», «12 шт.»), and no
    indicator had a unit (units 0). An indicator whose value cells end in one known unit has it."""
    doc = _blind_doc("stavropol", suffix, "blind29")
    assert [i.unit for i in doc.indicators] == [indicator["unit"] for group in _gold("stavropol", "blind29")["s7"]["groups"]
                                                for row in group["rows"] for indicator in row["indicators"]]


def test_a_card_printed_as_numbered_label_lines_with_numbered_values():
    """blind24's LNR prints its card as «1. Наименование программы …: …», «2. …» lines, some values numbered lists
    of their own («1. Повышение благосостояния …»): no card was read (card 0). A numbered label opens a field only
    as the card's next number; a value's own numbered lines go on in it."""
    doc = _blind_doc("lnr")
    assert [(f.field, _fold_words(f.value)) for f in doc.card] == \
        [(row["field"], _fold_words(row["value"])) for row in _gold("lnr")["s2_card"]["rows"]]


def test_an_indicator_table_divided_into_two_parts_gives_each_indicator_its_years():
    """blind24's LNR divides its indicator table by columns (GOST 2.105): the project, body, name and unit, then
    on a new page the number and name printed again over «Задание на 2022 год» …: the second part was not read
    and no value stored (indicators 0.75). Each row of the second part goes on in the indicator of its name."""
    assert _values_by_indicator(_blind_doc("lnr")) == _gold_values("lnr")


def test_the_second_part_of_an_indicator_table_without_row_rules_is_cut_into_rows():
    """blind24's Тюменская prints the second part of its indicator table (PDF page 67 on) without rules between
    its rows: the part's header names no project, so its rows were not cut, and no value was read (indicators
    0.72). Its indicators named alike («Доля требований к интеграции с ЕГИССО …», three times) take its rows in
    their order."""
    assert _values_by_indicator(_blind_doc("tyumen", "pdf")) == _gold_values("tyumen")


def _values_by_indicator(doc) -> list[list[str]]:
    values = {(v.indicator_id, v.year): v.value_raw for v in doc.values}
    return [["".join(values[i.indicator_id, year].split()) for year in (2022, 2023, 2024)] for i in doc.indicators]


def _gold_values(region: str, set_name: str = "blind24") -> list[list[str]]:
    return [["".join(value.split()) for value in indicator["values"]]  # spaces aside: «1 543» is stored 1543
            for group in _gold(region, set_name)["s7"]["groups"] for row in group["rows"]
            for indicator in row["indicators"]]


def test_a_heading_word_of_two_words_is_learned_from_its_rising_numbers():
    """blind24's Хабаровский heads «Направление деятельности 1. Социальная обстановка …» … «8.», and its
    Ставропольский «Блок мероприятий 1. …»: a heading word was one word, and both were not_a_strategy."""
    for region in ("khabarovsk", "stavropol"):
        doc = _blind_doc(region)
        assert [s.number for s in doc.sections if "." not in s.number] == [str(n) for n in range(1, 9)], region


def test_a_boxed_heading_at_a_pages_foot_is_no_part_of_the_table_on_the_next_page():
    """blind25's LNR frames its headings in shaded boxes as wide as its tables; «Раздел 6. Содержание мероприятий
    программы занятости» stands at page 24's foot and its table opens page 25, and the table was joined to the box
    as the rest of a table the page break cut: section 6's heading was lost to an industry line, and projects and
    indicators read almost nothing (0.07 and 0)."""
    from ingest.pipeline import parse_document
    doc = parse_document(next((FIXTURES / "variants" / "blind25").glob("blind25-lnr-*.pdf")), "doc")[0]
    titles = {s.number: s.title for s in doc.sections}
    assert titles["6"] == "Содержание мероприятий программы занятости"
    assert titles["7"] == "Показатели результативности содействия занятости"
    assert len(doc.projects) == 25 and _values_by_indicator(doc) == _gold_values("lnr", "blind25")


def test_a_card_in_pairs_whose_header_prints_its_two_cells_twice():
    """blind25's LNR prints its card two fields to a row under «Позиция паспорта программы занятости | Что
    предусмотрено по позиции» twice: the header, worded as no card header is, was read as a field and every field
    after it scored as misplaced (card 0)."""
    doc = _blind25("lnr")
    assert [(f.field, _fold_words(f.value)) for f in doc.card] == \
        [(row["field"], _fold_words(row["value"])) for row in _gold("lnr", "blind25")["s2_card"]["rows"]]


def test_headers_asking_what_a_project_aims_at_and_how_it_is_organised():
    """blind25's LNR heads its projects' goal «На что направлено мероприятие» and description «Как организуется
    мероприятие»: with «мероприятие» the table's own word, both read as the name, and the name column as the goal
    (name and goal 0)."""
    gold = [row for group in _gold("lnr", "blind25")["s6"]["groups"] for row in group["rows"]]
    doc = _blind25("lnr")
    for key in ("name", "goal", "description"):
        assert [_fold_words(getattr(p, key)) for p in doc.projects] == [_fold_words(row[key]) for row in gold], key


def _blind25(region: str, suffix: str = "docx"):
    from ingest.pipeline import parse_document
    return parse_document(next((FIXTURES / "variants" / "blind25").glob(f"blind25-{region}-*.{suffix}")), "doc")[0]


def test_a_card_header_over_its_numbering_column_wrapped_onto_a_row_of_its_own():
    """blind25's Тюменская prints its card with no rules between rows under «Стр. / отчета | Наименование сведений |
    Содержание сведений по отчету», the header alone in the first grid and «отчета» wrapped onto the body's first
    row: the numbering column, judged on the header's grid alone, was none, and «Стр.» and «отчета» became fields
    (card 0). The numbering column is judged on all the card's rows, and a lower-case label with no value before
    any field is the header's rest."""
    doc = _blind25("tyumen", "pdf")
    assert [(f.field, _fold_words(f.value)) for f in doc.card] == \
        [(row["field"], _fold_words(row["value"])) for row in _gold("tyumen", "blind25")["s2_card"]["rows"]]


def test_a_numbered_value_list_in_a_card_of_unnumbered_labels_stays_in_its_value():
    """A review of the numbered card labels (blind24): in a card whose labels carry no numbers, a value's list
    «1. Повышение качества жизни: …» opened fields of its own. Only a card whose first field is numbered opens
    fields at its next numbers."""
    from parsers.records import labelled_card
    lines = [TextLine(1, Line(text, 70, 10 * k, 500, 10 * k + 9), False) for k, text in enumerate([
        "Наименование стратегии: Стратегия цифровой трансформации", "Цели стратегии:",
        "1. Повышение качества жизни: рост доступности услуг", "2. Развитие экономики: рост производительности",
        "Сроки реализации: 2022-2030 годы"])]
    card = labelled_card(lines, load_template(), "d", Dehyphenator.from_lines([]))
    assert [c.field for c in card] == ["Наименование стратегии", "Цели стратегии", "Сроки реализации"]
    assert card[1].value.startswith("1. Повышение качества жизни") and "2. Развитие экономики" in card[1].value


def test_a_card_with_an_empty_notes_column_is_still_a_card():
    """A review of the several-values rule (blind23): a card «Наименование поля | Значение | Примечание» whose notes
    are empty counted each row's two value cells as several values and was no card."""
    from parsers.tables import card_like
    from schemas.layout import Cell, Grid
    fields = ["Наименование стратегии", "Сроки реализации", "Ответственный исполнитель", "Бенефициары стратегии",
              "Ресурсы", "Эффекты"]
    cells = []
    for r, field in enumerate(["Наименование поля"] + fields):
        for c, text in enumerate([field, "Значение" if r == 0 else f"Значение {r}", "Примечание" if r == 0 else ""]):
            y = 20.0 * r
            cells.append(Cell(r, r + 1, c, c + 1, 100.0 * c, y, 100.0 * c + 100, y + 20,
                              [Line(text, 100.0 * c + 2, y + 2, 100.0 * c + 90, y + 12)] if text else []))
    grid = Grid(1, [0.0, 100.0, 200.0, 300.0], [20.0 * r for r in range(len(fields) + 2)], cells)
    assert card_like(Table([grid]), load_template())


def _letters(text: str | None) -> str:
    """Letters and digits only: a text layer may print a hyphen («видео-конференц-связи») or a dash the gold lacks."""
    return "".join(ch for ch in (text or "").lower() if ch.isalnum())


def test_a_card_printed_as_label_dash_value_paragraphs():
    """blind30's Tyumen prints its card as paragraphs «Сроки реализации программы доступности — Период 2022-2024
    годов», a spaced dash after each label where other cards print a colon: no card was read (card 0)."""
    doc = _blind_doc("tyumen", "pdf", "blind30")
    assert [(f.field, _fold_words(f.value)) for f in doc.card] == \
        [(row["field"], _fold_words(row["value"])) for row in _gold("tyumen", "blind30")["s2_card"]["rows"]]


def test_a_colon_card_keeps_a_spaced_dash_inside_its_values():
    """The dash card is the fallback: a card whose labels end in colons reads as before, though its values hold
    spaced dashes («Организации — Транспорт»)."""
    from parsers.records import labelled_card
    lines = [TextLine(1, Line(text, 70, 10 * k, 500, 10 * k + 9), False) for k, text in enumerate([
        "Наименование стратегии: Стратегия цифровой трансформации", "Бенефициары: Организации — Транспорт",
        "Сроки реализации: 2022-2030 годы", "Ресурсы — бюджет края"])]
    card = labelled_card(lines, load_template(), "d", Dehyphenator.from_lines([]))
    assert [c.field for c in card] == ["Наименование стратегии", "Бенефициары", "Сроки реализации"]
    assert card[1].value == "Организации — Транспорт" and card[2].value.endswith("Ресурсы — бюджет края")


def test_a_section_running_head_over_its_wrapped_heading_is_no_heading():
    """blind30's LNR opens each section on a new page under a running head naming it, the heading under it wrapped
    over two lines («… Паспорт адресной программы по» / «переселению граждан»): the head on the section's second
    page was taken for the heading, and the card's first page fell into section 1.3 (card 0)."""
    doc = _blind_doc("lnr", "pdf", "blind30")
    assert next(s.page_start for s in doc.sections if s.number == "2") == 6
    assert [(f.field, _fold_words(f.value)) for f in doc.card] == \
        [(row["field"], _fold_words(row["value"])) for row in _gold("lnr", "blind30")["s2_card"]["rows"]]


def test_list_items_set_with_a_hanging_indent_keep_their_wrapped_lines():
    """blind30's LNR sets its lists with a hanging indent: «— Несоответствие качества …» at the marker's x, the
    wrapped lines at the text's («организаций к сети …»), right of it; «10)» pushes its text further right still.
    Each wrapped line was taken for a paragraph of its own (lists 0.08-0.19)."""
    doc = _blind_doc("lnr", "pdf", "blind30")
    gold = _gold("lnr", "blind30")
    basis = [item for block in gold["s1"]["basis"]["lists"] for item in block["items"]]
    risks = [item for industry in gold["s4"]["industries"] for block in industry["blocks"] if block["kind"] == "risks"
             for item in block["items"]]
    assert [_fold_words(i.text) for i in doc.list_items if i.kind == "basis"] == [_fold_words(t) for t in basis]
    assert [_fold_words(i.text) for i in doc.list_items if i.kind == "risk"] == [_fold_words(t) for t in risks]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_indicators_under_numbered_project_rows_across_the_table(suffix):
    """blind30's Khabarovsk has no project column in section 7: each project is a row across the table, «2 |
    Цифровое портфолио ученика (рекомендовано ФОИВ)», over its indicators, and the years stand in the header:
    the header was no indicators' header (indicators 0). The project rows are the table's `title_rows`; their
    number is the indicators'."""
    doc = _blind_doc("khabarovsk", suffix, "blind30")
    gold = _gold("khabarovsk", "blind30")
    assert [(i.industry_no, i.row_no, _letters(i.project), _letters(i.name)) for i in doc.indicators] == [
        (int(g["number"]), int(row["no"]), _letters(row["project"]), _letters(ind["name"]))
        for g in gold["s7"]["groups"] for row in g["rows"] for ind in row["indicators"]]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_a_total_row_and_labels_over_an_industrys_rows_are_no_rows(suffix):
    """blind30's Stavropol groups each industry's projects under rows across the table, «Мероприятия,
    рекомендованные федеральными органами исполнительной власти» and «… инициированные органами власти края», and
    ends with «Итого по плану | Всего мероприятий плана — 44 …»: the labels were taken for industries and the
    total for a project (projects 0.87). In a table that numbers its industries, an unnumbered label naming no
    industry is none; a row opening «Итого» is totals, reported, not stored."""
    doc = _blind_doc("stavropol", suffix, "blind30")
    gold = _gold("stavropol", "blind30")
    assert [(p.industry, _letters(p.name)) for p in doc.projects] == [
        (g["industry"], _letters(row["name"])) for g in gold["s6"]["groups"] for row in g["rows"]]
    assert [(p.code, p.severity) for p in doc.problems if "Итого" in p.message] == [("total_row", "info")]


def test_a_lead_in_without_a_colon_between_two_numbered_lists():
    """blind31's Tyumen prints each industry's lists under lead-ins without colons, «Пробелы в финансовых знаниях»
    over «1. …», «6. …», then «Потребности целевых групп» over «1. …»: the second lead-in read as the end of item 6,
    one list of 13 items under a lead-in naming no kind went unstored (lists 0). A line between an item and a list
    numbered from 1 again is a lead-in."""
    doc = _blind_doc("tyumen", "pdf", "blind31")
    gold = _gold("tyumen", "blind31")
    for kind, name in (("problem", "problems"), ("challenge", "challenges"), ("risk", "risks")):
        assert [_letters(i.text) for i in doc.list_items if i.kind == kind] == [
            _letters(item) for industry in gold["s4"]["industries"] for block in industry["blocks"]
            if block["kind"] == name for item in block["items"]]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_a_table_per_project_under_its_numbered_title_and_responsible_body_line(suffix):
    """blind31's Stavropol prints section 7 as one table per project under «1.1. Библиотека цифрового
    образовательного контента (рекомендовано ФОИВ)» and «Ответственный исполнитель антикоррупционного
    мероприятия: Министерство образования …» (the line wrapped, «… Ставропольского» / «края»): no indicator had
    a project or a body (0, 0). The lines between tables are read as rows across the table would be; a table under
    a title of its own is no rest of the last one's row."""
    doc = _blind_doc("stavropol", suffix, "blind31")
    gold = _gold("stavropol", "blind31")
    assert [(_letters(i.project), _letters(i.responsible_body)) for i in doc.indicators] == [
        (_letters(row["project"]), _letters(row["roiv"])) for g in gold["s7"]["groups"] for row in g["rows"]
        for _ in row["indicators"]]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_tasks_printed_as_paragraphs_over_their_own_tables_of_projects(suffix):
    """blind31's LNR has no task column in section 5: «Задача 1. Повышение качества образования …» over a table of
    its projects, and a task may hold a numbered list («Задача 1. 1. Формирование … / 2. Переход …»), whose lines
    were taken for industries (links 0.77). A numbered title over a table is its rows' task; the lines under it
    go on the title."""
    doc = _blind_doc("lnr", suffix, "blind31")
    gold = _gold("lnr", "blind31")
    assert [(link.industry, _letters(link.task), _letters(link.project)) for link in doc.links] == [
        (g["industry"], _letters(row["task"]), _letters(row["project"])) for g in gold["s5"]["groups"]
        for row in g["rows"]]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_an_approving_decree_before_the_title_page_and_tables_continued_under_captions(suffix):
    """blind31's Khabarovsk opens with the approving «РАСПОРЯЖЕНИЕ» (its own date under the word, then «В целях
    реализации Указа … от 21 июля 2020 г. № 474»), and prints «Продолжение таблицы 3» over each next piece of a
    table: the Указ was taken for the approving act, and each piece read as a table of its own, too short for its
    reworded columns to be guessed (description and technologies 0). The act the stamp «УТВЕРЖДЕНА …» names is the
    approving one; pieces under a continuation line are one table."""
    doc = _blind_doc("khabarovsk", suffix, "blind31")
    assert (doc.approved_on, doc.approval_number) == ("2022-09-21", "1255-рп")
    gold = _gold("khabarovsk", "blind31")
    rows = [row for g in gold["s6"]["groups"] for row in g["rows"]]
    assert [(_letters(p.description), _letters(p.technologies)) for p in doc.projects] == [
        (_letters(row["description"]), _letters(row["technologies"])) for row in rows]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_an_industry_named_by_a_banner_over_its_table(suffix):
    """blind32's LNR prints each industry's tables under a shaded one-row banner, «Направление капремонта 3: Развитие
    городской среды»: no row had an industry (0 in sections 5-7). A line naming a known industry after its label's
    colon opens it."""
    _assert_industries(_blind_doc("lnr", suffix, "blind32"), _gold("lnr", "blind32"), "links")


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_industry_rows_numbered_with_the_sections_levels(suffix):
    """blind32's Khabarovsk numbers rows with the section's levels: industries «5.1 | Образование и наука», projects
    «5.1.1»: the industry rows were read as links and projects of no industry (industries 0). A known industry under
    a levelled number is that industry, numbered by its last level; «1.1. Библиотека …» names none."""
    from parsers.tables import industry_of
    assert industry_of("5.2. Здравоохранение") == (2, "Здравоохранение")
    assert industry_of("1.1. Библиотека цифрового образовательного контента") is None
    doc = _blind_doc("khabarovsk", suffix, "blind32")
    gold = _gold("khabarovsk", "blind32")
    assert [(link.industry_no, link.industry) for link in doc.links] == [
        (int(g["number"].split(".")[-1]), g["industry"]) for g in gold["s5"]["groups"] for _ in g["rows"]]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_a_table_of_fields_per_project_under_its_numbered_heading(suffix):
    """blind32's Tyumen prints section 6 as one «Реквизит мероприятия | Сведения о мероприятии по охране труда»
    table per project, under a heading «1.1. Цифровое портфолио ученика»: the tables were taken for strategy cards,
    so «Подраздел 6 … Сведения о мероприятиях …» was no heading and section 6 was lost (projects 0). A two-column
    table of fields may be one record of a table printed down the page; its head row, printed atop every table, is
    no field; the numbered heading over it names the project, or names none when only its number is printed
    («5.9.»)."""
    doc = _blind_doc("tyumen", suffix, "blind32")
    gold = _gold("tyumen", "blind32")
    rows = [row for group in gold["s6"]["groups"] for row in group["rows"]]
    assert [(_letters(p.name), _letters(p.goal), _letters(p.term), _letters(p.region_role)) for p in doc.projects] == [
        (_letters(row["name"]), _letters(row["goal"]), _letters(row["term"]), _letters(row["region_role"]))
        for row in rows]


def test_the_head_row_two_column_tables_repeat_is_found_by_its_repetition():
    """The row heading two columns of fields («Реквизит | Сведения») is the one printed atop two or more of the
    tables' pieces; a field opens one record only. A lone number («6.6.») titles no subsection: it is the number of
    a title left blank."""
    from parsers.sections import SUBSECTION_HEADING
    from parsers.tables import TITLE_LINE, two_column_head

    def table(*rows: tuple[str, str], page: int = 1) -> Table:
        cells = [Cell(r, r + 1, c, c + 1, 100 * c, 20 * r, 100 * c + 100, 20 * r + 20, [Line(text, 100 * c, 20 * r,
                                                                                               100 * c + 90, 20 * r + 12)])
                 for r, row in enumerate(rows) for c, text in enumerate(row)]
        return Table([Grid(page, [0, 100, 200], [20 * r for r in range(len(rows) + 1)], cells)])

    head = ("Реквизит", "Сведения")
    first = table(head, ("Цель", "Обеспечение доступа"), ("Срок", "до 2030 года"))
    second = table(head, ("Цель", "Создание сервиса"), ("Срок", "до 2024 года"), page=2)
    assert two_column_head([first, second]) == head
    assert two_column_head([first]) is None
    assert two_column_head([table(("Цель", "А"), ("Срок", "2024")), table(("Цель", "Б"), ("Срок", "2030"))]) is None
    numbered = [table(("№ п/п", "1"), ("Цель", "А")), table(("№ п/п", "2"), ("Цель", "Б")),
                table(("№ п/п", "1"), ("Цель", "В"), page=2)]  # each industry's first record atop its table
    assert two_column_head(numbered) is None
    assert SUBSECTION_HEADING.match("6.6.") is None and SUBSECTION_HEADING.match("6.6. Интеграция")
    assert TITLE_LINE.match("5.9.")["number"] == "5.9" and TITLE_LINE.match("5.9.")["text"] is None


def test_lead_ins_printed_alike_under_every_industry_open_their_lists():
    """blind32's Tyumen heads each industry's lists «Недостатки в организации охраны труда», «Потребности работодателей
    и работников», «Угрозы жизни и здоровью работников», with no colon and dash items: a lead-in under an item whose
    last line ended without room for it to spare ran on in that item, and the lists after it were unclassified (lists
    0). A lead-in after an item whose last line ended early is set apart, and a line two or more industries print over
    a list is a lead-in wherever it stands."""
    doc = _blind_doc("tyumen", "pdf", "blind32")
    gold = _gold("tyumen", "blind32")
    assert [(item.section, item.kind, _letters(item.text)) for item in doc.list_items if item.section.startswith("4.")] \
        == [(industry["number"], block["kind"].rstrip("s"), _letters(text)) for industry in gold["s4"]["industries"]
            for block in industry["blocks"] for text in block["items"]]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_a_responsible_body_merged_over_several_projects_indicators(suffix):
    """blind32's Stavropol merges one responsible body's cell over the indicators of the consecutive projects it
    shares: the projects under it were read as one, their indicators under the first (indicators 0.83). Section 7's
    rows split where a project's cell starts, as section 5's do where a task's does; each takes the merged body."""
    doc = _blind_doc("stavropol", suffix, "blind32")
    gold = _gold("stavropol", "blind32")
    assert [(_letters(i.project), _letters(i.responsible_body), _letters(i.name)) for i in doc.indicators] == [
        (_letters(row["project"]), _letters(row["roiv"]), _letters(indicator["name"]))
        for group in gold["s7"]["groups"] for row in group["rows"] for indicator in row["indicators"]]


def test_a_justified_subsection_heading_that_wraps_opens_its_subsection():
    """blind33's LNR: subsection 1.2's justified first line read as a table's row; its technologies were lost."""
    doc = _blind_doc("lnr", "pdf", "blind33")
    gold = _gold("lnr", "blind33")
    assert [_letters(item.text) for item in doc.list_items if item.kind == "technology"] == [
        _letters(text) for block in gold["s1"]["technologies"]["lists"] for text in block["items"]]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_a_column_naming_the_project_and_its_goal_holds_both(suffix):
    """blind33's LNR heads one column «Мероприятие национальной политики и его цель»: each cell prints the project's
    name over an italic «Цель мероприятия по нацполитике: …». With no goal column the table was no projects table and
    section 6 was lost (projects 0). A header «X и его Y» names two columns stacked in one, as «X / Y» does; the
    lower part opens at its label, which is none of its text, and goes on past a page break however its rest opens.
    Khabarovsk's «Сроки геологоразведочных и иных работ» names one column: no possessive points back."""
    doc = _blind_doc("lnr", suffix, "blind33")
    gold = _gold("lnr", "blind33")
    rows = [row for group in gold["s6"]["groups"] for row in group["rows"]]
    assert [(_letters(p.name), _letters(p.goal), _letters(p.term)) for p in doc.projects] == [
        (_letters(row["name"]), _letters(row["goal"]), _letters(row["term"])) for row in rows]
    khabarovsk = _blind_doc("khabarovsk", suffix, "blind33")
    described = [row for group in _gold("khabarovsk", "blind33")["s6"]["groups"] for row in group["rows"]]
    assert [(_letters(p.term), _letters(p.description)) for p in khabarovsk.projects] == [
        (_letters(row["term"]), _letters(row["description"])) for row in described]


def test_a_bold_run_in_subsection_heading_in_a_docx_paragraph_opens_its_subsection():
    """blind33's Khabarovsk runs its subsection headings into their first paragraph, bold: «1.1. Законодательство о
    недрах … значения. Основаниями разработки …». In the DOCX the whole paragraph was one line, too long for a
    heading: subsections 1.1-8.2 and every list under them were lost (basis, tasks, financing 0). A paragraph that
    opens with bold runs numbered «N.M.» and goes on in plain ones is the heading, then its text."""
    doc = _blind_doc("khabarovsk", "docx", "blind33")
    gold = _gold("khabarovsk", "blind33")
    assert [s.number for s in doc.sections if s.number.startswith("1.")] == ["1.1", "1.2", "1.3"]
    assert [_letters(s.title) for s in doc.sections if s.number == "1.1"] == [_letters(gold["s1"]["basis"]["title"])]
    assert [_letters(item.text) for item in doc.list_items if item.kind == "basis"] == [
        _letters(text) for block in gold["s1"]["basis"]["lists"] for text in block["items"]]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_industry_codes_are_read_by_the_legend_over_their_table(suffix):
    """blind34's Tyumen prints «01», «02» … in the industry column of sections 5-7, each table under a legend «Код
    сферы инициатив | Наименование сферы …» pairing the codes with industries: the legend was read as rows of the
    section (table_without_header) and the codes as no industry (industries 0.15-0.18). A two-column table pairing
    short codes with known industries is a legend; an industry cell printing a code names the industry it gives."""
    from parsers.tables import industry_legend
    doc = _blind_doc("tyumen", suffix, "blind34")
    _assert_industries(doc, _gold("tyumen", "blind34"), "links")
    _assert_industries(doc, _gold("tyumen", "blind34"), "projects")

    def two_columns(*rows: tuple[str, str]) -> Table:
        cells = [Cell(r, r + 1, c, c + 1, 100 * c, 20 * r, 100 * c + 100, 20 * r + 20,
                      [Line(text, 100 * c, 20 * r, 100 * c + 90, 20 * r + 12)])
                 for r, row in enumerate(rows) for c, text in enumerate(row)]
        return Table([Grid(1, [0, 100, 200], [20 * r for r in range(len(rows) + 1)], cells)])

    assert industry_legend(two_columns(("Код", "Сфера"), ("01", "Здравоохранение"), ("02", "Транспорт и логистика"))) \
        == {"01": "Здравоохранение", "02": "Транспорт и логистика"}
    assert industry_legend(two_columns(("01", "Здравоохранение"), ("02", "Обеспечение доступа к услугам"))) is None
    assert industry_legend(two_columns(("Срок", "до 2030 года"), ("Цель", "Здравоохранение"))) is None


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_a_card_under_a_question_header_with_group_rows_across_it(suffix):
    """blind34's Tyumen heads its card «Позиция паспорта программы инициатив | Что предусматривает программа для
    жителей области» (a question, too long for a value column's header as such headers go), and Stavropol's prints
    shaded rows across it, «I. Общие сведения об охотхозяйственной программе»: both were read as fields, every later
    field one place off (card 0). A question over the values is a header; one cell across the card titles a group."""
    for region in ("tyumen", "stavropol"):
        doc = _blind_doc(region, suffix, "blind34")
        assert [(_letters(f.field), _letters(f.value)) for f in doc.card] == [
            (_letters(row["field"]), _letters(row["value"])) for row in _gold(region, "blind34")["s2_card"]["rows"]]


def test_a_project_cell_cut_by_a_page_break_goes_on_beside_the_next_indicators():
    """blind34's Stavropol: «Создание единого цифрового контура … в сфере» at a page's foot went on «здравоохранения
    (ЕГИСЗ) (рекомендовано ФОИВ)» at the next page's top, beside more indicators: the first part kept one indicator
    and the rest named the others (projects 0.84). The rest of a naming cell, opening in lower case where that cell
    ran to the foot, goes on the row above."""
    doc = _blind_doc("stavropol", "pdf", "blind34")
    gold = _gold("stavropol", "blind34")
    assert [_letters(i.project) for i in doc.indicators] == [
        _letters(row["project"]) for group in gold["s7"]["groups"] for row in group["rows"] for _ in row["indicators"]]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_headings_set_in_a_margin_column(suffix):
    """blind35's LNR sets every heading as a borderless two-column table: «Раздел 1 программы БЮП.» or «1.1.» in a
    left column, the title beside it. The DOCX read tables, not headings (not_a_strategy); the PDF's subsection lines
    stood apart after their number, as a table's row does, and subsections and their lists were lost (lists 0). A
    one-row table of a heading's number beside a line or so is that heading; a subsection's number may stand apart
    from a title that is one phrase."""
    doc = _blind_doc("lnr", suffix, "blind35")
    gold = _gold("lnr", "blind35")
    assert [s.number for s in doc.sections if s.number.startswith(("1", "3", "8"))] == [
        "1", "1.1", "1.2", "1.3", "3", "3.1", "3.2", "8", "8.1", "8.2"]
    assert [_letters(item.text) for item in doc.list_items if item.kind == "basis"] == [
        _letters(text) for block in gold["s1"]["basis"]["lists"] for text in block["items"]]


def test_a_heading_number_beside_its_title_in_a_one_row_table_is_a_heading_line():
    """The margin column's number and the title beside it make one line; a table of one row holding data is left."""
    from parsers.stream import unboxed

    def one_row(*texts: str) -> Table:
        cells = [Cell(0, 1, c, c + 1, 100 * c, 0, 100 * c + 100, 20, [Line(text, 100 * c, 0, 100 * c + 90, 12)])
                 for c, text in enumerate(texts)]
        return Table([Grid(None, [100 * c for c in range(len(texts) + 1)], [0, 20], cells, "table 3")])

    lines = unboxed([one_row("1.1.", "Законодательные основы оказания помощи")])
    assert [b.text for b in lines] == ["1.1. Законодательные основы оказания помощи"]
    lines = unboxed([one_row("Раздел 1 программы БЮП.", "Доступность юридической помощи")])
    assert [b.text for b in lines] == ["Раздел 1 программы БЮП. Доступность юридической помощи"]
    data = one_row("Срок реализации", "до 2030 года")
    assert unboxed([data]) == [data]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_a_header_asking_what_it_gives(suffix):
    """blind35 heads a column «Что дает мероприятие коренным жителям» (Tyumen's section 5, the benefits) and «Что
    дает мероприятие авиасообщению» (Khabarovsk's section 6, the goal): the word «мероприятие» took the project's
    column, section 5 was read as section 6's and lost (links 0), and section 6's names and goals swapped (0.72).
    «Что дает» asks for the benefits in section 5 and the goal in section 6, as «что даст» did."""
    doc = _blind_doc("tyumen", suffix, "blind35")
    links = [row for group in _gold("tyumen", "blind35")["s5"]["groups"] for row in group["rows"]]
    assert [(_letters(link.project), _letters(link.benefits)) for link in doc.links] == [
        (_letters(row["project"]), _letters(row["benefits"])) for row in links]
    doc = _blind_doc("khabarovsk", suffix, "blind35")
    rows = [row for group in _gold("khabarovsk", "blind35")["s6"]["groups"] for row in group["rows"]]
    assert [(_letters(p.name), _letters(p.goal)) for p in doc.projects] == [
        (_letters(row["name"]), _letters(row["goal"])) for row in rows]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_a_card_headed_by_a_cell_naming_the_values_beside_a_question(suffix):
    """blind35's Tyumen heads its card «Сведение о программе поддержки КМНС | Что предусмотрено для коренных народов»:
    the first cell reads as the value column's header, so the row was a field (card 0). A cell naming no field beside
    a question is the header, whatever the first cell leans to."""
    doc = _blind_doc("tyumen", suffix, "blind35")
    assert [(_letters(f.field), _letters(f.value)) for f in doc.card] == [
        (_letters(row["field"]), _letters(row["value"])) for row in _gold("tyumen", "blind35")["s2_card"]["rows"]]


def test_a_subsection_title_that_wraps_takes_its_next_line_a_run_in_heading_does_not():
    """blind35's Stavropol wraps «8.1. Министерство сельского хозяйства края, винодельческие предприятия,» onto
    «питомники, научные организации и союз виноградарей»: the title kept its first line and the rest opened the
    text. A title that wraps takes its next line; a line that ends a sentence and goes on (blind33 Khabarovsk's run-in
    «… на пользование» / «недрами. В ходе реализации …») is the text."""
    doc = _blind_doc("stavropol", "pdf", "blind35")
    gold = _gold("stavropol", "blind35")
    assert [_letters(s.title) for s in doc.sections if s.number in ("8.1", "8.2")] == [
        _letters(gold["s8"]["participants"]["title"]), _letters(gold["s8"]["financing"]["title"])]
    run_in = _blind_doc("khabarovsk", "pdf", "blind33")
    title = next(s.title for s in run_in.sections if s.number == "1.2")
    assert "В ходе" not in title and _letters(_gold("khabarovsk", "blind33")["s1"]["technologies"]["title"]).startswith(
        _letters(title))
