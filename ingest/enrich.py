"""Typed records -> normalised records: numbers, end years, canonical names, catalogue matches."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from normalize.bodies import canonical_bodies
from normalize.catalogue import CatalogueRecord
from normalize.industries import canonical_industry
from normalize.matching import ProjectToMatch, match_projects
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


def _industry_code(title: str | None) -> str | None:
    found = canonical_industry(title) if title else None
    return found[0] if found else None


def enrich(parsed: ParsedDocument, catalogue: Sequence[CatalogueRecord]) -> Enriched:
    bodies = canonical_bodies([i.responsible_body for i in parsed.indicators if i.responsible_body])
    projects = [p.model_copy(update={"term_end_year": term_end_year(p.term),
                                     "industry_code": _industry_code(p.industry)}) for p in parsed.projects]
    links = [r.model_copy(update={"industry_code": _industry_code(r.industry)}) for r in parsed.links]
    indicators = [i.model_copy(update={
        "industry_code": _industry_code(i.industry),
        "unit_canonical": canonical_unit(i.unit),
        "responsible_body_canonical": bodies.get(i.responsible_body),
    }) for i in parsed.indicators]
    values = [v.model_copy(update={"value": parse_value(v.value_raw)}) for v in parsed.values]
    results = match_projects([ProjectToMatch(doc_id=p.doc_id, project_id=p.project_id, name_clean=p.name_clean,
                                             industry=p.industry, federal_recommended=p.federal_recommended)
                              for p in projects], catalogue)
    problems = []
    for result, project in zip(results, projects):
        if result.warning:
            problems.append(Problem("catalogue_unmatched", result.warning, project.page))
    return Enriched(replace(parsed, projects=projects, links=links, indicators=indicators, values=values),
                    [r.match for r in results], problems)
