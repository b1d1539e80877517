"""Stream -> sections 1-8 and their subsections, found by their headings.

Every line shaped like a numbered top-level heading ("5.", "Раздел 5.", "V.",
"Глава 5", "Раздел пятый", "5-й раздел", or a word this document prints before
each of its numbers, «Статья 5.»; quoted or not, any case) is a candidate for
the section its number names (a title alone in capitals, for any section),
scored by what its title means (parsers/meaning.py), the table that
follows it (a task and project table means section 5, year columns section
7, the card section 2) and its first subsection; a line with no body before
the next section's heading is a table of contents' entry, never a heading.
One monotone alignment over the document picks the headings: section numbers
rise, the total score is highest.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from normalize.industries import canonical_industry
from parsers.meaning import has_predicate, is_question
from parsers.stream import one_phrase
from parsers.tables import EXTRA, card_like, labels_read_across, records_as_rows, table_header
from parsers.template import Template
from parsers.text import ITEM_MARKER, ROMAN_NUMERALS, fold
from parsers.textgrid import has_unruled_body, unruled_rows
from schemas.layout import Block, Table, TextLine

HEADING_WORDS = ("раздел", "разд", "глава", "гл", "часть", "блок", "§")
"""What may stand before a section's number: «Раздел 5.», «Разд. 5.», «Глава V», «Гл. 5.», «Часть 1.»,
«Блок 5.», «§ 5.»; an abbreviation with its point; or after it with an ordinal ending («5-й раздел.»).
A document may use a word of its own («Статья 5.»,
«Пункт V.», or a letter joined to the number, «Р5.», «Р-5.»): _numbering learns it from the numbers it stands
before."""
LEARNED_WORD_NUMBERS = 6
"""Distinct section numbers, first seen in rising order, that a word must stand before for this document's
headings to be taken as worded with it: more than a strategy has tables («Таблица 1» … «Таблица 4»)."""
ORDINALS = ("перв", "втор", "трет", "четв", "пят", "шест", "седьм", "восьм")
"""Stems of the ordinal words a heading word may take for its number («Раздел первый», «Глава пятая»)."""
LETTER_NUMBERS = "АБВГДЕЖИ"
"""Capital letters a heading word may take for its number, in the order GOST 2.105 letters parts (Ё, З and Й
skipped): «Раздел А.» … «Раздел И.»."""
HEADING_PHRASE = r"[^\W\d_]{1,16}(?:\s+[^\W\d_]{1,16}){0,2}"
"""A heading word, or a phrase of up to three words («Блок мероприятий 1.», «Направление деятельности 1.»), learned
like a word from the numbers it stands before (_numbering)."""
def _section_heading(word: str) -> re.Pattern:
    """SECTION_HEADING with `word` the pattern of what may stand before the number."""
    return re.compile(
        r"^\s*(?:(?P<word>" + word + r"(?:\.\s*|\s+)(?:№\s*)?|§\s*|[^\W\d_]{1,3}-?(?=[1-8])))?(?(word)|(?P<bracket>\[)?)"
        r"(?:(?P<num>0?[1-8](?:\.0(?!\d))?|VIII|VII|VI|IV|V|III|II|I)(?:-?(?:й|я|е|ый|ая|ое|ой)(?![\w\d]))?(?![\w\d])(?!\.\d)"
        r"(?:\s*(?:из|/)\s*\d{1,2}(?!\d))?"  # «01.», «1.0.», «Раздел 1 из 8.»
        rf"|(?(word)(?P<ordinal>{'|'.join(ORDINALS)})[а-яё]{{0,6}}(?![\w\d])|(?!))"
        rf"|(?(word)(?-i:(?P<letter>[{LETTER_NUMBERS}]))(?![\w\d])|(?!)))"
        r"\s*(?:(?P<bar>\|)|[.):\]\-–—])?\s*(?P<title>(?:[«\"“A-Za-zА-Яа-яЁё].*)?)$", re.IGNORECASE)  # «Раздел 1 — ПОЛОЖЕНИЯ»,
# «Раздел № 1», «[1] Общие положения», «1 | Контекст»


SECTION_HEADING = _section_heading(HEADING_PHRASE)
ONE_WORD_HEADING = _section_heading(r"[^\W\d_]{1,16}")
"""A heading word of one word before the number: how a line is read when its first words are no phrase the
document heads its sections with («Раздел IV. В сфере …» is «Раздел» IV, not «Раздел IV» В)."""

ORDINAL_FIRST = re.compile(
    rf"^\s*(?P<ordinal>{'|'.join(ORDINALS)})[а-яё]{{0,6}}\s+(?P<word>[^\W\d_]{{1,16}})\.?\s*[.:)\-–—]?\s*"
    r"(?P<title>(?:[«\"“A-Za-zА-Яа-яЁё].*)?)$", re.IGNORECASE)
"""An ordinal word before the heading word: «Первый раздел — Исходные данные», «Пятая глава. …»."""
_HEADING_WORD = "(?:(?:" + "|".join(map(re.escape, HEADING_WORDS)) + r")(?![\w])\.?)"
ROMAN = ROMAN_NUMERALS[:8]
# A heading whose number OCR misread ("II." as ".", "III." as "11.", "IV." as "м.", "VIII." as "Ш."):
# a short token ending in "." or ")" before a title printed as headings are, quoted or in capitals
# (after «Раздел»/«Глава», any capitalised title). Its section is told by the title and the order.
GARBLED_NUMBER = re.compile(
    rf"^\s*(?P<word>(?i:{_HEADING_WORD})\s*)?[^\s«\"“]{{0,4}}[.)]\s*"
    r"(?P<title>(?:[«\"“]|[A-ZА-ЯЁ]{2}|(?(word)[A-ZА-ЯЁ]|(?!))).*)$")
SIGN_NUMBER = re.compile(r"^\s*[^\sA-Za-zА-Яа-яЁё\d«\"“]{0,2}[.)]\s*(?P<title>[A-ZА-ЯЁ][а-яё].*)$")
"""A heading in sentence case whose roman number OCR left as a point or a sign («I.» read ".", «IV.» read "№.")."""
NUMBER_SHAPE = re.compile(r"^\s*(?P<before>[^\w\s«\"“]{0,2}\s*)(?P<zero>0?)(?P<num>[1-8])(?![\d.]\d)"
                          r"(?P<after>\s*[^\w\s«\"“]{0,3})\s*(?P<title>[«\"“A-Za-zА-Яа-яЁё].*)$")
"""A number 1-8 in any decoration of signs before a title: «(1) Общие положения», «#1 …», «№ 1. …», «1 // …»."""
LETTER_SHAPE = re.compile(rf"^\s*(?P<letter>[{LETTER_NUMBERS}])(?P<after>[.)])\s+(?P<title>[«\"“A-Za-zА-Яа-яЁё].*)$")
"""A capital letter alone before a title, as GOST 2.105 letters parts: «А. Контекст и основания», «Б. …»; learned
as this document's numbering (Numbering.shapes, key «@.») only when it letters its lines so in order."""
LIST_SHAPES = frozenset({"#", "#.", "#)", "#:", "#.)", "(#)", "#;"})
"""Shapes list items are numbered in, learned as a heading's only over titles in capitals (a heading rule reads
«1.» and «1)» already)."""
NUMBER_AFTER_TITLE = re.compile(
    r"^\s*(?P<title>[«\"“A-ZА-ЯЁ].*?)\s*[(\[]\s*(?P<word>(?i:[^\W\d_]{1,16}))\.?\s*(?:№\s*)?"
    r"(?P<num>[1-8]|VIII|VII|VI|IV|V|III|II|I)\s*[)\]]\s*$")
