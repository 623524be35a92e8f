"""API keys with roles, sent as ``Authorization: Bearer <key>``.

Keys are compared in constant time (``hmac.compare_digest`` on SHA-256 digests, against every configured
key, so neither the position nor the length of a key leaks). Keys are never logged or echoed.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

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
    """The configured keys, kept only as SHA-256 digests."""

    def __init__(self, keys: dict[str, Role]) -> None:
        self._entries = [(hashlib.sha256(k.encode("utf-8")).digest(), role) for k, role in keys.items()]

    def lookup(self, key: str) -> Principal | None:
        digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()
        found: Principal | None = None
        for known, role in self._entries:  # no early exit: the time does not depend on which key matched
            if hmac.compare_digest(digest, known):
                found = Principal(role=role, key_id=known.hex()[:8])
        return found


def _keyring(request: Request) -> KeyRing:
    ring: KeyRing = request.app.state.keyring
    return ring


def require(*roles: Role) -> Callable[..., Awaitable[Principal]]:
    """A dependency that admits keys with one of ``roles`` (401 without a valid key, 403 for another role)."""

    async def dependency(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> Principal:
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

    return dependency


IntakeKey = Annotated[Principal, Depends(require("intake"))]
AnyKey = Annotated[Principal, Depends(require("intake", "reviewer", "admin"))]
AdminKey = Annotated[Principal, Depends(require("admin"))]
