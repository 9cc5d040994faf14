"""Every corpus file is one unit of failure; limits come before work; a failed build cleans up.

Each case runs the real `reindex` command on a small corpus in tmp_path: the sample reports plus one
hostile file, which must be reported on its own `skipped` line while everything else is indexed.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.querying.search import SearchRequest, search
from indexer.querying.snapshot import IndexReader
from indexer.writing import store

REINDEX = str(Path(sys.executable).with_name("reindex"))
MODES = {"full": [], "changed-only": ["--changed-only"]}


def report(phrase: str) -> str:
    return (
        "某某县人民政府2023年法治政府建设年度报告\n"
        f"一、主要举措\n（一）开展行政复议工作，{phrase}。\n二、存在的不足\n执法队伍力量不足。\n"
    )


def reindex(corpus: Path, index_dir: Path, *extra: str, **popen) -> subprocess.CompletedProcess:
    return subprocess.run(
        [REINDEX, "--quiet", "--corpus", str(corpus), "--index", str(index_dir), *extra],
        capture_output=True,
        timeout=300,
        **popen,
    )


def skipped(result: subprocess.CompletedProcess) -> list[str]:
    lines = result.stderr.decode("utf-8").splitlines()
    return [line for line in lines if line.startswith("skipped ")]


def findable(index_dir: Path, phrase: str) -> set[str]:
    page = search(IndexReader(index_dir).snapshot(), SearchRequest(query=f'"{phrase}"'))
    return {hit.report_id for hit in page.hits}


@pytest.fixture
def corpus(tmp_path, corpus_dir) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(corpus_dir, target, ignore=shutil.ignore_patterns("README.md"))
    (target / "good.txt").write_text(report("独角兽好号"), encoding="utf-8")
    return target


@pytest.mark.parametrize("mode", MODES)
def test_a_file_name_that_is_not_utf8_is_skipped_and_named(corpus, tmp_path, mode):
    index_dir = tmp_path / "index"
    if mode == "changed-only":
        assert reindex(corpus, index_dir).returncode == 0
    (corpus / "late.txt").write_text(report("独角兽后号"), encoding="utf-8")
    name = "广东省报告".encode("gbk") + b".txt"
    with open(os.fsencode(corpus) + b"/" + name, "wb") as handle:
        handle.write(report("独角兽坏名").encode())

    result = reindex(corpus, index_dir, *MODES[mode])

    assert result.returncode == 0, result.stderr.decode()
    [line] = skipped(result)
    assert repr(name)[2:-1] in line  # the bytes of the name, escaped: \xb9\xe3...
    assert "file name is not valid UTF-8" in line
    assert findable(index_dir, "独角兽后号") == {"late"}
    assert findable(index_dir, "独角兽坏名") == set()


def test_a_folder_name_that_is_not_utf8_is_skipped_and_named(corpus, tmp_path):
    folder = os.fsencode(corpus) + b"/" + "广东".encode("gbk")
    os.mkdir(folder)
    with open(folder + b"/inside.txt", "wb") as handle:
        handle.write(report("独角兽坏目录").encode())

    result = reindex(corpus, tmp_path / "index")

    assert result.returncode == 0, result.stderr.decode()
    [line] = skipped(result)
    assert "\\xb9\\xe3\\xb6\\xab" in line and "not valid UTF-8" in line
    assert findable(tmp_path / "index", "独角兽好号") == {"good"}


@pytest.mark.parametrize("mode", MODES)
def test_a_huge_sparse_file_is_skipped_before_it_is_read(corpus, tmp_path, mode):
    index_dir = tmp_path / "index"
    if mode == "changed-only":
        assert reindex(corpus, index_dir).returncode == 0
    with open(corpus / "huge.txt", "wb") as handle:
        handle.truncate(40 * 2**30)  # 40 GB of holes: costs no disk, but a read would
    one_gigabyte = 2**30

    # Reading the file (to hash it) would need 40 GB: with 1 GB of address space it must not.
    result = reindex(
        corpus,
        index_dir,
        *MODES[mode],
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (one_gigabyte * 3,) * 2),
    )

    assert result.returncode == 0, result.stderr.decode()
    [line] = skipped(result)
    assert line.startswith(f"skipped {corpus / 'huge.txt'}: file too large (40960.0 MB")
    assert findable(index_dir, "独角兽好号") == {"good"}


def test_a_symlink_out_of_the_corpus_is_skipped(corpus, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text(report("独角兽秘密"), encoding="utf-8")
    (corpus / "secret.txt").symlink_to(outside)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "inner.txt").symlink_to(corpus / "good.txt")  # inside: fine
    (corpus / "sub" / "passwd.txt").symlink_to("../../secret.txt")  # relative, still outside

    result = reindex(corpus, tmp_path / "index")

    assert result.returncode == 0, result.stderr.decode()
    lines = sorted(skipped(result))
    assert [line.split(": ", 1)[0] for line in lines] == [
        f"skipped {corpus / 'secret.txt'}",
        f"skipped {corpus / 'sub' / 'passwd.txt'}",
    ]
    assert all("outside the corpus" in line for line in lines)
    assert findable(tmp_path / "index", "独角兽秘密") == set()
    assert findable(tmp_path / "index", "独角兽好号") == {"good", "inner"}


def test_a_hidden_report_file_is_reported_not_silently_ignored(corpus, tmp_path):
    (corpus / ".draft.txt").write_text(report("独角兽草稿"), encoding="utf-8")
    result = reindex(corpus, tmp_path / "index")
    assert result.returncode == 0, result.stderr.decode()
    assert skipped(result) == [f"skipped {corpus / '.draft.txt'}: hidden file " + HIDDEN_REASON]
    assert findable(tmp_path / "index", "独角兽草稿") == set()


HIDDEN_REASON = "(its name starts with a dot; rename it to index it)"


def test_a_file_whose_report_id_no_link_could_reach_is_skipped(corpus, tmp_path):
    name = "x" * 201 + ".txt"
    (corpus / name).write_text(report("独角兽长名"), encoding="utf-8")
    result = reindex(corpus, tmp_path / "index")
    assert result.returncode == 0, result.stderr.decode()
    assert skipped(result) == [f"skipped {corpus / name}: name too long for a report id (over 200)"]
    assert findable(tmp_path / "index", "独角兽长名") == set()


def generations(index_dir: Path) -> set[str]:
    return {path.name for path in index_dir.glob(f"{store.GENERATION_PREFIX}*")}


def limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes fail with EFBIG, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.parametrize("mode", MODES)
def test_a_failed_build_removes_its_half_written_generation(corpus, tmp_path, mode):
    index_dir = tmp_path / "index"
    assert reindex(corpus, index_dir).returncode == 0
    live = store.live_generation(index_dir)
    (corpus / "new.txt").write_text(report("独角兽新号") * 200, encoding="utf-8")

    failed = reindex(corpus, index_dir, *MODES[mode], preexec_fn=limit_file_size(64 * 1024))

    assert failed.returncode == 1, failed.stderr.decode()
    assert "could not write the index" in failed.stderr.decode()
    assert generations(index_dir) == {live.name}
    assert reindex(corpus, index_dir, *MODES[mode]).returncode == 0
    assert findable(index_dir, "独角兽新号") == {"new"}


@pytest.mark.parametrize("mode", MODES)
def test_reindex_removes_half_built_generations_but_not_the_live_one(corpus, tmp_path, mode):
    index_dir = tmp_path / "index"
    assert reindex(corpus, index_dir).returncode == 0
    live = store.live_generation(index_dir)
    half_built = index_dir / f"{store.GENERATION_PREFIX}20260101T000000-1-1"  # a killed run's
    half_built.mkdir()
    (half_built / "_MAIN_1.toc").write_bytes(b"\0" * 1000)

    result = reindex(corpus, index_dir, *MODES[mode])  # --changed-only: nothing to rebuild

    assert result.returncode == 0, result.stderr.decode()
    assert not half_built.exists()
    assert store.live_generation(index_dir) is not None
    if mode == "changed-only":
        assert store.live_generation(index_dir) == live
    manifest = json.loads((store.live_generation(index_dir) / store.MANIFEST).read_text())
    assert "good.txt" in manifest["files"]


def test_a_half_built_generation_is_kept_while_another_reindex_holds_the_lock(corpus, tmp_path):
    index_dir = tmp_path / "index"
    assert reindex(corpus, index_dir).returncode == 0
    with store.reindex_lock(index_dir):  # a concurrent reindex, building this generation
        building = store.new_generation(index_dir)
        result = reindex(corpus, index_dir)
        assert result.returncode == 2
        assert building.is_dir()


def ranked(index_dir: Path, query: str) -> list[tuple[str, str, float]]:
    page = search(IndexReader(index_dir).snapshot(), SearchRequest(query=query, size=100))
    return [(hit.report_id, hit.section_id, hit.score) for hit in page.hits]


def tied_corpus(corpus: Path) -> None:
    """Copies of one sample report under other names: their sections tie on every query."""
    sample = sorted(corpus.glob("*.txt"))[0]
    for n in range(4):
        (corpus / f"copy-{n}.txt").write_bytes(sample.read_bytes())


QUERIES = ("行政复议", "执法", '"法治政府"')


@pytest.mark.parametrize("query", QUERIES)
def test_equal_scores_come_in_the_same_order_whatever_the_build(corpus, tmp_path, query):
    from indexer.writing.build import build_index

    tied_corpus(corpus)
    build_index(corpus, tmp_path / "one", procs=1)
    build_index(corpus, tmp_path / "two", procs=2)
    one = ranked(tmp_path / "one", query)
    scores = [score for *_, score in one]
    assert len(set(scores)) < len(scores)  # there are ties to order
    assert ranked(tmp_path / "two", query) == one


def test_changed_only_scores_equal_a_full_build(corpus, tmp_path):
    from indexer.writing.build import build_index, update_index

    tied_corpus(corpus)
    (corpus / "gone.txt").write_text(report("行政复议" * 50), encoding="utf-8")
    update_index(corpus, tmp_path / "updated", procs=2)
    (corpus / "gone.txt").unlink()  # deleted: its documents must no longer count
    (corpus / "good.txt").write_text(report("执法检查，行政复议"), encoding="utf-8")  # changed
    update_index(corpus, tmp_path / "updated", procs=2)
    build_index(corpus, tmp_path / "full", procs=2)
    for query in QUERIES:
        assert ranked(tmp_path / "updated", query) == ranked(tmp_path / "full", query), query
