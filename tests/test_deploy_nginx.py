"""Three replicas (gunicorn, `python -m webapp serve`) behind nginx, on 127.0.0.1, under a bounded
load of searches: a replica killed and restarted, a new generation rolled out blue/green (no client
sees the old generation again once it has seen the new one), a damaged artifact refused, cached
answers revalidated, the API rate-limited — and no client request fails."""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

from indexer.querying.search import SearchRequest, search
from indexer.querying.snapshot import IndexReader
from indexer.writing.artifact import export_live, install_artifact
from indexer.writing.build import build_index
from webapp.nginx import ROUTE_DIR, NginxSettings, nginx_conf
from webapp.replica import GENERATION_HEADER
from webapp.widget import build_assets

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"

COUNTED = "行政复议"  # its total differs between the two generations
COUNTED_URL = "/api/search?q=" + quote(COUNTED)
LOAD_URLS = [
    COUNTED_URL,
    "/api/search?q=" + quote("法律援助") + "&province=" + quote("广东"),
    "/search?q=" + quote("营商环境"),
    "/api/reports/000_85a6f3b4405b5e46",
]
START_SECONDS = 180  # bound for a server to come up on a busy 2-core machine
LOAD_THREADS = 3


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url: str, headers: dict[str, str] | None = None, timeout: float = 60):
    """(status, headers, body) of a GET; HTTP errors are answers too."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def wait_healthy(base: str, generation: str | None = None) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        try:
            status, headers, _ = get(f"{base}/healthz", timeout=5)
            if status == 200 and generation in (None, headers[GENERATION_HEADER]):
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{base} did not become healthy")


@dataclass
class Replica:
    port: int
    index_dir: Path
    log: Path
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid_file(self) -> Path:
        return self.index_dir.with_name(self.index_dir.name + ".pid")  # see RELOAD_INSTALL

    def start(self) -> None:
        env = {**os.environ, "REPORTS_INDEX_DIR": str(self.index_dir)}
        command = [sys.executable, "-m", "webapp", "serve", "--host", "127.0.0.1"]
        with open(self.log, "ab") as log:
            options = ["--workers", "2", "--threads", "4", "--pid-file", str(self.pid_file)]
            self.process = subprocess.Popen(
                [*command, "--port", str(self.port), *options],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: master and workers die together
            )

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, sig)
            self.process.wait(timeout=30)


@dataclass
class Cluster:
    replicas: list[Replica]
    nginx_url: str
    nginx_conf: Path
    first_artifact: Path
    second_artifact: Path
    second_generation: str
    second_total: int


def start_nginx(
    state_dir: Path, replicas: list[Replica], **settings
) -> tuple[str, subprocess.Popen, Path]:
    state_dir.mkdir(parents=True)
    port = free_port()
    conf = state_dir / "nginx.conf"
    user = "root" if os.geteuid() == 0 else None  # workers must reach the tmp_path state dir
    conf.write_text(
        nginx_conf(
            NginxSettings(
                replicas=tuple(f"127.0.0.1:{r.port}" for r in replicas),
                state_dir=state_dir,
                listen=f"127.0.0.1:{port}",
                user=user,
                **settings,
            )
        )
    )
    process = subprocess.Popen(
        [NGINX, "-p", str(state_dir), "-c", str(conf), "-e", str(state_dir / "error.log"),
         "-g", "daemon off;"],
        start_new_session=True,
    )  # fmt: skip
    return f"http://127.0.0.1:{port}", process, conf


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def second_generation(corpus_dir: Path, work: Path) -> tuple[Path, str, int]:
    """Three of the five reports: an artifact, its generation, and the counted query's total."""
    corpus = work / "corpus"
    corpus.mkdir(parents=True)
    for path in sorted(corpus_dir.glob("*.txt"))[:3]:
        (corpus / path.name).write_bytes(path.read_bytes())
    build_index(corpus, work / "index", procs=1)
    snapshot = IndexReader(work / "index").snapshot()
    artifact = work / "second.tar.gz"
    export_live(work / "index", artifact)
    return artifact, snapshot.generation.name, search(snapshot, SearchRequest(COUNTED)).total


