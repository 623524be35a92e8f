"""Benchmark of the scoring service against ``mlflow models serve`` on the same registered model.

A bounded load on 127.0.0.1 only, a fixed duration per cell:

- closed loop with ``wrk`` (Debian package): concurrency 1, 16, 64, on the single and the batch route, for
  1 and 2 workers; the peer gets the same texts on ``/invocations``;
- open loop at a fixed offered rate (default 200 requests/s, the single-text latency goal), with latency
  measured from each request's *scheduled* time (no coordinated omission), by a small asyncio HTTP/1.1
  client;
- the resident memory (RSS) of each server's whole process tree after every cell;
- the CPU time per request of the server's process tree and of wrk: on a shared machine throughput and
  latency follow the other work, CPU per request much less (it still rises somewhat under contention);
  2 cores / (server + wrk CPU per request) bounds what a quiet 2-core machine can serve;
- ``--long N``: N requests at concurrency 16 in slices, sampling RSS after each slice (memory flatness).

Usage (from the project root)::

    .venv/bin/python bench/serve.py                       # trains a demo model on datasets/sample.csv
    .venv/bin/python bench/serve.py --model models:/khatkrong-screener@champion \\
        --tracking-uri sqlite:///mlruns/mlflow.db --duration 10
    .venv/bin/python bench/serve.py --long 100000 --only ours --workers 1

Results are printed as a Markdown table, followed by the issue's serving goals checked on this run's cells
(c=64 on 2 workers, p99 at the offered rate, the ratio to ``mlflow models serve`` at c=16), and saved as
JSON under ``bench/out/``.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
HOST = "127.0.0.1"  # never anything else
KEY = "bench-intake-key-0123456789abcdef"  # keys are at least 24 characters
KEY_ID_SECRET = "bench-key-id-secret-0123456789abcdef"
VENV_BIN = Path(sys.executable).parent


@dataclass
class Cell:
    server: str
    workers: int
    route: str
    mode: str  # "closed" (wrk) or "open@<rate>"
    concurrency: int
    seconds: float
    requests: int
    errors: int
    rps: float
    texts_per_s: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    rss_mb: float
    server_cpu_ms: float = float("nan")  # CPU time of the server's process tree per request
    client_cpu_ms: float = float("nan")  # CPU time of the load generator (wrk) per request
    notes: str = ""
    load1: float = field(default_factory=lambda: round(os.getloadavg()[0], 2))  # other work on the machine


@dataclass
class Server:
    name: str
    workers: int
    port: int
    proc: subprocess.Popen[bytes]
    log: Path
    single_path: str
    batch_path: str
    extra: dict[str, Any] = field(default_factory=dict)

    def single_body(self, text: str, i: int) -> str:
        if self.name == "ours":
            return json.dumps({"id": f"b{i}", "text": text}, ensure_ascii=False)
        return json.dumps({"dataframe_split": {"columns": ["text"], "data": [[text]]}}, ensure_ascii=False)

    def batch_body(self, texts: Sequence[str], i: int) -> str:
        if self.name == "ours":
            items = [{"id": f"b{i}-{j}", "text": t} for j, t in enumerate(texts)]
            return json.dumps({"items": items}, ensure_ascii=False)
        return json.dumps(
            {"dataframe_split": {"columns": ["text"], "data": [[t] for t in texts]}}, ensure_ascii=False
        )

    def headers(self) -> dict[str, str]:
        h = {"Content-Type": "application/json"}
        if self.name == "ours":
            h["Authorization"] = f"Bearer {KEY}"
        return h


# --- processes and memory ------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def rss_mb(pid: int) -> float:
    """Resident memory of a process tree, in MB (VmRSS summed)."""
    total = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/status", encoding="utf-8") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process tree so far, in seconds (from /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/stat", encoding="utf-8") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


def wait_ready(port: int, path: str, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}{path}", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"server on port {port} not ready after {timeout} s")


@contextmanager
def serve(kind: str, workers: int, model_uri: str, tracking_uri: str, cache: Path) -> Iterator[Server]:
    port = free_port()
    env = {
        **os.environ,
        "PATH": f"{VENV_BIN}:{os.environ.get('PATH', '')}",
        "MLFLOW_TRACKING_URI": tracking_uri,
        "MLFLOW_DISABLE_TELEMETRY": "true",
        "PYTHAINLP_READ_ONLY": "1",
        "PYTHAINLP_OFFLINE": "1",
    }
    OUT.mkdir(parents=True, exist_ok=True)
    log = OUT / f"{kind}-w{workers}.log"
    if kind == "ours":
        env.update(
            KHATKRONG_API_KEYS=f"{KEY}:intake",
            KHATKRONG_CASES_ENABLED="false",  # scoring only: the case desk needs a secret and a store
            KHATKRONG_KEY_ID_SECRET=KEY_ID_SECRET,
            KHATKRONG_TRACKING_URI=tracking_uri,
            KHATKRONG_MODEL_CACHE_DIR=str(cache),
        )
        cmd = [
            sys.executable,
            "-m",
            "service.cli",
            "serve",
            "--model",
            model_uri,
            "--host",
            HOST,
            "--port",
            str(port),
            "--workers",
            str(workers),
        ]
        ready, single, batch = "/readyz", "/v1/screen", "/v1/screen/batch"
    else:
        cmd = [
            str(VENV_BIN / "mlflow"),
            "models",
            "serve",
            "-m",
            model_uri,
            "--env-manager",
            "local",
            "-h",
            HOST,
            "-p",
            str(port),
            "-w",
            str(workers),
        ]
        ready, single, batch = "/ping", "/invocations", "/invocations"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        started = time.time()
        wait_ready(port, ready, proc)
        server = Server(
            kind, workers, port, proc, log, single, batch, {"start_s": round(time.time() - started, 1)}
        )
        yield server
    finally:
        stop(proc)


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)  # the process group this script started
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


# --- closed loop: wrk ----------------------------------------------------------------------------

_LUA = """
local bodies = {%(bodies)s}
local i = 0
wrk.method = "POST"
%(headers)s
request = function()
  i = i %% #bodies + 1
  return wrk.format(nil, "%(path)s", nil, bodies[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRKJSON {\\"requests\\":%%d,\\"duration_us\\":%%d,\\"status_errors\\":%%d,"
    .. "\\"socket_errors\\":%%d,\\"p50\\":%%d,\\"p95\\":%%d,\\"p99\\":%%d}\\n",
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


def lua_script(path: str, bodies: Sequence[str], headers: dict[str, str]) -> str:
    def long_string(s: str) -> str:
        level = 1
        while f"]{'=' * level}]" in s:
            level += 1
        return f"[{'=' * level}[{s}]{'=' * level}]"

    return _LUA % {
        "bodies": ",\n".join(long_string(b) for b in bodies),
        "headers": "\n".join(f'wrk.headers["{k}"] = "{v}"' for k, v in headers.items()),
        "path": path,
    }


def run_wrk(
    server: Server, path: str, bodies: Sequence[str], concurrency: int, seconds: float
) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False, encoding="utf-8") as f:
        f.write(lua_script(path, bodies, server.headers()))
        script = f.name
    try:
        cmd = [
            "wrk",
            "-t",
            "1",
            "-c",
            str(concurrency),
            "-d",
            f"{max(1, round(seconds))}s",
            "--timeout",
            "10s",
            "-s",
            script,
            f"http://{HOST}:{server.port}{path}",
        ]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    finally:
        os.unlink(script)
    line = next(x for x in out.splitlines() if x.startswith("WRKJSON "))
    result: dict[str, Any] = json.loads(line.removeprefix("WRKJSON "))
    result["client_cpu_s"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result


def closed_cell(
    server: Server, route: str, bodies: Sequence[str], per_request: int, concurrency: int, seconds: float
) -> Cell:
    path = server.single_path if route == "single" else server.batch_path
    cpu0 = cpu_seconds(server.proc.pid)
    r = run_wrk(server, path, bodies, concurrency, seconds)
    cpu = cpu_seconds(server.proc.pid) - cpu0
    secs = r["duration_us"] / 1e6
    ok = r["requests"] - r["status_errors"]
    return Cell(
        server.name,
        server.workers,
        route,
        "closed",
        concurrency,
        round(secs, 1),
        r["requests"],
        r["status_errors"] + r["socket_errors"],
        round(ok / secs, 1),
        round(ok * per_request / secs, 1),
        r["p50"] / 1000,
        r["p95"] / 1000,
        r["p99"] / 1000,
        round(rss_mb(server.proc.pid), 1),
        round(cpu * 1000 / max(r["requests"], 1), 3),
        round(r["client_cpu_s"] * 1000 / max(r["requests"], 1), 3),
    )


# --- open loop: asyncio --------------------------------------------------------------------------


async def _request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, raw: bytes) -> int:
    writer.write(raw)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    await reader.readexactly(length)
    return status


async def _open_loop(
    port: int, raws: Sequence[bytes], rate: float, seconds: float, max_conns: int
) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
    opened = 0
    gate = asyncio.Semaphore(max_conns)
    latencies: list[float] = []
    errors = 0

    async def one(k: int, scheduled: float) -> None:
        nonlocal opened, errors
        async with gate:
            if idle:
                conn = idle.pop()
            else:
                conn = await asyncio.open_connection(HOST, port)
                opened += 1
            try:
                status = await _request(*conn, raws[k % len(raws)])
            except (OSError, asyncio.IncompleteReadError):
                errors += 1
                conn[1].close()
                return
            latencies.append(loop.time() - scheduled)  # from the scheduled time: queueing counts
            if status != 200:
                errors += 1
            idle.append(conn)

    n = int(rate * seconds)
    start = loop.time() + 0.05
    tasks = []
    for k in range(n):
        scheduled = start + k / rate
        delay = scheduled - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(k, scheduled)))
    await asyncio.gather(*tasks)
    elapsed = loop.time() - start
    for _, w in idle:
        w.close()
    latencies.sort()

    def pct(q: float) -> float:
        return (
            latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else float("nan")
        )

    return {
        "requests": n,
        "errors": errors,
        "seconds": elapsed,
        "p50": pct(0.50),
        "p95": pct(0.95),
        "p99": pct(0.99),
        "connections": opened,
    }


