"""Query latency of `indexer.querying.search.search` for the fixed mix in bench/queries.txt.

Uncached: every timed request runs with the snapshot's cache of pages and term sets emptied
(`Snapshot.forget_cached`), on a snapshot that has answered the mix once, so that what a running
server derives once per index generation (searcher, facet columns, field lengths, section letters,
browse order) is loaded, as it is after its first requests. Cached: each request asked once
before timing, then repeated.
Requests are parsed by the web app's own parameter parser, exactly as /api/search does.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl

from werkzeug.datastructures import MultiDict

from bench.stats import median, percentile
from indexer.analysis import query_words
from indexer.querying.search import SearchRequest, search
from indexer.querying.snapshot import Snapshot
from indexer.writing import store
from webapp.query_args import search_request

MIX = Path(__file__).resolve().parent / "queries.txt"
BROWSE = SearchRequest(size=1)  # no query: warms the searcher and the facet columns
# A worker's first answers after a new generation: a browse, a keyword query, a phrase.
FIRST_ANSWERS = (BROWSE, SearchRequest("行政复议 纠错率"), SearchRequest('"出庭应诉率"'))


@dataclass(frozen=True, slots=True)
class Timed:
    line: str
    total: int
    uncached_ms: tuple[float, ...]
    cached_ms: tuple[float, ...]


def load_mix(path: Path = MIX) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def request_for(line: str) -> SearchRequest:
    return search_request(MultiDict(parse_qsl(line, keep_blank_values=True)))


def measure(index_dir: Path, rounds: int, mix: list[str]) -> tuple[list[Timed], dict]:
    """Per-request latencies over `rounds` passes, uncached and cached; plus the cold start."""
    requests = [request_for(line) for line in mix]
    cold = cold_start(index_dir)
    generation, index = store.open_live(index_dir)
    _timed_pass(Snapshot(generation, index), requests)  # process-wide warm-up: jieba, regexes
    served = Snapshot(generation, index)
    _timed_pass(served, requests)  # derives what a running server keeps per generation
    slow = [[_uncached(served, r) for r in requests] for _ in range(rounds)]
    cached = Snapshot(generation, index)
    totals = [search(cached, r).total for r in requests]  # fills the cache
    fast = [_timed_pass(cached, requests) for _ in range(rounds)]
    cold["sections"] = search(cached, BROWSE).total
    cold.update(memory_mb())
    timed = [
        Timed(line, totals[i], tuple(p[i] for p in slow), tuple(p[i] for p in fast))
        for i, line in enumerate(mix)
    ]
    return timed, cold


def cold_start(index_dir: Path) -> dict[str, float]:
    """Opening the live generation and its first answers, in a process whose segmenter is
    loaded (as in a worker that has served an earlier generation)."""
    query_words("法治")
    times = {}
    started = time.perf_counter()
    generation, index = store.open_live(index_dir)
    snapshot = Snapshot(generation, index)
    times["open_ms"] = (time.perf_counter() - started) * 1000
    for name, request in zip(("browse", "keyword", "phrase"), FIRST_ANSWERS, strict=True):
        started = time.perf_counter()
        search(snapshot, request)
        times[f"first_{name}_ms"] = (time.perf_counter() - started) * 1000
    times["first_query_ms"] = sum(times.values())
    return times


def memory_mb() -> dict[str, float]:
    """This process's memory: resident, proportional (shared pages divided among their users),
    unique (pages no other process maps: here, alone, the mapped index files count too) and
    anonymous (the heap: what each further worker adds, as the mapped files are shared)."""
    fields = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines()[1:]:
        name, value, *_ = line.split()
        fields[name.rstrip(":")] = int(value) / 1024
    return {
        "rss_mb": fields["Rss"],
        "pss_mb": fields["Pss"],
        "uss_mb": fields["Private_Clean"] + fields["Private_Dirty"],
        "anon_mb": fields["Anonymous"],
    }


def _uncached(snapshot: Snapshot, request: SearchRequest) -> float:
    """The request on a served snapshot with no page and no term set cached."""
    snapshot.forget_cached()
    return _timed_pass(snapshot, [request])[0]


def _timed_pass(snapshot: Snapshot, requests: list[SearchRequest]) -> list[float]:
    times = []
    for request in requests:
        started = time.perf_counter()
        search(snapshot, request)
        times.append((time.perf_counter() - started) * 1000)
    return times


def overall(name: str, timed: list[Timed], cold: dict) -> dict:
    slow = [ms for t in timed for ms in t.uncached_ms]
    fast = [ms for t in timed for ms in t.cached_ms]
    return {
        "index": name,
        "sections": cold["sections"],
        "requests": len(slow),
        "uncached_p50_ms": percentile(slow, 50),
        "uncached_p95_ms": percentile(slow, 95),
        "uncached_p99_ms": percentile(slow, 99),
        "uncached_max_ms": max(slow),
        "cached_p50_ms": percentile(fast, 50),
        "cached_p95_ms": percentile(fast, 95),
        "first_query_ms": cold["first_query_ms"],
        "open_ms": cold["open_ms"],
        "first_browse_ms": cold["first_browse_ms"],
        "first_keyword_ms": cold["first_keyword_ms"],
        "first_phrase_ms": cold["first_phrase_ms"],
        "rss_mb": cold["rss_mb"],
        "pss_mb": cold["pss_mb"],
        "uss_mb": cold["uss_mb"],
        "anon_mb": cold["anon_mb"],
    }


OVERALL_HEADERS = (
    "index",
    "sections",
    "timed requests",
    "uncached p50 ms",
    "uncached p95 ms",
    "uncached p99 ms",
    "uncached max ms",
    "cached p50 ms",
    "cached p95 ms",
    "first answers ms (open + browse + keyword + phrase)",
    "open ms",
    "first browse ms",
    "first keyword ms",
    "first phrase ms",
    "RSS MB",
    "PSS MB",
    "USS MB",
    "anonymous MB",
)


def per_query_rows(timed: list[Timed]) -> list[list[object]]:
    return [
        [
            f"`{t.line}`",
            t.total,
            median(t.uncached_ms),
            max(t.uncached_ms),
            median(t.cached_ms),
        ]
        for t in timed
    ]


PER_QUERY_HEADERS = ("request", "hits", "uncached median ms", "uncached max ms", "cached ms")
