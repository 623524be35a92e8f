"""Micro-batching: concurrent single-text requests share one model call.

The model's fixed cost per call (vectoriser set-up, input checks) is larger than its cost per text, so
``screen(32 texts)`` costs far less than 32 calls of ``screen(1 text)``. Consumers take whatever requests
are queued when they become free, up to ``max_batch``; nothing waits for a batch to fill, so a lone
request is scored at once and batches only form under load.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import anyio
import anyio.to_thread

Score = Callable[[Any, list[str], list[str]], list[Any]]
"""``score(model, texts, ids) -> results``, run in a worker thread."""


@dataclass
class _Item:
    model: Any
    text: str
    rid: str
    future: asyncio.Future[Any] = field(repr=False)


class MicroBatcher:
    """Queue single-text requests and score them in batches of at most ``max_batch``."""

    def __init__(
        self,
        score: Score,
        *,
        limiter: anyio.CapacityLimiter,
        consumers: int,
        max_batch: int,
        on_batch: Callable[[int], None] | None = None,
    ) -> None:
        self._score = score
        self._limiter = limiter
        self._n_consumers = consumers
        self._max_batch = max_batch
        self._on_batch = on_batch
        self._queue: asyncio.Queue[_Item] = asyncio.Queue()
        self._tasks: list[asyncio.Task[None]] = []

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._consume()) for _ in range(self._n_consumers)]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def submit(self, model: Any, text: str, rid: str) -> Any:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait(_Item(model, text, rid, future))
        return await future

    async def _consume(self) -> None:
        while True:
            items = [await self._queue.get()]
            while len(items) < self._max_batch and not self._queue.empty():
                items.append(self._queue.get_nowait())
            # A reload may swap the model mid-queue: one call per model object.
            groups: dict[int, list[_Item]] = {}
            for item in items:
                groups.setdefault(id(item.model), []).append(item)
            for group in groups.values():
                await self._run(group)

    async def _run(self, group: list[_Item]) -> None:
        live = [item for item in group if not item.future.done()]  # the client may have gone
        if not live:
            return
        if self._on_batch is not None:
            self._on_batch(len(live))
        try:
            results = await anyio.to_thread.run_sync(
                self._score,
                live[0].model,
                [i.text for i in live],
                [i.rid for i in live],
                limiter=self._limiter,
            )
        except Exception as exc:
            if len(live) == 1:
                _settle(live[0], exc=exc)
                return
        else:
            for item, result in zip(live, results, strict=True):
                _settle(item, result=result)
            return
        for item in live:  # one text broke the batch: score them one by one, so only its request fails
            await self._run([item])


def _settle(item: _Item, *, result: Any = None, exc: BaseException | None = None) -> None:
    if item.future.done():
        return
    if exc is not None:
        item.future.set_exception(exc)
    else:
        item.future.set_result(result)
