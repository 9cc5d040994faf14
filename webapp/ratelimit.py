"""Per-client rate limiting of every route that does work (off unless RATE_LIMIT_PER_MINUTE > 0).

A token bucket per client address: a client may burst up to the per-minute limit, then gets one
request per (60 / limit) seconds; an over-limit request is answered 429 with `Retry-After` (JSON
`{error}` under /api and for CSV, a Chinese page elsewhere). Static files are not counted.

The buckets live in one SQLite file, so that all gunicorn workers of a server count together: the
app is created in gunicorn's master before it forks, each worker opens its own connection to the
same file, and each check is one short write transaction (SQLite serialises them across
processes). By default the file is a new temporary one per app, in /dev/shm when there is one;
RATE_LIMIT_STORE names a file to share it between servers. If the store fails, requests go ahead
(logged): a broken limiter must not take the site down.

Behind a reverse proxy, wrap the app in werkzeug's ProxyFix so that remote_addr is the client.
"""

from __future__ import annotations

import atexit
import contextlib
import math
import os
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from flask import Flask, current_app, request

from webapp.errors import error_response

EXTENSION_KEY = "rate_limiter"
# Endpoints that only send a file from disk: not worth a token.
FREE_ENDPOINTS = frozenset({
    "static", "widget.script", "widget.script_versioned", "widget.stylesheet",
    "widget.stylesheet_versioned",
})  # fmt: skip
FREE_PATHS = frozenset({"/healthz"})
BUSY_TIMEOUT_SECONDS = 2.0
_SCHEMA = """
CREATE TABLE IF NOT EXISTS bucket (
    client TEXT PRIMARY KEY, tokens REAL NOT NULL, updated REAL NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS bucket_updated ON bucket (updated);
"""


class RateLimiter:
    """Token buckets keyed by client, in a SQLite file shared by the processes that use it."""

    def __init__(
        self, store: Path, per_minute: int, clock: Callable[[], float] = time.time
    ) -> None:
        self.store = store
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0  # tokens per second
        self._clock = clock
        self._local = threading.local()  # one connection per thread and process
        setup = sqlite3.connect(store, timeout=BUSY_TIMEOUT_SECONDS)
        try:  # closed before any fork: a connection must not cross one
            setup.execute("PRAGMA journal_mode=WAL")
            setup.executescript(_SCHEMA)
        finally:
            setup.close()

    def wait_seconds(self, client: str) -> float:
        """0 when `client` may go ahead now (and counts the request), else seconds to wait."""
        now = self._clock()
        connection = self._connection()
        connection.execute("BEGIN IMMEDIATE")
        try:
            row = connection.execute(
                "SELECT tokens, updated FROM bucket WHERE client = ?", (client,)
            ).fetchone()
            tokens = self.capacity
            if row is not None:  # max(0, ...): a clock set back refills nothing
                tokens = min(self.capacity, row[0] + max(0.0, now - row[1]) * self.rate)
            wait = 0.0 if tokens >= 1 else (1 - tokens) / self.rate
            connection.execute(
                "INSERT OR REPLACE INTO bucket VALUES (?, ?, ?)",
                (client, tokens - 1 if wait == 0 else tokens, now),
            )
            # A bucket idle this long is full again: forgetting it changes nothing.
            connection.execute("DELETE FROM bucket WHERE updated < ?", (now - self._refill(),))
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        return wait

    def _refill(self) -> float:
        return self.capacity / self.rate

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection, opened in the process that uses it."""
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            local.connection = sqlite3.connect(
                self.store, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None
            )
            local.connection.execute("PRAGMA synchronous=OFF")  # buckets need not survive a crash
            local.pid = os.getpid()
        connection: sqlite3.Connection = local.connection  # threading.local's are untyped
        return connection


def register_rate_limit(app: Flask) -> None:
    per_minute = int(app.config["RATE_LIMIT_PER_MINUTE"])
    if per_minute <= 0:
        return
    store = app.config.get("RATE_LIMIT_STORE") or _temporary_store()
    app.extensions[EXTENSION_KEY] = RateLimiter(Path(store), per_minute)
    app.before_request(_limit)


def _temporary_store() -> str:
    """A new file for this app's buckets, removed when the process that made it exits."""
    folder = "/dev/shm" if os.path.isdir("/dev/shm") else None
    handle, path = tempfile.mkstemp(prefix="reports-ratelimit-", suffix=".sqlite3", dir=folder)
    os.close(handle)
    atexit.register(_remove_files, path, os.getpid())
    return path


def _remove_files(path: str, owner: int) -> None:
    if os.getpid() != owner:  # a forked worker exiting: the others still count in it
        return
    for name in (path, f"{path}-wal", f"{path}-shm"):
        with contextlib.suppress(OSError):
            os.unlink(name)


def _limit() -> tuple[dict[str, str] | str, int, dict[str, str]] | None:
    if request.endpoint in FREE_ENDPOINTS or request.path in FREE_PATHS:
        return None
    limiter: RateLimiter = current_app.extensions[EXTENSION_KEY]
    try:
        wait = limiter.wait_seconds(request.remote_addr or "unknown")
    except sqlite3.Error:
        current_app.logger.exception("rate limit store failed; request let through")
        return None
    if wait <= 0:
        return None
    retry_after = max(1, math.ceil(wait))
    body, status = error_response(429, f"请求过于频繁，请 {retry_after} 秒后再试")
    return body, status, {"Retry-After": str(retry_after)}
