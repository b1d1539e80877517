import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from normalize.industries import canonical_industry, industries, industry_key, industry_within, spelling_repairs

FIXTURES = Path(__file__).parent / "fixtures"


def test_codes_and_names_are_unique():
    codes = [code for code, _, _ in industries()]
    names = [name for _, name, _ in industries()]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)


def test_printed_variants_are_one_industry():
    assert canonical_industry("Государственное управление.") == ("public_admin", "Государственное управление")
    assert canonical_industry("4.5. Государственное управление") == ("public_admin", "Государственное управление")
    assert canonical_industry("ЗДРАВООХРАНЕНИЕ") == ("health", "Здравоохранение")
    assert canonical_industry("Здравохранение") == ("health", "Здравоохранение")  # dropped letter
    assert canonical_industry("") is None
    assert canonical_industry("Космос") is None


@given(st.sampled_from([(c, n, s) for c, n, sp in industries() for s in (n, *sp)]),
       st.sampled_from(["", "1. ", "4.5. ", " 12 "]), st.sampled_from(["", ".", " ", ";"]), st.booleans())
def test_every_spelling_with_decoration_maps_to_its_code(item, prefix, suffix, upper):
    code, name, spelling = item
    title = prefix + (spelling.upper() if upper else spelling) + suffix
    assert canonical_industry(title) == (code, name)


def test_an_industry_cell_adding_a_qualifier_to_a_known_title_is_coded_as_that_industry():
    """blind28's Хабаровский края heads an industry «Социальная защита населения» in its tables: no entry spells
    it, and its rows had no industry_code. A title beginning word for word with one industry's spelling is it;
    one naming another industry too, or beginning with only part of a word, is none."""
    assert industry_within("Социальная защита населения") == ("social", "Социальная сфера")
    assert industry_within("Здравоохранение и социальная защита населения") is None  # two industries
    assert industry_within("Образование и культура") is None
    assert industry_within("4. Транспорт и логистика Хабаровского края") == ("transport", "Транспорт и логистика")
    assert industry_within("Транспортная безопасность") is None
    assert industry_within("Космос и авиация") is None
    assert canonical_industry("Социальная защита населения") is None  # parsing still tells titles by whole names


@given(st.sampled_from([(c, n, s) for c, n, sp in industries() for s in (n, *sp)]),
       st.text(alphabet="абвгдежзиклмнопрстуфхцчшщыэюя ", min_size=1, max_size=20).filter(lambda t: t.strip()))
def test_a_spelling_followed_by_any_words_is_its_industry_unless_another_spelling_begins_it(item, words):
    code, name, spelling = item
    title = f"{spelling} {words}"
    key = f" {industry_key(title)} "
    another = any(f" {industry_key(other)} " in key for c, n, sp in industries() if c != code for other in (n, *sp))
    assert industry_within(title) == (None if another else (code, name))


def test_sample_titles_of_sections_4_and_6_agree():
    for gold in FIXTURES.glob("gold-*.json"):
        data = json.loads(gold.read_text("utf-8"))
        s4 = [canonical_industry(i["title"]) for i in data["s4"]["industries"]]
        s6 = [canonical_industry(g["industry"]) for g in data["s6"]["groups"]]
        assert None not in s4 and s4 == s6, gold.name


def test_a_misread_industry_title_takes_the_spelling_the_document_prints_more_often():
    """blind3x's Хабаровский scan: OCR read «Кадровое» as «Калоовое» in section 7's industry rows only."""
    titles = ["Калоовое обеспечение цифровой экономики"] * 4 + ["Кадровое обеспечение цифровой экономики"] * 6 + [
        "Здравоохранение", "Отрасль «Здравоохранение»", "Отрасль «Здравоохранение»"]
    assert spelling_repairs(titles) == {"Калоовое обеспечение цифровой экономики": "Кадровое обеспечение цифровой экономики"}


@given(st.lists(st.sampled_from([n for _, n, _ in industries()] + ["Здравохранение", "Госудаоственное управление",
                                                                  "Космос", "Сопиальная сфера"]), max_size=30))
def test_a_repair_keeps_the_industry_and_goes_to_a_spelling_printed_more_often(titles):
    for title, spelling in spelling_repairs(titles).items():
        assert canonical_industry(title) == canonical_industry(spelling) is not None
        assert titles.count(spelling) > titles.count(title)
