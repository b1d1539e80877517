"""Stream -> sections 1-8 and their subsections, found by their headings.

The table of contents repeats every heading, so a heading numbered at or
below the last accepted one starts the body afresh: whatever was accepted
before it was the table of contents.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.template import Template, fold
from schemas.layout import Block, Table, TextLine

SECTION_HEADING = re.compile(r"^\s*(?:Раздел\s+)?([1-8])\s*\.?\s*(?:Раздел\b\.?)?\s*(.*)$", re.IGNORECASE)
SUBSECTION_HEADING = re.compile(r"^\s*([1-8])\.(\d{1,2})\.?\s*(\S.*)$")
DOT_LEADER = re.compile(r"\.{4,}|…{2,}")
MAX_HEADING_CHARS = 160


@dataclass
class Section:
    number: str  # "1", "4.3"
    title: str  # as printed, without its number
    page_start: int
    blocks: list[Block] = field(default_factory=list)

    @property
    def page_end(self) -> int:
        last = self.blocks[-1] if self.blocks else None
        if isinstance(last, Table):
            return last.fragments[-1].page
        return last.page if last else self.page_start

    @property
    def lines(self) -> list[TextLine]:
        return [b for b in self.blocks if isinstance(b, TextLine)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]


@dataclass
class Outline:
    front: list[Block]  # before section 1: title page, table of contents
    sections: list[Section]  # top-level and subsections, in document order

    def get(self, number: str) -> Section | None:
        return next((s for s in self.sections if s.number == number), None)

    def children(self, number: str) -> list[Section]:
        return [s for s in self.sections if s.number.startswith(number + ".")]

    def with_children(self, number: str) -> list[Section]:
        return [s for s in self.sections if s.number == number or s.number.startswith(number + ".")]


def _clean_title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _section_title(template: Template, number: str, text: str) -> bool:
    hit = template.sections.best(re.sub(r"[«»\"“”]", "", text))
    return hit is not None and hit[0] == number


def _heading(template: Template, lines: list[TextLine], i: int, current: str | None,
             last_sub: int) -> tuple[str, str, int] | None:
    """(number, printed title, lines used) when lines[i] opens a section or the next subsection."""
    text = lines[i].text
    if len(text) > MAX_HEADING_CHARS or DOT_LEADER.search(text):
        return None
    sub = SUBSECTION_HEADING.match(text)
    if sub:
        if current == sub.group(1) and int(sub.group(2)) == last_sub + 1:
            return f"{sub.group(1)}.{sub.group(2)}", _clean_title(sub.group(3)), 1
        return None
    top = SECTION_HEADING.match(text)
    if not top:
        return None
    number = top.group(1)
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    for used, title in ((1, top.group(2)), (2, f"{top.group(2)} {following}")):
        if fold(title) and _section_title(template, number, title):
            return number, _clean_title(re.sub(r"^Раздел\s*", "", title, flags=re.IGNORECASE)), used
    return None


def split_sections(stream: list[Block], template: Template) -> Outline:
    text_positions = [k for k, b in enumerate(stream) if isinstance(b, TextLine)]
    lines = [stream[k] for k in text_positions]
    accepted: list[tuple[int, int, str, str, int]] = []  # (stream index, lines used, number, title, page)
    current, last_top, last_sub = None, 0, 0
    i = 0
    while i < len(lines):
        hit = _heading(template, lines, i, current, last_sub)
        if hit is None:
            i += 1
            continue
        number, title, used = hit
        if "." not in number:
            if int(number) <= last_top:
                accepted = []  # what came before was the table of contents
            current, last_top, last_sub = number, int(number), 0
        else:
            last_sub += 1
        accepted.append((text_positions[i], text_positions[i + used - 1], number, title, lines[i].page))
        i += used
    sections = []
    for n, (_, last_heading_line, number, title, page) in enumerate(accepted):
        end = accepted[n + 1][0] if n + 1 < len(accepted) else len(stream)
        sections.append(Section(number, title, page, stream[last_heading_line + 1:end]))
    front = stream[:accepted[0][0]] if accepted else list(stream)
    return Outline(front, sections)
