"""Per-client rate limiting of the public JSON API (off unless RATE_LIMIT_PER_MINUTE > 0).

A token bucket per client address: a client may burst up to the per-minute limit, then gets one
request per (60 / limit) seconds; an over-limit request is answered 429 with `Retry-After`.
Behind a reverse proxy, wrap the app in werkzeug's ProxyFix so that remote_addr is the client.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

from flask import Flask, current_app, request

from webapp.errors import error_response

EXTENSION_KEY = "rate_limiter"
MAX_CLIENTS = 10_000  # buckets kept; beyond it, full (idle) buckets are forgotten


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """Token buckets keyed by client; safe to share between threads."""

    def __init__(self, per_minute: int, clock=time.monotonic) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0  # tokens per second
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, _Bucket] = {}

    def wait_seconds(self, client: str) -> float:
        """0 when `client` may go ahead now (and counts the request), else seconds to wait."""
        now = self._clock()
        with self._lock:
            bucket = self._buckets.get(client)
            if bucket is None:
                self._forget_idle(now)
                bucket = self._buckets[client] = _Bucket(self.capacity, now)
            bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return 0.0
            return (1 - bucket.tokens) / self.rate

    def _forget_idle(self, now: float) -> None:
        if len(self._buckets) < MAX_CLIENTS:
            return
        full = (self.capacity - 1) / self.rate  # a bucket idle this long has refilled
        for client, bucket in list(self._buckets.items()):
            if now - bucket.updated >= full:
                del self._buckets[client]
        if len(self._buckets) >= MAX_CLIENTS:  # a flood of distinct clients: start afresh
            self._buckets.clear()


def register_rate_limit(app: Flask) -> None:
    per_minute = int(app.config["RATE_LIMIT_PER_MINUTE"])
    if per_minute <= 0:
        return
    app.extensions[EXTENSION_KEY] = RateLimiter(per_minute)
    app.before_request(_limit_api)


def _limit_api():
    if not request.path.startswith("/api/"):
        return None
    limiter: RateLimiter = current_app.extensions[EXTENSION_KEY]
    wait = limiter.wait_seconds(request.remote_addr or "unknown")
    if wait <= 0:
        return None
    retry_after = max(1, math.ceil(wait))
    body, status = error_response(429, f"请求过于频繁，请 {retry_after} 秒后再试")
    return body, status, {"Retry-After": str(retry_after)}
