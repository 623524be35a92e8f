"""Model life cycle: reload success and failure, the local copy when the store is down, not-ready, 500s, logs."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.deps import get_model
from service.loader import LoadedModel, ModelFacts
from service.logging import LOGGER, JsonFormatter
from service.main import create_app
from service.settings import get_settings

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: connection refused at once
TEXT = "ผู้รับเหมาเทถนนหมู่ 5 บางกว่าแบบ สัญญาเลขที่ 12/2568 มูลค่า 1,200,000 บาท"


class Lines(logging.Handler):
    """Collects the service's log lines exactly as they are written."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(JsonFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    def events(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.lines]


@pytest.fixture
def log_lines() -> Iterator[Lines]:
    handler = Lines()
    logger = logging.getLogger(LOGGER)
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


@pytest.fixture
def alias(kit: Any) -> Iterator[Any]:
    """Point the reload-test model's champion alias somewhere; restored afterwards."""
    from mlflow.tracking import MlflowClient

    client = MlflowClient(kit.store.uri, kit.store.uri)

    def point(version: str) -> None:
        client.set_registered_model_alias(kit.RELOAD_NAME, "champion", version)

    yield point
    point(kit.store.versions["good"])


@pytest.fixture
def reloadable(kit: Any, tmp_path: Path) -> Iterator[TestClient]:
    settings = kit.settings(tmp_path / "cache", model_uri=f"models:/{kit.RELOAD_NAME}@champion")
    with TestClient(create_app(settings)) as c:
        yield c


def served_version(client: TestClient, kit: Any) -> str:
    r = client.post("/v1/screen", json={"text": TEXT}, headers=kit.auth("intake"))
    assert r.status_code == 200, r.text
    version: str = r.json()["model"]["version"]
    return version


# --- reload --------------------------------------------------------------------------------------


def test_reload_swaps_in_the_new_alias_target(reloadable: TestClient, kit: Any, alias: Any) -> None:
    assert served_version(reloadable, kit) == kit.store.versions["good"]
    new = kit.register_good_version(kit.RELOAD_NAME)
    alias(new)
    assert served_version(reloadable, kit) == kit.store.versions["good"], "nothing changes before the reload"
    r = reloadable.post("/v1/admin/reload", headers=kit.auth("admin"))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "reloaded" and body["changed"] is True
    assert body["previous"]["version"] == kit.store.versions["good"] and body["current"]["version"] == new
    assert served_version(reloadable, kit) == new
    assert reloadable.get("/v1/model", headers=kit.auth("reviewer")).json()["version"] == new
    metrics = reloadable.get("/metrics").text
    assert (
        f'version="{new}"' in metrics and 'khatkrong_model_reloads_total{outcome="reloaded"} 1.0' in metrics
    )


def test_reload_of_the_same_version_says_unchanged(reloadable: TestClient, kit: Any) -> None:
    r = reloadable.post("/v1/admin/reload", headers=kit.auth("admin"))
    assert r.status_code == 200
    assert r.json()["changed"] is False


def test_reload_rejects_a_model_that_is_not_a_screener(reloadable: TestClient, kit: Any, alias: Any) -> None:
    alias(kit.store.versions["broken"])
    r = reloadable.post("/v1/admin/reload", headers=kit.auth("admin"))
    assert r.status_code == 409
    assert r.json()["detail"] == (
        "the model is not a Khatkrong screener: not a Khatkrong screener model: Broken; still serving the previous model"
    )
    assert served_version(reloadable, kit) == kit.store.versions["good"]
    assert reloadable.get("/readyz").status_code == 200


def test_reload_rejects_a_model_that_fails_the_smoke_prediction(
    reloadable: TestClient, kit: Any, alias: Any
) -> None:
    alias(kit.store.versions["corrupt"])
    r = reloadable.post("/v1/admin/reload", headers=kit.auth("admin"))
    assert r.status_code == 409
    detail = r.json()["detail"]
    assert detail.startswith("the model failed its smoke prediction: ValueError: ")
    assert detail.endswith("; still serving the previous model")
    assert served_version(reloadable, kit) == kit.store.versions["good"]
    assert 'khatkrong_model_reloads_total{outcome="rejected"} 1.0' in reloadable.get("/metrics").text


