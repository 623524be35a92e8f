"""The service path of the planted-personal-data suite: the API returns no planted data, and the service
does not extract personal data itself (privacy is applied once, in the model)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def test_service_path_returns_no_planted_data(client: TestClient, kit: Any, planted: list) -> None:
    leaks: list[str] = []
    for start in range(0, len(planted), 256):
        chunk = planted[start : start + 256]
        items = [{"id": str(start + i), "text": case.text} for i, case in enumerate(chunk)]
        r = client.post("/v1/screen/batch", json={"items": items}, headers=kit.auth("intake"))
        assert r.status_code == 200, r.text
        for case, result in zip(chunk, r.json()["results"], strict=True):
            assert "contains_personal_data" in result["flags"], case.text
            leaks += case.leaks_in(result)
    assert not leaks, leaks[:5]


def test_the_service_extracts_details_once_per_text(
    client: TestClient, kit: Any, planted: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    import model.details

    calls: list[str] = []
    real = model.details.extract

    def counting(text: str) -> list:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(model.details, "extract", counting)
    r = client.post("/v1/screen", json={"text": planted[0].text}, headers=kit.auth("intake"))
    assert r.status_code == 200 and "contains_personal_data" in r.json()["flags"]
    assert calls == [planted[0].text]  # the model's own extraction; the service adds none
