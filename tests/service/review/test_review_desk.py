"""The queue, the case page and decisions through the web desk: escaping, the stale-version conflict, bulk
decisions, reopening, the audit sample and double review with adjudication, the export and the stats."""

from __future__ import annotations

import re
from typing import Any

import pytest


def _decide(
    browser: Any,
    case_id: str,
    *,
    credibility: str = "malicious",
    category: str = "procurement",
    resolution: str = "malicious",
    version: int | None = None,
    page: str | None = None,
) -> Any:
    html = page or browser.get(f"/review/cases/{case_id}").text
    if version is None:
        version = int(re.search(r'name="version" value="(\d+)"', html).group(1))
    data = {
        "csrf_token": re.search(r'name="csrf_token" value="([^"]+)"', html).group(1),
        "version": str(version),
        "credibility": credibility,
        "category": category,
        "resolution": resolution,
        "note": "ตรวจแล้ว",
    }
    return browser.post(f"/review/cases/{case_id}/decision", data=data)


def test_queue_lists_flagged_cases_with_counts_and_thai_labels(desk: Any, kit_helpers: Any) -> None:
    flagged = [desk.intake(t) for t in kit_helpers.MALICIOUS[:3]]
    ann = desk.person("ann")
    page = ann.get("/review")
    assert page.status_code == 200
    for case in flagged:
        assert f'data-case="{case["id"]}"' in page.text
    assert "คิวตรวจ" in page.text and "ใหม่" in page.text
    new_count = int(re.search(r'data-status="new">(\d+)<', page.text).group(1))
    assert new_count == 3
    for sort in ("priority", "uncertainty", "received"):
        assert ann.get(f"/review?sort={sort}&view=all").status_code == 200
    assert ann.get("/review?received_from=2000-01-01&received_to=2999-01-01").status_code == 200
    bad = ann.get("/review?received_from=yesterday")
    assert bad.status_code == 422 and "received_from" in bad.text
    assert ann.get("/review?sort=loudest").status_code == 422
    future = ann.get("/review?received_from=2999-01-01")
    assert 'data-case="' not in future.text


def test_report_text_is_escaped_everywhere(desk: Any) -> None:
    attack = 'ไอ้นายกโกงกิน <script>alert("x")</script> <img src=x onerror=alert(1)> ไล่มันออกไปเลย ชั่วมาก'
    case = desk.intake(attack, external_id="<script>alert(2)</script>")
    ann = desk.person("ann")
    for url in (f"/review/cases/{case['id']}", "/review?view=all"):
        html = ann.get(url).text
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;" in html
    r = _decide(ann, case["id"], resolution="")
    assert r.status_code == 303
    html = ann.get(f"/review/cases/{case['id']}").text
    assert "<script>" not in html.replace('<script src="/review/static/review.js" defer></script>', "")


def test_case_page_shows_masked_text_evidence_scores_and_no_reporter(desk: Any, kit_helpers: Any) -> None:
    text = kit_helpers.MALICIOUS[1] + " โทร 081-234-5678"
    case = desk.intake(text, reporter={"name": "สมชาย ใจดี", "phone": "0899999999"})
    html = desk.person("ann").get(f"/review/cases/{case['id']}").text
    assert "081-234-5678" not in html and "สมชาย" not in html and "0899999999" not in html
    assert '<mark class="raise"' in html or '<mark class="lower"' in html  # evidence highlighted
    assert 'class="bar' in html and "ความน่าเชื่อถือ" in html
    assert 'name="credibility" value="malicious"' in html and 'name="csrf_token"' in html


