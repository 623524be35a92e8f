"""API keys with roles, sent as ``Authorization: Bearer <key>``.

Keys are compared in constant time (``hmac.compare_digest`` on SHA-256 digests, against every configured
key, so neither the position nor the length of a key leaks). Keys are never logged or echoed: the audit id
of a key (``key_id``) is an HMAC-SHA-256 keyed with the deployment's ``key_id_secret``, so the same key has
the same id in every worker and after restarts, yet nobody without the secret can test a guess against it.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from service.errors import ServiceError
from service.settings import Role

_bearer = HTTPBearer(auto_error=False, description="An API key: `Authorization: Bearer <key>`.")
_CHALLENGE = 'Bearer realm="khatkrong"'


class NotAuthenticated(ServiceError):
    status = 401


class Forbidden(ServiceError):
    status = 403


@dataclass(frozen=True)
class Principal:
    """The caller: a role and a short, non-secret fingerprint of the key for audit logs."""

    role: Role
    key_id: str


class KeyRing:
    """The configured keys, kept only as SHA-256 digests with their HMAC key ids."""

    def __init__(self, keys: dict[str, Role], secret: bytes) -> None:
        self._entries = [
            (hashlib.sha256(k.encode("utf-8")).digest(), role, key_id(k, secret)) for k, role in keys.items()
        ]

    def lookup(self, key: str) -> Principal | None:
        digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()
        found: Principal | None = None
        for known, role, kid in self._entries:  # no early exit: the time does not depend on which key matched
            if hmac.compare_digest(digest, known):
                found = Principal(role=role, key_id=kid)
        return found


def key_id(key: str, secret: bytes) -> str:
    """The audit id of an API key: the first 16 hex digits of HMAC-SHA-256(secret, key).

    >>> key_id("intake-key-0123456789abcdef", b"s" * 32)
    'd59b33be7c9a0d70'
    """
    return hmac.new(secret, key.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


def _keyring(request: Request) -> KeyRing:
    ring: KeyRing = request.app.state.keyring
    return ring


def authorize(
    request: Request, credentials: HTTPAuthorizationCredentials | None, roles: tuple[Role, ...]
) -> Principal:
    """The caller of ``request`` if its key has one of ``roles`` (401 without a valid key, 403 for another
    role); its key id goes to the request's state for the access log."""
    if credentials is None:
        raise NotAuthenticated(
            "missing API key: send 'Authorization: Bearer <key>'",
            headers={"WWW-Authenticate": _CHALLENGE},
        )
    principal = _keyring(request).lookup(credentials.credentials)
    if principal is None:
        raise NotAuthenticated(
            "invalid API key", headers={"WWW-Authenticate": f'{_CHALLENGE}, error="invalid_token"'}
        )
    if principal.role not in roles:
        raise Forbidden(
            f"the role '{principal.role}' may not call this endpoint; it needs {' or '.join(roles)}"
        )
    request.scope.setdefault("state", {})["key_id"] = principal.key_id
    return principal


Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
"""The bearer token, if any (a dependency: it declares the security scheme in the OpenAPI document)."""

BEARER_SECURITY: dict[str, Any] = {"security": [{_bearer.scheme_name: []}]}
"""``openapi_extra`` of a route that reads the token with :func:`bearer_credentials` instead of depending on
:data:`Credentials`: the same security requirement in the OpenAPI document."""


async def bearer_credentials(request: Request) -> HTTPAuthorizationCredentials | None:
    """The bearer token of ``request``, parsed as the :data:`Credentials` dependency does (one dependency
    fewer for FastAPI to solve on the hot path)."""
    return await _bearer(request)


def require(*roles: Role) -> Callable[..., Awaitable[Principal]]:
    """A dependency that admits keys with one of ``roles`` (401 without a valid key, 403 for another role)."""

    async def dependency(request: Request, credentials: Credentials) -> Principal:
        return authorize(request, credentials, roles)

    return dependency


IntakeKey = Annotated[Principal, Depends(require("intake"))]
AnyKey = Annotated[Principal, Depends(require("intake", "reviewer", "admin"))]
AdminKey = Annotated[Principal, Depends(require("admin"))]
