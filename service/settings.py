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
MAX_ID_CHARS = 128
MAX_METADATA_FIELDS = 16
MAX_METADATA_KEY_CHARS = 64
MAX_METADATA_VALUE_CHARS = 200
MIN_KEY_CHARS = 24
"""API keys shorter than this are refused at start-up (``khatkrong up`` makes 32-character keys)."""
MIN_SECRET_CHARS = 32
"""Shortest accepted ``KHATKRONG_SECRET_KEY`` and ``KHATKRONG_KEY_ID_SECRET``."""


def max_request_bytes(batch_max: int = MAX_BATCH_ITEMS, max_text_chars: int = MAX_TEXT_CHARS) -> int:
    """The largest body of a valid batch request: every field at its limit, every character JSON-escaped.

    Escaped as ``\\uXXXX`` (6 bytes, what Python's ``json.dumps`` writes for Thai by default), plus the
    JSON punctuation; the body limit defaults to this, so a batch the schema accepts is never a 413.

    >>> max_request_bytes()
    37453888
    """
    per_char = 6
    metadata = MAX_METADATA_FIELDS * ((MAX_METADATA_KEY_CHARS + MAX_METADATA_VALUE_CHARS) * per_char + 8)
    item = (max_text_chars + MAX_ID_CHARS) * per_char + metadata + 64
    return batch_max * item + 64


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
    key_id_secret
        Per-deployment secret (at least 32 characters) keying the HMAC that names an API key in the logs
        (``key_id``): ids are stable across workers and restarts but cannot be matched to a key without it.
        Required; ``khatkrong up`` makes one in ``.khatkrong/key-id-secret``.
    max_header_bytes, header_timeout, body_timeout, keep_alive_timeout, max_connections
        Limits at the door: a request head (request line and headers) over ``max_header_bytes`` gets 431;
        a head not complete within ``header_timeout`` seconds of the connection (or of its first byte)
        gets 408 and the connection is closed; so does a body not complete within ``body_timeout``;
        idle keep-alive connections close after ``keep_alive_timeout`` (keep clients' and proxies' idle
        timeouts below it, or they may reuse a connection just as it closes); past ``max_connections`` open
        connections (per worker) new requests get 503.
    state_dir
        The per-run state directory shared by the workers of one server (reload lock, the version being
        served); ``khatkrong serve`` makes one under ``.khatkrong/run/`` for each host and port.
    model_poll_seconds
        How often every worker checks the shared state and the registry alias; a moved alias or a reload on
        another worker reaches every worker within this interval (plus the load time).
    canary_min_credible_proceed, canary_max_drop
        The canary check before a swap: the candidate scores the bundled canary set
        (``service/canary.json``) and is refused (409) when fewer than ``canary_min_credible_proceed`` of its
        credible reports get ``proceed``, or when a metric measured on the canary falls more than
        ``canary_max_drop`` below the same metric logged with the model's run.
    create_store
        Create a missing SQLite tracking store instead of refusing to start (``khatkrong up`` does).
    """

    model_config = SettingsConfigDict(
        env_prefix="KHATKRONG_", extra="ignore", populate_by_name=True, hide_input_in_errors=True
    )

    model_uri: str = "models:/khatkrong-screener@champion"
    tracking_uri: str = Field(
        default="sqlite:///mlruns/mlflow.db",
        validation_alias=AliasChoices("KHATKRONG_TRACKING_URI", "MLFLOW_TRACKING_URI", "tracking_uri"),
    )
    registry_uri: str | None = None
    model_cache_dir: Path = Path(".khatkrong/model-cache")
    api_keys: SecretStr | None = None
    api_keys_file: Path | None = None
    max_body_bytes: int | None = Field(default=None, gt=0)
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
    key_id_secret: SecretStr | None = None
    max_header_bytes: int = Field(default=32 * 1024, ge=1024)
    header_timeout: float = Field(default=10.0, gt=0)
    body_timeout: float = Field(default=60.0, gt=0)
    keep_alive_timeout: float = Field(default=30.0, gt=0)
    max_connections: int | None = Field(default=1000, ge=1)
    state_dir: Path | None = None
    model_poll_seconds: float = Field(default=15.0, gt=0, le=3600)
    canary_min_credible_proceed: float = Field(default=0.9, ge=0, le=1)
    canary_max_drop: float = Field(default=0.2, ge=0, le=1)
    create_store: bool = False

    @field_validator("log_level")
    @classmethod
    def _upper_level(cls, value: str) -> str:
        return value.upper()

    @model_validator(mode="after")
    def _keys_configured(self) -> Settings:
        if self.api_keys is None and self.api_keys_file is None:
            raise ValueError("set KHATKRONG_API_KEYS or KHATKRONG_API_KEYS_FILE: the service needs API keys")
        self.key_roles()  # fail at start-up on a malformed key list, not at the first request
        if self.key_id_secret is None:
            raise ValueError(
                "set KHATKRONG_KEY_ID_SECRET (at least 32 random characters): it keys the key ids in the logs"
            )
        if len(self.key_id_secret.get_secret_value()) < MIN_SECRET_CHARS:
            raise ValueError(f"KHATKRONG_KEY_ID_SECRET is shorter than {MIN_SECRET_CHARS} characters")
        if self.cases_enabled:
            self.case_secrets()  # the case desk refuses to start without a usable secret
        return self

    @property
    def body_limit(self) -> int:
        """The request body limit: ``max_body_bytes``, or the largest valid batch request."""
        return self.max_body_bytes or max_request_bytes(self.batch_max, self.max_text_chars)

    def body_limit_warning(self) -> str | None:
        """Why the configured body limit can refuse valid batches (413), or ``None`` when it cannot."""
        needed = max_request_bytes(self.batch_max, self.max_text_chars)
        if self.max_body_bytes is None or self.max_body_bytes >= needed:
            return None
        return (
            f"KHATKRONG_MAX_BODY_BYTES={self.max_body_bytes} is below {needed}, the size of a valid batch of "
            f"{self.batch_max} texts of {self.max_text_chars} characters: such batches get 413; unset it, or "
            "lower KHATKRONG_BATCH_MAX and KHATKRONG_MAX_TEXT_CHARS with it"
        )

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

    >>> parse_api_keys("intake-key-0123456789abcdef:intake, admin-key-0123456789abcdef:admin")
    {'intake-key-0123456789abcdef': 'intake', 'admin-key-0123456789abcdef': 'admin'}
    >>> parse_api_keys("SuperSecret-123:owner")
    Traceback (most recent call last):
    ...
    ValueError: API key entry 1 has role 'owner'; roles are intake, reviewer, admin
    >>> parse_api_keys("SuperSecret-123:admin")
    Traceback (most recent call last):
    ...
    ValueError: API key entry 1 is shorter than 24 characters
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
        if len(key) < MIN_KEY_CHARS:
            raise ValueError(f"API key entry {n} is shorter than {MIN_KEY_CHARS} characters")
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
