"""uvicorn's httptools protocol with the limits it lacks: request-head size and request-head read timeout.

uvicorn 0.54 bounds a request head only with h11 (``h11_max_incomplete_event_size``); with httptools
(the fast parser ``uvicorn[standard]`` uses) a head of any size is buffered, and nothing times out a client
that sends its head slowly (``timeout_keep_alive`` only runs *between* requests, and a new connection that
sends nothing is never timed out at all). This protocol adds both, before the app (and auth) sees anything:

* a head (request line and headers) larger than ``max_header_bytes`` gets ``431`` and the connection closes,
  counted on the raw bytes as they arrive, so nothing larger is ever buffered;
* a head not complete within ``header_timeout`` seconds of the connection opening (or of the first byte of a
  pipelined or keep-alive request) gets ``408`` and the connection closes;
* past uvicorn's ``limit_concurrency`` (``max_connections``) a request gets ``503`` with ``Retry-After`` in the
  service's JSON error shape (uvicorn's own answer is plain text).

The body read timeout is the middleware's (:mod:`service.middleware`), which answers 408 the same way.
The limits come from the worker's settings (``KHATKRONG_MAX_HEADER_BYTES``, ``KHATKRONG_HEADER_TIMEOUT``):
``khatkrong serve`` passes this class to uvicorn as ``http="service.http:GuardedHttpToolsProtocol"``.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

_END_OF_HEAD = b"\r\n\r\n"
LINGER_SECONDS = 2.0
"""After refusing, input is read and dropped this long before closing (a "lingering close", as nginx does):
closing with unread input would make the kernel reset the connection and the client could lose the answer."""


def _limits() -> tuple[int, float]:
    from service.settings import get_settings

    settings = get_settings()
    return settings.max_header_bytes, settings.header_timeout


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    """:class:`HttpToolsProtocol` that refuses oversized and slow request heads."""

    max_header_bytes: int | None = None
    header_timeout: float | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if type(self).max_header_bytes is None or type(self).header_timeout is None:
            type(self).max_header_bytes, type(self).header_timeout = _limits()
        self._head_bytes = 0
        self._in_head = True
        self._tail = b""
        self._head_timer: asyncio.TimerHandle | None = None
        self._discarding = False

    # --- the timer --------------------------------------------------------------------------------------

    def _arm_head_timer(self) -> None:
        self._cancel_head_timer()
        assert self.header_timeout is not None
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_timed_out)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self._in_head and not self.transport.is_closing():
            if self._head_bytes:
                self._refuse(408, "Request Timeout", "the request headers did not arrive in time")
            else:
                self.transport.close()  # an idle connection that never sent a request: just close it

    # --- uvicorn's hooks --------------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._discarding:
            return
        if not self._in_head and (self.cycle is None or not self.cycle.more_body):
            # the current request's body is complete: these bytes start the next request's head
            self._in_head, self._head_bytes, self._tail = True, 0, b""
            self._arm_head_timer()
        if self._in_head:
            window = self._tail + data
            end = window.find(_END_OF_HEAD)
            counted = len(data) if end < 0 else max(end + len(_END_OF_HEAD) - len(self._tail), 0)
            self._head_bytes += counted
            self._tail = window[-(len(_END_OF_HEAD) - 1) :]
            assert self.max_header_bytes is not None
            if self._head_bytes > self.max_header_bytes:
                self._refuse(
                    431,
                    "Request Header Fields Too Large",
                    f"the request headers are larger than {self.max_header_bytes} bytes",
                )
                return
        super().data_received(data)

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._cancel_head_timer()
        if self.limit_concurrency is not None and (
            len(self.connections) >= self.limit_concurrency or len(self.tasks) >= self.limit_concurrency
        ):  # uvicorn's own test, answered in the service's error shape instead of its plain-text 503
            self.logger.warning("Exceeded concurrency limit.")
            self._refuse(
                503,
                "Service Unavailable",
                f"the server is at its limit of {self.limit_concurrency} connections: retry shortly",
                retry_after=1,
            )
            return
        super().on_headers_complete()

    # --- refusing ---------------------------------------------------------------------------------------

    def _refuse(self, status: int, reason: str, detail: str, retry_after: int | None = None) -> None:
        import json

        self._cancel_head_timer()
        self._in_head = False
        if self.transport.is_closing():
            return
        body = json.dumps({"detail": detail, "request_id": ""}).encode()
        head = (
            f"HTTP/1.1 {status} {reason}\r\n"
            "content-type: application/json\r\n"
            f"content-length: {len(body)}\r\n"
            + (f"retry-after: {retry_after}\r\n" if retry_after is not None else "")
            + "connection: close\r\n\r\n"
        ).encode()
        self.transport.write(head + body)
        if self.transport.can_write_eof():
            self.transport.write_eof()  # the answer is complete: the client sees the end of the stream
        self._discarding = True
        self.loop.call_later(LINGER_SECONDS, self.transport.close)
