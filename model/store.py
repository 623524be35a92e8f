"""Where a screener lives: model URIs, loading, an in-process cache, the smoke test and the environment.

Training (the registry commands), the service (start-up and reload) and the case desk all go through here, so
that ``models:/khatkrong-screener@champion`` means the same model everywhere and every loaded model has
passed the same smoke test.

- :func:`parse` and :func:`resolve`: ``models:/NAME@ALIAS``, ``models:/NAME/VERSION``, ``runs:/RUN_ID/PATH``
  and local paths or other artefact URIs; an alias resolves to a fixed version and its download location.
- :func:`load`: resolve, load the pyfunc model (without leaving its code directory on ``sys.path``), unwrap
  the :class:`~model.pipeline.Screener`, smoke-test it; cached by resolved version, so loading the same
  version twice costs nothing.
- :func:`set_environment_defaults`: the one place for MLflow's and PyThaiNLP's process defaults (offline,
  quiet, fail fast); the caller's own values always win.

MLflow is imported on first use, never at import time.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Literal

from model.labels import DECISIONS

ENVIRONMENT_DEFAULTS: dict[str, str] = {
    "MLFLOW_DISABLE_TELEMETRY": "true",  # MLflow phones home otherwise (it fails silently offline)
    "DO_NOT_TRACK": "true",
    "MLFLOW_HTTP_REQUEST_MAX_RETRIES": "0",  # fail fast when the tracking store is down: callers fall back
    "MLFLOW_HTTP_REQUEST_TIMEOUT": "10",
    "PYTHAINLP_READ_ONLY": "1",  # pythainlp would create ~/pythainlp-data on import
    "PYTHAINLP_OFFLINE": "1",  # a missing corpus raises at once instead of trying the network
}
"""The process environment every Khatkrong entry point starts from."""

SMOKE_TEXT = "ร้องเรียนนายก อบต. เรียกรับเงิน 50,000 บาท จากผู้รับเหมาถนนหมู่ 5 เมื่อวันที่ 3 มีนาคม 2568"
"""The report every model must screen before it is accepted."""

_MODELS_URI = re.compile(r"^models:/(?P<name>[^/@]+)(?:@(?P<alias>[^/@]+)|/(?P<version>[^/@]+))$")
_RUNS_URI = re.compile(r"^runs:/(?P<run>[^/]+)/(?P<path>.+)$")


class ModelURIError(ValueError):
    """A model URI is malformed or names no model."""


class ModelLoadError(RuntimeError):
    """The model's files could not be read or are not a Khatkrong screener."""


class SmokeTestError(RuntimeError):
    """A model loaded but failed its smoke prediction."""


def set_environment_defaults(**overrides: str) -> None:
    """Set :data:`ENVIRONMENT_DEFAULTS` (and ``overrides``) in ``os.environ`` where the caller has not."""
    for key, value in {**ENVIRONMENT_DEFAULTS, **overrides}.items():
        os.environ.setdefault(key, value)


@dataclass(frozen=True)
class ModelURI:
    """A parsed model URI."""

    uri: str
    scheme: Literal["models", "runs", "other"]
    name: str | None = None
    alias: str | None = None
    version: str | None = None
    run_id: str | None = None


def parse(uri: str) -> ModelURI:
    """Parse a model URI without contacting any store.

    >>> parse("models:/khatkrong-screener@champion").alias
    'champion'
    >>> parse("models:/khatkrong-screener/3").version
    '3'
    >>> parse("runs:/0a1b2c/model").run_id
    '0a1b2c'
    >>> parse("models:/khatkrong-screener/latest")
    Traceback (most recent call last):
    ...
    model.store.ModelURIError: 'models:/khatkrong-screener/latest': use models:/NAME@ALIAS or models:/NAME/VERSION
    """
    if uri.startswith("models:/"):
        m = _MODELS_URI.match(uri)
        if m is None or (m.group("version") is not None and not m.group("version").isdigit()):
            raise ModelURIError(f"{uri!r}: use models:/NAME@ALIAS or models:/NAME/VERSION")
        return ModelURI(uri, "models", m.group("name"), m.group("alias"), m.group("version"))
    if uri.startswith("runs:/"):
        m = _RUNS_URI.match(uri)
        if m is None:
            raise ModelURIError(f"{uri!r}: use runs:/RUN_ID/PATH")
        return ModelURI(uri, "runs", run_id=m.group("run"))
    if not uri.strip():
        raise ModelURIError("the model URI is empty")
    return ModelURI(uri, "other")


@dataclass(frozen=True)
class ResolvedModel:
    """A model URI pinned to what it means now: for ``models:/`` URIs a fixed version and where its files
    are (``download_uri``, independent of MLflow's process-wide registry URI)."""

    uri: str
    name: str | None
    version: str | None
    run_id: str | None
    download_uri: str

    def as_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "version": self.version, "run_id": self.run_id, "uri": self.uri}


