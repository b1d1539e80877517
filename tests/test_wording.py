"""Regions word the template their own way: sections, columns and card fields are found by meaning and structure.

The wordings here are the tuning half of tests/variants/rewordings.toml (or the
template's own); the held-out half is only ever read by the golden tests on
the variants rendered from it.
"""
from __future__ import annotations

from importlib.resources import files

import pytest

from parsers.grid import read_page_content
from parsers.meaning import asked, has_predicate, words_of
from parsers.records import card_keys, extract, read_card, read_tables, record_extras
from parsers.sections import Outline, Section, split_sections
from parsers.tables import TableReader
from parsers.template import load_template, template_from_toml
from parsers.text import Dehyphenator
from schemas.layout import Line, Table, TextLine
from test_sections import stream_of
from test_table_layouts import ruled_page, word

TEMPLATE = load_template()
BODY = ["Текст раздела, который следует за заголовком."]


@pytest.mark.parametrize("section, printed, key", [
    ("5", "Наименование мероприятия (проекта)", "project"),
    ("5", "Проекты, направленные на решение задачи", "project"),
    ("5", "Ожидаемый эффект для бенефициара", "benefits"),
    ("5", "Наименование задачи", "task"),
    ("6", "Цель реализации проекта", "goal"),
    ("6", "Цель", "goal"),
    ("6", "Период реализации", "term"),
    ("6", "Источники финансирования", "financing"),
    ("7", "Ответственный ИОГВ", "responsible_body"),
    ("7", "Ответственный ОИВ края", "responsible_body"),  # blind5: an abbreviation is the head noun
    ("7", "ОИВ, ответственный за показатель", "responsible_body"),
    ("7", "Наименование целевого показателя", "name"),
    ("7", "Целевые значения по годам", "values"),
])
def test_reworded_headers_mean_their_column(section, printed, key):
    assert TEMPLATE.table_for_section(section).columns.best(printed, TEMPLATE.thresholds.column_header)[0] == key


@pytest.mark.parametrize("printed", ["Благополучател\nи", "Бенефи\nциары"])
def test_a_header_word_broken_without_a_hyphen_is_read_whole(printed):
    """A narrow column breaks a long word where it must, without a hyphen; the pieces mean nothing alone."""
    assert TEMPLATE.table_for_section("5").columns.best(printed)[0] == "beneficiary"


def test_head_noun_is_the_first_noun_past_naimenovanie():
    assert words_of("Наименование целевого показателя").head == "показатель"
    assert words_of("Проекты, направленные на решение задачи").head == "проект"


@pytest.mark.parametrize("printed", ["Примечание", "Код бюджетной классификации", "Образование и наука", "2024"])
def test_unrelated_texts_mean_no_column(printed):
    assert TEMPLATE.table_for_section("6").columns.best(printed, TEMPLATE.thresholds.column_header) is None


def test_card_fields_get_stable_keys_in_one_assignment():
    printed = ["Наименование документа", "Сроки и этапы реализации", "Стратегические направления",
               "Основные мероприятия", "Ответственный за реализацию", "Ожидаемые результаты",
               "Получатели результатов (бенефициары)", "Финансовое обеспечение", "Долгосрочные эффекты",
               "Вклад в достижение национальных целей", "Примечание"]
    assert card_keys(printed, TEMPLATE) == ["name", "period", "direction", "what", "who", "results",
                                             "beneficiaries", "resources", "effects", "national_goals", None]


def test_card_fields_no_phrase_names_take_the_keys_the_card_lacks_in_the_templates_order():
    printed = ["Наименование стратегии", "Срок реализации", "Замысел", "Идея", "Кто делает", "Ожидаемые результаты",
               "Кто выигрывает", "Ресурсы", "Эффекты", "Национальные цели", "Примечание"]
    assert card_keys(printed, TEMPLATE) == ["name", "period", "direction", "what", "who", "results",
                                             "beneficiaries", "resources", "effects", "national_goals", None]


def test_card_fields_keyless_names_keep_no_key_when_the_order_does_not_say_which():
    """Two keyless fields where the card lacks one key: which of them is it? Neither is guessed."""
    printed = ["Наименование стратегии", "Срок реализации", "Замысел", "Идея", "Охват", "Кто делает"]
    assert card_keys(printed, TEMPLATE)[2:5] == [None, None, None]


@pytest.mark.parametrize("printed", ["Выгодоприобретатели", "Кто получает выгоду"])
def test_card_beneficiaries_synonyms(printed):
    assert card_keys(["Наименование", printed], TEMPLATE)[1] == "beneficiaries"


# ---------------------------------------------------------------- sections

@pytest.mark.parametrize("heading", [
    "V. Задачи отраслей и проекты цифровой трансформации",
    "Глава 5. Связь задач цифровой трансформации с проектами",
    "РАЗДЕЛ 5. ВЗАИМОСВЯЗЬ ЗАДАЧ И ПРОЕКТОВ",
    "5) Взаимосвязь задач и проектов",
])
def test_numbering_styles_and_rewordings(heading):
    outline = split_sections(stream_of(["4. Проблемы и вызовы цифровой трансформации", *BODY, heading, *BODY]),
                             TEMPLATE)
    assert [s.number for s in outline.sections] == ["4", "5"]


def test_title_on_the_line_after_the_number():
    outline = split_sections(stream_of(["Глава 7", "Целевые показатели", *BODY]), TEMPLATE)
    assert [(s.number, s.title) for s in outline.sections] == [("7", "Целевые показатели")]


def test_a_numbered_list_item_is_not_a_section():
    lines = ["1. Общие положения и основания разработки стратегии", *BODY,
             "2. Указ Президента Российской Федерации от 21 июля 2020 г. № 474", *BODY,
             "2. Паспорт стратегии", *BODY]
    outline = split_sections(stream_of(lines), TEMPLATE)
    assert [(s.number, s.title) for s in outline.sections] == [("1", "Общие положения и основания разработки "
                                                                 "стратегии"), ("2", "Паспорт стратегии")]


def test_industry_headings_inside_the_table_sections_are_not_sections():
    lines = ["5. Взаимосвязь задач и проектов", "1. Образование и наука", *BODY, "6. Социальная сфера", *BODY,
             "6. Проекты цифровой трансформации", "1. Образование и наука", *BODY]
    outline = split_sections(stream_of(lines), TEMPLATE)
    assert [s.number for s in outline.sections] == ["5", "6"]
    assert outline.get("6").page_start == 1 and outline.get("6").lines[0].text == "1. Образование и наука"
    assert "Социальная сфера" in " ".join(ln.text for ln in outline.get("5").lines)


def test_table_of_contents_in_another_numbering_style_is_skipped():
    toc = ["СОДЕРЖАНИЕ", "I. Общая характеристика стратегии", "II. Паспорт стратегии"]
    body = ["I. Общая характеристика стратегии", *BODY, "II. Паспорт стратегии", *BODY]
    outline = split_sections(stream_of(toc + body), TEMPLATE)
    assert [s.number for s in outline.sections] == ["1", "2"]
    assert [b.text for b in outline.front] == toc


XS7 = [50, 80, 200, 300, 420, 470, 510, 550]  # №, project, body, indicator, unit, 2024, 2025


