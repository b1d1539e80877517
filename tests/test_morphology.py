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
