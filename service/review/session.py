"""Sessions for people: a signed, HttpOnly, SameSite=Strict cookie, a CSRF token in every form, checked on
every POST, and the security headers of every page (a strict Content-Security-Policy).

The cookie holds the account id and a random session nonce, signed (``itsdangerous``) with a key derived
from ``KHATKRONG_SECRET_KEY`` (HKDF, its own purpose), and expires after :data:`SESSION_HOURS`. The account is
read again at every request, so disabling it ends its sessions at once. The CSRF token is an HMAC of the
session nonce (a login form gets a nonce cookie of its own).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from service.cases.crypto import derive_key
from service.errors import ServiceError

SESSION_COOKIE = "khatkrong_review"
LOGIN_COOKIE = "khatkrong_login"
SESSION_HOURS = 12
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


class LoginRequired(ServiceError):
    """No valid session: pages answer with a redirect to the login page."""

    status = 303


class CsrfRejected(ServiceError):
    status = 403


@dataclass(frozen=True)
class SessionData:
    user_id: int
    nonce: str


class Sessions:
    """Signs and reads session cookies, and makes and checks CSRF tokens."""

    def __init__(self, secret: str) -> None:
        key = derive_key(secret, b"review session v1")
        self._signer = URLSafeTimedSerializer(key.hex(), salt="khatkrong-review")
        self._csrf_key = derive_key(secret, b"review csrf v1")

    def issue(self, user_id: int) -> tuple[str, SessionData]:
        data = SessionData(user_id, secrets.token_urlsafe(18))
        return self._signer.dumps({"u": data.user_id, "n": data.nonce}), data

    def read(self, cookie: str | None) -> SessionData | None:
        if not cookie:
            return None
        try:
            raw: Any = self._signer.loads(cookie, max_age=SESSION_HOURS * 3600)
        except BadSignature:
            return None
        if (
            not isinstance(raw, dict)
            or not isinstance(raw.get("u"), int)
            or not isinstance(raw.get("n"), str)
        ):
            return None
        return SessionData(raw["u"], raw["n"])

    def login_nonce(self, cookie: str | None) -> str | None:
        if not cookie:
            return None
        try:
            value: Any = self._signer.loads(cookie, max_age=3600, salt="khatkrong-login")
        except BadSignature:
            return None
        return value if isinstance(value, str) else None

    def new_login_nonce(self) -> tuple[str, str]:
        nonce = secrets.token_urlsafe(18)
        return self._signer.dumps(nonce, salt="khatkrong-login"), nonce

    def csrf_token(self, nonce: str) -> str:
        return hmac.new(self._csrf_key, nonce.encode("ascii"), hashlib.sha256).hexdigest()

    def check_csrf(self, nonce: str | None, token: object) -> None:
        if nonce is None or not isinstance(token, str) or not token:
            raise CsrfRejected("the form's csrf_token is missing: reload the page and send the form again")
        if not hmac.compare_digest(self.csrf_token(nonce), token):
            raise CsrfRejected("the form's csrf_token does not match this session: reload the page")


def set_cookie(response: Response, request: Request, name: str, value: str, *, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/review",
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )


def secure_headers(response: Response) -> Response:
    for key, value in SECURITY_HEADERS.items():
        response.headers[key] = value
    return response
