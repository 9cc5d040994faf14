"""The test harness's HTTP server: every response is closed, even when the client hangs up.

Werkzeug's development server skipped `close()` on a response whose client reset the
connection after the last byte, which leaked the file behind `send_file` and failed a
browser test at random (a ResourceWarning turned into an error).
"""

import socket
import struct
import threading

from conftest import serve_in_thread


class ClosableBody:
    """A response body that records being closed."""

    def __init__(self, closed: threading.Event) -> None:
        self.closed = closed

    def __iter__(self):
        yield b"favicon"

    def close(self) -> None:
        self.closed.set()


def test_a_response_is_closed_when_the_client_resets_after_the_last_byte():
    closed = threading.Event()

    def app(environ, start_response):
        start_response("200 OK", [("Content-Type", "image/svg+xml"), ("Content-Length", "7")])
        return ClosableBody(closed)

    url, server = serve_in_thread(app)
    try:
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
            # A trailing byte keeps the server draining the request socket after the
            # response, so the reset below lands there: where the close used to be skipped.
            client.sendall(b"GET /favicon.svg HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nx")
            received = b""
            while not received.endswith(b"favicon"):
                received += client.recv(4096)
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        assert closed.wait(5), "the response body was never closed"
    finally:
        server.shutdown()
