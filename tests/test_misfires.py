"""Rules of the blind24-35 rounds kept from firing where they must not: each fixture is a real DOCX a reviewer
made from a sample or a variant to make one rule misfire (tests/fixtures/docx/review/, named after the case)."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from ingest.pipeline import parse_document
from samples import FIXTURES

REVIEW = FIXTURES / "docx" / "review"
KINDS = {"problems": "problem", "challenges": "challenge", "risks": "risk"}


def _doc(name: str):
    return parse_document(REVIEW / name, "doc")[0]


def _gold(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


STAVROPOL = _gold(FIXTURES / "docx" / "strategy-stavropol.gold.json")
PROJECTS = [row for group in STAVROPOL["s6"]["groups"] for row in group["rows"]]
LIST_KINDS = Counter(KINDS[block["kind"]] for industry in STAVROPOL["s4"]["industries"]
                     for block in industry["blocks"] for _ in block["items"])


def test_a_decree_referring_to_the_strategy_as_its_appendix_keeps_the_strategy():
    """The Stavropol sample after a decree «1. Утвердить прилагаемую стратегию … (приложение № 1)», the strategy
    under «Приложение № 1 к постановлению …»: the stream was cut before the strategy, and the document failed as
    not_a_strategy. Where the body shows fewer sections than the whole stream, nothing is cut."""
    doc = _doc("decree-refers-to-the-strategy-as-its-appendix-1.docx")
    assert {s.number for s in doc.sections} >= set("12345678") and len(doc.projects) == len(PROJECTS)


def test_an_appendix_named_again_in_section_8_goes_to_the_table_section_that_refers_to_it():
    """blind29 LNR's DOCX with section 8.2 saying «… мероприятий, указанных в приложении 2, …» and section 6's stub
    two paragraphs long: appendix 2 went to 8.2, the shorter, and no project was read. A section of the template's
    tables that holds none comes first."""
    gold = _gold(FIXTURES / "variants" / "blind29" /
                 "blind29-lnr-razdel-territorialnoy-skhemy-headings-waste-scheme-s5-s7-tables-in-appendices.gold.json")
    doc = _doc("appendix-named-again-in-section-8-2.docx")
    assert len(doc.projects) == sum(len(group["rows"]) for group in gold["s6"]["groups"])


@pytest.mark.parametrize("name", ["section4-lead-ins-without-colons.docx", "section4-table-with-an-empty-first-row.docx",
                                  "section4-table-of-figures-under-a-kindless-lead-in.docx"])
def test_section4_lists_keep_their_kinds_beside_label_lead_ins_and_tables_that_are_no_lists(name):
    """The Stavropol sample with the lead-ins «Ключевые вызовы и болевые точки», «Возможные негативные последствия»
    (no colon: they were taken for items whose marker was lost, and every challenge and risk stored as a problem);
    with a section 4 table whose first row is empty (the document failed: max() of nothing); with a table of
    figures «№ п/п | Показатель | Значение» under a lead-in that names no kind (read as lists, it left every
    problem unstored)."""
    doc = _doc(name)
    assert Counter(item.kind for item in doc.list_items if item.kind in KINDS.values()) == LIST_KINDS


def test_a_header_with_a_slash_naming_one_column_is_no_pair():
    """«Наименование задачи/проекта» over section 6's names: its parts were read as two columns (a region role,
    then the name), the header as no header, and no project was read. A part of one word names no column."""
    assert len(_doc("section6-header-name-slash-task.docx").projects) == len(PROJECTS)


def test_goals_and_tasks_split_by_a_slash_stay_one_goal_column():
    """«Цели/задачи проекта» in a table without a region-role column: each goal cell's second paragraph went to
    the region's role."""
    doc = _doc("section6-header-goals-slash-tasks-no-role-column.docx")
    assert [p.region_role for p in doc.projects] == [""] * len(PROJECTS)
    assert all("".join(p.goal.split()).startswith("".join(row["goal"].split()))  # (the tasks follow the goal)
               for p, row in zip(doc.projects, PROJECTS, strict=True))


def test_an_indicator_header_naming_name_and_unit_keeps_every_indicators_name():
    """«Наименование показателя/ед. изм.» in section 7: only each project's first indicator was split in two; the
    others got an empty name and their name as the unit. An indicator table's sub-rows are its indicators."""
    doc = _doc("section7-header-name-slash-unit.docx")
    gold = [indicator["name"] for group in STAVROPOL["s7"]["groups"] for row in group["rows"]
            for indicator in row["indicators"]]
    assert all("".join(i.name.split()).startswith("".join(name.split()))  # (the unit follows the name in its cell)
               for i, name in zip(doc.indicators, gold, strict=True))


