"""Which template concept does a printed text mean? Lemma overlap, weighted by how distinctive each lemma is.

Drafters reword the template ("Паспорт стратегии" for "Карточка стратегии",
"Ожидаемые выгоды" for "Выгоды для бенефициара проекта"), inflect it and break
it across lines, so texts are compared as sets of lemmas, not as characters.
A lemma that names one concept only ("паспорт", "бенефициар") decides more
than one shared by many ("проект", "цифровой"): each weighs its inverse
document frequency over the concepts of the group. The score is the F-measure
of the weighted precision (how much of the text the concept explains) and
recall (how much of the concept's phrase the text says), blended with
whether both have the same head noun, best over the concept's phrases, in 0..1.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from normalize.morphology import is_dictionary_word, is_known, lemma, memoised, part_of_speech
from parsers.text import fold

STOPWORDS = frozenset("и или в во на по для с со о об к ко из от за до при а также их его ее её не как".split())
TRANSPARENT_HEADS = frozenset({"наименование", "название", "перечень", "список"})  # "Перечень задач" is about tasks
HEAD_SHARE = 0.4  # share of the score given by the text and the phrase having the same head noun
UNKNOWN_SHARE = 0.5  # a lemma no concept knows weighs this share of the rarest known lemma's weight
WORD = re.compile(r"[a-zа-я№]+|\d+")
COMPOUND_HEAD = re.compile(r"[a-zа-яё]+-(?=[a-zа-яё])", re.IGNORECASE)  # «ветеринарно-» of «ветеринарно-санитарные»
SEPARATOR = "\x1f"  # between the left-out lemmas and the text in a memo's key
ABBREVIATION = re.compile(r"\b[А-ЯЁA-Z]{2,6}\b")  # "ОИВ", "ИОГВ": a noun the dictionary does not know


@dataclass(frozen=True)
class Words:
    """A text's meaningful lemmas (function words and bare numbers left out) and its head noun."""

    lemmas: frozenset[str]
    head: str | None


STEM_START = 3  # letters a word and its lemma share at the start (a broken word's joined form is looked up only
# when some lemma of the vocabulary starts so: most pairs of words are no broken word, and each look-up of a
# joined form is new to the morphology's memo)


@dataclass(frozen=True)
class Vocabulary:
    """The lemmas a group of concepts knows, and how they start: what a broken word may be rejoined into."""

    lemmas: frozenset[str]
    starts: frozenset[str]

    @classmethod
    def of(cls, lemmas: Iterable[str]) -> Vocabulary:
        lemmas = frozenset(lemmas)
        return cls(lemmas, frozenset(lem[:STEM_START] for lem in lemmas))

    def holds(self, word: str) -> bool:
        """Whether the word's lemma is one of the vocabulary's."""
        return word[:STEM_START] in self.starts and lemma(word) in self.lemmas


NO_VOCABULARY = Vocabulary(frozenset(), frozenset())


def words_of(text: str, vocabulary: Vocabulary = NO_VOCABULARY, shortened: Mapping[str, str] | None = None) -> Words:
    """The lemmas, and the head: the first noun (an abbreviation in capitals, "ОИВ", is one), past
    "наименование", "название", "перечень", "список"
    ("Наименование показателя" is about the indicator, "Перечень задач ... и проектов" about tasks).
    Headers and titles are noun phrases whose first noun says what they are ("Проекты, направленные
    на решение задачи" are projects, not tasks). A word broken without a hyphen is rejoined when the
    joined form is in `vocabulary` (see _rejoined). A word cut short with a point («Наим.», «Отв.») is read as
    the word it stands for in `shortened` (template.toml [shortened])."""
    lems, head = [], None
    abbreviations = {w.lower() for w in ABBREVIATION.findall(text)}
    for word in _rejoined(WORD.findall(fold(text)), vocabulary):
        word = (shortened or {}).get(word, word)
        abbreviation = word in abbreviations and not is_known(word)  # its own lemma: "иогв", not "иогть"
        word = word if abbreviation else _misread(word, vocabulary) or word
        if word.isdigit() or (lem := word if abbreviation else lemma(word)) in STOPWORDS:
            continue
        lems.append(lem)
        if head is None and lem not in TRANSPARENT_HEADS and (abbreviation or part_of_speech(word) == "NOUN"):
            head = lem
    return Words(frozenset(lems), head)


def _rejoined(words: list[str], vocabulary: Vocabulary) -> list[str]:
    """Words with a word a narrow cell broke without a hyphen put back together: "благополучател" + "и"
    is "благополучатели" when that, and not the first piece, is a lemma of the vocabulary."""
    if not vocabulary.lemmas:
        return words
    out: list[str] = []
    for word in words:
        if out and out[-1].isalpha() and word.isalpha() and vocabulary.holds(out[-1] + word) \
                and not vocabulary.holds(out[-1]):
            out[-1] += word
        else:
            out.append(word)
    return out


