"""Page furniture: page numbers and running headers go, body text stays."""
from __future__ import annotations

from parsers.prose import paragraphs
from parsers.stream import build_stream
from parsers.text import Dehyphenator
from schemas.layout import Line, PageContent, TextLine, Word


def page(number: int, texts: list[str]) -> PageContent:
    lines = [Line(t, 70, 40 + 20 * k, 500, 50 + 20 * k) for k, t in enumerate(texts)]
    return PageContent(number, 600, 800, lines, [])


def test_page_numbers_and_a_running_title_are_dropped():
    body = ["Образование.", "Здравоохранение.", "Транспорт.", "Социальная сфера.", "Промышленность."]
    pages = [page(n, [str(n), "Стратегия цифровой трансформации", f"Раздел о том, что {body[n - 1]}", body[n - 1]])
             for n in range(1, 6)]
    texts = [b.text for b in build_stream(pages) if isinstance(b, TextLine)]
    assert texts == [t for n in range(1, 6) for t in (f"Раздел о том, что {body[n - 1]}", body[n - 1])]


def test_a_line_repeated_on_few_pages_is_body_text():
    pages = [page(1, ["Итоги", "Текст"]), page(2, ["Итоги", "Другой текст"])] + \
        [page(n, [f"Страница без повторов {n}"]) for n in range(3, 10)]
    texts = [b.text for b in build_stream(pages) if isinstance(b, TextLine)]
    assert texts.count("Итоги") == 2


def test_item_number_alone_on_its_line_keeps_its_text():
    """'11.' printed alone, its text on the next (hanging-indented) line: one item, not an empty one."""
    lines = [TextLine(1, Line(t, x, 40 + 20 * k, 500, 50 + 20 * k), indented=x > 80)
             for k, (t, x) in enumerate([("Задачи:", 70), ("10. Оптимизация процессов.", 90), ("11.", 90),
                                         ("Обеспечение возможности", 110), ("использования данных.", 70)])]
    items = [p.item_text for p in paragraphs(lines, Dehyphenator()) if p.is_item]
    assert items == ["Оптимизация процессов.", "Обеспечение возможности использования данных."]


def _touching(number: int, texts: list[str], top: float = 37.5, gap: float = 1.6) -> PageContent:
    """Lines 12 pt high; the first `gap` points above the second, the rest 2 pt apart (a paragraph)."""
    ys = [top] + [top + 12 + gap + 14 * k for k in range(len(texts) - 1)]
    return PageContent(number, 612, 792, [_phrase(t, y) for t, y in zip(texts, ys)], [])


def _phrase(text: str, y: float, x: float = 71.0, gap: float = 3.0) -> Line:
    words, left = [], x
    for token in text.split():
        right = left + 6 * len(token)
        words.append(Word(token, left, y, right, y + 12, (left + right) / 2, y + 6))
        left = right + gap
    return Line(text, x, y, left - gap, y + 12, tuple(words))


def test_a_running_title_touching_the_body_at_one_spot_is_dropped():
    """blind4: LibreOffice set the running title 1.6 pt above the body, under the furniture gap, so it
    stayed in the text and cut a legal-basis item at every page break. Recurring at one spot of the
    page's top on many pages tells it from a paragraph's first line."""
    title = "Стратегия цифровой трансформации Хабаровского края"
    pages = [_touching(n, [title, f"продолжение пункта {n} перечня", f"{n + 1}. Следующий пункт"]) for n in range(1, 6)]
    texts = [b.text for b in build_stream(pages) if isinstance(b, TextLine)]
    assert title not in texts and texts[0] == "продолжение пункта 1 перечня" and len(texts) == 10