def test_a_ruled_row_of_spaced_paragraphs_beside_one_name_is_one_row():
    """A section 6 table ruled under every row, no number column, each project's goals, technologies and sources
    set as spaced two-line paragraphs side by side: each project was cut into three rows, two of them nameless
    (cells start together after a blank, but never in the name's column)."""
    from parsers.grid import read_page_content
    from parsers.records import _rows_cut_by_text
    from parsers.sections import Section
    from parsers.template import load_template
    from schemas.layout import PageLayout, Rule, Table, Word

    def word(text: str, x: float, y: float) -> Word:
        return Word(text, x, y, x + 4.0 * len(text), y + 10, x + 2.0 * len(text), y + 5)

    xs = [50, 170, 290, 410, 560]  # name | goal | technologies | financing
    words = [word("Наименование", 52, 105), word("проекта", 52, 117), word("Цель", 172, 105), word("проекта", 172, 117),
             word("Используемые", 292, 105), word("технологии", 292, 117), word("Финансирование", 412, 105)]
    for y, name in ((135, "Проект А"), (235, "Проект Б")):
        words.append(word(name, 52, y))
        for k, (goal, tech, source) in enumerate([("Снижение", "Большие", "Федеральный"),
                                                  ("Повышение", "Искусственный", "Региональный"),
                                                  ("Рост", "Облачные", "Внебюджетные")]):
            top = y + 30 * k  # paragraphs of two lines, a blank between them
            words += [word(goal, 172, top), word("издержек", 172, top + 12), word(tech, 292, top),
                      word("данные", 292, top + 12), word(source, 412, top), word("бюджет", 412, top + 12)]
    rows = [(100, 130), (130, 230), (230, 330)]
    rules = [Rule(xs[0], 100, xs[-1], 100)] + [Rule(xs[0], y1, xs[-1], y1) for _, y1 in rows]
    rules += [Rule(x, 100, x, 330) for x in xs]
    content = read_page_content(PageLayout(1, 600, 800, words, rules))
    _, cut = _rows_cut_by_text([Section("6", "Проекты", 1, [Table(content.grids)])],
                               load_template().table_for_section("6"))
    assert cut == []


def _letters(text: str | None) -> str:
    return "".join(ch for ch in (text or "").lower() if ch.isalnum())


LINKS = [row for group in STAVROPOL["s5"]["groups"] for row in group["rows"]]


@pytest.mark.parametrize("name", ["caption-with-dot-hides-next-industry.docx",
                                  "subsection-heading-hides-first-industry.docx"])
def test_a_caption_or_a_subsection_heading_between_tables_hides_no_industry(name):
    """The Stavropol sample with «Таблица 6. Проекты в сфере здравоохранения» over «2. Здравоохранение», or the
    subsection heading «6.1. Перечень проектов цифровой трансформации» over «1. Образование и наука»: each was taken
    for a numbered title over the table, under which only lines of its own were read, and the industry after it
    was lost (health's projects stayed in education; education's had none)."""
    doc = _doc(name)
    assert [p.industry for p in doc.projects] == [group["industry"] for group in STAVROPOL["s6"]["groups"]
                                                  for _ in group["rows"]]


def test_a_section_5_table_without_the_task_column_after_tables_with_it():
    """The Stavropol sample with the health table's «Задача отрасли» column taken out: a header lacking the task
    column was refused once the tables before had it, the earlier columns were applied to it, and its header read as
    a link («Наименование проекта» as a task, the projects in the task column)."""
    doc = _doc("table-without-task-column-after-task-column-table.docx")
    assert [_letters(link.project) for link in doc.links] == [_letters(row["project"]) for row in LINKS]


def test_an_act_the_title_page_cites_as_approving_something_else_is_not_the_strategys():
    """The Stavropol sample over «Приложение к распоряжению Правительства Ставропольского края от 24 декабря 2021 г.
    № 591-рп», its title followed by «… утвержденными приказом Минцифры России от 28 февраля 2022 г. № 143»: the
    cited order was taken for the approving act, as a stamp («УТВЕРЖДЕНА …») would be. Only a short participle is
    the stamp."""
    doc = _doc("approval-cited-approved-act-beats-own-act.docx")
    assert (doc.approved_on, doc.approval_number) == ("2021-12-24", "591-рп")


def test_an_indicator_whose_name_opens_with_vsego_is_no_total():
    """blind30 Khabarovsk's DOCX (indicator rows with an empty № cell) with one indicator renamed «Всего
    обучающихся, родителей …»: the row was dropped as a row of totals. A totals row says «Итого» or «Всего» alone,
    or «… по …»."""
    gold = _gold(next((FIXTURES / "variants" / "blind30").glob("blind30-khabarovsk-*.gold.json")))
    doc = _doc("total-word-opens-an-indicator-name.docx")
    assert len(doc.indicators) == sum(len(row["indicators"]) for g in gold["s7"]["groups"] for row in g["rows"])
    assert doc.indicators[0].name.startswith("Всего обучающихся")
    assert not [p for p in doc.problems if p.code == "total_row"]


LNR = _gold(FIXTURES / "docx" / "strategy-lnr.gold.json")


