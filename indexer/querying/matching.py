"""Which sections a query matches, as boolean masks over document numbers.

A term's mask is set straight from its postings in the generation's memory-mapped arrays
(derived.py); a phrase of three or more characters is confirmed by a byte search in the letters of
the sections holding all its bigrams. Ranking the matches is ranking.py's.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import reduce

import numpy as np
import numpy.typing as npt

from indexer.analysis import subword_cover
from indexer.querying.query_language import ParsedQuery, Term
from indexer.querying.snapshot import Snapshot
from indexer.schema import BODY, CHARS, HEADING

Docs = npt.NDArray[np.bool_]  # one entry per document number


def match_set(snapshot: Snapshot, parsed: ParsedQuery) -> Docs:
    """The sections matching every group (a group: any of its terms), minus excluded terms."""
    docs = sections(snapshot).copy()
    for group in parsed.groups:
        docs &= _union(snapshot, (term_docs(snapshot, term) for term in group))
    for term in parsed.excluded:
        docs &= ~whole_docs(snapshot, term)
    return docs


def sections(snapshot: Snapshot) -> Docs:
    """Every live section document (reports have their own documents; deletions are left out)."""
    return snapshot.arrays.sections


def no_docs(snapshot: Snapshot) -> Docs:
    return np.zeros(snapshot.arrays.doc_count, dtype=bool)


def term_docs(snapshot: Snapshot, term: Term) -> Docs:
    """A quoted term: where its characters occur. Unquoted also: where all its words occur."""
    whole = whole_docs(snapshot, term)
    if term.quoted:
        return whole
    words = term.words
    cover = subword_cover(words[0]) if len(words) == 1 else []
    matched: Docs = whole | words_docs(snapshot, words) | words_docs(snapshot, cover)
    return matched


def whole_docs(snapshot: Snapshot, term: Term) -> Docs:
    """Sections whose letters and digits contain the term's, whatever jieba made of them."""
    grams = term.grams
    return snapshot.cached_docs(("chars", grams), lambda: _phrase(snapshot, grams))


def words_docs(snapshot: Snapshot, words: Iterable[str]) -> Docs:
    """Sections holding every word, in their heading or body; nothing for no words."""
    per_word = [_word(snapshot, w) for w in words]
    return reduce(np.logical_and, per_word) if per_word else no_docs(snapshot)


def _word(snapshot: Snapshot, word: str) -> Docs:
    return snapshot.cached_docs(
        ("word", word), lambda: _term(snapshot, BODY, word) | _term(snapshot, HEADING, word)
    )


def _phrase(snapshot: Snapshot, grams: tuple[str, ...]) -> Docs:
    if not grams:
        return no_docs(snapshot)
    phrase = grams[0] + "".join(gram[1:] for gram in grams[1:])
    if len(phrase) == 1:
        return _starting_with(snapshot, phrase)
    candidates = reduce(np.logical_and, (_term(snapshot, CHARS, g) for g in dict.fromkeys(grams)))
    if len(phrase) == 2:
        return candidates  # the bigram's postings are exact
    # Holding a phrase's bigrams is not holding them in a row: confirm on the section's letters,
    # except where the phrase is one of the section's words (a word is a run of its text).
    proven = candidates & _word(snapshot, phrase)
    needle = phrase.encode()
    for segment in snapshot.arrays.segments:
        window = candidates[segment.offset : segment.offset + segment.doc_count]
        known = proven[segment.offset : segment.offset + segment.doc_count]
        local = np.flatnonzero(window & ~known)
        if len(local):
            window[local[~segment.holding(needle, local)]] = False
    return candidates


def _starting_with(snapshot: Snapshot, char: str) -> Docs:
    """Sections holding a character: it starts a bigram, or ends the text alone (analysis.py)."""
    docs = no_docs(snapshot)
    for segment in snapshot.arrays.segments:
        docs[segment.prefix_ids(CHARS, char.encode()) + segment.offset] = True
    return docs & sections(snapshot)


def _term(snapshot: Snapshot, field: str, text: str) -> Docs:
    """Live sections holding a term (deleted documents stay in the postings until merged)."""
    docs = no_docs(snapshot)
    term = text.encode()
    for segment in snapshot.arrays.segments:
        postings = segment.postings(field, term)
        if postings is not None:
            docs[postings.ids + segment.offset] = True
    return docs & sections(snapshot)


def _union(snapshot: Snapshot, masks: Iterable[Docs]) -> Docs:
    return reduce(np.logical_or, masks, no_docs(snapshot))
