"""Security headers on every response, and CORS on the JSON API only."""

from __future__ import annotations

from flask import Response, current_app, request

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors {frame_ancestors}"
)


def add_security_headers(response: Response) -> Response:
    framable = request.path == "/embed"  # exactly: /embedded is not the widget
    ancestors = current_app.config["FRAME_ANCESTORS"] if framable else "'none'"
    response.headers.setdefault(
        "Content-Security-Policy", CONTENT_SECURITY_POLICY.format(frame_ancestors=ancestors)
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
    if not framable:
        response.headers["X-Frame-Options"] = "DENY"
    if request.path.startswith("/api/"):
        _add_cors(response)
    return response


def _add_cors(response: Response) -> None:
    allowed = current_app.config["CORS_ORIGINS"].split()
    origin = request.headers.get("Origin")
    if "*" in allowed:
        response.headers["Access-Control-Allow-Origin"] = "*"
        return
    # The answer depends on Origin: caches must not hand one origin's answer to another.
    response.vary.add("Origin")
    if origin in allowed:
        response.headers["Access-Control-Allow-Origin"] = origin
