"""CPU time per request of the service around the model, in one process, without HTTP.

Drives the app (``service.main.create_app``, lifespan included) over raw ASGI at a fixed concurrency and
prints the process CPU time per ``POST /v1/screen`` request, split into the event loop (routing,
validation, auth, middleware, logging, metrics) and the worker threads (the model call, serialisation).
With ``--cached-model`` the screener's results are computed once per text beforehand and replayed, so the
figure is the service's own overhead. CPU time is much less sensitive to other work on a shared machine
than throughput; still, run it with ``nice`` and compare figures taken at similar load.

    nice -n 10 .venv/bin/python bench/serve_overhead.py --cached-model            # after bench/serve.py
    nice -n 10 .venv/bin/python bench/serve_overhead.py --model-uri models:/khatkrong-screener@champion \\
        --tracking-uri sqlite:///mlruns/mlflow.db
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.serve import KEY, KEY_ID_SECRET, OUT, load_texts  # noqa: E402


async def _drive(
    app: Any, state: dict[str, Any], bodies: Sequence[bytes], n: int, concurrency: int
) -> dict[int, int]:
    headers = [
        (b"host", b"127.0.0.1"),
        (b"authorization", f"Bearer {KEY}".encode()),
        (b"content-type", b"application/json"),
    ]
    never = asyncio.Event()
    statuses: dict[int, int] = {}
    gate = asyncio.Semaphore(concurrency)

    async def one(i: int) -> None:
        body = bodies[i % len(bodies)]
        sent = False

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            await never.wait()  # the client stays connected
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                statuses[message["status"]] = statuses.get(message["status"], 0) + 1

        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "POST",
            "scheme": "http",
            "path": "/v1/screen",
            "raw_path": b"/v1/screen",
            "query_string": b"",
            "root_path": "",
            "headers": [*headers, (b"content-length", str(len(body)).encode())],
            "client": ("127.0.0.1", 1),
            "server": ("127.0.0.1", 80),
            "state": dict(state),
        }
        async with gate:
            await app(scope, receive, send)

    await asyncio.gather(*(one(i) for i in range(n)))
    return statuses


async def run(args: argparse.Namespace) -> None:
    from service.main import create_app
    from service.settings import Settings

    settings = Settings(
        model_uri=args.model_uri,
        tracking_uri=args.tracking_uri,
        api_keys=f"{KEY}:intake",
        key_id_secret=KEY_ID_SECRET,
        cases_enabled=False,
        model_cache_dir=Path(tempfile.mkdtemp(prefix="khatkrong-overhead-")),
        log_level=args.log_level,
    )
    app = create_app(settings)
    state: dict[str, Any] = {}
    inbox: asyncio.Queue[Any] = asyncio.Queue()
    outbox: asyncio.Queue[Any] = asyncio.Queue()
    await inbox.put({"type": "lifespan.startup"})
    lifespan = asyncio.create_task(
        app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": state}, inbox.get, outbox.put)
    )
    started = await outbox.get()
    if started["type"] != "lifespan.startup.complete":
        raise RuntimeError(f"start-up failed: {started}")
    texts = load_texts(512)
    bodies = [
        json.dumps({"id": f"b{i}", "text": t}, ensure_ascii=False).encode() for i, t in enumerate(texts)
    ]
    await _drive(app, state, bodies, 200, args.concurrency)  # warm-up
    if args.cached_model:
        screener = state["holder"].current.screener
        cache = {t: screener.screen([t])[0] for t in texts}
        screener.screen = lambda batch, **_: [cache[t] for t in batch]
    best: tuple[float, float] | None = None
    for _ in range(args.rounds):
        cpu0, loop0 = time.process_time(), time.thread_time()
        statuses = await _drive(app, state, bodies, args.requests, args.concurrency)
        loop_s, cpu_s = time.thread_time() - loop0, time.process_time() - cpu0
        if set(statuses) != {200}:
            raise RuntimeError(f"statuses {statuses}")
        figure = (cpu_s / args.requests * 1e6, loop_s / args.requests * 1e6)
        best = figure if best is None or figure[0] < best[0] else best
    assert best is not None
    what = "service only (cached model results)" if args.cached_model else "service and model"
    print(
        f"{what}, concurrency {args.concurrency}, best of {args.rounds} x {args.requests}: "
        f"{best[0]:.0f} us CPU per request (event loop {best[1]:.0f}, threads {best[0] - best[1]:.0f}); "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    await inbox.put({"type": "lifespan.shutdown"})
    await outbox.get()
    await lifespan


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model-uri", default="models:/khatkrong-screener@champion")
    p.add_argument(
        "--tracking-uri",
        default=f"sqlite:///{OUT / 'mlflow' / 'mlflow.db'}",
        help="default: bench/serve.py's demo store",
    )
    p.add_argument(
        "--cached-model", action="store_true", help="replay the model's results: the service's own cost"
    )
    p.add_argument("--requests", type=int, default=1000)
    p.add_argument("--rounds", type=int, default=4)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument(
        "--log-level", default="INFO", help="the service's log level (INFO writes one line per request)"
    )
    args = p.parse_args(argv)
    for key, value in (
        ("MLFLOW_DISABLE_TELEMETRY", "true"),
        ("PYTHAINLP_READ_ONLY", "1"),
        ("PYTHAINLP_OFFLINE", "1"),
    ):
        os.environ.setdefault(key, value)
    asyncio.run(run(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
