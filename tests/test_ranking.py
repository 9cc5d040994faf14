"""Our BM25F over block-read postings gives Whoosh's own scores, for the documents asked about."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from indexer.matching import sections
from indexer.postings import doc_ids
from indexer.ranking import top_scored
from indexer.schema import BODY, HEADING

WORD_SETS = [("行政复议",), ("法治", "政府"), ("营商环境", "放管服", "纠错率")]


@pytest.mark.parametrize("words", WORD_SETS)
def test_scores_equal_whooshs_bm25f(snapshot, words):
    searcher = snapshot.searcher()
    query = wq.Or([wq.Term(field, w) for w in words for field in (BODY, HEADING)])
    docs = set(sections(snapshot))
    theirs = {hit.docnum: hit.score for hit in searcher.search(query, filter=docs, limit=None)}
    ours = dict(top_scored(snapshot, words, docs, limit=len(docs)))
    assert ours.keys() == theirs.keys() and ours
    for doc, score in theirs.items():
        assert ours[doc] == pytest.approx(score, abs=1e-3)


def test_only_the_documents_asked_about_are_ranked(snapshot):
    some = set(sorted(sections(snapshot))[:10])
    assert {doc for doc, _ in top_scored(snapshot, ["法治"], some, limit=100)} <= some


def test_block_reading_gives_every_posting(snapshot):
    reader = snapshot.searcher().reader()
    assert doc_ids(reader, BODY, "行政复议") == list(reader.postings(BODY, "行政复议").all_ids())