def test_a_label_row_across_a_projects_table_names_no_project():
    """LNR's section 6 with its name column headed «Сервис», which no phrase names, and a row across the table
    «Проекты, рекомендованные федеральными органами исполнительной власти»: once a numbered title over a table could
    name its project (blind32), that row was every project's name and the real names went to extra cells. Only a
    title line over a table of its own names its rows (`title_lines`); the name column is guessed as before."""
    doc = _doc("section6-label-row-across-a-guessed-name-column.docx")
    rows = [row for group in LNR["s6"]["groups"] for row in group["rows"]]
    assert [p.name for p in doc.projects] == [row["name"] for row in rows]


def test_subsection_numbers_alone_over_their_titles_head_their_subsections():
    """LNR's subsections 1.1-1.3 printed «1.1.», a line break, then «Основания разработки.»: once a lone number
    stopped heading a subsection (blind32's blank «6.6.» over a table), all three were lost with their 18 items. A
    number alone heads its subsection when a title follows on the next line."""
    doc = _doc("subsection-numbers-alone-over-their-titles.docx")
    assert [s.number for s in doc.sections if s.number.startswith("1.")] == ["1.1", "1.2", "1.3"]
    assert Counter(item.kind for item in doc.list_items if item.section.startswith("1.")) == Counter(
        {"basis": len([t for block in LNR["s1"]["basis"]["lists"] for t in block["items"]]),
         "technology": len([t for block in LNR["s1"]["technologies"]["lists"] for t in block["items"]])})


STAVROPOL_BASIS = [t for block in STAVROPOL["s1"]["basis"]["lists"] for t in block["items"]]
STAVROPOL_TECHNOLOGIES = [t for block in STAVROPOL["s1"]["technologies"]["lists"] for t in block["items"]]


def test_an_explanatory_paragraph_between_two_items_is_no_item():
    """The Stavropol sample with «Указанный приказ применяется в части, …» between two legal bases and «Перечень
    технологий может уточняться …» between two technologies: once an unmarked paragraph between two items was an item
    whose marker OCR lost (blind32's scan), both became items. A paragraph that says something (a predicate) is none."""
    doc = _doc("list-section-explanatory-paragraph-between-items.docx")
    assert Counter(item.kind for item in doc.list_items if item.section in ("1.1", "1.2")) == Counter(
        {"basis": len(STAVROPOL_BASIS), "technology": len(STAVROPOL_TECHNOLOGIES)})


def test_a_card_value_with_a_question_word_inside_is_a_value():
    """The Stavropol sample's card opening «Миссия | Край, где цифровые сервисы доступны каждому жителю»: once a
    question over the values headed a card (blind34), «где» made the row a header and the field was lost. A header
    asks in one phrase, its first word a question word."""
    doc = _doc("card-first-value-with-a-question-word-inside.docx")
    assert [f.field for f in doc.card][:1] == ["Миссия"] and len(doc.card) == len(STAVROPOL["s2_card"]["rows"]) + 1


def test_card_rows_printed_in_one_cell_or_in_a_table_of_their_own_stay_fields():
    """The Stavropol sample's card with «Срок реализации: 2022-2024 годы» merged into one cell across the card, and
    with its last row «10. Ресурсы | …» in a one-row table of its own: once a cell across the card titled a group
    (blind34) and a one-row table of a number and a line was a heading set in a margin column (blind35), both fields
    were lost. A cell across the card with a label's colon is a field; a margin column's number stands alone or after
    a heading word."""
    merged = _doc("card-field-merged-into-one-cell.docx")
    assert len(merged.card) == len(STAVROPOL["s2_card"]["rows"])
    assert any(f.field.startswith("Срок реализации") for f in merged.card)
    from parsers.tables import _merged_field  # blind21 LNR's next heading, boxed, joined to its card: no field
    assert _merged_field("Срок реализации: 2022-2024 годы") and not _merged_field("Глава III: Цель и задачи")
    split = _doc("card-last-numbered-row-in-a-table-of-its-own.docx")
    assert len(split.card) == len(STAVROPOL["s2_card"]["rows"]) and "Ресурсы" in split.card[-1].field


@pytest.mark.parametrize("name", ["subsection-title-over-a-lettered-list.docx",
                                  "subsection-title-over-a-lower-case-sentence.docx"])
def test_a_finished_subsection_title_takes_no_line_below_it(name):
    """The Stavropol sample with «1.1. Основания разработки.» over a list lettered «а) …», and with subsection 1.2's
    text opening in lower case: once a subsection title that wraps took its next line (blind35), both titles took
    their text's first line (and 1.1 its first item). A title that ended, or a line that is an item or a clause, is
    no title's rest."""
    doc = _doc(name)
    assert [s.title for s in doc.sections if s.number in ("1.1", "1.2")] == [
        STAVROPOL["s1"]["basis"]["title"], STAVROPOL["s1"]["technologies"]["title"]]
    assert Counter(item.kind for item in doc.list_items if item.section == "1.1")["basis"] == len(STAVROPOL_BASIS)
