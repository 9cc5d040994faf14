"""The index artifact: one published generation shipped as one file to the replicas.

    ARTIFACT.json          first member: format, generation name, schema, segmenter, and every
                           file's size and SHA-256
    gen-…/…                the generation directory, whole (manifest.json and whatever else the
                           build wrote there)

`export_live` packs the live generation of an index folder; `install_artifact` checks an artifact
member by member while unpacking it beside the live generation, and only then switches to it with
the store's own atomic publish. A damaged, truncated or incompatible artifact is refused with
`ArtifactRefused` and leaves the live index as it was.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tarfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any

from indexer.analysis import SEGMENTER_NAME
from indexer.schema import SCHEMA_VERSION
from indexer.writing import store

HEADER = "ARTIFACT.json"
FORMAT = "fazhi-reports-index"
FORMAT_VERSION = 1
CHUNK = 1 << 20
# What reading a damaged or truncated tar.gz raises, besides our own checks.
UNREADABLE = (tarfile.TarError, zlib.error, EOFError, OSError, ValueError, KeyError, TypeError)
PARTIAL = ".partial"  # suffix of a generation being unpacked (a later publish removes leftovers)


class ArtifactRefused(Exception):
    """The artifact cannot be installed; the message says why. The live index is untouched."""


@dataclass(frozen=True, slots=True)
class ArtifactFile:
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class ArtifactHeader:
    generation: str
    schema_version: int
    segmenter: str
    files: dict[str, ArtifactFile]  # generation-relative POSIX path -> size and checksum

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "generation": self.generation,
            "schema_version": self.schema_version,
            "segmenter": self.segmenter,
            "files": {p: {"size": f.size, "sha256": f.sha256} for p, f in self.files.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArtifactHeader:
        if data.get("format") != FORMAT or data.get("format_version") != FORMAT_VERSION:
            raise ArtifactRefused(
                f"not an index artifact of this version (format {data.get('format')!r} "
                f"{data.get('format_version')!r}, expected {FORMAT!r} {FORMAT_VERSION})"
            )
        files = {
            str(path): ArtifactFile(int(entry["size"]), str(entry["sha256"]))
            for path, entry in data["files"].items()
        }
        generation, segmenter = str(data["generation"]), str(data["segmenter"])
        return cls(generation, int(data["schema_version"]), segmenter, files)


@dataclass(frozen=True, slots=True)
class Installed:
    generation: str
    files: int
    bytes: int
    already_live: bool


def export_live(index_dir: Path, out: Path) -> ArtifactHeader:
    """Pack the live generation of `index_dir` into `out` (written beside, then renamed)."""
    generation, _ = store.open_live(index_dir)  # refuses a missing, damaged or stale index
    header = ArtifactHeader(generation.name, SCHEMA_VERSION, SEGMENTER_NAME, _checksums(generation))
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(out.name + ".tmp")
    try:
        with tarfile.open(temporary, "w:gz") as tar:
            _add_bytes(tar, HEADER, json.dumps(header.to_json(), ensure_ascii=False).encode())
            for relative in header.files:
                name = f"{generation.name}/{relative}"
                tar.add(generation / relative, name, recursive=False, filter=_anonymous)
        os.replace(temporary, out)
    finally:
        temporary.unlink(missing_ok=True)
    return header


def install_artifact(artifact: Path, index_dir: Path) -> Installed:
    """Verify and unpack `artifact` beside the live generation, then make it live atomically."""
    with store.reindex_lock(index_dir):
        try:
            with tarfile.open(artifact, "r:*") as tar:
                header = _read_header(tar)
                live = store.live_generation(index_dir)
                if live is not None and live.name == header.generation:
                    return Installed(header.generation, len(header.files), 0, already_live=True)
                return _unpack_and_publish(tar, header, index_dir)
        except UNREADABLE as e:
            raise ArtifactRefused(f"damaged artifact {artifact}: {e}") from e


def verify_artifact(artifact: Path) -> ArtifactHeader:
    """Read the whole artifact and check every member against its header, writing nothing:
    the rollout refuses a damaged artifact before it changes anything."""
    try:
        with tarfile.open(artifact, "r:*") as tar:
            header = _read_header(tar)
            _unpack(tar, header, None)
    except UNREADABLE as e:
        raise ArtifactRefused(f"damaged artifact {artifact}: {e}") from e
    return header


def _unpack_and_publish(tar: tarfile.TarFile, header: ArtifactHeader, index_dir: Path) -> Installed:
    partial = index_dir / f"{header.generation}{PARTIAL}-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    try:
        total = _unpack(tar, header, partial)
        manifest = store.read_manifest(partial)
        _check_compatible(manifest.schema_version, manifest.segmenter)
        if store.damaged_files(partial, manifest):
            raise ArtifactRefused("the generation's files do not match its own manifest")
        target = index_dir / header.generation
        shutil.rmtree(target, ignore_errors=True)  # a leftover copy that is not live
        os.rename(partial, target)
        store.publish(index_dir, target, manifest)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return Installed(header.generation, len(header.files), total, already_live=False)


def _read_header(tar: tarfile.TarFile) -> ArtifactHeader:
    first = tar.next()
    if first is None or first.name != HEADER or not first.isfile():
        raise ArtifactRefused(f"not an index artifact: its first member is not {HEADER}")
    stream = tar.extractfile(first)
    assert stream is not None  # a regular file always has a stream
    header = ArtifactHeader.from_json(json.loads(stream.read().decode("utf-8")))
    _check_compatible(header.schema_version, header.segmenter)
    name = header.generation
    if not name.startswith(store.GENERATION_PREFIX) or "/" in name or name.endswith(PARTIAL):
        raise ArtifactRefused(f"artifact names an invalid generation {name!r}")
    return header


def _check_compatible(schema_version: int, segmenter: str) -> None:
    if schema_version != SCHEMA_VERSION or segmenter != SEGMENTER_NAME:
        raise ArtifactRefused(
            f"incompatible artifact: built with schema {schema_version} and {segmenter}, "
            f"this version reads schema {SCHEMA_VERSION} with {SEGMENTER_NAME}: "
            "export it again from an index built by this version"
        )


def _unpack(tar: tarfile.TarFile, header: ArtifactHeader, partial: Path | None) -> int:
    """Write every listed file under `partial` (None: only read it), checking each one's size
    and checksum."""
    seen: set[str] = set()
    total = 0
    for member in tar:
        if member.name == HEADER and not seen:
            continue  # iterating a TarFile starts again from its first member
        relative = _member_path(member, header.generation)
        expected = header.files.get(relative)
        if expected is None or relative in seen:
            raise ArtifactRefused(f"unexpected member {member.name!r}")
        stream = tar.extractfile(member)
        assert stream is not None  # _member_path accepts regular files only
        target = None if partial is None else partial / relative
        digest = _copy_hashing(stream, target)
        if member.size != expected.size or digest != expected.sha256:
            raise ArtifactRefused(f"checksum mismatch for {relative}: the artifact is damaged")
        seen.add(relative)
        total += member.size
    missing = sorted(set(header.files) - seen)
    if missing:
        raise ArtifactRefused(f"the artifact is incomplete (missing {', '.join(missing[:5])})")
    return total


def _member_path(member: tarfile.TarInfo, generation: str) -> str:
    """The generation-relative path of a regular file inside the generation, else refused."""
    path = PurePosixPath(member.name)
    inside = len(path.parts) >= 2 and path.parts[0] == generation
    if not member.isfile() or not inside or ".." in path.parts or path.is_absolute():
        raise ArtifactRefused(f"unexpected member {member.name!r}")
    return str(PurePosixPath(*path.parts[1:]))


def _copy_hashing(stream: IO[bytes], target: Path | None) -> str:
    digest = hashlib.sha256()
    if target is None:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
        return digest.hexdigest()
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as handle:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
            handle.write(chunk)
        handle.flush()
        os.fsync(handle.fileno())
    return digest.hexdigest()


def _checksums(generation: Path) -> dict[str, ArtifactFile]:
    """Every regular file of the generation, subfolders included (Whoosh's lock files left out)."""
    files = {}
    for path in sorted(generation.rglob("*")):
        if path.is_file() and not path.is_symlink() and not path.name.endswith("LOCK"):
            files[path.relative_to(generation).as_posix()] = ArtifactFile(
                path.stat().st_size, _sha256(path)
            )
    return files


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o644
    tar.addfile(info, io.BytesIO(data))
