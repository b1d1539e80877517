"""normalize/morphology.py: look-ups a document's child process makes come back to the parent."""
from ingest import isolation
from normalize import morphology


def test_lookups_made_in_a_child_are_kept_by_the_parent_that_learns_them():
    word = "перепроверяющимися"  # a form no other test looks up
    known = morphology.mark()

    def child(_send):
        return morphology.lemma(word), morphology.part_of_speech(word), morphology.learned_since(known)

    outcome = isolation.run_one(child, isolation.Limits(60, 0))
    assert outcome.kind == "done"
    lemma, pos, learned = outcome.value
    assert lemma == "перепроверяться" and pos == "PRTF"
    assert all(word not in dict(items) for items in morphology.learned_since(known))  # the child's own memo
    morphology.learn(learned)
    now = [dict(items) for items in morphology.learned_since(known)]
    assert any(found.get(word) == lemma for found in now) and any(found.get(word) == pos for found in now)


def test_meaning_scores_made_in_a_child_travel_with_the_lookups():
    """parsers.meaning's scores are memoised run-wide too: a heading scored in one document's child
    is known to the children forked after the parent learns it."""
    from parsers.meaning import Concepts

    concepts = Concepts({"card": ["Паспорт стратегии"], "projects": ["Проекты цифровой трансформации"]})
    text = "Паспорт перепроверенной стратегии"  # a text no other test scores
    known = morphology.mark()
    outcome = isolation.run_one(lambda _send: (concepts.scores(text), morphology.learned_since(known)),
                                isolation.Limits(60, 0))
    scores, learned = outcome.value
    assert scores["card"] > scores["projects"] == 0.0
    assert all(text not in dict(items) for items in morphology.learned_since(known))
    morphology.learn(learned)
    assert any(dict(items).get(text) == scores for items in morphology.learned_since(known))
