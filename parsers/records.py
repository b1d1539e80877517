"""Sections -> typed records of the curated tables (before normalisation).

Fields that need a normaliser (numbers, end years, canonical names) are left
empty here and filled by `ingest.enrich`, so this module only reads the document.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import partial

from normalize.industries import canonical_industry
from normalize.values import unit_of_values
from parsers.meaning import asked, has_predicate, is_question, words_of
from parsers.prose import Paragraph, paragraphs
from parsers.sections import Outline, Section
from parsers.tables import (CARD_MIN_FIELDS, CONTENT_ROWS, EXTRA, LONG_KEYS, MAX_HEADER_CELL, PLACING_COLUMNS,
                            ROW_NUMBER as PRINTED_ROW_NUMBER, TITLE_LINE as TABLE_TITLE, Record, RowGroup, SubRow,
                            TableReader, assign, card_header, card_notes, card_rows, labels_read_across, lines_text,
                            names_industry, note_header, numbered_card, paired_card, records_as_rows, row_groups,
                            transposed_card, transposed_card_rows, two_column_head, two_column_rows,
                            unnumbered_industry, year_of)
from parsers.template import TableTemplate, Template
from parsers.text import ITEM_MARKER, Dehyphenator, fold
from parsers.textgrid import unruled_rows, virtual_card, virtual_tables
from schemas import tables as t
from schemas.layout import Block, Line, Table, TextLine, locator
from schemas.problems import Problem

FOIV_MARKER = re.compile(r"\s*\(\s*рекомендова\s*н\w*\s+ФОИВ\s*\)\s*", re.IGNORECASE)
FOIV_MARKER_CUT = re.compile(r"(\(\s*рекомендован)\s(о\s+ФОИВ\s*\))", re.IGNORECASE)
"""The federal mark cut in a narrow cell where the word did not fit («(рекомендован» / «о ФОИВ)»): the line break
left a space that the mark's fixed wording shows is none (no other word stands between «рекомендован» and ФОИВ)."""
NUMBER_CELL = re.compile(r"[-+]?\d[\d\s]*(?:[,.]\s*\d+)?\s*%?")
ROW_NUMBER = re.compile(r"\d+")
INDUSTRY_LINE_CHARS = 120
MAX_LABEL_LEMMAS = 3  # words of a lead-in printed as a label, without a colon («Проблематика отрасли»)
APPROVAL = re.compile(
    r"(?P<act>распоряжени\w*|постановлени\w*|указ\w*|приказ\w*)\s+(?P<body>[^\n]*?)\s+"
    r"от\s+(?P<date>\d{1,2}[.\s]+(?:\d{1,2}|[а-я]+)[.\s]+\d{4})\s*(?:г\.|года|г)?\s*№\s*(?P<number>[\w/-]+)",
    re.IGNORECASE)
STAMPED_APPROVAL = re.compile(r"\bутвержден[аоы]?\s+" + APPROVAL.pattern, re.IGNORECASE)
"""The title page's stamp «УТВЕРЖДЕНА распоряжением … от … № …»: a short participle (a full one, «утвержденными
приказом …», cites another act)."""
MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")


@dataclass
class ParsedDocument:
    """What one document yields; every list is rows of one curated table."""

    title: str | None = None
    region_genitive: str | None = None
    approved_by: str | None = None
    approved_on: str | None = None  # ISO date
    approval_number: str | None = None
    period: tuple[int, int] | None = None
    sections: list[t.Section] = field(default_factory=list)
    card: list[t.CardField] = field(default_factory=list)
    list_items: list[t.ListItem] = field(default_factory=list)
    links: list[t.TaskProjectLink] = field(default_factory=list)
    projects: list[t.Project] = field(default_factory=list)
    indicators: list[t.Indicator] = field(default_factory=list)
    values: list[t.IndicatorValue] = field(default_factory=list)
    extra: list[t.ExtraCell] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)  # pages read from their images (set by ingest)


def row_number(text: str) -> int | None:
    m = ROW_NUMBER.search(text)
    return int(m.group()) if m else None


def _provenance(page: int | None, box: tuple[float, float, float, float], ref: str | None) -> dict:
    """Page, box and locator of a row; a format without pages has no box (its coordinates are synthetic)."""
    if page is None:
        return {"page": None, "source_ref": ref}
    x0, y0, x1, y1 = box
    return {"page": page, "source_ref": ref, "x0": round(x0, 1), "y0": round(y0, 1), "x1": round(x1, 1),
            "y1": round(y1, 1)}


def _where(blocks: list[Block]) -> str | None:
    """The locator of the first of `blocks` (a section's start)."""
    for block in blocks[:1]:
        if isinstance(block, Table):
            return block.fragments[0].row_ref(0)
        return locator(block.page, block.ref)
    return None


def _section_text(section: Section, dh: Dehyphenator) -> str:
    return "\n".join(p.text for p in paragraphs(section.lines, dh))


def _records_as_rows(sections: list[Section], spec: TableTemplate) -> tuple[list[Section], list[RowGroup]]:
    """The sections with each table that prints rows of the section's table down the page (records_as_rows)
    turned across, and the rows of the records after the first that print the first one's labels: what the
    columns hold is told by all of them, whose labels are read as a header over all their records at once
    (labels_read_across), as one record's «до 2030 года, далее постоянно» shows no column of terms."""
    head = two_column_head([block for section in sections for block in section.blocks if isinstance(block, Table)])
    turned = {id(block): rows for section in sections for block in section.blocks
              if isinstance(block, Table) and (rows := records_as_rows(block, head)) is not None}
    labels = {key: _label_texts(rows[0]) for key, rows in turned.items()}  # each table's, as its first record prints
    by_labels: dict[tuple[str, ...], list[Table]] = {}
    for key, rows in turned.items():
        by_labels.setdefault(labels[key], []).extend(rows)
    read = {printed for printed, records in by_labels.items() if labels_read_across(records, spec)}
    across = {key: rows for key, rows in turned.items() if labels[key] in read}
    out = [Section(section.number, section.title, section.page_start,
                   [piece for block in section.blocks for piece in across.get(id(block), [block])])
           for section in sections]
    opening = next((block for section in sections for block in section.blocks if isinstance(block, Table)), None)
    records = by_labels[labels[id(opening)]] if id(opening) in across else []
    return out, [row for table in records[1:CONTENT_ROWS + 1] for row in row_groups(table.fragments[0])[1:]]


