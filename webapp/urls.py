"""Links that leave the page (API `url` fields, CSV, permalinks, the widget snippet).

They are built from configuration, never from the request's Host header, which any client sets:
BASE_URL ("https://fazhi.example.org", or with a path prefix) makes them absolute; without it they
are root-relative ("/reports/...").
"""

from __future__ import annotations

from typing import Any

from flask import current_app, url_for


def public_url(endpoint: str, **values: Any) -> str:
    """url_for(endpoint, **values) under the configured BASE_URL (values as url_for takes them)."""
    base = str(current_app.config["BASE_URL"]).rstrip("/")
    return base + url_for(endpoint, **values)