@pytest.fixture(scope="module")
def cluster(sample_index, corpus_dir, tmp_path_factory):
    if not Path(NGINX).exists():
        pytest.fail(f"{NGINX} is missing: run `make nginx` (the test command installs it)")
    work = tmp_path_factory.mktemp("cluster")
    first = work / "first.tar.gz"
    export_live(sample_index, first)
    second, second_name, second_total = second_generation(corpus_dir, work / "second")
    replicas = []
    for number in range(3):
        index_dir = work / f"replica{number}" / "index"
        install_artifact(first, index_dir)
        replicas.append(Replica(free_port(), index_dir, work / f"replica{number}.log"))
    nginx = None
    try:
        for replica in replicas:
            replica.start()
        for replica in replicas:
            wait_healthy(replica.url)
        # The load loops come from one address, and nginx answers cached ones in well under a
        # millisecond: a limit they can reach would be measured here instead of the rollout.
        nginx_url, nginx, conf = start_nginx(
            work / "nginx", replicas, api_rate="100000r/s", api_burst=100000
        )
        wait_healthy(nginx_url)
        yield Cluster(replicas, nginx_url, conf, first, second, second_name, second_total)
    finally:
        if nginx is not None:
            stop(nginx)
        for replica in replicas:
            replica.kill(signal.SIGTERM)


@dataclass(frozen=True)
class Answer:
    started: float
    status: int | None
    generation: str | None
    total: int | None  # of the counted query
    error: str | None = None