def _label_texts(record: Table) -> tuple[str, ...]:
    """The labels of a record printed down the page: its header, turned across."""
    return tuple(cell.text for cell in row_groups(record.fragments[0])[0].nonempty)


def _rows_cut_by_text(sections: list[Section], spec: TableTemplate) -> tuple[list[Section], list[Table]]:
    """The sections with every ruled table whose body draws no rules between its rows cut into rows by its
    text (textgrid.unruled_rows), and the tables so cut."""
    out, cut = [], []
    for section in sections:
        blocks = []
        for block in section.blocks:
            rows = unruled_rows(block, spec) if isinstance(block, Table) else None
            cut += [rows] if rows is not None else []
            blocks.append(rows or block)
        out.append(Section(section.number, section.title, section.page_start, blocks))
    return out, cut


QUOTED = re.compile(r"«([^«»]{3,80})»")


def quoted_industry(text: str) -> str | None:
    """The industry a caption names in guillemets («Таблица 6.3 – Мероприятия отрасли «Развитие городской
    среды»»), when exactly one quoted text of it is a known industry."""
    named = [quoted for quoted in QUOTED.findall(text) if canonical_industry(quoted)]
    return named[0] if len(named) == 1 else None


def read_tables(sections: list[Section], reader: TableReader) -> TableReader:
    """Feed a section's tables to the reader; short lines between tables name the industry, and the other lines
    above a table go to the reader with it (TableReader.read: a project's or task's title, «label: value»).

    A numbered line ("2. Здравоохранение") always does; an unnumbered one only
    when it is a known industry title, or a caption naming one in guillemets (quoted_industry), since other
    short lines (notes, captions) stand there too.
    """
    above: list[str] = []  # the lines since the last table that name no industry
    titled = False  # one of them is a numbered title: under it, only a known industry's name is an industry's
    for k, section in enumerate(sections):
        # a subsection's heading is such a line too («7.1. Формирование …» over a table of section 7)
        lines = ([f"{section.number}. {section.title}"] if k else []) + \
            [block.text if isinstance(block, TextLine) else block for block in section.blocks]
        for block in lines:
            if isinstance(block, Table):
                reader.read(block, above)
                above, titled = [], False
            elif isinstance(block, str):  # («Задача 2. 1. …» over its list's «2. Переход …»)
                if len(block) <= INDUSTRY_LINE_CHARS and not block.rstrip().endswith(":") \
                        and (not titled or names_industry(block)) and _names_industry_for(reader, block):
                    above, titled = [], False  # an industry opens: what stood above it was no title of its rows
                else:
                    above.append(block)
                    titled = titled or bool(TABLE_TITLE.match(" ".join(block.split())))
    return reader


def _names_industry_for(reader: TableReader, text: str) -> bool:
    """Whether a line between tables names the next industry, which the reader then takes."""
    if reader.set_industry(text):  # (industry_of reads «5.1. Образование и наука», a subsection's heading, too)
        return True
    title = unnumbered_industry(text) or ""
    if not canonical_industry(title):  # a caption or a banner naming one: «… «Развитие городской среды»»,
        title = quoted_industry(text) or _labelled_industry(text) or ""  # «Направление капремонта 3: Транспорт»
    return bool(title) and reader.set_industry(title, numbered_only=False)


def _labelled_industry(text: str) -> str | None:
    """The known industry a line names after its label's colon («Направление капремонта 3: Развитие городской
    среды», a banner over the industry's table), else None."""
    label, colon, name = text.partition(":")
    name = name.strip().rstrip(".")
    return name if colon and label.strip() and canonical_industry(name) is not None else None


CARD_LABEL_NUMBER = re.compile(r"^(\d{1,2})(?:\.\d{1,2})*[.)]\s+")
"""A field's number printed in its label's cell («1. Наименование документа»), where other cards give it a column."""


def project_name(text: str) -> str:
    """A project's name as read from its cell, with a federal mark cut by a line break joined again."""
    return FOIV_MARKER_CUT.sub(r"\1\2", text)


def read_card(section: Section, template: Template, doc_id: str,
              dh: Dehyphenator) -> tuple[list[t.CardField], list[t.ExtraCell]]:
    """The card's rows: field in the first column that is not a row number, value in the rest; and the cells
    of a column of notes beside the values (tables.card_notes), kept as extra cells of their field.

    The card's header row ("№ | Характеристика | Описание"), printed again on a new page or not, is no
    field. A row cut by a page break is one row: on the next page (the card's next table when a running
    header stands between its pieces) its value goes on with no field, or its field or its value goes on in
    lower case ("Результаты" | "стратегии до 2024 года", "(Указ" | "Президента РФ…" beside "…по" | "качеству");
    a value with no field anywhere goes on the row above.
    """
    if transposed_card(section.tables, template):
        return _card_fields([([ln.text for ln in label.lines], [ln.text for c in values for ln in c.lines], page,
                              None) for label, values, page in transposed_card_rows(section.tables, template)],
                            template, doc_id, dh), []
    rows: list[tuple[list[str], list[str], int | None, str | None]] = []
    remarks: list[dict[tuple[str, ...], list[str]]] = []  # per row: a column of notes' header lines -> its lines
    last_of_pair: dict[int, int] = {}  # the row each place in a pair last opened: a cut row goes on there
    paired, numbered = paired_card(section.tables), numbered_card(section.tables)
    notes = card_notes(section.tables, template)
    for table in section.tables:
        for grid in table.fragments:
            page_top = True
            for field_cell, value_cells, pair, note_cells in card_rows(grid, paired, numbered, notes):
                label = [ln.text for ln in field_cell.lines]
                value = [ln.text for c in value_cells for ln in c.lines]
                if not label and not value or page_top and card_header([field_cell, *value_cells], template) \
                        or not rows and not label and len(" ".join(value)) <= MAX_HEADER_CELL \
                        or not rows and not value and label[0][:1].islower():
                    continue  # a header (its last words wrapped, «Стр.» / «отчета»), or a caption over the value
                    # column: nothing names a field yet
                continued = rows and (not label or page_top and (label[0][:1].islower()
                                                                 or bool(value) and value[0][:1].islower()))
                page_top = False
                if continued:
                    k = last_of_pair.get(pair, len(rows) - 1)
                    rows[k][0].extend(label)
                    rows[k][1].extend(value)
                else:
                    last_of_pair[pair] = k = len(rows)
                    rows.append((label, value, grid.page, grid.row_ref(field_cell.row0)))
                    remarks.append({})
                for cell in note_cells:
                    remarks[k].setdefault(note_header(cell, notes) or (), []).extend(ln.text for ln in cell.lines)
    extras = [t.ExtraCell(doc_id=doc_id, section="2", row_ref=f"field {k + 1}", header=dh.join(list(header)),
                          text=dh.join(lines), page=rows[k][2], source_ref=rows[k][3])
              for k, row_remarks in enumerate(remarks) for header, lines in row_remarks.items() if lines]
    return _card_fields(rows, template, doc_id, dh), extras


