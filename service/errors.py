"""The one mapping of errors to HTTP.

Every error response has the shape ``{"detail": str, "request_id": str}`` (validation errors add
``errors``). Domain exceptions subclass :class:`ServiceError` next to the code that raises them
(``service.auth``, ``service.loader``) and carry their status; :func:`install` maps them in one place.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect


class ServiceError(Exception):
    """Base of the service's domain errors; ``status`` is the HTTP status it maps to."""

    status = 500

    def __init__(self, detail: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.headers = headers


class InvalidInput(ServiceError):
    """Input that passes the schema but breaks a limit this deployment configured lower."""

    status = 422


def request_id_of(request: Request) -> str:
    state = request.scope.get("state") or {}
    return str(state.get("request_id", ""))


def error_body(detail: str, request_id: str, **extra: Any) -> dict[str, Any]:
    return {"detail": detail, "request_id": request_id, **extra}


def _location(loc: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(p) for p in loc)


def _message(error: dict[str, Any]) -> str:
    if error.get("type") == "json_invalid":
        position = (error.get("loc") or ["", "?"])[-1]
        reason = (error.get("ctx") or {}).get("error", "invalid JSON")
        return f"malformed JSON in the request body at position {position}: {reason}"
    msg = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
    loc = _location(error.get("loc", ()))
    return f"{loc}: {msg}" if loc else msg


def _error_items(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # Never echo ``input``: it may be a report text.
    return [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": _message(e), "type": str(e.get("type", ""))}
        for e in errors
    ]


async def _service_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServiceError)
    return JSONResponse(
        error_body(exc.detail, request_id_of(request)), status_code=exc.status, headers=exc.headers
    )


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    items = _error_items(errors)
    detail = "; ".join(dict.fromkeys(i["msg"] for i in items)) or "invalid request"
    return JSONResponse(error_body(detail, request_id_of(request), errors=items), status_code=422)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if isinstance(exc.__cause__, ClientDisconnect):  # FastAPI wraps it as a 400: nobody is left to read it
        raise exc.__cause__
    if exc.status_code == 400 and isinstance(
        exc.__cause__, UnicodeDecodeError
    ):  # FastAPI's "error parsing the body"
        position = exc.__cause__.start
        detail = f"malformed JSON in the request body at position {position}: the body is not valid UTF-8"
        return JSONResponse(error_body(detail, request_id_of(request)), status_code=422)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    headers = dict(exc.headers) if exc.headers else None
    return JSONResponse(
        error_body(detail, request_id_of(request)), status_code=exc.status_code, headers=headers
    )


def install(app: FastAPI) -> None:
    """Map domain errors, validation errors and HTTP errors to the one error shape."""
    app.add_exception_handler(ServiceError, _service_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)


def internal_error_body(request_id: str) -> dict[str, Any]:
    """The body of a 500: the request id to quote, nothing about the failure."""
    return error_body(f"internal error; quote request id {request_id} when reporting it", request_id)
