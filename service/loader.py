"""Loading the served model: from the MLflow registry, or from the local copy when the store is unreachable.

After every successful load from the registry the downloaded model directory is copied to
``<model_cache_dir>/<uri slug>/`` with a ``model.json`` (name, version, run id and the facts ``/v1/model``
reports), so that a restart still serves when the tracking store is down. A model is only accepted after a
smoke prediction on a fixed Thai text.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, cast

from model import store
from model.pipeline import Screener
from service.errors import ServiceError
from service.redact import redact
from service.settings import Settings

log = logging.getLogger("khatkrong.service")

SMOKE_TEXT = store.SMOKE_TEXT


class ModelLoadError(ServiceError):
    """The model store or the model's files could not be reached or read."""

    status = 502


class ModelRejected(ServiceError):
    """A model loaded but is not a screener, or failed its smoke prediction."""

    status = 409


@dataclass(frozen=True)
class ModelFacts:
    """What ``/v1/model`` reports besides the screener's own description."""

    name: str | None = None
    version: str | None = None
    run_id: str | None = None
    metrics: dict[str, float] = field(default_factory=dict)
    trained_at: str | None = None  # ISO 8601
    data_digest: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "run_id": self.run_id,
            "metrics": self.metrics,
            "trained_at": self.trained_at,
            "data_digest": self.data_digest,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ModelFacts:
        return cls(
            name=data.get("name"),
            version=data.get("version"),
            run_id=data.get("run_id"),
            metrics={str(k): float(v) for k, v in (data.get("metrics") or {}).items()},
            trained_at=data.get("trained_at"),
            data_digest=data.get("data_digest"),
        )


@dataclass(frozen=True)
class LoadedModel:
    """A screener ready to serve, with where it came from."""

    screener: Screener
    facts: ModelFacts
    uri: str
    source: Literal["registry", "cache"]
    source_note: str | None
    description: dict[str, Any]
    loaded_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def ref(self) -> dict[str, str | None]:
        return {"name": self.facts.name, "version": self.facts.version, "run_id": self.facts.run_id}


def smoke_test(screener: Screener) -> dict[str, Any]:
    """Warm up, screen the smoke text and check the result's shape; raise :class:`ModelRejected` otherwise."""
    try:
        return store.smoke_test(screener)
    except store.SmokeTestError as exc:
        raise ModelRejected(str(exc)) from exc


def _unwrap(pyfunc_model: Any) -> Screener:
    try:
        return cast(Screener, store.unwrap(pyfunc_model))
    except store.ModelLoadError as exc:
        raise ModelRejected(str(exc)) from exc


def _load_pyfunc(path: str) -> Any:
    return store.load_pyfunc(path)


def _resolve(client: Any, uri: str) -> tuple[str | None, str | None, str | None, str]:
    """``(name, version, run_id, download_uri)`` for a model URI; aliases resolve to a fixed version."""
    resolved = store.resolve(uri, client=client)
    return resolved.name, resolved.version, resolved.run_id, resolved.download_uri


def _run_facts(client: Any, run_id: str | None, metadata: dict[str, Any]) -> dict[str, Any]:
    metrics: dict[str, float] = {}
    trained_at: str | None = None
    digest: str | None = None
    if run_id:
        run = client.get_run(run_id)
        metrics = {k: float(v) for k, v in run.data.metrics.items()}
        millis = run.info.end_time or run.info.start_time
        if millis:
            trained_at = datetime.fromtimestamp(millis / 1000, UTC).isoformat()
        inputs = getattr(run, "inputs", None)
        datasets = getattr(inputs, "dataset_inputs", None) or []
        if datasets:
            digest = datasets[0].dataset.digest
        params, tags = run.data.params, run.data.tags
        digest = digest or params.get("data_digest") or tags.get("data_digest")
    digest = metadata.get("data_digest") or digest
    for key, value in (metadata.get("metrics") or {}).items():
        metrics.setdefault(str(key), float(value))
    trained_at = metadata.get("trained_at") or trained_at
    return {"metrics": metrics, "trained_at": trained_at, "data_digest": digest}