def _card_fields(rows: list[tuple[list[str], list[str], int | None, str | None]], template: Template, doc_id: str,
                 dh: Dehyphenator) -> list[t.CardField]:
    """Card rows (label lines, value lines, page, locator) as fields, each keyed in one assignment."""
    names = [CARD_LABEL_NUMBER.sub("", dh.join(label, newline_before_lists=False).rstrip().rstrip(":").strip())
             for label, *_ in rows]
    keys = card_keys(names, template)
    return [t.CardField(doc_id=doc_id, position=k + 1, field=name, key=key, value=dh.join(value), page=page,
                        source_ref=ref)
            for k, (name, key, (_, value, page, ref)) in enumerate(zip(names, keys, rows))]


CARD_LABEL_LINE = re.compile(r"^(?P<label>(?:\d{1,2}[.)]\s+)?[А-ЯЁA-Z«][^:]{2,100}?):\s*(?P<value>.*)$")
CARD_DASH_LINE = re.compile(r"^(?P<label>(?:\d{1,2}[.)]\s+)?[А-ЯЁA-Z«][^:—–]{2,100}?)\s+[—–]\s+(?P<value>.*)$")
"""«Сроки реализации программы — Период 2022-2024 годов»: a card whose labels end in a dash, not a colon."""
MAX_CARD_LABEL_WORDS = 10


def labelled_card(lines: list[TextLine], template: Template, doc_id: str, dh: Dehyphenator) -> list[t.CardField]:
    """The card printed as paragraphs, «Временные рамки реализации: Период 2022-2024 годов», not as a table.

    A field opens on a line whose text before its first colon (or, in a card that prints no such line, before a
    spaced dash: «Сроки реализации — Период 2022-2024 годов») is a short name or a question, not a clause
    («…Стратегии относятся:» goes on a value) nor a list item, and printed once: a name that opens several
    lines («В рамках сферы образования:» in one value, then in another) heads parts of values, as a card
    names each field once. The lines up to the next field are its value. Fewer than CARD_MIN_FIELDS such
    lines are no card."""
    for label_line in (CARD_LABEL_LINE, CARD_DASH_LINE):  # a colon first: a value may hold a spaced dash
        rows = _labelled_rows(lines, label_line)
        if len(rows) >= CARD_MIN_FIELDS:
            return _card_fields(rows, template, doc_id, dh)
    return []


def _labelled_rows(lines: list[TextLine], label_line: re.Pattern) -> list[tuple[list[str], list[str], int | None, str | None]]:
    fields = [_label_and_value(line.text.strip(), label_line) for line in lines]
    printed = Counter(fold(field[0]) for field in fields if field)
    rows: list[tuple[list[str], list[str], int | None, str | None]] = []
    numbered = 0  # the fields so far opened by a numbered label («3. Отраслевая направленность: …»)
    for line, field in zip(lines, fields):
        number = CARD_LABEL_NUMBER.match(field[0]) if field else None
        if number and (int(number.group(1)) != numbered + 1 or rows and not numbered):
            field = None  # a value's own numbered line («2. Повышение уровня жизни: …»), in a card numbering its
            # fields or not: only the next of the numbers the card's first field opened is a field's
        if field and printed[fold(field[0])] == 1:
            numbered += bool(number)
            label, value = field
            rows.append(([label], [value] if value else [], line.page, line.ref))
        elif rows:
            rows[-1][1].append(line.text)
    return rows


def _label_and_value(text: str, label_line: re.Pattern) -> tuple[str, str] | None:
    """A card line's label and value, when it opens with a label. A label may go on past its first colon
    with a clarification in lower case up to a second one («Охват: кто из жителей получит результат:
    1. Обучающиеся.»): a value starts with a capital, a figure or a list marker."""
    m = label_line.match(text)
    if not m or not _card_label(m["label"]):
        return None
    label, value = m["label"], m["value"]
    clarified, colon, rest = value.partition(":")
    longer = f"{label}: {clarified}"
    if colon and clarified[:1].islower() and _card_label(clarified) and len(longer.split()) <= MAX_CARD_LABEL_WORDS:
        return longer, rest.strip()
    return label, value


def _card_label(text: str) -> bool:
    words = text.split()
    return len(words) <= MAX_CARD_LABEL_WORDS and (not has_predicate(text) or is_question(text))


def _card_scores(name: str, template: Template) -> dict[str, float]:
    """How well a printed field name means each card key; a question («Во что это обойдется», «Кому станет
    лучше») means the key it asks for, whatever its other words say."""
    found = template.card_fields.scores(name)
    if key := asked(name, template.card_questions):
        return {k: max(s, template.thresholds.card_field) if k == key else 0.0 for k, s in found.items()}
    return found


def card_keys(fields: list[str], template: Template) -> list[str | None]:
    """Stable keys of the card's printed field names: one assignment over the card, each key at most once.

    A field left without a key (its name means none, "Суть преобразований", or only one a better field
    took) is then given one by the card's order, which is the template's: between two keyed fields, as
    many keyless fields as the template has keys there that the card lacks take those keys in turn.
    """
    least = template.thresholds.card_field
    scores = [_card_scores(name, template) for name in fields]
    keys = assign([{key: s for key, s in found.items() if s >= least} for found in scores])
    order = template.card_fields.keys
    keyed = [k for k, key in enumerate(keys) if key is not None]
    for before, after in zip(keyed, keyed[1:]):
        gap = order[order.index(keys[before]) + 1:order.index(keys[after])]
        missing = [key for key in gap if key not in keys]
        if missing and len(missing) == after - before - 1:
            for k, key in zip(range(before + 1, after), missing):
                keys[k] = key
    return keys


CLEAR_LEAD_IN = 0.9
"""A lead-in worded this close to one kind's phrase is that kind whatever else it names («Общие вызовы формируют ряд
стратегических рисков …» is the risks'); worded less closely, a term of another kind in it leaves it undecided."""


