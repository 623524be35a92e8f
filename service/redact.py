"""Credentials never leave: URIs and messages are redacted wherever they are shown or logged.

``http://user:pass@host`` becomes ``http://***@host``; secret query parameters (``?token=...``,
``password``, ``sig`` ...) become ``***``. Applied to ``/v1/model`` (``uri``, ``source_note``), to every load and
reload error, and by a filter on every log handler the service and uvicorn write to.
"""

from __future__ import annotations

import logging
import re

_USERINFO = re.compile(r"(?P<scheme>\b[A-Za-z][A-Za-z0-9+.\-]*://)[^/?#@\s'\"]+@")
_SECRET_PARAM = re.compile(
    r"(?i)(?P<name>[?&;](?:password|passwd|pwd|pass|token|access_token|secret|client_secret|key|api_key|apikey"
    r"|access_key|secret_key|sig|signature|auth|credential|x-amz-signature|x-amz-credential"
    r"|x-amz-security-token)=)[^&#\s'\"]+"
)


def redact(text: str) -> str:
    """``text`` with the credentials of every URI in it replaced by ``***``.

    >>> redact("could not reach http://user:pa55@mlflow.internal:5000/api/2.0/x")
    'could not reach http://***@mlflow.internal:5000/api/2.0/x'
    >>> redact("postgresql://khat:secret@db/mlflow and s3://bucket/m?X-Amz-Signature=abc&v=1")
    'postgresql://***@db/mlflow and s3://bucket/m?X-Amz-Signature=***&v=1'
    >>> redact("models:/khatkrong-screener@champion")  # no credentials: unchanged
    'models:/khatkrong-screener@champion'
    """
    if "://" not in text and "=" not in text:
        return text
    return _SECRET_PARAM.sub(r"\g<name>***", _USERINFO.sub(r"\g<scheme>***@", text))


class RedactingFilter(logging.Filter):
    """Rewrites a record's message (arguments merged in) and its exception text with :func:`redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            import traceback

            text = "".join(traceback.format_exception(*record.exc_info))
            record.exc_info, record.exc_text = None, redact(text)
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def install_filter(*logger_names: str) -> None:
    """Put a :class:`RedactingFilter` on every handler of the named loggers (idempotent)."""
    for name in logger_names:
        for handler in logging.getLogger(name).handlers:
            if not any(isinstance(f, RedactingFilter) for f in handler.filters):
                handler.addFilter(RedactingFilter())
