"""One model across the workers of a server, and across servers: reloads, the alias poll and the reload lock.

Each worker process holds its own copy of the model; they agree through the **per-run state directory**
(``Settings.state_dir``; ``khatkrong serve`` makes ``.khatkrong/run/<host>-<port>/`` fresh at every start):

* ``reload.lock`` -- an exclusive ``flock``: one reload at a time across the workers (a second one, on any
  worker, gets 409 at once instead of loading the same model twice);
* ``served.json`` -- the version the last reload swapped in (name, version, run id), written atomically.

A reload (``POST /v1/admin/reload``, or the alias poll) runs on one worker: it takes the lock, resolves the
alias, loads and smoke-tests the candidate, runs the canary check (:mod:`service.canary`), swaps it in and
publishes it in ``served.json``. Every worker checks ``served.json`` every second and loads the published
version (pinned as ``models:/NAME/VERSION``, so all workers serve the same one even if the alias moves
again), and every ``model_poll_seconds`` asks the registry where the alias points: when it moved, that
worker reloads as above. Servers on other hosts poll the same registry, so an alias change reaches every
worker of every instance within ``model_poll_seconds`` plus the load time; a reload on one worker reaches
the other workers of its server within about a second plus the load time. A version refused by the canary
is recorded in ``served.json`` and not retried until the alias moves again.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import logging
import os
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio.to_thread
from fastapi import Request

from service import canary
from service.errors import ServiceError
from service.loader import LoadedModel, ModelLoadError, ModelRejected, load_from_registry, resolve_version
from service.metrics import Metrics
from service.settings import Settings

log = logging.getLogger("khatkrong.service")

FOLLOW_TICK = 1.0
"""Seconds between two checks of ``served.json`` by each worker."""


class ReloadBusy(ServiceError):
    """Another reload is running, on this worker or another one."""

    status = 409


class RunState:
    """The per-run state directory shared by the workers of one server."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.lock_path = directory / "reload.lock"
        self.served_path = directory / "served.json"

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[bool]:
        """Hold the reload lock if it is free; yields whether it was taken (never waits)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def stamp(self) -> int | None:
        """A cheap change marker of ``served.json`` (its mtime in ns), ``None`` when absent."""
        try:
            return self.served_path.stat().st_mtime_ns
        except FileNotFoundError:
            return None

    def read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.served_path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def write(self, **changes: Any) -> None:
        """Merge ``changes`` into ``served.json`` (atomic replace; callers hold the lock)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        data = {**self.read(), **changes, "updated_at": datetime.now(UTC).isoformat(), "pid": os.getpid()}
        tmp = self.served_path.with_name(f".served-{uuid.uuid4().hex[:8]}.json")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, self.served_path)


@dataclass(frozen=True)
class ReloadOutcome:
    previous: LoadedModel | None
    current: LoadedModel


