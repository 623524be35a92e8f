"""Structured logs: one JSON object per line.

One ``request`` line per HTTP request (route, method, status, latency, model version, request id, and the
number and total length of the texts). Never a report text, metadata, an API key or personal data: callers
put only whitelisted fields in ``extra``, and :class:`JsonFormatter` writes only those fields, each with its
credentials redacted (:mod:`service.redact`); every line names the process (``pid``) that wrote it.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

from service.redact import install_filter, redact

LOGGER = "khatkrong.service"
FIELDS = (
    "event",
    "request_id",
    "route",
    "method",
    "status",
    "latency_ms",
    "model_name",
    "model_version",
    "model_source",
    "key_id",
    "n_texts",
    "text_chars",
    "error_type",
    "traceback",
    "outcome",
    "reason",
)
"""The only ``extra`` fields a log line may carry."""

_HANDLER_NAME = "khatkrong-json"


class JsonFormatter(logging.Formatter):
    """Format a record as one JSON line with the whitelisted fields of ``extra``."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": redact(record.getMessage()),
            "pid": record.process,
        }
        for name in FIELDS:
            value = record.__dict__.get(name)
            if value is not None:
                line[name] = redact(value) if isinstance(value, str) else value
        return json.dumps(line, ensure_ascii=False, separators=(",", ":"))


def configure(level: str = "INFO") -> logging.Logger:
    """Send the service's logger to stderr as JSON lines (idempotent)."""
    logger = logging.getLogger(LOGGER)
    logger.setLevel(level)
    if not any(h.get_name() == _HANDLER_NAME for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.set_name(_HANDLER_NAME)
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)
    logger.propagate = False
    install_filter("", "uvicorn", "uvicorn.error", "uvicorn.access", "mlflow")  # what else reaches stderr
    return logger
