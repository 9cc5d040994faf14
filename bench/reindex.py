"""Reindex throughput: the `reindex` console script as a subprocess, against jieba-only time.

For one corpus: parse alone (no index) and jieba 0.42.1 `cut_for_search` alone on the parser's
section texts, each in a fresh process; then `reindex` from scratch N times with --procs 1 and 2,
with wall time, the time reindex reports, peak memory (the largest process, from wait4's rusage,
and the whole process tree, sampled) and the index size on disk; then the post-commit phase (the
generation's arrays and views) alone, N times, in a fresh process each.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.stats import median, tree_size

_SUMMARY = re.compile(r"indexed (\d+) reports \((\d+) parsed, (\d+) sections\).* in ([\d.]+) s")
_PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True, slots=True)
class ReindexRun:
    procs: int
    wall_seconds: float
    reported_seconds: float  # what reindex prints: scan, parse, index, commit, publish
    sections: int
    cpu_seconds: float  # user + system time of reindex and its workers (wait4 rusage)
    max_rss_mb: float  # the largest single process (wait4 rusage)
    tree_rss_mb: float  # the sum over reindex and its writer processes, sampled every 50 ms
    index_mb: float


def reindex_script() -> str:
    beside = Path(sys.executable).parent / "reindex"
    return str(beside) if beside.exists() else shutil.which("reindex") or "reindex"


def run_reindex(corpus: Path, index_dir: Path, procs: int) -> ReindexRun:
    """One from-scratch build into a fresh `index_dir`."""
    shutil.rmtree(index_dir, ignore_errors=True)
    command = [reindex_script(), "--corpus", str(corpus), "--index", str(index_dir)]
    command += ["--procs", str(procs), "--quiet"]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        peak = _TreeSampler(process.pid)
        peak.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        peak.stop()
        text = _read(out)
        problem = _read(err)
    match = _SUMMARY.search(text)
    if process.returncode != 0 or match is None:
        raise RuntimeError(f"reindex failed ({process.returncode}): {text[-300:]}{problem[-700:]}")
    return ReindexRun(
        procs=procs,
        wall_seconds=wall,
        reported_seconds=float(match.group(4)),
        sections=int(match.group(3)),
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        max_rss_mb=usage.ru_maxrss / 1024,
        tree_rss_mb=peak.peak / 2**20,
        index_mb=tree_size(index_dir) / 2**20,
    )


def _read(handle) -> str:
    handle.seek(0)
    return handle.read().decode("utf-8", "replace")


class _TreeSampler(threading.Thread):
    """Samples the resident memory of a process and all its descendants; keeps the peak."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root, self.peak, self._done = root, 0, threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.05):
            self.peak = max(self.peak, _tree_rss(self.root))

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree_rss(root: int) -> int:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * _PAGE
        except (OSError, IndexError, ValueError):
            continue
    return total


def solo(*args: str) -> dict:
    """Run `python -m bench.solo ARGS` in a fresh process; its JSON result."""
    command = [sys.executable, "-m", "bench.solo", *args]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_corpus(name: str, corpus: Path, work: Path, runs: int, procs: tuple[int, ...]) -> dict:
    """Everything measured on one corpus, as a JSON-ready dict."""
    work.mkdir(parents=True, exist_ok=True)
    texts = work / f"{name}-texts.jsonl"
    parse = solo("parse", str(corpus), str(texts))
    segment = solo("jieba", str(texts))
    fast = solo("rjieba", str(texts))
    corpus_bytes = sum(p.stat().st_size for p in corpus.glob("*.txt"))
    results = {"name": name, "corpus": str(corpus), "corpus_bytes": corpus_bytes}
    results |= {"parse": parse, "jieba": segment, "rjieba": fast, "runs": {}}
    for count in procs:
        builds = [run_reindex(corpus, work / f"index-{name}", count) for _ in range(runs)]
        results["runs"][str(count)] = [asdict(b) for b in builds]
    index_dir = str(work / f"index-{name}")  # the post-commit phase alone (bench.solo derive)
    results["derive"] = [solo("derive", index_dir) for _ in range(runs)]
    return results


def derive_rows(results: dict) -> list[list[object]]:
    """The post-commit phase (arrays and views from the stored reports), alone: medians."""
    runs = results.get("derive", [])
    if not runs:
        return []
    seconds = [run["seconds"] for run in runs]
    cpu = median([run["cpu_seconds"] for run in runs])
    peak = max(run["max_rss_mb"] for run in runs)
    return [[results["name"], len(runs), median(seconds), cpu, peak]]


DERIVE_HEADERS = ("corpus", "runs", "post-commit s (median)", "CPU s (median)", "peak RSS MB")


def summary_rows(results: dict) -> list[list[object]]:
    """One table row per procs setting: medians, throughput and the ratio to jieba-only."""
    jieba_seconds = results["jieba"]["seconds"]
    corpus_mb = results["corpus_bytes"] / 2**20
    rows = []
    for procs, builds in results["runs"].items():
        wall = median([b["wall_seconds"] for b in builds])
        reported = median([b["reported_seconds"] for b in builds])
        sections = builds[0]["sections"]
        rows.append(
            [
                results["name"],
                procs,
                len(builds),
                wall,
                reported,
                corpus_mb / reported,
                sections / reported,
                reported / jieba_seconds,
                wall / jieba_seconds,
                _cpu_ratio(builds, results["jieba"]),
                max(b["max_rss_mb"] for b in builds),
                max(b["tree_rss_mb"] for b in builds),
                builds[-1]["index_mb"],
            ]
        )
    return rows


def _cpu_ratio(builds: list[dict], jieba: dict) -> float | None:
    """Reindex CPU time per process over jieba's CPU time: what the wall-time ratio would be on an
    idle machine with perfect parallelism, and much steadier than it on a busy one."""
    if "cpu_seconds" not in builds[0] or "cpu_seconds" not in jieba:
        return None
    procs = builds[0]["procs"]
    return median([b["cpu_seconds"] for b in builds]) / procs / jieba["cpu_seconds"]


SUMMARY_HEADERS = (
    "corpus",
    "procs",
    "runs",
    "wall s (median)",
    "reindex s (median)",
    "MB/s",
    "sections/s",
    "× jieba (reindex s)",
    "× jieba (wall)",
    "× jieba (CPU s / procs)",
    "peak RSS MB (largest process)",
    "peak RSS MB (tree)",
    "index MB",
)


def step_rows(results: dict) -> list[list[object]]:
    parse, segment = results["parse"], results["jieba"]
    text_mb = segment["bytes"] / 2**20
    return [
        [
            results["name"],
            parse["files"],
            parse["sections"],
            results["corpus_bytes"] / 2**20,
            text_mb,
            parse["parse_seconds"],
            text_mb / parse["parse_seconds"],
            segment["seconds"],
            text_mb / segment["seconds"],
            results["rjieba"]["seconds"],
        ]
    ]


STEP_HEADERS = (
    "corpus",
    "files",
    "sections",
    "corpus MB",
    "section text MB",
    "parse only s",
    "parse MB/s",
    "jieba-only s",
    "jieba MB/s",
    "rjieba-only s",
)