def _indicator_table(header: list[str], first_row: list[str], number: int = 1) -> Table:
    words = [word(text, x + 2, 105) for text, x in zip(header, XS7)]
    words += [word(text, x + 2, 125) for text, x in zip(first_row, XS7) if text]
    content = read_page_content(ruled_page(XS7, [(100, 120, [(50, 550)]), (120, 140, [(50, 550)])], words, number))
    return Table(content.grids)


def test_a_weak_title_is_kept_when_its_number_order_and_table_agree():
    """"7. Мониторинг" says little, but a table with year columns follows: it is section 7."""
    table = _indicator_table(["№", "Проект", "Исполнитель", "Показатель", "Ед.", "2024", "2025"],
                             ["1", "Проект А", "Министерство", "Доля", "%", "10", "20"])
    stream = [*stream_of(["6. Проекты цифровой трансформации", *BODY, "7. Мониторинг"]), table]
    outline = split_sections(stream, TEMPLATE)
    assert [s.number for s in outline.sections] == ["6", "7"]
    assert outline.get("7").tables == [table]


def test_a_table_of_another_section_speaks_against_a_heading():
    """A list item numbered 7 with a weak title, above section 6's own table, is not section 7."""
    table = _indicator_table(["№", "Проект", "Исполнитель", "Показатель", "Ед.", "2024", "2025"],
                             ["1", "Проект А", "Министерство", "Доля", "%", "10", "20"])
    projects = Table(read_page_content(ruled_page(
        [50, 80, 250, 400, 560], [(100, 120, [(50, 560)]), (120, 140, [(50, 560)])],
        [word("№", 52, 105), word("Наименование проекта", 82, 105), word("Цель проекта", 252, 105),
         word("Срок реализации", 402, 105), word("1", 52, 125), word("Проект", 82, 125),
         word("Цель", 252, 125), word("2024", 402, 125)])).grids)
    stream = [*stream_of(["6. Проекты", *BODY, "7. Перечень работ"]), projects, *stream_of(["7. Целевые показатели"]),
              table]
    outline = split_sections(stream, TEMPLATE)
    assert [(s.number, s.title) for s in outline.sections] == [("6", "Проекты"), ("7", "Целевые показатели")]


# ---------------------------------------------------------------- columns

def test_reworded_reordered_header_with_an_unknown_column():
    table = _indicator_table(["N п/п", "Наименование проекта (мероприятия)", "Ответственный исполнитель",
                              "Целевой показатель", "Ед. изм.", "2024", "2025"],
                             ["1", "Проект А", "Министерство цифрового развития", "Доля услуг", "%", "10", "20"])
    record = _only_record("7", table)
    assert record.lines("responsible_body") == ["Министерство цифрового развития"]
    assert record.lines("name") == ["Доля услуг"] and record.lines("unit") == ["%"]
    assert record.lines("year:2025") == ["20"]


def test_an_unknown_column_is_kept_as_extra():
    xs = [50, 70, 200, 330, 430, 560]
    header = [word("№", 52, 105), word("Наименование проекта", 72, 105), word("Цель", 202, 105),
              word("Срок реализации", 332, 105), word("Примечание", 432, 105)]
    data = [word("1", 52, 125), word("Проект", 72, 125), word("Цель проекта А", 202, 125),
            word("2022-2024", 332, 125), word("Пилот", 432, 125)]
    grids = read_page_content(ruled_page(xs, [(100, 120, [(50, 560)]), (120, 140, [(50, 560)])], header + data)).grids
    reader = TableReader(TEMPLATE.table_for_section("6"))
    reader.read(Table(grids))
    (record,) = reader.records
    assert record.lines("goal") == ["Цель проекта А"] and record.lines("term") == ["2022-2024"]
    assert record.lines("extra:Примечание") == ["Пилот"]
    assert not reader.problems


def test_content_tells_a_column_its_header_does_not():
    """A term column headed "Временные рамки" (no phrase of the template says it) is known by its cells."""
    xs = [50, 70, 200, 330, 430]
    header = [word("№", 52, 105), word("Проект", 72, 105), word("Цель проекта", 202, 105),
              word("Временные рамки", 332, 105)]
    data = [word("1", 52, 125), word("Проект А", 72, 125), word("Цель А", 202, 125), word("2022-2024", 332, 125),
            word("2", 52, 145), word("Проект Б", 72, 145), word("Цель Б", 202, 145), word("До 2030 года", 332, 145)]
    grids = read_page_content(ruled_page(xs, [(100, 120, [(50, 430)]), (120, 140, [(50, 430)]),
                                              (140, 160, [(50, 430)])], header + data)).grids
    reader = TableReader(TEMPLATE.table_for_section("6"))
    reader.read(Table(grids))
    assert [r.lines("term") for r in reader.records] == [["2022-2024"], ["До 2030 года"]]


def test_a_table_of_another_kind_is_not_read_as_this_ones_rows():
    """Section 7's pages missing: its table, left inside section 6, must not become projects."""
    xs = [50, 70, 200, 330, 430]
    header = [word("№", 52, 105), word("Наименование проекта", 72, 105), word("Цель проекта", 202, 105),
              word("Срок", 332, 105)]
    data = [word("1", 52, 125), word("Проект", 72, 125), word("Цель", 202, 125), word("2024", 332, 125)]
    projects = Table(read_page_content(ruled_page(xs, [(100, 120, [(50, 430)]), (120, 140, [(50, 430)])],
                                                  header + data)).grids)
    indicators = _indicator_table(["1", "Проект А", "Министерство", "Доля", "%", "10", "20"],
                                  ["2", "Проект Б", "Комитет", "Число", "ед.", "1", "2"], number=2)
    reader = TableReader(TEMPLATE.table_for_section("6"))
    reader.read(projects)
    reader.read(indicators)
    assert len(reader.records) == 1
    assert [(p.code, p.page) for p in reader.problems] == [("table_unrecognised", 2)]


def test_landscape_card_row_cut_by_the_page_break_is_one_row():
    xs = [50, 250, 560]
    first = read_page_content(ruled_page(xs, [(100, 120, [(50, 560)]), (120, 790, [(50, 560)])], [
        word("Наименование:", 52, 105), word("Стратегия", 252, 105), word("Результаты", 52, 770),
        word("Снижение затрат", 252, 770)], 1)).grids
    second = read_page_content(ruled_page(xs, [(50, 70, [(50, 560)]), (70, 90, [(50, 560)])], [
        word("стратегии до 2024 года:", 52, 55), word("и сроков", 252, 55),
        word("Срок реализации:", 52, 75), word("2022-2030 годы", 252, 75)], 2)).grids
    card, _ = read_card(Section("2", "Паспорт", 1, [Table(first + second)]), TEMPLATE, "doc", Dehyphenator())
    assert [(c.field, c.key, c.value) for c in card] == [
        ("Наименование", "name", "Стратегия"),
        ("Результаты стратегии до 2024 года", "results", "Снижение затрат и сроков"),
        ("Срок реализации", "period", "2022-2030 годы")]