def open_cell(server: Server, bodies: Sequence[str], rate: float, seconds: float) -> Cell:
    headers = {**server.headers(), "Host": f"{HOST}:{server.port}"}
    raws = []
    for body in bodies:
        data = body.encode("utf-8")
        head = f"POST {server.single_path} HTTP/1.1\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in headers.items()
        )
        raws.append(head.encode() + f"Content-Length: {len(data)}\r\n\r\n".encode() + data)
    cpu0 = cpu_seconds(server.proc.pid)
    quiet_heap()
    r = asyncio.run(_open_loop(server.port, raws, rate, seconds, max_conns=64))
    cpu = cpu_seconds(server.proc.pid) - cpu0
    ok = r["requests"] - r["errors"]
    return Cell(
        server.name,
        server.workers,
        "single",
        f"open@{rate:g}",
        r["connections"],
        round(r["seconds"], 1),
        r["requests"],
        r["errors"],
        round(ok / r["seconds"], 1),
        round(ok / r["seconds"], 1),
        round(r["p50"], 2),
        round(r["p95"], 2),
        round(r["p99"], 2),
        round(rss_mb(server.proc.pid), 1),
        round(cpu * 1000 / max(r["requests"], 1), 3),
        notes=f"{r['connections']} connections",
    )


# --- the demo model ------------------------------------------------------------------------------


