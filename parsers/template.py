"""Loads template.toml and answers "which template phrase is this text?" fuzzily."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from rapidfuzz import fuzz, process


def fold(text: str) -> str:
    """The form phrases are compared in: lower case, ё->е, line-end hyphens and punctuation gone."""
    text = re.sub(r"(\w)-\s+(\w)", r"\1\2", text.lower().replace("ё", "е"))
    return " ".join(re.findall(r"[0-9a-zа-я№]+", text))


class Phrases:
    """Synonyms per key, folded once, with the score from which a text matches.

    Answers are memoised: the same header text recurs on every page of a table.
    """

    def __init__(self, by_key: dict[str, list[str]], threshold: float):
        self.by_key = by_key
        self.threshold = threshold
        self._keys = [key for key, syns in by_key.items() for _ in syns]
        self._folded = [fold(syn) for syns in by_key.values() for syn in syns]
        self._answers: dict[str, tuple[str, float] | None] = {}

    def best(self, text: str) -> tuple[str, float] | None:
        """The key whose synonym is closest to `text`, with its score, if above the threshold."""
        if text not in self._answers:
            self._answers[text] = self._best(fold(text))
        return self._answers[text]

    def _best(self, folded: str) -> tuple[str, float] | None:
        if not folded:
            return None
        hit = process.extractOne(folded, self._folded, scorer=fuzz.ratio, score_cutoff=self.threshold)
        return (self._keys[hit[2]], hit[1]) if hit else None


@dataclass(frozen=True)
class TableTemplate:
    key: str
    section: str
    required: tuple[str, ...]
    columns: Phrases
    split_rows_on: str | None  # the column whose cells are the table's rows (a merged cell spans several)


@dataclass(frozen=True)
class Template:
    sections: Phrases  # section number -> titles
    subsections: Phrases  # "1.1" -> titles
    list_kinds: dict[str, str]  # subsection number -> list_items.kind
    lead_ins: Phrases  # list kind -> lead-in phrases
    tables: dict[str, TableTemplate]  # by section number

    def table_for_section(self, number: str) -> TableTemplate | None:
        return self.tables.get(number)


@cache
def load_template() -> Template:
    raw = tomllib.loads(files("parsers").joinpath("template.toml").read_text(encoding="utf-8"))
    limits = raw["matching"]
    tables = {}
    for key, spec in raw["tables"].items():
        tables[spec["section"]] = TableTemplate(
            key, spec["section"], tuple(spec["required"]),
            Phrases(spec.get("columns", {}), limits["column_header"]), spec.get("split_rows_on"))
    return Template(
        sections=Phrases({s["number"]: s["titles"] for s in raw["sections"]}, limits["section_title"]),
        subsections=Phrases({s["number"]: s["titles"] for s in raw["subsections"]}, limits["section_title"]),
        list_kinds={s["number"]: s["list_kind"] for s in raw["subsections"] if "list_kind" in s},
        lead_ins=Phrases({s["kind"]: s["phrases"] for s in raw["lead_ins"]}, limits["lead_in"]),
        tables=tables,
    )
