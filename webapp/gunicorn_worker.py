"""gunicorn's threaded worker (idle-safe, serving.py), answering in Chinese JSON what it refuses
before our app sees it.

A request line or headers over gunicorn's limits (a URL of 5,000 Chinese characters is 45 kB), or a
request gunicorn cannot parse at all (a script sending raw, unescaped Chinese in the URL), are
refused by gunicorn itself with an English HTML page; the path is not parsed yet, so the answer is
the API's shape, `{"error": …}`, which a browser also shows readably.
"""

from __future__ import annotations

import contextlib
import json
import socket

from gunicorn.http.errors import LimitRequestHeaders, LimitRequestLine, ParseException
from gunicorn.http.message import Request

from webapp.errors import STATUS_MESSAGES
from webapp.serving import IdleSafeThreadWorker

# gunicorn's own maximum for limit_request_line (its default is 4094 bytes).
MAX_REQUEST_LINE = 8190
_REFUSALS = (
    (LimitRequestLine, 414, "URI Too Long"),
    (LimitRequestHeaders, 431, "Request Header Fields Too Large"),
    (ParseException, 400, "Bad Request"),  # every other request gunicorn cannot read
)


def refusal_response(status: int, reason: str) -> bytes:
    body = json.dumps({"error": STATUS_MESSAGES[status]}, ensure_ascii=False).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
        f"Content-Type: application/json; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


class JsonErrorWorker(IdleSafeThreadWorker):
    def handle_error(
        self, req: Request | None, client: socket.socket, addr: object, exc: BaseException
    ) -> None:
        # addr: the peer's address (a tuple, or a path for a Unix socket), passed on untouched.
        for kind, status, reason in _REFUSALS:
            if isinstance(exc, kind):
                self.log.debug("refused: %s", exc)
                with contextlib.suppress(OSError):  # a client that has gone needs no answer
                    client.sendall(refusal_response(status, reason))
                return
        super().handle_error(req, client, addr, exc)
