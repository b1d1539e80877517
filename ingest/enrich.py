"""Typed records -> normalised records: numbers, end years, canonical names, catalogue matches."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from normalize.bodies import canonical_bodies
from normalize.catalogue import CatalogueRecord
from normalize.industries import canonical_industry, industry_within, spelling_repairs
from normalize.matching import ProjectToMatch, lemmas, match_projects
from normalize.regions import region_from_title
from normalize.terms import term_end_year
from normalize.units import canonical_unit
from normalize.values import parse_value
from parsers.records import ParsedDocument
from schemas import tables as t
from schemas.problems import Problem


@dataclass
class Enriched:
    parsed: ParsedDocument
    matches: list[t.CatalogueMatch] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    region: tuple[str, str] | None = None  # (name, ISO code) read from the title

    def rows(self) -> list[tuple[type[t.Row], list[t.Row]]]:
        """Every row table's rows, in the order they are written."""
        p = self.parsed
        return [(t.Section, p.sections), (t.CardField, p.card), (t.ListItem, p.list_items),
                (t.TaskProjectLink, p.links), (t.Project, p.projects), (t.Indicator, p.indicators),
                (t.IndicatorValue, p.values), (t.CatalogueMatch, self.matches), (t.ExtraCell, p.extra)]


def _industry_code(title: str | None) -> str | None:
    found = (canonical_industry(title) or industry_within(title)) if title else None
    return found[0] if found else None


def _meaning(name: str) -> str | None:
    """The indicator's words as a sorted set of lemmas: the same indicator worded in another case, order or
    with an item number ("1. Доля ...;") gives the same key, so regions line up on it."""
    return " ".join(sorted({w for w in lemmas(name) if w.isalpha()})) or None


def enrich(parsed: ParsedDocument, catalogue: Sequence[CatalogueRecord]) -> Enriched:
    """Normalised copies of the parsed rows; every row gets the document's region (None if not recognised)."""
    region = region_from_title(parsed.title) if parsed.title else None
    where = {"region": region[0], "region_code": region[1]} if region else {}
    bodies = canonical_bodies([i.responsible_body for i in parsed.indicators if i.responsible_body])
    repairs = spelling_repairs(r.industry for rows in (parsed.projects, parsed.links, parsed.indicators) for r in rows)
    fixed = lambda row: {"industry": repairs[row.industry]} if row.ocr and row.industry in repairs else {}  # noqa: E731
    projects = [p.model_copy(update={"term_end_year": term_end_year(p.term), **fixed(p),
                                     "industry_code": _industry_code(p.industry), **where}) for p in parsed.projects]
    links = [r.model_copy(update={"industry_code": _industry_code(r.industry), **fixed(r), **where})
             for r in parsed.links]
    indicators = [i.model_copy(update={
        **fixed(i),
        "industry_code": _industry_code(i.industry),
        "unit_canonical": canonical_unit(i.unit),
        "responsible_body_canonical": bodies.get(i.responsible_body),
        "name_lemmas": _meaning(i.name),
        **where,
    }) for i in parsed.indicators]
    values = [v.model_copy(update={"value": parse_value(v.value_raw), **where}) for v in parsed.values]
    results = match_projects([ProjectToMatch(doc_id=p.doc_id, project_id=p.project_id, name_clean=p.name_clean,
                                             industry=p.industry, federal_recommended=p.federal_recommended)
                              for p in projects], catalogue)
    problems = []
    for result, project in zip(results, projects):
        if result.warning:
            problems.append(Problem("catalogue_unmatched", result.warning, project.page))
    if region is None:
        problems.append(Problem("region_unknown", f"region not recognised in title {parsed.title!r}", 1))
    stamp = (lambda rows: [r.model_copy(update=where) for r in rows]) if where else list
    return Enriched(replace(parsed, projects=projects, links=links, indicators=indicators, values=values,
                            sections=stamp(parsed.sections), card=stamp(parsed.card),
                            list_items=stamp(parsed.list_items), extra=stamp(parsed.extra)),
                    stamp([r.match for r in results]), problems, region)
