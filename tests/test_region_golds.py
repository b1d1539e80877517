"""The region documents rebuilt from text layers (tests/variants/seed_to_gold.py -> make_variants.py):
their gold must be what the scorer reads, with the seed's column sets and every row's cells present.

A converter slip (a key missing from a row, a table left empty, years and values out of step) would
make the out-of-sample figure measure the converter instead of the parser.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from score_gold import gold_tables  # noqa: E402

REGIONS = sorted((Path(__file__).parent / "fixtures" / "variants" / "regions").glob("*.gold.json"))


@pytest.mark.parametrize("path", REGIONS, ids=lambda p: p.stem)
def test_region_gold_is_complete_for_the_scorer(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert path.with_name(path.name.replace(".gold.json", ".pdf")).is_file()
    tables = gold_tables(gold)
    for name in ("card_fields", "task_project_links", "projects", "indicators"):
        assert tables[name], name
    assert all(tables["list_items"][k] for k in ("basis", "task", "problem", "challenge", "risk")), \
        {k: len(v) for k, v in tables["list_items"].items()}
    s6 = gold["s6"]
    assert len(s6["header"]) == len(s6["columns"])
    for grp in s6["groups"]:
        for row in grp["rows"]:
            assert set(row) == set(s6["columns"]), row["no"]
    years = gold["s7"]["years"]
    for grp in gold["s7"]["groups"]:
        for row in grp["rows"]:
            assert row["indicators"], (grp["number"], row["no"])
            assert all(len(ind["values"]) == len(years) for ind in row["indicators"])
    s4 = [ind["title"].rstrip(".") for ind in gold["s4"]["industries"]]
    for key in ("s5", "s6", "s7"):
        assert [grp["industry"] for grp in gold[key]["groups"]] == s4, key


def test_both_regions_are_there():
    assert {p.name.split(".")[0] for p in REGIONS} == {"region-khabarovsk", "region-tyumen"}