def lead_in(text: str, template: Template) -> str | None:
    """The kind of section-4 list a lead-in line opens ("Основные проблемы:" -> "problem"), if it is one:
    by its wording, or, for a sentence that announces a list («Перед отраслью стоят следующие вызовы:») or a
    short label («Проблематика отрасли»), by the terms of the one kind it names."""
    hit = template.lead_ins.best(text, template.thresholds.lead_in)
    lemmas, text = words_of(text).lemmas, text.strip()
    named = [kind for kind, terms in template.lead_in_terms.items() if lemmas & terms]
    if hit and (hit[1] >= CLEAR_LEAD_IN or set(named) <= {hit[0]}):
        return hit[0]
    if hit:  # «Ключевые вызовы и болевые точки»: a challenge's wording, a problem's term; the lists' order tells
        return None
    label = text[:1].isupper() and not text.endswith((".", ",", ";")) and len(lemmas) <= MAX_LABEL_LEMMAS \
        and not has_predicate(text)  # a line of its own that names, not a paragraph's wrapped end
    if not text.endswith(":") and not label:
        return None
    return named[0] if len(named) == 1 else None


LETTER = re.compile(r"[^\W\d_]")


def _lists(outline: Outline, template: Template, doc_id: str,
           dh: Dehyphenator) -> tuple[list[t.ListItem], list[Problem]]:
    """The list items of the subsections with a fixed kind, and section 4's problems, challenges and risks
    by the lead-in over them; items under no lead-in the template knows are reported, not stored."""
    items: list[t.ListItem] = []
    unclassified: dict[tuple[str, str | None], list] = {}
    for number, kind in template.list_kinds.items():
        section = outline.get(number)
        if section is None:
            continue
        items += [t.ListItem(doc_id=doc_id, section=number, industry=None, kind=kind, position=k + 1,
                             text=text, page=page, source_ref=ref)
                  for k, (text, page, ref) in enumerate(_section_items(section, dh))]
    guessed: list[Problem] = []
    industries = outline.children("4")
    recurring = _recurring_leads(industries, template, dh)
    for section in industries:
        industry = section.title.rstrip(".").strip()
        groups: list[tuple[object, str | None, list]] = []  # (lead-in paragraph, its kind, the items under it)
        kind, lead = None, None
        # a line announcing the list below it opens a group, whatever it names («Драйверы изменения:»)
        found_paragraphs = paragraphs(_with_table_lists(section, template), dh,
                                      heading=lambda text: _announces(text, template) or text in recurring)
        for k, p in enumerate(found_paragraphs):
            if not p.is_item and len(LETTER.findall(p.text)) < 2:
                continue  # a speck OCR read as a letter («Z») between two items: no lead-in, no item
            if not p.is_item and not _lost_marker(p, groups, lead, found_paragraphs[k + 1:k + 2], template):
                kind = lead_in(p.text, template) or (kind if not p.text.rstrip().endswith(":") else None)
                lead = p
                continue
            if not groups or groups[-1][0] is not lead:
                groups.append((lead, kind, []))
            groups[-1][2].append(p)
        kinds = _kinds_by_order([kind for _, kind, _ in groups], [lead is not None for lead, _, _ in groups],
                                list(template.lead_ins.keys))
        counts: dict[str, int] = {}
        for (lead, printed_kind, found), kind in zip(groups, kinds):
            if kind is None:
                unclassified.setdefault((section.number, lead.text if lead else None), []).extend(found)
                continue
            if printed_kind != kind:
                said = ("says none of problems, challenges or risks the template knows" if printed_kind is None
                        else f"names {printed_kind}s, as another lead-in of the industry does")
                guessed.append(Problem("list_kind_guessed", f"section {section.number}: the lead-in «{lead.text[:80]}» "
                                       f"{said}; its {len(found)} items were stored as {kind}s, the kind its place "
                                       "among the other lists leaves: check them, and add the wording to "
                                       "parsers/template.toml", found[0].page))
            for p in found:
                counts[kind] = counts.get(kind, 0) + 1
                items.append(t.ListItem(doc_id=doc_id, section=section.number, industry=industry, kind=kind,
                                        position=counts[kind], text=p.item_text, page=p.page, source_ref=p.ref))
    return items, guessed + [Problem("list_unclassified", f"section {number}: {len(found)} list items "
                                     + (f"after «{lead[:80]}»" if lead else "under no lead-in") + " are not stored: "
                                     "the lead-in says none of problems, challenges or risks the template knows "
                                     "(parsers/template.toml [[lead_ins]])", found[0].page)
                             for (number, lead), found in unclassified.items()]


def _announces(text: str, template: Template) -> bool:
    """Whether a line announces the list under it: it ends in a colon («Драйверы изменения:»), whatever it names,
    or it is a lead-in the template knows."""
    return text.endswith(":") or lead_in(text, template) is not None


def _recurring_leads(industries: list[Section], template: Template, dh: Dehyphenator) -> set[str]:
    """The lines over a list that two or more industries print the same («Угрозы жизни и здоровью работников» over
    each industry's risks): lead-ins, wherever they stand, however they are worded, even after an item whose last
    line ended with no room to spare (no wrap sets a lead-in apart from the item's text there)."""
    seen: dict[str, set[str]] = {}
    for section in industries:
        found = paragraphs(_with_table_lists(section, template), dh, heading=lambda text: _announces(text, template))
        for p, following in zip(found, found[1:]):
            if not p.is_item and following.is_item:
                seen.setdefault(p.text, set()).add(section.number)
    return {text for text, where in seen.items() if len(where) >= 2}


def _section_items(section: Section, dh: Dehyphenator) -> list[tuple[str, int | None, str | None]]:
    """The items of a list section (text, page, locator) in order: its marked paragraphs, and the rows of a table
    that numbers them instead («№ док. | Нормативный документ, учтенный при оценке»)."""
    out: list[tuple[str, int | None, str | None]] = []
    lines: list[TextLine] = []
    for block in [*section.blocks, None]:
        if isinstance(block, TextLine):
            lines.append(block)
            continue
        found = paragraphs(lines, dh)
        out += [(p.item_text, p.page, p.ref) for k, p in enumerate(found)
                if p.is_item or _between_items(found, k)]
        lines = []
        if isinstance(block, Table):
            out += _numbered_rows(block, dh)
    return out


