"""The issue #9 measurement material: the rewordings and their split, and which half each variant uses.

A held-out variant that showed a tuning wording (or the reverse) would measure nothing; a slot
missing from one half would leave that slot untested.
"""
from __future__ import annotations

import json
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from samples import FIXTURES, HELDOUT_VARIANTS, SAMPLES, TUNING_VARIANTS, gold_for

REWORDINGS = tomllib.loads((Path(__file__).parent / "variants" / "rewordings.toml").read_text(encoding="utf-8"))
SAMPLE_GOLDS = [json.loads(gold_for(p).read_text(encoding="utf-8")) for p in SAMPLES]
GROUPS = {"section_titles": 30, "column_headers": 30, "card_fields": 20}


def slot(group: str, entry: dict) -> tuple:
    return {"section_titles": lambda e: (e["section"],), "column_headers": lambda e: (e["table"], e["key"]),
            "card_fields": lambda e: (e["field"],)}[group](entry)


@pytest.mark.parametrize("group", GROUPS)
def test_every_group_is_large_enough_and_split_in_halves(group):
    entries = REWORDINGS[group]
    assert len(entries) >= GROUPS[group]
    halves = Counter(e["half"] for e in entries)
    assert set(halves) == {"tuning", "heldout"}
    assert abs(halves["tuning"] - halves["heldout"]) <= 0.2 * len(entries)
    by_slot: dict[tuple, set] = {}
    for e in entries:
        by_slot.setdefault(slot(group, e), set()).add(e["half"])
    assert all(h == {"tuning", "heldout"} for h in by_slot.values()), by_slot
    assert all(e["half"] == "tuning" for e in entries if e.get("quoted")), "a wording the issue quotes is not unseen"


def test_rewordings_name_real_template_slots():
    """Section numbers 1-8, the gold's column keys, the gold's card fields: a typo would silently drop a slot."""
    assert {e["section"] for e in REWORDINGS["section_titles"]} == set(range(1, 9))
    keys = {"s5": {"no", "task", "project", "beneficiary", "benefits"},
            "s6": {c for g in SAMPLE_GOLDS for c in g["s6"]["columns"]},
            "s7": {"no", "project", "roiv", "name", "unit", "years"}}
    slots = {(t, k) for t, ks in keys.items() for k in ks}
    assert {(e["table"], e["key"]) for e in REWORDINGS["column_headers"]} == slots
    fields = {r["field"] for g in SAMPLE_GOLDS for r in g["s2_card"]["rows"]}
    assert {e["field"] for e in REWORDINGS["card_fields"]} <= fields
    assert len({e["text"] for e in REWORDINGS["card_fields"]}) == len(REWORDINGS["card_fields"])


def printed_wording(gold: dict) -> set[str]:
    """Card field names and table headers a variant prints (the section titles are checked apart)."""
    return ({r["field"] for r in gold["s2_card"]["rows"]} | set(gold["s5"]["header"]) | set(gold["s6"]["header"])
            | set(gold["s7"]["header"]))


@pytest.mark.parametrize("pdf", TUNING_VARIANTS + HELDOUT_VARIANTS, ids=lambda p: p.stem)
def test_a_variant_shows_only_its_own_half(pdf):
    half = pdf.parent.name
    other = {e["text"] for g in GROUPS for e in REWORDINGS[g] if e["half"] != half}
    own = {e["text"] for g in GROUPS for e in REWORDINGS[g] if e["half"] == half}
    gold = json.loads(gold_for(pdf).read_text(encoding="utf-8"))
    shown = printed_wording(gold)
    assert not (shown & other) - own, f"{pdf.stem} shows the other half's wording: {(shown & other) - own}"
    titles = {gold[k]["heading"].strip("«»").lower() for k in ("s1", "s2_card", "s3", "s4", "s5", "s6", "s7", "s8")}
    assert titles <= {e["text"].lower() for e in REWORDINGS["section_titles"] if e["half"] == half}
    assert shown & own, f"{pdf.stem} shows none of its half's wording"


def test_variant_folders_hold_a_gold_for_every_pdf():
    for folder in ("tuning", "heldout", "browser"):
        pdfs = sorted((FIXTURES / "variants" / folder).glob("*.pdf"))
        assert pdfs and all(gold_for(p).is_file() for p in pdfs), folder
