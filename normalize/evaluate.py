"""Measure the matcher out of sample: `python -m normalize.evaluate` (`make eval`).

Labels (tests/fixtures/catalogue_labels.csv) cover every project of the four
seed strategies; each row names the catalogue entry a reader judged the
project to be, or nothing. The catalogue's spellings were copied from those
same strategies, so matching a region with them finds the very names they
came from. Hence leave-one-region-out: for each region, the catalogue keeps
only the spellings other regions print (`Spelling.seen_in`), the thresholds
are tuned on the other regions alone (each of them measured the same way,
without its own spellings), and then that region's projects are matched and
scored. The mean over the folds is the figure to quote.

  precision    = auto matches to the labelled entry / all auto matches
                 (what reaches analyses without a person);
  recall       = labelled pairs proposed as auto or review / all labelled pairs
                 (a review proposal is confirmed by a person, so it is found);
  review share = projects in review / all projects (the person's workload).
Exit status 1 when the mean misses a target.
"""
from __future__ import annotations

import argparse
import csv
import itertools
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from normalize.catalogue import CatalogueRecord, load_catalogue_records
from normalize.matching import ProjectToMatch, Ranked, Thresholds, decide, rank_candidates

LABELS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "catalogue_labels.csv"
TARGETS = {"precision": 0.99, "recall": 0.95}
MAX_REVIEW_SHARE = 0.10
# The grid thresholds are tuned over.
GRID = [Thresholds(auto, review, margin)
        for auto, review, margin in itertools.product(range(70, 96, 5), range(40, 76, 5), (0, 4, 8, 12))
        if review < auto]

Labelled = list[tuple[ProjectToMatch, str | None]]


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    review_share: float
    wrong_auto: int
    missed: int
    review: int
    errors: list[str]

    def misses(self) -> list[str]:
        missed = [k for k, target in TARGETS.items() if getattr(self, k) < target]
        return missed + (["review_share"] if self.review_share > MAX_REVIEW_SHARE else [])

    def cost(self) -> float:
        """What tuning minimises: an unchecked wrong match is worst, a lost one next, a review costs a minute."""
        return 10 * self.wrong_auto + 3 * self.missed + self.review


def read_labels(path: Path = LABELS) -> Labelled:
    with path.open(encoding="utf-8", newline="") as f:
        return [
            (ProjectToMatch(doc_id=row["region"], project_id=f"{row['industry_no']}.{row['position']}",
                            name_clean=row["name_clean"], industry=row["industry"],
                            federal_recommended=row["federal_recommended"] == "1"),
             row["catalogue_id"] or None)
            for row in csv.DictReader(f)
        ]


def without_spellings_of(catalogue: Sequence[CatalogueRecord], regions: set[str]) -> list[CatalogueRecord]:
    """The catalogue as it would be had these regions' strategies never been read: the spellings
    they print go; those of the federal lists themselves (no seen_in) stay."""
    return [replace(r, spellings=tuple(s for s in r.spellings if not regions & set(s.seen_in))) for r in catalogue]


def score(labelled: Labelled, ranked: Sequence[Ranked], thresholds: Thresholds) -> Scores:
    auto = correct_auto = found = positives = review = 0
    errors = []
    for (project, gold), candidates in zip(labelled, ranked):
        m = decide(project, candidates, thresholds)
        auto += m.status == "auto"
        review += m.status == "review"
        correct_auto += m.status == "auto" and m.catalogue_id == gold
        if gold:
            positives += 1
            found += m.status in ("auto", "review") and m.catalogue_id == gold
        if (m.status == "auto" and m.catalogue_id != gold) or (gold and m.catalogue_id != gold) or m.status == "review":
            errors.append(f"{m.status:6} {m.score:6.1f} {project.doc_id} {project.project_id} "
                          f"«{project.name_clean[:70]}» -> {m.catalogue_id} (label {gold})")
    return Scores(
        precision=correct_auto / auto if auto else 1.0,
        recall=found / positives if positives else 1.0,
        review_share=review / len(labelled) if labelled else 0.0,
        wrong_auto=auto - correct_auto, missed=positives - found, review=review,
        errors=errors,
    )


def evaluate(labelled: Labelled, catalogue: Sequence[CatalogueRecord], thresholds: Thresholds) -> Scores:
    """One measurement with fixed thresholds (in sample when the catalogue holds these projects' spellings)."""
    return score(labelled, rank_candidates([p for p, _ in labelled], catalogue), thresholds)


def _region(labelled: Labelled, region: str) -> Labelled:
    return [(p, gold) for p, gold in labelled if p.doc_id == region]


def tune(labelled: Labelled, catalogue: Sequence[CatalogueRecord], regions: Sequence[str]) -> Thresholds:
    """The thresholds of GRID with the least cost over these regions, each matched without its own
    spellings (as a new region would be); ties go to the stricter setting."""
    rows: Labelled = []
    ranked: list[Ranked] = []
    for region in regions:
        part = _region(labelled, region)
        rows += part
        ranked += rank_candidates([p for p, _ in part], without_spellings_of(catalogue, {region}))
    return min(GRID, key=lambda t: (score(rows, ranked, t).cost(), -t.auto, -t.review, -t.margin))


@dataclass(frozen=True)
class Fold:
    region: str
    thresholds: Thresholds
    scores: Scores


def leave_one_region_out(labelled: Labelled, catalogue: Sequence[CatalogueRecord]) -> list[Fold]:
    regions = sorted({p.doc_id for p, _ in labelled})
    folds = []
    for held_out in regions:
        rest = [r for r in regions if r != held_out]
        fold_catalogue = without_spellings_of(catalogue, {held_out})
        thresholds = tune(labelled, fold_catalogue, rest)
        folds.append(Fold(held_out, thresholds, evaluate(_region(labelled, held_out), fold_catalogue, thresholds)))
    return folds


def mean(folds: Sequence[Fold]) -> Scores:
    n = len(folds)
    return Scores(precision=sum(f.scores.precision for f in folds) / n, recall=sum(f.scores.recall for f in folds) / n,
                  review_share=sum(f.scores.review_share for f in folds) / n,
                  wrong_auto=sum(f.scores.wrong_auto for f in folds), missed=sum(f.scores.missed for f in folds),
                  review=sum(f.scores.review for f in folds), errors=[e for f in folds for e in f.scores.errors])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and review")
    args = parser.parse_args(argv)
    catalogue = load_catalogue_records()
    labelled = read_labels()
    folds = leave_one_region_out(labelled, catalogue)
    print(f"leave-one-region-out: {len(labelled)} labelled projects, {len(catalogue)} catalogue entries")
    print(f"{'held-out region':32} {'projects':>8} {'precision':>9} {'recall':>6} {'review':>6}  thresholds (auto/review/margin)")
    for f in folds:
        t = f.thresholds
        print(f"{f.region:32} {len(_region(labelled, f.region)):8} {f.scores.precision:9.3f} {f.scores.recall:6.3f} "
              f"{f.scores.review_share:6.3f}  {t.auto:g}/{t.review:g}/{t.margin:g}")
    m = mean(folds)
    print(f"{'mean':32} {'':8} {m.precision:9.3f} {m.recall:6.3f} {m.review_share:6.3f}")
    print(f"targets: precision >= {TARGETS['precision']}, recall >= {TARGETS['recall']}, "
          f"review share <= {MAX_REVIEW_SHARE}")
    if args.verbose:
        print("\n".join(m.errors))
    if m.misses():
        print("MISSED: " + ", ".join(m.misses()), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
