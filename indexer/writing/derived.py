"""What a server needs from a generation, as arrays written once by `reindex` and memory-mapped.

Whoosh stays the index of record (every posting, stored field and the report JSON are in it); beside
each of its segments, the worker that wrote the segment also writes `<segment id>.arrays`:

- the postings of the word fields (heading, body) and of the bigram field, as sorted term tables
  and CSR arrays of document numbers (and term weights for the word fields);
- per document: its kind, report, ordinal, year and facet values (as small integer codes), its
  word-field lengths as Whoosh stores them, and its letters (what phrase confirmation reads).

After the segments are committed, `reindex` joins them into `generation.arrays` (global facet
codes, the live-section mask, browse and tie-break orders, lengths). Opening a generation maps these
files: it costs milliseconds, and every worker process shares the same pages.
"""

from __future__ import annotations

import json
from array import array
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from whoosh.reading import SegmentReader
from whoosh.searching import Searcher

from indexer.analysis import word_chars
from indexer.models import ReportCard
from indexer.normalize import normalize
from indexer.schema import (
    BODY,
    CHARS,
    CITY,
    HEADING,
    KIND,
    KIND_SECTION,
    LEVEL,
    ORDINAL,
    PROVINCE,
    REGION,
    REPORT_ID,
    TYPE,
    YEAR,
    Document,
)
from indexer.writing.bundle import Bundle, open_bundle, strings, strings_array, write_bundle
from indexer.writing.postings import SortedPostings

# A Whoosh posting as the pool yields it: (field, term, document number, weight, value).
Posting = tuple[str, bytes, int, float, bytes]

SEGMENT_SUFFIX = ".arrays"
GENERATION_FILE = "generation.arrays"
POSTING_FIELDS = (BODY, HEADING, CHARS)
WEIGHTED_FIELDS = (BODY, HEADING)  # BM25F reads their term weights; bigrams only match
LENGTH_FIELDS = (BODY, HEADING)
CODED_COLUMNS = (REPORT_ID, PROVINCE, CITY, REGION, LEVEL, TYPE)  # text columns, coded
FACET_COLUMNS = (*CODED_COLUMNS, YEAR)  # coded in the generation's arrays


class _TermTable:
    """One field's postings in one segment, sorted by term then document (postings.py)."""

    def __init__(self) -> None:
        self.terms: list[bytes] = []
        self.starts = np.zeros(1, dtype=np.int64)
        self.ids = np.zeros(0, dtype=np.int32)
        self.weights = np.zeros(0, dtype=np.float32)

    def arrays(self, field: str) -> dict[str, np.ndarray]:
        width = max((len(t) for t in self.terms), default=1)
        found = {
            f"{field}.terms": np.array(self.terms, dtype=f"S{width}"),
            f"{field}.starts": self.starts.astype(np.int64),
            f"{field}.ids": self.ids.astype(np.int32),
        }
        if field in WEIGHTED_FIELDS:
            found[f"{field}.weights"] = self.weights.astype(np.float32)
        return found