def test_reload_with_the_store_unreachable_is_502(reloadable: TestClient, kit: Any, tmp_path: Path) -> None:
    down = kit.settings(
        tmp_path / "other", model_uri=f"models:/{kit.RELOAD_NAME}@champion", tracking_uri=UNREACHABLE
    )
    reloadable.app.dependency_overrides[get_settings] = lambda: down  # type: ignore[attr-defined]
    r = reloadable.post("/v1/admin/reload", headers=kit.auth("admin"))
    assert r.status_code == 502
    detail = r.json()["detail"]
    assert detail.startswith(
        f"could not resolve models:/{kit.RELOAD_NAME}@champion in the model registry: MlflowException"
    )
    assert detail.endswith("; still serving the previous model")
    assert served_version(reloadable, kit) == kit.store.versions["good"]


def test_reload_of_an_unknown_alias_is_502(reloadable: TestClient, kit: Any, tmp_path: Path) -> None:
    gone = kit.settings(tmp_path / "other", model_uri=f"models:/{kit.RELOAD_NAME}@nobody")
    reloadable.app.dependency_overrides[get_settings] = lambda: gone  # type: ignore[attr-defined]
    r = reloadable.post("/v1/admin/reload", headers=kit.auth("admin"))
    assert r.status_code == 502
    assert "nobody" in r.json()["detail"]


# --- the local copy ------------------------------------------------------------------------------


def test_store_unreachable_at_start_serves_the_local_copy(kit: Any, tmp_path: Path, log_lines: Lines) -> None:
    cache = tmp_path / "cache"
    with TestClient(create_app(kit.settings(cache))) as c:  # a first start fills the cache
        first = c.post("/v1/screen", json={"text": TEXT}, headers=kit.auth("intake")).json()
    [slot] = [p for p in cache.iterdir() if p.is_dir()]
    meta = json.loads((slot / "model.json").read_text(encoding="utf-8"))
    assert (meta["name"], meta["version"], meta["run_id"]) == (kit.NAME, "1", kit.store.run_id)

    with TestClient(create_app(kit.settings(cache, tracking_uri=UNREACHABLE))) as c:
        ready = c.get("/readyz")
        assert ready.status_code == 200 and ready.json()["source"] == "cache"
        card = c.get("/v1/model", headers=kit.auth("reviewer")).json()
        assert card["source"] == "cache" and card["version"] == "1" and card["run_id"] == kit.store.run_id
        assert card["source_note"].startswith("serving the local copy cached at ")
        assert "could not resolve" in card["source_note"]
        assert card["metrics"] == {"test_credibility_macro_f1": 0.93, "test_category_macro_f1": 0.88}
        second = c.post("/v1/screen", json={"text": TEXT}, headers=kit.auth("intake")).json()
        assert second["credibility"] == first["credibility"] and second["model"] == first["model"]
    events = log_lines.events()
    assert any(e.get("event") == "registry_load_failed" for e in events)
    assert any(e.get("event") == "model_loaded" and e.get("model_source") == "cache" for e in events)


def test_nothing_to_load_starts_not_ready_and_recovers_on_reload(kit: Any, tmp_path: Path) -> None:
    settings = kit.settings(tmp_path / "empty-cache", tracking_uri=UNREACHABLE)
    app = create_app(settings)
    with TestClient(app) as c:
        assert c.get("/healthz").status_code == 200
        r = c.get("/readyz")
        assert (r.status_code, r.json()["detail"]) == (503, "not ready: no model is loaded")
        r = c.post("/v1/screen", json={"text": TEXT}, headers=kit.auth("intake"))
        assert r.status_code == 503
        assert r.json()["detail"] == (
            "no model is loaded: the model registry and the local copy both failed at start-up; "
            "see the service log, then ask an admin to call POST /v1/admin/reload"
        )
        assert (
            c.post(
                "/v1/screen/batch", json={"items": [{"id": "a", "text": TEXT}]}, headers=kit.auth("intake")
            ).status_code
            == 503
        )
        assert c.get("/v1/model", headers=kit.auth("admin")).status_code == 503
        assert "khatkrong_model_loaded 0.0" in c.get("/metrics").text
        assert c.post("/v1/admin/reload", headers=kit.auth("admin")).status_code == 502
        # the store is back
        app.dependency_overrides[get_settings] = lambda: kit.settings(tmp_path / "empty-cache")
        r = c.post("/v1/admin/reload", headers=kit.auth("admin"))
        assert r.status_code == 200 and r.json()["previous"] is None
        assert c.get("/readyz").status_code == 200
        assert served_version(c, kit) == "1"