def train_demo(store: Path) -> tuple[str, str]:
    """Train a screener on datasets/sample.csv into a fresh SQLite store; returns (model URI, tracking URI).

    The training runs in a child process. Done here, it left the load generator with mlflow, pandas and the
    model on its heap, and one full collection of that heap (0.4-0.5 s, every 20-30 s) stalled the client's own
    event loop in the middle of a run: p99 of 170-250 ms measured that was the client's, not the server's.
    """
    subprocess.run(
        [sys.executable, "-c", f"from bench.serve import _train_demo_here; _train_demo_here({str(store)!r})"],
        cwd=ROOT,
        check=True,
    )
    uri = f"sqlite:///{store / 'mlflow.db'}"
    return "models:/khatkrong-screener@champion", uri


def quiet_heap() -> None:
    """Collect once and freeze what is left, so the collector's full passes skip the client's start-up heap
    during a timed window (its pauses would count as the server's latency)."""
    gc.collect()
    gc.freeze()


def _train_demo_here(store_dir: str) -> None:
    import mlflow
    import pandas as pd
    from mlflow.tracking import MlflowClient

    sys.path.insert(0, str(ROOT))
    from model.pipeline import Screener
    from model.pyfunc import log_screener

    store = Path(store_dir)
    if store.exists():
        shutil.rmtree(store)
    store.mkdir(parents=True)
    uri = f"sqlite:///{store / 'mlflow.db'}"
    mlflow.set_tracking_uri(uri)
    mlflow.set_registry_uri(uri)
    client = MlflowClient(uri, uri)
    exp = client.create_experiment("bench", artifact_location=(store / "artifacts").as_uri())
    df = pd.read_csv(ROOT / "datasets" / "sample.csv")
    rng = random.Random(0)
    idx = list(range(len(df)))
    rng.shuffle(idx)
    cut = int(len(idx) * 0.85)
    train, val = df.iloc[idx[:cut]], df.iloc[idx[cut:]]
    t = time.time()
    screener = Screener().fit(
        train["text"].tolist(),
        category=train["category"].tolist(),
        credibility=train["credibility"].tolist(),
        val_texts=val["text"].tolist(),
        val_category=val["category"].tolist(),
        val_credibility=val["credibility"].tolist(),
    )
    print(
        f"demo model: trained on {len(train)} texts in {time.time() - t:.1f} s, {screener.n_features_} features"
    )
    with mlflow.start_run(experiment_id=exp):
        mlflow.log_param("data_digest", "bench:datasets/sample.csv")
        log_screener(screener, registered_model_name="khatkrong-screener")
    client.set_registered_model_alias("khatkrong-screener", "champion", "1")


