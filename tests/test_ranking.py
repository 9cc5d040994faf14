"""Our BM25F over the posting arrays gives Whoosh's own scores, for the documents asked about; the
arrays hold exactly Whoosh's postings."""

from __future__ import annotations

import numpy as np
import pytest
from whoosh import query as wq

from indexer.querying.matching import sections
from indexer.querying.ranking import top_scored
from indexer.schema import BODY, CHARS, HEADING

WORD_SETS = [("行政复议",), ("法治", "政府"), ("营商环境", "放管服", "纠错率")]


@pytest.mark.parametrize("words", WORD_SETS)
def test_scores_equal_whooshs_bm25f(snapshot, words):
    searcher = snapshot.searcher()
    query = wq.Or([wq.Term(field, w) for w in words for field in (BODY, HEADING)])
    docs = sections(snapshot)
    allowed = set(np.flatnonzero(docs).tolist())
    theirs = {hit.docnum: hit.score for hit in searcher.search(query, filter=allowed, limit=None)}
    ours = dict(top_scored(snapshot, words, docs, limit=len(allowed)))
    assert ours.keys() == theirs.keys() and ours
    for doc, score in theirs.items():
        assert ours[doc] == pytest.approx(score, abs=1e-3)


def test_only_the_documents_asked_about_are_ranked(snapshot):
    some = np.zeros_like(sections(snapshot))
    some[np.flatnonzero(sections(snapshot))[:10]] = True
    ranked = top_scored(snapshot, ["法治"], some, limit=100)
    assert ranked and all(some[doc] for doc, _ in ranked)


@pytest.mark.parametrize(
    ("field", "term"),
    [(BODY, "行政复议"), (BODY, "法治"), (HEADING, "行政"), (CHARS, "复议"), (CHARS, "法治")],
)
def test_posting_arrays_hold_whooshs_postings(snapshot, field, term):
    reader = snapshot.searcher().reader()
    theirs = list(reader.postings(field, term).items_as("weight"))
    ids, weights = [], []
    for segment in snapshot.arrays.segments:
        postings = segment.postings(field, term.encode())
        if postings is not None:
            ids += [int(d) + segment.offset for d in postings.ids]
            weights += [] if postings.weights is None else postings.weights.tolist()
    assert ids == [doc for doc, _ in theirs] and ids
    if field != CHARS:  # bigrams only match: their weights are not kept
        assert weights == [pytest.approx(weight) for _, weight in theirs]
