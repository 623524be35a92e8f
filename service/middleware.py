"""One pure-ASGI middleware per request: request id, body-size limit and body read timeout, abandoning work
when the client disconnects, metrics, the access log line and the last-resort 500 (with the request id,
without internals).

A client that disconnects before its response is sent is recorded with the status 499 (nginx's "client
closed request"), never as a server error; the route's task is cancelled as soon as the disconnect is seen,
so queued scoring is dropped (``service.batching`` skips cancelled requests, batches stop between chunks).
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import re
import time
import traceback
from typing import Any

import anyio
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.errors import error_body, internal_error_body
from service.metrics import Metrics

REQUEST_ID_HEADER = "X-Request-ID"
CLIENT_CLOSED = 499
"""The status recorded (never sent) for a request whose client went away before its response."""
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")


def request_id_from(given: str | None) -> str:
    """The caller's ``X-Request-ID`` when it is a safe token (at most 128 of ``A-Za-z0-9._:-``), else a new one."""
    if given and _REQUEST_ID.match(given):
        return given
    return new_request_id()


def new_request_id() -> str:
    """A new request id: 32 random hex digits.

    A correlation id, not a secret: Python's ``random`` (reseeded in every forked worker) is enough and costs
    a fraction of ``uuid.uuid4()``, whose ``os.urandom`` call showed in the per-request profile.
    """
    return f"{random.getrandbits(128):032x}"


class RequestContextMiddleware:
    """Wraps every HTTP request of the app."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        metrics: Metrics,
        logger: logging.Logger,
        body_timeout: float | None = None,
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.body_timeout = body_timeout
        self.metrics = metrics
        self.log = logger

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        given: str | None = None
        declared: str | None = None
        for name, value in scope["headers"]:  # the two headers read here, without building a Headers
            if name == b"x-request-id" and given is None:
                given = value.decode("latin-1")
            elif name == b"content-length" and declared is None:
                declared = value.decode("latin-1")
        request_id = request_id_from(given)
        state: dict[str, Any] = scope.setdefault("state", {})
        state["request_id"] = request_id
        status = 500
        started = False
        finished = False
        gone = False  # writing to the client failed: it has closed the connection

        async def send_with_id(message: Message) -> None:
            nonlocal status, started, finished, gone
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                finished = True  # the response is complete: a disconnect now is a normal close
            if message["type"] == "http.response.start":
                status = message["status"]
                started = True
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            if gone:
                return
            try:
                await send(message)
            except OSError:
                gone = True
            except RuntimeError as exc:  # uvloop: "unable to perform operation on <TCPTransport closed=True>"
                if "closed" not in str(exc):
                    raise
                gone = True  # the client closed the connection (e.g. with pipelined requests still queued)

        limit = self.max_body_bytes
        received = 0
        deadline = None if self.body_timeout is None else time.monotonic() + self.body_timeout
        body_done = False
        disconnected = False
        # Once the body is read, a watcher waits for the client's disconnect and cancels the app: one
        # plain task and one cancel scope per request (a task group cost several times more per request).
        cancel_scope = anyio.CancelScope()
        watcher: asyncio.Task[None] | None = None

        async def watch() -> None:
            nonlocal disconnected
            message = await receive()  # after the body: only http.disconnect comes
            if message["type"] == "http.disconnect" and not finished:
                disconnected = True
                cancel_scope.cancel()

        async def limited_receive() -> Message:
            nonlocal received, body_done, watcher
            if body_done:
                return await receive()
            if deadline is None:
                message = await receive()
            else:
                try:
                    async with asyncio.timeout(max(deadline - time.monotonic(), 0)):
                        message = await receive()
                except TimeoutError:
                    raise HTTPException(
                        408,
                        f"the request body did not arrive within {self.body_timeout:g} seconds",
                        headers={"Connection": "close"},
                    ) from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise HTTPException(413, f"the request body is larger than {limit} bytes")
                if not message.get("more_body", False):
                    body_done = True
                    watcher = asyncio.get_running_loop().create_task(watch())
            return message

        async def run_app() -> None:
            """Run the app; once its body is read, a disconnect of the client cancels it."""
            try:
                with cancel_scope:
                    await self.app(scope, limited_receive, send_with_id)
            finally:
                if watcher is not None:
                    watcher.cancel()

        try:
            if declared is not None and (not declared.isdigit() or int(declared) > limit):
                code, detail = (
                    (413, f"the request body is larger than {limit} bytes")
                    if declared.isdigit()
                    else (400, "the Content-Length header is not a number")
                )
                await _send_json(send_with_id, code, error_body(detail, request_id))
            else:
                await run_app()
            if disconnected or gone:
                status = CLIENT_CLOSED
        except ClientDisconnect:  # the client left while the body was being read (e.g. a pipelined request)
            status = CLIENT_CLOSED
        except Exception as exc:
            state["error_type"] = type(exc).__name__
            self.log.error(
                "unhandled error",
                extra={
                    "event": "unhandled_error",
                    "request_id": request_id,
                    "error_type": type(exc).__name__,
                    # where it failed, without the exception's message, which could quote a report
                    "traceback": " < ".join(
                        f"{f.filename}:{f.lineno} {f.name}"
                        for f in reversed(traceback.extract_tb(exc.__traceback__))
                    ),
                },
            )
            if not started:
                await _send_json(send_with_id, 500, internal_error_body(request_id))
            status = 500
        finally:
            finished = True
            elapsed = time.perf_counter() - start
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            method = scope.get("method", "")
            self.metrics.request(template, method, status, elapsed, state.get("model_version"))
            if self.log.isEnabledFor(logging.INFO):  # the line's fields are not even gathered otherwise
                self.log.info(
                    "request",
                    extra={
                        "event": "request",
                        "request_id": request_id,
                        "route": template,
                        "method": method,
                        "status": status,
                        "latency_ms": round(elapsed * 1000, 3),
                        "model_version": state.get("model_version"),
                        "key_id": state.get("key_id"),
                        "n_texts": state.get("n_texts"),
                        "text_chars": state.get("text_chars"),
                    },
                )


async def _send_json(send: Send, status: int, body: dict[str, Any]) -> None:
    payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})
