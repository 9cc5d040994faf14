"""`python -m webapp serve` (real gunicorn, 2 workers) against hostile clients: idle and slow
sockets, and many parallel requests counted by one rate limit across its workers."""

from __future__ import annotations

import contextlib
import http.client
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent
LIVENESS_SECONDS = 20  # an answer slower than this is no answer (the stock server: never)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def get(port: str | int, path: str) -> int:
    connection = http.client.HTTPConnection(HOST, int(port), timeout=LIVENESS_SECONDS)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


@contextlib.contextmanager
def gunicorn(index_dir: Path, **environment: str):
    port = free_port()
    command = [sys.executable, "-m", "webapp", "serve", "--host", HOST, "--port", str(port)]
    env = os.environ | {"REPORTS_INDEX_DIR": str(index_dir)} | environment
    server = subprocess.Popen(
        [*command, "--workers", "2", "--threads", "2"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, f"the server exited with {server.returncode}"
            with contextlib.suppress(OSError):
                if get(port, "/widget.js") == 200:  # a static file: costs no rate-limit token
                    break
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_idle_and_slow_sockets_do_not_take_the_server_down(sample_index):
    with gunicorn(sample_index) as port:
        held = []
        for n in range(16):
            sock = socket.create_connection((HOST, port))
            if n % 2:  # half a request, never finished
                sock.sendall(b"GET /search?q=x HTTP/1.1\r\nHost: a\r\n")
            held.append(sock)
        try:
            time.sleep(0.5)  # every worker thread would now be waiting on one of them
            statuses = [get(port, "/api/search?q=" + quote("行政复议")) for _ in range(8)]
        finally:
            for sock in held:
                sock.close()
    assert statuses == [200] * 8


def test_one_rate_limit_counts_the_requests_of_every_worker(sample_index):
    limit = 10
    with gunicorn(sample_index, REPORTS_RATE_LIMIT_PER_MINUTE=str(limit)) as port:
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=30) as pool:
            statuses = list(pool.map(lambda _: get(port, "/api/search?q=x"), range(60)))
        refilled = (time.monotonic() - started) * limit / 60
    assert set(statuses) == {200, 429}
    assert statuses.count(200) <= limit + int(refilled) + 1  # per worker: 2 x limit
    with gunicorn(sample_index, REPORTS_RATE_LIMIT_PER_MINUTE="3") as port:
        assert [get(port, "/search?q=x") for _ in range(4)] == [200, 200, 200, 429]
