"""Projects of a strategy -> entries of the federal catalogue.

Why not token_set_ratio or WRatio: they score a name by its best-overlapping
subset, so «Цифровая образовательная среда» and «Цифровая платформа «Наука»»
look alike because both say «цифровой». Here names are reduced to lemmas
(natasha's morphology, so «цифрового контура» = «цифровой контур»), and each
lemma weighs by how rare it is in the catalogue (IDF): generic words shared by
many entries weigh little, distinctive ones («портфолио», «ЕГИСЗ», «ЦХЭД»)
decide. The score is a weighted F-measure of the shared lemmas that leans
towards covering the catalogue name, because regions wrap federal names in
their own words («Создание ...», «... Хабаровского края»). A character-level
scorer (token_sort_ratio over the lemmas) was tried as a second signal and
dropped: on the labelled set it found nothing the lemmas missed and lifted
unrelated names sharing «цифровой ...» into the review band.

Candidates of the project's own industry come first; another industry's entry
wins only when clearly better (regions file the same federal project under
different industries, e.g. the РСЧС data lake). A match is `auto` when the
score is high, no other entry is close and the score holds with the generic
lemmas («цифровой», «система», «электронный»: in many entries) taken out, so
it rests on the federal name's distinctive words; `review` in the uncertain
band, else `none`. The bands are tuned by `make eval` (normalize/evaluate.py).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from normalize.catalogue import CatalogueRecord
from normalize.morphology import lemma
from normalize.industries import canonical_industry
from normalize.regions import regions
from schemas.tables import CatalogueEntry, CatalogueMatch


@dataclass(frozen=True)
class Thresholds:
    """Score bands of a decision. `make eval` tunes them without the region it measures on."""

    auto: float = 70.0
    review: float = 65.0
    margin: float = 8.0  # below this gap to the next entry a high score is still ambiguous


SHIPPED = Thresholds()
# An entry of another industry must beat the best one of the project's own
# industry by this much to be chosen.
OTHER_INDUSTRY_MARGIN = 10.0
# β > 1 weighs covering the catalogue name above explaining every project word.
BETA = 2.0
# A lemma found in this share of the catalogue's entries («цифровой», «платформа», «система»,
# «электронный») says what kind of thing a project is, not which one: generic.
GENERIC_SHARE = 0.03
METHOD = "lemma-idf-fbeta"

# Words that carry no identity: function words and the verbs of project
# titles («Создание», «Развитие», «Реализация проекта ...»).
_STOP = frozenset("""
и в во на для с со по о об из к от а также при том числе или их его ее до за как
создание развитие реализация внедрение использование проект разработка модернизация
""".split())
_TOKEN = re.compile(r"[0-9a-zа-яё]+(?:\.[0-9]+)?", re.IGNORECASE)


@dataclass(frozen=True)
class ProjectToMatch:
    doc_id: str
    project_id: str
    name_clean: str
    industry: str | None
    federal_recommended: bool


@dataclass(frozen=True)
class MatchResult:
    match: CatalogueMatch
    warning: str | None = None




@cache
def _region_words() -> frozenset[str]:
    """Lemmas of region names: «Хабаровского края» says whose project it is, not which."""
    words = set()
    for region in regions():
        for name in (region.nominative, region.genitive):
            words.update(lemma(t) for t in _TOKEN.findall(name))
    return frozenset(words)


def lemmas(name: str) -> tuple[str, ...]:
    """The identifying lemmas of a name, in order."""
    stop = _STOP | _region_words()
    return tuple(lem for lem in (lemma(t) for t in _TOKEN.findall(name)) if lem not in stop)


@dataclass(frozen=True)
class _Spelling:
    record: CatalogueRecord
    lemmas: frozenset[str]


class _Index:
    def __init__(self, catalogue: Sequence[CatalogueRecord]):
        self.spellings = []
        for record in catalogue:
            for name in dict.fromkeys(record.names):
                self.spellings.append(_Spelling(record, frozenset(lemmas(name))))
        # Document frequency per entry (not per spelling): an entry spelt five
        # ways must not make its own words look common.
        df = Counter(w for record in catalogue for w in set().union(*(lemmas(n) for n in record.names)))
        n = len(catalogue)
        self.idf = {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}
        self.unknown_idf = math.log(n + 1) + 1
        self.generic = frozenset(w for w, c in df.items() if c >= max(2, GENERIC_SHARE * n))

    def weight(self, words) -> float:
        return sum(self.idf.get(w, self.unknown_idf) for w in words)

    def score(self, project: frozenset[str], catalogue_name: frozenset[str]) -> float:
        common = self.weight(project & catalogue_name)
        if not common:
            return 0.0
        recall = common / self.weight(catalogue_name)
        precision = common / self.weight(project)
        return 100 * (1 + BETA**2) * precision * recall / (BETA**2 * precision + recall)

    def distinctive_score(self, project: frozenset[str], catalogue_name: frozenset[str]) -> float:
        """The score with generic lemmas taken out of both names: what the match rests on beyond
        «электронный», «система», «цифровой». A catalogue name of generic words only («Цифровая
        инфраструктура ЖКХ») has nothing distinctive to find: only the same words match it."""
        own, federal = project - self.generic, catalogue_name - self.generic
        if not federal:
            return 100.0 if project == catalogue_name else 0.0
        return self.score(own, federal)


class Candidate(NamedTuple):
    score: float
    distinctive: float  # best distinctive_score over the entry's names
    record: CatalogueRecord


Ranked = list[Candidate]


def _best_by_entry(index: _Index, project: ProjectToMatch) -> Ranked:
    words = frozenset(lemmas(project.name_clean))
    best: dict[str, Candidate] = {}
    for spelling in index.spellings:
        key = spelling.record.entry.catalogue_id
        if words and words.isdisjoint(spelling.lemmas):
            if key in best and best[key].record is spelling.record:
                continue  # zeros change no best an entry already has
            s = d = 0.0  # no lemma in common: both scores are 0 (most spellings, for any one project)
        else:
            s, d = index.score(words, spelling.lemmas), index.distinctive_score(words, spelling.lemmas)
        if key in best:
            s, d = max(s, best[key].score), max(d, best[key].distinctive)
        best[key] = Candidate(s, d, spelling.record)
    return sorted(best.values(), key=lambda item: -item.score)


def decide(project: ProjectToMatch, ranked: Ranked, thresholds: Thresholds = SHIPPED) -> CatalogueMatch:
    """The catalogue_matches row of a project from its ranked candidates (see rank_candidates)."""
    industry = canonical_industry(project.industry) if project.industry else None
    chosen, scope = (ranked[0], "any") if ranked else (None, "any")
    if industry and ranked:
        own = [item for item in ranked if item.record.industry_code == industry[0]]
        if own and own[0].score + OTHER_INDUSTRY_MARGIN >= ranked[0].score:
            chosen, scope = own[0], "industry"
    if chosen is None or chosen.score < thresholds.review:
        return CatalogueMatch(doc_id=project.doc_id, project_id=project.project_id, catalogue_id=None,
                              score=round(chosen.score, 2) if chosen else 0.0, method=METHOD, status="none")
    score, distinctive, record = chosen
    runner_up = next((c.score for c in ranked if c.record is not record), 0.0)
    # Auto needs the distinctive words too: «Межведомственный электронный документооборот (МЭДО)»
    # shares all of «Электронный документооборот», but its own «межведомственный», «МЭДО» say it is another.
    confident = score >= thresholds.auto and distinctive >= thresholds.auto and score - runner_up >= thresholds.margin
    return CatalogueMatch(
        doc_id=project.doc_id, project_id=project.project_id, catalogue_id=record.entry.catalogue_id,
        score=round(min(score, 100.0), 2), method=f"{METHOD}/{scope}",
        status="auto" if confident else "review",
    )


def _as_record(item: CatalogueRecord | CatalogueEntry) -> CatalogueRecord:
    if isinstance(item, CatalogueRecord):
        return item
    industry = canonical_industry(item.industry) if item.industry else None
    return CatalogueRecord(entry=item, industry_code=industry[0] if industry else None,
                           spellings=(), seen_in=(), status=None, pilot_regions=())


@lru_cache(maxsize=4)
def catalogue_index(records: tuple[CatalogueRecord, ...]) -> _Index:
    """The lemmas and weights of a catalogue, built once per catalogue rather than for every document
    (the records are frozen, so equal catalogues share one). Ingest builds it before forking the
    documents' children (ingest.pipeline._warm_up), which inherit it."""
    return _Index(records)


