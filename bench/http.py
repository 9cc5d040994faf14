"""HTTP throughput of `python -m webapp serve` (gunicorn) on 127.0.0.1 under a bounded load.

The server runs as a subprocess on a free port and is stopped at the end. Client threads with
keep-alive connections cycle through the query mix via /api/search. Two phases: "cached" repeats
the 30 requests (the server's result cache answers after the first pass) and "uncached" gives every
request a distinct number of trailing spaces in `q`, which the query parser ignores but which
makes each request a cache miss. Each phase stops at a request count or a time limit.
"""

from __future__ import annotations

import http.client
import itertools
import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from bench.stats import ROOT, percentile

HOST = "127.0.0.1"
READY_SECONDS = 90


@dataclass(frozen=True, slots=True)
class Phase:
    name: str
    requests: int
    errors: int
    seconds: float
    latencies_ms: tuple[float, ...]

    def row(self) -> dict:
        ms = self.latencies_ms
        return {
            "phase": self.name,
            "requests": self.requests,
            "errors": self.errors,
            "seconds": self.seconds,
            "searches_per_s": self.requests / self.seconds if self.seconds else 0.0,
            "p50_ms": percentile(ms, 50),
            "p95_ms": percentile(ms, 95),
            "p99_ms": percentile(ms, 99),
        }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start_server(
    index_dir: Path, port: int, workers: int, threads: int, environment: dict | None = None
) -> subprocess.Popen:
    command = [sys.executable, "-m", "webapp", "serve", "--host", HOST, "--port", str(port)]
    command += ["--workers", str(workers), "--threads", str(threads)]
    env = os.environ | {"REPORTS_INDEX_DIR": str(index_dir.resolve())} | (environment or {})
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with {server.returncode}")
        try:
            if _get(http.client.HTTPConnection(HOST, port, timeout=30), "/api/search?q=") == 200:
                return server
        except OSError:
            time.sleep(0.2)
    stop_server(server)
    raise RuntimeError(f"the server did not answer within {READY_SECONDS} s")


def stop_server(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def server_memory_mb(pid: int) -> dict[str, float]:
    """Current and peak resident memory (VmRSS, VmHWM) summed over the server's processes
    (gunicorn's master and its workers)."""
    totals = {"VmRSS": 0.0, "VmHWM": 0.0}
    for process in [pid, *_children(pid)]:
        for line in Path(f"/proc/{process}/status").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in totals:
                totals[name] += int(value.split()[0]) / 1024
    workers = [_rollup(child) for child in _children(pid)]
    return {
        "rss_mb": totals["VmRSS"],
        "peak_rss_mb": totals["VmHWM"],
        "worker_rss_mb": max((w["Rss"] for w in workers), default=0.0),
        "worker_pss_mb": max((w["Pss"] for w in workers), default=0.0),
        "worker_uss_mb": max(
            (w["Private_Clean"] + w["Private_Dirty"] for w in workers), default=0.0
        ),
        "worker_anon_mb": max((w["Anonymous"] for w in workers), default=0.0),
    }


def _rollup(pid: int) -> dict[str, float]:
    """A process's /proc/PID/smaps_rollup in MB: its pages shared with other workers (the mapped
    index files) are counted in Pss by share and left out of the private (USS) pages."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value, *_ = line.split()
        fields[name.rstrip(":")] = int(value) / 1024
    return fields


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            found += [int(child), *_children(int(child))]
    return found


def run_phase(
    name: str, port: int, mix: list[str], clients: int, max_requests: int, max_seconds: float
) -> Phase:
    numbers = itertools.count()  # shared; next() on it is atomic under the GIL
    unique = name == "uncached"
    deadline = time.monotonic() + max_seconds
    results: list[tuple[float, bool]] = []
    lock = threading.Lock()

    def client() -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=60)
        mine = []
        while time.monotonic() < deadline and (n := next(numbers)) < max_requests:
            path = _path(mix[n % len(mix)], n // len(mix) if unique else 0)
            started = time.perf_counter()
            try:
                ok = _get(connection, path) == 200
            except (OSError, http.client.HTTPException):
                ok = False
                connection = http.client.HTTPConnection(HOST, port, timeout=60)
            mine.append(((time.perf_counter() - started) * 1000, ok))
        with lock:
            results.extend(mine)

    started = time.perf_counter()
    workers = [threading.Thread(target=client) for _ in range(clients)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    seconds = time.perf_counter() - started
    errors = sum(1 for _, ok in results if not ok)
    return Phase(name, len(results), errors, seconds, tuple(ms for ms, _ in results))


def _path(line: str, pad: int) -> str:
    """/api/search for a mix line; `pad` trailing spaces in q make a distinct cache key."""
    params = parse_qsl(line, keep_blank_values=True)
    if pad:
        padding = " " * (1 + pad % 150)
        params = [(k, v + padding if k == "q" else v) for k, v in params]
    return "/api/search?" + urlencode(params)


def _get(connection: http.client.HTTPConnection, path: str) -> int:
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    return response.status


def bench_http(
    index_dir: Path,
    mix: list[str],
    clients: int = 4,
    workers: int = 2,
    threads: int = 4,
    max_requests: int = 5000,
    max_seconds: float = 15.0,
) -> dict:
    """Start the server, warm it with one pass of the mix, run both phases, stop it."""
    port = free_port()
    server = start_server(index_dir, port, workers, threads)
    try:
        run_phase("warm-up", port, mix, 1, len(mix), max_seconds)
        phases = [
            run_phase(name, port, mix, clients, max_requests, max_seconds)
            for name in ("uncached", "cached")
        ]
        memory = server_memory_mb(server.pid)
    finally:
        stop_server(server)
    return {
        "index": str(index_dir),
        "clients": clients,
        "server_workers": workers,
        "server_threads": threads,
        "phases": [p.row() for p in phases],
        **memory,
    }


HEADERS = (
    "index",
    "phase",
    "requests",
    "errors",
    "seconds",
    "searches/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "server RSS MB (peak)",
    "worker RSS / PSS / USS / anonymous MB (largest)",
)


def rows(name: str, result: dict) -> list[list[object]]:
    return [
        [
            name,
            p["phase"],
            p["requests"],
            p["errors"],
            p["seconds"],
            p["searches_per_s"],
            p["p50_ms"],
            p["p95_ms"],
            p["p99_ms"],
            result["peak_rss_mb"],
            " / ".join(
                f"{result[k]:.0f}"
                for k in ("worker_rss_mb", "worker_pss_mb", "worker_uss_mb", "worker_anon_mb")
            ),
        ]
        for p in result["phases"]
    ]