"""A heading numbered after its title, in brackets with a heading word: «Цели предлагаемого регулирования (раздел 3)»;
a capital first and no point after, as a paragraph's last line citing a section («… стратегией (раздел 5).») has not."""
BRACKETED_NUMBER = re.compile(
    r"^\s*\[\s*(?P<word>[^\W\d_]{1,16})\.?\s*(?:№\s*)?(?P<num>[1-8]|VIII|VII|VI|IV|V|III|II|I)(?![\w\d])"
    r"[^\[\]\d]{0,30}\]\s*(?P<title>[«\"“A-Za-zА-Яа-яЁё].*)$")
"""A heading word and number in brackets before the title, a word or two after the number inside them:
«[Раздел 1 программы] Основания и инструменты …»."""
SUBSECTION_HEADING = re.compile(r"^\s*\[?([1-8])\.([1-9]\d?)[.\]]?\s*([^\s.].*)$")  # «1.1.», «[1.1]»; «1.0.» heads section 1; «6.6.» alone titles no subsection
SENTENCE_GOES_ON = re.compile(r"[.!?]\s+[А-ЯЁA-Z]")
"""A sentence's end with more text after it: no title's rest (a run-in heading's «недрами. В ходе реализации …»)."""
SUBSECTION_NUMBER_ALONE = re.compile(r"^\s*\[?([1-8])\.([1-9]\d?)[.\]]?()\s*$")  # «1.1.» over its title
DOT_LEADER = re.compile(r"\.{4,}|…{2,}")
MAX_HEADING_CHARS = 160
MAX_TITLE_WORDS = 14
SUBSECTION_NEAR = 3  # blocks after a heading within which its first subsection "N.1" opens
# How much each kind of evidence weighs when a line is taken for a section's heading (parsers/meaning.py
# scores titles 0..1): the printed number, the title's meaning, the kind of table that follows, a first
# subsection "N.1" after it, a title that names an industry. A line with no body before the next section's
# heading is a table of contents' line, never a heading.
NUMBER_WEIGHT = 1.0
TITLE_WEIGHT = 2.0
TABLE_EVIDENCE = 1.5
SUBSECTION_EVIDENCE = 0.5
HEADING_WORD_EVIDENCE = 1.0  # «Раздел 5», «Гл. 5», «§ 5» before the number: a heading, whatever its title says
SAME_LOOK_EVIDENCE = 1.0  # a numbered line printed as the document's other headings are (_common_look)
SAME_LOOK_HEADINGS = 4  # headings that must share a look for it to be the document's
NUMBER_ALONE = re.compile(r"\s*(?:0?[1-8]|VIII|VII|VI|IV|V|III|II|I)\s*[.)]?\s*")  # «5.» over its title
INDUSTRY_PENALTY = 2.0  # "5. Государственное управление" inside sections 5-7 heads an industry, not a section
LEAD_IN_PENALTY = 2.0
"""An unnumbered line that opens a list of section 4 («Вызовы», «Риски» over each industry's items) means
section 4 as strongly as its heading does, and recurs under every industry: it is a lead-in, not the heading."""


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


