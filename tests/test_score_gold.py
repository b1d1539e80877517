"""tests/score_gold.py must stay a verbatim copy of the official scorer.

The golden bars are only as good as the scorer behind them: an old copy once
accumulated whole-row counts across documents and did not score section prose
or approval dates. CI clones the repository next to the shared materials
(../shared); without them (a plain checkout) there is nothing to compare.
"""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OFFICIAL = ROOT.parent / "shared" / "tools" / "score.py"


@pytest.mark.skipif(not OFFICIAL.exists(), reason="../shared is not next to the repository")
def test_score_gold_is_a_verbatim_copy_of_the_shared_scorer():
    copy = (ROOT / "tests" / "score_gold.py").read_bytes()
    assert copy == OFFICIAL.read_bytes(), f"refresh tests/score_gold.py: cp {OFFICIAL} tests/score_gold.py"