MISREAD_MIN = 5  # letters of a word from which one misread letter still leaves it recognisable
OCR_CONFUSIONS = ("дл", "нип", "шщц", "ес", "оа", "вз", "тг", "кх", "ьы", "бв", "эз", "рф", "уч")
"""Letters Tesseract takes for one another in Russian print (each group's letters, either way): «залача» for
«задача», «нсполнение» for «исполнение»."""
MISTAKEN_FOR = {letter: "".join(group.replace(letter, "") for group in OCR_CONFUSIONS if letter in group)
                for letter in set("".join(OCR_CONFUSIONS))}  # «в» is taken for «з» and «б» both


@lru_cache(maxsize=1 << 16)  # a run's unknown words, OCR's garbage among them: bounded
def _misread(word: str, vocabulary: Vocabulary) -> str | None:
    """The word of the vocabulary an unknown word is with one letter misread, as OCR misreads (OCR_CONFUSIONS):
    the only one of the vocabulary's lemmas that such a change of one letter makes the word a form of. A word
    the dictionary knows, or one the vocabulary holds as it is («цифровизация»), is not misread; nor is a short
    one, where one letter changes too much."""
    if len(word) < MISREAD_MIN or not vocabulary.lemmas or not word.isalpha() or word.isascii() \
            or word in vocabulary.lemmas or is_known(word):
        return None
    found: dict[str, str] = {}
    for k, printed in enumerate(word):
        for letter in MISTAKEN_FOR.get(printed, ""):
            respelt = word[:k] + letter + word[k + 1:]
            if respelt[:STEM_START] in vocabulary.starts and is_dictionary_word(respelt) \
                    and (known := lemma(respelt)) in vocabulary.lemmas:
                found[known] = respelt
    return next(iter(found.values())) if len(found) == 1 else None


PREDICATES = frozenset({"VERB", "PRTS", "ADJS"})  # a finite verb ("формируют", "будет"), a short participle
# ("рассмотрены") or adjective ("нужен" in «Зачем нужен продукт»)


@lru_cache(maxsize=1 << 14)  # a table's cells are asked for each template table the table may be
def has_predicate(text: str) -> bool:
    """Whether the text says something happens or is done: a clause, where titles and headers are noun phrases.

    Only the main clause counts: a noun phrase with a relative clause («Задачи, на которые направляются
    ассигнования», «Сроки, в которые …») still names. The first part of a compound adjective («Ветеринарно-
    санитарные», «социально-экономический») is no short adjective."""
    for word in WORD.findall(fold(COMPOUND_HEAD.sub(" ", text))):
        if word.isdigit():
            continue
        if lemma(word) == "который":
            return False
        if part_of_speech(word) in PREDICATES:
            return True
    return False


QUESTION_WORDS = frozenset({"кто", "что", "как", "когда", "где", "зачем", "почему", "сколько", "чем", "какой", "каков",
                            "куда", "откуда", "чей"})
"""Lemmas of question words: a card field or a heading worded as a question («Кто ощутит рост зрелости:», «Какие
шаги предлагаются:», after a preposition «Во что это обойдется:», «Как обстоят дела в отраслях») names, its verb
notwithstanding."""


def is_question(text: str) -> bool:
    """Whether the text opens with a question word (one of its first two words, a preposition may stand first)."""
    return any(lemma(word) in QUESTION_WORDS for word in text.split()[:2])


QUESTION_PARTICLES = frozenset({"это", "же", "ли"})  # «Во что это обойдется» asks what «Во что обойдется» asks


@lru_cache(maxsize=1 << 14)  # `asked` reads a header cell's opening for every row and template table it is tried with
def opening_lemmas(text: str, words: int | None = None) -> tuple[str, ...]:
    """The lemmas of the text's first `words` words (all by default) in order, function words included: how
    a question opens («Для чего создается сервис» -> для, что, создаваться, сервис)."""
    said = [word for word in WORD.findall(fold(text)) if not word.isdigit() and word not in QUESTION_PARTICLES]
    return tuple(lemma(word) for word in said[:words])


def asked(text: str, questions: Mapping[str, Sequence[tuple[str, ...]]]) -> str | None:
    """The concept whose question the text opens with («Когда заработает» asks for a term, «Зачем это
    жителям» for a goal), or None. Headers worded as questions are mostly function words, which lemma
    overlap (Concepts) cannot weigh; their opening words say what they ask."""
    if not questions:
        return None
    opening = opening_lemmas(text, max(len(question) for asks in questions.values() for question in asks))
    found = [(len(question), key) for key, asks in questions.items() for question in asks
             if opening[:len(question)] == question]
    # the longest question it opens with («кто отвечает» before «кто»); of equally long ones, the first concept's
    return max(found, key=lambda pair: pair[0])[1] if found else None


