"""The real server, `khatkrong serve --workers 2` on 127.0.0.1 and a free port: reloads reach every worker,
one reload at a time, the canary refuses a bad version, limits at the door, clean shutdown."""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.startup import port_in_use

LIVE_NAME = "khatkrong-live-test"
TEXT = "ผู้รับเหมาเทถนนหมู่ 5 บางกว่าแบบ สัญญาเลขที่ 12/2568 มูลค่า 1,200,000 บาท"
POLL_SECONDS = 4.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    proc: subprocess.Popen[bytes]
    port: int
    log_path: Path
    kit: Any
    _offset: int = 0
    lines: list[dict[str, Any]] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def get(self, path: str, role: str | None = None) -> httpx.Response:
        """A request on a fresh connection (so that either worker may answer)."""
        headers = {**(self.kit.auth(role) if role else {}), "Connection": "close"}
        return httpx.get(self.base + path, headers=headers, timeout=30)

    def post(self, path: str, role: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.kit.auth(role), "Connection": "close"}
        kwargs.setdefault("timeout", 60)
        return httpx.post(self.base + path, headers=headers, **kwargs)

    def logs(self) -> list[dict[str, Any]]:
        """All JSON log lines so far (read incrementally)."""
        with self.log_path.open("rb") as f:
            f.seek(self._offset)
            data = f.read()
        end = data.rfind(b"\n") + 1
        self._offset += end
        for raw in data[:end].splitlines():
            try:
                self.lines.append(json.loads(raw))
            except ValueError:
                continue  # uvicorn's own plain-text lines
        return self.lines

    def text_log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def worker_pids(self) -> set[int]:
        return {int(e["pid"]) for e in self.logs() if e.get("event") == "model_loaded"}

    def versions_by_pid(self, since: float = 0) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for e in self.logs():
            if e.get("route") == "/v1/model" and e.get("status") == 200 and _ts(e) >= since:
                out.setdefault(int(e["pid"]), []).append(str(e.get("model_version")))
        return out


def _ts(event: dict[str, Any]) -> float:
    from datetime import datetime

    return datetime.fromisoformat(event["ts"]).timestamp()


def start_server(kit: Any, tmp: Path, *, workers: int = 2, **env_extra: str) -> Server:
    port = free_port()
    log_path = tmp / f"server-{port}.log"
    env = {
        **os.environ,
        "KHATKRONG_MODEL_URI": f"models:/{LIVE_NAME}@champion",
        "KHATKRONG_TRACKING_URI": kit.store.uri,
        "KHATKRONG_API_KEYS": kit.API_KEYS,
        "KHATKRONG_KEY_ID_SECRET": kit.KEY_ID_SECRET,
        "KHATKRONG_SECRET_KEY": kit.SECRET_KEY,
        "KHATKRONG_DATABASE_URL": f"sqlite:///{tmp / f'cases-{port}.db'}",
        "KHATKRONG_MODEL_CACHE_DIR": str(tmp / "cache"),
        "KHATKRONG_STATE_DIR": str(tmp / f"run-{port}"),
        "KHATKRONG_MODEL_POLL_SECONDS": str(POLL_SECONDS),
        "KHATKRONG_CANARY_MIN_CREDIBLE_PROCEED": "0.5",
        "KHATKRONG_SCORING_THREADS": "1",
        **env_extra,
    }
    env.pop("MLFLOW_TRACKING_URI", None)
    cmd = [sys.executable, "-m", "service.cli", "serve", "--port", str(port), "--workers", str(workers)]
    with log_path.open("wb") as out:
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=tmp)
    server = Server(proc, port, log_path, kit)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the server exited: {server.text_log()[-3000:]}")
        if len(server.worker_pids()) >= workers:
            try:
                if server.get("/readyz").status_code == 200:
                    return server
            except httpx.TransportError:
                pass
        time.sleep(0.3)
    stop(server)
    raise AssertionError(f"the server did not get ready: {server.text_log()[-3000:]}")


