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
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from whoosh import index as whoosh_index
from whoosh.searching import Searcher

from indexer.models import ReportCard, ReportJSON
from indexer.schema import DOC_ID, FETCHED_AT, REPORT_JSON
from indexer.writing import store
from indexer.writing.bundle import BundleError
from indexer.writing.derived import FACET_COLUMNS, GenerationArrays

T = TypeVar("T")


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
                # A key always maps to what its compute returned: T for this key.
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


TERM_CACHE_SIZE = 64  # a term's document mask is one byte per document: keep few


class Snapshot:
    """One published generation, opened for reading: Whoosh for stored fields, the generation's
    memory-mapped arrays (derived.py) for matching, ranking and facets."""

    def __init__(self, generation: Path, index: whoosh_index.Index, cache_size: int = 512) -> None:
        self._searchers: list[Searcher] = []  # every thread's, closed with the snapshot
        self.generation = generation
        self.arrays = GenerationArrays(generation)
        self._index = index
        self._local = threading.local()
        # Imported here: the views are computed by figures.py and structure.py, which read this
        # module's Snapshot.
        from indexer.writing.corpus_views import GenerationViews

        self.views = GenerationViews(generation, self.report_cards, self._stored_reports)
        self._pages = LruCache(cache_size)
        self._terms = LruCache(TERM_CACHE_SIZE)

    def searcher(self) -> Searcher:
        searcher = getattr(self._local, "searcher", None)
        if searcher is None:
            searcher = self._local.searcher = self._index.searcher()
            self._searchers.append(searcher)
        return searcher

    def __del__(self) -> None:
        # Whoosh reads its files through open handles: the last reference to a superseded
        # generation's snapshot gives them back (no request can be using it any more).
        for searcher in self._searchers:
            searcher.close()

    def distinct(self, name: str) -> frozenset[str]:
        """The values a facet field takes in this generation."""
        return self._distinct[name]

    @cached_property
    def _distinct(self) -> dict[str, frozenset[str]]:
        return {column: frozenset(self.arrays.values(column)) - {""} for column in FACET_COLUMNS}

    @cached_property
    def created(self) -> str | None:
        """When `reindex` published the generation (its manifest's time), None if unreadable."""
        try:
            return store.read_manifest(self.generation).created
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def forget_cached(self) -> None:
        """Empty the caches of pages and term masks (the generation's views stay)."""
        self._pages.clear()
        self._terms.clear()

    def cached(self, key: object, compute: Callable[[], T]) -> T:
        """A result page (or other small value), cached for this generation."""
        return self._pages.get(key, compute)

    def cached_docs(self, key: object, compute: Callable[[], T]) -> T:
        """A term's document mask, in a smaller cache."""
        return self._terms.get(key, compute)

    def report_json(self, report_id: str) -> ReportJSON | None:
        # By its unique id alone: with the kind term too, Whoosh walks every report's posting
        # (76 ms a lookup at 20,000 reports). Only a report stores its JSON.
        fields = self.searcher().document(**{DOC_ID: report_id})
        report: ReportJSON | None = (
            json.loads(fields[REPORT_JSON]) if fields and REPORT_JSON in fields else None
        )
        return report

    def fetched_at(self, report_id: str) -> str | None:
        """When `collect` fetched the report's page (its sidecar's `fetched_at`), if known."""
        fields = self.searcher().document(**{DOC_ID: report_id})
        fetched: str | None = fields.get(FETCHED_AT) if fields else None
        return fetched

    def report_cards(self) -> list[ReportCard]:
        """Every report as `report_json` gives it but without its sections' text, sorted by id
        (decoded from the generation's arrays on each call: the views keep what pages need)."""
        return self.arrays.report_cards()

    def report_ids(self) -> list[str]:
        return sorted(report.report_id for report in self.views.reports())

    def _stored_reports(self) -> Iterator[ReportJSON]:
        from indexer.writing.corpus_views import stored_reports  # see __init__

        return stored_reports(self.searcher())


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
                try:
                    self._snapshot = Snapshot(generation, index, self.cache_size)
                except (BundleError, KeyError) as error:  # arrays damaged since publishing
                    raise store.IndexUnavailable(
                        f"index {generation} is damaged ({error}): run reindex"
                    ) from error
            return self._snapshot
