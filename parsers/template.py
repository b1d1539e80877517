"""Loads template.toml: the template's sections, tables, card fields and lead-ins as concepts to match by meaning."""
from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, partial
from importlib.resources import files

from parsers.meaning import Concepts, opening_lemmas, words_of


@dataclass(frozen=True)
class Thresholds:
    section_title: float
    unnumbered_section_title: float
    column_header: float
    card_field: float
    lead_in: float
    header_cell: float


@dataclass(frozen=True, eq=False)
class TableTemplate:
    """One template table. Compared and hashed by identity (eq=False): it is read once, and the scores of a
    header row are memoised per template (parsers/tables.py), which its dict fields could not be hashed for."""

    key: str
    section: str
    required: tuple[str, ...]
    columns: Concepts  # column key -> header phrases
    content: dict[str, tuple[str, ...]]  # column key -> kinds of content its cells hold
    cell_terms: dict[str, frozenset[str]]  # column key -> lemmas one of which most of its cells say
    split_rows_on: str | None  # the column whose cells are the table's rows (a merged cell spans several)
    title_rows: str | None  # the column a table may print as rows across it instead, each over its rows
    thresholds: Thresholds
    content_kinds: dict[str, re.Pattern]
    not_template_columns: Concepts  # "note" -> headers of columns regions add, never one of the template's
    questions: dict[str, tuple[tuple[str, ...], ...]]  # column key -> opening lemmas of headers asking for it
    names_only: frozenset[str] = frozenset()  # columns whose cells name things and never say what is done
    no_content: re.Pattern = re.compile("^$")  # a cell saying its row has none of its column's content
    split_at_numbers: bool = False  # in a table that numbers its rows, a row starts where a number cell does too
    title_lines: str | None = None
    """The column a numbered title over a table of its own may give the table's rows instead (a project's name over
    its table of fields); unlike `title_rows`, never a row across the table."""

    @property
    def naming_column(self) -> str:
        """The column whose cell starts a row of this table: the one rows are split on, or (indicators, tied
        to their project by its merged cell) the first required one."""
        return self.split_rows_on or self.required[0]


@dataclass(frozen=True)
class Template:
    sections: Concepts  # section number -> title phrases
    list_kinds: dict[str, str]  # subsection number -> list_items.kind
    lead_ins: Concepts  # list kind -> lead-in phrases
    lead_in_terms: dict[str, frozenset[str]]  # list kind -> lemmas a sentence announcing its list names
    card_fields: Concepts  # card key -> field-name phrases
    card_questions: dict[str, tuple[tuple[str, ...], ...]]  # card key -> opening lemmas of labels asking for it
    tables: dict[str, TableTemplate]  # by section number
    thresholds: Thresholds

    def table_for_section(self, number: str) -> TableTemplate | None:
        return self.tables.get(number)

    def phrases(self) -> Iterator[str]:
        """Every phrase the template knows its concepts by (OCR takes its words for Russian)."""
        for concepts in (self.sections, self.lead_ins, self.card_fields,
                         *(table.columns for table in self.tables.values())):
            yield from concepts.phrases()


@cache
def load_template() -> Template:
    """The template of parsers/template.toml, read once."""
    return template_from_toml(files("parsers").joinpath("template.toml").read_text(encoding="utf-8"))


def template_from_toml(text: str) -> Template:
    """A template from the text of a template.toml (tests read a copy with some wording taken out)."""
    raw = tomllib.loads(text)
    thresholds = Thresholds(**raw["matching"])
    synonyms = {lem: canonical for canonical, words in raw.get("synonyms", {}).items()
                for lem in _lemmas(words)}
    concepts = partial(Concepts, synonyms=synonyms, shortened=raw.get("shortened", {}))
    kinds = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in raw["content"].items()}
    not_template = Concepts({"note": raw["not_template_columns"]["phrases"]})
    tables = {}
    for key, spec in raw["tables"].items():
        columns = spec.get("columns", {})
        tables[spec["section"]] = TableTemplate(
            key, spec["section"], tuple(spec["required"]),
            concepts({name: column["phrases"] for name, column in columns.items()}),
            {name: tuple(column.get("content", ())) for name, column in columns.items()},
            {name: _lemmas(column["cell_terms"]) for name, column in columns.items() if "cell_terms" in column},
            spec.get("split_rows_on"), spec.get("title_rows"), thresholds, kinds, not_template,
            _questions({name: column["asks"] for name, column in columns.items() if "asks" in column}),
            frozenset(name for name, column in columns.items() if column.get("names_only")),
            re.compile(raw["no_content"]["pattern"], re.IGNORECASE), spec.get("split_at_numbers", False),
            spec.get("title_lines"))
    return Template(
        sections=concepts({s["number"]: s["phrases"] for s in raw["sections"]}),
        list_kinds={s["number"]: s["list_kind"] for s in raw["subsections"] if "list_kind" in s},
        lead_ins=concepts({s["kind"]: s["phrases"] for s in raw["lead_ins"]}),
        lead_in_terms={s["kind"]: _lemmas(s.get("terms", ())) for s in raw["lead_ins"]},
        card_fields=concepts(raw["card"]["fields"]),
        card_questions=_questions(raw["card"].get("asks", {})),
        tables=tables,
        thresholds=thresholds,
    )


def _questions(asks: dict[str, list[str]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each key's questions as the opening lemmas a text asking it starts with (parsers/meaning.py asked)."""
    return {key: tuple(map(opening_lemmas, texts)) for key, texts in asks.items()}


def _lemmas(terms: list[str]) -> frozenset[str]:
    return frozenset().union(*(words_of(term).lemmas for term in terms))