def _word_key(word: str) -> str:
    return word.strip(" .№-").lower()  # «Раздел № 1» is worded «раздел», «Р-1.» «р»


def _letter_number(letter: str) -> str:
    """The section number a GOST 2.105 letter prints («В»), as "3"."""
    return str(LETTER_NUMBERS.index(letter) + 1)


def _ordinal_number(m: re.Match) -> str:
    """The section number an ordinal word prints («Пятый», «пятая»), as "5"."""
    return str(ORDINALS.index(m.group("ordinal").lower()) + 1)


def _section_number(m: re.Match) -> str:
    """The section number a SECTION_HEADING match prints: arabic, roman, an ordinal word or a letter, as "1".."8"."""
    if m.group("ordinal"):
        return _ordinal_number(m)
    if m.group("letter"):
        return _letter_number(m.group("letter"))
    return _arabic(m.group("num"))


def _arabic(number: str) -> str:
    """A printed section number, arabic or roman, as "1".."8" («01», «1.0», «I» -> "1")."""
    number = number.upper()
    return str(ROMAN.index(number) + 1) if number in ROMAN else str(int(float(number)))


@dataclass(frozen=True)
class Numbering:
    """How this document numbers its headings: the words it may print before a number (HEADING_WORDS and its
    own), and the shapes of numbers SECTION_HEADING does not read that it prints («#1», «№ 1.», «1 //», or a
    letter alone, «А.»)."""

    words: frozenset[str]
    shapes: frozenset[str] = frozenset()


def _numbering(stream: list[Block]) -> Numbering:
    """HEADING_WORDS and the words and number shapes this document prints before its sections' titles.

    A word that stands at the start of lines before at least LEARNED_WORD_NUMBERS distinct section numbers,
    first seen in rising order («Статья 1.» … «Статья 8.», its table of contents included), is how this
    document words its headings, whatever the word; a caption word («Таблица 1» … «Таблица 4») or a word
    opening one sentence that happens to hold a number is not. So is a shape of number no rule reads («№ 1.»,
    «#1»), when it also prints each number at most twice (its contents and its heading): a list style
    numbers every list from 1 again."""
    numbers: dict[str, list[str]] = {}
    shaped: dict[str, list[str]] = {}
    for block in stream:
        if not isinstance(block, TextLine) or len(block.text) > MAX_HEADING_CHARS:
            continue
        if m := SECTION_HEADING.match(block.text):
            for seen in {m, ONE_WORD_HEADING.match(block.text)} - {None}:  # a phrase, or one word and a roman
                if seen.group("word"):  # number over a title opening «В» («Статья IV. В сфере …»)
                    numbers.setdefault(_word_key(seen.group("word")), []).append(_section_number(seen))
        elif m := ORDINAL_FIRST.match(block.text):
            numbers.setdefault(_word_key(m.group("word")), []).append(_ordinal_number(m))
        elif (m := NUMBER_SHAPE.match(block.text)) and _shaped_heading(m):  # a contents line's too
            shaped.setdefault(_shape_key(m), []).append(m.group("num"))
        elif m := LETTER_SHAPE.match(block.text):
            shaped.setdefault(f"@{m.group('after')}", []).append(_letter_number(m.group("letter")))
    learned = {word for word, seen in numbers.items() if _rising(seen)}
    shapes = {key for key, seen in shaped.items() if _rising(seen) and max(Counter(seen).values()) <= 2}
    return Numbering(frozenset(HEADING_WORDS) | learned, frozenset(shapes))


