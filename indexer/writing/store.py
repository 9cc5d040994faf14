"""The index directory: generations, the pointer to the live one, the reindex lock, the manifest.

    INDEX_DIR/CURRENT        name of the live generation (replaced atomically)
    INDEX_DIR/gen-*/         one complete Whoosh index each, with manifest.json
    INDEX_DIR/reindex.lock   locked (lockf) by the running reindex

A build writes a new generation and only then points CURRENT at it, so a crash at any moment
leaves the live index whole. The lock is a POSIX record lock: the kernel releases it when its holder
dies, and forked writer processes do not inherit it, so a killed run never leaves it held.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from indexer.analysis import SEGMENTER_NAME
from indexer.schema import SCHEMA_VERSION

CURRENT = "CURRENT"
LOCK = "reindex.lock"
MANIFEST = "manifest.json"
GENERATION_PREFIX = "gen-"


class IndexUnavailable(Exception):
    """The index cannot be served; the message says what to do."""


class ReindexRunning(Exception):
    pass


@dataclass(frozen=True, slots=True)
class SourceFile:
    report_id: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Manifest:
    schema_version: int
    segmenter: str
    created: str
    files: dict[str, SourceFile] = field(default_factory=dict)  # corpus-relative path -> file
    # The generation's index files and their sizes when published: a deleted or truncated
    # segment is refused at open time instead of failing half-way through a search.
    index_files: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        files = {path: SourceFile(**entry) for path, entry in data.get("files", {}).items()}
        sizes = {str(name): int(size) for name, size in data.get("index_files", {}).items()}
        return cls(data["schema_version"], data["segmenter"], data["created"], files, sizes)


def new_manifest(files: dict[str, SourceFile]) -> Manifest:
    return Manifest(SCHEMA_VERSION, SEGMENTER_NAME, time.strftime("%Y-%m-%dT%H:%M:%S%z"), files)


def index_file_sizes(generation: Path) -> dict[str, int]:
    """Whoosh's files in a generation (not the manifest, not lock files) and their sizes."""
    return {
        path.name: path.stat().st_size
        for path in sorted(generation.iterdir())
        if path.is_file() and path.name != MANIFEST and not path.name.endswith("LOCK")
    }


def damaged_files(generation: Path, manifest: Manifest) -> list[str]:
    """Index files the manifest lists that are missing or changed size since publishing."""
    damaged = []
    for name, size in manifest.index_files.items():
        try:
            actual = (generation / name).stat().st_size
        except OSError:
            actual = -1
        if actual != size:
            damaged.append(name)
    return damaged


def live_generation(index_dir: Path) -> Path | None:
    try:
        name = (index_dir / CURRENT).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):  # a damaged pointer is no index, not a crash
        return None
    generation = index_dir / name
    inside = name.startswith(GENERATION_PREFIX) and "/" not in name and "\x00" not in name
    return generation if inside and generation.is_dir() else None


def read_manifest(generation: Path) -> Manifest:
    return Manifest.from_json(json.loads((generation / MANIFEST).read_text(encoding="utf-8")))


def open_live(index_dir: Path) -> tuple[Path, whoosh_index.Index]:
    """The live generation and its opened index, or IndexUnavailable saying how to build it."""
    generation = live_generation(index_dir)
    if generation is None:
        raise IndexUnavailable(f"no index in {index_dir}: run `reindex --index {index_dir}`")
    try:
        manifest = read_manifest(generation)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise IndexUnavailable(f"index {generation} is damaged ({error}): run reindex") from error
    damaged = damaged_files(generation, manifest)
    if damaged:
        raise IndexUnavailable(
            f"index {generation} is damaged (missing or truncated: {', '.join(damaged)}): "
            "run reindex"
        )
    if manifest.schema_version != SCHEMA_VERSION or manifest.segmenter != SEGMENTER_NAME:
        raise IndexUnavailable(
            f"index {generation} was built by another version "
            f"(schema {manifest.schema_version}, {manifest.segmenter}): run reindex"
        )
    try:
        return generation, open_generation(generation)
    except Exception as error:  # Whoosh raises many types for a damaged directory
        raise IndexUnavailable(f"index {generation} is damaged ({error}): run reindex") from error


def open_generation(generation: Path) -> whoosh_index.Index:
    """A generation's Whoosh index, read-only and not memory-mapped: Whoosh copies every file of a
    mapped compound segment into a BytesIO (hundreds of MB per process at 240,000 sections); read
    on demand, the page cache is shared. Searches read the generation's own mapped arrays
    (derived.py), not Whoosh's."""
    return FileStorage(str(generation), supports_mmap=False, readonly=True).open_index()


@contextlib.contextmanager
def reindex_lock(index_dir: Path) -> Iterator[str | None]:
    """Hold the reindex lock; yields a message when a killed run had left its mark on it."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / LOCK, "a+", encoding="utf-8") as handle:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise ReindexRunning(
                f"another reindex is already running on {index_dir} ({holder}); "
                "wait for it to finish"
            ) from None
        handle.seek(0)
        left_by = handle.read().strip()
        stale = (
            f"recovered the lock of a reindex that did not finish ({left_by})" if left_by else None
        )
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield stale
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.lockf(handle, fcntl.LOCK_UN)


def new_generation(index_dir: Path) -> Path:
    stamp = time.strftime("%Y%m%dT%H%M%S")
    generation = index_dir / f"{GENERATION_PREFIX}{stamp}-{os.getpid()}-{time.monotonic_ns()}"
    generation.mkdir(parents=True)
    return generation


def publish(index_dir: Path, generation: Path, manifest: Manifest) -> None:
    """Make `generation` the live index in one atomic rename, then drop superseded ones."""
    manifest = replace(manifest, index_files=index_file_sizes(generation))
    _write_durably(generation / MANIFEST, json.dumps(manifest.to_json(), ensure_ascii=False))
    _fsync_tree(generation)
    previous = live_generation(index_dir)
    _write_durably(index_dir / CURRENT, generation.name)
    _remove_generations(index_dir, keep={generation.name, previous.name if previous else ""})


def remove_half_built(index_dir: Path) -> None:
    """Drop generations a failed or killed run left without a manifest (call with the lock held:
    a running reindex's own generation has no manifest either until it publishes)."""
    live = live_generation(index_dir)
    for path in index_dir.glob(f"{GENERATION_PREFIX}*"):
        if path != live and path.is_dir() and not (path / MANIFEST).exists():
            shutil.rmtree(path, ignore_errors=True)


def _remove_generations(index_dir: Path, keep: set[str]) -> None:
    """Drop superseded and half-built generations (the previous one may still serve requests)."""
    for path in index_dir.glob(f"{GENERATION_PREFIX}*"):
        if path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)


def _write_durably(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _fsync_dir(path.parent)


def _fsync_tree(directory: Path) -> None:
    for path in directory.iterdir():
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
    _fsync_dir(directory)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
