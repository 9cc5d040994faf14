"""A segment's postings kept as flat arrays while documents are added, written as Whoosh blocks.

Whoosh's own writer turns every posting into a tuple in a sorting pool (~150 bytes each), sorts
the pool, then hands the postings one by one, each with a field-length lookup, to the postings
writer: several microseconds per posting in Python, and most of a reindex once segmentation is
fast. Here a text field's postings are counted per document in C (`Counter`), kept as three
integer arrays (term number, document, frequency: 12 bytes a posting), sorted by numpy when the
segment is written, and written term by term into Whoosh's own block format by Whoosh's own
postings writer: the files are those Whoosh would have written, read by Whoosh as before
(tests/test_postings.py compares both writers' segments posting by posting).

The same sorted arrays are what the segment's serving arrays are made of (derived.py).
"""

from __future__ import annotations

import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import count
from operator import sub
from pickle import dumps
from typing import Any

import numpy as np
from whoosh.codec.base import FieldWriter
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3PostingsWriter
from whoosh.fields import FieldType
from whoosh.formats import Frequency
from whoosh.util.numeric import byte_to_length, length_to_byte


@dataclass(frozen=True, slots=True)
class SortedPostings:
    """One field's postings in (term, document) order: term i owns ids[starts[i]:starts[i+1]]."""

    terms: list[bytes]  # sorted as UTF-8 bytes, as Whoosh sorts them
    starts: np.ndarray  # int64, len(terms) + 1
    ids: np.ndarray  # int32 document numbers in the segment
    weights: np.ndarray  # float32, as Whoosh stores them
    values: bytes | list[bytes]  # the format's value bytes: fixed-size and joined, or one a posting


class CountedPostings:
    """A Frequency-format text field's postings: per document, each distinct token and its count."""

    def __init__(self, boost: float) -> None:
        self._boost = boost  # the format's field boost: weight = frequency * boost
        self._numbers: defaultdict[str, int] = defaultdict(count().__next__)
        self._terms = array("i")
        self._docs = array("i")
        self._freqs = array("i")

    def add(self, docnum: int, tokens: list[str]) -> None:
        counts = Counter(tokens)
        self._terms.fromlist(list(map(self._numbers.__getitem__, counts)))  # bulk: 2x extend()
        self._freqs.fromlist(list(counts.values()))
        self._docs.extend(array("i", [docnum]) * len(counts))

    def sorted(self) -> SortedPostings:
        terms = list(self._numbers)
        order = sorted(range(len(terms)), key=terms.__getitem__)  # code points: UTF-8 order
        rank = np.empty(len(terms), dtype=np.int64)
        rank[order] = np.arange(len(terms))
        keys = rank[np.frombuffer(self._terms, dtype=np.int32)]
        by_term = np.argsort(keys, kind="stable")  # documents were added in order
        freqs = np.frombuffer(self._freqs, dtype=np.int32)[by_term]
        starts = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(np.bincount(keys, minlength=len(terms)), out=starts[1:])
        return SortedPostings(
            terms=[terms[i].encode("utf-8") for i in order],
            starts=starts,
            ids=np.frombuffer(self._docs, dtype=np.int32)[by_term],
            weights=(freqs * self._boost).astype(np.float32),
            values=freqs.astype(">u4").tobytes(),  # Frequency's value: pack_uint(freq)
        )


class ItemPostings:
    """Any other field's postings, as Whoosh's field.index() gives them (a few per document)."""

    def __init__(self) -> None:
        self._items: list[tuple[bytes, int, float, bytes]] = []

    def add(self, docnum: int, items: Iterable[tuple[bytes, int, float, bytes]]) -> None:
        self._items += [(term, docnum, weight, value or b"") for term, _, weight, value in items]

    def sorted(self) -> SortedPostings:
        items = sorted(self._items, key=lambda item: (item[0], item[1]))
        terms = [term for term, *_ in items]
        firsts = [i for i, term in enumerate(terms) if i == 0 or term != terms[i - 1]]
        return SortedPostings(
            terms=[terms[i] for i in firsts],
            starts=np.array([*firsts, len(items)], dtype=np.int64),
            ids=np.array([item[1] for item in items], dtype=np.int32),
            weights=np.array([item[2] for item in items], dtype=np.float32),
            values=[item[3] for item in items],
        )


def stored_lengths(lengths: np.ndarray) -> np.ndarray:
    """Field lengths as Whoosh reads them back, through their one-byte encoding (0: none)."""
    table = [
        byte_to_length(length_to_byte(n)) if n else 0
        for n in range(int(lengths.max(initial=0)) + 1)
    ]
    found: np.ndarray = np.array(table, dtype=np.int32)[lengths]
    return found


GROUP_POSTINGS = 1 << 16  # postings turned into Python values at a time (bounded memory)