def _between_items(found: list[Paragraph], k: int) -> bool:
    """Whether an unmarked paragraph stands between two items of a list section's list, announcing nothing (no
    colon) and saying nothing of them (no predicate: «Перечень технологий может уточняться …» explains): an item
    whose marker OCR lost («• Большие данные» / «Искусственный интеллект» / «• Беспроводная связь»)."""
    return (0 < k < len(found) - 1 and found[k - 1].is_item and found[k + 1].is_item
            and not found[k].text.rstrip().endswith(":") and not has_predicate(found[k].text))


def _numbered_rows(table: Table, dh: Dehyphenator) -> list[tuple[str, int | None, str | None]]:
    """A two-column table's rows as list items when its first column numbers them: each numbered row's text, a
    row with no number the rest of the one above (a page break cut it); a header row is none. Another table
    gives none."""
    items: list[tuple[list[str], int | None, str | None]] = []
    for grid, group, left, right in two_column_rows(table) or ():
        number, text = lines_text(left).strip(), [line.text for line in right]
        if " ".join(text).strip().isdigit():
            continue  # the row numbering the columns («1 | 2»)
        if PRINTED_ROW_NUMBER.fullmatch(number) and text:
            items.append((text, grid.page, grid.row_ref(min(c.row0 for c in group.cells))))
        elif not number and text and items:
            items[-1][0].extend(text)
    return [(dh.join(text), page, ref) for text, page, ref in items] if len(items) >= MIN_NUMBERED_ROWS else []


MIN_NUMBERED_ROWS = 2  # rows a table must number to be a list


MARKER_AT_LEFT = 1.0  # points: a marker this near a cell's leftmost line stands at its left edge


def _with_table_lists(section: Section, template: Template) -> list[TextLine]:
    """A subsection's lines, with its tables of lists among them read column by column (_table_lists)."""
    out: list[TextLine] = []
    for block in section.blocks:
        if isinstance(block, TextLine):
            out.append(block)
        elif isinstance(block, Table):
            out += _table_lists(block, template)
    return out


def _table_lists(table: Table, template: Template) -> list[TextLine]:
    """A table whose columns are lists («Барьеры | Запросы предпринимателей | Риски», an industry's problems,
    challenges and risks side by side) as the lines the lists printed as text give: each column's header a lead-in
    (it announces its list, as a line ending in a colon does), then its cells' lines, page after page, each set in
    its cell as in a newspaper column, a marked line at the cell's left edge opening an item (the wrapped lines of
    an item hang further in, or stand at the edge unmarked); a header printed again on the next page is skipped.
    None for a table whose header (its first row that prints something) names no list's kind («№ п/п |
    Показатель | Значение», a table of figures) or no cell of which under it opens a marked item."""
    first = next((group for group in row_groups(table.fragments[0]) if group.nonempty), None)
    head = sorted(first.nonempty, key=lambda c: c.col0) if first else []
    if len(head) < 2 or not any(lead_in(cell.text, template) for cell in head):
        return []
    columns: list[list[TextLine]] = [[] for _ in head]
    for grid in table.fragments:
        groups = [group for group in row_groups(grid) if group.nonempty]  # the first fragment's header among them
        printed_again = bool(groups) and [c.text for c in groups[0].nonempty] == [c.text for c in head]
        for group in groups[1:] if printed_again else groups:
            for cell in group.nonempty:
                k = max(range(len(head)), key=lambda j: min(cell.x1, head[j].x1) - max(cell.x0, head[j].x0))
                left = min(line.x0 for line in cell.lines)
                columns[k] += [TextLine(grid.page, replace(line, column=(cell.x0, cell.x1)),
                                        bool(ITEM_MARKER.match(line.text)) and line.x0 - left <= MARKER_AT_LEFT,
                                        grid.row_ref(cell.row0)) for line in cell.lines]
    if not any(ITEM_MARKER.match(tl.text) for column in columns for tl in column):
        return []
    out: list[TextLine] = []
    for cell, column in zip(head, columns):
        lead = cell.text.strip()
        out.append(TextLine(table.fragments[0].page, Line(lead if lead.endswith(":") else lead + ":", cell.x0,
                                                            cell.y0, cell.x1, cell.y1), True))
        out += column
    return out


ITEM_END = (".", ";")  # how a list item's text ends, where a lead-in ends in a colon or nothing


def _lost_marker(paragraph: Paragraph, groups: list, lead: Paragraph | None, following: list[Paragraph],
                 template: Template) -> bool:
    """Whether an unmarked paragraph between two items of one list is an item whose marker was lost (OCR reads a
    «•» as nothing): it ends as items do (a point, a semicolon), not as a lead-in (a colon, or a label's nothing:
    «Ключевые вызовы и болевые точки») and says no lead-in's words, so read as a lead-in it would cut the list in
    two, and leave both parts of no kind."""
    return (bool(groups) and groups[-1][0] is lead and bool(following) and following[0].is_item
            and paragraph.text.rstrip().endswith(ITEM_END) and lead_in(paragraph.text, template) is None)


def _kinds_by_order(kinds: list[str | None], led: list[bool], order: list[str]) -> list[str | None]:
    """Each industry prints its lists in the template's order (problems, challenges, risks): a list whose
    lead-in names no kind («Узкие места, устранимые средствами ИКТ:», «Возможные негативные последствия:»)
    takes the kind its place leaves, when the known lists around it leave exactly as many kinds as there are
    such lists between them, and every kind at most once. Lists under no lead-in at all stay unknown."""
    out = list(kinds)
    known = [k for k, kind in enumerate(kinds) if kind is not None]
    if len(set(kinds) - {None}) != len(known):  # a kind printed twice: by the order, if one industry's lists
        return _kinds_in_order(kinds, led, order) if sum(led) <= len(order) else out  # (else several industries')
    bounds = [-1, *known, len(kinds)]
    for before, after in zip(bounds, bounds[1:]):
        first = order.index(kinds[before]) + 1 if before >= 0 else 0
        last = order.index(kinds[after]) if after < len(kinds) else len(order)
        gap, unknown = order[first:last], list(range(before + 1, after))
        if unknown and len(gap) == len(unknown) and all(led[k] for k in unknown):
            for k, kind in zip(unknown, gap):
                out[k] = kind
    return out


FILLED_LIST = 0.1  # what a kind given to a list weighs, against one a lead-in names (1)