class Concepts:
    """A group of concepts (the 8 sections, one table's columns, the card's fields), each known by phrases.

    Answers are memoised for the whole run (normalize.morphology.memoised): the same header text
    recurs on every page of a table, and the same headings and headers in every strategy.
    """

    def __init__(self, phrases: Mapping[str, Sequence[str]], synonyms: Mapping[str, str] | None = None,
                 shortened: Mapping[str, str] | None = None):
        """`synonyms`: a lemma -> the lemma it stands for here («инициатива» -> «проект», «адресат» ->
        «бенефициар»), applied to the texts scored, so that one phrase serves every word a drafter uses;
        `shortened`: a word cut short -> the word («наим» -> «наименование»), read before lemmas are taken."""
        self._synonyms = dict(synonyms or {})
        self._shortened = dict(shortened or {})
        self.keys = list(phrases)
        self._texts = tuple(text for texts in phrases.values() for text in texts)
        self._phrases = {key: [self._synonymised(w) for w in map(words_of, texts) if w.lemmas]
                         for key, texts in phrases.items()}  # a phrase in a drafter's word («Use case») too
        df = Counter(lem for sets in self._phrases.values() for lem in set().union(*(w.lemmas for w in sets)))
        n = len(self.keys)
        self._weight = {lem: math.log((n + 1) / count) for lem, count in df.items()}
        self._vocabulary = Vocabulary.of([*self._weight, *self._synonyms])  # a drafter's word is rejoined too
        self._unknown = UNKNOWN_SHARE * max(self._weight.values(), default=1.0)
        self.scores = memoised(self._scores)
        self._scores_apart = memoised(self._apart)
        self._read = memoised(self._words)

    def headed_by(self, head: str) -> str | None:
        """The first concept one of whose phrases has this head noun («показатель» -> the indicator's name)."""
        return next((key for key, phrases in self._phrases.items() if any(w.head == head for w in phrases)), None)

    def phrases(self) -> tuple[str, ...]:
        """The phrases as written."""
        return self._texts

    def _w(self, words) -> float:
        return sum(self._weight.get(w, self._unknown) for w in words)

    def _synonymised(self, words: Words) -> Words:
        if not self._synonyms:
            return words
        return Words(frozenset(self._synonyms.get(lem, lem) for lem in words.lemmas),
                     self._synonyms.get(words.head, words.head) if words.head else None)

    def _words(self, text: str) -> Words:
        return self._synonymised(words_of(text, self._vocabulary, self._shortened))

    def words(self, text: str) -> Words:
        """The text's lemmas and head as this group reads them (synonyms applied)."""
        return self._read(text)

    def _scores(self, text: str) -> dict[str, float]:
        """Every concept's score for `text` (0..1); `scores` is this, memoised."""
        words = self.words(text)
        return {key: self._score(words, key) for key in self.keys}

    def scores_apart_from(self, text: str, common: frozenset[str]) -> dict[str, float]:
        """Every concept's score for `text` with the lemmas in `common` left out of the text's and every
        phrase's words (their head nouns still compared): a word every header of a table repeats
        («мероприятие» in «Когда реализуется мероприятие», «Роль края в мероприятии», …) says what the whole
        table is about, not which column a header is."""
        if not common:
            return self.scores(text)
        return self._scores_apart(" ".join(sorted(common)) + SEPARATOR + text)

    def _apart(self, key: str) -> dict[str, float]:
        common, text = key.split(SEPARATOR, 1)
        left_out = frozenset(common.split())
        words = self.words(text)  # read already by the caller that chose what to leave out
        words = Words(words.lemmas - left_out, words.head)  # «Цель мероприятия» is still about a goal
        return {concept: self._score(words, concept, left_out) for concept in self.keys}

    def _score(self, words: Words, key: str, left_out: frozenset[str] = frozenset()) -> float:
        best = 0.0
        for phrase in self._phrases[key]:
            lemmas = phrase.lemmas - left_out
            common = self._w(words.lemmas & lemmas)
            if common <= 0:
                continue
            precision, recall = common / self._w(words.lemmas), common / self._w(lemmas)
            overlap = 2 * precision * recall / (precision + recall)
            best = max(best, (1 - HEAD_SHARE) * overlap + HEAD_SHARE * (words.head is not None and words.head == phrase.head))
        return best

    def score(self, text: str, key: str) -> float:
        return self.scores(text).get(key, 0.0)

    def best(self, text: str, least: float = 0.0) -> tuple[str, float] | None:
        """The concept `text` means most, with its score, when the score reaches `least`."""
        scores = self.scores(text)
        if not scores:
            return None
        key = max(scores, key=scores.__getitem__)
        return (key, scores[key]) if scores[key] > 0 and scores[key] >= least else None
