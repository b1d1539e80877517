from hypothesis import given
from hypothesis import strategies as st

from normalize.bodies import canonical_bodies

LNR = "Луганской Народной Республики"


def test_case_and_typo_variants_merge_and_majority_wins():
    names = [f"Министерство цифрового развития, связи и массовых коммуникаций {LNR}"] * 3 + [
        "Министерство цифрового развития, связи и массовых коммуникаций Луганской Народной республики",
        "Министерство жилищно-коммунального хозяйства Ставропольского края",
        "Министерство жилищно-комунального хозяйства Ставропольского края",
        "Министерство жилищно-коммунального хозяйства Ставропольского края",
    ]
    mapping = canonical_bodies(names)
    assert set(mapping.values()) == {
        f"Министерство цифрового развития, связи и массовых коммуникаций {LNR}",
        "Министерство жилищно-коммунального хозяйства Ставропольского края",
    }


def test_different_ministries_stay_apart():
    names = [f"Министерство образования {LNR}", f"Министерство образования и науки {LNR}",
             f"Министерство здравоохранения {LNR}", f"Министерство финансов {LNR}"]
    mapping = canonical_bodies(names)
    assert all(mapping[n] == n for n in names)


@given(st.lists(st.text(min_size=1, max_size=60)))
def test_mapping_is_total_and_canonical_names_are_fixed_points(names):
    mapping = canonical_bodies(names)
    assert set(mapping) == {n for n in names if n.strip()}
    assert all(mapping[c] == c for c in mapping.values())
