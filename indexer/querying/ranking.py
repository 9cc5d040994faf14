"""BM25F over the matched sections, vectorised over the generation's posting arrays.

The same scores as Whoosh's BM25F (its idf, its stored lengths and field boosts), summed in the
same order, so rankings equal Whoosh's; ties are broken by report and section order, which does not
depend on how the workers split the corpus.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

from indexer.querying.matching import Docs
from indexer.querying.snapshot import Snapshot
from indexer.schema import BODY, HEADING

B = 0.75  # Whoosh's BM25F defaults, which the relevance judgments were reached with
K1 = 1.2
SCORED_FIELDS = (BODY, HEADING)  # the heading's field boost is already in its postings' weights


def top_scored(
    snapshot: Snapshot, words: Iterable[str], docs: Docs, limit: int
) -> list[tuple[int, float]]:
    """The `limit` best of `docs` (a mask) by BM25F over `words`, best first; documents that
    hold none of the words are left out."""
    scores, touched = bm25f(snapshot, tuple(dict.fromkeys(words)), docs)
    candidates = np.flatnonzero(touched)
    best = best_first(snapshot, candidates, scores[candidates], limit)
    return [(int(doc), round(float(scores[doc]), 4)) for doc in best]


def best_first(
    snapshot: Snapshot,
    docs: npt.NDArray[np.intp],
    scores: npt.NDArray[np.float64] | npt.NDArray[np.int64],
    limit: int,
) -> npt.NDArray[np.intp]:
    """The `limit` of `docs` with the highest scores, in order; ties in report and section order."""
    if limit <= 0:
        return docs[:0]
    if limit < len(docs):
        threshold = np.partition(scores, len(scores) - limit)[len(scores) - limit]
        keep = scores >= threshold
        docs, scores = docs[keep], scores[keep]
    order = np.lexsort((snapshot.arrays.array("stable_rank")[docs], -scores))
    return docs[order[:limit]]


def bm25f(
    snapshot: Snapshot, words: tuple[str, ...], docs: Docs
) -> tuple[npt.NDArray[np.float64], Docs]:
    """Every document's score (zero outside `docs`) and which of `docs` hold any of the words."""
    arrays = snapshot.arrays
    scores = np.zeros(arrays.doc_count)
    touched = np.zeros(arrays.doc_count, dtype=bool)
    for field in SCORED_FIELDS:
        norms = length_norms(snapshot, field)
        for word in words:
            found = [
                (segment.offset, postings)
                for segment in arrays.segments
                if (postings := segment.postings(field, word.encode())) is not None
            ]
            frequency = sum(len(postings.ids) for _, postings in found)
            scale = idf(arrays.doc_count, frequency) * (K1 + 1)
            for offset, postings in found:
                assert postings.weights is not None  # word fields keep weights (derived.py)
                ids = postings.ids.astype(np.int64) + offset
                keep = docs[ids]
                ids = ids[keep]
                tf = postings.weights[keep].astype(np.float64)
                scores[ids] += scale * tf / (tf + norms[ids])
                touched[ids] = True
    return scores, touched


def idf(doc_count: int, frequency: int) -> float:
    """Whoosh's idf: every document counts, deleted ones and report documents included."""
    return math.log(doc_count / (frequency + 1)) + 1


def length_norms(snapshot: Snapshot, field: str) -> npt.NDArray[np.float64]:
    """BM25's length normalisation, K1 * (1 - B + B * length / average), per document."""
    return snapshot.arrays.length_norms(field, K1, B)
