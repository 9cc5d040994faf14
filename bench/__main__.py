"""`python -m bench [synth|copies|reindex|queries|http|views|hostile|all]`: benchmarks.

Without a subcommand (`make bench`) it runs everything on the sample corpus and on the synthetic
scale corpus (generated into bench/results/ when missing), prints Markdown tables and keeps the raw
numbers as JSON in bench/results/ (git-ignored).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench.stats import RESULTS, ROOT, machine, save, table

SAMPLE = ROOT / "corpus"
SYNTHETIC = RESULTS / "synthetic-corpus"
WORK = RESULTS / "work"
SYNTH_REPORTS = 2000
SYNTH_SECTIONS = 20000


def main(argv: Sequence[str] | None = None) -> int:
    options = _parser().parse_args(argv)
    print(f"machine: {machine()}", flush=True)
    started = time.perf_counter()
    options.run(options)
    print(f"\n(bench finished in {time.perf_counter() - started:.0f} s)")
    return 0


def synth(options: argparse.Namespace) -> None:
    from bench.synthetic import generate

    planned = generate(SAMPLE, options.out, options.reports, options.sections, options.seed)
    sections = sum(p.sections for p in planned)
    print(f"wrote {len(planned)} synthetic reports ({sections} sections) to {options.out}")


def copies(options: argparse.Namespace) -> None:
    from bench.copies import write_copies

    written = write_copies(SAMPLE, options.out, options.copies, options.drop, options.seed)
    print(f"wrote {written} copies of the sample reports to {options.out}")


def reindex(options: argparse.Namespace) -> None:
    from bench import reindex as bench_reindex
    from bench.profiling import profile_build

    corpora = _corpora(options.corpus)
    results = []
    for name, corpus in corpora:
        runs = options.runs if name == "sample" else options.synthetic_runs
        print(f"reindex: {name} ({corpus}), {runs} run(s) per procs setting ...", flush=True)
        results.append(bench_reindex.bench_corpus(name, corpus, WORK, runs, tuple(options.procs)))
    save("reindex", {"machine": machine(), "corpora": results})
    steps = [row for r in results for row in bench_reindex.step_rows(r)]
    print("\n" + table(bench_reindex.STEP_HEADERS, steps))
    summary = [row for r in results for row in bench_reindex.summary_rows(r)]
    print("\n" + table(bench_reindex.SUMMARY_HEADERS, summary))
    derived = [row for r in results for row in bench_reindex.derive_rows(r)]
    print("\n" + table(bench_reindex.DERIVE_HEADERS, derived))
    if options.profile_files >= 0:
        name, corpus = corpora[-1]
        report = profile_build(corpus, name, options.profile_files)
        print(f"\nprofile of one build ({name}): {report}")


def queries(options: argparse.Namespace) -> None:
    from bench import queries as bench_queries

    mix = bench_queries.load_mix()
    overall, per_query = [], {}
    for name, index_dir in _indexes(options.index):
        print(f"queries: {name} ({index_dir}), {options.rounds} rounds ...", flush=True)
        timed, cold = bench_queries.measure(index_dir, options.rounds, mix)
        overall.append(bench_queries.overall(name, timed, cold))
        per_query[name] = bench_queries.per_query_rows(timed)
    save("queries", {"machine": machine(), "overall": overall, "per_query": per_query})
    headers = bench_queries.OVERALL_HEADERS
    print("\n" + table(headers, [list(row.values()) for row in overall]))
    for name, rows in per_query.items():
        print(f"\n{name}:\n" + table(bench_queries.PER_QUERY_HEADERS, rows))
    if options.profile_queries:
        from bench.profiling import profile_queries

        name, index_dir = _indexes(options.index)[-1]
        print(f"\nprofile of the query mix ({name}): {profile_queries(index_dir, name, mix)}")


def http(options: argparse.Namespace) -> None:
    from bench import http as bench_http
    from bench.queries import load_mix

    all_rows, results = [], []
    for name, index_dir in _indexes(options.index, only_largest=options.index is None):
        print(f"http: {name} ({index_dir}), {options.clients} clients ...", flush=True)
        result = bench_http.bench_http(
            index_dir, load_mix(), options.clients, options.workers, options.threads,
            options.requests, options.seconds,
        )  # fmt: skip
        results.append(result)
        all_rows += bench_http.rows(name, result)
    save("http", {"machine": machine(), "results": results})
    print("\n" + table(bench_http.HEADERS, all_rows))


def hostile(options: argparse.Namespace) -> None:
    from bench import hostile as bench_hostile
    from bench.queries import load_mix

    results = []
    for name, index_dir in _indexes(options.index):
        print(f"hostile: {name} ({index_dir}), {options.seconds:.0f} s per phase ...", flush=True)
        results.append(bench_hostile.bench_hostile(index_dir, load_mix(), options.seconds))
    save("hostile", {"machine": machine(), "results": results})
    print("\n" + table(bench_hostile.HEADERS, [bench_hostile.row(r) for r in results]))


def views(options: argparse.Namespace) -> None:
    from bench import views as bench_views

    results = {}
    for name, index_dir in _indexes(options.index, only_largest=options.index is None):
        if options.add_views:
            print(f"views: wrote {index_dir}'s views in {bench_views.add_views(index_dir):.1f} s")
        print(f"views: {name} ({index_dir}), {options.rounds} fresh processes per view ...")
        results[name] = bench_views.measure(index_dir, options.rounds, tuple(options.views))
    save("views", {"machine": machine(), "results": results})
    for name, found in results.items():
        print(f"\n{name}:\n" + table(bench_views.HEADERS, bench_views.rows(found)))


def everything(options: argparse.Namespace) -> None:
    _ensure_synthetic()
    options.corpus = None
    reindex(options)
    options.index = None
    queries(options)
    http(options)


def _corpora(corpus: Path | None) -> list[tuple[str, Path]]:
    if corpus is not None:
        return [(corpus.resolve().name, corpus)]
    _ensure_synthetic()
    return [("sample", SAMPLE), ("synthetic", SYNTHETIC)]


def _indexes(index: Path | None, only_largest: bool = False) -> list[tuple[str, Path]]:
    """The index given, or the sample and synthetic indexes (built with procs=2 when missing)."""
    if index is not None:
        return [(index.resolve().name, index)]
    from bench.reindex import run_reindex

    found = []
    for name, corpus in [("sample", SAMPLE), ("synthetic", SYNTHETIC)][only_largest:]:
        index_dir = WORK / f"index-{name}"
        if not (index_dir / "CURRENT").exists():
            if name == "synthetic":
                _ensure_synthetic()
            print(f"building {index_dir} ...", flush=True)
            run_reindex(corpus, index_dir, procs=2)
        found.append((name, index_dir))
    return found


def _ensure_synthetic() -> None:
    if not (SYNTHETIC / "synthetic_manifest.csv").exists():
        from bench.synthetic import generate

        print(f"generating the synthetic corpus into {SYNTHETIC} ...", flush=True)
        generate(SAMPLE, SYNTHETIC, SYNTH_REPORTS, SYNTH_SECTIONS)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.set_defaults(run=everything, **_defaults())
    commands = parser.add_subparsers(dest="command")
    made = commands.add_parser("synth", help="write the synthetic scale corpus")
    made.add_argument("--reports", type=int, default=SYNTH_REPORTS)
    made.add_argument("--sections", type=int, default=0, help="go on until this many sections")
    made.add_argument("--out", type=Path, default=SYNTHETIC)
    made.add_argument("--seed", type=int, default=2024)
    made.set_defaults(run=synth)
    copied = commands.add_parser("copies", help="write copies of the sample reports")
    copied.add_argument("--copies", type=int, default=400, help="copies of each sample report")
    copied.add_argument("--drop", type=float, default=0.0, help="share of sentences dropped")
    copied.add_argument("--out", type=Path, default=RESULTS / "copies-corpus")
    copied.add_argument("--seed", type=int, default=2024)
    copied.set_defaults(run=copies)
    timed = commands.add_parser("reindex", help="reindex throughput against jieba-only")
    timed.add_argument("--corpus", type=Path, help="one corpus (default: sample and synthetic)")
    timed.add_argument("--runs", type=int, default=3, help="runs on the sample corpus")
    timed.add_argument("--synthetic-runs", type=int, default=1)
    timed.add_argument("--procs", type=int, nargs="+", default=[1, 2])
    timed.add_argument(
        "--profile-files", type=int, default=200, help="files profiled (0: all, -1: no profile)"
    )
    timed.set_defaults(run=reindex)
    asked = commands.add_parser("queries", help="query latency, uncached and cached")
    asked.add_argument("--index", type=Path, help="one index (default: sample and synthetic)")
    asked.add_argument("--rounds", type=int, default=3)
    asked.add_argument("--no-profile", dest="profile_queries", action="store_false")
    asked.set_defaults(run=queries)
    served = commands.add_parser("http", help="searches/s of the gunicorn server")
    served.add_argument("--index", type=Path, help="one index (default: synthetic)")
    served.add_argument("--clients", type=int, default=4)
    served.add_argument("--workers", type=int, default=2, help="server processes")
    served.add_argument("--threads", type=int, default=4, help="threads per server process")
    served.add_argument("--requests", type=int, default=5000, help="per phase")
    served.add_argument("--seconds", type=float, default=15.0, help="per phase")
    served.set_defaults(run=http)
    viewed = commands.add_parser("views", help="a worker's first corpus views (/structure …)")
    viewed.add_argument("--index", type=Path, help="one index (default: synthetic)")
    viewed.add_argument("--rounds", type=int, default=3)
    viewed.add_argument(
        "--views", nargs="+", default=["structure", "answer_card", "region", "compare"]
    )
    viewed.add_argument(
        "--add-views", action="store_true", help="first write the views into the live generation"
    )
    viewed.set_defaults(run=views)
    attacked = commands.add_parser("hostile", help="ordinary p95 beside hostile clients")
    attacked.add_argument("--index", type=Path, help="one index (default: sample and synthetic)")
    attacked.add_argument("--seconds", type=float, default=20.0, help="per phase")
    attacked.set_defaults(run=hostile)
    return parser


def _defaults() -> dict:
    """The options `make bench` (no subcommand) runs with."""
    return {
        "corpus": None,
        "runs": 3,
        "synthetic_runs": 1,
        "procs": [1, 2],
        "profile_files": 200,
        "index": None,
        "rounds": 3,
        "profile_queries": True,
        "clients": 4,
        "workers": 2,
        "threads": 4,
        "requests": 5000,
        "seconds": 15.0,
    }


if __name__ == "__main__":
    sys.exit(main())