def test_prose_that_mentions_a_period_is_not_a_term_column():
    """Financing cells saying "в период 2022-2024 годов" are prose, not terms: the column stays financing."""
    xs = [50, 70, 200, 330, 560]
    header = [word("№", 52, 105), word("Наименование проекта", 72, 105), word("Цель проекта", 202, 105),
              word("Источники финансирования", 332, 105)]
    data = [word("1", 52, 125), word("Проект", 72, 125), word("Цель", 202, 125),
            word("Средства бюджета в период реализации 2022-2024 годов", 332, 125)]
    grids = read_page_content(ruled_page(xs, [(100, 120, [(50, 560)]), (120, 140, [(50, 560)])], header + data)).grids
    reader = TableReader(TEMPLATE.table_for_section("6"))
    reader.read(Table(grids))
    (record,) = reader.records
    assert record.lines("financing") == ["Средства бюджета в период реализации 2022-2024 годов"]


def test_an_extra_columns_header_is_stored_dehyphenated():
    xs = [50, 70, 200, 330, 430, 560]
    header = [word("№", 52, 105), word("Наименование проекта", 72, 105), word("Цель", 202, 105),
              word("Срок", 332, 105), word("Приме-", 432, 102), word("чание", 432, 110)]
    data = [word("1", 52, 125), word("Проект", 72, 125), word("Цель А", 202, 125), word("2024", 332, 125),
            word("Пилот", 432, 125)]
    grids = read_page_content(ruled_page(xs, [(100, 120, [(50, 560)]), (120, 140, [(50, 560)])], header + data)).grids
    section = Section("6", "Проекты", 1, [Table(grids)])
    reader = read_tables([section], TableReader(TEMPLATE.table_for_section("6")))
    (cell,) = record_extras(reader, "doc", "6", ["doc:P001"], Dehyphenator())
    assert (cell.header, cell.text, cell.row_ref) == ("Примечание", "Пилот", "doc:P001")


def test_a_table_of_contents_entry_never_stands_in_for_a_missing_section():
    """Section 2's pages are gone; its line in the table of contents must not become its heading."""
    toc = ["СОДЕРЖАНИЕ", "1. Общие положения", "1.1. Основания разработки", "2. Паспорт стратегии",
           "3. Цели и задачи"]
    body = ["1. Общие положения", "1.1. Основания разработки", *BODY, "3. Цели и задачи", *BODY]
    outline = split_sections(stream_of(toc + body), TEMPLATE)
    assert [s.number for s in outline.top_level] == ["1", "3"]


# ---------------------------------------------------------------- columns by elimination

def _without(phrases: dict[str, str]):
    """The template with some of its wording taken out: each key (as written in template.toml) replaced."""
    text = files("parsers").joinpath("template.toml").read_text(encoding="utf-8")
    for written, instead in phrases.items():
        assert written in text, written
        text = text.replace(written, instead)
    return template_from_toml(text)


def test_a_header_no_phrase_knows_is_taken_for_the_one_column_its_table_lacks(monkeypatch):
    """blind2's Tyumen heads its beneficiary and description columns «Кто получает выгоду» and «Суть
    проекта», which the template learnt only after that blind test. Without those phrases (and the question
    «кому», read as «кто»), each column is the only one its table lacks that its cells fit: read as it, with a warning,
    as with the phrases."""
    from ingest import pipeline
    from samples import BLIND2_VARIANTS
    pdf = next(p for p in BLIND2_VARIANTS if "tyumen" in p.stem)
    with_phrases, _ = pipeline.parse_document(pdf, "x")
    monkeypatch.setattr(pipeline, "load_template",
                        lambda: _without({'"Кто получает выгоду", ': "", '"Суть проекта", ': "",
                                          '"кому", ': ""}))
    guessing, _ = pipeline.parse_document(pdf, "x")
    guessed = [p for p in guessing.problems if p.code == "column_guessed"]
    assert len(guessed) == 2 and all(p.page is not None for p in guessed)
    assert "«Кто получает выгоду»" in guessed[0].message and "fit only the beneficiary column" in guessed[0].message
    assert "«Суть проекта»" in guessed[1].message and "fit only the description column" in guessed[1].message
    assert [link.beneficiary for link in guessing.links] == [link.beneficiary for link in with_phrases.links]
    assert [p.description for p in guessing.projects] == [p.description for p in with_phrases.projects]
    assert all(link.beneficiary for link in guessing.links) and not guessing.extra


@pytest.mark.parametrize("notes_known", [True, False])
def test_a_note_column_is_not_taken_for_a_column_its_cells_do_not_fit(monkeypatch, notes_known):
    """A «Примечание» column in a table without a technologies column: its notes («Проект переходящий с
    2021 года») say nothing of technologies, so even a template that does not know notes keeps them extra."""
    from ingest import pipeline
    from samples import BLIND_VARIANTS
    pdf = next(p for p in BLIND_VARIANTS if p.stem == "blind-stavropol-razdel-extra-mid")
    if not notes_known:
        monkeypatch.setattr(pipeline, "load_template", lambda: _without({'"Примечание", ': ""}))
    parsed, _ = pipeline.parse_document(pdf, "x")
    assert not [p for p in parsed.problems if p.code == "column_guessed"]
    assert {cell.header for cell in parsed.extra if cell.section == "6"} == {"Примечание"}


# ---------------------------------------------------------------- section 4 lists

def _section4(lines: list[str | tuple[str, int]]):
    """One industry subsection of section 4 of the given lines ("text" unindented, ("text", page) on that page,
    "  text" indented); its list items as (kind, text) and its problems as (code, page)."""
    blocks = []
    for k, entry in enumerate(lines):
        text, page = entry if isinstance(entry, tuple) else (entry, 1)
        blocks.append(TextLine(page, Line(text.strip(), 70, 20 * k, 500, 20 * k + 10), indented=text.startswith("  ")))
    outline = Outline([], [Section("4", "Проблемы и вызовы", 1), Section("4.1", "Образование", 1, blocks)])
    doc = extract(outline, TEMPLATE, "doc", Dehyphenator())
    return ([(i.kind, i.text) for i in doc.list_items if i.section == "4.1"],
            [(p.code, p.page) for p in doc.problems if p.code != "section_missing"])


def test_section4_items_lettered_a_b_are_items():
    items, problems = _section4(["  Существующие проблемы:", "  а) Первая проблема;", "  б) Вторая", "проблема.",
                                 "  Вызовы для отрасли:", "  1) Вызов."])
    assert items == [("problem", "Первая проблема;"), ("problem", "Вторая проблема."), ("challenge", "Вызов.")]
    assert problems == []


def test_section4_colonless_subheadings_on_their_own_lines_switch_the_kind():
    """«Вызовы», «Риски» alone on a line (not indented, no colon) after an item: a lead-in each, not the item's
    last words; an item's wrapped last line that happens to mean a lead-in («проблем.») stays in the item."""
    items, _ = _section4(["Проблемы", "– Первая.", "– Отсутствие решения", "технических проблем.", "– Третья",
                          "Вызовы", "– Вызов.", "Риски", "– Риск."])
    assert items == [("problem", "Первая."), ("problem", "Отсутствие решения технических проблем."),
                     ("problem", "Третья"), ("challenge", "Вызов."), ("risk", "Риск.")]