def _kinds_in_order(kinds: list[str | None], led: list[bool], order: list[str]) -> list[str | None]:
    """The kinds of one industry's lists when two lead-ins name one kind («Внешние угрозы и факторы обстановки:»
    names a risk's «угроза», as «Возможные последствия и риски срыва:» below it does): the kinds in the template's
    order, each once, that keep most of what the lead-ins name and give a kind to most lists under a lead-in. A
    list whose kind two such readings tell apart stays unknown; so do lists under no lead-in."""
    best: list[tuple[float, tuple[str | None, ...]]] = []
    slots = [k for k, is_led in enumerate(led) if is_led]
    ways = (tuple(dict(zip(which, given)).get(k) for k in slots)  # `given` kinds, in order, to the lists `which`
            for size in range(min(len(slots), len(order)) + 1)
            for which in itertools.combinations(slots, size) for given in itertools.combinations(order, size))
    for chosen in ways:
        kept = sum(+1 if kind == kinds[k] else -1 for k, kind in zip(slots, chosen) if kinds[k] is not None)
        score = kept + FILLED_LIST * sum(kind is not None for kind in chosen)
        if not best or score > best[0][0]:
            best = [(score, chosen)]
        elif score == best[0][0]:
            best.append((score, chosen))
    out: list[str | None] = [None] * len(kinds)
    for k, readings in zip(slots, zip(*(chosen for _, chosen in best))):
        out[k] = readings[0] if len(set(readings)) == 1 else None
    return out


def _links(reader: TableReader, doc_id: str, dh: Dehyphenator, projects: list[t.Project]) -> list[t.TaskProjectLink]:
    by_name = _projects_by_name(projects)
    out = []
    for r in reader.records:
        project = project_name(dh.join(r.lines("project")))
        out.append(t.TaskProjectLink(
            doc_id=doc_id, industry_no=r.industry[0], industry=r.industry[1], row_no=row_number(" ".join(r.lines("no"))),
            task=dh.join(r.lines("task")), project=project,
            project_id=_project_for(project, r.industry[0], by_name),
            beneficiary=dh.join(r.lines("beneficiary")), benefits=dh.join(r.lines("benefits")),
            **_provenance(r.page, r.bbox, r.ref)))
    return out


def _projects(reader: TableReader, doc_id: str, dh: Dehyphenator) -> list[t.Project]:
    has_technologies = "technologies" in reader.keys
    out = []
    for r in reader.records:
        name = project_name(dh.join(r.lines("name"), newline_before_lists=False))
        out.append(t.Project(
            doc_id=doc_id, project_id=f"{doc_id}:P{len(out) + 1:03d}", industry_no=r.industry[0],
            industry=r.industry[1], row_no=row_number(" ".join(r.lines("no"))), name=name,
            name_clean=FOIV_MARKER.sub(" ", name).strip(), federal_recommended=bool(FOIV_MARKER.search(name)),
            goal=dh.join(r.lines("goal")), term=dh.join(r.lines("term")), term_end_year=None,
            description=dh.join(r.lines("description")), financing=dh.join(r.lines("financing")),
            technologies=dh.join(r.lines("technologies")) if has_technologies else None,
            region_role=dh.join(r.lines("region_role")), **_provenance(r.page, r.bbox, r.ref)))
    return out


def _extra_cells(doc_id: str, section: str, row_ref: str, cells: dict[str, list[str]], page: int | None,
                 locator: str | None, dh: Dehyphenator) -> list[t.ExtraCell]:
    """The cells of columns the template does not know, with their printed headers."""
    return [t.ExtraCell(doc_id=doc_id, section=section, row_ref=row_ref, header=_extra_header(key, dh),
                        text=dh.join(lines), page=page, source_ref=locator)
            for key, lines in cells.items() if key.startswith(EXTRA) and lines]


def _extra_header(key: str, dh: Dehyphenator) -> str:
    """The printed header of an extra column, from its key, as one line."""
    return _one_line(key[len(EXTRA):], dh)


def _one_line(header: str, dh: Dehyphenator) -> str:
    """A printed header, its lines joined and dehyphenated."""
    return dh.join(header.split("\n"), newline_before_lists=False)


def _column_problems(reader: TableReader, section: str, dh: Dehyphenator) -> list[Problem]:
    """A column the template does not know, in a table that lacks some of the template's columns, may be
    one of them worded in a way the template has no phrase for: the analyst is told whether it was
    taken for one by elimination (column_guessed) or kept in extra_cells (column_unmatched). A table
    with all its columns and one more is not worth a warning."""
    problems = [Problem("column_guessed", f"section {section}: the column «{_one_line(header, dh)}» matched none "
                        f"of the template's phrases; its cells fit only the {key} column, which the table lacks, "
                        "so they were read as that: check them, and add the wording to parsers/template.toml", page)
                for key, (header, page) in reader.guessed.items()]
    keys = {key for record in reader.records for key in record.keys()}
    unknown = sorted({_extra_header(key, dh) for key in keys if key.startswith(EXTRA)})
    has_years = any(key.startswith("year:") for key in keys)
    missing = [key for key in reader.template.columns.keys
               if key not in keys and key not in PLACING_COLUMNS and not (key in LONG_KEYS and has_years)]
    if not unknown or not missing:
        return problems
    page = next((record.page for record in reader.records if record.page is not None), None)
    return problems + [Problem("column_unmatched", f"section {section}: the column{'s' * (len(unknown) > 1)} "
                               f"{', '.join(f'«{header}»' for header in unknown)} matched none of the template's, "
                               f"and the table has no {', '.join(missing)} column: its cells are in extra_cells; if "
                               "it is one of those, its wording belongs in parsers/template.toml", page)]


def record_extras(reader: TableReader, doc_id: str, section: str, refs: list[str],
                   dh: Dehyphenator) -> list[t.ExtraCell]:
    """Extra cells of whole records (sections 5 and 6), each tied to its row by `refs`."""
    out = []
    for record, ref in zip(reader.records, refs):
        out += _extra_cells(doc_id, section, ref, {key: record.lines(key) for key in record.keys()}, record.page,
                            record.ref, dh)
    return out


def _projects_by_name(projects: list[t.Project]) -> dict[str, list[t.Project]]:
    by_name: dict[str, list[t.Project]] = {}
    for p in projects:
        by_name.setdefault(fold(p.name_clean), []).append(p)
    return by_name


