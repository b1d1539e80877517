import csv
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from normalize.catalogue import DEFAULT_DIRECTORY, CatalogueError, load_catalogue, load_catalogue_records
from normalize.regions import region_code

FIXTURES = Path(__file__).parent / "fixtures"
MARK = "(рекомендовано ФОИВ)"


def labels():
    with (FIXTURES / "catalogue_labels.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_shipped_catalogue_loads():
    entries = load_catalogue()
    assert len({e.catalogue_id for e in entries}) == len(entries)
    assert Counter(e.kind for e in entries).keys() == {"foiv_project", "tor", "platform"}
    assert all(e.source for e in entries)


def test_tor_entries_carry_status_and_known_pilot_regions():
    tor = [r for r in load_catalogue_records() if r.entry.kind == "tor"]
    assert tor and all(r.status for r in tor)
    assert all(region_code(name) for r in tor for name in r.pilot_regions)


def test_every_federally_recommended_project_has_its_entry():
    ids = {r.entry.catalogue_id: r.entry.kind for r in load_catalogue_records()}
    for row in labels():
        if row["catalogue_id"]:
            assert row["catalogue_id"] in ids, row
        if row["federal_recommended"] == "1":
            assert ids.get(row["catalogue_id"]) == "foiv_project", row


def test_labels_cover_every_project_of_the_sample_strategies():
    by_region = Counter(row["region"] for row in labels())
    for gold in FIXTURES.glob("gold-*.json"):
        data = json.loads(gold.read_text("utf-8"))
        rows = [r for g in data["s6"]["groups"] for r in g["rows"]]
        assert by_region[data["region"]] == len(rows), gold.name
        marked = {(g["industry"], re.sub(r"\s*\(рекомендовано ФОИВ\)", "", r["name"]).strip())
                  for g in data["s6"]["groups"] for r in g["rows"] if MARK in r["name"]}
        labelled = {(row["industry"], row["name_clean"]) for row in labels()
                    if row["region"] == data["region"] and row["federal_recommended"] == "1"}
        assert marked == labelled, gold.name


def test_a_user_adds_a_list_without_code(tmp_path):
    shutil.copytree(DEFAULT_DIRECTORY, tmp_path, dirs_exist_ok=True)
    (tmp_path / "new_list.toml").write_text(
        '[list]\nsource = "Новый федеральный перечень"\nkind = "tor"\n\n'
        '[[entry]]\nid = "tor-new"\nindustry = "Культура."\nname = "ТОР «Новое»"\n', "utf-8")
    new = {e.catalogue_id: e for e in load_catalogue(tmp_path)}
    assert len(new) == len(load_catalogue()) + 1
    assert new["tor-new"].industry == "Культура"
    assert new["tor-new"].source.startswith("new_list.toml: Новый федеральный перечень")


@pytest.mark.parametrize("entry, message", [
    ('id = "x"\nkind = "tor"\nname = "n"\nspelings = []', "unknown keys"),
    ('id = "x"\nkind = "tor"\nname = "n"\nindustry = "Космос"', "not in normalize/industries.toml"),
    ('id = "x"\nkind = "law"\nname = "n"', "kind"),
    ('id = "tor-culture"\nkind = "tor"\nname = "n"', "already used"),
    ('id = "x"\nkind = "tor"\nname = "n"\nspellings = [{ text = "n2" }]', "a spelling is a string or"),
])
def test_a_broken_user_file_says_what_is_wrong(tmp_path, entry, message):
    shutil.copytree(DEFAULT_DIRECTORY, tmp_path, dirs_exist_ok=True)
    (tmp_path / "zz_user.toml").write_text(f'[list]\nsource = "s"\n\n[[entry]]\n{entry}\n', "utf-8")
    with pytest.raises(CatalogueError, match=message):
        load_catalogue(tmp_path)


def _folded(text: str) -> str:
    return re.sub(r"[^0-9a-zа-яё]+", "", text.lower().replace("ё", "е"))


def test_every_spelling_names_the_regions_that_print_it():
    """Leave-one-region-out drops a spelling when it measures on a region in its seen_in; a region
    missing there would let `make eval` find a name with the very spelling copied from it."""
    printed_by: dict[str, set[str]] = {}
    for row in labels():
        printed_by.setdefault(_folded(row["name_clean"]), set()).add(row["region"])
    for record in load_catalogue_records():
        for spelling in record.spellings:
            missing = printed_by.get(_folded(spelling.name), set()) - set(spelling.seen_in)
            assert not missing, (record.entry.catalogue_id, spelling.name, missing)
