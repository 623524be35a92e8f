"""The campaign window, at the level of the service functions: three near-identical reports about one
official form a campaign only when they fall within ``campaign_window_days``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

TEXT = "{who} กินเงินชาวบ้าน ชั่วช้าที่สุด ไล่มันออกไปเลย ทุกคนรู้ดีว่ามันโกง ไม่เคยทำงานให้ประชาชนเลย{tail}"
WHO = {"inside": "นายสมปอง ขี้โกง นายก อบต.บ้านโคก", "spread": "นายประยูร ใจดำ ปลัด เทศบาลตำบลนาดี"}
TAILS = ["", " ครับ", " ค่ะ", " นะ"]


def run(
    kit: Any, backend: Any, monkeypatch: pytest.MonkeyPatch, days: list[int], tag: str
) -> list[str | None]:
    from fastapi.testclient import TestClient

    from service.cases import service as svc
    from service.main import create_app

    base = datetime(2026, 1, 1, tzinfo=UTC)
    campaigns: list[str | None] = []
    settings = kit.settings(kit.store.root / f"win-{tag}-{backend.name}", database_url=backend.url)
    with TestClient(create_app(settings)) as client:
        ids = []
        for n, day in enumerate(days):
            monkeypatch.setattr(svc, "now", lambda d=day: base + timedelta(days=d))
            r = client.post(
                "/v1/cases",
                json={"external_id": f"{tag}-{n}", "text": TEXT.format(who=WHO[tag], tail=TAILS[n])},
                headers=kit.auth("intake"),
            )
            assert r.status_code == 201, r.text
            ids.append(r.json()["id"])
        last = client.get(f"/v1/cases/{ids[-1]}", headers=kit.auth("reviewer")).json()
        assert {d["id"] for d in last["duplicates"]} == set(ids[:-1]), (
            "near-identical: linked, whatever the window"
        )
        for case_id in ids:
            campaigns.append(
                (
                    client.get(f"/v1/cases/{case_id}", headers=kit.auth("reviewer")).json()["campaign"] or {}
                ).get("id")
            )
    return campaigns


def test_three_within_the_window_are_a_campaign(kit: Any, desk: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    campaigns = run(kit, desk.backend, monkeypatch, [0, 5, 13], "inside")
    assert campaigns[0] is not None and len(set(campaigns)) == 1


def test_three_spread_over_twenty_days_are_not(kit: Any, desk: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    campaigns = run(kit, desk.backend, monkeypatch, [0, 10, 20], "spread")
    assert campaigns == [None, None, None]