def load_texts(limit: int) -> list[str]:
    import pandas as pd

    texts = pd.read_csv(ROOT / "datasets" / "sample.csv")["text"].tolist()
    random.Random(1).shuffle(texts)
    return texts[:limit]


# --- main ----------------------------------------------------------------------------------------


def table(cells: Sequence[Cell]) -> str:
    head = (
        "| server | workers | route | load | conc. | req/s | texts/s | p50 ms | p95 ms | p99 ms | errors | RSS MB "
        "| server CPU ms/req | wrk CPU ms/req | loadavg |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    )
    rows = [
        f"| {c.server} | {c.workers} | {c.route} | {c.mode} | {c.concurrency} | {c.rps:,.0f} | {c.texts_per_s:,.0f} | "
        f"{c.p50_ms:.1f} | {c.p95_ms:.1f} | {c.p99_ms:.1f} | {c.errors} | {c.rss_mb:,.0f} | "
        f"{c.server_cpu_ms:.2f} | {c.client_cpu_ms:.2f} | {c.load1:.1f} |"
        for c in cells
    ]
    return "\n".join([head, *rows])


GOAL_RPS_C64 = 1800.0
GOAL_P99_MS = 50.0
GOAL_RATIO_C16 = 3.0


def goals(cells: Sequence[Cell], rate: float) -> list[str]:
    """The issue's serving goals, checked on this run's cells (2 workers, single texts)."""

    def find(server: str, mode: str, concurrency: int | None = None) -> Cell | None:
        for c in cells:
            if (c.server, c.workers, c.route, c.mode) == (server, 2, "single", mode) and (
                concurrency is None or c.concurrency == concurrency
            ):
                return c
        return None

    lines = []
    c64 = find("ours", "closed", 64)
    if c64 is not None:
        ok = c64.rps >= GOAL_RPS_C64
        lines.append(
            f"- c=64, 2 workers: {c64.rps:,.0f} req/s (goal >= {GOAL_RPS_C64:,.0f}): {'met' if ok else 'NOT met'}"
        )
    opened = find("ours", f"open@{rate:g}")
    if opened is not None:
        ok = opened.p99_ms < GOAL_P99_MS and opened.errors == 0
        lines.append(
            f"- p99 at {rate:g} req/s offered, 2 workers: {opened.p99_ms:.1f} ms (goal < {GOAL_P99_MS:g}): "
            f"{'met' if ok else 'NOT met'}"
        )
    ours16, peer16 = find("ours", "closed", 16), find("mlflow", "closed", 16)
    if ours16 is not None and peer16 is not None and peer16.rps > 0:
        ratio = ours16.rps / peer16.rps
        lines.append(
            f"- c=16, 2 workers: {ours16.rps:,.0f} vs mlflow serve {peer16.rps:,.0f} req/s = {ratio:.2f}x "
            f"(goal >= {GOAL_RATIO_C16:g}x): {'met' if ratio >= GOAL_RATIO_C16 else 'NOT met'}"
        )
    return lines


def long_run(server: Server, bodies: Sequence[str], total: int, slice_s: float) -> list[dict[str, float]]:
    samples = [{"requests": 0, "rss_mb": round(rss_mb(server.proc.pid), 1)}]
    done = 0
    while done < total:
        r = run_wrk(server, server.single_path, bodies, 16, slice_s)
        done += r["requests"]
        samples.append(
            {
                "requests": done,
                "rss_mb": round(rss_mb(server.proc.pid), 1),
                "rps": round(r["requests"] / (r["duration_us"] / 1e6), 1),
                "errors": r["status_errors"],
            }
        )
        print(f"  long run: {done:,} requests, RSS {samples[-1]['rss_mb']} MB", flush=True)
    return samples


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--model",
        help="model URI; 'demo' reuses the last demo model (default: train one on datasets/sample.csv)",
    )
    p.add_argument(
        "--tracking-uri", default=os.environ.get("MLFLOW_TRACKING_URI", "sqlite:///mlruns/mlflow.db")
    )
    p.add_argument("--duration", type=float, default=10.0, help="seconds per cell")
    p.add_argument("--concurrency", default="1,16,64")
    p.add_argument("--workers", default="1,2")
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--rate", type=float, default=200.0, help="offered rate of the open-loop cell (req/s)")
    p.add_argument("--only", choices=("ours", "mlflow"), help="benchmark one server only")
    p.add_argument("--long", type=int, default=0, help="also send this many requests and sample RSS")
    p.add_argument("--long-slice", type=float, default=5.0, help="seconds between RSS samples of --long")
    p.add_argument("--skip-cells", action="store_true", help="only the --long run")
    args = p.parse_args(argv)
    for key, value in (
        ("MLFLOW_DISABLE_TELEMETRY", "true"),
        ("PYTHAINLP_READ_ONLY", "1"),
        ("PYTHAINLP_OFFLINE", "1"),
    ):
        os.environ.setdefault(key, value)
    if shutil.which("wrk") is None:
        print("wrk is missing: apt-get install -y wrk", file=sys.stderr)
        return 2
    if args.model and args.model != "demo":
        model_uri, tracking_uri = args.model, args.tracking_uri
    elif args.model is None:
        model_uri, tracking_uri = train_demo(OUT / "mlflow")
    elif args.model == "demo":  # the demo model of an earlier run
        model_uri, tracking_uri = (
            "models:/khatkrong-screener@champion",
            f"sqlite:///{OUT / 'mlflow' / 'mlflow.db'}",
        )
    conc = [int(c) for c in args.concurrency.split(",")]
    workers = [int(w) for w in args.workers.split(",")]
    texts = load_texts(512)
    single_bodies_cache: dict[str, list[str]] = {}
    cells: list[Cell] = []
    servers = [s for s in ("ours", "mlflow") if args.only in (None, s)]
    meta: dict[str, Any] = {
        "model": model_uri,
        "tracking_uri": tracking_uri,
        "cpus": os.cpu_count(),
        "batch_size": args.batch_size,
        "duration_s": args.duration,
        "argv": sys.argv,
    }
    with tempfile.TemporaryDirectory() as cache:
        for kind in servers:
            for w in workers:
                with serve(kind, w, model_uri, tracking_uri, Path(cache)) as srv:
                    print(
                        f"{kind} x{w}: ready in {srv.extra['start_s']} s, RSS {rss_mb(srv.proc.pid):.0f} MB",
                        flush=True,
                    )
                    single = single_bodies_cache.setdefault(
                        kind, [srv.single_body(t, i) for i, t in enumerate(texts)]
                    )
                    batch = [
                        srv.batch_body(texts[i : i + args.batch_size], i)
                        for i in range(0, len(texts), args.batch_size)
                    ]
                    run_wrk(srv, srv.single_path, single, 4, 2)  # warm-up
                    if not args.skip_cells:
                        cells.append(open_cell(srv, single, args.rate, args.duration))
                        print(table(cells[-1:]).splitlines()[-1], flush=True)
                    for route, bodies, per in (
                        ("single", single, 1),
                        (f"batch{args.batch_size}", batch, args.batch_size),
                    ):
                        for c in [] if args.skip_cells else conc:
                            cells.append(
                                closed_cell(
                                    srv,
                                    route if route == "single" else "batch",
                                    bodies,
                                    per,
                                    c,
                                    args.duration,
                                )
                            )
                            cells[-1].route = route
                            print(table(cells[-1:]).splitlines()[-1], flush=True)
                    if args.long and kind == "ours":
                        meta.setdefault("long_run", {})[f"{kind}-w{w}"] = long_run(
                            srv, single, args.long, args.long_slice
                        )
    print()
    print(table(cells))
    checked = goals(cells, args.rate)
    if checked:
        print(f"\ngoals (load average {os.getloadavg()[0]:.1f} at the end: the machine may be shared)")
        print("\n".join(checked))
    stamp = time.strftime("%Y%m%d-%H%M%S")
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"serve-{stamp}.json"
    out.write_text(
        json.dumps({"meta": meta, "cells": [asdict(c) for c in cells]}, ensure_ascii=False, indent=1)
    )
    print(f"\nsaved {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