# --- unexpected errors and logs ------------------------------------------------------------------


def test_unexpected_error_is_500_with_the_request_id_only(
    client: TestClient, kit: Any, log_lines: Lines
) -> None:
    class Exploding:
        def screen(self, texts: list[str]) -> list[dict[str, Any]]:
            raise RuntimeError(texts[0])  # a message quoting the report

    def exploding_model() -> LoadedModel:
        facts = ModelFacts(name=kit.NAME, version="1", run_id=kit.store.run_id)
        return LoadedModel(Exploding(), facts, "models:/x@y", "registry", None, {})  # type: ignore[arg-type]

    client.app.dependency_overrides[get_model] = exploding_model  # type: ignore[attr-defined]
    try:
        r = client.post(
            "/v1/screen", json={"text": TEXT}, headers={**kit.auth("intake"), "X-Request-ID": "boom-1"}
        )
    finally:
        client.app.dependency_overrides.pop(get_model)  # type: ignore[attr-defined]
    assert r.status_code == 500
    assert r.json() == {
        "detail": "internal error; quote request id boom-1 when reporting it",
        "request_id": "boom-1",
    }
    assert r.headers["X-Request-ID"] == "boom-1"
    logged = "\n".join(log_lines.lines)
    assert "RuntimeError" in logged and "routes.py" in logged and TEXT not in logged
    assert any(e.get("event") == "request" and e.get("status") == 500 for e in log_lines.events())


def test_logs_hold_no_report_text_no_metadata_and_no_key(
    client: TestClient, kit: Any, log_lines: Lines
) -> None:
    secret = "นายสมชาย ใจดี โทร 081-234-5678 เลขบัตร 1-1012-00345-67-8 ร้องเรียนปลัดเรียกเงิน 9,999 บาท"
    payload = {"text": secret, "id": "case-9", "metadata": {"province": "จังหวัดลับมาก", "channel": "ช่องทางลับ"}}
    assert client.post("/v1/screen", json=payload, headers=kit.auth("intake")).status_code == 200
    client.post("/v1/screen/batch", json={"items": [{"id": "x", "text": secret}]}, headers=kit.auth("intake"))
    client.post(
        "/v1/screen", json={"text": secret + "\u200b", "colour": "x"}, headers=kit.auth("intake")
    )  # 422
    client.post("/v1/screen", json={"text": secret}, headers=kit.auth("reviewer"))  # 403
    client.post("/v1/screen", json={"text": secret}, headers={"Authorization": "Bearer wrong-key-123"})  # 401
    logged = "\n".join(log_lines.lines)
    requests = [e for e in log_lines.events() if e.get("event") == "request"]
    assert len(requests) == 5
    for fragment in (
        "สมชาย",
        "081-234-5678",
        "1-1012-00345-67-8",
        "9,999",
        "ร้องเรียน",
        "จังหวัดลับมาก",
        "ช่องทางลับ",
    ):
        assert fragment not in logged
    for key in (*kit.KEYS.values(), "wrong-key-123"):
        assert key not in logged
    first = requests[0]
    assert first["route"] == "/v1/screen" and first["status"] == 200 and first["model_version"] == "1"
    assert first["text_chars"] == len(secret) and first["n_texts"] == 1
    assert isinstance(first["latency_ms"], float) and len(first["request_id"]) == 32
    assert [e["status"] for e in requests] == [200, 200, 422, 403, 401]