def _shaped_heading(m: re.Match) -> bool:
    """Whether a NUMBER_SHAPE line may be a heading: any shape but a list's, and a list's («(1)») over a title in
    capitals, as no list item is set («(1) ОБЩИЕ СВЕДЕНИЯ И ОСНОВАНИЯ ДЛЯ СОЗДАНИЯ СИСТЕМЫ»)."""
    return _shape_key(m) not in LIST_SHAPES or _capitals(m.group("title"))


def _rising(seen: list[str]) -> bool:
    """At least LEARNED_WORD_NUMBERS distinct numbers, first seen in rising order."""
    firsts = list(dict.fromkeys(map(int, seen)))
    return len(firsts) >= LEARNED_WORD_NUMBERS and firsts == sorted(firsts)


def _shape_key(m: re.Match) -> str:
    """A number's shape, its figure as «#» («(1) » -> «(#)»)."""
    return f"{''.join(m.group('before').split())}{m.group('zero')}#{''.join(m.group('after').split())}"


def _printed_number(text: str, numbering: Numbering) -> tuple[str, str, bool] | None:
    """'5. Раздел «X»', 'Раздел 5. X', 'V. X', 'Глава 5 X', 'Раздел пятый', '[5] X', '5 | X', '05. X', '5.0. X'
    -> ('5', 'X', whether the number is marked as headings mark it and lists do not: a heading word or a bracket
    before it, a bar after it, a leading zero or a «.0»); None for other lines and for a number after a word that
    is not one of the document's heading words («Таблица 5»); a number of a shape the document learned
    (`numbering.shapes`) is marked too."""
    if len(text) > MAX_HEADING_CHARS or DOT_LEADER.search(text) or SUBSECTION_HEADING.match(text):
        return None
    m = SECTION_HEADING.match(text)
    if m and m.group("word") and _word_key(m.group("word")) not in numbering.words:
        m = ONE_WORD_HEADING.match(text)  # no phrase of this document's headings: read as one word before a number
    if not m and (after := NUMBER_AFTER_TITLE.match(text)) and _word_key(after.group("word")) in numbering.words:
        return _arabic(after.group("num")), after.group("title"), True
    if (not m and numbering.shapes and (shaped := NUMBER_SHAPE.match(text)) and _shape_key(shaped) in numbering.shapes
            and _shaped_heading(shaped)):
        return shaped.group("num"), shaped.group("title"), True
    if not m and (bracketed := BRACKETED_NUMBER.match(text)) and _word_key(bracketed.group("word")) in numbering.words:
        return _arabic(bracketed.group("num")), bracketed.group("title"), True
    if not m and (ordinal := ORDINAL_FIRST.match(text)) and _word_key(ordinal.group("word")) in numbering.words:
        return _ordinal_number(ordinal), ordinal.group("title"), True
    if not m and (lettered := LETTER_SHAPE.match(text)) and f"@{lettered.group('after')}" in numbering.shapes:
        return _letter_number(lettered.group("letter")), lettered.group("title"), True
    if not m or (m.group("word") and _word_key(m.group("word")) not in numbering.words):
        return None
    return (_section_number(m), re.sub(rf"^{_HEADING_WORD}(?!\w)\.?\s*", "", m.group("title"), flags=re.IGNORECASE),
            bool(m.group("word") or m.group("bracket") or m.group("bar") or _padded(m.group("num") or "")))


def _padded(number: str) -> bool:
    """«05», «5.0»: a section number written as lists never write theirs."""
    return number.startswith("0") or number.endswith(".0")


def _title_unfinished(title: str, following: str) -> bool:
    """A heading that wraps: nothing after the number yet, an open quote, a next line that goes on in lower
    case, or a title in capitals whose next line is capitals too, short, and no sentence ended before it."""
    return (not title.strip() or ("«" in title and "»" not in title)
            or bool(following) and following[0].islower()
            or _capitals(title) and _capitals(following) and len(following.split()) <= MAX_TITLE_WORDS // 2
            and not title.rstrip().endswith((".", "»")))


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _table_sections(table: Table, template: Template, known: dict[int, frozenset[str]]) -> frozenset[str]:
    """Which template tables this may be, by its header: the content evidence for a section (memoised in `known`)."""
    if id(table) not in known:
        known[id(table)] = _classify(table, template)
    return known[id(table)]


