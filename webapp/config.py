"""Settings: defaults here, then REPORTS_<NAME> environment variables, then the mapping given."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from indexer.cli import DEFAULT_INDEX

DEFAULTS: dict[str, Any] = {
    "INDEX_DIR": DEFAULT_INDEX,  # the index folder that `reindex` writes
    "CORS_ORIGINS": "*",  # origins allowed to call the read-only JSON API (space-separated)
    "FRAME_ANCESTORS": "*",  # who may show /embed in a frame (CSP frame-ancestors)
    "RATE_LIMIT_PER_MINUTE": 0,  # requests per client per minute; 0 turns limiting off
    "RATE_LIMIT_STORE": "",  # SQLite file of the buckets; "" = a temporary one per server
    "SEARCH_CACHE_SIZE": 512,  # result pages cached per index generation
    "BASE_URL": "",  # e.g. https://fazhi.example.org: absolute links; "" = root-relative links
    "MAX_ROWS": 1000,  # rows per CSV export, indicator list or compare table
}


def load_config(overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    config = dict(DEFAULTS)
    for name, default in DEFAULTS.items():
        raw = os.environ.get(f"REPORTS_{name}")
        if raw is not None:
            config[name] = type(default)(raw)
    config.update(overrides or {})
    return config
