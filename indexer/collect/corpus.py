"""The corpus folder as `collect` sees it: what is saved, under which name, from where.

Each fetched report is saved as `<host>_<16 hex of sha256(source URL)>.<ext>`: stable across runs
(the same URL always lands in the same file) and unique. Beside it, the sidecar `<stem>.meta.json`
holds the contract's `source_url` and `fetched_at`, and what a re-run needs: `final_url`, `etag`,
`last_modified`, `sha256` of the saved bytes, `content_type`, and `mirrors` (other addresses that
served the same report). Keys the user added to a sidecar (corrected metadata) are kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from indexer.collect.fetch import Validators
from indexer.collect.links import decode_page
from indexer.parsing.files import CORPUS_SUFFIXES, HTML_SUFFIXES, html_to_text
from indexer.parsing.provenance import FETCH_RECORD_KEYS, SIDECAR_SUFFIX

# The sidecar keys collect writes beyond the contract's `source_url` and `fetched_at`.
COLLECT_KEYS = FETCH_RECORD_KEYS
_UNSAFE = re.compile(r"[^a-z0-9-]+")


@dataclass(frozen=True, slots=True)
class SavedReport:
    stem: str
    path: Path
    sidecar: dict[str, Any]  # the sidecar's JSON object (user keys kept); {} when there is none
    edited: bool  # the file's bytes differ from what collect saved: the user changed it

    @property
    def validators(self) -> Validators:
        return Validators(self.sidecar.get("etag"), self.sidecar.get("last_modified"))

    def same_report(self, data: bytes, suffix: str) -> bool:
        """Only the page around the report changed (a visit counter, a new sidebar): no re-save."""
        saved = self.path.read_bytes()
        return content_key(data, suffix) == content_key(saved, self.path.suffix.lower())


def stem_for(url: str) -> str:
    host = _UNSAFE.sub("-", (urlsplit(url).hostname or "page").lower()).strip("-")
    return f"{host}_{hashlib.sha256(url.encode('utf-8')).hexdigest()[:16]}"


def content_key(data: bytes, suffix: str) -> str:
    """What makes two files the same report: their main text for pages, else their bytes."""
    if suffix in HTML_SUFFIXES:
        text = "".join(html_to_text(decode_page(data))[0].split())
        if text:
            return "text:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
    return "bytes:" + hashlib.sha256(data).hexdigest()


class UnreadableSidecar(Exception):
    """A sidecar that exists but is not a JSON object: it may hold the user's work, keep it."""


class Corpus:
    """The reports in one folder, by stem and by content; writes files atomically."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._by_key: dict[str, str] = {}
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in CORPUS_SUFFIXES and path.is_file():
                try:
                    self._remember(path.stem, path.read_bytes(), path.suffix.lower())
                except OSError:
                    continue  # unreadable: reindex reports it; here it only cannot be a twin

    def saved(self, url: str) -> SavedReport | None:
        """What an earlier run saved for `url`, if anything."""
        stem = stem_for(url)
        files = [p for p in self.folder.glob(f"{stem}.*") if p.suffix.lower() in CORPUS_SUFFIXES]
        if not files:
            return None
        path = files[0]
        try:
            sidecar = read_sidecar(self.folder / f"{stem}{SIDECAR_SUFFIX}")
        except UnreadableSidecar:
            sidecar = {}  # `save` will refuse to replace it, with the reason
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        edited = bool(sidecar.get("sha256")) and sidecar["sha256"] != digest
        return SavedReport(stem, path, sidecar, edited)

    def same_content(self, data: bytes, suffix: str) -> str | None:
        """The stem of a saved report with this content, if any."""
        return self._by_key.get(content_key(data, suffix))

    def save(self, stem: str, data: bytes, suffix: str, provenance: dict[str, Any]) -> Path:
        """Write the report and its sidecar (keeping keys the user added); returns the file.

        Raises UnreadableSidecar (nothing written) and OSError."""
        sidecar_file = self.folder / f"{stem}{SIDECAR_SUFFIX}"
        sidecar = read_sidecar(sidecar_file)
        for old in self.folder.glob(f"{stem}.*"):
            if old.suffix.lower() in CORPUS_SUFFIXES and old.suffix.lower() != suffix:
                old.unlink()  # the address now serves another type (a page became a PDF)
        path = self.folder / f"{stem}{suffix}"
        _write_atomic(path, data)
        for key, value in provenance.items():
            if value is None:
                sidecar.pop(key, None)  # e.g. an ETag the server no longer sends
            else:
                sidecar[key] = value
        _write_atomic(sidecar_file, _json_bytes(sidecar))
        self._remember(stem, data, suffix)
        return path

    def add_mirror(self, stem: str, url: str) -> None:
        """Record that `url` serves the report saved as `stem` (only in a sidecar collect wrote)."""
        sidecar_file = self.folder / f"{stem}{SIDECAR_SUFFIX}"
        try:
            sidecar = read_sidecar(sidecar_file)
        except UnreadableSidecar:
            return
        if not sidecar.get("source_url") or url == sidecar["source_url"]:
            return
        mirrors = [m for m in sidecar.get("mirrors", []) if isinstance(m, str)]
        if url not in mirrors:
            sidecar["mirrors"] = [*mirrors, url]
            _write_atomic(sidecar_file, _json_bytes(sidecar))

    def _remember(self, stem: str, data: bytes, suffix: str) -> None:
        self._by_key.setdefault(content_key(data, suffix), stem)
        self._by_key.setdefault(content_key(data, ""), stem)


def read_sidecar(path: Path) -> dict[str, Any]:
    """The sidecar's JSON object; {} when there is none; UnreadableSidecar when it is broken."""
    try:
        content = json.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        raise UnreadableSidecar(f"{path.name} is not readable JSON ({error})") from error
    if not isinstance(content, dict):
        raise UnreadableSidecar(f"{path.name} is not a JSON object")
    return content


def _json_bytes(content: dict[str, Any]) -> bytes:
    return (json.dumps(content, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _write_atomic(path: Path, data: bytes) -> None:
    """A reader (or a reindex) never sees half a file: write beside it, then rename."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
