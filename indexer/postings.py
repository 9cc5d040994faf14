"""Postings read a block at a time, for the set-based matching and the ranking.

Whoosh's generic `all_ids()` and `items_as()` step through one posting per Python call; its own
codec keeps each block's ids and weights as arrays, which we take whole. Falls back to the generic
calls for a matcher of another kind.
"""

from __future__ import annotations

from collections.abc import Iterator

from whoosh.reading import IndexReader


def doc_ids(reader: IndexReader, field: str, text: str) -> list[int]:
    """Document numbers holding the term (deleted documents included)."""
    return [doc for ids, _ in _blocks(reader, field, text, weights=False) for doc in ids]


def weighted_blocks(
    reader: IndexReader, field: str, text: str
) -> Iterator[tuple[list[int], list[float]]]:
    """(document numbers, term weights) of the term's postings, a block at a time."""
    return _blocks(reader, field, text, weights=True)


def _blocks(reader: IndexReader, field: str, text: str, weights: bool):
    for leaf, offset in reader.leaf_readers():
        if (field, text) not in leaf:
            continue
        matcher = leaf.postings(field, text)
        if not hasattr(matcher, "_read_ids"):  # not Whoosh 3 codec's leaf matcher
            items = list(matcher.items_as("weight")) if weights else []
            ids = (
                [offset + i for i, _ in items]
                if weights
                else [offset + i for i in matcher.all_ids()]
            )
            yield ids, [w for _, w in items]
            continue
        yield from _leaf_blocks(matcher, offset, weights)


def _leaf_blocks(matcher, offset: int, weights: bool):
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        if weights and matcher._weights is None:
            matcher._read_weights()
        start = matcher._i
        ids = [offset + i for i in matcher._ids[start:]]
        yield ids, (list(matcher._weights[start:]) if weights else ())
        matcher._next_block()
