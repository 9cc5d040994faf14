"""Ordinary searches beside hostile clients, against `python -m webapp serve` with a rate limit.

Two phases of the same ordinary load (clients cycling through the query mix at a person's pace, a
distinct cache key per request): alone, then beside 8 pathological clients (as fast as they are
answered: the costliest queries the budget admits, and queries over it) and 8 idle clients (four
connect and send nothing, four send half a request head; each reconnects when the server drops
it). Each client has its own 127.0.0.x address, so the rate limit counts them apart, as it would
real users. The claim checked: ordinary p95 stays within 2x of its unloaded value.
"""

from __future__ import annotations

import http.client
import itertools
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from bench.http import HOST, _path, free_port, start_server, stop_server
from bench.stats import percentile

ORDINARY_CLIENTS = 4
ORDINARY_PAUSE_SECONDS = 0.5  # between one person's searches
PATHOLOGICAL_CLIENTS = 8
IDLE_CLIENTS = 8
RATE_LIMIT_PER_MINUTE = 120
HOLD_SECONDS = 8.0  # before measuring beside them
_SINGLE = "的法政府行为"
_WORDS = ("行政", "执法", "法治", "政府", "监督", "诉讼", "普法", "顾问", "公开", "备案", "审查")
PATHOLOGICAL = (  # what an attacker would send: at the work budget's edges, and beyond them
    {"q": "行政 " + " ".join("-" + c for c in _SINGLE[:6]), "size": "100"},
    {"q": " OR ".join(_WORDS[:6]), "size": "100", "group": "report"},
    {"q": " ".join(f'"{w}"' for w in _WORDS[:6]), "size": "100"},
    {"q": " ".join(_WORDS[:11]) + " 的", "size": "100", "sort": "year"},
    {
        "q": "的 "
        + " ".join("-" + c for c in "丁丂七丄丅丆万丈三上下丌不与丏丐丑丒专且丕世丗丘丙业")
    },
    {"q": " OR ".join("丁丂七丄丅丆万丈三上下丌不与丏丐丑丒专且丕世丗丘丙业")},
)


def bench_hostile(index_dir: Path, mix: list[str], seconds: float = 20.0) -> dict:
    port = free_port()
    server = start_server(
        index_dir, port, workers=2, threads=4,
        environment={"REPORTS_RATE_LIMIT_PER_MINUTE": str(RATE_LIMIT_PER_MINUTE)},
    )  # fmt: skip
    try:
        _ordinary(port, mix, seconds=3.0, first_address=200)  # warm both workers
        alone = _ordinary(port, mix, seconds, first_address=10)
        stop = threading.Event()
        counters = [[0, 0, 0] for _ in range(PATHOLOGICAL_CLIENTS)]
        attackers = [
            threading.Thread(target=_pathological, args=(port, n, stop, counters[n]))
            for n in range(PATHOLOGICAL_CLIENTS)
        ]
        idlers = [threading.Thread(target=_idle, args=(port, n, stop)) for n in range(IDLE_CLIENTS)]
        for thread in [*attackers, *idlers]:
            thread.start()
        time.sleep(HOLD_SECONDS)  # a sustained attack: their burst of tokens is spent
        loaded = _ordinary(port, mix, seconds, first_address=20)
        stop.set()
        for thread in [*attackers, *idlers]:
            thread.join()
    finally:
        stop_server(server)
    answered, refused, limited = (sum(c[i] for c in counters) for i in range(3))
    return {
        "index": str(index_dir),
        "rate_limit_per_minute": RATE_LIMIT_PER_MINUTE,
        "alone": alone,
        "loaded": loaded,
        "p95_ratio": loaded["p95_ms"] / alone["p95_ms"] if alone["p95_ms"] else 0.0,
        "pathological": {"answered_200": answered, "refused_400": refused, "limited_429": limited},
    }


def _ordinary(port: int, mix: list[str], seconds: float, first_address: int) -> dict:
    numbers = itertools.count()
    deadline = time.monotonic() + seconds
    latencies: list[float] = []
    errors = [0]

    def person(address: str) -> None:
        connection = _connection(port, address)
        while time.monotonic() < deadline:
            n = next(numbers)
            started = time.perf_counter()
            try:
                status = _get(connection, _path(mix[n % len(mix)], n // len(mix) + 1))
            except (OSError, http.client.HTTPException):
                status = 0
                connection = _connection(port, address)
            latencies.append((time.perf_counter() - started) * 1000)
            errors[0] += status != 200
            time.sleep(ORDINARY_PAUSE_SECONDS)

    threads = [
        threading.Thread(target=person, args=(f"127.0.0.{first_address + n}",))
        for n in range(ORDINARY_CLIENTS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "requests": len(latencies),
        "errors": errors[0],
        "p50_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
        "max_ms": max(latencies, default=0.0),
    }


def _pathological(port: int, n: int, stop: threading.Event, counts: list[int]) -> None:
    """As fast as answered; counts [200, 400, 429] answers."""
    address = f"127.0.0.{100 + n}"
    connection = _connection(port, address)
    for number in itertools.count(n):
        if stop.is_set():
            return
        path = "/api/search?" + urlencode(PATHOLOGICAL[number % len(PATHOLOGICAL)])
        try:
            status = _get(connection, path)
        except (OSError, http.client.HTTPException):
            connection = _connection(port, address)
            continue
        if status in (200, 400, 429):
            counts[(200, 400, 429).index(status)] += 1


def _idle(port: int, n: int, stop: threading.Event) -> None:
    """Hold a connection that never completes a request; reconnect when the server drops it."""
    while not stop.is_set():
        try:
            source = (f"127.0.0.{150 + n}", 0)
            with socket.create_connection((HOST, port), source_address=source) as sock:
                if n % 2:
                    sock.sendall(b"GET /search?q=x HTTP/1.1\r\nHost: a\r\n")
                sock.settimeout(0.5)
                while not stop.is_set():
                    try:
                        if not sock.recv(1024):
                            break  # dropped by the server
                    except TimeoutError:
                        continue
        except OSError:
            time.sleep(0.1)


def _connection(port: int, address: str) -> http.client.HTTPConnection:
    return http.client.HTTPConnection(HOST, port, timeout=60, source_address=(address, 0))


def _get(connection: http.client.HTTPConnection, path: str) -> int:
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    return response.status


HEADERS = (
    "index", "ordinary alone p50/p95 ms", "beside hostile p50/p95 ms", "p95 ratio",
    "ordinary errors", "pathological 200/400/429",
)  # fmt: skip


def row(result: dict) -> list[object]:
    alone, loaded, bad = result["alone"], result["loaded"], result["pathological"]
    return [
        Path(result["index"]).name,
        f"{alone['p50_ms']:.0f} / {alone['p95_ms']:.0f}",
        f"{loaded['p50_ms']:.0f} / {loaded['p95_ms']:.0f}",
        f"{result['p95_ratio']:.2f}",
        alone["errors"] + loaded["errors"],
        f"{bad['answered_200']} / {bad['refused_400']} / {bad['limited_429']}",
    ]
