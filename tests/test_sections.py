"""Section headings in their printed variants; the table of contents is skipped."""
from __future__ import annotations

import pytest

from parsers.appendices import split_appendices
from parsers.sections import split_sections
from parsers.template import load_template
from schemas.layout import Line, Table, TextLine, Word

BODY = ["Текст раздела."]


def stream_of(texts: list[str]) -> list[TextLine]:
    return [TextLine(page=1 + k // 40, line=Line(t, 70, 10 * k, 500, 10 * k + 9), indented=False)
            for k, t in enumerate(texts)]


@pytest.mark.parametrize("heading", [
    "5. Раздел «Взаимосвязь задач и проектов стратегии».",
    "5. Раздел Взаимосвязь задач и проектов стратегии",
    "5.Раздел «Взаимосвязь задач и проектов отрасли»",
    "5. Взаимосвязь задач и проектов стратегии",
    "5. РАЗДЕЛ «ВЗАИМОСВЯЗЬ ЗАДАЧ И ПРОЕКТОВ СТРАТЕГИИ»",
    "Раздел 5 — ВЗАИМОСВЯЗЬ ЗАДАЧ И ПРОЕКТОВ СТРАТЕГИИ",  # blind8: a dash after the number
    "§ 5. Взаимосвязь задач и проектов стратегии",  # blind8: a paragraph sign before it
    "Разд. 5. Взаимосвязь задач и проектов стратегии",  # blind9: abbreviated words
    "Гл. 5. ВЗАИМОСВЯЗЬ ЗАДАЧ И ПРОЕКТОВ СТРАТЕГИИ",
    "Блок 5. Взаимосвязь задач и проектов стратегии",
])
def test_heading_styles(heading):
    outline = split_sections(stream_of(["4. Раздел «Проблемы и вызовы цифровой трансформации»", *BODY,
                                        heading, *BODY]), load_template())
    assert [s.number for s in outline.sections] == ["4", "5"]


def test_heading_wrapped_onto_two_lines():
    outline = split_sections(stream_of(["3. Раздел «Приоритеты, цели и задачи", "цифровой трансформации».",
                                        "3.1. Цель цифровой трансформации.", *BODY]), load_template())
    assert [s.number for s in outline.sections] == ["3", "3.1"]
    assert outline.get("3").blocks == []


def test_table_of_contents_is_skipped_even_without_page_numbers():
    toc = ["ОГЛАВЛЕНИЕ", "1. Раздел «Основные положения»", "1.1. Основания разработки.",
           "2. Раздел «Карточка стратегии (краткое содержание)»"]
    body = ["1. Раздел «Основные положения»", "1.1. Основания разработки.", *BODY,
            "2. Раздел «Карточка стратегии (краткое содержание)»", *BODY]
    outline = split_sections(stream_of(toc + body), load_template())
    assert [s.number for s in outline.sections] == ["1", "1.1", "2"]
    assert outline.get("1.1").lines[0].text == BODY[0]
    assert [b.text for b in outline.front] == toc


def test_dot_leader_lines_are_never_headings():
    lines = ["1. Раздел «Основные положения»................ 3", "2. Раздел «Карточка стратегии»........ 6"]
    assert split_sections(stream_of(lines), load_template()).sections == []


def test_numbered_list_item_is_not_a_subsection_out_of_order():
    outline = split_sections(stream_of(["1. Раздел «Основные положения»", "1.1. Основания разработки.",
                                        "1.3. Не по порядку.", "1.2. Перечень внедряемых технологий.", *BODY]),
                             load_template())
    assert [s.number for s in outline.sections] == ["1", "1.1", "1.2"]


def test_sample_sections_are_all_found(parsed_samples):
    for name, doc in parsed_samples.items():
        numbers = [s.number for s in doc.sections]
        assert {"1", "1.1", "1.2", "1.3", "2", "3", "3.1", "3.2", "4", "4.1", "5", "6", "7", "8", "8.1", "8.2"} \
            <= set(numbers), name
        assert all(s.page_start > 1 for s in doc.sections), "a table-of-contents line was taken for a heading"


def test_heading_with_the_word_razdel_first():
    outline = split_sections(stream_of(["Раздел 5. Взаимосвязь задач и проектов стратегии", *BODY]), load_template())
    assert [s.number for s in outline.sections] == ["5"]


EIGHT_TITLES = ["«Основные положения»", "«Карточка стратегии (краткое содержание)»",
                "«Приоритеты, цели и задачи цифровой трансформации»", "«Проблемы и вызовы цифровой трансформации»",
                "«Взаимосвязь задач и проектов стратегии»", "«Проекты развития отрасли»",
                "«Показатели развития отрасли»", "«Ресурсное обеспечение реализации стратегии»"]


def test_headings_printed_without_numbers_are_found_by_their_titles_in_order():
    lines = [line for title in EIGHT_TITLES for line in (title, *BODY)]
    outline = split_sections(stream_of(lines), load_template())
    assert [s.number for s in outline.top_level] == [str(n) for n in range(1, 9)]
    assert [s.title for s in outline.top_level] == EIGHT_TITLES


def test_without_numbers_a_sentence_or_a_paragraph_opening_is_not_a_heading():
    """Lines that mean section 4 but are a clause ("формируют") or open a paragraph that runs on in lower
    case stay text of section 3, though section 4's own heading is missing."""
    titles = EIGHT_TITLES[:3] + EIGHT_TITLES[4:]
    lines = [line for title in titles for line in (title, *BODY)]
    at = lines.index(EIGHT_TITLES[4])
    sentences = ["Проблемы и вызовы формируют ряд рисков", "Проблемы и вызовы цифровой трансформации",
                 "рассмотрены по отраслям."]
    lines[at:at] = sentences
    outline = split_sections(stream_of(lines), load_template())
    assert [s.title for s in outline.top_level] == titles
    assert [b.text for b in outline.get("3").lines][-3:] == sentences


def test_a_numbered_item_that_is_a_clause_is_not_a_heading():
    outline = split_sections(stream_of(["2. Раздел «Карточка стратегии»", *BODY,
                                        "3. Цели и задачи не будут достигнуты без платформы.", *BODY,
                                        "4. Раздел «Проблемы и вызовы цифровой трансформации»", *BODY]),
                             load_template())
    assert [s.number for s in outline.top_level] == ["2", "4"]


def test_headings_whose_roman_numbers_ocr_misread_are_found_by_title_and_order():
    """blind2's Stavropol 300-dpi scan: Tesseract read "II." as ".", "III." as "11.", "IV." as "м.",
    "VIII." as "Ш." (rus+eng reads bold roman numerals as Cyrillic), so sections 2, 3, 4 and 8 were lost.
    A short token before a quoted or capitalised title still shows a heading; the title and the order tell
    which. A numbered item in sentence case is not taken for one."""
    printed = ["I. «ПОЛОЖЕНИЯ ОБЩЕГО ХАРАКТЕРА И ПРАВОВЫЕ ОСНОВЫ»", ". «ПАСПОРТ СТРАТЕГИИ В СФЕРЕ ЦИФРОВОЙ ТРАНСФОРМАЦИИ»",
               "11. «ЦЕЛИ И ЗАДАЧИ»", "м. «ТЕКУЩЕЕ СОСТОЯНИЕ И КЛЮЧЕВЫЕ ПРОБЛЕМЫ»",
               "V. «СВЯЗЬ ЗАДАЧ С ПРОЕКТАМИ И ОЖИДАЕМЫМИ ВЫГОДАМИ»", "МТ. «ПЕРЕЧЕНЬ ПРОЕКТОВ ЦИФРОВОЙ ТРАНСФОРМАЦИИ»",
               "УП. «ПОКАЗАТЕЛИ РЕЗУЛЬТАТИВНОСТИ РЕАЛИЗАЦИИ СТРАТЕГИИ»",
               "Ш. «ИСПОЛНИТЕЛИ СТРАТЕГИИ И ИСТОЧНИКИ ФИНАНСИРОВАНИЯ»"]
    lines = [line for heading in printed for line in (heading, *BODY)]
    lines[lines.index(printed[3]) + 1:lines.index(printed[3]) + 1] = ["11. Цели и задачи проекта не меняются."]
    outline = split_sections(stream_of(lines), load_template())
    assert [s.number for s in outline.top_level] == [str(n) for n in range(1, 9)]
    assert outline.get("3").title == "«ЦЕЛИ И ЗАДАЧИ»" and outline.get("8").title.startswith("«ИСПОЛНИТЕЛИ")
    assert "11. Цели и задачи проекта не меняются." in [b.text for b in outline.get("4").lines]


def test_a_heading_with_a_misread_number_and_a_title_of_its_own_wording_is_told_by_its_first_subsection():
    """blind4's Khabarovsk scan: «Раздел Ш. ЦЕЛЕВЫЕ УСТАНОВКИ ЦИФРОВОЙ ТРАНСФОРМАЦИИ КРАЯ» ("III" read "Ш")
    means section 3 too weakly to be found by its title alone; "3.1." right under it says which it is."""
    lines = ["2. Раздел «Карточка стратегии»", *BODY, "Раздел Ш. ЦЕЛЕВЫЕ УСТАНОВКИ ЦИФРОВОЙ ТРАНСФОРМАЦИИ КРАЯ",
             "3.1. Цель", *BODY, "4. Раздел «Проблемы и вызовы цифровой трансформации»", *BODY]
    outline = split_sections(stream_of(lines), load_template())
    assert [s.number for s in outline.sections] == ["2", "3", "3.1", "4"]
    lines[lines.index("3.1. Цель")] = BODY[0]  # no subsection: the weak title alone is not a heading
    assert [s.number for s in split_sections(stream_of(lines), load_template()).sections] == ["2", "4"]


def test_a_numbered_heading_whose_title_means_another_section_may_be_that_section():
    """blind2's Stavropol scan: OCR read «VIII.» as «Ш.», which the reader restores as «III.»; the title says
    section 8, and the order (section 3 came long before) agrees, so section 8 is not lost."""
    lines = ["3. Раздел «Цели и задачи»", *BODY, "4. Раздел «Проблемы и вызовы цифровой трансформации»", *BODY,
             "III. «ИСПОЛНИТЕЛИ СТРАТЕГИИ И ИСТОЧНИКИ ФИНАНСИРОВАНИЯ»", "8.1. Участники", *BODY]
    outline = split_sections(stream_of(lines), load_template())
    assert [s.number for s in outline.top_level] == ["3", "4", "8"]


def test_list_lead_ins_of_section_4_do_not_outbid_its_heading_whose_number_ocr_lost():
    """blind3x's LNR scan: «IV. АНАЛИЗ ПРОБЛЕМ И ВЫЗОВОВ ПО ОТРАСЛЯМ» read «№. АНАЛИЗ …»; the unnumbered
    lead-ins «Вызовы» and «Риски» over every industry's lists mean section 4 as strongly, and the last one
    was taken for its heading, which put all the industries into section 3."""
    lines = ["3. Раздел «Цели и задачи»", *BODY, "№. АНАЛИЗ ПРОБЛЕМ И ВЫЗОВОВ ПО ОТРАСЛЯМ", "4.1. Образование",
             "Вызовы", "— Повышение уровня.", "Риски", "— Нехватка кадров.", "4.2. Здравоохранение",
             "Вызовы", "— Повышение доступности.", "Риски", "— Нехватка средств.",
             "5. Раздел «Взаимосвязь задач и проектов стратегии»", *BODY]
    outline = split_sections(stream_of(lines), load_template())
    assert [s.number for s in outline.sections] == ["3", "4", "4.1", "4.2", "5"]


def test_a_bare_number_line_is_no_heading():
    """blind3x's LNR scan: OCR kept the page number «2» between the two pages of the card; a number with no
    title, with a table after it, outscored the card's heading whose «II.» was read as a point."""
    from parsers.grid import read_page_content
    from test_table_layouts import ruled_page, word
    fields = ["Наименование стратегии", "Срок реализации", "Ответственный исполнитель", "Требуемые ресурсы"]
    card = Table(read_page_content(ruled_page(
        [50, 250, 560], [(100 + 20 * k, 120 + 20 * k, [(50, 560)]) for k in range(len(fields))],
        [w for k, field in enumerate(fields) for w in (word(field, 52, 105 + 20 * k), word("Есть", 252, 105 + 20 * k))]
    )).grids)
    stream = stream_of(["1. Общие положения", *BODY, ". КРАТКАЯ ХАРАКТЕРИСТИКА СТРАТЕГИИ", "2"])
    stream[-1:-1] = [card]
    stream += [card, *stream_of(["3. Раздел «Цели и задачи»", *BODY])]
    outline = split_sections(stream, load_template())
    assert [(s.number, s.title) for s in outline.top_level] == [
        ("1", "Общие положения"), ("2", "КРАТКАЯ ХАРАКТЕРИСТИКА СТРАТЕГИИ"), ("3", "«Цели и задачи»")]


def test_sentence_case_headings_whose_roman_number_ocr_left_as_a_point_or_a_sign():
    """blind5's Stavropol scan: «I. Общие сведения о документе» read ". Общие …", «IV. Проблемы цифровизации …»
    read "№. Проблемы …": fewer than four sections were found and the file failed as no strategy. (Its
    «Общие сведения о документе» means the card more than section 1, and stays lost under OCR.)"""
    lines = [". Общие положения", *BODY, "2. Карточка стратегии", *BODY, "3. Цель и задачи", *BODY,
             "№. Проблемы цифровизации, вызовы и риски по отраслям", "4.1. Образование", *BODY,
             "5. Взаимосвязь задач и проектов стратегии", *BODY]
    outline = split_sections(stream_of(lines), load_template())
    assert [s.number for s in outline.top_level] == ["1", "2", "3", "4", "5"]


def test_a_heading_word_before_the_number_makes_a_heading_of_a_title_no_phrase_knows():
    """blind9's LNR: «Гл. 2. КАРТА СТРАТЕГИИ» and «Гл. 5. СВЯЗКА ЗАДАЧ И ИНИЦИАТИВ» mean their sections too
    weakly to be found by their titles, and sections 2 and 5 were lost; a plain numbered line stays text."""
    lines = ["Гл. 1. ОБЩИЕ ПОЛОЖЕНИЯ", *BODY, "Гл. 2. КАРТА СТРАТЕГИИ", *BODY, "Гл. 3. ЦЕЛЬ И ЗАДАЧИ", *BODY,
             "2. Карта местности", *BODY]
    outline = split_sections(stream_of(lines), load_template())
    assert [s.number for s in outline.top_level] == ["1", "2", "3"]
    assert outline.get("2").title == "КАРТА СТРАТЕГИИ"


def test_a_word_this_document_puts_before_every_section_number_is_its_heading_word():
    """blind10's Tyumen and Khabarovsk: «Статья 1.» … «Статья 8.» and «Пункт I.» … «Пункт VIII.», words no
    strategy had used, and titles too unlike the template's: the files failed as no strategy. A word before
    at least six section numbers, first seen in rising order, is this document's heading word; a caption word
    before four table numbers is not."""
    titles = ["Общие сведения", "Сводная таблица", "Приоритеты, цель и задачи", "Проблемы по отраслям",
              "Соответствие задач", "Реестр мероприятий", "Ключевые индикаторы", "Реализация"]
    for word, numbers in (("Статья", range(1, 9)), ("Пункт", ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"])):
        lines = [line for number, title in zip(numbers, titles) for line in (f"{word} {number}. {title}", *BODY)]
        outline = split_sections(stream_of(lines), load_template())
        assert [s.number for s in outline.top_level] == [str(n) for n in range(1, 9)], word
    captions = [line for n in range(1, 5) for line in (f"Таблица {n}. Сводные сведения", *BODY)]
    assert split_sections(stream_of(captions), load_template()).sections == []


def test_a_heading_word_with_an_ordinal_for_its_number():
    """blind10's LNR: «Раздел первый» over its title in capitals on the next line; section 4's
    «четвертый» was longer than the ordinal endings first allowed, and the section was lost."""
    ordinals = ["первый", "второй", "третий", "четвертый", "пятый"]
    titles = ["НАЗНАЧЕНИЕ ДОКУМЕНТА", "ОСНОВНЫЕ ПАРАМЕТРЫ", "ПРИОРИТЕТЫ И ЗАДАЧИ", "ОЦЕНКА СОСТОЯНИЯ ОТРАСЛЕЙ",
              "УВЯЗКА ЗАДАЧ С МЕРОПРИЯТИЯМИ"]
    lines = [line for ordinal, title in zip(ordinals, titles) for line in (f"Раздел {ordinal}", title, *BODY)]
    outline = split_sections(stream_of(lines), load_template())
    assert [(s.number, s.title) for s in outline.top_level] == [(str(n), t) for n, t in enumerate(titles, 1)]


def test_unnumbered_headings_in_capitals_are_told_by_what_follows_them():
    """blind10's Stavropol: headings printed as a title alone in capitals («ИСХОДНЫЕ ДАННЫЕ», «ОРИЕНТИРЫ
    ЦИФРОВОГО РАЗВИТИЯ КРАЯ»), worded unlike the template: the file failed as no strategy. A line in capitals
    may open any section; its first subsection («3.1.») and the order tell which. A line in capitals followed
    by nothing that says a section stays text."""
    lines = ["ИСХОДНЫЕ ДАННЫЕ", "1.1. Основополагающие акты", *BODY, "НЕСКОЛЬКО СЛОВ", *BODY,
             "ОРИЕНТИРЫ ЦИФРОВОГО РАЗВИТИЯ КРАЯ", "3.1. Результат", *BODY,
             "ПОЛОЖЕНИЕ ДЕЛ В ОТРАСЛЯХ", "4.1. Образование и наука", *BODY,
             "МЕХАНИЗМ ДОСТИЖЕНИЯ РЕЗУЛЬТАТА", "8.1. Участники", *BODY]
    outline = split_sections(stream_of(lines), load_template())
    assert [(s.number, s.title) for s in outline.top_level] == [
        ("1", "ИСХОДНЫЕ ДАННЫЕ"), ("3", "ОРИЕНТИРЫ ЦИФРОВОГО РАЗВИТИЯ КРАЯ"), ("4", "ПОЛОЖЕНИЕ ДЕЛ В ОТРАСЛЯХ"),
        ("8", "МЕХАНИЗМ ДОСТИЖЕНИЯ РЕЗУЛЬТАТА")]


def test_a_letter_joined_to_every_section_number_is_this_documents_heading_word():
    """blind12's Tyumen: «Р1. Введение …» … «Р8. …», a letter with no space before the number: the file
    failed as no strategy."""
    titles = ["Введение", "Паспорт портфеля", "Цель и задачи", "Предпосылки", "Задачи и кейсы", "Описание кейсов",
              "Контрольные точки", "Управление"]
    lines = [line for n, title in enumerate(titles, 1) for line in (f"Р{n}. {title}", *BODY)]
    assert [s.number for s in split_sections(stream_of(lines), load_template()).top_level] == [str(n) for n in range(1, 9)]


def test_a_heading_word_longer_than_ten_letters_is_learned_too():
    """blind13's Stavropol: «Направление 1. …» … «Направление 8. …»; a heading word was read only up to ten
    letters, so «Направление» (eleven) was never learned and the file failed as no strategy."""
    titles = ["Вводная часть", "Паспорт", "Цель и задачи", "Положение дел в отраслях", "Задачи и проекты",
              "Состав проектов", "Показатели проектов", "Управление реализацией"]
    lines = [line for n, title in enumerate(titles, 1) for line in (f"Направление {n}. {title}", *BODY)]
    assert [s.number for s in split_sections(stream_of(lines), load_template()).top_level] == [str(n) for n in range(1, 9)]


def test_a_heading_word_with_a_capital_letter_for_its_number():
    """blind13's Khabarovsk: «Раздел А.» … «Раздел И.», sections lettered as GOST 2.105 letters parts (Ё, З and
    Й skipped); sections 3 and 6 were lost. A lower-case letter item («а) …») stays text."""
    titles = ["Общие сведения", "Сводные сведения", "Цель и задачи", "Обоснование потребности отраслей",
              "Задачи отраслей и направления расходов", "Направления расходов", "Показатели результативности",
              "Исполнение расходов"]
    lines = [line for letter, title in zip("АБВГДЕЖИ", titles) for line in (f"Раздел {letter}. {title}", *BODY)]
    lines[2:2] = ["а) первое основание", "б) второе основание"]
    outline = split_sections(stream_of(lines), load_template())
    assert [(s.number, s.title) for s in outline.top_level] == [(str(n), t) for n, t in enumerate(titles, 1)]


def test_a_heading_title_with_a_relative_clause_is_a_title_not_a_sentence():
    """blind13's Khabarovsk: «Раздел В. Цель и задачи, на которые направляются бюджетные ассигнования» was
    taken for a sentence by its verb, and section 3 was lost; the verb is in a relative clause, so the title
    still names. A numbered sentence stays text."""
    lines = ["Раздел 2. Паспорт стратегии", *BODY, "Раздел 3. Цель и задачи, на которые направляются ассигнования",
             *BODY, "4. Цель проекта не будет достигнута без финансирования", *BODY]
    outline = split_sections(stream_of(lines), load_template())
    assert [s.number for s in outline.top_level] == ["2", "3"]
    assert outline.get("3").title == "Цель и задачи, на которые направляются ассигнования"


def test_a_numbered_clause_is_a_heading_after_the_documents_heading_word():
    """blind14's Тюменская: «Шаг 8. Кто отвечает перед жителями и за счет чего», a question with a verb, was taken
    for a numbered sentence and section 8 was lost. After a heading word the line is a heading; a bare number
    before a clause stays an item."""
    titles = ["Исходные позиции", "Паспорт изменений", "Цель и задачи", "Жизненные ситуации", "Задачи и изменения",
              "Изменения для жителей", "Показатели", "Кто отвечает перед жителями и за счет чего"]
    lines = [line for n, title in enumerate(titles, 1) for line in (f"Шаг {n}. {title}", *BODY)]
    assert split_sections(stream_of(lines), load_template()).get("8").title == titles[-1]
    lines = ["7. Показатели", *BODY, "8. Кто отвечает перед жителями и за счет чего", *BODY]
    assert [s.number for s in split_sections(stream_of(lines), load_template()).top_level] == ["7"]


def test_a_bracketed_number_heads_a_section_whatever_its_title_says():
    """blind16's Тюменская numbers its headings «[1] С чего мы начинаем» … «[8] Кто и на какие средства будет это
    делать», subsections «[1.1]»: no heading was read (questions with verbs, the bracket unknown), and the
    document failed as not_a_strategy. A bracket before the number is a heading's, as a heading word is."""
    titles = ["С чего мы начинаем", "Коротко о проекте", "Чего мы хотим добиться", "Как обстоят дела", "Какой проект "
              "какую задачу решает", "Проекты на обсуждение", "По каким цифрам будем судить", "Кто и на какие "
              "средства будет это делать"]
    lines = [line for n, title in enumerate(titles, 1) for line in (f"[{n}] {title}", *BODY)]
    lines[2:2] = ["[1.1] На какие документы опирается проект", *BODY]
    outline = split_sections(stream_of(lines), load_template())
    assert [s.number for s in outline.sections] == ["1", "1.1", "2", "3", "4", "5", "6", "7", "8"]
    assert outline.get("8").title == titles[-1]


@pytest.mark.parametrize("heading", ["Раздел № 5", "Раздел № 5. Взаимосвязь задач и проектов"])
def test_a_number_sign_after_the_heading_word(heading):
    """blind16's Stavropol: «Раздел № 1» over its title in capitals; the sign hid the number."""
    outline = split_sections(stream_of(["Раздел № 4", "ПРОБЛЕМЫ И ВЫЗОВЫ", *BODY, heading,
                                        "ВЗАИМОСВЯЗЬ ЗАДАЧ И ПРОЕКТОВ", *BODY]), load_template())
    assert [s.number for s in outline.sections] == ["4", "5"]


@pytest.mark.parametrize("style", ["{n} | {title}", "0{n}. {title}", "{n}.0. {title}", "Раздел {n} из 8. {title}"])
def test_heading_numbers_marked_as_lists_never_mark_theirs(style):
    """blind17: «1 | Контекст документа и scope», «01. Инвестиционные предпосылки», «1.0. Исходные данные» (its
    subsections «1.1.»), «Раздел 1 из 8. …»: three of four documents failed as not_a_strategy. A bar after the
    number, a leading zero or «.0» mark a heading as a heading word does; «1.0.» is no subsection."""
    titles = ["Контекст документа", "Резюме меморандума", "Инвестиционный тезис", "Обзор отраслевых рынков",
              "Задачи и объекты вложений", "Объекты инвестирования", "Метрики отдачи", "Структура сделки"]
    lines = [line for n, title in enumerate(titles, 1) for line in (style.format(n=n, title=title), *BODY)]
    lines[2:2] = ["1.1. Регуляторная среда для инвестора", *BODY]
    outline = split_sections(stream_of(lines), load_template())
    assert [s.number for s in outline.sections] == ["1", "1.1", "2", "3", "4", "5", "6", "7", "8"]


@pytest.mark.parametrize("style", ["#{n} {title}", "№ {n}. {title}", "{n} // {title}"])
def test_a_number_shape_the_document_prints_before_its_titles_is_learned(style):
    """A numbering style no rule reads («#1», «№ 1.», «1 //») is how the document numbers its headings when it
    prints numbers 1-8 in that shape in rising order, each at most twice (its contents and its heading)."""
    titles = ["Контекст документа", "Резюме меморандума", "Чего мы хотим добиться", "Обзор отраслевых рынков",
              "Задачи и объекты вложений", "Объекты инвестирования", "Метрики отдачи", "Кто и за счет чего"]
    lines = [line for n, title in enumerate(titles, 1) for line in (style.format(n=n, title=title), *BODY)]
    outline = split_sections(stream_of(lines), load_template())
    assert [s.number for s in outline.sections] == [str(n) for n in range(1, 9)]
    assert outline.get("3").title == titles[2]


def test_a_list_shape_printed_again_in_every_list_is_not_learned():
    """Lists numbered «#1», «#2» … in each industry print each number many times: no heading shape."""
    from parsers.sections import _numbering
    lists = [f"#{n} Пункт перечня номер {n}" for _ in range(3) for n in range(1, 8)]
    lines = ["4. Проблемы и вызовы цифровой трансформации", *BODY, *lists, "5. Взаимосвязь задач и проектов", *BODY]
    assert _numbering(stream_of(lines)).shapes == frozenset()
    assert _numbering(stream_of(lists[:7])).shapes == {"##"}, "once each, the same lines are a heading shape"
    assert [s.number for s in split_sections(stream_of(lines), load_template()).sections] == ["4", "5"]


def test_a_heading_that_asks_a_question_is_a_heading_despite_its_verb():
    """blind18's Тюменская, a plain-language edition, numbers «1) …» and asks «4) Как обстоят дела в отраслях»,
    «8) Кто и на какие деньги все это сделает»: a title with a verb was taken for a list item, and those sections
    were lost though their subsections «4.1», «8.1» followed. A question is how such a heading names its section;
    a statement with a verb («3) Цель проекта не будет достигнута») stays an item."""
    titles = ["Общие положения", "Карточка стратегии", "Цели и задачи", "Как обстоят дела в отраслях",
              "Взаимосвязь задач и проектов", "Проекты цифровой трансформации", "Целевые показатели",
              "Кто и на какие деньги все это сделает"]
    lines = [line for n, title in enumerate(titles, 1) for line in (f"{n}) {title}", *BODY)]
    for heading, sub in (("4) Как обстоят дела в отраслях", "4.1. Образование и наука"),
                         ("8) Кто и на какие деньги все это сделает", "8.1. Участники реализации")):
        lines.insert(lines.index(heading) + 1, sub)
    outline = split_sections(stream_of(lines), load_template())
    assert [s.number for s in outline.sections] == ["1", "2", "3", "4", "4.1", "5", "6", "7", "8", "8.1"]
    assert outline.get("8").title == titles[7]
    with_item = [*lines[:lines.index("4) Как обстоят дела в отраслях")], "3) Цель проекта не будет достигнута",
                 *lines[lines.index("4) Как обстоят дела в отраслях"):]]
    assert [s.number for s in split_sections(stream_of(with_item), load_template()).sections] == \
        ["1", "2", "3", "4", "4.1", "5", "6", "7", "8", "8.1"]


def test_a_list_shape_numbers_headings_whose_titles_are_in_capitals():
    """blind19's Ставропольский, worded as a ГОСТ 34 specification, heads «(1) ОБЩИЕ СВЕДЕНИЯ И ОСНОВАНИЯ ДЛЯ
    СОЗДАНИЯ СИСТЕМЫ» … «(8) ПОРЯДОК СОЗДАНИЯ СИСТЕМЫ И ОБЕСПЕЧЕНИЕ РАБОТ»: «(1)» numbers lists, so the shape was
    never learned, the numbers went unread, and sections 1, 5 and 6 were lost (section 1 taken for 2). Over titles
    in capitals, as no list item is set, the list's shape numbers headings; its items stay items."""
    titles = ["ОБЩИЕ СВЕДЕНИЯ И ОСНОВАНИЯ ДЛЯ СОЗДАНИЯ СИСТЕМЫ", "КРАТКАЯ СПЕЦИФИКАЦИЯ РАБОТ",
              "НАЗНАЧЕНИЕ И ЦЕЛИ СОЗДАНИЯ СИСТЕМЫ", "ОБСЛЕДОВАНИЕ ОБЪЕКТОВ АВТОМАТИЗАЦИИ ПО ОТРАСЛЯМ",
              "ФУНКЦИИ СИСТЕМЫ В ПРИВЯЗКЕ К ОТРАСЛЕВЫМ ЗАДАЧАМ", "СОСТАВ ПОДСИСТЕМ И ТРЕБОВАНИЯ К НИМ",
              "ТРЕБОВАНИЯ К ПОКАЗАТЕЛЯМ НАЗНАЧЕНИЯ", "ПОРЯДОК СОЗДАНИЯ СИСТЕМЫ И ОБЕСПЕЧЕНИЕ РАБОТ"]
    lines = [line for n, title in enumerate(titles, 1) for line in (f"({n}) {title}", *BODY)]
    items = [f"({n}) Указ Президента Российской Федерации номер {n}" for n in range(1, 9)]
    lines[1:1] = items
    outline = split_sections(stream_of(lines), load_template())
    assert [s.number for s in outline.sections] == [str(n) for n in range(1, 9)]
    assert outline.get("1").title == titles[0] and len(outline.get("1").blocks) == len(items) + len(BODY)


@pytest.mark.parametrize("heading", ["Группы адресатов и проектные решения по задачам (раздел 5)",
                                     "Группы адресатов и проектные решения по задачам (Раздел V)"])
def test_a_section_number_printed_after_its_title(heading):
    """blind19's Хабаровский, worded as a regulatory impact assessment, numbers its headings after their titles:
    «Описание проблемы и правовые основания регулирования (раздел 1)» … «(раздел 8)»: no heading was read, and
    its DOCX lost sections 1, 5, 6 and 8 (its PDF failed as not_a_strategy). A heading word and a number in
    brackets after a title number it as before it."""
    cited = ["Объем работ определяется составом мероприятий, предусмотренных", "стратегией (раздел 5).",
             "Порядок их финансирования изложен ниже (раздел 8)."]
    outline = split_sections(stream_of(["Анализ затрагиваемых отраслей и адресатов (раздел 4)", *cited, *BODY,
                                        heading, *BODY]), load_template())
    assert [(s.number, s.title) for s in outline.sections] == [
        ("4", "Анализ затрагиваемых отраслей и адресатов"), ("5", "Группы адресатов и проектные решения по задачам")]


def test_a_row_of_a_table_without_rules_numbered_as_a_subsection_is_no_subsection():
    """blind19's Тюменская prints its projects table with no rules at all (banded rows), rows «6.1», «6.2» … of
    its sixth industry: each row's first line, read as running text, became a subsection «6.1 Цифровизация
    Совершенствовани е до 2026 года …» and its project was lost from the table. A heading is one phrase; a line
    whose words stand apart as a table's cells do is no heading."""
    def line(words: list[tuple[str, float]], y: float) -> TextLine:
        ws = tuple(Word(w, x, y, x + 6 * len(w), y + 10, x + 3 * len(w), y + 5) for w, x in words)
        return TextLine(1, Line(" ".join(w for w, _ in words), ws[0].x0, y, ws[-1].x1, y + 10, ws), False)
    heading = stream_of(["6. Проекты цифровой трансформации", *BODY])
    row = line([("6.1", 70), ("Цифровизация", 110), ("до", 260), ("2026", 275), ("года", 305)], 40)
    outline = split_sections([*heading, row], load_template())
    assert [s.number for s in outline.sections] == ["6"] and outline.get("6").blocks[-1] is row
    title = line([("6.1.", 70), ("Общие", 95), ("положения", 134)], 40)
    assert [s.number for s in split_sections([*heading, title], load_template()).sections] == ["6", "6.1"]


def test_a_capital_letter_numbers_headings_when_the_document_letters_them_in_order():
    """blind20's Тюменская, worded as a university's development programme, heads «А. Контекст и основания
    программы развития» … «И. Консорциум и ресурсное обеспечение программы» (GOST 2.105's letters, no Ё, З, Й)
    over subsections «1.1.»: no heading was read (not_a_strategy). Letters alone number headings when the document
    letters its lines so in order (its contents and its headings); a capital letter before a line once does not."""
    titles = ["Контекст и основания программы развития", "Ключевые параметры программы развития",
              "Миссия и целевая модель развития", "Политики по основным направлениям деятельности",
              "Вклад стратегических проектов в решение задач", "Портфель стратегических проектов программы",
              "Показатели результативности программы", "Консорциум и ресурсное обеспечение программы"]
    lines = [line for letter, title in zip("АБВГДЕЖИ", titles) for line in (f"{letter}. {title}", *BODY)]
    outline = split_sections(stream_of(lines), load_template())
    assert [(s.number, s.title) for s in outline.sections] == [(str(n), t) for n, t in enumerate(titles, 1)]
    once = split_sections(stream_of(["4. Проблемы и вызовы отраслей", *BODY, "В. Иванов, министр", *BODY]),
                          load_template())
    assert [s.number for s in once.sections] == ["4"]


@pytest.mark.parametrize("heading", ["Пятый раздел — Распределение мероприятий по поставленным задачам",
                                     "ПЯТЫЙ РАЗДЕЛ — РАСПРЕДЕЛЕНИЕ МЕРОПРИЯТИЙ ПО ПОСТАВЛЕННЫМ ЗАДАЧАМ",
                                     "Пятая глава. Взаимосвязь задач и проектов"])
def test_an_ordinal_word_before_the_heading_word(heading):
    """blind20's Ставропольский, worded as a civil-defence plan, heads «Первый раздел — Исходные данные …»: its
    DOCX read no heading (not_a_strategy); its PDF, in small capitals, read them only as titles in capitals."""
    outline = split_sections(stream_of(["4. Проблемы и вызовы цифровой трансформации", *BODY, heading, *BODY]),
                             load_template())
    assert [s.number for s in outline.sections] == ["4", "5"]
    assert not split_sections(stream_of(["4. Проблемы и вызовы цифровой трансформации", *BODY,
                                         "Пятый заместитель губернатора", *BODY]), load_template()).get("5")


def test_a_numbered_line_printed_as_the_other_headings_is_a_heading_whatever_its_title():
    """blind20's LNR, worded as a business plan, prints each heading's number alone on its line over its title in
    capitals: «5.» / «ПРОДУКТОВАЯ ЛИНЕЙКА В РАЗРЕЗЕ БИЗНЕС-ЗАДАЧ» means section 5 too weakly, and section 5 was
    lost into section 4. Printed as the document's seven other headings are, it is the heading its number says."""
    titles = ["ПРЕДПОСЫЛКИ ПРОЕКТА И ВНЕШНЯЯ СРЕДА", "РЕЗЮМЕ БИЗНЕС-ПЛАНА", "БИЗНЕС-ЦЕЛЬ И КЛЮЧЕВЫЕ ЗАДАЧИ",
              "АНАЛИЗ РЫНКА ПО СЕГМЕНТАМ", "ПРОДУКТОВАЯ ЛИНЕЙКА В РАЗРЕЗЕ БИЗНЕС-ЗАДАЧ",
              "ПРОИЗВОДСТВЕННЫЙ ПЛАН ПО ПРОДУКТАМ", "ОПЕРАЦИОННЫЕ ПОКАЗАТЕЛИ БИЗНЕС-ПЛАНА",
              "КОМАНДА ПРОЕКТА И ПЛАН ПРИВЛЕЧЕНИЯ КАПИТАЛА"]
    lines = [line for n, title in enumerate(titles, 1) for line in (f"{n}.", title, *BODY)]
    assert [s.number for s in split_sections(stream_of(lines), load_template()).sections] == \
        [str(n) for n in range(1, 9)]
    inline = [line for n, title in enumerate(titles, 1) for line in (f"{n}. {title.capitalize()}", *BODY)]
    inline[inline.index("5. Продуктовая линейка в разрезе бизнес-задач")] = "5. Продуктовая линейка"
    assert "5" not in [s.number for s in split_sections(stream_of(inline), load_template()).sections]


def test_a_table_of_contents_at_the_end_is_no_text_of_the_last_section():
    """blind20's LNR prints its contents after section 8: the DOCX's entries («1. ПРЕДПОСЫЛКИ ПРОЕКТА И ВНЕШНЯЯ
    СРЕДА 1», a tab before the page) were read as eight financing sources of subsection 8.2."""
    lines = ["7. Показатели", *BODY, "8. Участники и финансирование", "8.1. Участники", *BODY,
             "8.2. Финансирование", "1. Областной бюджет.", "2. Федеральный бюджет.", "СОДЕРЖАНИЕ",
             "7. Показатели 41", "8. Участники и финансирование 50", "8.1. Участники 50", "8.2. Финансирование ....... 50"]
    outline = split_sections(stream_of(lines), load_template())
    assert [b.text for b in outline.get("8.2").blocks] == ["1. Областной бюджет.", "2. Федеральный бюджет."]


def test_a_letter_joined_to_the_number_by_a_hyphen_is_the_documents_heading_word():
    """blind21's Хабаровский, a tourism cluster concept, heads «Р-1. Предпосылки формирования туристского
    кластера» … «Р-8. …»: «Р1.» was read, «Р-1.» was not (not_a_strategy)."""
    titles = ["Предпосылки формирования кластера", "Визитная карточка кластера", "Видение и задачи кластера",
              "Оценка отраслей кластера", "Кластерные проекты в разрезе задач", "Каталог кластерных проектов",
              "Показатели кластера", "Резиденты кластера и инвестиции"]
    lines = [line for n, title in enumerate(titles, 1) for line in (f"Р-{n}. {title}", *BODY)]
    assert [s.number for s in split_sections(stream_of(lines), load_template()).sections] == \
        [str(n) for n in range(1, 9)]


def test_a_title_in_capitals_over_its_number_is_a_heading():
    """blind21's Тюменская, a heritage programme, prints each heading's title in capitals over «Часть 1» on the
    next line: «Часть 1» was read as a heading whose title was the paragraph under it («Текст раздела.»), section
    1 was lost, and its DOCX failed (not_a_strategy)."""
    titles = ["ИСТОРИКО-КУЛЬТУРНЫЕ ПРЕДПОСЫЛКИ ПРОГРАММЫ", "УЧЕТНАЯ КАРТОЧКА ПРОГРАММЫ",
              "МИССИЯ И ЗАДАЧИ ПО СОХРАНЕНИЮ НАСЛЕДИЯ", "СОХРАННОСТЬ И ДОСТУПНОСТЬ ФОНДОВ",
              "ЭКСПОЗИЦИОННЫЕ ПРОЕКТЫ, СООТНЕСЕННЫЕ С ЗАДАЧАМИ", "РЕЕСТР ПРОЕКТОВ ПО СОХРАНЕНИЮ НАСЛЕДИЯ",
              "ПОКАЗАТЕЛИ СОХРАННОСТИ И ПОСЕЩАЕМОСТИ", "ХРАНИТЕЛИ, МЕЦЕНАТЫ И РЕСУРСЫ ПРОГРАММЫ"]
    lines = [line for n, title in enumerate(titles, 1) for line in (title, f"Часть {n}", *BODY)]
    outline = split_sections(stream_of(lines), load_template())
    assert [(s.number, s.title) for s in outline.sections] == [(str(n), t) for n, t in enumerate(titles, 1)]


def test_a_running_head_over_its_own_heading_is_no_restart_of_the_headings():
    """blind21's Ставропольский prints a one-page section's running head over its heading (page 7): the heading
    read twice counted as the headings starting again, and a strategy in order was reported «pages out of order»."""
    from parsers.sanity import check_pages
    lines = ["1. Основные положения", "1. Основные положения", *BODY, "2. Паспорт стратегии",
             "2. Паспорт стратегии", *BODY, "3. Цели и задачи", *BODY]
    stream = stream_of(lines)
    assert check_pages(split_sections(stream, load_template()), stream, load_template()) == []
    again = stream_of(lines * 3)  # printed three times: restarts past the one a table of contents accounts for
    assert [p.code for p in check_pages(split_sections(again, load_template()), again, load_template())] == [
        "pages_out_of_order"]


def test_a_heading_word_and_number_in_brackets_before_the_title():
    """blind22's LNR, a sports programme, heads «[Раздел 1 программы] Основания и инструменты …»: no heading was
    read (not_a_strategy)."""
    outline = split_sections(stream_of(["[Раздел 4 программы] Разбор проблем по отраслевым дисциплинам", *BODY,
                                        "[Раздел 5 программы] Проекты программы, закрепленные за задачами", *BODY]),
                             load_template())
    assert [(s.number, s.title) for s in outline.sections] == [
        ("4", "Разбор проблем по отраслевым дисциплинам"), ("5", "Проекты программы, закрепленные за задачами")]


def test_review_findings_on_titles_over_numbers_and_contents_at_the_end():
    """A review of the rounds: «Раздел 1» over its title in capitals took the cover's line above it for its title;
    three last lines repeating subsection titles («Здравоохранение», «Образование», «Транспорт») with no page
    numbers and no contents' title were cut as a table of contents."""
    lines = ["СТРАТЕГИЯ ЦИФРОВОЙ ТРАНСФОРМАЦИИ ОБЛАСТИ", "Раздел 1", "ОБЩИЕ ПОЛОЖЕНИЯ", *BODY, "Раздел 2",
             "ПАСПОРТ СТРАТЕГИИ", *BODY]
    assert [(s.number, s.title) for s in split_sections(stream_of(lines), load_template()).sections] == [
        ("1", "ОБЩИЕ ПОЛОЖЕНИЯ"), ("2", "ПАСПОРТ СТРАТЕГИИ")]
    lines = ["8. Участники и финансирование", "8.1. Здравоохранение", *BODY, "8.2. Образование", *BODY,
             "8.3. Транспорт", "Финансирование предусмотрено по отраслям:", "Здравоохранение", "Образование", "Транспорт"]
    assert len(split_sections(stream_of(lines), load_template()).get("8.3").blocks) == 4


@pytest.mark.parametrize("text, found", [
    ("Раздел IV. В сфере здравоохранения", ("4", "В сфере здравоохранения", True)),  # «В» no letter number
    ("Глава V. В условиях санкций", ("5", "В условиях санкций", True)),
    ("Цели на 5 лет (раздел 3)", ("3", "Цели на 5 лет", True)),  # numbered after its title, a figure in it
    ("Блок мероприятий 5. Мероприятия дорожной карты", ("5", "Мероприятия дорожной карты", True)),  # learned
    ("Таблица 5. Показатели", None),
])
def test_a_heading_phrase_the_document_has_not_learned_is_read_as_one_word(text, found):
    """A review of the heading phrases (blind24): «Раздел IV. В …» was read as the phrase «Раздел IV» before the
    letter «В», and «Цели на 5 лет (раздел 3)» as the phrase «Цели на» before 5, both no heading. A phrase is
    a heading's only where the document learned it; else the line is read as one word before a number."""
    from parsers.sections import HEADING_WORDS, Numbering, _printed_number
    assert _printed_number(text, Numbering(frozenset(HEADING_WORDS) | {"блок мероприятий"})) == found


def test_an_appendix_opens_only_after_a_line_referring_to_it():
    """A decree's «Приложение № 1 к постановлению» over the whole strategy on its title page is no appendix of
    its sections (no line above refers to it); «Приложение 2» after section 8, which section 6 points to, is,
    and a third appendix nothing refers to stays with the one before it."""
    stream = stream_of(["Приложение № 1 к постановлению Правительства", "6. Перечень проектов",
                     "Сведения приводятся в приложении 2 к Стратегии.", "8. Участники", "Приложение 2",
                     "к Стратегии", "Перечень проектов", "Приложение 3", "Лист согласования"])
    body, appendices = split_appendices(stream)
    assert [line.text for line in body] == [line.text for line in stream[:4]]
    assert {number: [line.text for line in blocks] for number, blocks in appendices.items()} == {
        2: ["Приложение 2", "к Стратегии", "Перечень проектов", "Приложение 3", "Лист согласования"]}
