import time
from dataclasses import replace

from normalize.catalogue import load_catalogue_records
from normalize.evaluate import MAX_REVIEW_SHARE, TARGETS, evaluate, read_labels
from normalize.matching import ProjectToMatch, match_projects


def project(name, industry=None, federal=False, pid="1"):
    return ProjectToMatch(doc_id="d", project_id=pid, name_clean=name, industry=industry, federal_recommended=federal)


def test_meets_targets_on_the_labelled_projects():
    scores = evaluate(read_labels(), load_catalogue_records())
    assert scores.precision >= TARGETS["precision"], scores.errors
    assert scores.recall >= TARGETS["recall"], scores.errors
    assert scores.review_share < MAX_REVIEW_SHARE, scores.errors


def test_meets_targets_without_the_spellings_copied_from_the_sample():
    catalogue = [replace(r, spellings=()) for r in load_catalogue_records()]
    assert not evaluate(read_labels(), catalogue).missed()


def test_one_generic_shared_word_is_not_a_match():
    catalogue = load_catalogue_records()
    for name in ("Цифровая трансформация библиотек", "Цифровой двойник региона", "Платформа для туризма"):
        assert match_projects([project(name)], catalogue)[0].match.status == "none", name


def test_inflected_and_reworded_name_matches():
    catalogue = load_catalogue_records()
    [result] = match_projects([project("Внедрение цифровых помощников учителей", "Образование и наука")], catalogue)
    assert result.match.catalogue_id == "foiv-edu-teacher-assistant"
    assert result.match.status in ("auto", "review")


def test_other_industry_is_used_when_own_has_nothing():
    catalogue = load_catalogue_records()
    [result] = match_projects([project("Цифровизация мировых судов", "Безопасность")], catalogue)
    assert (result.match.catalogue_id, result.match.status) == ("foiv-gov-magistrate-courts", "auto")
    assert result.match.method.endswith("/any")


def test_unknown_federal_project_warns_and_known_does_not():
    catalogue = load_catalogue_records()
    unknown, known = match_projects([project("Квантовый телепорт", federal=True, pid="1"),
                                     project("ЦХЭД", federal=True, pid="2")], catalogue)
    assert unknown.match.status == "none" and unknown.match.catalogue_id is None
    assert "рекомендовано ФОИВ" in unknown.warning and "1" in unknown.warning
    assert known.match.status == "auto" and known.warning is None


def test_fast_enough_for_a_document():
    records = load_catalogue_records()
    catalogue = records + [replace(r, entry=r.entry.model_copy(update={"catalogue_id": r.entry.catalogue_id + "-2"}))
                           for r in records]
    labelled = [p for p, _ in read_labels()][:100]
    match_projects(labelled[:1], catalogue)  # morphology dictionaries load once per process
    start = time.perf_counter()
    match_projects(labelled, catalogue)
    assert time.perf_counter() - start < 1.0


def test_table_rows_alone_are_matched_on_their_names():
    records = load_catalogue_records()
    by_records, by_entries = (match_projects([project("Цифровое портфолио ученика", "Образование и наука")], c)[0]
                              for c in (records, [r.entry for r in records]))
    assert by_records.match == by_entries.match
    assert by_entries.match.catalogue_id == "foiv-edu-student-portfolio"
