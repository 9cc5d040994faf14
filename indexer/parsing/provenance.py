"""A report's sidecar `<stem>.meta.json`: where the page came from, and metadata a user fixed.

The format is the contract's (DESIGN.md): a JSON object with any of `source_url`, `fetched_at`
(ISO 8601) and the metadata fields `title`, `region`, `level`, `province`, `city`, `year`,
`published`. Fields given there win over the parser. A sidecar that cannot be read or understood
costs a warning on the report, never the report: each bad field is dropped on its own.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypedDict, cast
from urllib.parse import urlsplit

from indexer.models import Level

SIDECAR_SUFFIX = ".meta.json"
MAX_SIDECAR_BYTES = 64 * 1024  # a few fields; anything larger is not a sidecar
GIVEN_NOTE = "metadata given by the sidecar"
METADATA_FIELDS = ("title", "region", "level", "province", "city", "year", "published")
# What `collect` records of a fetch beside the contract's fields: kept in the sidecar for the next
# fetch (conditional GET, duplicates), not read by the parser and not a mistake.
FETCH_RECORD_KEYS = (
    "final_url", "etag", "last_modified", "content_type", "sha256", "found_on", "mirrors",
)  # fmt: skip
_MIN_YEAR, _MAX_YEAR = 1949, 2100


class GivenMetadata(TypedDict, total=False):
    """The metadata fields a sidecar gives, each checked by `_CHECKS` (absent when not given)."""

    title: str
    region: str | None
    level: str  # a Level slug
    province: str | None
    city: str | None
    year: int | None
    published: str | None  # YYYY-MM-DD


@dataclass(frozen=True, slots=True)
class Sidecar:
    source_url: str | None = None
    fetched_at: str | None = None
    given: GivenMetadata = field(default_factory=GivenMetadata)
    warnings: tuple[str, ...] = ()
    sha256: str = ""  # of the sidecar's bytes; "" when there is none

    @property
    def host(self) -> str | None:
        return urlsplit(self.source_url).hostname if self.source_url else None


NO_SIDECAR = Sidecar()


def sidecar_path(report_path: Path) -> Path:
    """`corpus/<stem>.<ext>` -> `corpus/<stem>.meta.json`."""
    return report_path.with_name(report_path.stem + SIDECAR_SUFFIX)


def read_sidecar(report_path: Path) -> Sidecar:
    """The sidecar beside a report file; NO_SIDECAR when there is none."""
    path = sidecar_path(report_path)
    try:
        data = _read_bytes(path)
    except FileNotFoundError:
        return NO_SIDECAR
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return Sidecar(warnings=(f"sidecar {path.name} ignored: {reason}",))
    return parse_sidecar(data, path.name)


def parse_sidecar(data: bytes, name: str = "sidecar") -> Sidecar:
    digest = hashlib.sha256(data).hexdigest()
    try:
        content = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        return Sidecar(
            warnings=(f"sidecar {name} ignored: not valid JSON ({error})",), sha256=digest
        )
    if not isinstance(content, dict):
        return Sidecar(warnings=(f"sidecar {name} ignored: not a JSON object",), sha256=digest)
    values: dict[str, Any] = {}  # JSON values that passed their field's check
    warnings: list[str] = []
    for key, value in content.items():
        check = _CHECKS.get(key)
        if key in FETCH_RECORD_KEYS:
            continue
        if check is None:
            warnings.append(f"sidecar {name}: unknown field {key!r} ignored")
        elif (problem := check(value)) is not None:
            warnings.append(f"sidecar {name}: field {key!r} ignored ({problem})")
        else:
            values[key] = value.strip() if isinstance(value, str) else value
    # Each value passed its field's check in _CHECKS, which is what GivenMetadata declares.
    given = cast(GivenMetadata, {k: values[k] for k in METADATA_FIELDS if k in values})
    return Sidecar(
        values.get("source_url"),
        values.get("fetched_at"),
        given,
        tuple(warnings),
        digest,
    )


def given_note(given: Mapping[str, object]) -> str:
    """The note on a report that says which fields were given, not inferred (shown as given)."""
    return f"{GIVEN_NOTE}: {', '.join(given)}"


def given_fields(warnings: Sequence[str]) -> tuple[str, ...]:
    """The fields a report's notes say were given by its sidecar."""
    note = next((w for w in warnings if w.startswith(f"{GIVEN_NOTE}: ")), "")
    return tuple(note.removeprefix(f"{GIVEN_NOTE}: ").split(", ")) if note else ()


def with_sidecar(report_sha256: str, sidecar_sha256: str) -> str:
    """The digest `reindex --changed-only` compares: a changed sidecar means a changed report.

    Without a sidecar it is the report's own digest: manifests from before sidecars stay valid.
    """
    if not sidecar_sha256:
        return report_sha256
    return hashlib.sha256(f"{report_sha256}:{sidecar_sha256}".encode()).hexdigest()


def sidecar_sha256(report_path: Path) -> str:
    """The sidecar's digest for `with_sidecar` ("" when there is none or it is unreadable)."""
    try:
        return hashlib.sha256(_read_bytes(sidecar_path(report_path))).hexdigest()
    except (OSError, ValueError):
        return ""


def _read_bytes(path: Path) -> bytes:
    # O_NONBLOCK: a FIFO named like a sidecar must not block the reader.
    with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise ValueError("not a regular file")
        if status.st_size > MAX_SIDECAR_BYTES:
            raise ValueError(f"larger than {MAX_SIDECAR_BYTES // 1024} KB")
        return handle.read(MAX_SIDECAR_BYTES)


def _text(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return "not a non-empty string"
    return None if len(value) <= 200 else "longer than 200 characters"


def _optional_text(value: object) -> str | None:
    return None if value is None else _text(value)


def _url(value: object) -> str | None:
    if not isinstance(value, str) or _text(value) is not None:
        return "not an http(s) URL"
    if urlsplit(value.strip()).scheme in ("http", "https"):
        return None if len(value) <= 2000 else "longer than 2000 characters"
    return "not an http(s) URL"


def _timestamp(value: object) -> str | None:
    try:
        datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return "not an ISO 8601 date and time"
    return None if isinstance(value, str) else "not a string"


def _level(value: object) -> str | None:
    allowed = [str(level) for level in Level]
    return None if value in allowed else f"not one of {', '.join(allowed)}"


def _year(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and _MIN_YEAR <= value <= _MAX_YEAR:
        return None
    return f"not a year between {_MIN_YEAR} and {_MAX_YEAR}"


def _published(value: object) -> str | None:
    if value is None:
        return None
    try:
        if isinstance(value, str) and len(value) == 10:
            date.fromisoformat(value)
            return None
    except ValueError:
        pass
    return "not a YYYY-MM-DD date"


_CHECKS: Mapping[str, Callable[[object], str | None]] = MappingProxyType(
    {
        "source_url": _url,
        "fetched_at": _timestamp,
        "title": _text,
        "region": _optional_text,
        "level": _level,
        "province": _optional_text,
        "city": _optional_text,
        "year": _year,
        "published": _published,
    }
)
