"""gunicorn's gthread worker, made safe against idle and slow clients.

The stock worker hands every new connection to a thread at once, and the thread waits up to 5 s for
a first byte, then without limit for the rest of the headers: 8 idle connections stall a 2 x 4
thread server for 5 s at a time, and 8 clients that send half a request line take it down for as
long as they stay connected (measured in BENCHMARKS.md, "Hostile clients").

Here the worker's poller (its main thread) reads a request's head, new connection or kept-alive,
and hands the connection to a thread only once the head is complete: an idle or slow client costs
no thread, and is closed when its head is not complete `keepalive` seconds after it began. Reads of
a body and writes of a response give up after READ_TIMEOUT / WRITE_TIMEOUT seconds without
progress (SO_RCVTIMEO / SO_SNDTIMEO: the kernel enforces them on gunicorn's blocking sockets).
"""

from __future__ import annotations

import errno
import logging
import selectors
import socket
import struct
import time
from functools import partial

from gunicorn import http
from gunicorn.workers.gthread import TConn, ThreadWorker

READ_TIMEOUT = 5.0  # seconds a thread waits for the next bytes of a request body
HEAD_CHUNK = 65536
MAX_HEAD_BYTES = 128 * 1024  # beyond gunicorn's own limits: its parser refuses such a head
WRITE_TIMEOUT = 30.0  # seconds a thread waits for a client to take more of a response


class IdleSafeThreadWorker(ThreadWorker):  # type: ignore[misc]  # gunicorn has no types
    """ThreadWorker whose threads only take a request once its headers are all there."""

    def init_process(self) -> None:
        self.log.error_log.addFilter(_SlowClientFilter())
        super().init_process()

    def accept(self, listener: socket.socket) -> None:
        if self.cfg.is_ssl:  # the handshake happens in a thread: keep gunicorn's own way
            super().accept(listener)
            return
        try:
            client, address = listener.accept()
        except OSError as error:
            if error.errno not in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                raise
            return
        _bound_io(client)
        self.nr_conns += 1
        connection = TConn(self.cfg, client, address, listener.getsockname())  # non-blocking
        connection.parser = http.get_parser(self.cfg, client, address)  # does no I/O
        self._wait_for_headers(connection)

    def on_client_socket_readable(self, conn: TConn, client: socket.socket) -> None:
        """A kept-alive connection starts its next request: wait for its headers too."""
        self.poller.unregister(client)
        self.keepalived_conns.remove(conn)
        self._wait_for_headers(conn)

    def _wait_for_headers(self, conn: TConn) -> None:
        """Collect the request's head in the poller (no thread) until it ends or `keepalive`
        seconds have passed (then murder_pending closes the connection)."""
        conn.timeout = time.monotonic() + self.cfg.keepalive
        conn.head = bytearray()
        self.pending_conns.append(conn)
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._on_head_bytes, conn))

    def _on_head_bytes(self, conn: TConn, client: socket.socket) -> None:
        try:
            data = client.recv(HEAD_CHUNK)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        conn.head += data
        ended = b"\r\n\r\n" in conn.head or b"\n\n" in conn.head
        if data and not ended and len(conn.head) < MAX_HEAD_BYTES:
            return  # more to come: still no thread
        self.poller.unregister(client)
        self.pending_conns.remove(conn)
        if not conn.head:  # closed without a request
            self.nr_conns -= 1
            conn.close()
            return
        conn.parser.unreader.unread(bytes(conn.head))  # the thread's parser reads these first
        conn.data_ready = True
        self.enqueue_req(conn)


def _bound_io(client: socket.socket) -> None:
    timeouts = ((socket.SO_RCVTIMEO, READ_TIMEOUT), (socket.SO_SNDTIMEO, WRITE_TIMEOUT))
    for option, seconds in timeouts:
        whole = int(seconds)
        timeval = struct.pack("ll", whole, int((seconds - whole) * 1_000_000))
        client.setsockopt(socket.SOL_SOCKET, option, timeval)


class _SlowClientFilter(logging.Filter):
    """A client cut off by the timeouts is not a server error: no traceback in the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, BlockingIOError | TimeoutError)