def test_decision_goes_through_the_case_desk_and_a_stale_version_is_refused(
    desk: Any, kit_helpers: Any
) -> None:
    case = desk.intake(kit_helpers.MALICIOUS[2])
    ann, ben = desk.person("ann"), desk.person("ben")
    ann_page = ann.get(f"/review/cases/{case['id']}").text
    ben_page = ben.get(f"/review/cases/{case['id']}").text
    first = _decide(ann, case["id"], resolution="", page=ann_page)
    assert first.status_code == 303
    stale = _decide(ben, case["id"], credibility="credible", page=ben_page)
    assert stale.status_code == 409
    assert "มีผู้ตรวจคนอื่นบันทึกเรื่องนี้ก่อนคุณ" in stale.text
    view = desk.client.get(f"/v1/cases/{case['id']}", headers=desk.kit.auth("reviewer")).json()
    assert [d["by"] for d in view["decisions"]] == ["user:ann"]
    assert view["status"] == "in_review"
    audit = desk.client.get(f"/v1/cases/{case['id']}/audit", headers=desk.kit.auth("admin")).json()
    assert any(e["action"] == "decided" and e["actor"] == "user:ann" for e in audit["events"])
    # the API's stale check and the page's are one: the API with the old version is refused too
    api = desk.client.post(
        f"/v1/cases/{case['id']}/decision",
        headers={**desk.kit.auth("reviewer"), "If-Match": '"1"'},
        json={"credibility": "credible", "category": "procurement"},
    )
    assert api.status_code == 409


def test_bad_decision_fields_are_422_and_nothing_is_stored(desk: Any, kit_helpers: Any) -> None:
    case = desk.intake(kit_helpers.MALICIOUS[3])
    ann = desk.person("ann")
    r = _decide(ann, case["id"], credibility="sure")
    assert r.status_code == 422 and "credibility" in r.text
    r = _decide(ann, case["id"], resolution="burn")
    assert r.status_code == 422
    view = desk.client.get(f"/v1/cases/{case['id']}", headers=desk.kit.auth("reviewer")).json()
    assert view["decisions"] == []


def test_bulk_decision_over_a_selection(desk: Any, kit_helpers: Any) -> None:
    cases = [desk.intake(t) for t in kit_helpers.MALICIOUS]
    ann = desk.person("ann")
    page = ann.get("/review?view=all").text
    token = kit_helpers.csrf_of(page)
    chosen = cases[:3]
    data = {
        "csrf_token": token,
        "case": [f"{c['id']}:{c['version']}" for c in chosen] + [f"{cases[3]['id']}:99"],
        "credibility": "malicious",
        "category": "misconduct",
        "resolution": "malicious",
        "note": "",
    }
    r = ann.post("/review/bulk", data=data)
    assert r.status_code == 200
    assert "บันทึกแล้ว 3 เรื่อง" in r.text and cases[3]["id"] in r.text  # the stale one is reported, not decided
    for c in chosen:
        view = desk.client.get(f"/v1/cases/{c['id']}", headers=desk.kit.auth("reviewer")).json()
        assert view["status"] == "closed" and view["decisions"][0]["by"] == "user:ann"
    left = desk.client.get(f"/v1/cases/{cases[3]['id']}", headers=desk.kit.auth("reviewer")).json()
    assert left["decisions"] == []


def test_bulk_decision_over_a_whole_campaign(desk: Any) -> None:
    base = "นายกเทศมนตรีตำบลบางพลี นายสมศักดิ์ รักดี โกงกินทุกโครงการ ไล่มันออกไปเลย ชั่วมาก ระวังตัวไว้ {}"
    cases = [desk.intake(base.format(i)) for i in range(5)]
    views = [desk.client.get(f"/v1/cases/{c['id']}", headers=desk.kit.auth("reviewer")).json() for c in cases]
    campaign = views[-1]["campaign"]
    if campaign is None:
        pytest.skip("the model extracted no shared target from these texts: no campaign formed")
    ann = desk.person("ann")
    page = ann.get("/review").text
    assert f'name="campaign" value="{campaign["id"]}"' in page  # one row for the campaign
    assert page.count(f'value="{campaign["id"]}"') == 1
    data = {
        "csrf_token": kit_helpers_csrf(page),
        "campaign": campaign["id"],
        "credibility": "malicious",
        "category": "misconduct",
        "resolution": "malicious",
    }
    r = ann.post("/review/bulk", data=data)
    assert r.status_code == 200 and f"บันทึกแล้ว {campaign['size']} เรื่อง" in r.text


