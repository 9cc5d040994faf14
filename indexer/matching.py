"""Which sections a query matches, as sets of document numbers read straight from the postings.

Whoosh's own phrase and union matchers walk every candidate through Python span objects; reading
the postings into sets and checking phrase positions only for the candidates is several times
faster, and exact. Scoring is left to Whoosh, for the page shown only (search.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import reduce

from whoosh.reading import IndexReader

from indexer.analysis import query_bigrams, query_words, subword_cover
from indexer.query import ParsedQuery, Term
from indexer.reader import Snapshot
from indexer.schema import BODY, CHARS, HEADING, KIND, KIND_SECTION

Docs = frozenset[int]


def match_set(snapshot: Snapshot, parsed: ParsedQuery) -> Docs:
    """The sections matching every group (a group: any of its terms), minus excluded terms."""
    docs = sections(snapshot)
    for group in parsed.groups:
        docs &= _union(term_docs(snapshot, term) for term in group)
    for term in parsed.excluded:
        docs -= whole_docs(snapshot, term.text)
    return docs


def sections(snapshot: Snapshot) -> Docs:
    """Every live section document (reports have their own documents; deletions are left out)."""
    return snapshot.cached(("sections",), lambda: _live(snapshot, KIND, KIND_SECTION))


def term_docs(snapshot: Snapshot, term: Term) -> Docs:
    """A quoted term: where its characters occur. Unquoted also: where all its words occur."""
    whole = whole_docs(snapshot, term.text)
    if term.quoted:
        return whole
    words = query_words(term.text)
    cover = subword_cover(words[0]) if len(words) == 1 else []
    return whole | words_docs(snapshot, words) | words_docs(snapshot, cover)


def whole_docs(snapshot: Snapshot, text: str) -> Docs:
    """Sections whose letters and digits contain `text`'s, whatever jieba made of them."""
    grams = tuple(query_bigrams(text))
    return snapshot.cached(("chars", grams), lambda: _phrase(snapshot, grams))


def words_docs(snapshot: Snapshot, words: Iterable[str]) -> Docs:
    """Sections holding every word, in their heading or body; nothing for no words."""
    per_word = [_word(snapshot, w) for w in words]
    return reduce(frozenset.intersection, per_word) if per_word else frozenset()


def _word(snapshot: Snapshot, word: str) -> Docs:
    return snapshot.cached(
        ("word", word), lambda: _live(snapshot, BODY, word) | _live(snapshot, HEADING, word)
    )


def _phrase(snapshot: Snapshot, grams: tuple[str, ...]) -> Docs:
    if not grams:
        return frozenset()
    if len(grams) == 1 and len(grams[0]) == 1:  # one character: any bigram it starts
        reader = snapshot.searcher().reader()
        return _union(_live(snapshot, CHARS, g) for g in reader.expand_prefix(CHARS, grams[0]))
    candidates = reduce(frozenset.intersection, (_live(snapshot, CHARS, g) for g in grams))
    if len(grams) == 1 or not candidates:
        return candidates
    reader = snapshot.searcher().reader()
    positions = [_positions(reader, gram, candidates) for gram in dict.fromkeys(grams)]
    by_gram = dict(zip(dict.fromkeys(grams), positions, strict=True))
    return frozenset(d for d in candidates if _adjacent(d, grams, by_gram))


def _adjacent(doc: int, grams: tuple[str, ...], positions: dict[str, dict[int, set[int]]]) -> bool:
    """Does the document hold the grams at consecutive positions?"""
    starts = positions[grams[0]][doc]
    return any(all(p + i in positions[g][doc] for i, g in enumerate(grams) if i) for p in starts)


def _positions(reader: IndexReader, gram: str, docs: Docs) -> dict[int, set[int]]:
    """The positions of `gram` in each of `docs` (skipping the rest of its postings)."""
    found: dict[int, set[int]] = {}
    matcher = reader.postings(CHARS, gram)
    for doc in sorted(docs):
        if not matcher.is_active():
            break
        if matcher.id() < doc:
            matcher.skip_to(doc)
        if matcher.is_active() and matcher.id() == doc:
            found[doc] = set(matcher.value_as("positions"))
    return found


def _live(snapshot: Snapshot, field: str, text: str) -> Docs:
    """Documents holding a term, without deleted ones (an updated index keeps them until merged)."""
    reader = snapshot.searcher().reader()
    if (field, text) not in reader:
        return frozenset()
    docs = frozenset(reader.postings(field, text).all_ids())
    return docs - _deleted(snapshot) if reader.has_deletions() else docs


def _deleted(snapshot: Snapshot) -> Docs:
    def compute() -> Docs:
        reader = snapshot.searcher().reader()
        return frozenset(range(reader.doc_count_all())) - frozenset(reader.all_doc_ids())

    return snapshot.cached(("deleted",), compute)


def _union(sets: Iterable[Docs]) -> Docs:
    return reduce(frozenset.union, sets, frozenset())
