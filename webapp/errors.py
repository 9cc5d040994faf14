"""One error handler: JSON `{error}` under /api, a Chinese HTML page elsewhere; no tracebacks."""

from __future__ import annotations

from flask import Flask, render_template, request
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException, InternalServerError

from indexer.querying.query_language import MAX_QUERY_LENGTH, QueryError
from indexer.writing.store import IndexUnavailable
from webapp.query_args import InvalidParameter


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.path.endswith(".csv")


def error_response(status: int, message: str) -> tuple[dict[str, str] | str, int]:
    if wants_json():
        return {"error": message}, status
    return render_template("error.html", status=status, message=message), status


# What werkzeug says in English, said in Chinese; our own abort(…, message) keeps its message.
STATUS_MESSAGES = {
    400: "请求有误",
    403: "无权访问该地址",
    404: "未找到该地址：请检查链接是否有误",
    405: "该地址不支持此请求方法",
    413: "请求内容过大",
    414: f"请求地址过长：检索词最多 {MAX_QUERY_LENGTH} 个字符",
    429: "请求过于频繁，请稍后再试",
    431: "请求头过大",
    500: "服务器内部错误，请稍后再试",
    503: "服务暂不可用，请稍后再试",
}


def http_error_message(error: HTTPException) -> str:
    """Our message when we gave one, else the status's Chinese message."""
    default = type(error).description
    if error.description and error.description != default:
        return error.description
    return STATUS_MESSAGES.get(error.code or 500, f"请求未能完成（{error.code}）")


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(InvalidParameter)
    @app.errorhandler(QueryError)
    def bad_request(error: Exception) -> ResponseReturnValue:
        return error_response(400, str(error))

    @app.errorhandler(IndexUnavailable)
    def index_unavailable(error: IndexUnavailable) -> ResponseReturnValue:
        return error_response(503, f"索引不可用：{error}")

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> ResponseReturnValue:
        status = error.code or 500
        body, status = error_response(status, http_error_message(error))
        allowed = getattr(error, "valid_methods", None)  # a 405 must say what is allowed
        return body, status, {"Allow": ", ".join(allowed)} if allowed else {}

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> ResponseReturnValue:
        app.logger.exception("unexpected error")
        return error_response(500, InternalServerError.description)