def kit_helpers_csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_reopen_is_for_supervisors(desk: Any, kit_helpers: Any) -> None:
    case = desk.intake(kit_helpers.MALICIOUS[0])
    ann, sup = desk.person("ann"), desk.person("sup")
    assert _decide(ann, case["id"]).status_code == 303
    page = ann.get(f"/review/cases/{case['id']}").text
    assert "เปิดเรื่องใหม่" not in page  # a reviewer gets no reopen form
    version = int(
        re.search(r'name="version" value="(\d+)"', sup.get(f"/review/cases/{case['id']}").text).group(1)
    )
    denied = ann.post(
        f"/review/cases/{case['id']}/reopen",
        data={"csrf_token": kit_helpers.csrf_of(page), "version": version, "reason": "ผิด"},
    )
    assert denied.status_code == 403
    sup_page = sup.get(f"/review/cases/{case['id']}").text
    ok = sup.post(
        f"/review/cases/{case['id']}/reopen",
        data={"csrf_token": kit_helpers.csrf_of(sup_page), "version": version, "reason": "มีหลักฐานใหม่"},
    )
    assert ok.status_code == 303
    view = desk.client.get(f"/v1/cases/{case['id']}", headers=desk.kit.auth("reviewer")).json()
    assert view["status"] == "in_review" and view["resolution"] is None
    audit = desk.client.get(f"/v1/cases/{case['id']}/audit", headers=desk.kit.auth("admin")).json()
    reopened = [e for e in audit["events"] if e["action"] == "reopened"]
    assert reopened and reopened[0]["actor"] == "user:sup" and reopened[0]["reason"] == "มีหลักฐานใหม่"
    assert _decide(ann, case["id"], credibility="credible", resolution="referred").status_code == 303


def test_audit_sample_is_a_steady_share_of_proceed_cases() -> None:
    import uuid

    from service.cases.crypto import Vault
    from service.review.service import draw

    vault = Vault("a-secret-of-at-least-32-characters!!")
    ids = [uuid.uuid4().hex for _ in range(20_000)]
    audit = sum(draw(vault, i, "audit") < 0.05 for i in ids) / len(ids)
    double = sum(draw(vault, i, "double") < 0.10 for i in ids) / len(ids)
    assert 0.045 < audit < 0.055 and 0.09 < double < 0.11
    assert all(
        draw(vault, i, "audit") == draw(vault, i, "audit") for i in ids[:50]
    )  # the same case, the same draw


def test_proceed_cases_enter_the_queue_only_as_audit_samples(make_desk: Any, kit_helpers: Any) -> None:
    none = make_desk(review_audit_rate=0.0, review_double_rate=0.0)
    case = none.intake(kit_helpers.CREDIBLE[0])
    if case["screening"]["decision"] != "proceed":
        pytest.skip("the test model did not let this credible report proceed")
    assert f'data-case="{case["id"]}"' not in none.person("ann").get("/review").text
    every = make_desk(review_audit_rate=1.0, review_double_rate=0.0)
    sampled = every.intake(kit_helpers.CREDIBLE[0])
    page = every.person("ann").get("/review").text
    assert f'data-case="{sampled["id"]}"' in page and "ตัวอย่างสุ่มตรวจ" in page
    assert f'data-case="{sampled["id"]}"' in every.person("ann").get("/review?view=audit").text


def test_double_review_agreement_and_adjudication(make_desk: Any, kit_helpers: Any) -> None:
    desk = make_desk(review_audit_rate=0.0, review_double_rate=1.0)
    agree, disagree = desk.intake(kit_helpers.MALICIOUS[0]), desk.intake(kit_helpers.MALICIOUS[1])
    ann, ben, sup = desk.person("ann"), desk.person("ben"), desk.person("sup")
    api = desk.kit.auth("reviewer")
    for case in (agree, disagree):
        assert _decide(ann, case["id"], credibility="malicious").status_code == 303
        view = desk.client.get(f"/v1/cases/{case['id']}", headers=api).json()
        assert view["status"] == "in_review"  # the first of two reviews does not close the case
        again = _decide(ann, case["id"], credibility="malicious")
        assert again.status_code == 409 and "second reviewer" in again.text
        blind = ben.get(f"/review/cases/{case['id']}").text
        assert "user:ann" not in blind  # the second reviewer decides without seeing the first decision
    assert _decide(ben, agree["id"], credibility="malicious").status_code == 303
    assert desk.client.get(f"/v1/cases/{agree['id']}", headers=api).json()["status"] == "closed"
    assert _decide(ben, disagree["id"], credibility="frivolous").status_code == 303
    assert desk.client.get(f"/v1/cases/{disagree['id']}", headers=api).json()["status"] == "in_review"
    queue = sup.get("/review?view=adjudication").text
    assert f'data-case="{disagree["id"]}"' in queue and f'data-case="{agree["id"]}"' not in queue
    refused = _decide(ann, disagree["id"], credibility="malicious")
    assert refused.status_code == 403
    assert _decide(sup, disagree["id"], credibility="frivolous", resolution="no_action").status_code == 303
    final = desk.client.get(f"/v1/cases/{disagree['id']}", headers=api).json()
    assert final["status"] == "closed" and final["decisions"][-1]["by"] == "user:sup"
    stats = desk.client.get("/v1/stats", headers=api).json()
    assert stats["kappa"]["pairs"] == 2
    assert stats["samples"]["awaiting_adjudication"] == 0


