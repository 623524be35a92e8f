"""Every endpoint, the response shape, every input error with its exact status and detail, auth and roles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.main import create_app

TEXT = "นายก อบต.หนองบัว เรียกรับเงิน 50,000 บาท จากผู้รับเหมาถนนหมู่ 5 เมื่อวันที่ 3 มีนาคม 2568"
TOP_KEYS = {"id", "credibility", "category", "decision", "flags", "evidence", "details", "model"}
DETAIL_KEYS = {"dates", "amounts", "places", "agencies", "positions", "document_numbers"}


@pytest.fixture(scope="module")
def strict(kit: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """An app with small configured limits: 4 KiB bodies, 50-character texts, batches of 2."""
    settings = kit.settings(
        tmp_path_factory.mktemp("strict-cache"), max_body_bytes=4096, max_text_chars=50, batch_max=2
    )
    with TestClient(create_app(settings)) as c:
        yield c


# --- screening ----------------------------------------------------------------------------------


def test_screen_returns_exactly_the_documented_keys(client: TestClient, kit: Any) -> None:
    r = client.post(
        "/v1/screen",
        json={"text": TEXT, "id": "line-1", "metadata": {"channel": "line"}},
        headers=kit.auth("intake"),
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == TOP_KEYS
    assert body["id"] == "line-1"
    assert {"label", "score", "probabilities"} <= set(body["credibility"])
    assert set(body["credibility"]["probabilities"]) == {"credible", "frivolous", "malicious"}
    assert {"label", "probabilities"} <= set(body["category"])
    assert body["decision"] in {"proceed", "review", "deprioritize"}
    assert isinstance(body["flags"], list)
    assert body["evidence"], "a real model explains itself"
    for ev in body["evidence"]:
        assert {"feature", "weight", "span", "text"} <= set(ev)
        assert ev["span"] is None or (
            len(ev["span"]) == 2 and 0 <= ev["span"][0] <= ev["span"][1] <= len(TEXT)
        )
    assert set(body["details"]) >= DETAIL_KEYS
    assert body["details"]["amounts"]
    assert body["model"] == {"name": kit.NAME, "version": "1", "run_id": kit.store.run_id}


def test_screen_generates_an_id_when_absent(client: TestClient, kit: Any) -> None:
    r = client.post("/v1/screen", json={"text": TEXT}, headers=kit.auth("intake"))
    assert r.status_code == 200
    assert len(r.json()["id"]) == 32


def test_screen_matches_the_model_itself(client: TestClient, kit: Any) -> None:
    expected = kit.train_screener().screen([TEXT])[0].to_dict()
    body = client.post("/v1/screen", json={"text": TEXT}, headers=kit.auth("intake")).json()
    assert body["decision"] == expected["decision"]
    assert body["credibility"]["label"] == expected["credibility"]["label"]
    assert body["credibility"]["probabilities"] == pytest.approx(
        expected["credibility"]["probabilities"], abs=1e-6
    )


def test_batch_keeps_order_and_echoes_ids(client: TestClient, kit: Any) -> None:
    items = [
        {"id": "b-1", "text": TEXT},
        {"id": "b-2", "text": "ไอ้ปลัดหน้าโง่ ไล่มันออกไป"},
        {"id": "b-3", "text": "เจ้าหน้าที่พูดไม่เพราะ", "metadata": {"province": "ขอนแก่น", "agency": "อบต."}},
    ]
    r = client.post("/v1/screen/batch", json={"items": items}, headers=kit.auth("intake"))
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert [x["id"] for x in results] == ["b-1", "b-2", "b-3"]
    single = client.post("/v1/screen", json={"text": items[1]["text"]}, headers=kit.auth("intake")).json()
    assert results[1]["credibility"] == single["credibility"]
    assert all(set(x) == TOP_KEYS for x in results)


def test_batch_of_256_is_accepted(client: TestClient, kit: Any) -> None:
    items = [{"id": str(i), "text": f"{TEXT} รายที่ {i}"} for i in range(256)]
    r = client.post("/v1/screen/batch", json={"items": items}, headers=kit.auth("intake"))
    assert r.status_code == 200
    assert len(r.json()["results"]) == 256


# --- model, health, readiness, metrics -------------------------------------------------------------


@pytest.mark.parametrize("role", ["intake", "reviewer", "admin"])
def test_model_card_for_every_role(client: TestClient, kit: Any, role: str) -> None:
    r = client.get("/v1/model", headers=kit.auth(role))
    assert r.status_code == 200
    card = r.json()
    assert (card["name"], card["version"], card["run_id"]) == (kit.NAME, "1", kit.store.run_id)
    assert card["source"] == "registry" and card["source_note"] is None
    assert card["labels"]["credibility"] == ["credible", "frivolous", "malicious"]
    assert set(card["labels"]["category"]) == {"bribery", "misconduct", "procurement", "service"}
    assert 0 < card["thresholds"]["flag"] <= 1
    assert card["metrics"] == {"test_credibility_macro_f1": 0.93, "test_category_macro_f1": 0.88}
    assert card["data_digest"] == "sha256:test-corpus"
    assert card["trained_at"]


def test_health_readiness_and_metrics_need_no_key(client: TestClient, kit: Any) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {
        "status": "ready",
        "model": {"name": kit.NAME, "version": "1", "run_id": kit.store.run_id},
        "source": "registry",
    }
    assert client.get("/metrics").status_code == 200


def test_metrics_count_requests_latency_predictions_and_model(client: TestClient, kit: Any) -> None:
    body = client.post("/v1/screen", json={"text": TEXT}, headers=kit.auth("intake")).json()
    client.post("/v1/screen", json={"text": " "}, headers=kit.auth("intake"))
    text = client.get("/metrics").text
    v = 'model_version="1"'  # the served version labels requests, latency and predictions
    assert f'khatkrong_requests_total{{method="POST",{v},route="/v1/screen",status="200"}}' in text
    assert f'khatkrong_requests_total{{method="POST",{v},route="/v1/screen",status="422"}}' in text
    assert (
        f'khatkrong_request_duration_seconds_bucket{{le="0.05",method="POST",{v},route="/v1/screen"}}' in text
    )
    cred, cat, decision = body["credibility"]["label"], body["category"]["label"], body["decision"]
    assert (
        f'khatkrong_predictions_total{{category="{cat}",credibility="{cred}",decision="{decision}",{v}}}'
        in text
    )
    assert 'khatkrong_model_info{name="khatkrong-screener"' in text and 'version="1"' in text
    assert "khatkrong_model_loaded 1.0" in text


def test_unknown_paths_are_one_metrics_label(client: TestClient) -> None:
    assert client.get("/no/such/path/12345").status_code == 404
    assert client.get("/no/such/path/67890").json()["detail"] == "Not Found"
    text = client.get("/metrics").text
    assert "12345" not in text and 'route="unmatched"' in text


def test_openapi_docs_have_thai_examples(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    dumped = json.dumps(schema, ensure_ascii=False)
    assert "ผู้รับเหมา" in dumped
    assert schema["components"]["schemas"]["ScreenRequest"]["properties"]["text"]["maxLength"] == 20000
    assert schema["components"]["schemas"]["BatchRequest"]["properties"]["items"]["maxItems"] == 256


# --- request id ----------------------------------------------------------------------------------


def test_request_id_round_trip(client: TestClient, kit: Any) -> None:
    r = client.post(
        "/v1/screen", json={"text": TEXT}, headers={**kit.auth("intake"), "X-Request-ID": "case-42.a:b"}
    )
    assert r.headers["X-Request-ID"] == "case-42.a:b"
    r = client.post(
        "/v1/screen", json={"text": ""}, headers={**kit.auth("intake"), "X-Request-ID": "case-43"}
    )
    assert r.headers["X-Request-ID"] == "case-43" and r.json()["request_id"] == "case-43"


def test_request_id_generated_when_absent_or_unsafe(client: TestClient) -> None:
    assert len(client.get("/healthz").headers["X-Request-ID"]) == 32
    r = client.get("/healthz", headers={"X-Request-ID": "bad id\twith spaces"})
    assert r.headers["X-Request-ID"] != "bad id\twith spaces" and len(r.headers["X-Request-ID"]) == 32


# --- bad input -----------------------------------------------------------------------------------


def post_screen(client: TestClient, kit: Any, payload: object) -> tuple[int, dict]:
    r = client.post("/v1/screen", json=payload, headers=kit.auth("intake"))
    return r.status_code, r.json()


@pytest.mark.parametrize("text", ["   ", "\u200b\u200c\u200d", " \n\t\u200b \ufeff\u2060 "])
def test_text_empty_after_normalisation_is_422(client: TestClient, kit: Any, text: str) -> None:
    code, body = post_screen(client, kit, {"text": text})
    assert code == 422
    assert (
        body["detail"]
        == "body.text: the text has no visible character: only spaces, control, bidi or zero-width characters"
    )
    assert text not in json.dumps(body)


def test_empty_string_is_422(client: TestClient, kit: Any) -> None:
    code, body = post_screen(client, kit, {"text": ""})
    assert (code, body["detail"]) == (422, "body.text: String should have at least 1 character")


def test_text_over_20000_characters_is_422(client: TestClient, kit: Any) -> None:
    code, body = post_screen(client, kit, {"text": "ก" * 20_001})
    assert (code, body["detail"]) == (422, "body.text: String should have at most 20000 characters")
    assert "ก" * 100 not in json.dumps(body, ensure_ascii=False), "the error never echoes the text"
    code, _ = post_screen(client, kit, {"text": "ถนนพัง" * 3_333})  # 19,998 characters: fine
    assert code == 200


def test_missing_text_and_unknown_fields_are_422(client: TestClient, kit: Any) -> None:
    code, body = post_screen(client, kit, {"id": "x"})
    assert (code, body["detail"]) == (422, "body.text: Field required")
    code, body = post_screen(client, kit, {"text": TEXT, "colour": "red"})
    assert (code, body["detail"]) == (422, "body.colour: Extra inputs are not permitted")
    assert body["errors"] == [
        {
            "loc": ["body", "colour"],
            "msg": "body.colour: Extra inputs are not permitted",
            "type": "extra_forbidden",
        }
    ]


def test_unpaired_surrogate_is_422(client: TestClient, kit: Any) -> None:
    r = client.post(
        "/v1/screen",
        content=b'{"text": "\\ud800 abc"}',
        headers={**kit.auth("intake"), "Content-Type": "application/json"},
    )
    assert r.status_code == 422
    assert (
        r.json()["detail"]
        == "body.text: Input should be a valid string, unable to parse raw data as a unicode string"
    )


@pytest.mark.parametrize("raw", [b'{"text": "abc"', b"not json", b'{"text": "\xff"}'])
def test_malformed_json_is_422(client: TestClient, kit: Any, raw: bytes) -> None:
    r = client.post(
        "/v1/screen", content=raw, headers={**kit.auth("intake"), "Content-Type": "application/json"}
    )
    assert r.status_code == 422
    assert r.json()["detail"].startswith("malformed JSON in the request body at position ")


def test_batch_over_256_is_422(client: TestClient, kit: Any) -> None:
    items = [{"id": str(i), "text": "ถนนพัง"} for i in range(257)]
    r = client.post("/v1/screen/batch", json={"items": items}, headers=kit.auth("intake"))
    assert r.status_code == 422
    assert r.json()["detail"] == "body.items: List should have at most 256 items after validation, not 257"


def test_batch_errors_name_the_item(client: TestClient, kit: Any) -> None:
    r = client.post(
        "/v1/screen/batch",
        json={"items": [{"id": "a", "text": "ok ถนน"}, {"id": "b", "text": "\u200b"}]},
        headers=kit.auth("intake"),
    )
    assert r.status_code == 422
    assert (
        r.json()["detail"]
        == "body.items.1.text: the text has no visible character: only spaces, control, bidi or zero-width characters"
    )
    r = client.post("/v1/screen/batch", json={"items": [{"text": "ถนนพัง"}]}, headers=kit.auth("intake"))
    assert (r.status_code, r.json()["detail"]) == (422, "body.items.0.id: Field required")
    r = client.post("/v1/screen/batch", json={"items": []}, headers=kit.auth("intake"))
    assert (r.status_code, r.json()["detail"]) == (
        422,
        "body.items: List should have at least 1 item after validation, not 0",
    )


def test_body_over_the_limit_is_413_by_content_length(strict: TestClient, kit: Any) -> None:
    payload = json.dumps({"text": "ก" * 10}).encode() + b" " * 4096
    r = strict.post(
        "/v1/screen", content=payload, headers={**kit.auth("intake"), "Content-Type": "application/json"}
    )
    assert r.status_code == 413
    assert r.json()["detail"] == "the request body is larger than 4096 bytes"


def test_streamed_body_over_the_limit_is_413(strict: TestClient, kit: Any) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(10):
            yield "ถนนพัง".encode() * 100
        yield b'"}'

    r = strict.post(
        "/v1/screen", content=chunks(), headers={**kit.auth("intake"), "Content-Type": "application/json"}
    )
    assert "content-length" not in {k.lower() for k in r.request.headers}
    assert r.status_code == 413
    assert r.json()["detail"] == "the request body is larger than 4096 bytes"


def test_configured_limits_lower_than_the_schema(strict: TestClient, kit: Any) -> None:
    r = strict.post("/v1/screen", json={"text": "ก" * 51}, headers=kit.auth("intake"))
    assert (r.status_code, r.json()["detail"]) == (422, "body.text: the text is longer than 50 characters")
    items = [{"id": str(i), "text": "ถนนพัง"} for i in range(3)]
    r = strict.post("/v1/screen/batch", json={"items": items}, headers=kit.auth("intake"))
    assert (r.status_code, r.json()["detail"]) == (422, "body.items: a batch holds at most 2 items, got 3")
    r = strict.post(
        "/v1/screen/batch",
        json={"items": [{"id": "a", "text": "ถนน"}, {"id": "b", "text": "ข" * 51}]},
        headers=kit.auth("intake"),
    )
    assert (r.status_code, r.json()["detail"]) == (
        422,
        "body.items.1.text: the text is longer than 50 characters",
    )


def test_bad_content_length_is_400(client: TestClient, kit: Any) -> None:
    r = client.post(
        "/v1/screen",
        content=b"{}",
        headers={**kit.auth("intake"), "Content-Type": "application/json", "Content-Length": "abc"},
    )
    assert (r.status_code, r.json()["detail"]) == (400, "the Content-Length header is not a number")


# --- auth ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", "/v1/screen"),
        ("post", "/v1/screen/batch"),
        ("get", "/v1/model"),
        ("post", "/v1/admin/reload"),
    ],
)
def test_no_key_is_401_with_a_challenge(client: TestClient, method: str, path: str) -> None:
    r = client.request(method, path, json={"text": TEXT})
    assert r.status_code == 401
    assert r.json()["detail"] == "missing API key: send 'Authorization: Bearer <key>'"
    assert r.headers["WWW-Authenticate"] == 'Bearer realm="khatkrong"'


@pytest.mark.parametrize(
    "mangle", [lambda k: "nope", lambda k: k + "x", lambda k: k[:-1], lambda k: k.upper()]
)
def test_wrong_key_is_401(client: TestClient, kit: Any, mangle: Any) -> None:
    header = f"Bearer {mangle(kit.KEYS['intake'])}"
    r = client.post("/v1/screen", json={"text": TEXT}, headers={"Authorization": header})
    assert (r.status_code, r.json()["detail"]) == (401, "invalid API key")
    assert r.headers["WWW-Authenticate"] == 'Bearer realm="khatkrong", error="invalid_token"'


def test_other_schemes_are_401(client: TestClient, kit: Any) -> None:
    r = client.post(
        "/v1/screen", json={"text": TEXT}, headers={"Authorization": f"Basic {kit.KEYS['intake']}"}
    )
    assert r.status_code == 401


@pytest.mark.parametrize(
    ("role", "method", "path", "needed"),
    [
        ("reviewer", "post", "/v1/screen", "intake"),
        ("admin", "post", "/v1/screen/batch", "intake"),
        ("intake", "post", "/v1/admin/reload", "admin"),
        ("reviewer", "post", "/v1/admin/reload", "admin"),
    ],
)
def test_wrong_role_is_403(
    client: TestClient, kit: Any, role: str, method: str, path: str, needed: str
) -> None:
    r = client.request(method, path, json={"text": TEXT}, headers=kit.auth(role))
    assert r.status_code == 403
    assert r.json()["detail"] == f"the role '{role}' may not call this endpoint; it needs {needed}"


def test_keys_from_a_file(kit: Any, tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    keys.write_text(
        "# comment\nfile-key-1-0123456789abcdef:intake\nfile-key-2-0123456789abcdef:admin  # the admin\n",
        encoding="utf-8",
    )
    settings = kit.settings(tmp_path / "cache", api_keys=None, api_keys_file=keys)
    with TestClient(create_app(settings)) as c:
        assert (
            c.post(
                "/v1/screen",
                json={"text": TEXT},
                headers={"Authorization": "Bearer file-key-1-0123456789abcdef"},
            ).status_code
            == 200
        )
        assert (
            c.get("/v1/model", headers={"Authorization": "Bearer file-key-2-0123456789abcdef"}).status_code
            == 200
        )
        assert c.get("/v1/model", headers=kit.auth("admin")).status_code == 401


# --- personal data -------------------------------------------------------------------------------


def test_personal_data_never_comes_back(client: TestClient, kit: Any) -> None:
    text = "ปลัดเรียกเงิน 20,000 บาท ให้โอนเข้าบัญชี 123-4-56789-0 โทร 081-234-5678 เลขบัตร 1-1012-00345-67-8"
    r = client.post("/v1/screen", json={"text": text}, headers=kit.auth("intake"))
    assert r.status_code == 200
    body = r.json()
    assert "contains_personal_data" in body["flags"]
    dumped = json.dumps(body, ensure_ascii=False)
    for secret in ("123-4-56789-0", "081-234-5678", "1-1012-00345-67-8", "0812345678"):
        assert secret not in dumped
    for ev in body["evidence"]:
        if ev["span"] and ev["text"] is not None:
            assert text[ev["span"][0] : ev["span"][1]] == ev["text"]