def _project_for(name: str, industry_no: int | None, by_name: dict[str, list[t.Project]]) -> str | None:
    """The projects row an indicator's project cell names: same name, preferably in the same industry."""
    same = by_name.get(fold(FOIV_MARKER.sub(" ", name)), [])
    if not same:
        return None
    return next((p.project_id for p in same if p.industry_no == industry_no), same[0].project_id)


def _indicators(reader: TableReader, doc_id: str, dh: Dehyphenator,
                projects: list[t.Project]) -> tuple[list[t.Indicator], list[t.IndicatorValue], list[t.ExtraCell]]:
    years = sorted({int(key[5:]) for key in reader.keys if key.startswith("year:")})
    long = not years and "year" in reader.keys
    if long:
        years = sorted({year for r in reader.records for sub in r.subrows
                        if (year := _row_year(sub)) is not None})
    by_name = _projects_by_name(projects)
    indicators, values, extra = [], [], []
    last: tuple[tuple, str, str, str] | None = None  # the industry, project, number and body of the last row
    for r, rows in _indicator_rows(reader.records, years, long, "unit" in reader.keys):
        project = project_name(dh.join(r.lines("project"), newline_before_lists=False))
        body = dh.join(r.lines("responsible_body"), newline_before_lists=False)
        number = " ".join(r.lines("no"))
        # a project printed again over each of its indicator rows, its number and body only on the first (where
        # Word would merge them): the rows after it are that project's, numbered and owned as it is
        if last is not None and (r.industry, project) == last[:2] and project and not number and not body:
            number, body = last[2:]
        last = (r.industry, project, number, body)
        for sub, by_year in rows:
            if not (sub.get("name") or sub.get("unit") or any(by_year.values())):
                continue
            indicator_id = f"{doc_id}:I{len(indicators) + 1:04d}"
            extra += _extra_cells(doc_id, "7", indicator_id, sub.cells, sub.page, sub.ref, dh)
            indicators.append(t.Indicator(
                doc_id=doc_id, indicator_id=indicator_id, industry_no=r.industry[0], industry=r.industry[1],
                row_no=row_number(number), project=project,
                project_id=_project_for(project, r.industry[0], by_name), responsible_body=body,
                **_name_and_unit(sub, by_year, long, dh, reader.template.content_kinds["unit"]),
                **_provenance(sub.page, sub.box, sub.ref)))
            for year in years:
                raw = join_number(dh.join(by_year.get(year, []), newline_before_lists=False))
                values.append(t.IndicatorValue(doc_id=doc_id, indicator_id=indicator_id, year=year,
                                               value_raw=raw, value=None))
    return indicators, values, extra


def _indicator_rows(records: list[Record], years: list[int], long: bool, units: bool
                    ) -> list[tuple[Record, list[tuple[SubRow, dict[int, list[str]]]]]]:
    """Each record's indicator rows with their values by year: a row's year columns, or in a table printed long
    (_long_rows) the rows of its years, those a page break carried to the next page's top included."""
    out: list[tuple[Record, list[tuple[SubRow, dict[int, list[str]]]]]] = []
    for r in records:
        if not long:
            out.append((r, [(sub, {year: sub.get(f"year:{year}") for year in years}) for sub in r.subrows]))
            continue
        rows = _long_rows(r.subrows, units)
        if rows and out and out[-1][1] and not _opens_indicator(rows[0][0], units):
            _go_on(out[-1][1], *rows.pop(0))  # the last indicator on the page before, its name or years
        out.append((r, rows))
    return out


def _long_rows(subrows: list[SubRow], units: bool) -> list[tuple[SubRow, dict[int, list[str]]]]:
    """An indicator table printed long, a row per indicator and year («Зачет 2022 года» | «0»), its name and unit
    merged over its years: each indicator's first row, with its values by year. A row that opens no indicator
    (_opens_indicator) gives the one above it another year, and the rest of its name."""
    out: list[tuple[SubRow, dict[int, list[str]]]] = []
    for sub in subrows:
        if not out or _opens_indicator(sub, units):
            out.append((sub, {}))
        else:
            _go_on(out, sub, {})
        if (year := _row_year(sub)) is not None:
            out[-1][1][year] = sub.get("value")
    return out


def _row_year(sub: SubRow) -> int | None:
    """The year a row of an indicator table printed long gives its value for (its year cell)."""
    return year_of(" ".join(sub.get("year")))


def _opens_indicator(sub: SubRow, units: bool) -> bool:
    """Whether a row of a long indicator table opens an indicator: its unit, or a name that opens as names do
    (a capital or a number); a name in lower case or after a bracket is the rest of the one above, cut where the
    year rows part its merged cell. Where no unit is printed, any name opens one."""
    name = " ".join(sub.get("name")).strip()
    return bool(sub.get("unit")) or bool(name) and (not units or name[0].isupper() or name[0].isdigit())


def _go_on(rows: list[tuple[SubRow, dict[int, list[str]]]], sub: SubRow, by_year: dict[int, list[str]]) -> None:
    """Give the last indicator of `rows` the rest of its name and its other years from `sub`."""
    first, years = rows[-1]
    if sub.get("name"):
        rows[-1] = (replace(first, cells={**first.cells, "name": [*first.get("name"), *sub.get("name")]}), years)
    years.update(by_year)


def _name_and_unit(sub: SubRow, by_year: dict[int, list[str]], long: bool, dh: Dehyphenator,
                   units: re.Pattern) -> dict[str, str]:
    """An indicator's name and unit: its unit cell's, or one merged over it from above (not in a long table,
    whose year rows part a merged name), or the one after its name's last comma (name_and_unit), or the one its
    value cells print after their numbers («95,5 %»: a table without a unit column)."""
    unit = sub.get("unit") or ([] if long else sub.over.get("unit", []))
    found = name_and_unit(dh.join(sub.get("name")), dh.join(unit, newline_before_lists=False), units)
    if not found["unit"]:
        found["unit"] = unit_of_values([" ".join(lines) for lines in by_year.values()]) or ""
    return found


def name_and_unit(name: str, unit: str, units: re.Pattern) -> dict[str, str]:
    """An indicator's name and unit; a table without a unit cell prints the unit after the name's last comma
    («Доля учащихся …, %»)."""
    head, _, tail = name.rpartition(",")
    if not unit and head and units.search(tail.strip()):
        return {"name": head.rstrip(), "unit": tail.strip()}
    return {"name": name, "unit": unit}