def test_export_has_the_final_labels_masked_text_and_model_columns(
    desk: Any, kit_helpers: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pandas as pd
    from typer.testing import CliRunner

    from service.review.cli import reviews_app

    decided = desk.intake(kit_helpers.MALICIOUS[2] + " โทร 081-234-5678")
    desk.intake(kit_helpers.MALICIOUS[3])  # not decided: not exported
    ann = desk.person("ann")
    assert (
        _decide(
            ann, decided["id"], credibility="frivolous", category="service", resolution="no_action"
        ).status_code
        == 303
    )
    monkeypatch.setenv("KHATKRONG_SECRET_KEY", desk.kit.SECRET_KEY)
    runner = CliRunner()
    frames = {}
    for suffix in ("csv", "jsonl", "parquet"):
        out = tmp_path / f"reviews.{suffix}"
        r = runner.invoke(reviews_app, ["export", "--out", str(out), "--database-url", desk.db_url])
        assert r.exit_code == 0, r.output
        assert "exported 1 reviewed cases" in r.output
        frames[suffix] = (
            pd.read_csv(out)
            if suffix == "csv"
            else (pd.read_json(out, lines=True) if suffix == "jsonl" else pd.read_parquet(out))
        )
    df = frames["parquet"]
    assert {
        "text",
        "category",
        "credibility",
        "model_credibility",
        "model_version",
        "decided_at",
        "audit_sample",
    } <= set(df.columns)
    row = df.iloc[0]
    assert row["credibility"] == "frivolous" and row["category"] == "service"
    assert row["model_version"] == "1" and row["reviewer"] == "user:ann" and not row["audit_sample"]
    assert "081-234-5678" not in row["text"] and kit_helpers.MALICIOUS[2][:10] in row["text"]
    assert len(frames["csv"]) == len(frames["jsonl"]) == 1
    bad = runner.invoke(
        reviews_app, ["export", "--out", str(tmp_path / "x.xlsx"), "--database-url", desk.db_url]
    )
    assert bad.exit_code == 1


def test_stats_and_dashboard(desk: Any, kit_helpers: Any) -> None:
    cases = [desk.intake(t) for t in kit_helpers.MALICIOUS]
    ann = desk.person("ann")
    for case, cred in zip(cases, ["malicious", "malicious", "frivolous", "credible"], strict=True):
        assert _decide(ann, case["id"], credibility=cred).status_code == 303
    assert desk.client.get("/v1/stats").status_code == 401
    assert desk.client.get("/v1/stats", headers=desk.kit.auth("intake")).status_code == 403
    stats = desk.client.get("/v1/stats", headers=desk.kit.auth("reviewer")).json()
    assert stats["reviewed"] == 4
    model = [c["screening"]["credibility"] for c in cases]
    expected = (
        sum(m == p for m, p in zip(model, ["malicious", "malicious", "frivolous", "credible"], strict=True))
        / 4
    )
    assert stats["agreement_overall"]["agreement"] == pytest.approx(expected)
    assert stats["agreement_by_model_version"][0]["key"].endswith("v1")
    assert sum(b["n"] for b in stats["calibration"]) == 4
    assert stats["queue_age_hours"]["open"] == 0
    page = ann.get("/review/dashboard")
    assert page.status_code == 200 and "<svg" in page.text and "แดชบอร์ด" in page.text