def test_a_touching_first_line_elsewhere_on_each_page_or_cut_into_columns_stays():
    """A repeated table header line (cells far apart) and a line at another spot on each page are body."""
    header = _phrase("Наименование", 37.5)
    wide = Line("Наименование Цель Срок", 71, 37.5, 500, 49.5, header.words + (
        Word("Цель", 300, 37.5, 330, 49.5, 315, 43.5), Word("Срок", 470, 37.5, 500, 49.5, 485, 43.5)))
    columns = [PageContent(n, 612, 792, [wide, _phrase(f"строка {n}", 51.1)], []) for n in range(1, 6)]
    assert sum(b.text == wide.text for b in build_stream(columns) if isinstance(b, TextLine)) == 5
    drifting = [_touching(n, ["Стратегия цифровой трансформации", f"строка {n}"], top=37.5 + 20 * n) for n in range(1, 6)]
    texts = [b.text for b in build_stream(drifting) if isinstance(b, TextLine)]
    assert texts.count("Стратегия цифровой трансформации") == 5


def test_a_table_cut_by_a_page_break_goes_on_past_the_footnotes_under_its_first_part():
    """blind5: «2 Объемы финансирования подлежат ежегодному уточнению…», a footnote in smaller type under
    the first part of the projects table, stood between its parts: the table was read as two, and the
    footnote as an industry heading over the second."""
    from parsers.grid import read_page_content
    from test_table_layouts import XS, FULL, ruled_page, word

    def small(text: str, x: float, y: float) -> Word:
        return Word(text, x, y, x + 4 * len(text), y + 8, x + 2 * len(text), y + 4)
    body = [word("Текст", 52, 40 + 12 * k) for k in range(4)]
    first = body + [word("Проект", 82, 105)] + [small("2", 52, 720), small("Объемы", 60, 720), small("уточняются", 90, 720)]
    pages = [read_page_content(ruled_page(XS, [(100, 700, FULL)], first, 1)),
             read_page_content(ruled_page(XS, [(60, 200, FULL)], [word("начат", 82, 65)], 2))]
    stream = build_stream(pages)
    tables = [b for b in stream if not isinstance(b, TextLine)]
    assert len(tables) == 1 and [g.page for g in tables[0].fragments] == [1, 2]
    assert [b.text for b in stream if isinstance(b, TextLine)][-1] == "2 Объемы уточняются"  # kept, not dropped


def test_a_page_number_touching_the_body_at_the_pages_number_spot_is_dropped():
    """blind12's Тюменская, single-spaced: on a full page the footer's «12» stood 2.3 pt under the last line, under
    the furniture gap, so it stayed in the text and became the lead-in of the list going on over the page (its
    4 items unstored). Where the other pages print their number tells it; a short last line elsewhere stays."""
    words = ["образование", "здравоохранение", "транспорт", "культура", "спорт"]

    def numbered(n: int, last_y: float) -> PageContent:
        body = [_phrase(f"{line} {words[n - 1]}", y) for line, y in (("пункт о", 100.0), ("продолжение", last_y))]
        return PageContent(n, 612, 792, body + [_phrase(str(n), 760.0, x=300.0)], [])
    pages = [numbered(n, 700.0) for n in range(1, 5)] + [numbered(5, 746.0)]  # page 5: 2 pt above its number
    texts = [b.text for b in build_stream(pages) if isinstance(b, TextLine)]
    assert "5" not in texts and len(texts) == 10
    bare = pages[:4] + [PageContent(5, 612, 792, [_phrase("пункт", 100.0), _phrase("12.", 114.0, x=71.0)], [])]
    assert "12." in [b.text for b in build_stream(bare) if isinstance(b, TextLine)], "an item's number, its text next"


def test_a_running_footer_just_under_the_footnotes_is_dropped():
    """blind15's Тюменская: «Страница 68» stood 2 pt under the footnotes at the foot of a table's page, under the
    furniture gap, so it stayed in the text, the table's next page started a table of its own, and a footnote
    «3 Учитываются направления …» above it became an industry for the rows after it."""
    def page_with(n: int, last_y: float) -> PageContent:
        words = ["школах", "больницах", "музеях", "театрах", "парках"]
        lines = [_phrase(f"{lead} {words[n - 1]}", y) for lead, y in (("пункт о", 100.0), ("продолжение о", last_y))]
        return PageContent(n, 612, 792, lines + [_phrase(f"Страница {n}", 760.0, x=260.0)], [])
    pages = [page_with(n, 700.0) for n in range(1, 5)] + [page_with(5, 746.0)]
    texts = [b.text for b in build_stream(pages) if isinstance(b, TextLine)]
    assert not any(text.startswith("Страница") for text in texts) and len(texts) == 10


