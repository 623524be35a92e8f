"""The scoring routes' pre-serialised JSON is exactly what the documented response models give.

``service.scoring.result_json`` skips building and validating a pydantic model per result (the hot path);
these tests pin that its bytes equal ``ScreenResult.model_validate(...).model_dump_json()`` for real
results and for every optional shape a result can take, and that the routes still declare the models.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import orjson
import pytest
from fastapi.testclient import TestClient

from model.result import Details, Evidence, HeadScore
from model.result import ScreenResult as ModelResult
from service import scoring
from service.schemas import BatchResponse, ScreenResult

REF = {"name": "khatkrong-screener", "version": "3", "run_id": "0f3b9d0c"}
TEXTS = [
    "นายก อบต.หนองบัว เรียกรับเงิน 50,000 บาท จากผู้รับเหมาถนนหมู่ 5 เมื่อวันที่ 3 มีนาคม 2568",
    "ไฟถนนหน้าบ้านดับมาสามวันแล้วครับ ช่วยมาซ่อมด้วย",
    "ติดต่อผมได้ที่ 081-234-5678 หรือ somchai@example.com เรื่องปลัดเรียกเงินใต้โต๊ะ",
    "ข้าพเจ้า นางสมศรี ขอร้องเรียนเจ้าหน้าที่เทศบาลที่ละเว้นการปฏิบัติหน้าที่",
]


def validated(result: ModelResult, rid: str, ref: dict[str, Any]) -> bytes:
    """The bytes the response model gives: validate the result's own dict, then dump."""
    return (
        ScreenResult.model_validate({**result.to_dict(), "id": rid, "model": ref}).model_dump_json().encode()
    )


f32: Any = np.float32  # numpy numbers where the result types say float and int
f64: Any = np.float64
i64: Any = np.int64


def synthetic() -> list[ModelResult]:
    cred = HeadScore("malicious", 0.7, {"credible": 0.1, "frivolous": 0.2, "malicious": 0.7}, flag_score=0.9)
    cat = HeadScore("bribery", 0.55, {"bribery": 0.55, "other": 0.45})
    ev = Evidence("credibility", "malicious", "word:โกง", "word", -0.25, (3, 6), "โกง")
    doc = Evidence("credibility", "malicious", "doc:length", "document", 0.125, None, None)
    personal = Evidence("category", "bribery", "personal:phone", "personal", 1.0, (0, 12), "[โทรศัพท์]")
    details = Details(amounts=("5,000 บาท",), persons=("นายสมชาย",))
    return [
        ModelResult(cred, cat, "review", ("contains_personal_data",), (ev, doc, personal), details),
        ModelResult(None, cat, "proceed"),  # a model without a credibility head
        ModelResult(HeadScore("credible", 0.9, {"credible": 0.9}), None, "proceed"),  # no flag_score
        ModelResult(  # numpy numbers, as a model might hand them over
            HeadScore("credible", f32(0.8), {"credible": f64(0.8)}, flag_score=f32(0.2)),
            HeadScore("other", f64(1.0), {"other": f32(1.0)}),
            "proceed",
            evidence=(Evidence("category", "other", "word:ถนน", "word", f32(0.3), (i64(1), 4), "ถนน"),),
        ),
    ]


@pytest.mark.parametrize("index", range(4))
def test_result_json_equals_the_response_model_on_every_shape(index: int) -> None:
    result = synthetic()[index]
    assert scoring.result_json(result, "r-1", REF) == validated(result, "r-1", REF)


def test_result_json_equals_the_response_model_on_real_results(client: TestClient) -> None:
    model = client.app_state["holder"].current
    results = model.screener.screen(TEXTS)
    assert any(r.evidence for r in results)
    ref = scoring.model_ref(model)
    for i, result in enumerate(results):
        assert scoring.result_json(result, f"id-{i}", ref) == validated(result, f"id-{i}", ref)


def test_batch_json_is_the_batch_response() -> None:
    items = [scoring.result_json(r, f"b{i}", REF) for i, r in enumerate(synthetic())]
    expected = BatchResponse.model_validate({"results": [orjson.loads(x) for x in items]})
    assert scoring.batch_json(items) == expected.model_dump_json().encode()


def test_routes_answer_the_same_json_as_the_models(client: TestClient, kit: Any) -> None:
    r = client.post("/v1/screen", json={"text": TEXTS[0], "id": "line-9"}, headers=kit.auth("intake"))
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    body = r.json()
    assert ScreenResult.model_validate(body).model_dump(mode="json") == body
    items = [{"id": f"w{i}", "text": t} for i, t in enumerate(TEXTS)]
    r = client.post("/v1/screen/batch", json={"items": items}, headers=kit.auth("intake"))
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    batch = r.json()
    assert BatchResponse.model_validate(batch).model_dump(mode="json") == batch
    assert [x["id"] for x in batch["results"]] == [f"w{i}" for i in range(len(TEXTS))]
    assert batch["results"][0] == {**body, "id": "w0"}  # the single and the batch route agree
    assert json.loads(r.content.decode("utf-8")) == batch
    assert b"\\u0e" not in r.content  # UTF-8 as pydantic writes it, Thai not ASCII-escaped


def test_the_scoring_routes_still_document_their_response_models(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path, model in (("/v1/screen", "ScreenResult"), ("/v1/screen/batch", "BatchResponse")):
        ok = paths[path]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert ok == {"$ref": f"#/components/schemas/{model}"}
        assert paths[path]["post"]["security"] == [{"HTTPBearer": []}]


def test_the_scoring_routes_resolve_one_dependency(client: TestClient) -> None:
    """The hot path's dependency tree stays small: FastAPI's cost per request grows with every node."""
    from fastapi.routing import APIRoute

    from service.routes import router, scoring_context

    routes = {r.path: r for r in router.routes if isinstance(r, APIRoute)}
    for path in ("/v1/screen", "/v1/screen/batch"):
        [only] = routes[path].dependant.dependencies
        assert only.call is scoring_context and not only.dependencies
    assert not client.app.dependency_overrides  # type: ignore[attr-defined]  # FastAPI re-solves while non-empty


def test_fastapi_telemetry_is_off_unless_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from service.main import _telemetry

    for name in [n for n in os.environ if n.startswith("OTEL_")]:
        monkeypatch.delenv(name)
    assert _telemetry() in ({}, {"telemetry": {"tracing": False, "metrics": False, "logs": False}})
    monkeypatch.setenv("OTEL_TRACES_EXPORTER", "otlp")
    assert _telemetry() == {}  # an operator who configures OpenTelemetry gets FastAPI's defaults
