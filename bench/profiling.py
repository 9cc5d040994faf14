"""The indexing pipeline under cProfile, top functions into bench/results/profile-NAME.txt.

`reindex` does its work in forked worker processes, which a profiler in the parent cannot see, so
this runs what one worker runs, in-process: parse each file, turn the report into documents, add
them to the worker's segment writer, write the segment and its arrays.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import tempfile
import time
from pathlib import Path

from bench.stats import RESULTS

TOP = 25


def profile_build(corpus: Path, name: str, limit: int = 0) -> Path:
    """Profile indexing `corpus` (its first `limit` files when limit > 0) in this process."""
    paths = sorted(corpus.glob("*.txt"))
    paths = paths[:limit] if limit else paths
    RESULTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        sections = _index(paths, Path(work))
        profiler.disable()
        seconds = time.perf_counter() - started
    report = RESULTS / f"profile-{name}.txt"
    report.write_text(_render(profiler, sections, seconds), encoding="utf-8")
    return report


def _index(paths: list[Path], folder: Path) -> int:
    from whoosh import index as whoosh_index

    from indexer.parsing.pipeline import Parser
    from indexer.schema import build_schema
    from indexer.writing.segments import ArraysSegmentWriter, Indexed, Job, _index_one

    parser = Parser.from_data()
    writer = ArraysSegmentWriter(whoosh_index.create_in(str(folder), build_schema()))
    sections = 0
    for path in paths:
        outcome = _index_one(parser, writer, Job(path.name, str(path), ""))
        sections += outcome.sections if isinstance(outcome, Indexed) else 0
    writer.finish(folder)
    return sections


def _render(profiler: cProfile.Profile, sections: int, seconds: float) -> str:
    pipeline = "one worker's pipeline (parse, documents, segment writer)"
    parts = [f"{pipeline}, {sections} sections, {seconds:.1f} s under cProfile\n"]
    for order in ("cumulative", "tottime"):
        buffer = io.StringIO()
        pstats.Stats(profiler, stream=buffer).strip_dirs().sort_stats(order).print_stats(TOP)
        parts.append(f"=== top {TOP} by {order} ===\n{buffer.getvalue()}")
    return "\n".join(parts)


def profile_queries(index_dir: Path, name: str, mix: list[str]) -> Path:
    """One uncached pass of the query mix under cProfile: each request on a fresh Snapshot that
    has answered a browse request first (as `bench queries` times it)."""
    from bench.queries import BROWSE, request_for
    from indexer.querying.search import search
    from indexer.querying.snapshot import Snapshot
    from indexer.writing import store

    requests = [request_for(line) for line in mix]
    generation, index = store.open_live(index_dir)
    for request in requests:  # process-wide warm-up: jieba, regexes
        search(Snapshot(generation, index), request)
    profiler, seconds = cProfile.Profile(), 0.0
    for request in requests:
        snapshot = Snapshot(generation, index)
        search(snapshot, BROWSE)
        started = time.perf_counter()
        profiler.enable()
        search(snapshot, request)
        profiler.disable()
        seconds += time.perf_counter() - started
    report = RESULTS / f"profile-queries-{name}.txt"
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).strip_dirs().sort_stats("cumulative").print_stats(40)
    header = f"{len(requests)} uncached searches, {seconds:.1f} s under cProfile\n"
    report.write_text(header + buffer.getvalue(), encoding="utf-8")
    return report