def test_a_footnote_under_a_list_item_is_no_part_of_it():
    """blind16's Тюменская: the footnote «1 Проект размещен для общественного обсуждения …» at the foot of the page
    was read as the end of the last legal basis above it. Footnote lines are paragraphs of their own."""
    body = [_phrase("1. Указ Президента о целях развития;", 600.0), _phrase("2. Приказ Минздрава о системе.", 614.0)]
    note = Line("1 Проект размещен для обсуждения", 71, 740, 300, 748,
                (Word("1", 71, 738, 75, 744, 73, 741), Word("Проект", 77, 740, 120, 748, 98, 744),
                 Word("размещен", 122, 740, 170, 748, 146, 744), Word("для", 172, 740, 190, 748, 181, 744),
                 Word("обсуждения", 192, 740, 250, 748, 221, 744)))
    stream = build_stream([PageContent(1, 612, 792, body + [note], [])])
    assert [tl.footnote for tl in stream] == [False, False, True]
    found = paragraphs([b for b in stream if isinstance(b, TextLine)], Dehyphenator())
    assert [(p.text, p.is_item) for p in found] == [("1. Указ Президента о целях развития;", True),
                                                    ("2. Приказ Минздрава о системе.", True),
                                                    ("1 Проект размещен для обсуждения", False)]


def test_a_sections_running_head_over_its_pages_is_dropped_and_its_heading_kept():
    """blind21's Ставропольский starts each section on a new page and heads each of its pages with the section's
    heading («Раздел 5/8. Основные мероприятия …» over pages 16-26): on a few of the document's 72 pages, not the
    share a running title has, so it stayed in the text as a heading on every page (sections read again and
    again, «pages out of order»). A text at the pages' edge on pages in a row is furniture; the heading under it
    on the section's first page, the same text, is not."""
    head = "Раздел 5/8. Основные мероприятия по задачам"
    pages = [page(1, [head, head, "Текст раздела."])] + [page(n, [head, f"Строка {n}."]) for n in (2, 3)] + \
        [page(n, [f"Раздел 6/8. Состав мероприятий, с. {n}", f"Текст {n}."]) for n in range(4, 14)]
    texts = [b.text for b in build_stream(pages) if isinstance(b, TextLine)]
    assert texts[:4] == [head, "Текст раздела.", "Строка 2.", "Строка 3."]
    # a two-page section: its running head stands over the heading it repeats on its first page
    pages = [page(1, [head, head, "Текст раздела."]), page(2, [head, "Строка 2."])] + \
        [page(n, [f"Раздел 6/8. Состав мероприятий, с. {n}", f"Текст {n}."]) for n in range(3, 13)]
    texts = [b.text for b in build_stream(pages) if isinstance(b, TextLine)]
    assert texts[:3] == [head, "Текст раздела.", "Строка 2."]
    # a lead-in that opens three pages in a row, and is printed inside other pages, is text (blind8 Stavropol)
    lead = "Риски, возникающие при цифровизации отрасли:"

    def tight(number: int, texts: list[str]) -> PageContent:  # the first line 6 pt over the body, the rest 1 pt
        ys = [40.0] + [58.0 + 13 * k for k in range(len(texts) - 1)]
        return PageContent(number, 600, 800, [Line(t, 70, y, 500, y + 12) for t, y in zip(texts, ys)], [])
    pages = [tight(n, [lead, f"– Риск {n}.", "– Ещё риск."]) for n in (1, 2, 3)] + \
        [tight(n, [f"Вызовы {n}:", f"– Вызов {n}.", lead, f"– Риск {n}."]) for n in range(4, 14)]
    assert [b.text for b in build_stream(pages) if isinstance(b, TextLine)].count(lead) == 13


