"""The FastAPI app: ``create_app(settings)`` builds it; the lifespan loads the model.

Run it with ``khatkrong serve`` (:mod:`service.cli`) or ``uvicorn --factory service.main:create_app``.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import inspect
import os
import shutil
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
from fastapi import FastAPI

from model import store
from service import docs, errors
from service.auth import KeyRing
from service.batching import MicroBatcher
from service.cases.routes import router as cases_router
from service.cases.store import open_case_store
from service.deps import ModelHolder
from service.errors import ServiceError
from service.loader import load_at_startup
from service.logging import configure
from service.metrics import Metrics
from service.middleware import RequestContextMiddleware
from service.reloading import Coordinator, RunState
from service.review.routes import install as install_review
from service.review.service import Sampling
from service.routes import router
from service.scoring import score
from service.settings import Settings, get_settings
from service.startup import check_store, watch_parent

DESCRIPTION = """
Screens Thai-language complaints and tip-offs sent to public-sector integrity bodies
(ระบบคัดกรองเรื่องร้องเรียน). Results are **advisory**: people decide.

Send an API key as `Authorization: Bearer <key>`. Roles: `intake` screens reports, `reviewer` reads the model
card and works the case queue, `admin` also reloads the model, re-screens cases, reveals a reporter with a
stated reason and reads the audit. `/healthz`, `/readyz` and `/metrics` need no key.
"""


def _telemetry() -> dict[str, Any]:
    """FastAPI's OpenTelemetry (FastAPI 0.165+) as configured by ``OTEL_*`` variables; with none set, off:
    it would look up the global providers (environment variables) on every request for nothing."""
    if any(name.startswith("OTEL_") for name in os.environ):
        return {}  # FastAPI's defaults
    if "telemetry" not in inspect.signature(FastAPI.__init__).parameters:
        return {}  # an older FastAPI: no native telemetry
    return {"telemetry": {"tracing": False, "metrics": False, "logs": False}}


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app for ``settings`` (read from the environment when ``None``); nothing loads until start-up."""
    settings = settings or get_settings()
    log = configure(settings.log_level)
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
        holder = ModelHolder()
        metrics.served(None, None)
        store.set_environment_defaults()  # fail fast when the store is down; the operator's values win
        watch_parent()  # a worker of `khatkrong serve` stops when its supervisor is killed
        check_store(settings.tracking_uri, create=settings.create_store)  # a typo is not a new, empty store
        if (warning := settings.body_limit_warning()) is not None:
            log.warning(warning, extra={"event": "body_limit_below_batch"})
        scratch = None if settings.state_dir is not None else tempfile.mkdtemp(prefix="khatkrong-run-")
        state = RunState(settings.state_dir or Path(str(scratch)))
        try:
            loaded = await anyio.to_thread.run_sync(load_at_startup, settings)
        except ServiceError as exc:
            holder.problem = exc.detail
            log.error("no model loaded; not ready: %s", exc.detail, extra={"event": "model_unavailable"})
        else:
            holder.current = loaded
            metrics.served(loaded.ref, loaded.source)
            extra = {
                "event": "model_loaded",
                "model_name": loaded.facts.name,
                "model_version": loaded.facts.version,
                "model_source": loaded.source,
            }
            if loaded.source == "cache":
                log.warning("model loaded from the local copy: %s", loaded.source_note, extra=extra)
            else:
                log.info("model loaded from the registry", extra=extra)
        limiter = anyio.CapacityLimiter(settings.scoring_threads)
        batcher = MicroBatcher(
            partial(score, metrics=metrics),
            limiter=limiter,
            consumers=settings.scoring_threads,
            max_batch=settings.microbatch_max,
            on_batch=metrics.microbatch_size.observe,
        )
        batcher.start()
        case_store = (
            await anyio.to_thread.run_sync(open_case_store, settings) if settings.cases_enabled else None
        )
        coordinator = Coordinator(settings, holder, state, metrics)
        poller = asyncio.create_task(coordinator.run())
        # The start-up heap (the libraries and the model: about 130k objects) goes to the permanent generation, so
        # the collector's full passes stop walking it (bench/speed.py's gc.freeze row: screen 0.56 -> 0.62x the
        # plain model at load 8; no gain in-process on a quiet machine). A model loaded later by a reload is
        # collected as usual. Once per
        # process: an app built again in the same process (tests) must not pin the previous one's garbage.
        if gc.get_freeze_count() == 0:
            gc.collect()
            gc.freeze()
        try:
            yield {
                "holder": holder,
                "scoring_limiter": limiter,
                "batcher": batcher,
                "coordinator": coordinator,
                "case_store": case_store,
            }
        finally:
            poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poller
            await batcher.stop()
            holder.current = None
            metrics.close()
            if case_store is not None:
                case_store.close()
            if scratch is not None:
                shutil.rmtree(scratch, ignore_errors=True)

    app = FastAPI(
        title="Khatkrong scoring service",
        summary="Advisory screening of Thai complaints and tip-offs (คัดกรอง)",
        description=DESCRIPTION,
        version="1",
        lifespan=lifespan,
        docs_url=None,  # served from the installed swagger-ui-bundle by service.docs: no CDN
        redoc_url=None,
        **_telemetry(),
    )
    app.state.settings = settings  # what service.deps.SettingsDep hands out (no dependency_overrides)
    secret = settings.key_id_secret.get_secret_value().encode() if settings.key_id_secret else b""
    app.state.keyring = KeyRing(settings.key_roles(), secret)
    app.state.metrics = metrics
    errors.install(app)
    app.include_router(router)
    docs.install(app)
    if settings.cases_enabled:
        app.include_router(cases_router)
        install_review(  # the reviewers' web desk (/review) and /v1/stats: they work on the case store
            app,
            secret=settings.case_secrets()[0],
            sampling=Sampling(settings.review_audit_rate, settings.review_double_rate),
        )
    app.add_middleware(
        RequestContextMiddleware,
        max_body_bytes=settings.body_limit,
        body_timeout=settings.body_timeout,
        metrics=metrics,
        logger=log,
    )
    return app