def rank_candidates(projects: Sequence[ProjectToMatch],
                    catalogue: Sequence[CatalogueRecord | CatalogueEntry]) -> list[Ranked]:
    """Per project, every catalogue entry with its best score over the entry's names, best first.
    Separate from `decide` so thresholds can be tuned without scoring again."""
    index = catalogue_index(tuple(_as_record(item) for item in catalogue))
    return [_best_by_entry(index, project) for project in projects]


def match_projects(projects: Sequence[ProjectToMatch],
                   catalogue: Sequence[CatalogueRecord | CatalogueEntry],
                   thresholds: Thresholds = SHIPPED) -> list[MatchResult]:
    """One catalogue_matches row per project, and a warning for a federally
    recommended project the catalogue does not know (a gap in the catalogue or
    a misprinted name, either worth a person's look).

    Pass load_catalogue_records() so the printed spellings count; bare
    CatalogueEntry rows (the table's columns) are matched on their name alone.
    """
    results = []
    for project, ranked in zip(projects, rank_candidates(projects, catalogue)):
        match = decide(project, ranked, thresholds)
        warning = None
        if project.federal_recommended and match.status == "none":
            warning = (f"project {project.project_id} «{project.name_clean}» is marked "
                       f"«рекомендовано ФОИВ» but matches no catalogue entry (best score {match.score})")
        results.append(MatchResult(match, warning))
    return results
