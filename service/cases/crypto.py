"""Encryption at rest of reporter data and report texts, and keyed digests for lookups.

The Fernet key is derived from ``KHATKRONG_SECRET_KEY`` with HKDF-SHA256; older secrets
(``KHATKRONG_SECRET_KEYS_OLD``) stay readable through :class:`~cryptography.fernet.MultiFernet`, which
always encrypts with the current one. ``khatkrong cases rotate-key`` re-encrypts every stored token with the
current key and recomputes the keyed digests.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_SALT = b"khatkrong-case-store"


class UnreadableSecret(Exception):
    """A stored token that none of the configured secrets decrypts."""


def derive_key(secret: str, purpose: bytes) -> bytes:
    """32 bytes for ``purpose`` derived from ``secret`` (HKDF-SHA256, a fixed salt)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=_SALT, info=purpose).derive(secret.encode("utf-8"))


def fernet_for(secret: str) -> Fernet:
    return Fernet(base64.urlsafe_b64encode(derive_key(secret, b"fernet v1")))


class Vault:
    """Encrypts with the current secret, decrypts with the current or any older one.

    Examples
    --------
    >>> vault = Vault("a-secret-of-at-least-32-characters!!")
    >>> token = vault.encrypt("เบอร์ 081-234-5678")
    >>> "081" in token, vault.decrypt(token)
    (False, 'เบอร์ 081-234-5678')
    >>> Vault("another-secret-of-at-least-32-chars!", ["a-secret-of-at-least-32-characters!!"]).decrypt(token)
    'เบอร์ 081-234-5678'
    """

    def __init__(self, secret: str, old_secrets: list[str] | None = None) -> None:
        self._fernet = MultiFernet([fernet_for(s) for s in [secret, *(old_secrets or [])]])
        self._digest_key = derive_key(secret, b"digest v1")

    def encrypt(self, value: str) -> str:
        return self._fernet.encrypt(value.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken as exc:
            raise UnreadableSecret(
                "a stored value cannot be decrypted with KHATKRONG_SECRET_KEY or KHATKRONG_SECRET_KEYS_OLD"
            ) from exc

    def encrypt_json(self, value: Any) -> str:
        return self.encrypt(json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True))

    def decrypt_json(self, token: str) -> Any:
        return json.loads(self.decrypt(token))

    def rotate(self, token: str) -> str:
        """``token`` re-encrypted with the current secret (already current: a fresh token all the same)."""
        try:
            return self._fernet.rotate(token.encode("ascii")).decode("ascii")
        except InvalidToken as exc:
            raise UnreadableSecret("a stored value cannot be decrypted with any configured secret") from exc

    def digest(self, value: str) -> str:
        """A keyed digest (HMAC-SHA256, hex) for equality lookups that reveal nothing without the secret."""
        return hmac.new(self._digest_key, value.encode("utf-8"), hashlib.sha256).hexdigest()

    def digest_int(self, value: bytes) -> int:
        """A keyed signed 64-bit digest of ``value`` (for the LSH band keys)."""
        mac = hmac.new(self._digest_key, value, hashlib.blake2b).digest()[:8]
        return int.from_bytes(mac, "big", signed=True)
