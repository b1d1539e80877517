"""Running text -> paragraphs and numbered list items.

A paragraph starts on an indented line; a list item starts on a line that
opens with a list marker ("1.", "2)", "а)", "–") after a line that ended a sentence
or clause, so a wrapped line that happens to begin with a number stays inside
its paragraph.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from parsers.stream import FOOTNOTE_MARK
from parsers.text import BULLETS, ITEM_MARKER, Dehyphenator, strip_list_number
from schemas.layout import TextLine, locator

CLAUSE_END = re.compile(r"[.;:!?»)\]]\s*$")
SENTENCE_END = (".", ";", ",", "!", "?")
BARE_MARKER = re.compile(r"\s*(?:\d{1,3}[.)]\s*)+")  # "11." alone: the item's text is on the next line
FIRST_ITEM = re.compile(r"^\s*1[.)]\s")
"""«1. …» after a list's items starts another list: the line between them is its lead-in, colon or none."""


@dataclass(slots=True)
class Paragraph:
    text: str
    page: int | None
    is_item: bool
    ref: str | None = None  # locator of its first line (schemas.layout.locator)

    @property
    def item_text(self) -> str:
        return strip_list_number(re.sub(r"^\s*[" + BULLETS + r"]\s+", "", self.text))


def paragraphs(lines: list[TextLine], dehyphenator: Dehyphenator,
               heading: Callable[[str], bool] = lambda text: False) -> list[Paragraph]:
    """The lines' paragraphs and list items. A line `heading` accepts, standing on its own line before a
    list item ("Вызовы" over the challenges, unindented, no colon), is a paragraph of its own, not the
    end of the item above it; so it starts with a capital and ends no sentence, as a wrapped item's
    last line ("технических проблем.") does. So is such a line between an item and a list numbered
    from 1 again («Потребности целевых групп»), or between an item whose last line ended with room to spare
    for it and the next item («… в сфере образования.» / «Потребности работодателей и работников» / «– …»):
    no wrap brought it down."""
    notes = [tl for tl in lines if tl.footnote]  # read apart: an item cut by the page break goes on past them
    lines = [tl for tl in lines if not tl.footnote]
    right = _right_edges(lines)
    groups: list[tuple[list[str], int | None, bool, str | None]] = []
    previous, after_heading, item_line = "", False, None
    for k, tl in enumerate(lines):
        text = tl.text.strip()
        marked = bool(ITEM_MARKER.match(text))
        starts_item = marked and (tl.indented or not previous or after_heading or bool(CLAUSE_END.search(previous))
                                  or _ended_early(lines[k - 1], tl, right))
        bare_marker = bool(groups) and groups[-1][2] and BARE_MARKER.fullmatch(" ".join(groups[-1][0]))
        after_heading = (not marked and text[:1].isupper() and not text.endswith(SENTENCE_END) and k + 1 < len(lines)
                         and bool(ITEM_MARKER.match(lines[k + 1].text.strip()))
                         and (heading(text) or bool(groups) and groups[-1][2]
                              and (bool(FIRST_ITEM.match(lines[k + 1].text)) or _ended_early(lines[k - 1], tl, right))))
        hangs = (not marked and item_line is not None and groups[-1][2] and _hangs_under(item_line, tl)
                 and not _ended_early(lines[k - 1], tl, right))
        if not groups or starts_item or after_heading or (tl.indented and not bare_marker and not hangs):
            groups.append(([text], tl.page, starts_item, locator(tl.page, tl.ref)))
            item_line = tl if starts_item else None
        else:  # a wrapped line, or the text of an item whose number stands alone on its line
            groups[-1][0].append(text)
        previous = text
    return [Paragraph(dehyphenator.join(texts, newline_before_lists=False), page, item, ref)
            for texts, page, item, ref in groups + _footnotes(notes)]


HANGING = 2.0  # points a wrapped line of an item set with a hanging indent may stand off its text's start


def _hangs_under(item: TextLine, tl: TextLine) -> bool:
    """Whether a line goes on an item set with a hanging indent: it starts right of the item's marker and no
    further right than the item's text after it («— Несоответствие качества …» over «организаций к сети …»;
    a wide marker, «10)», pushes its text past the indent the wrapped lines keep)."""
    if item.page is None or tl.page is None or len(item.line.words) < 2:
        return False
    return item.line.x0 + HANGING < tl.line.x0 <= item.line.words[1].x0 + HANGING


def _right_edges(lines: list[TextLine]) -> dict[int, float]:
    """Per page, where its lines of running text end at the most (the right margin)."""
    right: dict[int, float] = {}
    for tl in lines:
        if tl.page is not None:
            right[tl.page] = max(right.get(tl.page, 0.0), tl.line.x1)
    return right


def _ended_early(before: TextLine, tl: TextLine, right: dict[int, float]) -> bool:
    """Whether the line before a marked line ended its item with room to spare: the marker and first word of
    `tl` would have fitted after it, so no wrap brought them down («– Обеспечение равных возможностей …» over
    «– Обеспечение доступа …», items with no closing point), on its page or the page before. Only a printed page
    shows where lines end; a line set in a newspaper column ends at that column's edge."""
    if tl.page is None or before.page is None or len(tl.line.words) < 2:
        return False
    edge = before.line.column[1] if before.line.column else right[before.page]
    first = tl.line.words[:2]
    return edge - before.line.x1 > first[1].x1 - first[0].x0


def _footnotes(notes: list[TextLine]) -> list[tuple[list[str], int | None, bool, str | None]]:
    """Footnote lines as paragraphs: each opens on its mark («1 Проект размещен …»), its wrapped lines with it."""
    groups: list[tuple[list[str], int | None, bool, str | None]] = []
    for tl in notes:
        if groups and groups[-1][1] == tl.page and not FOOTNOTE_MARK.match(tl.text):
            groups[-1][0].append(tl.text.strip())
        else:
            groups.append(([tl.text.strip()], tl.page, False, locator(tl.page, tl.ref)))
    return groups