def test_section4_problem_questions_lead_in_means_problems():
    items, _ = _section4(["  Проблемные вопросы отрасли, требующие решения:", "  1. Первая.", "  2. Вторая."])
    assert items == [("problem", "Первая."), ("problem", "Вторая.")]


@pytest.mark.parametrize("lead, kind", [
    ("  К числу основных проблем отрасли относятся:", "problem"),
    ("  Перед отраслью стоят следующие вызовы:", "challenge"),
    ("  Реализация Стратегии в отрасли сопряжена со следующими рисками:", "risk"),
    ("  Проблематика отрасли", "problem"),  # blind6: short labels without a colon
    ("  Рисковые факторы", "risk"),
])
def test_section4_a_sentence_announcing_a_list_is_the_lead_in_of_the_kind_it_names(lead, kind):
    """blind5: lead-ins written as sentences mean their kind too weakly by wording; the one kind whose
    terms the sentence names, and its colon, say it. A sentence naming two kinds says neither."""
    items, _ = _section4([lead, "  1. Первая.", "  2. Вторая."])
    assert items == [(kind, "Первая."), (kind, "Вторая.")]
    items, problems = _section4(["  Отрасль сталкивается с проблемами и рисками:", "  1. Первая."])
    assert items == [] and [code for code, _ in problems] == ["list_unclassified"]


def test_section4_items_under_an_unknown_lead_in_are_reported_with_their_page():
    items, problems = _section4(["  Основные проблемы:", "  1. Первая.", ("  Прочие соображения:", 2),
                                 ("  1. Не проблема.", 2), ("  2. И не вызов.", 2)])
    assert items == [("problem", "Первая.")]
    assert problems == [("list_unclassified", 2)]


def test_section4_an_item_whose_marker_ocr_lost_stays_in_its_list():
    """blind26's Хабаровский края, scanned at 300 dpi: Tesseract read one «•» of a challenge list as nothing, the
    unmarked item was taken for a lead-in, and the industry's problems and challenges were neither stored nor
    given a kind (challenges 0.27). A paragraph that announces nothing, between two items of one list, is one of
    them; a sentence ending in a colon there still opens a list."""
    items, problems = _section4(["  Источники загрязнения:", "  • Первая.", "  Потребности населения:",
                                 "  • Предоставление доступа.", "  Организация использования сервисов.",
                                 "  • Персонализация образования.", "  Угрозы негативного воздействия:", "  • Риск."])
    assert items == [("problem", "Первая."), ("challenge", "Предоставление доступа."),
                     ("challenge", "Организация использования сервисов."), ("challenge", "Персонализация образования."),
                     ("risk", "Риск.")]
    assert [code for code, _ in problems] == ["list_kind_guessed", "list_kind_guessed"]  # «угрозы» names risks
    items, _ = _section4(["  Основные проблемы:", "  • Первая.", "  Вызовы для отрасли:", "  • Вызов."])
    assert items == [("problem", "Первая."), ("challenge", "Вызов.")]


def test_a_list_of_things_is_about_the_things():
    """«Перечень задач отраслей и направленных на их решение проектов» is section 5's title (tasks and their
    projects), though «Перечень проектов» words section 6: a list's head noun is what it lists."""
    assert TEMPLATE.sections.best("Перечень задач отраслей и направленных на их решение проектов")[0] == "5"
    assert TEMPLATE.sections.best("Перечень проектов цифровой трансформации")[0] == "6"


def test_section4_a_lead_in_no_wording_knows_takes_the_kind_its_place_leaves():
    """blind9: «Узкие места, устранимые средствами ИКТ:», «Возможные негативные последствия:» named no kind,
    and their items were not stored. Between or beside the lists whose kinds are known, in the template's
    order, one unknown list is the kind left there (told as list_kind_guessed); two are, when two kinds are."""
    items, problems = _section4(["  Узкие места, устранимые средствами ИКТ:", "  1. Первая.", "  Вызовы:",
                                 "  1. Вызов.", "  Возможные негативные последствия:", "  1. Риск."])
    assert items == [("problem", "Первая."), ("challenge", "Вызов."), ("risk", "Риск.")]
    assert [code for code, _ in problems] == ["list_kind_guessed", "list_kind_guessed"]
    items, _ = _section4(["  Узкие места:", "  1. Первая.", "  Внешние факторы:", "  1. Вызов.", "  Риски:",
                          "  1. Риск."])
    assert [kind for kind, _ in items] == ["problem", "challenge", "risk"]


@pytest.mark.parametrize("section, printed, key", [
    ("5", "Инициатива ЦТ", "project"),  # blind9: «инициатива» for project, «адресат» for beneficiary
    ("5", "Адресат", "beneficiary"),
    ("5", "Польза для адресата", "benefits"),
    ("7", "Метрика", "name"),
    ("7", "Инициатива, к которой относится индикатор", "project"),
    ("5", "Задачи, на решение которых направлен проект", "task"),  # «решение» is no synonym of project
])
def test_a_drafters_synonym_means_what_the_template_word_means(section, printed, key):
    assert TEMPLATE.table_for_section(section).columns.best(printed, TEMPLATE.thresholds.column_header)[0] == key


def _lined_table(xs: list[float], rows: list[list[str]]) -> Table:
    """A ruled table whose cells hold "|"-separated lines (each short enough for its column), rows 50 high."""
    words, spans = [], []
    for r, row in enumerate(rows):
        top = 100 + 50 * r
        spans.append((top, top + 50, [(xs[0], xs[-1])]))
        words += [word(line, x + 2, top + 3 + 11 * k) for x, text in zip(xs, row)
                  for k, line in enumerate(text.split("|")) if line]
    return Table(read_page_content(ruled_page(xs, spans, words)).grids)


def _only_record(section: str, table: Table):
    """The one record a section's table reader reads from `table` (a header and one data row)."""
    reader = TableReader(TEMPLATE.table_for_section(section))
    reader.read(table)
    (record,) = reader.records
    return record


THEMED_XS = [20, 60, 150, 240, 330, 420, 510, 590]


@pytest.mark.parametrize("name_header", ["Наименование|мероприятия|для жителей", "Мероприятие|для жителей"])
def test_a_word_every_header_repeats_tells_no_column(name_header):
    """blind12's Khabarovsk heads every column of its projects table with «мероприятие» («Когда реализуется
    мероприятие», «Роль края в мероприятии»): each header then meant the project's name, and the table was lost.
    A word most headers repeat is the table's theme: the columns are told by their other words, and the header
    that names the theme's thing itself is the name."""
    table = _lined_table(THEMED_XS, [
        ["№|мероприя-|тия", name_header, "Чего|позволит|достичь|мероприятие", "Когда|реализуется|мероприятие",
         "Ресурсное|обеспечение|мероприятия", "Технологии|в основе|мероприятия", "Роль края в|мероприятии"],
        ["1", "Электронная|запись к врачу", "Сократить время|ожидания приема|у врача на треть", "2022-2024",
         "Краевой бюджет", "Облачные|технологии", "Заказчик и|оператор"],
        ["2", "Цифровая|школа", "Дать учителям|единую среду|для работы|с классом", "2023-2025",
         "Федеральный|бюджет", "Платформа|данных", "Координатор|внедрения"]])
    reader = TableReader(TEMPLATE.table_for_section("6"))
    reader.read(table)
    assert [r.lines("name") for r in reader.records] == [["Электронная", "запись к врачу"], ["Цифровая", "школа"]]
    assert [r.lines("term") for r in reader.records] == [["2022-2024"], ["2023-2025"]]
    assert reader.records[0].lines("goal")[0] == "Сократить время"
    assert reader.records[1].lines("financing") == ["Федеральный", "бюджет"]


