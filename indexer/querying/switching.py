"""A replica's reader: it switches to a newly published generation only once that one is warm.

`IndexReader` opens a new generation on the first request that notices it, and that request (and
every request queued behind it) waits while the generation's columns are derived. A replica behind
a load balancer should rather keep answering from the generation it has: `SwitchingReader` opens
and warms the new one in a background thread and swaps it in when it is ready. A watcher thread
notices a publish even when no request comes, so every worker of a replica follows within a
moment of `reindex install`. A generation that cannot be opened is reported, and the old one
keeps serving.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from indexer.querying.search import SearchRequest, search
from indexer.querying.snapshot import IndexReader, Snapshot
from indexer.writing import store

log = logging.getLogger(__name__)
POLL_SECONDS = 0.5  # how often a worker looks for a newly published generation
WARM_QUERY = "法治"  # a term most reports contain: reads the postings a first search needs


def warm_generation(snapshot: Snapshot) -> None:
    """Do once what a first request would otherwise pay for: the browse with all its facets,
    and a keyword search."""
    search(snapshot, SearchRequest())
    search(snapshot, SearchRequest(query=WARM_QUERY))


@dataclass(frozen=True, slots=True)
class ReaderState:
    serving: str | None  # the generation answering now
    switching_to: str | None  # a newer one being opened and warmed
    refused: dict[str, str]  # generations that could not be opened, and why


class SwitchingReader:
    """The server's handle on an index folder; safe to share between threads."""

    def __init__(
        self,
        index_dir: Path,
        cache_size: int = 512,
        warm: Callable[[Snapshot], None] = warm_generation,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self.index_dir = index_dir
        self._cache_size = cache_size
        self._warm = warm
        self._poll_seconds = poll_seconds
        self._lock = threading.Lock()
        self._current: Snapshot | None = None
        self._switching: str | None = None
        self._refused: dict[str, str] = {}
        self._watcher_pid: int | None = None

    def snapshot(self) -> Snapshot:
        """The warm generation; the first call opens and warms one (IndexUnavailable if none)."""
        current = self._current
        if current is None:
            return self._open_first()
        self._notice(current)
        return current

    def state(self) -> ReaderState:
        current = self._current
        return ReaderState(
            current.generation.name if current else None, self._switching, dict(self._refused)
        )

    def _open_first(self) -> Snapshot:
        with self._lock:
            if self._current is None:
                self._current = self._open_warm()
            self._start_watcher()
            return self._current

    def _open_warm(self) -> Snapshot:
        snapshot = IndexReader(self.index_dir, self._cache_size).snapshot()
        self._warm(snapshot)
        return snapshot

    def _notice(self, current: Snapshot) -> None:
        live = store.live_generation(self.index_dir)
        if live is None or live == current.generation:
            return  # a missing pointer is no reason to stop serving the open generation
        with self._lock:
            if self._switching is not None or live.name in self._refused:
                return
            self._switching = live.name
        threading.Thread(target=self._switch, args=(live.name,), daemon=True).start()

    def _switch(self, name: str) -> None:
        try:
            self._current = self._open_warm()
        except Exception as error:  # whatever is wrong with it, the old generation keeps serving
            log.warning("cannot switch to %s, still serving the old generation: %s", name, error)
            self._refused[name] = str(error)
        finally:
            self._switching = None

    def _start_watcher(self) -> None:
        if self._watcher_pid == os.getpid():
            return
        self._watcher_pid = os.getpid()  # a forked worker starts its own
        threading.Thread(target=_watch, args=(weakref.ref(self),), daemon=True).start()


def _watch(reader_ref: weakref.ref[SwitchingReader]) -> None:
    """Poll for a new generation for as long as the reader exists."""
    while (reader := reader_ref()) is not None:
        poll_seconds = reader._poll_seconds
        current = reader._current
        if current is not None:
            reader._notice(current)
        del reader
        time.sleep(poll_seconds)
