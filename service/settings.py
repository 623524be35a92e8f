"""Settings of the scoring service: one typed class, read from ``KHATKRONG_*`` environment variables.

Read them through :func:`get_settings` (cached); tests pass their own :class:`Settings` to
``create_app(settings)`` or override the dependency with ``app.dependency_overrides[get_settings]``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Role = Literal["intake", "reviewer", "admin"]
ROLES: tuple[Role, ...] = ("intake", "reviewer", "admin")

MAX_TEXT_CHARS = 20_000
"""Hard ceiling on one report's length (the OpenAPI schema states it); settings may only lower it."""
MAX_BATCH_ITEMS = 256
"""Hard ceiling on a batch's size (the OpenAPI schema states it); settings may only lower it."""
MIN_SECRET_CHARS = 32
"""Shortest accepted ``KHATKRONG_SECRET_KEY``."""


class Settings(BaseSettings):
    """Configuration of one scoring-service deployment.

    Attributes
    ----------
    model_uri
        The model to serve; a ``models:/name@alias`` URI is resolved to a version at every load.
    tracking_uri, registry_uri
        MLflow stores. ``MLFLOW_TRACKING_URI`` is honoured when ``KHATKRONG_TRACKING_URI`` is unset; the
        registry defaults to the tracking store.
    model_cache_dir
        Where the last successfully loaded model is copied, to serve when the store is unreachable.
    api_keys
        ``"key1:intake,key2:reviewer,key3:admin"``. Required unless ``api_keys_file`` is given.
    api_keys_file
        A file with the same ``key:role`` pairs, separated by commas or new lines (``#`` starts a comment).
    max_body_bytes
        Larger request bodies get 413.
    max_text_chars, batch_max
        Limits on one text and one batch (at most 20,000 and 256).
    scoring_threads
        Threads per process that run the model; further requests wait their turn in order.
    microbatch_max
        Most single-text requests scored together when they queue up (1 turns micro-batching off).
    log_level
        Level of the service's JSON-lines log.
    cases_enabled
        Serve the case desk (``/v1/cases``). It needs ``secret_key``; set ``KHATKRONG_CASES_ENABLED=false``
        for a scoring-only deployment.
    database_url
        The case store. Unset: an embedded SQLite file, ``.khatkrong/cases.db``, upgraded at start-up.
        ``postgresql://user:password@host/db`` (psycopg 3): run ``khatkrong db upgrade`` first.
    secret_key, secret_key_file
        At least 32 characters; the key that encrypts reporter data and report texts is derived from it
        (HKDF-SHA256). Required by the case desk: it refuses to start without one.
    secret_keys_old
        Comma-separated earlier secrets, still readable during a rotation (``khatkrong cases rotate-key``).
    dedup_threshold
        Estimated Jaccard similarity of character 5-grams at or above which two cases are near-duplicates.
        0.65, chosen on labelled pairs (``bench/dedup_threshold.py``, docs/case-desk.md): precision 0.93,
        recall 0.85; the best F1 (0.89 at 0.50) linked three times as many different reports.
    dedup_window_days
        How far back a new case is compared with stored ones.
    campaign_min_cases, campaign_window_days
        A campaign: at least this many near-identical cases, within this many days, naming one target.
    store_retry_after
        Seconds a client is told to wait (``Retry-After``) when the case store is unreachable.
    review_audit_rate
        Share of ``proceed`` cases that enter the reviewers' queue anyway, marked "audit sample".
    review_double_rate
        Share of cases a second reviewer decides independently (disagreements go to a supervisor).
    """

    model_config = SettingsConfigDict(env_prefix="KHATKRONG_", extra="ignore", populate_by_name=True)

    model_uri: str = "models:/khatkrong-screener@champion"
    tracking_uri: str = Field(
        default="sqlite:///mlruns/mlflow.db",
        validation_alias=AliasChoices("KHATKRONG_TRACKING_URI", "MLFLOW_TRACKING_URI", "tracking_uri"),
    )
    registry_uri: str | None = None
    model_cache_dir: Path = Path(".khatkrong/model-cache")
    api_keys: SecretStr | None = None
    api_keys_file: Path | None = None
    max_body_bytes: int = Field(default=1024 * 1024, gt=0)
    max_text_chars: int = Field(default=MAX_TEXT_CHARS, gt=0, le=MAX_TEXT_CHARS)
    batch_max: int = Field(default=MAX_BATCH_ITEMS, gt=0, le=MAX_BATCH_ITEMS)
    scoring_threads: int = Field(default=2, ge=1, le=64)
    microbatch_max: int = Field(default=32, ge=1, le=MAX_BATCH_ITEMS)
    log_level: str = "INFO"
    cases_enabled: bool = True
    database_url: SecretStr | None = None
    secret_key: SecretStr | None = None
    secret_key_file: Path | None = None
    secret_keys_old: SecretStr | None = None
    dedup_threshold: float = Field(default=0.65, gt=0.0, le=1.0)
    dedup_window_days: int = Field(default=90, ge=1)
    campaign_min_cases: int = Field(default=3, ge=2)
    campaign_window_days: int = Field(default=14, ge=1)
    store_retry_after: int = Field(default=5, ge=1)
    review_audit_rate: float = Field(default=0.05, ge=0.0, le=1.0)
    review_double_rate: float = Field(default=0.10, ge=0.0, le=1.0)

    @field_validator("log_level")
    @classmethod
    def _upper_level(cls, value: str) -> str:
        return value.upper()

    @model_validator(mode="after")
    def _keys_configured(self) -> Settings:
        if self.api_keys is None and self.api_keys_file is None:
            raise ValueError("set KHATKRONG_API_KEYS or KHATKRONG_API_KEYS_FILE: the service needs API keys")
        self.key_roles()  # fail at start-up on a malformed key list, not at the first request
        if self.cases_enabled:
            self.case_secrets()  # the case desk refuses to start without a usable secret
        return self

    def case_secrets(self) -> tuple[str, list[str]]:
        """The current secret and the older ones (``secret_keys_old``); errors never show a secret."""
        current = self.secret_key.get_secret_value() if self.secret_key is not None else None
        if current is None and self.secret_key_file is not None:
            current = self.secret_key_file.read_text(encoding="utf-8").strip()
        if not current:
            raise ValueError(
                "set KHATKRONG_SECRET_KEY (or KHATKRONG_SECRET_KEY_FILE): the case desk encrypts reporter data "
                "with a key derived from it; or set KHATKRONG_CASES_ENABLED=false to serve scoring only"
            )
        old_text = self.secret_keys_old.get_secret_value() if self.secret_keys_old is not None else ""
        old = [s.strip() for s in old_text.split(",") if s.strip()]
        for n, secret in enumerate([current, *old]):
            if len(secret) < MIN_SECRET_CHARS:
                which = "KHATKRONG_SECRET_KEY" if n == 0 else f"KHATKRONG_SECRET_KEYS_OLD entry {n}"
                raise ValueError(f"{which} is shorter than {MIN_SECRET_CHARS} characters")
        return current, old

    def key_roles(self) -> dict[str, Role]:
        """The configured keys and their roles (from ``api_keys`` and ``api_keys_file`` together)."""
        text = self.api_keys.get_secret_value() if self.api_keys is not None else ""
        if self.api_keys_file is not None:
            lines = self.api_keys_file.read_text(encoding="utf-8").splitlines()
            text += "," + ",".join(line.split("#", 1)[0] for line in lines)
        return parse_api_keys(text)


