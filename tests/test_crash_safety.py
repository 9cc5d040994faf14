"""Crash safety: a reindex killed at any point leaves the live index answering as before; a stale
lock is recovered with a message; a damaged index is refused with "run reindex", never served half.

Kill points are found by watching the new generation's files (no test hook in production code):
Whoosh's posting files (.pst) appear while parsing, column files (.col) when the writers commit,
.seg files when segments are assembled, a new TOC when the commit is done, and the manifest when
the generation is published.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from indexer.querying.search import SearchRequest, search
from indexer.querying.snapshot import IndexReader
from indexer.writing import store
from indexer.writing.build import build_index

REINDEX = str(Path(sys.executable).with_name("reindex"))
QUERIES = ["行政复议 纠错率", '"法律援助"', "营商环境 OR 放管服", "独角兽调解室"]
COPIES = 4  # copies of each sample report: a rebuild long enough to stop at each phase

Predicate = Callable[[Path, set[str]], bool]  # (index dir, new generation's file names)


def answers(index_dir: Path) -> tuple:
    """What the served index says: report ids, and hits and totals for a few queries."""
    snapshot = IndexReader(index_dir).snapshot()
    pages = [search(snapshot, SearchRequest(query=q, size=100)) for q in QUERIES]
    # Sorted: two writer processes may number documents differently, which reorders ties.
    hits = [(p.total, sorted((h.report_id, h.section_id) for h in p.hits)) for p in pages]
    return sorted(snapshot.report_ids()), hits


def toc_number(names: set[str]) -> int:
    numbers = [
        int(n.removeprefix("_MAIN_").removesuffix(".toc")) for n in names if n.endswith(".toc")
    ]
    return max(numbers, default=-1)


def live_toc(index_dir: Path) -> int:
    return toc_number({p.name for p in store.live_generation(index_dir).iterdir()})


# Phase -> (predicate on the new generation, may the kill land after publishing?)
POINTS: dict[str, tuple[Predicate, bool]] = {
    "locked": (lambda index_dir, names: "pid" in (index_dir / store.LOCK).read_text(), False),
    "parsing": (lambda _, names: any(n.endswith(".pst") for n in names), False),
    "writer-commit": (lambda _, names: any(n.endswith(".col") for n in names), False),
    "segments-assembled": (
        lambda d, names: any(n.endswith(".seg") for n in names) and "MAIN.tmp" in names,
        False,
    ),
    "before-publish": (lambda d, names: toc_number(names) > live_toc(d), True),
    "publishing": (lambda _, names: "manifest.json.tmp" in names, True),
}


def new_generation_files(index_dir: Path, live: Path) -> set[str]:
    for generation in index_dir.glob(f"{store.GENERATION_PREFIX}*"):
        if generation != live:
            try:
                return {p.name for p in generation.iterdir()}
            except FileNotFoundError:
                return set()
    return set()


def kill_when(process: subprocess.Popen, index_dir: Path, live: Path, point: Predicate) -> bool:
    """SIGKILL `process` as soon as `point` holds; False if it finished first."""
    while process.poll() is None:
        try:
            reached = point(index_dir, new_generation_files(index_dir, live))
        except OSError:
            reached = False
        if reached:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
            return True
        time.sleep(0.002)
    return False


@pytest.fixture(scope="module")
def small_index(tmp_path_factory, corpus_dir) -> Path:
    index_dir = tmp_path_factory.mktemp("small") / "index"
    build_index(corpus_dir, index_dir, procs=1)
    return index_dir


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory, corpus_dir) -> Path:
    corpus = tmp_path_factory.mktemp("big") / "corpus"
    corpus.mkdir()
    for path in corpus_dir.glob("*.txt"):
        shutil.copy(path, corpus / path.name)
        for n in range(COPIES):
            text = path.read_text(encoding="utf-8") + f"\n全区新设独角兽调解室{n}个。\n"
            (corpus / f"{path.stem}-{n}.txt").write_text(text, encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def complete_answers(tmp_path_factory, small_index, big_corpus) -> dict[str, tuple]:
    """What the index says after each kind of rebuild has run to the end."""
    results = {}
    for mode in ("full", "changed-only"):
        index_dir = tmp_path_factory.mktemp(mode) / "index"
        shutil.copytree(small_index, index_dir)
        subprocess.run(reindex_args(mode, big_corpus, index_dir), check=True, capture_output=True)
        results[mode] = answers(index_dir)
    return results


def reindex_args(mode: str, corpus: Path, index_dir: Path) -> list[str]:
    extra = ["--changed-only"] if mode == "changed-only" else []
    return [REINDEX, "--corpus", str(corpus), "--index", str(index_dir), "-q", *extra]


@pytest.mark.parametrize("mode", ["full", "changed-only"])
@pytest.mark.parametrize("point", list(POINTS))
def test_sigkill_leaves_the_live_index_answering_as_before(
    tmp_path, small_index, big_corpus, complete_answers, corpus_dir, mode, point
):
    index_dir = tmp_path / "index"
    shutil.copytree(small_index, index_dir)
    live = store.live_generation(index_dir)
    before = answers(index_dir)
    predicate, may_have_published = POINTS[point]

    process = subprocess.Popen(
        reindex_args(mode, big_corpus, index_dir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    killed = kill_when(process, index_dir, live, predicate)

    after = answers(index_dir)
    assert killed or may_have_published, f"reindex finished before reaching {point}"
    if may_have_published:
        assert after in (before, complete_answers[mode])
    else:
        assert process.returncode == -signal.SIGKILL
        assert store.live_generation(index_dir) == live
        assert after == before
    # The next run recovers the dead run's lock, says so, and clears its half-built generation.
    rerun = subprocess.run(
        reindex_args("full", corpus_dir, index_dir), capture_output=True, text=True, timeout=300
    )
    assert rerun.returncode == 0, rerun.stderr
    if killed:
        assert f"recovered the lock of a reindex that did not finish (pid {process.pid})" in (
            rerun.stderr
        )
    assert len(list(index_dir.glob(f"{store.GENERATION_PREFIX}*"))) <= 2
    assert answers(index_dir) == before


# -- damaged indexes -----------------------------------------------------------------------------


def live_files(index_dir: Path, suffix: str) -> list[Path]:
    return sorted(p for p in store.live_generation(index_dir).iterdir() if p.name.endswith(suffix))


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def edit_manifest(index_dir: Path, change: Callable[[dict], object]) -> None:
    path = store.live_generation(index_dir) / store.MANIFEST
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(change(data)), encoding="utf-8")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "segment-deleted": lambda d: live_files(d, ".seg")[0].unlink(),
    "segment-truncated": lambda d: truncate(live_files(d, ".seg")[0]),
    "segment-emptied": lambda d: live_files(d, ".seg")[0].write_bytes(b""),
    "toc-deleted": lambda d: live_files(d, ".toc")[0].unlink(),
    "toc-truncated": lambda d: truncate(live_files(d, ".toc")[0]),
    "current-deleted": lambda d: (d / store.CURRENT).unlink(),
    "current-garbage": lambda d: (d / store.CURRENT).write_bytes(b"\xff\xfe\x00garbage"),
    "current-empty": lambda d: (d / store.CURRENT).write_text(""),
    "current-escapes": lambda d: (d / store.CURRENT).write_text("gen-x/../../../etc"),
    "current-unknown": lambda d: (d / store.CURRENT).write_text("gen-does-not-exist"),
    "manifest-deleted": lambda d: (store.live_generation(d) / store.MANIFEST).unlink(),
    "manifest-not-json": lambda d: (store.live_generation(d) / store.MANIFEST).write_text("{"),
    "manifest-a-list": lambda d: edit_manifest(d, lambda m: [m]),
    "manifest-files-a-list": lambda d: edit_manifest(d, lambda m: m | {"files": []}),
    "manifest-old-schema": lambda d: edit_manifest(d, lambda m: m | {"schema_version": -1}),
    "manifest-sizes-wrong": lambda d: edit_manifest(
        d, lambda m: m | {"index_files": {k: v + 1 for k, v in m["index_files"].items()}}
    ),
}


@pytest.fixture
def damaged(request, tmp_path, small_index) -> Path:
    index_dir = tmp_path / "index"
    shutil.copytree(small_index, index_dir)
    DAMAGE[request.param](index_dir)
    return index_dir


@pytest.mark.parametrize("damaged", list(DAMAGE), indirect=True)
def test_a_damaged_index_is_refused_with_run_reindex(damaged):
    with pytest.raises(store.IndexUnavailable, match="reindex"):
        answers(damaged)


@pytest.mark.parametrize(
    "damaged", ["segment-truncated", "current-garbage", "manifest-a-list"], indirect=True
)
@pytest.mark.parametrize(
    "url",
    [
        "/api/search?q=行政复议",
        "/search?q=行政复议",
        "/api/reports/000_85a6f3b4405b5e46",
        "/search.csv?q=行政复议",
    ],
)
def test_the_web_app_answers_503_for_a_damaged_index(damaged, url):
    from webapp import create_app

    response = create_app({"INDEX_DIR": str(damaged)}).test_client().get(url)
    assert response.status_code == 503
    body = response.get_data(as_text=True)
    assert "reindex" in body and "Traceback" not in body
    if url.startswith("/api/"):
        assert set(response.get_json()) == {"error"}


def test_the_manifest_lists_every_index_file_with_its_size(small_index):
    generation = store.live_generation(small_index)
    manifest = store.read_manifest(generation)
    assert manifest.index_files == store.index_file_sizes(generation)
    assert any(name.endswith(".seg") for name in manifest.index_files)
    assert any(name.endswith(".toc") for name in manifest.index_files)
