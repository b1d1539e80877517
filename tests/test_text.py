"""Joining lines: line-end hyphenation removed only where it is not a real hyphen."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.prose import Paragraph
from parsers.records import join_number
from parsers.text import Dehyphenator, strip_list_number
from schemas.layout import Line, TextLine, Word

PLAIN = Dehyphenator()


@pytest.mark.parametrize("lines, joined", [
    (["Правительства Став-", "ропольского края"], "Правительства Ставропольского края"),
    (["информа-", "ционной безопасности"], "информационной безопасности"),
    (["маркет-", "плейс"], "маркетплейс"),
    # real compounds: both halves are words and the joined form is not
    (["онлайн-", "курсы"], "онлайн-курсы"),
    (["бизнес-", "процессов"], "бизнес-процессов"),
    (["жилищно-", "коммунальных услуг"], "жилищно-коммунальных услуг"),
    (["детей-", "сирот"], "детей-сирот"),
    # a cut noun ending like a compound head, misspelt in the source (variant-sans-hyphen, section 6)
    (["электронного докментообо-", "рота"], "электронного докментооборота"),
    (["ИТ-", "специалистов"], "ИТ-специалистов"),
    # combining forms and long adverbs head compounds even where the dictionary knows a solid spelling
    (["медико-", "социальной помощи"], "медико-социальной помощи"),
    (["организационно-", "методического центра"], "организационно-методического центра"),
    (["научно-", "технический"], "научно-технический"),
    # short ones head solid compounds as often: the dictionary decides
    (["много-", "функциональных центров"], "многофункциональных центров"),
    (["высоко-", "скоростной"], "высокоскоростной"),
    (["№ 628-", "п"], "№ 628-п"),
    # a narrow cell cuts a date inside its year
    (["до 01.07.202", "3 года"], "до 01.07.2023 года"),
    # a dash at a line end is punctuation, not a hyphen
    (["технологии -", "для сбора"], "технологии - для сбора"),
])
def test_line_end_hyphens(lines, joined):
    assert PLAIN.join(lines) == joined


def test_a_one_letter_word_is_not_glued_to_the_line_before():
    """'проактивно' / 'с гражданами': the document prints 'проактивный', but 'проактивнос' is no word."""
    dehyphenator = Dehyphenator.from_lines(["Подход проактивный и открытый", "для проактивного информирования"])
    assert dehyphenator.join(["работать проактивно", "с гражданами"]) == "работать проактивно с гражданами"


def test_a_one_word_line_cut_again_is_decided_on_the_whole_word():
    """'вне-' / 'бюджет-' / 'ных' (a narrow cell): the decision needs 'внебюджетных', not 'внебюджет'."""
    assert PLAIN.join(["(или) вне-", "бюджет-", "ных источников"]) == "(или) внебюджетных источников"


def test_document_vocabulary_overrides_morphology():
    """A compound the dictionary does not know is kept when the document prints it whole elsewhere."""
    seen = Dehyphenator.from_lines(["услуги видео-конференц-связи в регионе", "связь"])
    assert seen.join(["с использованием видео-", "конференц-связи"]) == "с использованием видео-конференц-связи"


@pytest.mark.parametrize("lines, joined", [
    (["сопровожд", "ение внедрения"], "сопровождение внедрения"),
    (["Ставропольског", "о края"], "Ставропольского края"),
    (["программа", "м высшего"], "программам высшего"),
    (["в", "сети"], "в сети"),
    (["услуг", "и исполнение"], "услуг и исполнение"),
])
def test_words_broken_without_hyphen_at_a_cell_edge(lines, joined):
    assert PLAIN.join(lines) == joined


def test_a_word_that_merely_starts_like_a_printed_word_is_not_a_broken_one():
    """variant-sans-hyphen, narrow section 6 cells: "средств" / "фе-" / "дерального" once became
    "средствфедерального", because the document prints "средства" and the look-up stem ("средст")
    lay inside "средств" itself. The evidence must reach past the line's last word."""
    seen = Dehyphenator.from_lines(["за счёт средства бюджета", "Обеспечение и обеспечения"])
    assert seen.join(["за счёт средств", "фе-", "дерального бюджета"]) == "за счёт средств федерального бюджета"
    assert seen.join(["Обеспечение", "обу-", "чающихся"]) == "Обеспечение обучающихся"
    assert seen.join(["сопровожд", "ение внедрения"]) == "сопровождение внедрения"


