"""BM25F over the matched sections only, from block-read postings.

Whoosh's collector walks every posting of every query word through its matcher objects to score a
filtered search; summing BM25F here over the word postings, for the documents of the tier being
ranked, gives the same scores (Whoosh's idf, lengths and field boosts) several times faster.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence, Set

from indexer.postings import weighted_blocks
from indexer.reader import Snapshot
from indexer.schema import BODY, HEADING

B = 0.75  # Whoosh's BM25F defaults, which the relevance judgments were reached with
K1 = 1.2
SCORED_FIELDS = (BODY, HEADING)  # the heading's field boost is already in its postings' weights


def top_scored(
    snapshot: Snapshot,
    words: Iterable[str],
    docs: Set[int],
    limit: int,
    order: Sequence[int] | None = None,
) -> list[tuple[int, float]]:
    """The `limit` best of `docs` by BM25F over `words`, best first, equal (rounded) scores by
    `order` (a stable rank per document: document numbers differ between builds), else by
    document number; documents that hold none of the words are left out."""
    scores = bm25f(snapshot, tuple(dict.fromkeys(words)), docs)
    rounded = ((doc, round(score, 4)) for doc, score in scores.items())
    rank = order.__getitem__ if order is not None else int
    return heapq.nsmallest(limit, rounded, key=lambda item: (-item[1], rank(item[0])))


def bm25f(snapshot: Snapshot, words: tuple[str, ...], docs: Set[int]) -> dict[int, float]:
    searcher = snapshot.searcher()
    reader = searcher.reader()
    scores: dict[int, float] = defaultdict(float)
    for field in SCORED_FIELDS:
        norms = length_norms(snapshot, field)
        for word in words:
            if (field, word) not in reader:
                continue
            scale = searcher.idf(field, word) * (K1 + 1)
            for ids, weights in weighted_blocks(reader, field, word):
                for doc, tf in zip(ids, weights, strict=True):
                    if doc in docs:
                        scores[doc] += scale * tf / (tf + norms[doc])
    return scores


def length_norms(snapshot: Snapshot, field: str) -> list[float]:
    """BM25's length normalisation, K1 * (1 - B + B * length / average), per document."""

    def compute() -> list[float]:
        average = snapshot.searcher().avg_field_length(field) or 1.0
        return [K1 * ((1 - B) + B * (n or 0) / average) for n in field_lengths(snapshot, field)]

    return snapshot.derived(("norms", field), compute)


def field_lengths(snapshot: Snapshot, field: str) -> list[int]:
    """Every document's length in `field`, as Whoosh stores it (once per generation)."""

    def compute() -> list[int]:
        reader = snapshot.searcher().reader()
        return [
            leaf.doc_field_length(doc, field, 0)
            for leaf, _ in reader.leaf_readers()
            for doc in range(leaf.doc_count_all())
        ]

    return snapshot.derived(("lengths", field), compute)
