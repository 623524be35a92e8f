"""The HTTP routes.

Scoring is CPU-bound: the scoring routes hand it to worker threads through a capacity limiter
(``scoring_threads`` per process), so the event loop never blocks and queued requests are served in order
instead of all slowing down together; single texts go through the micro-batcher (``service.batching``).
Use several worker processes to use several cores.

The scoring routes are the hot path, so they do little per request on the event loop: one dependency
(:func:`scoring_context`: the key, the served model, the settings, the batcher) instead of one per object
(FastAPI's cost grows with every dependency), and JSON serialised in the worker thread
(:func:`service.scoring.result_json`) returned as a ready :class:`~fastapi.Response`. ``response_model``
still declares the documented shape.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

import anyio.to_thread
from anyio import CapacityLimiter
from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import PlainTextResponse
from prometheus_client import CONTENT_TYPE_LATEST

from service.auth import BEARER_SECURITY, AdminKey, AnyKey, authorize, bearer_credentials
from service.batching import MicroBatcher
from service.deps import (
    Holder,
    MetricsDep,
    ModelNotReady,
    ServedModel,
    SettingsDep,
    current_model,
    get_app_settings,
    get_model,
    overridden,
)
from service.errors import InvalidInput
from service.loader import LoadedModel
from service.metrics import Metrics
from service.redact import redact
from service.reloading import Coordinator, get_coordinator
from service.schemas import (
    BatchRequest,
    BatchResponse,
    ErrorResponse,
    Health,
    ModelInfo,
    ModelRef,
    Readiness,
    ReloadResponse,
    ScreenRequest,
    ScreenResult,
)
from service.scoring import batch_json, score
from service.settings import Settings

router = APIRouter()
BATCH_CHUNK = 32
"""Texts per model call of a batch request; cancellation (the client left) takes effect between calls."""


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    text = {
        400: "Bad request headers.",
        401: "Missing or invalid API key.",
        403: "The key's role may not call this endpoint.",
        409: (
            "The reloaded model was rejected (not a screener, smoke prediction or canary check failed), "
            "or a reload is already running; the old model keeps serving."
        ),
        413: "The request body is larger than the configured limit.",
        422: "Invalid input: malformed JSON, an empty or too long text, a batch over the limit.",
        500: "Unexpected error; quote the request id.",
        502: "The model registry or the model's files could not be reached; the old model keeps serving.",
        503: "No model is loaded.",
    }
    return {code: {"model": ErrorResponse, "description": text[code]} for code in codes}


_SCORING_ERRORS = _errors(400, 401, 403, 413, 422, 500, 503)


def _parse_time(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:  # a hand-written training time that is not ISO 8601: leave it out
        return None


def _check_limits(texts: list[str], settings_max_chars: int, prefix: str) -> None:
    for i, text in enumerate(texts):
        if len(text) > settings_max_chars:
            where = f"{prefix}.{i}.text" if prefix.endswith("items") else f"{prefix}.text"
            raise InvalidInput(f"{where}: the text is longer than {settings_max_chars} characters")


def _record(request: Request, texts: list[str]) -> None:
    state = request.scope["state"]  # what the access log reads (service.middleware)
    state["n_texts"] = len(texts)
    state["text_chars"] = sum(len(t) for t in texts)


@dataclass(frozen=True, slots=True)
class Scoring:
    """What a scoring route needs, resolved by one dependency."""

    model: LoadedModel
    settings: Settings
    batcher: MicroBatcher
    limiter: CapacityLimiter
    metrics: Metrics


async def scoring_context(request: Request) -> Scoring:
    """An ``intake`` key (401/403), then the served model (503), the settings, the batcher and the limiter."""
    authorize(request, await bearer_credentials(request), ("intake",))
    state = request.state
    model = await overridden(request, get_model)  # a test's fault injection
    return Scoring(
        model=current_model(request, state.holder) if model is None else model,
        settings=await get_app_settings(request),
        batcher=state.batcher,
        limiter=state.scoring_limiter,
        metrics=request.app.state.metrics,
    )


ScoringDep = Annotated[Scoring, Depends(scoring_context)]


def _json(content: bytes) -> Response:
    return Response(content, media_type="application/json")


def _new_report_id() -> str:
    return f"{random.getrandbits(128):032x}"  # an id, not a secret (as the request id: service.middleware)


@router.post(
    "/v1/screen",
    tags=["screening"],
    summary="Screen one report (คัดกรองเรื่องร้องเรียน)",
    response_model=ScreenResult,
    responses=_SCORING_ERRORS,
    openapi_extra=BEARER_SECURITY,
)
async def screen(body: ScreenRequest, request: Request, scoring: ScoringDep) -> Response:
    """Screen one report: credibility, category, an advisory decision, flags, evidence and details."""
    _record(request, [body.text])
    _check_limits([body.text], scoring.settings.max_text_chars, "body")
    result: bytes = await scoring.batcher.submit(scoring.model, body.text, body.id or _new_report_id())
    return _json(result)


@router.post(
    "/v1/screen/batch",
    tags=["screening"],
    summary="Screen up to 256 reports (คัดกรองหลายเรื่อง)",
    response_model=BatchResponse,
    responses=_SCORING_ERRORS,
    openapi_extra=BEARER_SECURITY,
)
async def screen_batch(body: BatchRequest, request: Request, scoring: ScoringDep) -> Response:
    """Screen a batch; results come back in the same order, each with its ``id``."""
    settings = scoring.settings
    texts = [item.text for item in body.items]
    _record(request, texts)
    if len(texts) > settings.batch_max:
        raise InvalidInput(f"body.items: a batch holds at most {settings.batch_max} items, got {len(texts)}")
    _check_limits(texts, settings.max_text_chars, "body.items")
    ids = [item.id for item in body.items]
    results: list[bytes] = []
    for start in range(0, len(texts), BATCH_CHUNK):  # a client that leaves cancels the rest between chunks
        chunk = slice(start, start + BATCH_CHUNK)
        results += await anyio.to_thread.run_sync(
            score, scoring.model, texts[chunk], ids[chunk], scoring.metrics, limiter=scoring.limiter
        )
    scoring.metrics.batch_size.observe(len(texts))
    return _json(batch_json(results))


@router.get(
    "/v1/model", tags=["model"], summary="The model being served", responses=_errors(401, 403, 500, 503)
)
def model_info(_key: AnyKey, model: ServedModel) -> ModelInfo:
    """Name, version, run id, labels, thresholds, evaluation metrics, training time and data digest."""
    d = model.description
    return ModelInfo(
        **model.ref,
        uri=redact(model.uri),
        source=model.source,
        source_note=redact(model.source_note) if model.source_note else None,
        loaded_at=model.loaded_at,
        labels=d.get("labels", {}),
        thresholds={k: float(v) for k, v in d.get("thresholds", {}).items()},
        metrics=model.facts.metrics,
        trained_at=_parse_time(model.facts.trained_at),
        data_digest=model.facts.data_digest,
    )


@router.post(
    "/v1/admin/reload",
    tags=["admin"],
    summary="Reload the model the alias points to",
    responses=_errors(401, 403, 409, 500, 502),
)
def reload(
    _key: AdminKey,
    settings: SettingsDep,
    coordinator: Annotated[Coordinator, Depends(get_coordinator)],
) -> ReloadResponse:
    """Load the current target of the model URI; swap it in only if it loads, passes a smoke prediction and
    the canary check, on every worker of this server (and of others, through the alias poll).

    One reload at a time across the workers. On failure the old model keeps serving and ``detail`` says
    why (409: rejected by the smoke prediction or the canary check, or a reload is already running;
    502: the registry or the model's files are unreachable).
    """
    outcome = coordinator.reload(settings)
    previous, loaded = outcome.previous, outcome.current
    prev_ref = ModelRef(**previous.ref) if previous else None
    current = ModelRef(**loaded.ref)
    return ReloadResponse(status="reloaded", changed=prev_ref != current, previous=prev_ref, current=current)


@router.get("/healthz", tags=["operations"], summary="The process is alive")
def healthz() -> Health:
    return Health(status="ok")


@router.get(
    "/readyz",
    tags=["operations"],
    summary="A model is loaded",
    responses={503: {"model": ErrorResponse, "description": "No model is loaded."}},
)
def readyz(holder: Holder) -> Readiness:
    current = holder.current
    if current is None:
        raise ModelNotReady("not ready: no model is loaded")
    return Readiness(status="ready", model=ModelRef(**current.ref), source=current.source)


@router.get(
    "/metrics",
    tags=["operations"],
    summary="Prometheus metrics",
    response_class=PlainTextResponse,
    responses={
        200: {
            "content": {"text/plain": {"schema": {"type": "string"}}},
            "description": "Prometheus text format.",
        }
    },
)
def metrics_endpoint(metrics: MetricsDep) -> PlainTextResponse:
    return PlainTextResponse(metrics.exposition(), media_type=CONTENT_TYPE_LATEST)