def stop(server: Server) -> None:
    if server.proc.poll() is None:
        server.proc.send_signal(signal.SIGTERM)
        try:
            server.proc.wait(timeout=40)
        except subprocess.TimeoutExpired:
            server.proc.kill()
            server.proc.wait()


@pytest.fixture(scope="module")
def live_versions(kit: Any) -> dict[str, str]:
    """Versions of LIVE_NAME: two good ones and one that deprioritises every report."""
    import mlflow
    from mlflow.tracking import MlflowClient

    from model.pyfunc import log_screener

    versions = {"v1": kit.register_good_version(LIVE_NAME), "v2": kit.register_good_version(LIVE_NAME)}
    versions["v3"] = kit.register_good_version(LIVE_NAME)
    bad = kit.train_screener()
    bad.flag_threshold_ = -1.0  # every report flagged: no credible report would ever get proceed
    mlflow.set_tracking_uri(kit.store.uri)
    mlflow.set_registry_uri(kit.store.uri)
    try:
        with mlflow.start_run():
            mlflow.log_metrics({"test_credibility_macro_f1": 0.93, "test_category_macro_f1": 0.88})
            info = log_screener(bad, registered_model_name=LIVE_NAME, pip_requirements=["mlflow"])
        versions["bad"] = str(info.registered_model_version)
    finally:
        mlflow.set_tracking_uri("http://127.0.0.1:9")
        mlflow.set_registry_uri("http://127.0.0.1:9")
    MlflowClient(kit.store.uri, kit.store.uri).set_registered_model_alias(
        LIVE_NAME, "champion", versions["v1"]
    )
    return versions


