#!/usr/bin/env python3
"""Mutation checks: does some test fail when the code is broken the way a regression would break it?

    python tests/mutants.py [--only NAME ...] [--list]        (`make mutants`; not part of CI)

Each mutant is one textual edit of one source file. The script copies the tracked files of the
repository into a temporary directory, applies the edit there (never to the working tree), runs the
tests named for it with this interpreter, and reports the mutant as `killed` (a test failed),
`SURVIVED` (every test passed: a blind spot) or `stale` (the code it edits has changed: update the
mutant). Exit status 1 when a mutant survives or is stale.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = "tests/test_golden.py"


@dataclass(frozen=True)
class Mutant:
    name: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]


MUTANTS = [
    Mutant("empty section text", "parsers/records.py",
           "page_end=s.page_end, text=_section_text(s, dh)))", 'page_end=s.page_end, text=""))',
           (GOLDEN,)),
    Mutant("approval month shifted by one", "parsers/records.py",
           "(k + 1 for k, stem in enumerate(MONTHS)", "(k + 2 for k, stem in enumerate(MONTHS)",
           (GOLDEN,)),
    Mutant("approval number lost", "parsers/records.py",
           "return f\"{act} {m.group('body').strip()}\", date, m.group(\"number\")",
           "return f\"{act} {m.group('body').strip()}\", date, None",
           (GOLDEN,)),
    # The scorer's strict mode reads newlines as spaces, so no golden test can see this one.
    Mutant("in-cell line breaks before list items lost", "parsers/text.py",
           'out += "\\n" + line', 'out += " " + line',
           ("tests/test_text.py",)),
    Mutant("goal and description columns swapped", "parsers/tables.py",
           "            best, overlap = col.key, ov\n    return best",
           "            best, overlap = col.key, ov\n    return {\"goal\": \"description\", \"description\": \"goal\"}.get(best, best)",
           (GOLDEN,)),
    Mutant("every line-end hyphen kept", "parsers/text.py",
           "    def keeps_hyphen(self, left: str, right: str) -> bool:\n        if not left or not right:",
           "    def keeps_hyphen(self, left: str, right: str) -> bool:\n        if True:",
           ("tests/test_text.py",)),
    Mutant("strategy period one year short", "parsers/records.py",
           "return min(years), max(years)", "return min(years), max(years) - 1",
           (GOLDEN,)),
    Mutant("auto without distinctive words", "normalize/matching.py",
           "confident = score >= thresholds.auto and distinctive >= thresholds.auto and",
           "confident = score >= thresholds.auto and",
           ("tests/test_matching.py",)),
    Mutant("held-out region's spellings kept in its fold", "normalize/evaluate.py",
           "spellings=tuple(s for s in r.spellings if not regions & set(s.seen_in))",
           "spellings=r.spellings",
           ("tests/test_matching.py",)),
    Mutant("generic words weigh like distinctive ones", "normalize/matching.py",
           "self.generic = frozenset(w for w, c in df.items() if c >= max(2, GENERIC_SHARE * n))",
           "self.generic = frozenset()",
           ("tests/test_matching.py",)),
]


def _tracked_copy(target: Path) -> None:
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, files):
        src = ROOT / name
        if src.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target / name)


def run(mutant: Mutant) -> tuple[str, float]:
    """("passed" | "failed" | "stale", seconds) of the mutant's tests on a mutated copy."""
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mutant-") as tmp:
        work = Path(tmp)
        _tracked_copy(work)
        if mutant.path:  # the baseline edits nothing
            source = work / mutant.path
            text = source.read_text("utf-8")
            if text.count(mutant.old) != 1:
                return "stale", time.perf_counter() - start
            source.write_text(text.replace(mutant.old, mutant.new), "utf-8")
        # The copy comes first on the path, ahead of the editable install of the working tree.
        env = dict(os.environ, PYTHONPATH=f"{work}{os.pathsep}{work / 'tests'}")
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
                               *mutant.tests], cwd=work, env=env, capture_output=True)
    return ("failed" if done.returncode else "passed"), time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="run the mutants whose names contain one of these words")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    chosen = [m for m in MUTANTS if not args.only or any(w in m.name for w in args.only)]
    if args.list:
        print("\n".join(f"{m.name}: {m.path} ({', '.join(m.tests)})" for m in chosen))
        return 0
    baseline = {tests: run(Mutant("baseline", "", "", "", tests))[0] for tests in {m.tests for m in chosen}}
    if any(v != "passed" for v in baseline.values()):
        print(f"the unmutated code fails some tests, so no mutant can be judged: {baseline}")
        return 1
    bad = 0
    for mutant in chosen:
        outcome, seconds = run(mutant)
        verdict = {"failed": "killed", "passed": "SURVIVED"}.get(outcome, outcome)
        bad += verdict != "killed"
        print(f"{verdict:9} {seconds:5.0f} s  {mutant.name}  ({mutant.path})", flush=True)
    print(f"{len(chosen) - bad} of {len(chosen)} mutants killed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