def test_a_short_tail_the_document_never_prints_alone_is_an_ending():
    """variant-sans-hyphen, section 6 names in a narrow cell: "транспорт" / "ом", "транспорт" / "ной".
    Both halves are dictionary words, so morphology cannot tell; the document can: it prints "и" and
    "а" on their own in mid-line, never "ом" or "ной"."""
    seen = Dehyphenator.from_lines(["перевозки автомобильным транспортом и в транспортной системе, а также"])
    assert seen.join(["автомобильным транспорт", "ом и городским"]) == "автомобильным транспортом и городским"
    assert seen.join(["интеллектуальной транспорт", "ной системы"]) == "интеллектуальной транспортной системы"
    assert seen.join(["услуг", "и исполнение"]) == "услуг и исполнение"
    assert seen.join(["Платформ", "а также"]) == "Платформ а также"
    # a longer second half is a word of its own even when the two make another word
    assert seen.join(["в том числе между", "государственными"]) == "в том числе между государственными"


def test_a_one_letter_tail_joins_a_word_the_document_prints_only_whole():
    """blind4, section 6 names in a narrow cell: "(рекомендован" / "о ФОИВ)". Both halves are words, so
    morphology cannot tell; the document prints "рекомендовано" whole in wider cells and never
    "рекомендован", so the project kept its federal mark. Where it prints both, the letter stays a word."""
    whole_only = Dehyphenator.from_lines(["Цифровой помощник (рекомендовано ФОИВ) и другие"])
    assert whole_only.join(["Цифровой помощник (рекомендован", "о ФОИВ)"]) == "Цифровой помощник (рекомендовано ФОИВ)"
    both = Dehyphenator.from_lines(["проект рекомендовано и проект рекомендован к внедрению"])
    assert both.join(["Проект рекомендован", "о внедрении"]) == "Проект рекомендован о внедрении"
    assert PLAIN.join(["Проект рекомендован", "о внедрении"]) == "Проект рекомендован о внедрении"


@pytest.mark.parametrize("lines, joined", [
    (["до 01.07.2", "023"], "до 01.07.2023"),
    (["Федерального закона от 13.07.202", "0г. № 189-ФЗ"], "Федерального закона от 13.07.2020г. № 189-ФЗ"),
    (["в 2021", "году"], "в 2021 году"),
    (["пунктов 1.2", "и 3"], "пунктов 1.2 и 3"),
])
def test_a_date_cut_inside_its_year_is_one_date(lines, joined):
    """variant-sans-hyphen, section 6 terms and goals: a narrow cell cuts a date's year without a hyphen."""
    assert PLAIN.join(lines) == joined


def test_list_items_keep_their_line_breaks():
    assert PLAIN.join(["Результаты:", "1. Первый", "2) Второй", "продолжение"]) == \
        "Результаты:\n1. Первый\n2) Второй продолжение"
    assert PLAIN.join(["Результаты:", "1. Первый"], newline_before_lists=False) == "Результаты: 1. Первый"


def test_a_cell_line_opening_with_a_letter_and_bracket_is_no_list_item():
    """variant-landscape-colnums, section 6 financing: a narrow cell cut "(софинансировани" / "е) субъектам"."""
    assert "\n" not in PLAIN.join(["(софинансировани", "е) субъектам"])


@pytest.mark.parametrize("text, item", [
    ("1. Технологии реестрового хранения данных.", "Технологии реестрового хранения данных."),
    ("1. 1. Технологии", "Технологии"),
    ("12) Пункт", "Пункт"),
    ("2024 год", "2024 год"),
    ("1.5 млн", "1.5 млн"),
    ("а) Пункт", "Пункт"),
    ("в)Пункт", "в)Пункт"),
])
def test_strip_list_number(text, item):
    assert strip_list_number(text) == item


def _letters(text: str) -> str:
    return re.sub(r"[^0-9a-zа-яё]", "", text.lower())


