"""Page furniture: page numbers and running headers go, body text stays."""
from __future__ import annotations

from parsers.prose import paragraphs
from parsers.stream import build_stream
from parsers.text import Dehyphenator
from schemas.layout import Line, PageContent, TextLine


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
