"""One error handler: JSON `{error}` under /api, a Chinese HTML page elsewhere; no tracebacks."""

from __future__ import annotations

from flask import Flask, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

from indexer.query import QueryError
from indexer.store import IndexUnavailable
from webapp.query_args import InvalidParameter


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.path.endswith(".csv")


def error_response(status: int, message: str):
    if wants_json():
        return {"error": message}, status
    return render_template("error.html", status=status, message=message), status


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(InvalidParameter)
    @app.errorhandler(QueryError)
    def bad_request(error: Exception):
        return error_response(400, str(error))

    @app.errorhandler(IndexUnavailable)
    def index_unavailable(error: IndexUnavailable):
        return error_response(503, f"索引不可用：{error}")

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        body, status = error_response(error.code or 500, error.description or error.name)
        allowed = getattr(error, "valid_methods", None)  # a 405 must say what is allowed
        return body, status, {"Allow": ", ".join(allowed)} if allowed else {}

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        app.logger.exception("unexpected error")
        return error_response(500, InternalServerError.description)