def test_a_header_naming_the_themes_thing_names_the_rows():
    """blind13's Stavropol: «Региональный проект» beside «Цель регионального проекта», «Сроки проекта»: with
    «проект» the theme, the project's own header still names the projects, even with no rows under the header
    to guess it by (each industry's table printed apart). (The theme's first version, which read every header
    apart from the theme, lost this column.)"""
    table = _lined_table(THEMED_XS, [
        ["№|рег.|проекта", "Региональный|проект", "Цель|регионального|проекта", "Сроки|проекта",
         "Финансовое|обеспечение|проекта", "Результаты|проекта", "Участие края|в проекте"]])
    reader = TableReader(TEMPLATE.table_for_section("6"))
    reader.read(table)
    assert [col.key for col in reader.columns if col.key != "extra:"][:3] == ["no", "name", "goal"]


def test_a_header_worded_like_an_industry_right_of_the_first_columns_is_guessed_by_its_cells():
    """blind13's Khabarovsk heads its project column «Направление расходов»: «направление» reads as an industry,
    which stands first, so the column was dropped and the task links with it. It is guessed by its cells."""
    xs = [20, 60, 190, 320, 450, 590]
    table = _lined_table(xs, [
        ["№ напр.", "Задача отрасли", "Направление|расходов", "Получатели|бюджетных услуг", "Социальная|эффективность"],
        ["1", "Повышение|качества услуг", "Цифровое|портфолио|ученика школы", "Обучающиеся|и родители",
         "Равные условия|получения|образования|для всех детей"],
        ["2", "Повышение|качества услуг", "Цифровой|помощник|учителя школы", "Педагогические|работники",
         "Меньше времени|на отчеты и|больше времени|на уроки"]])
    reader = TableReader(TEMPLATE.table_for_section("5"))
    reader.read(table)
    assert [r.lines("project") for r in reader.records] == [["Цифровое", "портфолио", "ученика школы"],
                                                             ["Цифровой", "помощник", "учителя школы"]]


@pytest.mark.parametrize("text, clause", [
    ("Цель проекта не будет достигнута", True),
    ("Зачем нужен продукт", True),  # a short adjective is a predicate: a question, not a column's name
    ("Сроки, в которые реализуется проект", False),  # the verb is in a relative clause: the text names
    ("Цель и задачи, на которые направляются ассигнования", False),
    ("Наименование цифрового продукта", False),
    ("Ветеринарно-санитарные проблемы по отраслям", False),  # blind26's Ставропольский: «ветеринарно» is the
    ("Социально-экономический эффект", False),  # compound's first part, no short adjective (section 4 was lost)
    ("Работа выполнена полностью", True),
])
def test_a_clause_is_told_by_a_predicate_of_its_main_clause(text, clause):
    assert has_predicate(text) is clause


def test_section4_unindented_lead_ins_no_wording_knows_each_open_their_list():
    """blind13's Тюменская: «Дефициты цифровой зрелости отрасли:», «Драйверы изменения уровня зрелости:»,
    «Что может помешать росту зрелости:», unindented and naming no kind: only the first opened a list, the
    others were read as the last lines of the items above them, and all the industry's items went unstored.
    A line ending in a colon over a list item opens that list; the kinds then follow from the places."""
    items, problems = _section4(["Дефициты цифровой зрелости отрасли:", "  1. Дефицит кадров.",
                                 "Драйверы изменения уровня зрелости:", "  1. Спрос граждан.",
                                 "Что может помешать росту зрелости:", "  1. Нехватка средств."])
    assert items == [("problem", "Дефицит кадров."), ("challenge", "Спрос граждан."), ("risk", "Нехватка средств.")]
    assert [code for code, _ in problems] == ["list_kind_guessed"] * 3


@pytest.mark.parametrize("section, printed, key", [
    ("6", "Зачем это жителям", "goal"),
    ("6", "Для чего создается сер-\nвис", "goal"),
    ("6", "Когда зара-\nботает", "term"),
    ("6", "Во что обойдется и\nза чей счет", "financing"),
    ("6", "Что именно будет сделано", "description"),
    ("5", "Кому выгодно", "beneficiary"),
    ("5", "Как изменится жизнь", "benefits"),
    ("7", "В чем измеряется удовлетворенность", "unit"),
    ("7", "Показатель удовлетворенности, в чем измеряется", None),  # the question does not open the header
    ("6", "Цель проекта", None),  # no question at all
])
def test_a_header_worded_as_a_question_asks_for_its_column(section, printed, key):
    assert asked(printed, TEMPLATE.table_for_section(section).questions) == key


def test_a_table_headed_by_questions_beside_a_numbering_column_is_read():
    """blind14's Тюменская heads its projects «Изменение для жителей», «Зачем это жителям», «Когда заработает»,
    «Во что обойдется и за чей счет»: too few cells meant a column for the row to be a header (half of them), and
    the whole projects table was lost. A row with the numbering column's header («№ изм.») is a header whatever
    else it says, a question names what it asks for, and the unnamed name column is guessed by its cells."""
    table = _lined_table([20, 60, 170, 280, 360, 470, 590], [
        ["№ изм.", "Изменение для|жителей", "Зачем это|жителям", "Когда|заработает", "Во что обойдется|и за чей счет",
         "Вклад области|в изменение"],
        ["1", "Электронная|запись к врачу|через портал", "Чтобы сократить|время ожидания|приема у врача",
         "2022-2024", "Областной бюджет", "Заказчик|и оператор"],
        ["2", "Цифровая школа|для всех|учеников края", "Чтобы учителя|работали в единой|среде с классом",
         "2023-2025", "Федеральный бюджет", "Координатор|внедрения"]])
    reader = TableReader(TEMPLATE.table_for_section("6"))
    reader.read(table)
    assert [r.lines("name")[0] for r in reader.records] == ["Электронная", "Цифровая школа"]
    assert [r.lines("term") for r in reader.records] == [["2022-2024"], ["2023-2025"]]
    assert reader.records[0].lines("goal")[0] == "Чтобы сократить"
    assert reader.records[1].lines("financing") == ["Федеральный бюджет"]


def test_section4_items_lettered_past_ya_go_on_with_two_letters():
    """blind12's Тюменская letters its 42 tasks as Word does: «я)», then «аа)», «аб)»; the list stopped at «я)»
    and the 13 tasks after it were lost (section 4 lists are read the same way)."""
    items, problems = _section4(["  Существующие проблемы:", "  я) Первая проблема;", "  аа) Вторая проблема;",
                                 "  аб) Третья", "проблема."])
    assert items == [("problem", "Первая проблема;"), ("problem", "Вторая проблема;"), ("problem", "Третья проблема.")]
    assert problems == []


