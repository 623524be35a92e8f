"""The case store as the app holds it: engine, sessions, vault, made in the lifespan; and :func:`run_db`,
which runs a service function on a worker thread and turns an unreachable database into a 503.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Annotated, Any, TypeVar

import anyio.to_thread
from fastapi import Depends, Request
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from service import db
from service.cases.crypto import Vault
from service.cases.service import DedupSettings
from service.errors import ServiceError
from service.settings import Settings

log = logging.getLogger("khatkrong.service")
T = TypeVar("T")


class StoreUnavailable(ServiceError):
    status = 503


class CaseDeskDisabled(ServiceError):
    status = 503


def vault_from(settings: Settings) -> Vault:
    current, old = settings.case_secrets()
    return Vault(current, old)


def dedup_from(settings: Settings) -> DedupSettings:
    return DedupSettings(
        threshold=settings.dedup_threshold,
        window_days=settings.dedup_window_days,
        campaign_min_cases=settings.campaign_min_cases,
        campaign_window_days=settings.campaign_window_days,
    )


@dataclass
class CaseStore:
    """What the case routes need; one per app (per worker process)."""

    engine: Engine
    sessions: sessionmaker[Session]
    vault: Vault
    dedup: DedupSettings
    retry_after: int
    embedded: bool
    problem: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self) -> None:
        """Make sure the schema is at the newest migration (the embedded store upgrades itself)."""
        with self._lock:
            if self.embedded:
                db.upgrade(self.engine)
            else:
                current, head = db.current_revision(self.engine), db.head_revision(self.engine)
                if current != head:
                    self.problem = (
                        f"the case store is at migration {current or 'none'}, the service needs {head}: "
                        "run `khatkrong db upgrade`"
                    )
                    raise StoreUnavailable(self.problem, headers={"Retry-After": str(self.retry_after)})
            self.problem = None

    def unavailable(self, why: str) -> StoreUnavailable:
        return StoreUnavailable(
            f"the case store is unreachable ({why}); nothing was lost: retry after {self.retry_after} s",
            headers={"Retry-After": str(self.retry_after)},
        )

    def close(self) -> None:
        self.engine.dispose()


_UNREACHABLE = (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.TimeoutError)


def open_case_store(settings: Settings) -> CaseStore:
    """Make the engine and check the schema; a store that is down now is retried at each request."""
    url = db.resolve_url(settings.database_url.get_secret_value() if settings.database_url else None)
    engine = db.make_engine(url)
    store = CaseStore(
        engine=engine,
        sessions=db.sessions(engine),
        vault=vault_from(settings),
        dedup=dedup_from(settings),
        retry_after=settings.store_retry_after,
        embedded=db.is_embedded(url),
        problem="not checked yet",
    )
    try:
        store.check()
    except StoreUnavailable as exc:
        log.error("case store not ready: %s", exc.detail, extra={"event": "case_store_unavailable"})
    except _UNREACHABLE as exc:
        store.problem = type(exc.orig).__name__ if isinstance(exc, sa_exc.DBAPIError) else type(exc).__name__
        log.error(
            "case store unreachable at start-up; case routes answer 503 until it is back",
            extra={"event": "case_store_unavailable", "error_type": store.problem},
        )
    else:
        log.info("case store ready", extra={"event": "case_store_ready"})
    return store


def call_db(store: CaseStore, fn: Callable[..., T], kwargs: dict[str, Any]) -> T:
    """Run ``fn(session, **kwargs)`` in a fresh session (on the calling thread)."""
    try:
        if store.problem is not None:
            store.check()
        with store.sessions() as session:
            return fn(session, **kwargs)
    except _UNREACHABLE as exc:
        why = type(exc.orig).__name__ if isinstance(exc, sa_exc.DBAPIError) else type(exc).__name__
        log.warning("case store unreachable", extra={"event": "case_store_unavailable", "error_type": why})
        store.problem = why
        raise store.unavailable("the database did not answer") from exc
    except sa_exc.DBAPIError as exc:
        if exc.connection_invalidated:
            store.problem = "connection lost"
            raise store.unavailable("the connection was lost") from exc
        raise


async def run_db(store: CaseStore, fn: Callable[..., T], /, **kwargs: Any) -> T:
    """``fn(session, **kwargs)`` on a worker thread (database calls block)."""
    return await anyio.to_thread.run_sync(partial(call_db, store, fn, kwargs))


async def get_store(request: Request) -> CaseStore:
    store: CaseStore | None = request.state.case_store
    if store is None:
        raise CaseDeskDisabled("the case desk is disabled on this deployment (KHATKRONG_CASES_ENABLED=false)")
    return store


Store = Annotated[CaseStore, Depends(get_store)]
