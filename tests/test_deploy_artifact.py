"""The index artifact: `reindex export` and `reindex install` round trip; damaged or incompatible
artifacts are refused and the live index keeps serving unchanged."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from indexer.querying.search import SearchRequest, search
from indexer.querying.snapshot import IndexReader
from indexer.writing import store
from indexer.writing.artifact import (
    HEADER,
    ArtifactRefused,
    export_live,
    install_artifact,
    verify_artifact,
)

REINDEX = str(Path(sys.executable).with_name("reindex"))
QUERY = SearchRequest(query="行政复议")


def tree_digest(directory: Path) -> dict[str, str]:
    return {
        path.relative_to(directory).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and not path.name.endswith("LOCK")
    }


def total(index_dir: Path, request: SearchRequest = QUERY) -> int:
    return search(IndexReader(index_dir).snapshot(), request).total


@pytest.fixture(scope="module")
def artifact(sample_index, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("artifact") / "index.tar.gz"
    export_live(sample_index, out)
    return out


@pytest.fixture
def replica_index(two_report_index, tmp_path) -> Path:
    """A writable replica index folder, serving the other generation."""
    index_dir = tmp_path / "replica"
    other = tmp_path / "other.tar.gz"
    export_live(two_report_index, other)
    install_artifact(other, index_dir)
    return index_dir


def test_round_trip_installs_the_same_generation(sample_index, artifact, tmp_path):
    replica = tmp_path / "replica"
    installed = install_artifact(artifact, replica)
    source = store.live_generation(sample_index)
    live = store.live_generation(replica)
    assert live is not None and source is not None
    assert installed.generation == live.name == source.name  # the header names it everywhere
    assert tree_digest(live) == tree_digest(source)
    assert total(replica) == total(sample_index) > 0


def test_every_file_of_the_generation_travels_with_it(sample_index, tmp_path):
    """Whatever a build writes into a generation (precomputed views in a subfolder, a new array
    beside Whoosh's files) is exported and installed, not only the files export knew of."""
    source = tmp_path / "source"
    shutil.copytree(sample_index, source)
    generation = store.live_generation(source)
    assert generation is not None
    (generation / "views" / "regions").mkdir(parents=True)
    (generation / "views" / "regions" / "广东.json").write_text('{"省": "广东"}', encoding="utf-8")
    (generation / "figures.rows").write_bytes(bytes(range(256)))
    out = tmp_path / "index.tar.gz"
    header = export_live(source, out)
    assert {"views/regions/广东.json", "figures.rows", store.MANIFEST} <= set(header.files)
    install_artifact(out, tmp_path / "replica")
    live = store.live_generation(tmp_path / "replica")
    assert live is not None
    installed, exported = tree_digest(live), tree_digest(generation)
    installed.pop(store.MANIFEST), exported.pop(store.MANIFEST)  # publish lists the new array
    assert installed == exported


def test_install_switches_a_serving_replica_and_keeps_the_old_generation(
    sample_index, artifact, replica_index
):
    old = store.live_generation(replica_index)
    serving_before = IndexReader(replica_index).snapshot()  # a server that is answering
    assert total(replica_index) < total(sample_index)
    install_artifact(artifact, replica_index)
    assert store.live_generation(replica_index).name == store.live_generation(sample_index).name
    assert total(replica_index) == total(sample_index)
    assert old is not None and old.is_dir()  # still there for requests in flight on it
    assert search(serving_before, QUERY).total > 0


def test_installing_the_live_generation_again_changes_nothing(artifact, tmp_path):
    replica = tmp_path / "replica"
    install_artifact(artifact, replica)
    before = tree_digest(replica)
    assert install_artifact(artifact, replica).already_live
    assert tree_digest(replica) == before


def flip_middle_byte(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]


def rewrite_header(data: bytes, **changes) -> bytes:
    """The same artifact with fields of ARTIFACT.json changed (a valid tar.gz)."""
    out = io.BytesIO()
    with (
        tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as source,
        tarfile.open(fileobj=out, mode="w:gz") as target,
    ):
        for member in source:
            body = source.extractfile(member).read()
            if member.name == HEADER:
                body = json.dumps({**json.loads(body), **changes}).encode()
                member.size = len(body)
            target.addfile(member, io.BytesIO(body))
    return out.getvalue()


def add_member(data: bytes, name: str, link: str | None = None) -> bytes:
    out = io.BytesIO()
    with (
        tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as source,
        tarfile.open(fileobj=out, mode="w:gz") as target,
    ):
        for member in source:
            target.addfile(member, source.extractfile(member))
        generation = json.loads(source.extractfile(HEADER).read())["generation"]
        extra = tarfile.TarInfo(name.format(generation=generation))
        if link is None:
            extra.size = 2
            target.addfile(extra, io.BytesIO(b"hi"))
        else:
            extra.type, extra.linkname = tarfile.SYMTYPE, link
            target.addfile(extra)
    return out.getvalue()


DAMAGES = {
    "flipped byte": (flip_middle_byte, "damaged"),
    "truncated": (lambda data: data[: len(data) * 2 // 3], "damaged"),
    "empty file": (lambda data: b"", "damaged"),
    "not an artifact": (lambda data: b"just some text\n" * 100, "damaged"),
    "wrong schema version": (lambda data: rewrite_header(data, schema_version=-1), "incompatible"),
    "other segmenter": (lambda data: rewrite_header(data, segmenter="other"), "incompatible"),
    "newer format": (lambda data: rewrite_header(data, format_version=99), "not an index artifact"),
    "escaping member": (lambda data: add_member(data, "../outside"), "unexpected member"),
    "member elsewhere": (lambda data: add_member(data, "x/extra"), "unexpected member"),
    "unlisted member": (lambda data: add_member(data, "{generation}/x"), "unexpected member"),
    "link member": (
        lambda data: add_member(data, "{generation}/seg", link="/etc/passwd"),
        "unexpected member",
    ),
}


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_damaged_or_incompatible_artifact_is_refused_and_live_index_untouched(
    damage, artifact, replica_index, tmp_path
):
    spoil, reason = damage
    broken = tmp_path / "broken.tar.gz"
    broken.write_bytes(spoil(artifact.read_bytes()))
    live = store.live_generation(replica_index)
    before = tree_digest(replica_index)
    with pytest.raises(ArtifactRefused, match=reason):
        install_artifact(broken, replica_index)
    assert store.live_generation(replica_index) == live
    assert tree_digest(replica_index) == before  # nothing unpacked is left behind
    assert total(replica_index) > 0
    assert not (tmp_path / "outside").exists()


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_verifying_a_damaged_artifact_refuses_it_without_writing(damage, artifact, tmp_path):
    spoil, reason = damage
    broken = tmp_path / "broken.tar.gz"
    broken.write_bytes(spoil(artifact.read_bytes()))
    with pytest.raises(ArtifactRefused, match=reason):
        verify_artifact(broken)
    assert sorted(tmp_path.iterdir()) == [broken]


def test_verifying_a_sound_artifact_names_its_generation(sample_index, artifact):
    assert verify_artifact(artifact).generation == store.live_generation(sample_index).name


def run_reindex(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([REINDEX, *map(str, args)], capture_output=True, text=True, timeout=120)


def test_cli_export_install_round_trip(sample_index, tmp_path):
    out = tmp_path / "dist" / "index.tar.gz"
    exported = run_reindex("export", "--index", sample_index, "--out", out)
    assert exported.returncode == 0, exported.stderr
    assert "exported gen-" in exported.stdout
    installed = run_reindex("install", out, "--index", tmp_path / "replica")
    assert installed.returncode == 0, installed.stderr
    assert total(tmp_path / "replica") == total(sample_index)


def test_cli_refuses_a_damaged_artifact_with_a_clear_message(artifact, replica_index, tmp_path):
    broken = tmp_path / "broken.tar.gz"
    broken.write_bytes(artifact.read_bytes()[:5000])
    live = store.live_generation(replica_index)
    refused = run_reindex("install", broken, "--index", replica_index)
    assert refused.returncode == 1
    assert "reindex install: refused: damaged artifact" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert store.live_generation(replica_index) == live


def test_cli_export_without_an_index_says_to_build_one(tmp_path):
    refused = run_reindex("export", "--index", tmp_path / "none", "--out", tmp_path / "x.tar.gz")
    assert refused.returncode == 1
    assert "run `reindex" in refused.stderr
    assert not (tmp_path / "x.tar.gz").exists()