def test_section4_items_lettered_with_a_point_are_items():
    """blind17's LNR letters its risks «а. Отток…», «б. Рост…»: no risk was read (list items 0). One letter and a
    point before a capital open an item; «др. Сведения» (a two-letter cut) and «т. е.» at a line's start do not."""
    items, _ = _section4(["  Risk log по отрасли:", "  а. Отток кадров;", "  б. Рост", "затрат;", "  в. Сбои."])
    assert items == [("risk", "Отток кадров;"), ("risk", "Рост затрат;"), ("risk", "Сбои.")]
    items, _ = _section4(["  Риски:", "  1. Отток кадров, внешние угрозы и", "др. Сведения о них.",
                          "  2. Рост затрат, т.", "е. расходов."])
    assert items == [("risk", "Отток кадров, внешние угрозы и др. Сведения о них."),
                     ("risk", "Рост затрат, т. е. расходов.")]


@pytest.mark.parametrize("section, printed, key", [
    ("6", "Наим. проекта", "name"),
    ("6", "Срок реал., гг.", "term"),
    ("7", "Отв. ОИВ", "responsible_body"),
    ("7", "Ед. изм. (ОКЕИ)", "unit"),
    ("7", "Наим. показателя ЦТ", "name"),
])
def test_a_header_of_words_cut_short_means_the_whole_words(section, printed, key):
    """blind15's Stavropol prints a federal form's headers cut short: «Наим. проекта» was guessed for the
    description and the projects scored 0.38."""
    assert TEMPLATE.table_for_section(section).columns.best(printed, TEMPLATE.thresholds.column_header)[0] == key


@pytest.mark.parametrize("printed, key", [("Наим. стратегии ЦТ", "name"), ("Соц.-экон. эффекты", "effects"),
                                          ("Отв. за реализацию (ОИВ края)", "who")])
def test_a_card_field_of_words_cut_short_means_the_whole_words(printed, key):
    assert TEMPLATE.card_fields.best(printed, TEMPLATE.thresholds.card_field)[0] == key


def test_a_column_of_small_figures_that_do_not_count_is_no_numbering():
    """blind15's Тюменская prints its indicators without a № column, beside a base value «Точка старта» of
    small whole figures (9, 50, 27): read as row numbers, they took the numbering column, and each row's «number»
    was its base value. Row numbers count up; these do not."""
    rows = [["Проект", "Показатель|успеха проекта", "Ед. изм.", "Точка|старта", "2022", "2023", "2024"]]
    rows += [[f"Проект {name}", f"Доля {name}|в общем числе", "%", base, "10", "20", "30"]
             for name, base in [("школ", "9"), ("больниц", "50"), ("библиотек", "27"), ("музеев", "9"),
                                ("театров", "5")]]
    reader = TableReader(TEMPLATE.table_for_section("7"))
    reader.read(_lined_table([20, 120, 260, 320, 380, 440, 500, 560], rows))
    assert all(col.key != "no" for col in reader.columns)
    assert [r.lines("no") for r in reader.records] == [[]] * 5


def test_a_numbering_column_counting_its_rows_and_restarting_is_one():
    from parsers.tables import counts_up
    assert counts_up(["1", "2", "3", "1", "2"]) and counts_up(["1", "1.1", "1.2", "2", "2.1"])
    assert not counts_up(["9", "9", "27", "10", "5", "50"]) and not counts_up(["1", "1", "1", "1"])


def test_a_question_header_means_what_it_asks_whatever_its_other_words_say():
    """blind9's Stavropol: «Что предусматривает решение» read as the technologies («Применяемые решения»); the
    question asks for the description."""
    from parsers.tables import _HeaderUnit, _header_scores
    spec = TEMPLATE.table_for_section("6")
    scores = _header_scores(spec, _HeaderUnit(0, 1, ["Что предусматривает решение"]), frozenset())
    assert max(scores, key=scores.get) == "description" and scores["technologies"] == 0.0


def test_a_word_broken_without_a_hyphen_is_rejoined_only_into_a_vocabulary_word():
    """The joined form is looked up only where a vocabulary lemma starts as it does (speed: each look-up of a
    joined pair is new to the morphology's memo), and still found where one does."""
    from parsers.meaning import NO_VOCABULARY, Vocabulary
    vocabulary = Vocabulary.of(["благополучатель", "проект"])
    assert "благополучатель" in words_of("Благополучател\nи проекта", vocabulary).lemmas
    assert "благополучатель" not in words_of("Благополучател\nи проекта", Vocabulary.of(["проект"])).lemmas
    assert "благополучатель" not in words_of("Благополучател\nи проекта", NO_VOCABULARY).lemmas


def test_a_word_half_the_headers_repeat_is_the_theme_beside_a_position_column():
    """blind16's LNR heads its projects «Поз. в записке», «Проектное решение (название)», «Назначение решения»,
    «Суть решения», «Технологическая основа решения»: «решение» read as the technologies («Применяемые решения»)
    and the description and technologies were lost. The numbering column («Поз.», a position) takes no part in
    the theme, and half the other headers repeating «решение» make it the theme."""
    table = _lined_table([20, 70, 170, 260, 350, 440, 510, 590], [
        ["Поз. в|записке", "Проектное|решение|(название)", "Назначение|решения", "Суть решения",
         "Технологическая|основа решения", "Горизонт|внедрения", "Масштаб и|источник|финансирования"],
        ["1", "Электронная|запись к врачу", "Сократить время|ожидания приема", "Запись к врачу|через портал|"
         "и по телефону", "Облачные|технологии|и платформа|данных", "2022-2024", "Областной|бюджет"]])
    record = _only_record("6", table)
    assert record.lines("name") == ["Электронная", "запись к врачу"] and record.lines("no") == ["1"]
    assert record.lines("description")[0] == "Запись к врачу" and record.lines("technologies")[0] == "Облачные"


def test_a_question_header_asks_for_the_longest_question_it_opens_with():
    """«Кому адресован результат» asks for the beneficiary («кому», read as «кто»); «Кто отвечает» in a card
    asks for who is responsible, the longer question, not the beneficiaries' «кто»."""
    assert asked("Кому адресован результат", TEMPLATE.table_for_section("5").questions) == "beneficiary"
    assert asked("Кто отвечает за реализацию", TEMPLATE.card_questions) == "who"
    assert asked("Кто получит результат", TEMPLATE.card_questions) == "beneficiaries"


def test_a_project_offices_business_english_means_the_template_columns():
    """blind17's LNR: «Use case / ИТ-продукт», «Timeline use case», «Budget / funding source», «Tech stack (СЦТ)»
    meant nothing and the projects table was lost. The drafters' English words are synonyms («case» a project,
    «timeline» a term, «budget» and «funding» financing), and «case», repeated, is the table's theme."""
    table = _lined_table([20, 60, 150, 240, 300, 380, 470, 530, 590], [
        ["Item ID", "Use case /|ИТ-продукт", "Objective|use case", "Timeline|use case", "Budget /|funding source",
         "Scope работ|по use case", "Tech stack|(СЦТ)", "Роль|Республики|в delivery"],
        ["1", "Электронная|запись к врачу", "Сократить|время ожидания|приема у врача", "2022-2024", "Республиканский|"
         "бюджет", "Запись к врачу|через портал|и по телефону", "Облачные|технологии", "Заказчик|и оператор"]])
    record = _only_record("6", table)
    assert record.lines("name") == ["Электронная", "запись к врачу"] and record.lines("term") == ["2022-2024"]
    assert record.lines("financing")[0] == "Республиканский" and record.lines("technologies")[0] == "Облачные"


