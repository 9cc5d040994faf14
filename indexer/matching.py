"""Which sections a query matches, as sets of document numbers read straight from the postings.

Whoosh's own phrase and union matchers walk every candidate through Python span objects; reading
the postings into sets, and confirming a phrase by a substring test on the candidates' letters, is
several times faster, and exact. Ranking the matches is ranking.py's.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import reduce

from indexer.analysis import query_bigrams, query_words, subword_cover
from indexer.postings import doc_ids
from indexer.query import ParsedQuery, Term
from indexer.reader import Snapshot
from indexer.schema import BODY, CHARS, FOLDED, HEADING, KIND, KIND_SECTION

Docs = frozenset[int]
# A phrase whose rarest bigram is in more than this share of sections is confirmed by scanning every
# section's letters (a few ms per 10,000 sections) rather than by reading postings.
_SCAN_SHARE = 0.1


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
    return snapshot.derived(("sections",), lambda: _live(snapshot, KIND, KIND_SECTION))


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
    return snapshot.cached_docs(("chars", grams), lambda: _phrase(snapshot, grams))


def words_docs(snapshot: Snapshot, words: Iterable[str]) -> Docs:
    """Sections holding every word, in their heading or body; nothing for no words."""
    per_word = [_word(snapshot, w) for w in words]
    return reduce(frozenset.intersection, per_word) if per_word else frozenset()


def _word(snapshot: Snapshot, word: str) -> Docs:
    return snapshot.cached_docs(
        ("word", word), lambda: _live(snapshot, BODY, word) | _live(snapshot, HEADING, word)
    )


def _phrase(snapshot: Snapshot, grams: tuple[str, ...]) -> Docs:
    if not grams:
        return frozenset()
    phrase = grams[0] + "".join(gram[1:] for gram in grams[1:])
    reader = snapshot.searcher().reader()
    rarest = sorted(grams, key=lambda gram: reader.doc_frequency(CHARS, gram))[:2]
    everywhere = reader.doc_frequency(CHARS, rarest[0]) > _SCAN_SHARE * len(sections(snapshot))
    if len(phrase) == 1 or everywhere:
        candidates = sections(snapshot)  # reading such postings costs more than a scan
    else:
        candidates = reduce(frozenset.intersection, (_live(snapshot, CHARS, g) for g in rarest))
    # Holding a phrase's bigrams is not holding them in a row: confirm on the section's letters.
    folded = snapshot.column(FOLDED)
    return frozenset(d for d in candidates if phrase in folded[d])


def _live(snapshot: Snapshot, field: str, text: str) -> Docs:
    """Documents holding a term, without deleted ones (an updated index keeps them until merged)."""
    reader = snapshot.searcher().reader()
    if (field, text) not in reader:
        return frozenset()
    docs = frozenset(doc_ids(reader, field, text))
    return docs - _deleted(snapshot) if reader.has_deletions() else docs


def _deleted(snapshot: Snapshot) -> Docs:
    def compute() -> Docs:
        reader = snapshot.searcher().reader()
        return frozenset(range(reader.doc_count_all())) - frozenset(reader.all_doc_ids())

    return snapshot.derived(("deleted",), compute)


def _union(sets: Iterable[Docs]) -> Docs:
    return reduce(frozenset.union, sets, frozenset())