class SegmentCollector:
    """Collects, while a worker writes one Whoosh segment, the arrays its servers will read."""

    def __init__(self) -> None:
        self._kinds = array("B")
        self._years = array("i")
        self._ordinals = array("i")
        self._codes: dict[str, dict[str, int]] = {c: {"": 0} for c in CODED_COLUMNS}
        self._coded: dict[str, array[int]] = {c: array("i") for c in CODED_COLUMNS}
        self._letters = bytearray()
        self._letter_ends = array("q")
        self._tables = {field: _TermTable() for field in POSTING_FIELDS}
        self.lengths: dict[str, np.ndarray] = {}

    def add(self, document: Document, letters: str | None = None) -> None:
        """Record a document, in the order it is added to the segment (`letters`: word_chars of
        its normalised CHARS text, when the writer has them already)."""
        section = document[KIND] == KIND_SECTION
        self._kinds.append(1 if section else 0)
        self._years.append(int(document.get(YEAR) or 0))
        self._ordinals.append(int(document[ORDINAL]) if section else -1)
        for column in CODED_COLUMNS:
            codes = self._codes[column]
            self._coded[column].append(
                codes.setdefault(str(document.get(column) or ""), len(codes))
            )
        if section:
            if letters is None:
                letters = word_chars(normalize(str(document[CHARS])))
            self._letters += letters.encode()
        self._letter_ends.append(len(self._letters))

    def take(self, field: str, postings: SortedPostings) -> None:
        """Keep a field's postings, sorted by term then document, as the segment has them."""
        if field in self._tables:
            table = self._tables[field]
            table.terms, table.starts = postings.terms, postings.starts
            table.ids, table.weights = postings.ids, postings.weights

    def write(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {
            "kind": np.frombuffer(self._kinds, dtype=np.uint8),
            "year": np.frombuffer(self._years, dtype=np.int32),
            "ordinal": np.frombuffer(self._ordinals, dtype=np.int32),
            "letters": np.frombuffer(bytes(self._letters), dtype=np.uint8),
            "letter_ends": np.frombuffer(self._letter_ends, dtype=np.int64),
        }
        for column in CODED_COLUMNS:
            arrays[f"{column}.codes"] = np.frombuffer(self._coded[column], dtype=np.int32)
            arrays[f"{column}.values"] = strings_array(list(self._codes[column]))
        for field in LENGTH_FIELDS:
            arrays[f"{field}.lengths"] = self.lengths[field].astype(np.int32)
        for field, table in self._tables.items():
            arrays.update(table.arrays(field))
        write_bundle(path, arrays)


@dataclass(frozen=True, slots=True)
class Postings:
    """A term's postings in one segment: local document numbers, and weights where kept."""

    ids: npt.NDArray[np.int32]
    weights: npt.NDArray[np.float32] | None


class SegmentArrays:
    """One segment's arrays, memory-mapped."""

    def __init__(self, path: Path, offset: int) -> None:
        self.offset = offset
        self._bundle = Bundle(path)
        self._arrays = self._bundle.arrays
        self.doc_count = len(self._arrays["kind"])

    def array(self, name: str) -> np.ndarray:
        return self._arrays[name]

    def postings(self, field: str, term: bytes) -> Postings | None:
        span = self._term_span(field, term, term)
        return None if span is None else self._postings(field, *span)

    def prefix_ids(self, field: str, prefix: bytes) -> npt.NDArray[np.int32]:
        """Local document numbers of every term starting with `prefix` (repeats included)."""
        span = self._term_span(field, prefix, prefix + b"\xff")
        return np.zeros(0, np.int32) if span is None else self._postings(field, *span).ids

    def holding(self, needle: bytes, local_docs: npt.NDArray[np.intp]) -> npt.NDArray[np.bool_]:
        """Which of `local_docs` have `needle` in their letters (a byte search in the map)."""
        ends = self._arrays["letter_ends"]
        base = self._bundle.offsets["letters"]
        stops = ends[local_docs] + base
        starts = np.where(local_docs > 0, ends[np.maximum(local_docs - 1, 0)], 0) + base
        find = self._bundle.mapped.find
        found = [
            find(needle, a, b) >= 0 for a, b in zip(starts.tolist(), stops.tolist(), strict=True)
        ]
        return np.array(found, dtype=bool)

    def _term_span(self, field: str, low: bytes, high: bytes) -> tuple[int, int] | None:
        """The range of terms t with low <= t <= high (high == low: the term itself)."""
        terms = self._arrays[f"{field}.terms"]
        if not len(terms) or len(low) > terms.dtype.itemsize:
            return None
        first = int(np.searchsorted(terms, low))
        if high == low:
            found = first < len(terms) and terms[first] == low
            return (first, first + 1) if found else None
        last = int(np.searchsorted(terms, high[: terms.dtype.itemsize], side="right"))
        return (first, last) if last > first else None

    def _postings(self, field: str, first: int, last: int) -> Postings:
        starts = self._arrays[f"{field}.starts"]
        span = slice(int(starts[first]), int(starts[last]))
        weights = self._arrays.get(f"{field}.weights")
        ids = self._arrays[f"{field}.ids"][span]
        return Postings(ids, None if weights is None else weights[span])


def segment_file(generation: Path, segment_id: str) -> Path:
    return generation / f"{segment_id}{SEGMENT_SUFFIX}"


class GenerationArrays:
    """A generation's global arrays (one entry per Whoosh document number) and its segments'."""

    def __init__(self, generation: Path) -> None:
        self._arrays = open_bundle(generation / GENERATION_FILE)
        names = strings(self._arrays["segments"])
        offsets = self._arrays["segment_offsets"]
        self.segments = tuple(
            SegmentArrays(segment_file(generation, name), int(offset))
            for name, offset in zip(names, offsets, strict=True)
        )
        self.doc_count = len(self._arrays["live_sections"])
        self.sections = self._arrays["live_sections"].astype(bool)
        self._values = {c: strings(self._arrays[f"{c}.values"]) for c in FACET_COLUMNS}
        self._norms: dict[str, np.ndarray] = {}

    def array(self, name: str) -> np.ndarray:
        return self._arrays[name]

    def codes(self, column: str) -> npt.NDArray[np.int32]:
        return self._arrays[f"{column}.codes"]

    def values(self, column: str) -> list[str]:
        """The column's values by code (code 0 is '', no value)."""
        return self._values[column]

    def report_cards(self) -> list[ReportCard]:
        """Every report's JSON without its sections' text, by report id (read on each call)."""
        cards: list[ReportCard] = json.loads(self._arrays["report_cards"].tobytes())
        return cards

    def average_length(self, field: str) -> float:
        return float(self._arrays[f"{field}.average"][0])

    def length_norms(self, field: str, k1: float, b: float) -> np.ndarray:
        """BM25's length normalisation per document, k1 * (1 - b + b * length / average),
        computed on first use for each field (k1 and b are the ranking's constants)."""
        norms = self._norms.get(field)
        if norms is None:
            lengths = self.array(f"{field}.lengths").astype(np.float64)
            norms = self._norms[field] = k1 * ((1 - b) + b * lengths / self.average_length(field))
        return norms


def write_generation_arrays(generation: Path, searcher: Searcher, cards_json: bytes) -> None:
    """Join the committed segments' arrays into `generation.arrays` (deletions applied), with
    every live report's card (corpus_views.StoredCorpus: a JSON list sorted by report id)."""
    leaves = list(searcher.reader().leaf_readers())
    names = [leaf.segment().segment_id() for leaf, _ in leaves]
    parts = [
        SegmentArrays(segment_file(generation, name), offset)
        for name, (_, offset) in zip(names, leaves, strict=True)
    ]
    arrays: dict[str, np.ndarray] = {
        "segments": strings_array(names),
        "segment_offsets": np.array([part.offset for part in parts], dtype=np.int64),
        "live_sections": _joined(
            [_live(leaf, part) for (leaf, _), part in zip(leaves, parts, strict=True)], np.uint8
        ),
        "year": _joined([part.array("year") for part in parts], np.int32),
        "ordinal": _joined([part.array("ordinal") for part in parts], np.int32),
    }
    for column in CODED_COLUMNS:
        values, codes = _recoded(parts, column)
        arrays[f"{column}.values"] = strings_array(values)
        arrays[f"{column}.codes"] = codes
    arrays.update(_year_codes(arrays["year"]))
    for field in LENGTH_FIELDS:
        arrays[f"{field}.lengths"] = _joined([p.array(f"{field}.lengths") for p in parts], np.int32)
        arrays[f"{field}.average"] = np.array([searcher.avg_field_length(field) or 1.0])
    reports, ordinals = arrays[f"{REPORT_ID}.codes"], arrays["ordinal"]
    newest_first = -arrays["year"].astype(np.int64)
    arrays["stable_rank"] = _rank(np.lexsort((ordinals, reports)))
    arrays["browse_rank"] = _rank(np.lexsort((ordinals, reports, newest_first)))
    # Each report's JSON without its sections' text (metadata, figures, warnings, section ids,
    # headings and types): what corpus-wide views (figures, lists) read without whole reports.
    arrays["report_cards"] = np.frombuffer(cards_json, dtype=np.uint8)
    write_bundle(generation / GENERATION_FILE, arrays)
    _remove_dropped(generation, set(names))


def _remove_dropped(generation: Path, live: set[str]) -> None:
    """Arrays of segments the commit left out (an update drops segments whole): Whoosh removes
    their own files, not ours."""
    for path in generation.glob(f"*{SEGMENT_SUFFIX}"):
        if path.name != GENERATION_FILE and path.name.removesuffix(SEGMENT_SUFFIX) not in live:
            path.unlink()


def _year_codes(years: npt.NDArray[np.int32]) -> dict[str, np.ndarray]:
    """Years coded like the text columns: code 0 for none, then the years in order."""
    distinct = np.unique(years[years > 0])
    codes = np.where(years > 0, np.searchsorted(distinct, years) + 1, 0)
    return {
        f"{YEAR}.values": strings_array(["", *map(str, distinct.tolist())]),
        f"{YEAR}.codes": codes.astype(np.int32),
    }


def _live(leaf: SegmentReader, part: SegmentArrays) -> npt.NDArray[np.uint8]:
    live = part.array("kind").copy()
    deleted = list(leaf.segment().deleted_docs()) if leaf.has_deletions() else []
    live[deleted] = 0
    return live


def _joined(arrays: list[np.ndarray], dtype: npt.DTypeLike) -> np.ndarray:
    return np.concatenate(arrays).astype(dtype) if arrays else np.zeros(0, dtype)


def _recoded(parts: list[SegmentArrays], column: str) -> tuple[list[str], npt.NDArray[np.int32]]:
    """One sorted value list for the whole generation ('' first) and every document's code in it."""
    local = [strings(part.array(f"{column}.values")) for part in parts]
    values = sorted(set().union(*local) - {""}) if local else []
    values.insert(0, "")
    code = {value: i for i, value in enumerate(values)}
    joined = [
        np.array([code[v] for v in names], dtype=np.int32)[part.array(f"{column}.codes")]
        for names, part in zip(local, parts, strict=True)
    ]
    return values, np.concatenate(joined) if joined else np.zeros(0, np.int32)


def _rank(order: npt.NDArray[np.intp]) -> npt.NDArray[np.int32]:
    """Each document's place in `order` (a permutation of document numbers)."""
    rank = np.empty(len(order), dtype=np.int32)
    rank[order] = np.arange(len(order), dtype=np.int32)
    return rank