class Coordinator:
    """Reloads of one worker, kept in step with the other workers through a :class:`RunState`."""

    def __init__(self, settings: Settings, holder: Any, state: RunState, metrics: Metrics) -> None:
        self.settings = settings
        self.holder = holder
        self.state = state
        self.metrics = metrics
        self._seen_stamp: int | None = None
        self._follow_failed: dict[str, float] = {}  # version -> monotonic time of the last failed follow

    # --- reloads -------------------------------------------------------------------------------------

    def reload(self, settings: Settings | None = None, *, trigger: str = "admin") -> ReloadOutcome:
        """Load the alias's current target, check it, swap it in and publish it (blocking).

        Raises :class:`ReloadBusy` when another reload runs anywhere in this server,
        :class:`~service.loader.ModelRejected` (409) when the candidate is refused and
        :class:`~service.loader.ModelLoadError` (502) when the store cannot be reached.
        """
        settings = settings or self.settings
        if not self.holder.reload_lock.acquire(blocking=False):
            self.metrics.reloads.labels("busy").inc()
            raise ReloadBusy("a reload is already running; try again when it ends")
        try:
            with self.state.exclusive() as mine:
                if not mine:
                    self.metrics.reloads.labels("busy").inc()
                    raise ReloadBusy("a reload is already running on another worker; try again when it ends")
                return self._reload_locked(settings, trigger)
        finally:
            self.holder.reload_lock.release()

    def _reload_locked(self, settings: Settings, trigger: str) -> ReloadOutcome:
        previous = self.holder.current
        log.info("reload started", extra={"event": "reload_started", "outcome": trigger})
        target: str | None = None
        try:
            target = resolve_version(settings)  # pinned: the alias may move while we load
            loaded = load_from_registry(settings, version=target)
            measured = canary.check(
                loaded.screener,
                loaded.description,
                loaded.facts.metrics,
                min_credible_proceed=settings.canary_min_credible_proceed,
                max_drop=settings.canary_max_drop,
            )
        except (ModelLoadError, ModelRejected) as exc:
            rejected = isinstance(exc, ModelRejected)
            self.metrics.reloads.labels("rejected" if rejected else "unreachable").inc()
            if rejected:
                self.state.write(refused_version=target, refused=exc.detail)
            log.warning(
                "reload refused: %s",
                exc.detail,
                extra={"event": "reload_failed", "outcome": "rejected" if rejected else "unreachable"},
            )
            raise type(exc)(
                f"{exc.detail}; still serving the previous model" if previous else exc.detail
            ) from exc
        self._swap(loaded)
        self.state.write(served=loaded.ref, uri=settings.model_uri, refused_version=None, refused=None)
        self._seen_stamp = self.state.stamp()
        self.metrics.reloads.labels("reloaded").inc()
        log.info(
            "model reloaded",
            extra={
                "event": "model_reloaded",
                "model_name": loaded.facts.name,
                "model_version": loaded.facts.version,
                "outcome": trigger,
                "reason": json.dumps(measured, sort_keys=True),
            },
        )
        return ReloadOutcome(previous, loaded)

    def _swap(self, loaded: LoadedModel) -> None:
        self.holder.current = loaded  # the atomic swap: running requests keep the model they started with
        self.holder.problem = None
        self.metrics.served(loaded.ref, loaded.source)

    # --- following the other workers ------------------------------------------------------------------

    def follow(self) -> bool:
        """Load the version another worker published, when it differs from ours; whether we swapped."""
        stamp = self.state.stamp()
        if stamp is None or stamp == self._seen_stamp:
            return False
        served = (self.state.read().get("served") or {}) if stamp else {}
        version = served.get("version")
        current = self.holder.current
        if not version or (current is not None and current.facts.version == version):
            self._seen_stamp = stamp
            return False
        failed = self._follow_failed.get(version)
        if failed is not None and time.monotonic() - failed < self.settings.model_poll_seconds:
            return False
        if not self.holder.reload_lock.acquire(blocking=False):
            return False  # a reload of our own is running; look again at the next tick
        try:
            loaded = load_from_registry(self.settings, version=version)
        except ServiceError as exc:
            self._follow_failed[version] = time.monotonic()
            log.warning(
                "could not load the version another worker serves: %s",
                exc.detail,
                extra={"event": "follow_failed", "model_version": version},
            )
            return False
        else:
            self._swap(loaded)
            self._seen_stamp = stamp
            self._follow_failed.pop(version, None)
            self.metrics.reloads.labels("followed").inc()
            log.info(
                "model reloaded to follow another worker",
                extra={"event": "model_followed", "model_version": loaded.facts.version},
            )
            return True
        finally:
            self.holder.reload_lock.release()

    def alias_moved(self) -> bool:
        """Whether the configured alias names another version than the one served (and not a refused one)."""
        try:
            target = resolve_version(self.settings)
        except ServiceError as exc:
            log.debug("alias poll failed: %s", exc.detail, extra={"event": "alias_poll_failed"})
            return False
        current = self.holder.current
        if target is None or (current is not None and current.facts.version == target):
            return False
        return target != self.state.read().get("refused_version")

    def poll_alias(self) -> None:
        """Reload when the alias moved (blocking); a busy lock means another worker is already at it."""
        if not self.alias_moved():
            return
        with contextlib.suppress(
            ServiceError
        ):  # busy, refused or unreachable: logged, counted, retried later
            self.reload(trigger="alias_poll")

    async def run(self) -> None:
        """The worker's loop: follow ``served.json`` every second, poll the alias every interval."""
        next_alias_poll = time.monotonic() + self.settings.model_poll_seconds
        while True:
            await asyncio.sleep(min(FOLLOW_TICK, self.settings.model_poll_seconds))
            try:
                await anyio.to_thread.run_sync(self.follow)
                if time.monotonic() >= next_alias_poll:
                    next_alias_poll = time.monotonic() + self.settings.model_poll_seconds
                    await anyio.to_thread.run_sync(self.poll_alias)
            except Exception as exc:  # the loop must survive anything; the next tick tries again
                log.error("model poll failed: %s", type(exc).__name__, extra={"event": "poll_failed"})


async def get_coordinator(request: Request) -> Coordinator:
    coordinator: Coordinator = request.state.coordinator
    return coordinator
