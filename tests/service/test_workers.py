"""``khatkrong serve --workers 2``: requests spread over both workers, and ``/metrics`` on either adds them up.

A real server in a subprocess on 127.0.0.1 and a free port, stopped at the end.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

TEXT = "นายก อบต.หนองบัว เรียกรับเงิน 50,000 บาท จากผู้รับเหมาถนนหมู่ 5 เมื่อวันที่ 3 มีนาคม 2568"
ROUTE = 'route="/v1/screen",status="200"'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(kit: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    metrics_dir = tmp_path_factory.mktemp("metrics")
    (metrics_dir / "counter_999999.db").write_bytes(b"left over from an earlier run")  # must be cleaned
    port = free_port()
    env = {
        **os.environ,
        "KHATKRONG_TRACKING_URI": kit.store.uri,
        "KHATKRONG_API_KEYS": ",".join(f"{key}:{role}" for role, key in kit.KEYS.items()),
        "KHATKRONG_KEY_ID_SECRET": kit.KEY_ID_SECRET,
        "KHATKRONG_CASES_ENABLED": "false",  # scoring only: this test is about the metrics
        "KHATKRONG_MODEL_CACHE_DIR": str(tmp_path_factory.mktemp("cache")),
        "KHATKRONG_STATE_DIR": str(tmp_path_factory.mktemp("state")),
        "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir),
    }
    cmd = [
        sys.executable,
        "-m",
        "service.cli",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        "2",
        "--model",
        f"models:/{kit.NAME}@champion",
    ]
    log = (metrics_dir.parent / "server.log").open("wb")
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline, ready_in_a_row = time.monotonic() + 180, 0
        while ready_in_a_row < 10:  # both workers have loaded the model
            assert proc.poll() is None, (metrics_dir.parent / "server.log").read_text(errors="replace")
            assert time.monotonic() < deadline, "the server did not get ready in 180 s"
            try:
                ok = httpx.get(f"{base}/readyz", timeout=5).status_code == 200
            except httpx.TransportError:
                ok = False
            ready_in_a_row = ready_in_a_row + 1 if ok else 0
            time.sleep(0.05 if ok else 0.5)
        yield base, metrics_dir
    finally:
        if proc.poll() is None:  # a server that died on its own keeps its own error, not ProcessLookupError
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


def per_worker_screens(metrics_dir: Path) -> Counter[str]:
    """``/v1/screen`` 200s counted by each worker, read from its own file in the shared directory."""
    from prometheus_client.mmap_dict import MmapedDict

    counts: Counter[str] = Counter()
    for path in metrics_dir.glob("counter_*.db"):
        pid = path.stem.removeprefix("counter_")
        for key, value, _ts, _pos in MmapedDict.read_all_values_from_file(str(path)):
            _metric, sample, labels, _help = json.loads(key)
            if (
                sample == "khatkrong_requests_total"
                and labels.get("route") == "/v1/screen"
                and labels.get("status") == "200"
            ):
                counts[pid] += int(value)
    return counts


def screens_total(text: str) -> float:
    """The scraped total of ``/v1/screen`` 200s, over every model-version series."""
    pattern = (
        r'^khatkrong_requests_total\{method="POST",model_version="[^"]*",' + re.escape(ROUTE) + r"\} (\S+)$"
    )
    return sum(float(v) for v in re.findall(pattern, text, flags=re.M))


def test_metrics_add_up_over_two_workers(server: tuple[str, Path], kit: Any) -> None:
    base, metrics_dir = server
    assert not (metrics_dir / "counter_999999.db").exists(), "the directory is cleaned at start"
    headers = kit.auth("intake")

    def screen(_: int) -> int:  # a new connection per request, so the kernel hands them to either worker
        return httpx.post(f"{base}/v1/screen", json={"text": TEXT}, headers=headers, timeout=30).status_code

    sent = 0
    with ThreadPoolExecutor(max_workers=8) as pool:
        while sent < 400:
            assert set(pool.map(screen, range(40))) == {200}
            sent += 40
            if len(per_worker_screens(metrics_dir)) >= 2 and sent >= 80:
                break
    split = per_worker_screens(metrics_dir)
    assert len(split) == 2 and min(split.values()) > 0, (
        f"requests were not split between the workers: {split}"
    )
    assert sum(split.values()) == sent

    for _ in range(6):  # every scrape, whichever worker answers it, shows every worker's requests
        text = httpx.get(f"{base}/metrics", timeout=10).text
        assert screens_total(text) == sent
        assert f'model_version="{1}"' in text
        assert re.search(r"^khatkrong_predictions_total\{.*model_version=\"1\"\} ", text, flags=re.M)
        count = re.search(
            r'^khatkrong_request_duration_seconds_count\{method="POST",model_version="1",route="/v1/screen"\} (\S+)$',
            text,
            flags=re.M,
        )
        assert count is not None and float(count.group(1)) == sent
        assert re.search(r"^khatkrong_model_loaded 1\.0$", text, flags=re.M)
        pids = set(re.findall(r'^khatkrong_model_info\{.*pid="(\d+)".*\} 1\.0$', text, flags=re.M))
        assert pids == set(split), "one model series per live worker"