def join_number(text: str) -> str:
    """'287, 66' -> '287,66': a figure a narrow column wrapped after its comma (or between digit groups)."""
    if NUMBER_CELL.fullmatch(text):
        text = re.sub(r"(?<=\d[,.])\s+(?=\d)", "", text)
        return re.sub(r"(?<=\d)\s+(?=\d{3}(?!\d))", "", text)
    return text


def _front_text(outline: Outline, dh: Dehyphenator) -> str:
    """The title page and table of contents as one de-hyphenated text."""
    return dh.join([b.text for b in outline.front if isinstance(b, TextLine)], newline_before_lists=False)


def _approval(front: str) -> tuple[str | None, str | None, str | None]:
    """The act approving the strategy, its date and number: the one the title page's stamp names («УТВЕРЖДЕНА
    распоряжением … от … № …»), else the first act named with a date and number (a decree printed before the
    title page cites other acts first: «В целях реализации Указа Президента … от 21 июля 2020 г. № 474»)."""
    m = STAMPED_APPROVAL.search(front) or APPROVAL.search(front)
    if not m:
        return None, None, None
    day, month, year = re.split(r"[.\s]+", m.group("date").strip())
    month_no = int(month) if month.isdigit() else next(
        (k + 1 for k, stem in enumerate(MONTHS) if month.lower().startswith(stem)), None)
    date = f"{int(year):04d}-{month_no:02d}-{int(day):02d}" if month_no else None
    act = m.group("act").lower()
    act = re.sub(r"(ием|ии|ия|ию)$", "ие", act) if act.startswith(("распоряж", "постановл")) else act
    return f"{act} {m.group('body').strip()}", date, m.group("number")


def _title(card: list[t.CardField], outline: Outline, dh: Dehyphenator) -> str | None:
    for row in card:
        if row.key == "name":
            return row.value
    front = _front_text(outline, dh)
    m = re.search(r"Стратеги[яи]\s+в\s+области\s+цифровой\s+трансформации.*?(?=ОГЛАВЛЕНИЕ|СОДЕРЖАНИЕ|$)",
                  front, re.IGNORECASE | re.DOTALL)
    return " ".join(m.group().split()) if m else None


def _period(card: list[t.CardField]) -> tuple[int, int] | None:
    for row in card:
        if row.key == "period":
            years = [int(y) for y in re.findall(r"20\d\d", row.value)]
            if years:
                return min(years), max(years)
    return None


REQUIRED_SECTIONS = ("1", "2", "3", "4", "5", "6", "7", "8")


def extract(outline: Outline, template: Template, doc_id: str, dh: Dehyphenator) -> ParsedDocument:
    doc = ParsedDocument()
    for number in REQUIRED_SECTIONS:
        if outline.get(number) is None:
            doc.problems.append(Problem("section_missing", f"section {number} was not found"))
    for s in outline.sections:
        doc.sections.append(t.Section(doc_id=doc_id, number=s.number, title=s.title, page_start=s.page_start,
                                      page_end=s.page_end, text=_section_text(s, dh),
                                      source_ref=_where(s.blocks)))
    if outline.get("2"):
        card_section = outline.get("2")
        if not card_section.tables and (drawn := virtual_card(card_section.lines)):
            doc.problems.append(Problem("table_without_rulings", "the strategy card (section 2) has no ruling "
                                        "lines; its fields were read from the gaps between words: check it",
                                        card_section.page_start))
            card_section = Section("2", card_section.title, card_section.page_start, drawn)
        doc.card, notes = read_card(card_section, template, doc_id, dh)
        doc.extra += notes
        if not doc.card and not card_section.tables and (labelled := labelled_card(card_section.lines, template, doc_id, dh)):
            doc.problems.append(Problem("card_as_paragraphs", "the strategy card (section 2) is printed as "
                                        "«field: value» paragraphs, not as a table; it was read from them: check it",
                                        card_section.page_start))
            doc.card = labelled
        if not doc.card:
            doc.problems.append(Problem("table_missing", "the strategy card (section 2) has no ruled table",
                                        outline.get("2").page_start))
    doc.list_items, problems = _lists(outline, template, doc_id, dh)
    doc.problems += problems
    readers = {}
    for number in ("5", "6", "7"):
        spec = template.table_for_section(number)
        if outline.get(number) is None:
            continue
        sections = outline.with_children(number)
        if not any(s.tables for s in sections):
            drawn = virtual_tables([line for s in sections for line in s.lines], spec)
            if drawn:
                doc.problems.append(Problem(
                    "table_without_rulings", f"the table of section {number} has no ruling lines; its columns "
                    "were read from the gaps between words: check it", outline.get(number).page_start))
                sections = [Section(number, outline.get(number).title, outline.get(number).page_start, drawn)]
        sections, more_records = _records_as_rows(sections, spec)
        sections, cut = _rows_cut_by_text(sections, spec)
        if cut:
            doc.problems.append(Problem(
                "table_without_row_rulings", f"the table of section {number} draws no rules between its rows; "
                "they were told apart by their numbers and cells: check them", cut[0].page))
        reader = read_tables(sections, TableReader(spec, join=partial(dh.join, newline_before_lists=False),
                                                       sample=more_records))
        readers[number] = reader
        doc.problems += [Problem(p.code, p.message, p.page, p.severity) for p in reader.problems]
        if not reader.records:
            doc.problems.append(Problem("table_missing", f"no table rows were read in section {number}",
                                        outline.get(number).page_start))
        doc.problems += _column_problems(reader, number, dh)
    if "6" in readers:
        doc.projects = _projects(readers["6"], doc_id, dh)
        doc.extra += record_extras(readers["6"], doc_id, "6", [p.project_id for p in doc.projects], dh)
    if "5" in readers:  # after the projects: a link points to the projects row its project cell names
        doc.links = _links(readers["5"], doc_id, dh, doc.projects)
        doc.extra += record_extras(readers["5"], doc_id, "5", [f"link {k + 1}" for k in range(len(doc.links))], dh)
    if "7" in readers:
        doc.indicators, doc.values, extra = _indicators(readers["7"], doc_id, dh, doc.projects)
        doc.extra += extra
    doc.title = _title(doc.card, outline, dh)
    if doc.title:
        m = re.search(r"государственного\s+управления\s+(.+)$", doc.title)
        doc.region_genitive = m.group(1).strip(" .") if m else None
    doc.period = _period(doc.card)
    doc.approved_by, doc.approved_on, doc.approval_number = _approval(_front_text(outline, dh))
    return doc
