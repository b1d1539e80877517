import math

from hypothesis import given
from hypothesis import strategies as st

from normalize.terms import MAX_YEAR, MIN_YEAR, term_end_year
from normalize.units import canonical_unit
from normalize.values import parse_value, unit_of_values


def test_printed_values():
    assert parse_value("70") == 70.0
    assert parse_value("1,5") == 1.5
    assert parse_value("100%") == 100.0
    assert parse_value("1 543") == 1543.0
    assert parse_value(" 287,66 ") == 287.66
    for blank in ("-", "", "да", "нет", "—", "не менее 90", "2022-2024"):
        assert parse_value(blank) is None, blank


@given(st.text())
def test_parse_value_never_raises_and_is_finite(text):
    value = parse_value(text)
    assert value is None or math.isfinite(value)


@given(st.integers(min_value=0, max_value=10**12), st.text(alphabet="0123456789", max_size=4),
       st.sampled_from([" ", "\u00a0", ""]), st.sampled_from([",", "."]), st.booleans())
def test_formatted_numbers_round_trip(integer, frac, thousands, decimal, percent):
    printed = f"{integer:,}".replace(",", thousands)
    if frac:
        printed += decimal + frac
    printed += "%" if percent else ""
    assert parse_value(printed) == float(f"{integer}.{frac or 0}")


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюя .", min_size=1))
def test_words_are_not_numbers(text):
    assert parse_value(text) is None


def test_a_value_printing_a_known_unit_after_it_is_its_number():
    """blind29's Stavropol prints the unit in every value cell («95,5 %», «12 шт.»): those cells were no number
    (value NULL), and the indicator had no unit. A known unit after the number is no part of it; an unknown word
    there («5 лет», a range «2022-2024») leaves the cell no number."""
    assert [parse_value(t) for t in ("95,5 %", "12 шт.", "1 200 ед.", "70 тыс. чел.")] == [95.5, 12.0, 1200.0, 70.0]
    assert [parse_value(t) for t in ("5 лет", "2022-2024", "12 шт. и 5 ед.")] == [None, None, None]
    assert unit_of_values(["95,5 %", "", "100 %"]) == "%"
    assert unit_of_values(["95", "100"]) is None and unit_of_values(["1 %", "2 шт."]) is None
    assert unit_of_values(["–", "–"]) is None and unit_of_values(["5 %", "–"]) is None and unit_of_values([]) is None


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["%", "шт.", "ед.", "тыс. чел.", "руб."]))
def test_a_number_and_a_known_unit_parse_to_the_number_and_give_the_unit(number, unit):
    printed = f"{number:,}".replace(",", " ") + " " + unit
    assert parse_value(printed) == float(number)
    assert unit_of_values([printed, printed]) == unit


def test_unit_spellings():
    assert {canonical_unit(u) for u in ("%", "процентов", "проц.", " % ")} == {"%"}
    assert {canonical_unit(u) for u in ("шт.", "шт", "штук")} == {"шт."}
    assert {canonical_unit(u) for u in ("тыс.чел.", "тыс. человек", "1. тыс. чел.")} == {"тыс. чел."}
    assert {canonical_unit(u) for u in ("млн руб.", "млн. рублей", "млн рублей")} == {"млн руб."}
    assert canonical_unit("тыс. руб.") == "тыс. руб."
    assert canonical_unit("усл.ед.") == "усл. ед."
    assert canonical_unit("ед.") == "ед."
    # no unit printed, or only the number of a line in a multi-indicator cell
    assert canonical_unit("") is None and canonical_unit("2.") is None
    # an unknown unit is kept rather than lost
    assert canonical_unit("км  дорог") == "км дорог"


@given(st.text())
def test_canonical_unit_is_idempotent(text):
    unit = canonical_unit(text)
    assert unit is None or canonical_unit(unit) == unit


def test_printed_terms():
    assert term_end_year("до 2030 года") == 2030
    assert term_end_year("2022-2024 гг.") == 2024
    assert term_end_year("постоянно") is None
    assert term_end_year("до 2030 года, далее постоянно") == 2030
    assert term_end_year("до 01.07.2023") == 2023
    assert term_end_year("К 2023 году") == 2023
    assert term_end_year("") is None


@given(st.text())
def test_term_end_year_is_in_range_or_none(text):
    year = term_end_year(text)
    assert year is None or MIN_YEAR <= year <= MAX_YEAR


@given(st.integers(MIN_YEAR, MAX_YEAR), st.integers(MIN_YEAR, MAX_YEAR))
def test_term_range_ends_at_later_year(a, b):
    assert term_end_year(f"{a}-{b} гг.") == max(a, b)
    assert term_end_year(f"до {a} года") == a