def test_a_heading_printed_in_a_box_is_a_line_of_text():
    """blind21's LNR prints each heading in a shaded one-cell table («Глава I: Общие сведения …»): no heading was
    read (not_a_strategy). A table of one cell holding a line or so is those lines; a one-cell table at a page's
    top is no part of the table before it."""
    from parsers.stream import unboxed
    from schemas.layout import Cell, Grid, Table

    def box(number: int, text: str, y: float) -> Table:
        line = Line(text, 80, y + 2, 400, y + 12)
        return Table([Grid(number, [75, 500], [y, y + 14], [Cell(0, 1, 0, 1, 75, y, 500, y + 14, [line])])])
    blocks = unboxed([box(1, "Глава I: Общие сведения о намечаемой деятельности", 40)])
    assert [(type(b).__name__, b.text) for b in blocks] == [("TextLine", "Глава I: Общие сведения о намечаемой деятельности")]
    note = box(1, "Примечание", 40)
    note.fragments[0].cells[0].lines *= 4  # a note of several lines in a frame stays a table
    assert unboxed([note]) == [note]
    content = [PageContent(1, 600, 800, [], [box(1, "Таблица", 700).fragments[0]]),
               PageContent(2, 600, 800, [], [box(2, "Глава III: Цель и задачи", 40).fragments[0]])]
    assert len([b for b in build_stream(content)]) == 2


def test_section_numbers_alone_over_the_tops_of_pages_in_a_row_are_text():
    """A review of the running-head rule: one-page sections each opening with «N.» alone over its title read as
    one text «#.» on pages in a row, and every number was dropped. A running head repeats its text as printed."""
    pages = [page(n, [f"{n}.", f"РАЗДЕЛ НОМЕР {n}", f"Текст {n}."]) for n in range(1, 9)] + \
        [page(n, [f"Продолжение {n}."]) for n in range(9, 30)]
    texts = [b.text for b in build_stream(pages) if isinstance(b, TextLine)]
    assert [t for t in texts if t.endswith(".") and t[:-1].isdigit()] == [f"{n}." for n in range(1, 9)]


def test_a_boxed_line_opens_a_paragraph_of_its_own():
    from parsers.stream import unboxed
    from schemas.layout import Cell, Grid, Table
    line = Line("ВАЖНО: СРОКИ ПРОДЛЕНЫ", 80, 100, 400, 110)
    box = Table([Grid(1, [75, 500], [98, 112], [Cell(0, 1, 0, 1, 75, 98, 500, 112, [line])])])
    before = TextLine(1, Line("Мероприятия выполняются в соответствии с планом", 70, 80, 500, 90), True)
    texts = [p.text for p in paragraphs(unboxed([before, box]), Dehyphenator())]
    assert texts == ["Мероприятия выполняются в соответствии с планом", "ВАЖНО: СРОКИ ПРОДЛЕНЫ"]


def test_a_continuation_line_joins_a_tables_pieces_drawn_on_its_columns_only():
    """«Продолжение таблицы 3» over a table's next piece (blind31 Khabarovsk): the pieces are one table, the line no
    text. A piece on other columns, or two pages on, is another table, and the line stays text."""
    from parsers.stream import continued_tables
    from schemas.layout import Cell, Grid, Table

    def piece(page: int | None, xs: list[float]) -> Table:
        return Table([Grid(page, xs, [0.0, 20.0], [Cell(0, 1, 0, 1, xs[0], 0.0, xs[1], 20.0, [])])])

    def caption(page: int | None) -> TextLine:
        return TextLine(page, Line("Продолжение таблицы 3", 400, 40, 500, 50), False)

    joined = continued_tables([piece(1, [0, 50, 100]), caption(2), piece(2, [0, 50, 100])])
    assert len(joined) == 1 and [g.page for g in joined[0].fragments] == [1, 2]
    docx = continued_tables([piece(None, [0, 50, 100]), caption(None), piece(None, [0, 50, 100])])
    assert len(docx) == 1 and len(docx[0].fragments) == 2
    other = [piece(1, [0, 50, 100]), caption(2), piece(2, [0, 30, 70, 100])]
    assert continued_tables(other) == other
    later = [piece(1, [0, 50, 100]), caption(3), piece(3, [0, 50, 100])]
    assert continued_tables(later) == later