def cache_slot(settings: Settings) -> Path:
    """The cache directory for the configured model URI (different URIs never share a copy)."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", settings.model_uri).strip("_")[:80]
    digest = hashlib.sha256(settings.model_uri.encode()).hexdigest()[:10]
    return settings.model_cache_dir / f"{slug}-{digest}"


def _save_to_cache(settings: Settings, model_dir: str, facts: ModelFacts) -> None:
    """Copy a loaded model to the cache; a failure is logged, never raised (the model serves anyway)."""
    slot = cache_slot(settings)
    tmp = slot.with_name(f"{slot.name}.tmp-{uuid.uuid4().hex[:8]}")
    try:
        tmp.mkdir(parents=True)
        shutil.copytree(model_dir, tmp / "model")
        (tmp / "model.json").write_text(
            json.dumps(
                {**facts.to_json(), "uri": settings.model_uri, "cached_at": datetime.now(UTC).isoformat()},
                ensure_ascii=False,
                indent=2,
            ),
            encoding="utf-8",
        )
        old = slot.with_name(f"{slot.name}.old-{uuid.uuid4().hex[:8]}")
        if slot.exists():
            os.replace(slot, old)
        os.replace(tmp, slot)
        shutil.rmtree(old, ignore_errors=True)
        log.info("model cached", extra={"event": "model_cached", "model_version": facts.version})
    except OSError as exc:  # another worker may have won the race: its copy is as good
        log.warning(
            "could not cache the model: %s", type(exc).__name__, extra={"event": "model_cache_failed"}
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def pinned_uri(model_uri: str, version: str | None) -> str:
    """``models:/NAME/VERSION`` for the configured ``models:/NAME@ALIAS`` URI pinned to ``version``.

    >>> pinned_uri("models:/khatkrong-screener@champion", "7")
    'models:/khatkrong-screener/7'
    """
    if version is None:
        return model_uri
    try:
        parsed = store.parse(model_uri)
    except store.ModelURIError:
        return model_uri
    return f"models:/{parsed.name}/{version}" if parsed.scheme == "models" else model_uri


def resolve_version(settings: Settings) -> str | None:
    """The version the configured URI names now (an alias's target), or ``None`` for non-registry URIs."""
    from mlflow.tracking import MlflowClient

    registry_uri = settings.registry_uri or settings.tracking_uri
    try:
        client = MlflowClient(tracking_uri=settings.tracking_uri, registry_uri=registry_uri)
        return _resolve(client, settings.model_uri)[1]
    except Exception as exc:
        raise ModelLoadError(
            f"could not resolve {redact(settings.model_uri)} in the model registry: "
            f"{type(exc).__name__}: {_short(exc)}"
        ) from exc


def load_from_registry(settings: Settings, version: str | None = None) -> LoadedModel:
    """Resolve, download, load and smoke-test the configured model, then cache it.

    With ``version``, load that version of the configured model's name (what another worker published),
    not the alias's current target.
    """
    from mlflow.artifacts import download_artifacts
    from mlflow.tracking import MlflowClient

    registry_uri = settings.registry_uri or settings.tracking_uri
    target = pinned_uri(settings.model_uri, version)
    try:
        client = MlflowClient(tracking_uri=settings.tracking_uri, registry_uri=registry_uri)
        name, version, run_id, download_uri = _resolve(client, target)
    except Exception as exc:
        raise ModelLoadError(
            f"could not resolve {redact(target)} in the model registry: {type(exc).__name__}: {_short(exc)}"
        ) from exc
    with tempfile.TemporaryDirectory(prefix="khatkrong-model-") as tmp:
        shown = f"models:/{name}/{version}" if version else redact(settings.model_uri)
        try:
            local = download_artifacts(
                artifact_uri=download_uri,
                dst_path=tmp,
                tracking_uri=settings.tracking_uri,
                registry_uri=registry_uri,
            )
        except Exception as exc:  # the store or its artefacts are unreachable: 502
            raise ModelLoadError(f"could not load {shown}: {type(exc).__name__}: {_short(exc)}") from exc
        try:
            pyfunc_model = _load_pyfunc(local)
        except Exception as exc:  # the files are here but are not a loadable pyfunc model: the model's fault
            raise ModelRejected(
                f"the model is not a Khatkrong screener: {shown} does not load as an MLflow pyfunc model: "
                f"{type(exc).__name__}: {_short(exc)}"
            ) from exc
        screener = _unwrap(pyfunc_model)
        description = smoke_test(screener)
        metadata = dict(getattr(pyfunc_model.metadata, "metadata", None) or {})
        try:
            extra = _run_facts(client, run_id, metadata)
        except Exception as exc:  # the model is good; its run's facts are a nice-to-have
            log.warning(
                "could not read the model's run: %s", type(exc).__name__, extra={"event": "run_facts_failed"}
            )
            extra = _run_facts(client, None, metadata)
        facts = ModelFacts(name=name, version=version, run_id=run_id, **extra)
        _save_to_cache(settings, local, facts)
    return LoadedModel(screener, facts, settings.model_uri, "registry", None, description)


def load_from_cache(settings: Settings, reason: str) -> LoadedModel:
    """Load the local copy of the configured model; ``reason`` says why the registry was not used."""
    slot = cache_slot(settings)
    if not (slot / "model.json").is_file():
        raise ModelLoadError(f"no local copy of {redact(settings.model_uri)} in {settings.model_cache_dir}")
    try:
        meta = json.loads((slot / "model.json").read_text(encoding="utf-8"))
        pyfunc_model = _load_pyfunc(str(slot / "model"))
    except Exception as exc:
        raise ModelLoadError(
            f"the local copy could not be loaded: {type(exc).__name__}: {_short(exc)}"
        ) from exc
    screener = _unwrap(pyfunc_model)
    description = smoke_test(screener)
    facts = ModelFacts.from_json(meta)
    note = redact(f"serving the local copy cached at {meta.get('cached_at')} because {reason}")
    return LoadedModel(screener, facts, settings.model_uri, "cache", note, description)


def load_at_startup(settings: Settings) -> LoadedModel:
    """Load from the registry, falling back to the local copy; raise :class:`ModelLoadError` if both fail."""
    try:
        return load_from_registry(settings)
    except ServiceError as exc:
        log.warning(
            "registry load failed, trying the local copy: %s",
            exc.detail,
            extra={"event": "registry_load_failed"},
        )
        try:
            return load_from_cache(settings, reason=exc.detail)
        except ServiceError as cache_exc:
            raise ModelLoadError(f"{exc.detail}; and {cache_exc.detail}") from cache_exc


def _short(exc: BaseException, limit: int = 300) -> str:
    """The exception's message on one line, credentials redacted, at most ``limit`` characters."""
    text = redact(" ".join(str(exc).split()))
    return text if len(text) <= limit else text[: limit - 3] + "..."