WORDISH = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕ0123456789-., «»", min_size=0, max_size=30)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDISH, min_size=1, max_size=6))
def test_joining_never_loses_or_adds_letters(lines):
    """Whatever hyphen and space decisions are made, the letters are the printed ones, in order, and the
    figures printed ones (a footnote's mark against a word's end goes)."""
    joined = PLAIN.join(lines)
    assert [ch for ch in _letters(joined) if ch.isalpha()] == [ch for ch in _letters("".join(lines)) if ch.isalpha()]
    printed = iter([ch for ch in "".join(lines) if ch.isdigit()])
    assert all(ch in printed for ch in joined if ch.isdigit())  # a subsequence: none added, none reordered


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDISH, min_size=1, max_size=6))
def test_joined_text_has_no_runs_of_blanks(lines):
    out = PLAIN.join(lines)
    assert "  " not in out and out == out.strip()


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**7), st.integers(min_value=0, max_value=99))
def test_a_figure_wrapped_after_its_comma_is_one_number_again(whole, fraction):
    printed = f"{whole},{fraction:02d}"
    assert join_number(printed.replace(",", ", ")) == printed
    assert join_number(printed) == printed


@pytest.mark.parametrize("text", ["0 0", "не менее 90", "да", "100 %"])
def test_text_that_is_not_one_wrapped_figure_is_kept(text):
    assert join_number(text) == text


@pytest.mark.parametrize("bullet", ["-", "•", "\uf0b7", "\uf0a7", "▪"])
def test_bulleted_items_are_list_items_without_their_bullet(bullet):
    assert PLAIN.join(["Риски:", f"{bullet} утечка данных"]) == f"Риски:\n{bullet} утечка данных"
    assert Paragraph(f"{bullet} утечка данных", 1, True).item_text == "утечка данных"


def test_soft_hyphens_inside_a_line_vanish_and_one_at_its_end_cuts_a_word():
    assert PLAIN.join(["инфор\u00adмационной систе\u00ad", "мы"]) == "информационной системы"


def test_a_footnote_mark_against_a_words_end_is_no_part_of_it():
    """blind15: a footnote's raised number printed against an indicator's last word («… помощи¹») is read as
    «помощи1» and the name no longer matched its project's. Figures that belong to their words stay."""
    dh = Dehyphenator()
    assert dh.join(["Доля медицинской помощи1", "в электронном виде2."]) == "Доля медицинской помощи в электронном виде."
    assert dh.join(["Площадь 120 м2 по ФЗ-152, сети 5G, ГОСТ34"]) == "Площадь 120 м2 по ФЗ-152, сети 5G, ГОСТ34"


def test_an_item_that_ends_short_of_the_margin_ends_though_it_closes_with_no_point():
    """blind19's Тюменская lists its challenges «– Обеспечение равных возможностей для всех детей для проявления
    способностей» / «– Обеспечение доступа …», unindented and with no closing point: each item ran on into the
    next (challenges 0.43). When the next line's marker and first word would have fitted after a line, no wrap
    brought them down: the line ended its item. A line that fills the measure wraps on."""
    from parsers.prose import paragraphs

    def line(text: str, x1: float | None = None) -> TextLine:
        x, words = 70.0, []
        for w in text.split():
            words.append(Word(w, x, 0, x + 6 * len(w), 10, x + 3 * len(w), 5))
            x += 6 * len(w) + 4
        return TextLine(1, Line(text, 70, 0, x1 or words[-1].x1, 10, tuple(words)), False)
    lines = [line("– Обеспечение равных возможностей"), line("– Обеспечение доступа ко всем процессам"),
             line("– Оптимизация процессов управления в сфере образования и науки и", 500), line("– тем более")]
    texts = [p.text for p in paragraphs(lines, Dehyphenator())]
    assert texts == ["– Обеспечение равных возможностей", "– Обеспечение доступа ко всем процессам",
                     "– Оптимизация процессов управления в сфере образования и науки и – тем более"]

    # the same across a page break (its page 12): the page's last line ends short of that page's margin
    filled, short = replace(lines[2], page=1), replace(line("– Создание инфраструктуры хранения данных"), page=1)
    after_break = replace(line("– Создание экосистемы"), page=2)
    right_margin = replace(line("– Обеспечение доступа."), page=1)  # a line of the page sets its margin at 500
    right_margin = replace(right_margin, line=replace(right_margin.line, x1=500))
    assert [p.text for p in paragraphs([right_margin, short, after_break], Dehyphenator())] == [
        right_margin.text, short.text, after_break.text]
    assert [p.text for p in paragraphs([filled, after_break], Dehyphenator())] == [
        f"{filled.text} {after_break.text}"]
