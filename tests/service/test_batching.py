"""Micro-batching: results go to the right request, batches form under load, one bad text fails alone."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import anyio
import pytest

from service.batching import MicroBatcher


def run(coro: Any) -> Any:
    return asyncio.run(coro)


class FakeModel:
    def __init__(self, name: str) -> None:
        self.name = name


def make(
    calls: list[tuple[str, list[str]]], *, delay: float = 0.02, max_batch: int = 8, consumers: int = 1
) -> Any:
    lock = threading.Lock()

    def score(model: FakeModel, texts: list[str], ids: list[str]) -> list[str]:
        with lock:
            calls.append((model.name, list(texts)))
        time.sleep(delay)
        if any("bad" in t for t in texts):
            raise ValueError("cannot score")
        return [f"{model.name}:{rid}:{t.upper()}" for t, rid in zip(texts, ids, strict=True)]

    sizes: list[int] = []

    async def main(jobs: list[tuple[FakeModel, str, str]]) -> tuple[list[Any], list[int]]:
        batcher = MicroBatcher(
            score,
            limiter=anyio.CapacityLimiter(consumers),
            consumers=consumers,
            max_batch=max_batch,
            on_batch=sizes.append,
        )
        batcher.start()
        try:
            results = await asyncio.gather(
                *(batcher.submit(m, t, r) for m, t, r in jobs), return_exceptions=True
            )
        finally:
            await batcher.stop()
        return results, sizes

    return main


def test_results_match_their_requests_and_batches_form_under_load() -> None:
    calls: list[tuple[str, list[str]]] = []
    m = FakeModel("m")
    jobs = [(m, f"t{i}", f"r{i}") for i in range(20)]
    results, sizes = run(make(calls, max_batch=8)(jobs))
    assert results == [f"m:r{i}:T{i}" for i in range(20)]
    assert sum(sizes) == 20 and max(sizes) == 8 and len(calls) < 20


def test_a_lone_request_does_not_wait() -> None:
    calls: list[tuple[str, list[str]]] = []
    started = time.perf_counter()
    results, sizes = run(make(calls, delay=0.0)([(FakeModel("m"), "x", "1")]))
    assert results == ["m:1:X"] and sizes == [1]
    assert time.perf_counter() - started < 0.5


def test_one_bad_text_fails_only_its_request() -> None:
    calls: list[tuple[str, list[str]]] = []
    m = FakeModel("m")
    jobs = [(m, t, str(i)) for i, t in enumerate(["a", "b", "bad", "c", "d"])]
    results, _ = run(make(calls, max_batch=8)(jobs))
    assert [r for r in results if isinstance(r, str)] == ["m:0:A", "m:1:B", "m:3:C", "m:4:D"]
    assert isinstance(results[2], ValueError)


def test_requests_for_different_models_are_never_mixed() -> None:
    calls: list[tuple[str, list[str]]] = []
    old, new = FakeModel("old"), FakeModel("new")
    jobs = [(old if i % 2 else new, f"t{i}", str(i)) for i in range(10)]
    results, _ = run(make(calls, max_batch=16)(jobs))
    assert results == [f"{'old' if i % 2 else 'new'}:{i}:T{i}" for i in range(10)]
    for name, texts in calls:
        assert all((int(t[1:]) % 2 == 1) == (name == "old") for t in texts)


@pytest.mark.parametrize("consumers", [1, 2])
def test_consumers_share_the_queue(consumers: int) -> None:
    calls: list[tuple[str, list[str]]] = []
    jobs = [(FakeModel("m"), f"t{i}", str(i)) for i in range(12)]
    results, sizes = run(make(calls, max_batch=4, consumers=consumers)(jobs))
    assert sorted(results) == sorted(f"m:{i}:T{i}" for i in range(12))
    assert max(sizes) <= 4


def test_concurrent_http_requests_share_model_calls(client: Any, kit: Any) -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"ผู้รับเหมาเทถนนหมู่ {i} บางกว่าแบบ สัญญาเลขที่ {i}/2568 มูลค่า {i},000 บาท" for i in range(1, 25)]
    alone = [
        client.post("/v1/screen", json={"text": t, "id": str(i)}, headers=kit.auth("intake")).json()
        for i, t in enumerate(texts)
    ]
    with ThreadPoolExecutor(12) as pool:
        together = list(
            pool.map(
                lambda it: client.post(
                    "/v1/screen", json={"text": it[1], "id": str(it[0])}, headers=kit.auth("intake")
                ).json(),
                enumerate(texts),
            )
        )
    for a, b in zip(alone, together, strict=True):
        assert a["id"] == b["id"]
        assert a["credibility"]["probabilities"] == pytest.approx(b["credibility"]["probabilities"], abs=1e-6)
        assert a["evidence"] == b["evidence"] and a["details"] == b["details"]
    assert "khatkrong_microbatch_size_bucket" in client.get("/metrics").text