def test_a_two_line_running_head_set_close_over_the_body_is_dropped():
    """blind30's LNR prints each section's running head on two lines 1.8 pt apart, 3.6 pt over a body whose lines
    stand 4.5 pt apart: under FURNITURE_GAP, the head was never set apart, and one page's head stayed in section
    1.2's text. Two top lines closer to each other than to the body are a head; recurring, they are furniture."""
    head = ["Раздел 1 адресной программы. Характеристика аварийного жилищного фонда Республики и",
            "обоснование адресной программы"]

    def page_of(number: int, body: list[str]) -> PageContent:
        lines = [Line(head[0], 105, 37.6, 583, 49.6), Line(head[1], 409, 51.4, 583, 63.4)]
        lines += [Line(text, 85, 67.0 + 18.5 * k, 583, 81.0 + 18.5 * k) for k, text in enumerate(body)]
        return PageContent(number, 600, 800, lines, [])

    words = ["Образование", "Здравоохранение", "Транспорт", "Связь", "Культура", "Спорт", "Туризм", "Экология",
             "Энергетика", "Строительство", "Торговля", "Финансы", "Промышленность", "Сельское хозяйство",
             "Занятость", "Жилье", "Безопасность", "Наука"]
    bodies = [[f"{words[6 * (n - 1) + k]}: строка текста раздела." for k in range(6)] for n in range(1, 4)]
    texts = [b.text for b in build_stream([page_of(n, body) for n, body in enumerate(bodies, start=1)])
             if isinstance(b, TextLine)]
    assert texts == [text for body in bodies for text in body]
    # a paragraph's first two lines, as close to each other as to the rest, stay text
    plain = [PageContent(n, 600, 800, [Line(f"{words[5 * (n - 1) + k]}: абзац", 85, 40 + 14 * k, 583, 52 + 14 * k)
                                       for k in range(5)], []) for n in range(1, 4)]
    assert len([b for b in build_stream(plain) if isinstance(b, TextLine)]) == 15


def test_a_justified_lines_wide_even_gaps_are_one_phrase_a_rows_uneven_gaps_are_not():
    """blind33's LNR justifies its bold subsection headings: «1.2. Цифровые инструменты мониторинга межнациональных
    и» wraps, and its first line stands 26 pt between every two words, over two line heights: it was taken for a
    table's row, subsection 1.2 was lost and its technologies with it (technology 0). Gaps all alike are
    justification; a row's cells stand apart by what their texts leave."""
    from parsers.stream import one_phrase

    def line(xs: list[tuple[float, float]]) -> Line:
        words = tuple(Word(f"w{k}", x0, 100, x1, 112, (x0 + x1) / 2, 106) for k, (x0, x1) in enumerate(xs))
        return Line(" ".join(w.text for w in words), xs[0][0], 100, xs[-1][1], 112, words)

    justified = [(70, 100), (126.2, 200), (226.3, 300), (326.2, 380), (406.3, 500), (526.2, 580)]
    assert one_phrase(line(justified))
    row = [(70, 90), (150, 200), (203, 260), (330, 400)]  # «6.1 | Цифровизация процессов | до 2026 года»
    assert not one_phrase(line(row))
    assert not one_phrase(line([(70, 90), (150, 200), (260, 300)]))  # two gaps alike may be by chance
