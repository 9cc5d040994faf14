"""The one place that reads the package's data files (indexer/data/).

Modules interpret their own data (the boilerplate vocabulary, the section-type vocabulary, the
indicator catalogue, the division gazetteer, the domain dictionary); this module only finds and
parses the files, caching each file since the data never changes while the process runs.
"""

from __future__ import annotations

import csv
import tomllib
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


def data_path(name: str) -> Path:
    return Path(str(resources.files("indexer") / "data" / name))


@cache
def load_toml(name: str) -> dict[str, Any]:
    """A TOML file's tables; each module reads the keys of its own vocabulary."""
    with data_path(name).open("rb") as handle:
        return tomllib.load(handle)


@cache
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    with data_path(name).open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(row for row in handle if not row.startswith("#")))


def read_lines(name: str) -> Iterator[str]:
    """Non-empty lines of a text file, read as they come and not kept (a large word list a
    caller only scans once); `#` starts a comment line."""
    with data_path(name).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                yield line.strip()


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a text file, kept; `#` starts a comment line."""
    return tuple(read_lines(name))