def write_field(
    fieldwriter: FieldWriter,
    name: str,
    field: FieldType,
    postings: SortedPostings,
    lengths: np.ndarray | None,
) -> None:
    """Write one field's postings through Whoosh's field writer and postings writer, which
    encode them exactly as for postings added one by one; `lengths`: each document's stored
    length of this field (None when the field keeps none), for the blocks' length bounds."""
    fieldwriter.start_field(name, field)
    fixed = field.format.fixed_value_size() or 0
    for first, last in _term_groups(postings.starts, GROUP_POSTINGS):
        low, high = int(postings.starts[first]), int(postings.starts[last])
        ids = postings.ids[low:high]
        group = _Group(
            ids=ids.tolist(),
            weights=postings.weights[low:high].tolist(),
            lengths=None if lengths is None else lengths[ids].tolist(),
            values=postings.values[low * fixed : high * fixed]
            if isinstance(postings.values, bytes)
            else postings.values[low:high],
            fixed=fixed,
        )
        starts = (postings.starts[first : last + 1] - low).tolist()
        for i, term in enumerate(postings.terms[first:last]):
            fieldwriter.start_term(term)
            _write_term(fieldwriter._postwriter, group, starts[i], starts[i + 1])
            fieldwriter.finish_term()
    fieldwriter.finish_field()


@dataclass(frozen=True, slots=True)
class _Group:
    ids: list[int]
    weights: list[float]
    lengths: list[int] | None
    values: bytes | list[bytes]
    fixed: int  # bytes per value when values are joined


def _term_groups(starts: np.ndarray, size: int) -> Iterator[tuple[int, int]]:
    """Ranges of terms holding about `size` postings together (one term at least)."""
    first, terms = 0, len(starts) - 1
    while first < terms:
        bound = int(np.searchsorted(starts, starts[first] + size, side="right")) - 1
        last = min(max(first + 1, bound), terms)
        yield first, last
        first = last


def _write_term(writer: W3PostingsWriter, group: _Group, first: int, last: int) -> None:
    """Write one term's postings a block at a time, as add_posting() and finish_postings() would
    one posting at a time; finish_term() then records the term's extent."""
    limit = writer._blocklimit
    for block in range(first, last, limit):
        end = min(block + limit, last)
        weights = group.weights[block:end]
        writer._ids = group.ids[block:end]
        writer._weights = array("f", weights)
        writer._maxweight = max(0.0, *weights)
        if group.lengths is not None:
            lengths = group.lengths[block:end]
            present = [n for n in lengths if n]
            writer._minlength = min(present) if present else None
            writer._maxlength = max(lengths)
        if isinstance(group.values, bytes):
            fixed = group.fixed
            writer._values = [group.values[block * fixed : end * fixed]] if fixed else []
        else:
            writer._values = [value for value in group.values[block:end] if value]
        _write_block(writer, last=end == last)


def _write_block(writer: W3PostingsWriter, last: bool) -> None:
    """W3PostingsWriter._write_block, the same bytes but for zlib's window: Whoosh compresses each
    block with zlib's defaults, whose 256 KB of state cost 10x the compression itself on blocks
    of a few hundred bytes; a 4 KB window holds a whole block (and zlib.decompress reads both)."""
    if not writer._blockcount:
        writer._postfile.write(WHOOSH3_HEADER_MAGIC)
    writer._terminfo.add_block(writer)
    ids = writer._ids
    data = dumps((_deltas(ids), _mini_weights(writer._weights), writer._mini_values()), 2)
    level = writer._compression
    if level:
        compressor = zlib.compressobj(level, zlib.DEFLATED, BLOCK_WINDOW_BITS, BLOCK_MEMORY_LEVEL)
        data = compressor.compress(data) + compressor.flush()
    info = dumps(
        (
            len(ids),
            ids[-1],
            writer._maxweight,
            level,
            length_to_byte(writer._minlength),
            length_to_byte(writer._maxlength),
        ),
        2,
    )
    postfile = writer._postfile
    postfile.write_int(-(len(info) + len(data)) if last else len(info) + len(data))
    postfile.write(info)
    postfile.write(data)
    writer._blockcount += 1
    writer._new_block()


BLOCK_WINDOW_BITS = 12  # 4 KB: a block of 128 postings pickles to ~2 KB
BLOCK_MEMORY_LEVEL = 4


def _deltas(ids: list[int]) -> tuple[int, ...]:
    """delta_encode(ids): each id minus the previous one, the first as it is."""
    return tuple(map(sub, ids, [0, *ids[:-1]]))


def _mini_weights(weights: array[float]) -> float | tuple[float, ...] | None:
    """W3PostingsWriter._mini_weights: None when all are 1.0, one value when all are equal."""
    low, high = min(weights), max(weights)
    if low == high:
        return None if low == 1.0 else weights[0]
    return tuple(weights)


def counted_boost(field: Any) -> float | None:
    """The weight of one occurrence in a field whose postings CountedPostings can keep (a
    Frequency format), or None for any other field."""
    return field.format.field_boost if type(field.format) is Frequency else None