class Load:
    """A few clients searching through nginx, one request after another, until stopped."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.stopping = threading.Event()
        self.answers: list[list[Answer]] = [[] for _ in range(LOAD_THREADS)]
        self.threads = [
            threading.Thread(target=self._client, args=(n,), daemon=True)
            for n in range(LOAD_THREADS)
        ]

    def __enter__(self) -> Load:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=120)

    def _client(self, number: int) -> None:
        turn = number
        while not self.stopping.is_set():
            path = LOAD_URLS[turn % len(LOAD_URLS)]
            turn += 1
            started = time.monotonic()
            try:
                status, headers, body = get(self.base + path)
                total = json.loads(body)["total"] if path == COUNTED_URL else None
                answer = Answer(started, status, headers[GENERATION_HEADER], total)
            except Exception as error:  # a failed request is the finding, not a test crash
                answer = Answer(started, None, None, None, repr(error))
            self.answers[number].append(answer)

    def all(self) -> list[Answer]:
        return [answer for client in self.answers for answer in client]

    def failures(self) -> list[Answer]:
        return [a for a in self.all() if a.status != 200 or a.error or not a.generation]


def load_for(seconds: float) -> None:
    time.sleep(seconds)


def test_cached_answers_are_revalidated_and_keep_their_headers(cluster):
    url = cluster.nginx_url + "/api/search?q=" + quote("法治 营商环境")
    first = get(url)
    again = get(url, {"Accept-Encoding": "gzip"})
    assert first[0] == again[0] == 200
    assert first[1]["X-Cache-Status"] in ("MISS", "EXPIRED")
    assert again[1]["X-Cache-Status"] in ("REVALIDATED", "HIT")  # the body came from nginx
    assert again[1]["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(again[2])) == json.loads(first[2])
    for header in ("Content-Security-Policy", "X-Content-Type-Options", GENERATION_HEADER):
        assert again[1][header] == first[1][header]
    assert again[1]["Access-Control-Allow-Origin"] == "*"


def test_widget_script_is_served_with_its_long_lived_cache_headers(cluster):
    url = f"{cluster.nginx_url}/widget.{build_assets().script.version}.js"
    first, again = get(url), get(url)
    assert first[0] == again[0] == 200
    assert "max-age=31536000" in again[1]["Cache-Control"]
    assert "immutable" in again[1]["Cache-Control"]
    assert again[1]["X-Cache-Status"] == "HIT"  # nginx keeps it: the replicas are not asked
    assert again[2] == first[2] == get(cluster.nginx_url + "/widget.js")[2]


def test_api_is_rate_limited_per_client_with_a_json_answer(cluster, tmp_path):
    # One request a minute and a burst of one: the third API request in a row is over the limit.
    base, nginx, _ = start_nginx(
        tmp_path / "limited", cluster.replicas, api_rate="1r/m", api_burst=1
    )
    try:
        wait_healthy(base)
        api = [get(base + "/api/search?q=" + quote("法治")) for _ in range(4)]
        pages = [get(base + "/search?q=" + quote("法治")) for _ in range(8)]
    finally:
        stop(nginx)
    assert [answer[0] for answer in api] == [200, 200, 429, 429]
    assert json.loads(api[2][2])["error"]
    assert api[2][1]["Retry-After"]
    assert api[2][1]["X-Content-Type-Options"] == "nosniff"
    assert [answer[0] for answer in pages] == [200] * 8  # HTML pages are not the API


def test_killing_a_replica_mid_load_fails_no_client_request(cluster):
    victim = cluster.replicas[1]
    with Load(cluster.nginx_url) as load:
        load_for(1.5)
        victim.kill(signal.SIGKILL)
        load_for(2)
        victim.start()
        wait_healthy(victim.url)
        load_for(1.5)
    assert len(load.all()) >= 10
    assert load.failures() == []


def test_a_damaged_artifact_is_refused_and_the_replicas_keep_serving(cluster, tmp_path):
    broken = tmp_path / "broken.tar.gz"
    data = cluster.second_artifact.read_bytes()
    broken.write_bytes(data[: len(data) // 2])
    before = get(cluster.nginx_url + "/healthz")[1][GENERATION_HEADER]
    with Load(cluster.nginx_url) as load:
        refused = rollout(cluster, broken)
    assert refused.returncode == 1
    assert "damaged artifact" in refused.stderr and "nothing was changed" in refused.stderr
    assert load.failures() == []
    assert {answer.generation for answer in load.all()} == {before}
    assert not list((cluster.nginx_conf.parent / ROUTE_DIR).glob("*-only"))  # route: all
    for replica in cluster.replicas:
        assert get(replica.url + "/healthz")[1][GENERATION_HEADER] == before


# Install, then reload the replica (gunicorn restarts its workers on SIGHUP, on the new generation).
RELOAD_INSTALL = "{reindex} install {artifact} --index {index} && kill -HUP $(cat {index}.pid)"


def rollout(
    cluster: Cluster, artifact: Path, install: str = RELOAD_INSTALL
) -> subprocess.CompletedProcess:
    replicas = [f"--replica={r.url}={r.index_dir}" for r in cluster.replicas]
    command = [sys.executable, "-m", "webapp", "rollout", str(artifact), *replicas]
    options = ["--nginx-conf", str(cluster.nginx_conf), "--install-command", install]
    return subprocess.run([*command, *options], capture_output=True, text=True, timeout=900)


def test_a_failed_update_stops_the_rollout_on_one_half_and_route_all_restores(cluster):
    before = get(cluster.nginx_url + "/healthz")[1][GENERATION_HEADER]
    with Load(cluster.nginx_url) as load:
        stopped = rollout(
            cluster, cluster.second_artifact, install="echo 'no space left' >&2; false"
        )
        assert stopped.returncode == 1
        assert "update failed (no space left)" in stopped.stderr
        assert "nginx still sends every request to green" in stopped.stderr
        route(cluster, "all")
        load_for(1)
    assert load.failures() == []
    assert {answer.generation for answer in load.all()} == {before}


def went_back(answers: list[Answer], new: str) -> list[Answer]:
    """Answers from another generation after this client had an answer from `new`."""
    back: list[Answer] = []
    for index, answer in enumerate(answers):
        if answer.generation == new:
            back = [later for later in answers[index:] if later.generation != new]
            break
    return back


def test_rollout_under_load_is_monotonic_and_fails_nothing(cluster):
    counted = cluster.nginx_url + COUNTED_URL
    get(counted), get(counted)  # an old answer is in nginx's cache
    assert get(counted)[1]["X-Cache-Status"] in ("REVALIDATED", "HIT")
    old = get(counted)[1][GENERATION_HEADER]
    with Load(cluster.nginx_url) as load:
        load_for(1)
        done = rollout(cluster, cluster.second_artifact)
        finished = time.monotonic()
        load_for(1.5)
    assert done.returncode == 0, done.stderr
    assert load.failures() == []
    for client in load.answers:  # each client's answers in the order it received them
        assert client[0].generation == old  # the load began before the rollout ...
        assert client[-1].generation == cluster.second_generation  # ... and outlasted it
        assert went_back(client, cluster.second_generation) == []
        new_totals = {a.total for a in client if a.generation == cluster.second_generation}
        assert new_totals - {None} <= {cluster.second_total}  # new answers, not cached old ones
    after = [answer for answer in load.all() if answer.started > finished]
    assert after and {answer.generation for answer in after} == {cluster.second_generation}
    assert not list((cluster.nginx_conf.parent / ROUTE_DIR).glob("*-only"))  # route: all again
    status, headers, body = get(counted)
    assert status == 200
    assert headers[GENERATION_HEADER] == cluster.second_generation
    assert json.loads(body)["total"] == cluster.second_total  # not the cached old answer


def route(cluster: Cluster, to: str) -> None:
    command = [sys.executable, "-m", "webapp", "route", to, "--nginx-conf", str(cluster.nginx_conf)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def upstreams_of(cluster: Cluster, marker: str) -> set[str]:
    """The replicas nginx sent the requests whose URL holds `marker` to (its access log)."""
    log = (cluster.nginx_conf.parent / "access.log").read_text(encoding="utf-8")
    found = re.findall(
        r"upstream=(\S+) ", "\n".join(line for line in log.splitlines() if marker in line)
    )
    return set(found)


@pytest.mark.parametrize(
    ("to", "expected"), [("blue", slice(0, 1)), ("green", slice(1, 3)), ("all", slice(0, 3))]
)
def test_route_sends_every_request_to_the_chosen_half(cluster, to, expected):
    marker = f"route-{to}-{time.monotonic_ns()}"
    try:
        route(cluster, to)
        for number in range(12):  # distinct URLs: each one goes to a replica
            assert get(f"{cluster.nginx_url}/api/search?q={marker}-{number}")[0] == 200
    finally:
        route(cluster, "all")
    addresses = {f"127.0.0.1:{r.port}" for r in cluster.replicas[expected]}
    assert upstreams_of(cluster, marker) == addresses


def test_nginx_conf_command_writes_a_configuration_nginx_accepts(tmp_path):
    out = tmp_path / "nginx.conf"
    replicas = ["--replica", "10.0.0.5:8000", "--replica", "10.0.0.6:8000"]
    user = ["--user", "root"] if os.geteuid() == 0 else []
    command = [sys.executable, "-m", "webapp", "nginx-conf", *replicas, *user]
    options = ["--listen", "127.0.0.1:8080", "--state-dir", str(tmp_path), "--out", str(out)]
    written = subprocess.run([*command, *options], capture_output=True, text=True, timeout=60)
    assert written.returncode == 0, written.stderr
    text = out.read_text()
    assert "server 10.0.0.5:8000 max_fails=1" in text and "server 10.0.0.6:8000" in text
    checked = subprocess.run(
        [NGINX, "-t", "-p", str(tmp_path), "-c", str(out), "-e", str(tmp_path / "error.log")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert checked.returncode == 0, checked.stderr