def _classify(table: Table, template: Template) -> frozenset[str]:
    """The card, or of the template's tables the one whose header names most of the table's columns by
    their headers' words (a projects table also reads as a task table with a project column and extras),
    its body cut into rows first when it draws no rules between them (what the columns hold tells too).
    A two-column table of labels and values may be the card or one record of a table printed down the page
    (records_as_rows: «Реквизит мероприятия | Сведения …» over «Для чего проводится мероприятие | …»); both
    readings are kept, and where the table stands tells."""
    if card_like(table, template):
        records = records_as_rows(table)
        return frozenset({"2"} | {number for number, spec in template.tables.items()
                                  if number != "2" and records and labels_read_across(records, spec)})
    best, named, unruled = None, 0, has_unruled_body(table)
    for number, spec in template.tables.items():
        if number == "2":
            continue
        columns = table_header((unruled and unruled_rows(table, spec)) or table, spec)
        score = sum(not (col.guessed or col.key.startswith(EXTRA)) for col in columns or ())
        if score > named:
            best, named = number, score
    return frozenset({best} if best else ())


def _evidence(number: str, body: list[Block], template: Template, kinds: dict[int, frozenset[str]]) -> float:
    """What follows a heading up to the next higher number, for the section it would open: the kind of
    its first table (past numbered industry headings), a first subsection "N.1" (the first subsection
    line after it: a later section's «8.1» says nothing of this one)."""
    score = 0.0
    table = next((b for b in body if isinstance(b, Table)), None)
    if table is not None:
        may_be = _table_sections(table, template, kinds)
        if number in may_be:
            score += TABLE_EVIDENCE
        elif may_be:
            score -= TABLE_EVIDENCE
    first = next((m for b in body if isinstance(b, TextLine) and (m := SUBSECTION_HEADING.match(b.text))), None)
    if first and first.group(1) == number and first.group(2) == "1":
        score += SUBSECTION_EVIDENCE
    return score


def _is_body(position: int, block: Block, shaped: set[int]) -> bool:
    """Text, a table or a picture a section holds, as opposed to more heading lines (a table of contents)."""
    return not isinstance(block, TextLine) or not (
        position in shaped or DOT_LEADER.search(block.text) or SUBSECTION_HEADING.match(block.text))


@dataclass(frozen=True)
class _Shaped:
    """A line that may head a section: where it is (a wrapped title ends at `last`), the section it would
    open, its title, and whether the number is printed."""

    position: int
    last: int
    number: str
    title: str
    printed: bool = True
    readable: bool = True  # a printed number OCR misread is printed, but says nothing of the section
    worded: bool = False  # a heading word stands before the readable number («Гл. 2.», «Шаг 8.»)


def _wrapped(stream: list[Block], k: int, title: str, numbering: Numbering) -> tuple[str, int]:
    """The title with its second line when it wraps, and the position of its last line."""
    following = stream[k + 1] if k + 1 < len(stream) else None
    if (isinstance(following, TextLine) and _title_unfinished(title, following.text)
            and not _printed_number(following.text, numbering) and not SUBSECTION_HEADING.match(following.text)):
        return f"{title} {following.text}", k + 1
    return title, k


def _numbered(stream: list[Block], numbering: Numbering) -> list[_Shaped]:
    out = []
    for k, block in enumerate(stream):
        if isinstance(block, TextLine) and (found := _printed_number(block.text, numbering)):
            number, title, worded = found
            if (not title.strip() and worded and k > 0 and _title_over(stream[k - 1], numbering)
                    and not (k + 1 < len(stream) and _title_over(stream[k + 1], numbering))):
                # «ИСТОРИКО-КУЛЬТУРНЫЕ ПРЕДПОСЫЛКИ ПРОГРАММЫ» over «Часть 1»: the number under its title
                out.append(_Shaped(k - 1, k, number, stream[k - 1].text, worded=worded))
                continue
            title, last = _wrapped(stream, k, title, numbering)
            # "3. Цель проекта не будет достигнута": an item, not a heading, unless a heading word stands before
            # its number («Шаг 8. Кто отвечает перед жителями») or it asks a question («4) Как обстоят дела в
            # отраслях»); a number with no title at all (nothing after it but a table) is a page's number left in
            # the text, OCR's «2» under a card
            if title.strip() and (worded or not has_predicate(title) or is_question(title)):
                out.append(_Shaped(k, last, number, title, worded=worded))
    return out


