"""Stream -> sections 1-8 and their subsections, found by their headings.

Every line shaped like a numbered top-level heading ("5.", "Раздел 5.", "V.",
"Глава 5", quoted or not, any case) is a candidate for the section its number
names, scored by what its title means (parsers/meaning.py), the table that
follows it (a task and project table means section 5, year columns section
7, the card section 2) and its first subsection; a line with no body before
the next section's heading is a table of contents' entry, never a heading.
One monotone alignment over the document picks the headings: section numbers
rise, the total score is highest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalize.industries import canonical_industry
from parsers.tables import card_like, table_header
from parsers.template import Template
from schemas.layout import Block, Table, TextLine

SECTION_HEADING = re.compile(
    r"^\s*(?:(?:раздел|глава|часть)\s*)?(?P<num>[1-8]|VIII|VII|VI|IV|V|III|II|I)(?![\w\d])(?!\.\d)"
    r"\s*[.):]?\s*(?P<title>(?:[«\"“A-Za-zА-Яа-яЁё].*)?)$", re.IGNORECASE)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
SUBSECTION_HEADING = re.compile(r"^\s*([1-8])\.(\d{1,2})\.?\s*(\S.*)$")
DOT_LEADER = re.compile(r"\.{4,}|…{2,}")
MAX_HEADING_CHARS = 160
# How much each kind of evidence weighs when a line is taken for a section's heading (parsers/meaning.py
# scores titles 0..1): the printed number, the title's meaning, the kind of table that follows, a first
# subsection "N.1" after it, a title that names an industry. A line with no body before the next section's
# heading is a table of contents' line, never a heading.
NUMBER_WEIGHT = 1.0
TITLE_WEIGHT = 2.0
TABLE_EVIDENCE = 1.5
SUBSECTION_EVIDENCE = 0.5
INDUSTRY_PENALTY = 2.0  # "5. Государственное управление" inside sections 5-7 heads an industry, not a section


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

    @property
    def top_level(self) -> list[Section]:
        return [s for s in self.sections if "." not in s.number]

    def get(self, number: str) -> Section | None:
        return next((s for s in self.sections if s.number == number), None)

    def children(self, number: str) -> list[Section]:
        return [s for s in self.sections if s.number.startswith(number + ".")]

    def with_children(self, number: str) -> list[Section]:
        return [s for s in self.sections if s.number == number or s.number.startswith(number + ".")]


def _clean_title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class _Candidate:
    """A line shaped like a top-level heading: its printed number, title, and what follows it."""

    position: int  # index in the stream of its first line
    last: int  # index in the stream of its last line (a title may wrap onto a second line)
    number: str
    title: str
    page: int
    score: float


def _printed_number(text: str) -> tuple[str, str] | None:
    """'5. Раздел «X»', 'Раздел 5. X', 'V. X', 'Глава 5 X' -> ('5', 'X'); None for other lines."""
    if len(text) > MAX_HEADING_CHARS or DOT_LEADER.search(text) or SUBSECTION_HEADING.match(text):
        return None
    m = SECTION_HEADING.match(text)
    if not m:
        return None
    number = m.group("num").upper()
    number = str(ROMAN.index(number) + 1) if number in ROMAN else number
    return number, re.sub(r"^(?:раздел|глава|часть)\b\.?\s*", "", m.group("title"), flags=re.IGNORECASE)


def _title_unfinished(title: str, following: str) -> bool:
    """A heading that wraps: nothing after the number yet, an open quote, or a next line that goes on in lower case."""
    return (not title.strip() or ("«" in title and "»" not in title)
            or bool(following) and following[0].islower())


def _table_section(table: Table, template: Template, known: dict[int, str | None]) -> str | None:
    """Which template table this is, by its header: the content evidence for a section (memoised in `known`)."""
    if id(table) not in known:
        known[id(table)] = _classify(table, template)
    return known[id(table)]


def _classify(table: Table, template: Template) -> str | None:
    for number, spec in template.tables.items():
        if number == "2":
            if card_like(table, template):
                return number
        elif table_header(table, spec) is not None:
            return number
    return None


def _evidence(number: str, body: list[Block], template: Template, kinds: dict[int, str | None]) -> float:
    """What follows a heading up to the next higher number, for the section it would open: the kind of
    its first table (past numbered industry headings), a first subsection "N.1"."""
    score = 0.0
    table = next((b for b in body if isinstance(b, Table)), None)
    if table is not None:
        kind = _table_section(table, template, kinds)
        if kind == number:
            score += TABLE_EVIDENCE
        elif kind is not None:
            score -= TABLE_EVIDENCE
    if any(isinstance(b, TextLine) and (m := SUBSECTION_HEADING.match(b.text)) and m.group(1) == number
           and m.group(2) == "1" for b in body):
        score += SUBSECTION_EVIDENCE
    return score


def _is_body(block: Block) -> bool:
    """Text, a table or a picture a section holds, as opposed to more heading lines (a table of contents)."""
    return not isinstance(block, TextLine) or not (
        DOT_LEADER.search(block.text) or SUBSECTION_HEADING.match(block.text) or _printed_number(block.text))


def _candidates(stream: list[Block], template: Template) -> list[_Candidate]:
    """Every line shaped like a top-level heading that its number, title and contents make plausible."""
    shaped, kinds = [], {}
    for k, block in enumerate(stream):
        if isinstance(block, TextLine) and (found := _printed_number(block.text)):
            shaped.append((k, *found))
    out = []
    for n, (k, number, title) in enumerate(shaped):
        last = k
        following = stream[k + 1] if k + 1 < len(stream) else None
        if (isinstance(following, TextLine) and _title_unfinished(title, following.text)
                and not _printed_number(following.text) and not SUBSECTION_HEADING.match(following.text)):
            title, last = f"{title} {following.text}", k + 1
        meaning = template.sections.score(re.sub(r"[«»\"“”]", "", title), number)
        next_section = next((j for j, later, _ in shaped[n + 1:] if int(later) > int(number)), len(stream))
        body = stream[last + 1:next_section]
        if not any(map(_is_body, body)):
            continue  # a line of a table of contents: the next section's heading follows at once
        evidence = _evidence(number, body, template, kinds)
        if meaning < template.thresholds.section_title and evidence <= 0:
            continue
        score = (NUMBER_WEIGHT + TITLE_WEIGHT * meaning + evidence
                 - INDUSTRY_PENALTY * (canonical_industry(title) is not None))
        out.append(_Candidate(k, last, number, _clean_title(title), stream[k].page, score))
    return out


def _align(candidates: list[_Candidate]) -> list[_Candidate]:
    """The headings of the document: the subsequence of candidates with rising section numbers and the
    highest total score (one monotone alignment; ties go to the later line)."""
    best: list[tuple[float, int]] = []  # per candidate: best total ending in it, its predecessor
    for i, cand in enumerate(candidates):
        total, previous = cand.score, -1
        for j in range(i):
            if int(candidates[j].number) < int(cand.number) and best[j][0] + cand.score >= total:
                total, previous = best[j][0] + cand.score, j
        best.append((total, previous))
    if not best:
        return []
    end = max(range(len(best)), key=lambda i: (best[i][0], i))
    chosen = []
    while end >= 0:
        chosen.append(candidates[end])
        end = best[end][1]
    return chosen[::-1]


def split_sections(stream: list[Block], template: Template) -> Outline:
    """Headings 1-8 by one alignment over the document, then each section's numbered subsections in order."""
    headings = _align(_candidates(stream, template))
    sections: list[Section] = []
    for n, heading in enumerate(headings):
        end = headings[n + 1].position if n + 1 < len(headings) else len(stream)
        sections += _with_subsections(heading, stream[heading.last + 1:end])
    front = stream[:headings[0].position] if headings else list(stream)
    return Outline(front, sections)


def _with_subsections(heading: _Candidate, body: list[Block]) -> list[Section]:
    """The section and its subsections "N.1", "N.2", ... found in order (an item numbered out of turn is text)."""
    sections = [Section(heading.number, heading.title, heading.page)]
    for block in body:
        sub = SUBSECTION_HEADING.match(block.text) if isinstance(block, TextLine) else None
        if (sub and sub.group(1) == heading.number and len(block.text) <= MAX_HEADING_CHARS
                and not DOT_LEADER.search(block.text) and int(sub.group(2)) == len(sections)):
            sections.append(Section(f"{sub.group(1)}.{sub.group(2)}", _clean_title(sub.group(3)), block.page))
        else:
            sections[-1].blocks.append(block)
    return sections
