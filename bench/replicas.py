"""Searches/s and latency through nginx in front of 1, 2 and 3 replicas (issue 17).

`python -m bench.replicas --index DIR`: for each replica count, start that many
`python -m webapp serve` replicas and nginx (configured by `python -m webapp nginx-conf`'s
template) on 127.0.0.1, run the HTTP benchmark's two phases through nginx, stop everything.
"uncached" gives every request a distinct query string (nginx and the replicas miss); "cached"
repeats the mix (nginx revalidates each answer, a replica answers 304 without searching).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.http import free_port, run_phase, start_server, stop_server
from bench.queries import load_mix
from bench.stats import machine, save, table
from webapp.nginx import NginxSettings, nginx_conf

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
HEADERS = ("replicas", "phase", "requests", "errors", "seconds", "searches/s", "p50 ms", "p95 ms")


def start_nginx(state_dir: Path, ports: list[int], port: int) -> subprocess.Popen:
    settings = NginxSettings(
        replicas=tuple(f"127.0.0.1:{p}" for p in ports),
        state_dir=state_dir,
        listen=f"127.0.0.1:{port}",
        api_rate="100000r/s",  # one client address here: measure serving, not the limit
        api_burst=100000,
        user="root" if os.geteuid() == 0 else None,
    )
    conf = state_dir / "nginx.conf"
    conf.write_text(nginx_conf(settings), encoding="utf-8")
    command = [NGINX, "-p", str(state_dir), "-c", str(conf), "-e", str(state_dir / "error.log")]
    nginx = subprocess.Popen([*command, "-g", "daemon off;"])
    time.sleep(1)  # nginx binds at once; the replicas were ready before it started
    return nginx


def bench_replicas(index_dir: Path, count: int, options: argparse.Namespace) -> list[dict]:
    mix = load_mix()
    ports = [free_port() for _ in range(count)]
    servers = []
    with tempfile.TemporaryDirectory() as state:
        try:
            for port in ports:
                servers.append(start_server(index_dir, port, options.workers, options.threads))
            port = free_port()
            nginx = start_nginx(Path(state), ports, port)
            try:
                run_phase("warm-up", port, mix, count, len(mix) * count, options.seconds)
                phases = [
                    run_phase(name, port, mix, options.clients, options.requests, options.seconds)
                    for name in ("uncached", "cached")
                ]
            finally:
                nginx.terminate()
                nginx.wait()
        finally:
            for server in servers:
                stop_server(server)
    return [{"replicas": count, **phase.row()} for phase in phases]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.replicas", description=__doc__)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--max-replicas", type=int, default=3)
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--workers", type=int, default=1, help="gunicorn processes per replica")
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--requests", type=int, default=5000, help="per phase")
    parser.add_argument("--seconds", type=float, default=15.0, help="per phase")
    options = parser.parse_args(argv)
    print(f"machine: {machine()}", flush=True)
    rows = []
    for count in range(1, options.max_replicas + 1):
        print(f"replicas: {count} ...", flush=True)
        rows += bench_replicas(options.index, count, options)
    save(
        "replicas",
        {
            "machine": machine(),
            "rows": rows,
            "options": vars(options) | {"index": str(options.index)},
        },
    )
    columns = (
        "replicas",
        "phase",
        "requests",
        "errors",
        "seconds",
        "searches_per_s",
        "p50_ms",
        "p95_ms",
    )
    print("\n" + table(HEADERS, [[row[c] for c in columns] for row in rows]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