def _title_over(block: Block, numbering: Numbering) -> bool:
    """Whether a line may be a heading's title printed over its number («Часть 1» on the line below): in capitals,
    shaped as a title, with no number of its own. A title so shaped under the number is its title, as usual
    («Раздел 1» over «ОБЩИЕ ПОЛОЖЕНИЯ», a cover's line in capitals above)."""
    return (isinstance(block, TextLine) and _capitals(block.text) and _title_shaped(block.text)
            and not _printed_number(block.text, numbering))


def _unnumbered(stream: list[Block], template: Template, numbered: list[_Shaped],
                numbering: Numbering) -> list[_Shaped]:
    """Short lines that read as a section's title with no number printed: the section is the one the title
    means (at least `unnumbered_section_title`); the alignment then checks order and contents. A line the
    text runs on from (the next line goes on in lower case) opens a paragraph, not a section. Numbered lines
    whose title means another section come back as that section's, their number unread."""
    taken = {k for s in numbered for k in range(s.position, s.last + 1)}  # a numbered heading's wrapped title too
    out = []
    for k, block in enumerate(stream):
        if k in taken or not isinstance(block, TextLine) or len(block.text) > MAX_HEADING_CHARS:
            continue
        title, last = _wrapped(stream, k, block.text.strip(), numbering)
        after = stream[last + 1] if last + 1 < len(stream) else None
        garbled = GARBLED_NUMBER.match(title) or SIGN_NUMBER.match(title)
        title = garbled.group("title") if garbled else title
        if not _title_shaped(title) or isinstance(after, TextLine) and after.text[:1].islower():
            continue
        # a misread number still shows a heading's shape: the bar of a printed heading's title, or its
        # first subsection "N.1" right after it
        least = template.thresholds.section_title if garbled else template.thresholds.unnumbered_section_title
        found = template.sections.best(_unquoted(title), least)
        number = found[0] if found else _first_subsection(stream[last + 1:last + 1 + SUBSECTION_NEAR]) if garbled else None
        # a title alone in capitals is how many regions print a heading, however it is worded: it may open
        # any section, and what follows it (its table, its first subsection) and the order tell which
        numbers = template.sections.keys if not garbled and _capitals(title) else [number] if number else []
        out += [_Shaped(k, last, n, title, printed=bool(garbled), readable=False) for n in numbers]
    # a roman number OCR restored may be the wrong one («VIII.» read «Ш.», restored «III.»): a line numbered
    # in roman whose title means another section as well as a printed heading's must is that one's candidate
    # too, its number unread
    for line in numbered:
        if not _roman_numbered(stream[line.position].text):
            continue
        found = template.sections.best(_unquoted(line.title), template.thresholds.section_title)
        if found and found[0] != line.number:
            out.append(_Shaped(line.position, line.last, found[0], line.title, readable=False))
    return out


def _roman_numbered(text: str) -> bool:
    m = SECTION_HEADING.match(text)
    return bool(m) and (m.group("num") or "").upper() in ROMAN


def _first_subsection(blocks: list[Block]) -> str | None:
    """The section N whose subsection "N.1" opens these blocks (the first line of text among them)."""
    first = next((b for b in blocks if isinstance(b, TextLine)), None)
    sub = SUBSECTION_HEADING.match(first.text) if first is not None else None
    return sub.group(1) if sub and sub.group(2) == "1" else None


def _title_shaped(text: str) -> bool:
    """A line a title can be: a few words starting with a capital or a quote, a noun phrase rather than a
    clause, not running on, nor a table of contents' entry (its page number or dot leader)."""
    text = text.strip()
    return (0 < len(text) <= MAX_HEADING_CHARS and len(text.split()) <= MAX_TITLE_WORDS
            and (text[0].isupper() or text[0] in "«\"“") and text[-1] not in ",;:-–" and not text[-1].isdigit()
            and not DOT_LEADER.search(text) and not SUBSECTION_HEADING.match(text) and not has_predicate(text))


def _unquoted(title: str) -> str:
    return re.sub(r"[«»\"“”]", "", title)


def title_meaning(template: Template, title: str, number: str) -> float:
    """How well a printed heading's title says the template's title of section `number` (0..1), quotes aside."""
    return template.sections.score(_unquoted(title), number)


def _look(stream: list[Block], position: int, title: str) -> tuple[bool, bool]:
    """How a heading is printed, as far as lists print theirs otherwise: its number alone on its line (the title
    below it), and its title in capitals."""
    first = stream[position]
    return isinstance(first, TextLine) and bool(NUMBER_ALONE.fullmatch(first.text)), _capitals(title)