def test_a_task_table_in_a_project_offices_english_means_the_template_columns():
    """blind17's LNR heads its section 5 «Domain | Item ID | Problem statement отрасли | Use case | Target user |
    Value для target user»: no column was the task and the table was lost (links 0). «Problem statement» is the
    task, «Use case» the project (a phrase in a drafter's word reads as the texts do, its synonyms applied),
    «ID» a numbering column."""
    table = _lined_table([20, 110, 160, 300, 420, 500, 590], [
        ["Domain", "Item ID", "Problem statement|отрасли", "Use case", "Target user", "Value для|target user"],
        ["Здравоохранение", "1", "Повышение|доступности|медицинской помощи", "Электронная|запись к врачу",
         "Пациенты", "Экономия|времени"]])
    record = _only_record("5", table)
    assert record.lines("task")[0] == "Повышение" and record.lines("project") == ["Электронная", "запись к врачу"]
    assert record.lines("no") == ["1"] and record.industry[1] == "Здравоохранение"


def test_a_header_naming_the_themes_thing_names_the_column_its_phrases_name():
    """blind17's Тюменская repeats «метрика» (a synonym of «показатель») in its indicator headers: «Метрика
    отдачи» was taken for the project, the column that names rows in section 7, and the table was lost. The
    theme's thing names the column whose phrases name it, the indicator's name."""
    table = _lined_table([20, 60, 200, 330, 400, 460, 520, 590], [
        ["№ объекта", "Объект, к которому|относится метрика", "Метрика отдачи", "Единица|метрики",
         "Стартовая|точка метрики", "Прогноз|на 2024", "Прогноз|на 2025"],
        ["1", "Цифровая школа|для всех учеников", "Доля школ,|подключенных|к платформе", "%", "10", "50", "90"]])
    record = _only_record("7", table)
    assert record.lines("name")[0] == "Доля школ," and record.lines("project")[0] == "Цифровая школа"


def test_an_industry_column_is_told_by_its_cells_whatever_its_header_reads_as():
    """blind17's Stavropol heads its industry column «Направление грантовой поддержки», which reads as a task
    («Направление»): the industries became tasks and the tasks, printed as rows, were lost (links 0.52)."""
    rows = [["Направление|грантовой|поддержки", "№ меро-|приятия", "Мероприятие, заявленное|на поддержку",
             "Целевая аудитория", "Социальный эффект|для аудитории"]]
    rows += [[industry, str(n), f"Цифровой сервис {n}", "Граждане", "Экономия времени"]
             for n, industry in enumerate(["Здравоохранение", "Образование", "Транспорт"], 1)]
    reader = TableReader(TEMPLATE.table_for_section("5"))
    reader.read(_lined_table([20, 140, 190, 350, 460, 590], rows))
    assert any(col.key == "industry" for col in reader.columns) and all(col.key != "task" for col in reader.columns)
    assert [r.industry[1] for r in reader.records] == ["Здравоохранение", "Образование", "Транспорт"]


def test_a_card_section_titled_in_short_is_the_card():
    """blind18's Тюменская titles its card «Стратегия коротко»: «коротко» is «краткий» («Краткое содержание»)."""
    assert TEMPLATE.sections.best("Стратегия коротко", TEMPLATE.thresholds.section_title)[0] == "2"


def test_section4_a_lead_in_worded_near_one_kind_that_names_another_is_left_to_the_order():
    """blind19's Тюменская, an ESG report, leads its problems «Ключевые вызовы и болевые точки:» and its challenges
    «Внешний контекст и тренды:»: the first was taken for challenges by its wording («вызовы», 0.64) and the second
    was not stored, so problems and challenges both scored 0. A lead-in worded only roughly like one kind that
    also names another kind's term («болевые точки») is undecided, and the lists' order tells; trends are
    challenges. A lead-in worded as one kind's phrase is that kind whatever else it names."""
    items, problems = _section4(["Ключевые вызовы и болевые точки:", "– Первая.", "Внешний контекст и тренды:",
                                 "– Вызов.", "Риски в области устойчивого развития:", "– Риск."])
    assert items == [("problem", "Первая."), ("challenge", "Вызов."), ("risk", "Риск.")]
    assert [code for code, _ in problems] == ["list_kind_guessed"]
    items, _ = _section4(["  Общие вызовы формируют ряд стратегических рисков, среди которых наиболее значимы:",
                          "  1. Риск."])
    assert items == [("risk", "Риск.")]


def test_section4_two_lead_ins_naming_one_kind_share_the_kinds_in_the_template_order():
    """blind20's Ставропольский, a civil-defence plan, leads each industry's lists «Выявленные уязвимости:»,
    «Внешние угрозы и факторы обстановки:» (a threat names risks) and «Возможные последствия и риски срыва
    мероприятий:»: two lead-ins named risks, so the order told nothing; the first list was not stored and the
    second stored as risks (problems and challenges 0). Kinds in the template's order, each once, keeping most of
    what the lead-ins name, make them problems, challenges and risks; each guess is reported."""
    items, problems = _section4(["Выявленные уязвимости:", "– Уязвимость.", "Внешние угрозы и факторы обстановки:",
                                 "– Угроза.", "Возможные последствия и риски срыва мероприятий:", "– Риск."])
    assert items == [("problem", "Уязвимость."), ("challenge", "Угроза."), ("risk", "Риск.")]
    assert [code for code, _ in problems] == ["list_kind_guessed", "list_kind_guessed"]
    items, _ = _section4(["Угрозы отрасли:", "– Угроза.", "Риски отрасли:", "– Риск."])
    assert items == [("risk", "Риск.")]  # challenges or problems: two readings, the first list stays unknown


@pytest.mark.parametrize("section, printed, key", [
    ("6", "Предназначение мероприятия", "goal"),  # blind20 Ставропольский: a plan's purpose is the goal
    ("7", "Владелец метрики", "responsible_body"),  # blind19 Тюменская: a KPI's owner
    ("5", "Продукт, закрывающий задачу", "project"),  # blind20 LNR, a business plan: its products
    ("5", "Клиентский сегмент", "beneficiary"),
    ("5", "Ценностное предложение для клиента", "benefits"),
])
def test_other_registers_name_their_columns(section, printed, key):
    assert TEMPLATE.table_for_section(section).columns.best(printed)[0] == key