@pytest.fixture(scope="module")
def server(
    kit: Any, live_versions: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    s = start_server(kit, tmp_path_factory.mktemp("live"))
    yield s
    stop(s)


def move_alias(kit: Any, version: str) -> None:
    from mlflow.tracking import MlflowClient

    MlflowClient(kit.store.uri, kit.store.uri).set_registered_model_alias(LIVE_NAME, "champion", version)


def wait_all_workers_on(server: Server, version: str, since: float, timeout: float) -> float:
    """Poll /v1/model on fresh connections until every worker reported ``version``; the seconds it took."""
    pids = server.worker_pids()
    assert len(pids) == 2, pids
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        r = server.get("/v1/model", "reviewer")
        assert r.status_code == 200, r.text
        seen = server.versions_by_pid(since)
        if all(seen.get(pid) and seen[pid][-1] == version for pid in pids):
            return time.monotonic() - start
        time.sleep(0.05)
    raise AssertionError(
        f"not every worker serves {version} after {timeout} s: {server.versions_by_pid(since)}"
    )


def reload(server: Server) -> httpx.Response:
    """POST /v1/admin/reload; retried while the alias poll of a worker runs its own reload (409 busy)."""
    for _ in range(30):
        r = server.post("/v1/admin/reload", "admin")
        if not (r.status_code == 409 and r.json()["detail"].startswith("a reload is already running")):
            return r
        time.sleep(0.5)
    return r


def test_a_reload_reaches_both_workers(server: Server, kit: Any, live_versions: dict[str, str]) -> None:
    wait_all_workers_on(server, live_versions["v1"], 0, 30)
    move_alias(kit, live_versions["v2"])
    start = time.time()
    r = reload(server)
    assert r.status_code == 200, r.text
    assert r.json()["current"]["version"] == live_versions["v2"]  # changed, unless the alias poll was first
    took = wait_all_workers_on(server, live_versions["v2"], start, POLL_SECONDS + 20)
    converged = time.time()
    print(f"both workers on the new version {took:.1f} s after the reload answered")
    for _ in range(20):
        assert server.get("/v1/model", "reviewer").status_code == 200
    events = server.logs()
    assert sum(e.get("event") == "model_reloaded" for e in events) >= 1
    assert sum(e.get("event") == "model_followed" for e in events) >= 1, "the other worker followed"
    for versions in server.versions_by_pid(converged).values():
        assert set(versions) <= {live_versions["v2"]}, "no worker flips back"


def test_an_alias_move_alone_reaches_both_workers(
    server: Server, kit: Any, live_versions: dict[str, str]
) -> None:
    wait_all_workers_on(server, live_versions["v2"], 0, 30)
    start = time.time()
    move_alias(kit, live_versions["v1"])  # a rollback in the registry, no reload call
    took = wait_all_workers_on(server, live_versions["v1"], start, POLL_SECONDS + 20)
    print(f"both workers on the rolled-back version {took:.1f} s after the alias moved")


def test_concurrent_reloads_run_exactly_once(server: Server, kit: Any, live_versions: dict[str, str]) -> None:
    move_alias(kit, live_versions["v3"])
    assert reload(server).status_code == 200
    wait_all_workers_on(server, live_versions["v3"], 0, POLL_SECONDS + 20)
    # The alias stays put (so no alias poll competes): 4 reloads at once, on fresh connections.
    before = sum(e.get("event") == "reload_started" for e in server.logs())
    barrier = threading.Barrier(4)
    results: list[httpx.Response] = []

    def call() -> None:
        barrier.wait()
        results.append(server.post("/v1/admin/reload", "admin"))

    threads = [threading.Thread(target=call) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    codes = sorted(r.status_code for r in results)
    assert codes == [200, 409, 409, 409], [r.text for r in results]
    for r in results:
        if r.status_code == 409:
            assert r.json()["detail"].startswith("a reload is already running")
        else:
            assert r.json()["changed"] is False
    time.sleep(1)
    started = sum(e.get("event") == "reload_started" for e in server.logs()) - before
    assert started == 1, "exactly one reload ran"


def test_a_version_that_deprioritises_everything_is_refused(
    server: Server, kit: Any, live_versions: dict[str, str]
) -> None:
    wait_all_workers_on(server, live_versions["v3"], 0, 30)
    move_alias(kit, live_versions["bad"])
    try:
        r = reload(server)
        assert r.status_code == 409, r.text
        detail = r.json()["detail"]
        assert detail.startswith("the model failed the canary check: only 0% of the credible canary reports")
        assert detail.endswith("; still serving the previous model")
        start = time.time()
        time.sleep(POLL_SECONDS + 1)  # the alias poll sees the refused version and leaves it alone
        for _ in range(10):
            assert server.get("/v1/model", "reviewer").json()["version"] == live_versions["v3"]
        assert all(set(v) == {live_versions["v3"]} for v in server.versions_by_pid(start).values())
    finally:
        move_alias(kit, live_versions["v3"])


# --- limits at the door ---------------------------------------------------------------------------------


def raw_exchange(port: int, payload: bytes, *, read_timeout: float = 10) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=read_timeout) as sock:
        sock.sendall(payload)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except (TimeoutError, ConnectionResetError):
            pass
        return b"".join(chunks)


def test_a_64_kb_header_is_refused_before_auth(server: Server) -> None:
    head = b"GET /v1/model HTTP/1.1\r\nHost: x\r\nX-Junk: " + b"a" * 64 * 1024 + b"\r\n\r\n"
    reply = raw_exchange(server.port, head)
    assert reply.startswith(b"HTTP/1.1 431 "), reply[:200]
    assert server.get("/healthz").status_code == 200
    ok = raw_exchange(
        server.port,
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Fine: " + b"a" * 8000 + b"\r\nConnection: close\r\n\r\n",
    )
    assert ok.startswith(b"HTTP/1.1 200 "), ok[:200]


def test_a_slow_client_is_cut_off(kit: Any, live_versions: dict[str, str], tmp_path: Path) -> None:
    s = start_server(kit, tmp_path, workers=1, KHATKRONG_HEADER_TIMEOUT="1.5", KHATKRONG_BODY_TIMEOUT="1.5")
    try:
        with socket.create_connection(("127.0.0.1", s.port), timeout=10) as sock:
            start = time.monotonic()
            sock.sendall(b"GET /healthz HTTP/1.1\r\n")
            reply = b""
            for ch in b"Host: x\r\nX-Slow: abcdefghijklmnopqrstuvwxyz\r\n":  # one header byte every 0.2 s
                if select.select([sock], [], [], 0)[0]:
                    break  # the server answered: stop sending (more bytes would make it reset the connection)
                sock.sendall(bytes([ch]))
                time.sleep(0.2)
            reply += sock.recv(4096)
            took = time.monotonic() - start
        assert reply.startswith(b"HTTP/1.1 408 "), reply[:200]
        assert took < 6
        with socket.create_connection(("127.0.0.1", s.port), timeout=10) as sock:  # an idle connection too
            start = time.monotonic()
            assert sock.recv(1) == b""
            assert time.monotonic() - start < 4
        # a body that trickles in
        with socket.create_connection(("127.0.0.1", s.port), timeout=10) as sock:
            body = json.dumps({"text": TEXT}).encode()
            head = (
                f"POST /v1/screen HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {kit.KEYS['intake']}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            ).encode()
            sock.sendall(head + body[:5])
            reply = b""
            while chunk := sock.recv(4096):
                reply += chunk
        assert reply.startswith(b"HTTP/1.1 408 "), reply[:300]
        assert b"the request body did not arrive within 1.5 seconds" in reply
    finally:
        stop(s)


def test_past_the_connection_limit_the_answer_is_a_json_503(
    kit: Any, live_versions: dict[str, str], tmp_path: Path
) -> None:
    s = start_server(kit, tmp_path, workers=1, KHATKRONG_MAX_CONNECTIONS="2")
    try:
        with socket.create_connection(("127.0.0.1", s.port), timeout=10) as held:
            held.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")  # one open keep-alive connection
            assert held.recv(4096).startswith(b"HTTP/1.1 200 ")
            reply = raw_exchange(s.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        head, _, body = reply.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 503 "), reply[:300]
        assert b"content-type: application/json" in head and b"retry-after: 1" in head
        assert "limit of 2 connections" in json.loads(body)["detail"]
        assert s.get("/healthz").status_code == 200  # the held connection is gone: room again
    finally:
        stop(s)


def test_a_pipelined_connection_closed_early_is_not_a_500(server: Server, kit: Any) -> None:
    body = json.dumps({"text": TEXT}).encode()
    request = (
        f"POST /v1/screen HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {kit.KEYS['intake']}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    start = time.time()
    for _ in range(5):
        with socket.create_connection(("127.0.0.1", server.port)) as sock:
            sock.sendall(request * 3 + request[: len(request) // 2])  # the last one cut in the middle
    time.sleep(1.5)
    recent = [e for e in server.logs() if e.get("event") == "request" and _ts(e) >= start]
    assert recent, "the requests were logged"
    assert not [e for e in recent if e.get("status", 0) >= 500], recent


def test_work_is_abandoned_when_the_client_disconnects(server: Server, kit: Any) -> None:
    items = [{"id": str(i), "text": TEXT * 40} for i in range(256)]
    start = time.time()
    with pytest.raises(httpx.TimeoutException):
        server.post("/v1/screen/batch", "intake", json={"items": items}, timeout=0.5)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        done = [
            e
            for e in server.logs()
            if e.get("route") == "/v1/screen/batch" and e.get("event") == "request" and _ts(e) >= start
        ]
        if done:
            break
        time.sleep(0.2)
    [line] = done
    assert line["status"] == 499, line
    assert server.get("/healthz").status_code == 200


# --- start and stop ---------------------------------------------------------------------------------------


def test_sigterm_stops_the_server_and_its_workers(
    kit: Any, live_versions: dict[str, str], tmp_path: Path
) -> None:
    s = start_server(kit, tmp_path)
    pids = s.worker_pids()
    s.proc.send_signal(signal.SIGTERM)
    assert s.proc.wait(timeout=40) == 0
    time.sleep(0.5)
    assert not [p for p in pids if Path(f"/proc/{p}").exists() and _alive(p)], "workers stopped"
    assert not port_in_use("127.0.0.1", s.port), (
        "the port is free for a restart (SO_REUSEADDR, as uvicorn binds)"
    )


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def test_kill_9_of_the_parent_frees_the_port(kit: Any, live_versions: dict[str, str], tmp_path: Path) -> None:
    s = start_server(kit, tmp_path)
    pids = s.worker_pids()
    s.proc.kill()
    s.proc.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.2)
    assert not any(_alive(p) for p in pids), "orphaned workers stopped"
    assert not port_in_use("127.0.0.1", s.port), "a restart finds the port free"


def test_a_port_in_use_names_its_holder(
    kit: Any, live_versions: dict[str, str], server: Server, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "KHATKRONG_TRACKING_URI": kit.store.uri,
        "KHATKRONG_API_KEYS": kit.API_KEYS,
        "KHATKRONG_KEY_ID_SECRET": kit.KEY_ID_SECRET,
        "KHATKRONG_SECRET_KEY": kit.SECRET_KEY,
    }
    out = subprocess.run(
        [sys.executable, "-m", "service.cli", "serve", "--port", str(server.port)],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert out.returncode == 1
    assert f"127.0.0.1:{server.port} is already in use by pid " in out.stderr
    assert "service.cli serve" in out.stderr


# --- schemathesis over the live server --------------------------------------------------------------------

LIVE_BUDGET = {"/v1/screen": (300, 150), "/v1/screen/batch": (80, 60), "/v1/admin/reload": (3, 3)}
ROLE = {
    "/v1/screen": "intake",
    "/v1/screen/batch": "intake",
    "/v1/model": "reviewer",
    "/v1/admin/reload": "admin",
}


def _fuzz(op: Any, mode: Any, examples: int, headers: dict[str, str], checks: list[Any], sent: Any) -> None:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis.errors import Unsatisfiable

    @given(case=op.as_strategy(generation_mode=mode))
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        response = case.call(headers=headers, timeout=60)
        sent[(op.path, response.status_code)] += 1
        case.validate_response(response, checks=checks, headers=headers)

    try:
        run()
    except Unsatisfiable:
        assert mode.value == "negative", f"no valid request for {op.path}"


def test_schemathesis_over_the_live_server_with_2_workers_no_5xx(server: Server, kit: Any) -> None:
    from collections import Counter

    import schemathesis
    from schemathesis import GenerationMode
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import content_type_conformance, status_code_conformance

    schema = schemathesis.openapi.from_url(f"{server.base}/openapi.json")
    sent: Counter[tuple[str, int]] = Counter()
    checks = [not_a_server_error, status_code_conformance, content_type_conformance]
    for op in (result.ok() for result in schema.get_all_operations()):
        headers = kit.auth(ROLE[op.path]) if op.path in ROLE else {}
        budget = LIVE_BUDGET.get(op.path, (15, 15))
        for mode, examples in zip((GenerationMode.POSITIVE, GenerationMode.NEGATIVE), budget, strict=True):
            _fuzz(op, mode, examples, headers, checks, sent)
    total = sum(sent.values())
    print(f"schemathesis over 2 live workers: {total} requests", dict(sorted(sent.items())))
    assert total >= 500, sent
    assert not [k for k in sent if k[1] >= 500], sent
    assert not [e for e in server.logs() if e.get("event") == "unhandled_error"]