def _common_look(stream: list[Block], headings: list[_Candidate]) -> tuple[bool, bool] | None:
    """The look (_look) at least SAME_LOOK_HEADINGS of the headings found share, when it is one lists do not
    print (a number alone on its line, or a title in capitals)."""
    looks = Counter(_look(stream, h.position, h.title) for h in headings)
    look, count = looks.most_common(1)[0] if looks else ((False, False), 0)
    return look if count >= SAME_LOOK_HEADINGS and any(look) else None


def _candidates(stream: list[Block], template: Template, shaped: list[_Shaped],
                look: tuple[bool, bool] | None = None) -> list[_Candidate]:
    """Every line shaped like a top-level heading that its number, title and contents make plausible; a
    numbered line printed with the `look` the document's other headings share is plausible by that alone («5.» /
    «ПРОДУКТОВАЯ ЛИНЕЙКА В РАЗРЕЗЕ БИЗНЕС-ЗАДАЧ» among «6.» / «ПРОИЗВОДСТВЕННЫЙ ПЛАН ПО ПРОДУКТАМ» …)."""
    kinds: dict[int, frozenset[str]] = {}
    printed = {s.position for s in shaped if s.printed}
    out = []
    for n, line in enumerate(shaped):
        meaning = title_meaning(template, line.title, line.number)
        later = [s for s in shaped[n + 1:] if int(s.number) > int(line.number) and s.position > line.last]
        next_section = later[0].position if later else len(stream)
        next_printed = next((s.position for s in later if s.printed), len(stream))
        if line.printed and not any(_is_body(j, stream[j], printed) for j in range(line.last + 1, next_printed)):
            continue  # a line of a table of contents: the next section's heading follows at once
        evidence = _evidence(line.number, stream[line.last + 1:next_section], template, kinds)
        # «Гл. 2. КАРТА СТРАТЕГИИ»: a number after a heading word says heading whatever the title's wording
        evidence += HEADING_WORD_EVIDENCE * line.worded
        evidence += SAME_LOOK_EVIDENCE * (look is not None and line.printed and line.readable
                                          and _look(stream, line.position, line.title) == look)
        if meaning < template.thresholds.section_title and evidence <= 0:
            continue
        lead_in = not line.readable and not line.printed and \
            template.lead_ins.best(line.title, template.thresholds.lead_in) is not None
        score = (NUMBER_WEIGHT * line.readable + TITLE_WEIGHT * meaning + evidence
                 - INDUSTRY_PENALTY * (canonical_industry(line.title) is not None) - LEAD_IN_PENALTY * lead_in)
        out.append(_Candidate(line.position, line.last, line.number, _clean_title(line.title),
                              stream[line.position].page, score))
    return out


def _align(candidates: list[_Candidate]) -> list[_Candidate]:
    """The headings of the document: the subsequence of candidates with rising section numbers and the
    highest total score (one monotone alignment; ties go to the later line)."""
    best: list[tuple[float, int]] = []  # per candidate: best total ending in it, its predecessor
    for i, cand in enumerate(candidates):
        total, previous = cand.score, -1
        for j in range(i):
            if (int(candidates[j].number) < int(cand.number) and candidates[j].position < cand.position
                    and best[j][0] + cand.score >= total):
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
    """Headings 1-8 by one alignment over the document, then each section's numbered subsections in order.

    Headings are printed with their numbers in the template; only when those do not give all eight are
    lines that say a section's title without its number aligned too (the number printed by a list style
    that was lost, or never printed).
    """
    numbering = _numbering(stream)
    numbered = _numbered(stream, numbering)
    headings = _align(_candidates(stream, template, numbered))
    if len(headings) < len(template.sections.keys) and (look := _common_look(stream, headings)):
        headings = _align(_candidates(stream, template, numbered, look))
    if len(headings) < len(template.sections.keys):
        shaped = sorted(numbered + _unnumbered(stream, template, numbered, numbering), key=lambda s: s.position)
        headings = _align(_candidates(stream, template, shaped))
    sections: list[Section] = []
    for n, heading in enumerate(headings):
        end = headings[n + 1].position if n + 1 < len(headings) else len(stream)
        sections += _with_subsections(heading, stream[heading.last + 1:end])
    if sections:
        _drop_contents_at_end(sections)
    front = stream[:headings[0].position] if headings else list(stream)
    return Outline(front, sections)