def resolve(uri: str, *, client: Any = None) -> ResolvedModel:
    """Resolve ``uri`` against the registry of ``client`` (an ``MlflowClient``; a default one when ``None``).

    Raises :class:`ModelURIError` for a malformed URI or an unknown model, alias or version; lets transport
    errors of the store through (the caller decides whether to fall back).
    """
    parsed = parse(uri)
    if parsed.scheme != "models":
        return ResolvedModel(uri, None, None, parsed.run_id, uri)
    from mlflow.exceptions import MlflowException
    from mlflow.tracking import MlflowClient

    client = client or MlflowClient()
    assert parsed.name is not None
    try:
        if parsed.alias is not None:
            mv = client.get_model_version_by_alias(parsed.name, parsed.alias)
        else:
            mv = client.get_model_version(parsed.name, parsed.version)
    except MlflowException as exc:
        if _is_not_found(exc):
            raise ModelURIError(f"unknown model {uri!r}: {_first_line(exc)}") from None
        raise
    version = str(mv.version)
    download = client.get_model_version_download_uri(mv.name, version)
    return ResolvedModel(uri, mv.name, version, mv.run_id, download)


def _is_not_found(exc: Exception) -> bool:
    code = str(getattr(exc, "error_code", ""))
    return code in {"RESOURCE_DOES_NOT_EXIST", "INVALID_PARAMETER_VALUE", "NOT_FOUND"}


def load_pyfunc(location: str) -> Any:
    """``mlflow.pyfunc.load_model(location)`` without leaving the model's code directory on ``sys.path``
    (this process ships the ``model`` package itself; MLflow would prepend the model's copy at every load)."""
    import mlflow.pyfunc

    saved = list(sys.path)
    try:
        return mlflow.pyfunc.load_model(location)
    finally:
        sys.path[:] = saved


def unwrap(pyfunc_model: Any) -> Any:
    """The :class:`~model.pipeline.Screener` inside a loaded pyfunc model (:class:`ModelLoadError` if none)."""
    from model.pyfunc import unwrap as _unwrap

    try:
        return _unwrap(pyfunc_model)
    except Exception as exc:
        raise ModelLoadError(f"the model is not a Khatkrong screener: {exc}") from exc


def smoke_test(screener: Any) -> dict[str, Any]:
    """Warm up, screen :data:`SMOKE_TEXT`, check the result, and return the screener's description.

    Raises :class:`SmokeTestError` when screening raises or returns a malformed result.
    """
    from model import details, tokenize
    from model.result import ScreenResult

    try:
        tokenize.warm_up(screener.features_.engine)  # the tokeniser dictionary and the detail patterns
        details.warm_up()
        results = screener.screen([SMOKE_TEXT])
        description: dict[str, Any] = screener.describe()
    except Exception as exc:
        raise SmokeTestError(f"the model failed its smoke prediction: {type(exc).__name__}: {exc}") from exc
    ok = (
        len(results) == 1
        and isinstance(results[0], ScreenResult)
        and results[0].decision in DECISIONS
        and isinstance(results[0].evidence, tuple)
    )
    if not ok:
        raise SmokeTestError("the model's smoke prediction returned a malformed result")
    return description


@dataclass(frozen=True)
class LoadedScreener:
    """A smoke-tested screener with where it came from."""

    screener: Any
    model: ResolvedModel
    description: dict[str, Any]
    metadata: dict[str, Any] = field(default_factory=dict)  # the MLmodel's ``metadata``
    local_path: str | None = None  # the downloaded model directory, when :func:`load` was given one


_CACHE: OrderedDict[str, LoadedScreener] = OrderedDict()
_CACHE_SIZE = 4
_lock = threading.Lock()


def load(uri: str, *, client: Any = None, location: str | None = None, cache: bool = True) -> LoadedScreener:
    """Resolve, load, unwrap and smoke-test the screener behind ``uri``.

    ``location`` loads the files from there instead (a local copy of the resolved model). With ``cache``
    the last few loaded registered versions and run models are kept in this process (paths are always read
    again): loading ``models:/x@champion`` after the alias moved loads the new version; loading an unchanged
    one returns the kept object.
    """
    resolved = (
        resolve(uri, client=client) if location is None else ResolvedModel(uri, None, None, None, location)
    )
    key = resolved.download_uri  # unique per store and version (two stores may both have a version 1)
    cache = (
        cache and location is None and parse(uri).scheme != "other"
    )  # registered versions and runs never change
    if cache:
        with _lock:
            hit = _CACHE.get(key)
            if hit is not None:
                _CACHE.move_to_end(key)
                return hit
    try:
        pyfunc_model = load_pyfunc(location or resolved.download_uri)
    except Exception as exc:
        raise ModelLoadError(f"cannot load model {uri!r}: {type(exc).__name__}: {_first_line(exc)}") from exc
    screener = unwrap(pyfunc_model)
    description = smoke_test(screener)
    if resolved.run_id is None:
        resolved = ResolvedModel(
            resolved.uri, resolved.name, resolved.version, pyfunc_model.metadata.run_id, resolved.download_uri
        )
    metadata = dict(getattr(pyfunc_model.metadata, "metadata", None) or {})
    loaded = LoadedScreener(screener, resolved, description, metadata, location)
    if cache:
        with _lock:
            _CACHE[key] = loaded
            while len(_CACHE) > _CACHE_SIZE:
                _CACHE.popitem(last=False)
    return loaded


def clear_cache() -> None:
    """Forget every loaded model (tests; a process that must reload from disk)."""
    with _lock:
        _CACHE.clear()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__
