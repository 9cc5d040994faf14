"""Read access to the live index for a long-running server.

`IndexReader.snapshot()` returns the live generation, reopened when a reindex has published a new
one, so a finished `reindex` is served without a restart. Whoosh searchers are not safe to
share between threads (NOTES.md), so each thread gets its own; columns and cached pages are per
generation.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from whoosh import index as whoosh_index
from whoosh.reading import IndexReader as WhooshReader
from whoosh.searching import Searcher

from indexer import store
from indexer.schema import DOC_ID, FOLDED, KIND, KIND_REPORT, REPORT_JSON, YEAR

T = TypeVar("T")
MISSING_NUMBER = 2**31 - 1  # what Whoosh's numeric column holds for a document without a value


class LruCache:
    """A thread-safe least-recently-used cache: `get(key, compute)`."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._items: OrderedDict[object, object] = OrderedDict()

    def get(self, key: object, compute: Callable[[], T]) -> T:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


TERM_CACHE_SIZE = 64  # a term's section set can hold every section: keep few


class Snapshot:
    """One published generation, opened for reading."""

    def __init__(self, generation: Path, index: whoosh_index.Index, cache_size: int = 512) -> None:
        self.generation = generation
        self._index = index
        self._local = threading.local()
        self._columns: dict[str, list[str]] = {}
        self._derived: dict[object, object] = {}
        self._pages = LruCache(cache_size)
        self._terms = LruCache(TERM_CACHE_SIZE)

    def searcher(self) -> Searcher:
        searcher = getattr(self._local, "searcher", None)
        if searcher is None:
            searcher = self._local.searcher = self._index.searcher()
        return searcher

    def column(self, name: str) -> list[str]:
        """A field's value for every document number, as text ('' where absent)."""
        column = self._columns.get(name)
        if column is None:
            values = _column_values(self.searcher().reader(), name)
            if name == YEAR:
                values = ["" if v == MISSING_NUMBER else str(v) for v in values]
            elif name == FOLDED:
                values = [v.decode() if isinstance(v, bytes) else v for v in values]
            column = self._columns.setdefault(name, values)
        return column

    def distinct(self, name: str) -> frozenset[str]:
        """The values a field takes in this generation."""
        return self.derived(("distinct", name), lambda: frozenset(self.column(name)) - {""})

    def derived(self, key: object, compute: Callable[[], T]) -> T:
        """Data computed once from the whole generation (kept for its life, never evicted)."""
        if key not in self._derived:
            self._derived.setdefault(key, compute())
        return self._derived[key]  # type: ignore[return-value]

    def forget_cached(self) -> None:
        """Empty the caches of pages and term sets (what is derived from the generation stays)."""
        self._pages.clear()
        self._terms.clear()

    def cached(self, key: object, compute: Callable[[], T]) -> T:
        """A result page (or other small value), cached for this generation."""
        return self._pages.get(key, compute)

    def cached_docs(self, key: object, compute: Callable[[], T]) -> T:
        """A term's set of documents, in a smaller cache: such sets can be large."""
        return self._terms.get(key, compute)

    def report_json(self, report_id: str) -> dict | None:
        fields = self.searcher().document(**{DOC_ID: report_id, KIND: KIND_REPORT})
        return json.loads(fields[REPORT_JSON]) if fields else None

    def report_ids(self) -> list[str]:
        return [f[DOC_ID] for f in self.searcher().documents(**{KIND: KIND_REPORT})]


def _column_values(reader: WhooshReader, name: str) -> list:
    """The column over all segments; a segment where no document has the field has no column,
    and Whoosh's MultiReader would then skip it and shift every later document number."""
    values: list = []
    for segment, _ in reader.leaf_readers():
        if segment.has_column(name):
            values.extend(segment.column_reader(name))
        else:
            values.extend([""] * segment.doc_count_all())
    return values


class IndexReader:
    """The server's handle on an index folder; safe to share between threads."""

    def __init__(self, index_dir: Path, cache_size: int = 512) -> None:
        self.index_dir = index_dir
        self.cache_size = cache_size
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None

    def snapshot(self) -> Snapshot:
        """The live generation; raises store.IndexUnavailable with a "run reindex" message."""
        live = store.live_generation(self.index_dir)
        current = self._snapshot
        if current is not None and live == current.generation:
            return current
        with self._lock:
            if self._snapshot is None or self._snapshot.generation != live:
                generation, index = store.open_live(self.index_dir)
                self._snapshot = Snapshot(generation, index, self.cache_size)
            return self._snapshot
