"""A replica: /healthz, the generation header on every answer, generation ETags (304 without
searching), and switching to a new generation only once it is warm."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from indexer.querying.switching import SwitchingReader
from indexer.writing import store
from indexer.writing.artifact import export_live, install_artifact
from webapp import create_app
from webapp.replica import GENERATION_HEADER
from webapp.widget import build_assets

SEARCH = "/api/search?q=" + quote("行政复议")
WAIT_SECONDS = 60  # a bound for background work on a busy machine, not a timing assertion


@pytest.fixture(scope="module")
def second_artifact(tmp_path_factory, two_report_index) -> Path:
    """A different generation (two reports) as an artifact."""
    out = tmp_path_factory.mktemp("artifact") / "second.tar.gz"
    export_live(two_report_index, out)
    return out


@pytest.fixture
def replica_dir(sample_index, tmp_path) -> Path:
    artifact = tmp_path / "first.tar.gz"
    export_live(sample_index, artifact)
    install_artifact(artifact, tmp_path / "index")
    return tmp_path / "index"


def live_name(index_dir: Path) -> str:
    return store.live_generation(index_dir).name


def test_healthz_is_503_json_without_an_index(tmp_path):
    client = create_app({"INDEX_DIR": str(tmp_path / "none")}).test_client()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json["status"] == "unavailable"
    assert "reindex" in response.json["error"]
    assert response.headers["Cache-Control"] == "no-store"


def test_healthz_is_200_naming_the_open_generation(client, sample_index):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json["status"] == "ok"
    assert response.json["generation"] == live_name(sample_index)
    assert response.headers[GENERATION_HEADER] == live_name(sample_index)


@pytest.mark.parametrize(
    "path",
    [SEARCH, "/search?q=" + quote("法律援助"), "/api/reports/000_85a6f3b4405b5e46",
     "/api/reports/nope", "/api/search?page=0", "/no-such-page", "/"],
)  # fmt: skip
def test_every_answer_names_the_generation(client, sample_index, path):
    client.get("/healthz")  # the generation is open
    assert client.get(path).headers[GENERATION_HEADER] == live_name(sample_index)


@pytest.mark.parametrize("path", ["/widget.js", f"/widget.{build_assets().script.version}.js"])
def test_answers_caches_keep_name_no_generation(client, path):
    """nginx keeps the widget's script for minutes or a year: a generation named on it would be
    repeated long after a rollout, an old generation's name on an answer a client gets later."""
    client.get("/healthz")
    answer = client.get(path)
    assert answer.status_code == 200 and answer.cache_control.max_age
    assert GENERATION_HEADER not in answer.headers


def test_revalidation_on_the_same_generation_is_answered_304(client):
    first = client.get(SEARCH)
    assert first.status_code == 200 and first.headers["ETag"]
    again = client.get(SEARCH, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert again.data == b""
    assert again.headers["ETag"] == first.headers["ETag"]


def test_a_new_generation_does_not_revalidate_old_answers(replica_dir, second_artifact):
    app = create_app({"INDEX_DIR": str(replica_dir)})
    client = app.test_client()
    first = client.get(SEARCH)
    install_artifact(second_artifact, replica_dir)
    new = live_name(replica_dir)
    deadline = time.monotonic() + WAIT_SECONDS
    while client.get("/healthz").json["generation"] != new and time.monotonic() < deadline:
        time.sleep(0.05)
    again = client.get(SEARCH, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 200
    assert again.headers[GENERATION_HEADER] == new
    assert again.json["total"] < first.json["total"]


def test_switching_reader_serves_the_old_generation_until_the_new_one_is_warm(
    replica_dir, second_artifact
):
    warmed = threading.Event()
    release = threading.Event()
    warm_calls: list[str] = []

    def slow_warm(snapshot) -> None:
        warm_calls.append(snapshot.generation.name)
        if len(warm_calls) > 1:  # the second generation: hold it until the test says so
            warmed.set()
            release.wait(WAIT_SECONDS)

    reader = SwitchingReader(replica_dir, warm=slow_warm, poll_seconds=0.05)
    old = reader.snapshot().generation.name
    install_artifact(second_artifact, replica_dir)
    new = live_name(replica_dir)
    assert warmed.wait(WAIT_SECONDS)  # the watcher noticed and is warming the new generation
    assert reader.snapshot().generation.name == old  # while it warms, the old one answers
    assert reader.state().switching_to == new
    release.set()
    deadline = time.monotonic() + WAIT_SECONDS
    while reader.snapshot().generation.name != new and time.monotonic() < deadline:
        time.sleep(0.02)
    assert reader.snapshot().generation.name == new
    assert reader.state().switching_to is None


def test_a_generation_that_cannot_be_opened_leaves_the_old_one_serving(replica_dir, tmp_path):
    reader = SwitchingReader(replica_dir, poll_seconds=0.05)
    old = reader.snapshot().generation
    broken = replica_dir / "gen-broken"
    broken.mkdir()  # a generation without a manifest or segments
    (replica_dir / store.CURRENT).write_text(broken.name, encoding="utf-8")
    deadline = time.monotonic() + WAIT_SECONDS
    while broken.name not in reader.state().refused and time.monotonic() < deadline:
        time.sleep(0.02)
    assert "damaged" in reader.state().refused[broken.name]
    assert reader.snapshot().generation == old
