"""Measure the matcher against the hand-labelled pairs: `python -m normalize.evaluate`.

Labels (tests/fixtures/catalogue_labels.csv) cover every project of the four
seed strategies; each row names the catalogue entry a reader judged the
project to be, or nothing. Definitions:
  precision    = auto matches to the labelled entry / all auto matches
                 (what reaches analyses without a person);
  recall       = labelled pairs proposed as auto or review / all labelled pairs
                 (a review proposal is confirmed by a person, so it is found);
  review share = projects in review / all projects (the person's workload).
Exit status 1 when a target is missed.

`--names-only` drops the spellings of the data files and keeps each entry's
canonical name: those spellings were copied from these same strategies, so
this run shows how the matcher does on wording it has not seen.
"""
from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from normalize.catalogue import load_catalogue_records
from normalize.matching import ProjectToMatch, match_projects

LABELS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "catalogue_labels.csv"
TARGETS = {"precision": 0.98, "recall": 0.95}
MAX_REVIEW_SHARE = 0.10


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    review_share: float
    errors: list[str]

    def missed(self) -> list[str]:
        missed = [k for k, target in TARGETS.items() if getattr(self, k) < target]
        return missed + (["review_share"] if self.review_share >= MAX_REVIEW_SHARE else [])


def read_labels(path: Path = LABELS) -> list[tuple[ProjectToMatch, str | None]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [
            (ProjectToMatch(doc_id=row["region"], project_id=f"{row['industry_no']}.{row['position']}",
                            name_clean=row["name_clean"], industry=row["industry"],
                            federal_recommended=row["federal_recommended"] == "1"),
             row["catalogue_id"] or None)
            for row in csv.DictReader(f)
        ]


def evaluate(labelled: list[tuple[ProjectToMatch, str | None]], catalogue) -> Scores:
    results = match_projects([p for p, _ in labelled], catalogue)
    auto = correct_auto = found = positives = review = 0
    errors = []
    for (project, gold), result in zip(labelled, results):
        m = result.match
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
        errors=errors,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names-only", action="store_true", help="ignore the spellings of the data files")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and review")
    args = parser.parse_args(argv)
    catalogue = load_catalogue_records()
    if args.names_only:
        catalogue = [replace(r, spellings=()) for r in catalogue]
    labelled = read_labels()
    scores = evaluate(labelled, catalogue)
    if args.verbose:
        print("\n".join(scores.errors))
    print(f"projects {len(labelled)}, catalogue entries {len(catalogue)}"
          f"{' (names only)' if args.names_only else ''}")
    print(f"precision    {scores.precision:.3f}  (target >= {TARGETS['precision']})")
    print(f"recall       {scores.recall:.3f}  (target >= {TARGETS['recall']})")
    print(f"review share {scores.review_share:.3f}  (target < {MAX_REVIEW_SHARE})")
    if scores.missed():
        print("MISSED: " + ", ".join(scores.missed()), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
