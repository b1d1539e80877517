import json
from pathlib import Path

import pytest

from normalize.regions import region_code, region_from_title, regions

FIXTURES = Path(__file__).parent / "fixtures"


def test_all_89_subjects_with_unique_codes():
    table = regions()
    assert len(table) == 89
    assert len({r.code for r in table}) == 89 and len({r.nominative for r in table}) == 89
    assert sum(r.iso for r in table) == 83  # ISO 3166-2:RU covers 83 subjects
    assert all(r.code.startswith("RU-") for r in table)


@pytest.mark.parametrize("region", regions(), ids=lambda r: r.code)
def test_every_genitive_names_its_region(region):
    title = "Стратегия в области цифровой трансформации отраслей экономики, социальной сферы " \
            f"и государственного управления {region.genitive}"
    assert region_from_title(title) == (region.nominative, region.code)
    assert region_code(region.nominative) == region.code


def test_title_forms():
    assert region_from_title("... государственного управления Ставропольского края") == ("Ставропольский край", "RU-STA")
    assert region_from_title("... Луганской Народной Республики") == ("Луганская Народная Республика", "RU-LPR")
    assert region_from_title("... города Москвы") == ("Москва", "RU-MOW")
    khm = ("Ханты-Мансийский автономный округ – Югра", "RU-KHM")
    assert region_from_title("... Ханты-Мансийского автономного округа – Югры") == khm
    assert region_from_title("... Ханты-Мансийского автономного округа - Югры") == khm
    assert region_from_title("... Ханты-Мансийского автономного округа") == khm
    # the longer name must not lose to the one it contains
    assert region_from_title("... Ямало-Ненецкого автономного округа")[1] == "RU-YAN"
    assert region_from_title("Стратегия Тюменской области на 2022-2024 годы") == ("Тюменская область", "RU-TYU")
    assert region_from_title("Стратегия цифровой трансформации") is None
    assert region_code("Нарния") is None


def test_sample_titles():
    for gold in FIXTURES.glob("gold-*.json"):
        data = json.loads(gold.read_text("utf-8"))
        assert region_from_title(data["title"])[0] == data["region"], gold.name
