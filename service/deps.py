"""Dependencies the routes share: the served model (from lifespan state), the settings and the metrics.

They are ``async``: they do no I/O and no heavy work, and FastAPI would run plain ``def`` dependencies in
the thread pool, one hop each, behind the scoring threads.

The settings come from the app (``app.state.settings``, set by ``create_app``), not through
``app.dependency_overrides``: while that mapping is non-empty FastAPI rebuilds every sub-dependency's
signature on every request (``inspect.signature`` per dependency: about 13% of a worker's busy time in the
profile under ``bench/serve.py`` load, the largest cost around the model), so production keeps it empty.
Tests may still override :func:`service.settings.get_settings` there; :func:`get_app_settings` honours it.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import Annotated, Any

from anyio import CapacityLimiter
from fastapi import Depends, Request

from service.batching import MicroBatcher
from service.errors import ServiceError
from service.loader import LoadedModel
from service.metrics import Metrics
from service.settings import Settings, get_settings


class ModelHolder:
    """The served model, swapped atomically on reload (one reference assignment)."""

    def __init__(self) -> None:
        self.current: LoadedModel | None = None
        self.problem: str | None = None
        self.reload_lock = threading.Lock()


class ModelNotReady(ServiceError):
    status = 503


async def get_holder(request: Request) -> ModelHolder:
    holder: ModelHolder = request.state.holder
    return holder


async def get_model(request: Request, holder: Annotated[ModelHolder, Depends(get_holder)]) -> LoadedModel:
    """The model to score with; the one read here serves the whole request even if a reload swaps it."""
    return current_model(request, holder)


def current_model(request: Request, holder: ModelHolder) -> LoadedModel:
    """The served model (503 when none is loaded); its version goes to the request's state for the metrics."""
    current = holder.current
    if current is None:
        raise ModelNotReady(
            "no model is loaded: the model registry and the local copy both failed at start-up; "
            "see the service log, then ask an admin to call POST /v1/admin/reload"
        )
    request.state.model_version = current.facts.version
    return current


ServedModel = Annotated[LoadedModel, Depends(get_model)]
Holder = Annotated[ModelHolder, Depends(get_holder)]


async def get_app_settings(request: Request) -> Settings:
    """The app's settings (``create_app(settings)``), or a test's override of ``get_settings``."""
    override = await overridden(request, get_settings)
    settings: Settings = request.app.state.settings if override is None else override
    return settings


async def overridden(request: Request, dependency: Callable[..., Any]) -> Any | None:
    """What a test's ``app.dependency_overrides[dependency]`` (a callable without parameters) gives, else
    ``None``: for the dependencies that the hot path resolves itself rather than through FastAPI."""
    replacement = request.app.dependency_overrides.get(dependency)
    if replacement is None:
        return None
    value = replacement()
    return await value if inspect.isawaitable(value) else value


SettingsDep = Annotated[Settings, Depends(get_app_settings)]


async def get_metrics(request: Request) -> Metrics:
    metrics: Metrics = request.app.state.metrics
    return metrics


MetricsDep = Annotated[Metrics, Depends(get_metrics)]


async def get_limiter(request: Request) -> CapacityLimiter:
    limiter: CapacityLimiter = request.state.scoring_limiter
    return limiter


ScoringLimiter = Annotated[CapacityLimiter, Depends(get_limiter)]


async def get_batcher(request: Request) -> MicroBatcher:
    batcher: MicroBatcher = request.state.batcher
    return batcher


Batcher = Annotated[MicroBatcher, Depends(get_batcher)]