def test_a_word_with_one_letter_misread_by_ocr_is_read_as_the_template_word():
    """blind17's Тюменская, scanned: «Потребность рынка (задача)» was read «(залача)», so the task column was taken
    for the project and the links scored 0.196. An unknown word one OCR confusion («д» read «л») away from a form
    of one of the template's words is that word; a word the dictionary knows, or a short one, is as printed."""
    columns = TEMPLATE.table_for_section("5").columns
    assert columns.words("Потребность рынка (залача)").lemmas >= {"задача"}
    assert columns.best("Залачи отрасли")[0] == "task"
    assert "залача" not in columns.words("Залачи отрасли").lemmas
    assert columns.words("Задача дома").lemmas == {"задача", "дом"}  # «дома» is a word: no «дела»
    assert columns.words("Цифровизация").lemmas == {"цифровизация"}


def test_a_list_printed_as_a_table_numbering_its_rows_gives_its_items():
    """blind21's LNR and Хабаровский print the legal bases (1.1) as a table «№ НПА | Нормативный правовой акт …»,
    rows «1.», «2.», …: none was stored (basis 0). A two-column table whose first column numbers its rows is
    the list: each row an item, a row without a number (cut by the page break) the rest of the one above."""
    from parsers.records import _section_items
    table = _lined_table([20, 70, 560], [["№ НПА", "Нормативный правовой акт"], ["1.", "Указ Президента № 474"],
                                         ["2.", "Федеральный закон"], ["", "№ 149-ФЗ"]])
    lead = TextLine(1, Line("Основаниями разработки являются:", 20, 60, 500, 70), True)
    items = _section_items(Section("1.1", "Основания", 1, [lead, table]), Dehyphenator())
    assert [text for text, _, _ in items] == ["Указ Президента № 474", "Федеральный закон № 149-ФЗ"]
    wide = _lined_table([20, 70, 300, 560], [["1.", "Проект", "2024"], ["2.", "Сервис", "2025"]])
    assert _section_items(Section("1.1", "Основания", 1, [wide]), Dehyphenator()) == []


def test_of_two_headers_naming_one_column_the_one_over_its_cell_terms_takes_it():
    """blind21's Хабаровский heads its projects «Вклад в туристский продукт края» (the goal) and «Вклад края как
    координатора кластера» (the region's role): both read as the region's role, the first a little more, so goals
    and roles were swapped (projects 0.66). What the cells say (the region's role: «субъект», «участник») decides."""
    rows = [["№", "Название проекта", "Вклад в туристский|продукт края", "Срок", "Вклад края как|координатора кластера"],
            ["1", "Цифровой гид", "Рост числа гостей|и выручки отелей", "2024", "Участие субъекта в|тестировании"],
            ["2", "Онлайн-касса", "Сокращение очередей|на объектах показа", "2025", "Субъект как|координатор"]]
    reader = TableReader(TEMPLATE.table_for_section("6"))
    reader.read(_lined_table([20, 50, 150, 300, 360, 560], rows))
    keys = {col.header.replace("\n", " "): col.key for col in reader.columns}
    assert keys["Вклад края как координатора кластера"] == "region_role"
    assert keys["Вклад в туристский продукт края"] != "region_role"


def test_a_card_headed_by_its_form_columns_has_no_header_field():
    """blind21's Тюменская heads its card «Графа учетной карточки | Запись в учетной карточке»: the header was
    stored as the first field, every field one place off (card 0)."""
    from test_table_layouts import _card
    card = _card([[("Графа учетной карточки", "Запись в учетной карточке"), ("Название программы", "Стратегия"),
                   ("Срок реализации", "2022-2024")]], [50, 250, 560])
    assert [c.field for c in card] == ["Название программы", "Срок реализации"]


def test_the_year_and_value_columns_of_a_long_table_only_where_a_header_names_a_year_column():
    """A table printed long names a year column («Год зачета») and a value column beside it; a table without one
    has none, whatever its figures: blind13 Stavropol's DOCX, its header read as one row over rows of figures,
    lost its indicators (0.99 -> 0) to a value column taken by its cells alone before this was so."""
    long = [["№", "Проект", "Показатель", "Ед. изм.", "Год зачета", "Норматив на год"],
            ["1", "Цифровой гид", "Доля гостей", "%", "2022", "10"], ["", "", "", "", "2023", "20"]]
    reader = TableReader(TEMPLATE.table_for_section("7"))
    reader.read(_lined_table([20, 50, 150, 300, 360, 440, 560], long))
    assert [col.key for col in reader.columns][-2:] == ["year", "value"]
    wide = [["№", "Проект", "Показатель", "Ед. изм.", "Ответственный", "Код"],
            ["1", "Цифровой гид", "15", "%", "Министерство туризма", "20"],
            ["2", "Онлайн-касса", "25", "%", "Министерство туризма", "30"]]
    reader = TableReader(TEMPLATE.table_for_section("7"))
    reader.read(_lined_table([20, 50, 150, 300, 360, 440, 560], wide))
    assert not {"year", "value"} & {col.key for col in reader.columns or ()}


def test_review_findings_on_numbered_rows_labels_and_misreads():
    """A review of the rounds: a two-column list table's column-number row («1 | 2») was an item; «Задача 1: …»
    across a projects table filled the region's role of every later project; the OCR confusions «в» <-> «з» were
    tried one way only."""
    from parsers.meaning import MISTAKEN_FOR
    from parsers.records import _section_items
    table = _lined_table([20, 70, 560], [["№ п/п", "Наименование документа"], ["1", "2"], ["1.", "Указ № 474"],
                                         ["2.", "Закон № 149-ФЗ"]])
    assert [text for text, _, _ in _section_items(Section("1.1", "Основания", 1, [table]), Dehyphenator())] == [
        "Указ № 474", "Закон № 149-ФЗ"]
    rows = [["№", "Наименование проекта", "Цель проекта", "Срок"],
            ["Задача 1: Повышение доступности государственных услуг"],
            ["1", "Цифровой гид", "Рост числа гостей", "2024"]]
    reader = TableReader(TEMPLATE.table_for_section("6"))
    reader.read(_lined_table([20, 50, 250, 450, 560], rows))
    assert all(not r.lines("region_role") for r in reader.records)
    assert "з" in MISTAKEN_FOR["в"] and "в" in MISTAKEN_FOR["з"]


def test_a_column_named_by_its_own_phrase_keeps_it_over_cells_of_clauses():
    """A review of names_only (blind23): «Используемые технологии», the technologies column's own phrase, over
    sentences («Будут использованы технологии искусственного интеллекта …») was zeroed as a column of clauses and
    its cells went to extra_cells. Only a header that leans to the column («Технические решения по объекту») gives
    way to its cells."""
    xs = [20, 150, 280, 380, 520, 700]
    table = _lined_table(xs, [
        ["Наименование|проекта", "Цель проекта", "Срок|реализации", "Описание|проекта", "Используемые|технологии"],
        ["Цифровой|помощник", "Доступ к|услугам", "2022-2024", "Сервис для|граждан", "Будут использованы|технологии|искусственного|интеллекта и|больших данных"],
        ["Умный|город", "Качество|среды", "2023-2025", "Платформа|города", "Планируется|применять|облачные технологии|и сервисы|хранения данных"]])
    reader = TableReader(TEMPLATE.table_for_section("6"))
    reader.read(table)
    assert "technologies" in [col.key for col in reader.columns]
    assert reader.records[0].lines("technologies")[0] == "Будут использованы"