def parse_api_keys(text: str) -> dict[str, Role]:
    """Parse ``"key1:intake,key2:admin"`` into ``{key: role}``; errors never show a key.

    >>> parse_api_keys("k-1:intake, k-2:admin")
    {'k-1': 'intake', 'k-2': 'admin'}
    >>> parse_api_keys("k-1:owner")
    Traceback (most recent call last):
    ...
    ValueError: API key entry 1 has role 'owner'; roles are intake, reviewer, admin
    """
    keys: dict[str, Role] = {}
    entries = [e.strip() for e in text.replace("\n", ",").split(",")]
    for n, entry in enumerate((e for e in entries if e), start=1):
        key, sep, role = entry.rpartition(":")
        key, role = key.strip(), role.strip()
        if not sep or not key:
            raise ValueError(f"API key entry {n} is not of the form key:role")
        if role not in ROLES:
            raise ValueError(f"API key entry {n} has role {role!r}; roles are {', '.join(ROLES)}")
        if key in keys and keys[key] != role:
            raise ValueError(f"API key entry {n} repeats a key with another role")
        keys[key] = role  # type: ignore[assignment]
    if not keys:
        raise ValueError("no API keys configured")
    return keys


@lru_cache
def get_settings() -> Settings:
    """The deployment's settings, read once from the environment."""
    return Settings()