CONTENTS_ENTRY = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|[А-ЯЁ]\.)?\s*(?P<title>.*?)[\s.…]*\d{0,3}\s*$")
"""A table of contents' entry: a heading's number, its title, a leader and its page (any of them may be missing:
the number may stand on its own line, the title wrap)."""
MIN_CONTENTS_AT_END = 3  # entries from which the last lines are a table of contents, not the last section's text
PAGE_AT_END = re.compile(r"(?:\.{2,}|…|\s)\d{1,3}\s*$")  # a contents entry's page, after its leader or a space


def _drop_contents_at_end(sections: list[Section]) -> None:
    """Take a table of contents printed at the document's end out of the last section: from the end, lines that
    give again the titles of headings found (with their numbers and pages, «5. ПРОДУКТОВАЯ ЛИНЕЙКА … 13»), and
    the short title over them («СОДЕРЖАНИЕ»); the items of that section's lists would be the entries else."""
    titles = {fold(s.title) for s in sections}
    blocks = sections[-1].blocks
    k = len(blocks)
    entries = paged = 0
    while k > 0 and isinstance(blocks[k - 1], TextLine) and (m := CONTENTS_ENTRY.match(blocks[k - 1].text)):
        title = fold(m.group("title"))
        wrapped = len(title.split()) >= 2 and any(t.startswith(title) or t.endswith(title) for t in titles)
        if title and title not in titles and not wrapped:  # (a title wrapped over two lines, each part of it)
            break
        entries += bool(title)
        paged += bool(PAGE_AT_END.search(blocks[k - 1].text))
        k -= 1
    titled = k > 0 and isinstance(blocks[k - 1], TextLine) and _contents_title(blocks[k - 1].text)
    # a contents' entries give pages, or stand under its title: lines that merely repeat titles are text
    if entries < MIN_CONTENTS_AT_END or not (titled or 2 * paged >= entries):
        return
    del blocks[k - titled:]


def _contents_title(text: str) -> bool:
    """A table of contents' title: a word or two, no figure, no sentence («СОДЕРЖАНИЕ», «Оглавление»)."""
    return 0 < len(text.split()) <= 2 and not any(ch.isdigit() for ch in text) and not text.rstrip().endswith(".")


def _wraps(title: str, following: str) -> bool:
    """Whether a subsection's title goes on in the next line (_title_unfinished): not after a title that ended
    («Основания разработки.»), nor into an item («а) Государственная программа …»), a sentence that ends and goes on
    (a run-in heading's «недрами. В ходе реализации …») or a clause (the text's first line in lower case)."""
    return (bool(title) and _title_unfinished(title, following) and not title.rstrip().endswith((".", ":", ";", "!", "?"))
            and not SUBSECTION_HEADING.match(following) and not ITEM_MARKER.match(following)
            and not SENTENCE_GOES_ON.search(following) and not has_predicate(f"{title} {following}"))


def _with_subsections(heading: _Candidate, body: list[Block]) -> list[Section]:
    """The section and its subsections "N.1", "N.2", ... found in order (an item numbered out of turn is text). A
    subsection's number alone on its line («1.1.») heads it when its title follows on the next line; over a table
    it is the number of a blank title there («6.6.» over a project's table of fields). A title that wraps
    (_title_unfinished: «… винодельческие предприятия,» / «питомники, научные организации …») takes its next line."""
    sections = [Section(heading.number, heading.title, heading.page)]
    titled_below = False
    for k, block in enumerate(body):
        if titled_below:  # the title under a number alone, or the rest of a title that wraps
            titled_below = False
            sections[-1].title = _clean_title(f"{sections[-1].title} {block.text}")
            continue
        sub = SUBSECTION_HEADING.match(block.text) if isinstance(block, TextLine) else None
        alone = SUBSECTION_NUMBER_ALONE.match(block.text) if isinstance(block, TextLine) else None
        if alone and k + 1 < len(body) and isinstance(body[k + 1], TextLine) and _title_shaped(body[k + 1].text):
            sub, titled_below = alone, True
        # (a row of a table printed without rules, «6.1 Цифровизация … до 2026 года …», is no heading: its
        # words stand apart in cells; the number alone may stand apart, in a margin column, «1.1.    Законодательные …»)
        if (sub and sub.group(1) == heading.number and len(block.text) <= MAX_HEADING_CHARS
                and not DOT_LEADER.search(block.text) and int(sub.group(2)) == len(sections)
                and one_phrase(replace(block.line, words=block.line.words[1:]))):
            sections.append(Section(f"{sub.group(1)}.{sub.group(2)}", _clean_title(sub.group(3) or ""), block.page))
            following = body[k + 1] if k + 1 < len(body) else None
            titled_below = titled_below or (isinstance(following, TextLine) and _wraps(sections[-1].title, following.text))
        else:
            titled_below = False
            sections[-1].blocks.append(block)
    return sections
