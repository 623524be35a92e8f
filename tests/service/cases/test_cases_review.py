"""The review API: the queue (filters, sort, cursor), a case with its version, decisions with If-Match
(409 on stale), the lifecycle, the admin-only append-only audit, re-screening, and purge with tombstones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from typer.testing import CliRunner

REPORTS = [
    "ผู้รับเหมาเทถนนคอนกรีตหมู่ 5 อบต.หนองบัว หนาเพียง 10 ซม. แต่สัญญาเลขที่ 12/2568 กำหนด 15 ซม. มูลค่า 1,200,000 บาท",
    "เจ้าหน้าที่ที่ดิน เทศบาลตำบลบางพลี เรียกเงินใต้โต๊ะ 20,000 บาท เพื่อเร่งออกโฉนด เมื่อวันที่ 12 กุมภาพันธ์ 2568",
    "ไอ้ปลัดหน้าโง่รับสินบนแน่นอน ไล่มันออก ระวังตัวไว้",
    "เจ้าหน้าที่พูดไม่เพราะ ไม่ยิ้มเลย",
    "ไฟถนนหมู่ 3 อบจ.เชียงใหม่ ดับมา 2 เดือน แจ้งเรื่องเลขที่รับ 1234/2568 แล้วแต่ไม่มีการซ่อม",
    "นายก อบต.หนองบัว แต่งตั้งญาติเป็นพนักงานจ้างโดยไม่มีการสอบ ตามคำสั่งเลขที่ 112/2568",
]


@pytest.fixture(scope="module")
def ids(desk: Any) -> list[str]:
    out = []
    for i, text in enumerate(REPORTS * 2):  # 12 cases: each text twice with a different tail
        r = desk.post(f"{text} (เรื่องที่ {i})")
        assert r.status_code == 201, r.text
        out.append(r.json()["id"])
    return out


def get(desk: Any, url: str, role: str = "reviewer") -> Any:
    r = desk.client.get(url, headers=desk.kit.auth(role))
    assert r.status_code == 200, r.text
    return r.json()


def decide(desk: Any, case_id: str, version: Any, role: str = "reviewer", **body: Any) -> Any:
    payload = {"credibility": "credible", "category": "procurement", "note": "ตรวจแล้ว", **body}
    headers = desk.kit.auth(role)
    if version is not None:
        headers["If-Match"] = f'"{version}"' if isinstance(version, int) else version
    return desk.client.post(f"/v1/cases/{case_id}/decision", json=payload, headers=headers)


def test_queue_sorts_filters_and_pages(desk: Any, ids: list[str]) -> None:
    seen: list[dict[str, Any]] = []
    url = "/v1/cases?limit=5&sort=priority"
    while url:
        page = get(desk, url)
        seen += page["items"]
        url = f"/v1/cases?limit=5&sort=priority&cursor={page['next_cursor']}" if page["next_cursor"] else ""
    mine = [row for row in seen if row["id"] in ids]
    assert len(mine) == len(ids) and len({r["id"] for r in seen}) == len(seen), "every case once"
    keys = [(r["priority"], r["received_at"], r["id"]) for r in seen]
    assert keys == sorted(keys, reverse=True), "priority first, then newest"

    by_time = get(desk, "/v1/cases?sort=received&limit=200")["items"]
    times = [(r["received_at"], r["id"]) for r in by_time]
    assert times == sorted(times, reverse=True)
    top = get(desk, "/v1/cases?sort=received&limit=3")
    rest = get(desk, f"/v1/cases?sort=received&limit=200&cursor={top['next_cursor']}")
    assert [r["id"] for r in top["items"] + rest["items"]] == [r["id"] for r in by_time]

    for key, value in (("decision", "review"), ("decision", "proceed"), ("status", "new")):
        rows = get(desk, f"/v1/cases?{key}={value}&limit=200")["items"]
        assert all(r[key] == value for r in rows)
    category = seen[0]["category"]
    rows = get(desk, f"/v1/cases?category={category}&limit=200")["items"]
    assert rows and all(r["category"] == category for r in rows)
    assert all(r["campaign_id"] is None for r in get(desk, "/v1/cases?campaign=false&limit=200")["items"])

    flagged = [r for r in seen if "threat" in r["flags"]]
    plain = [r for r in seen if not r["flags"] and r["decision"] == "proceed"]
    if flagged and plain:
        assert max(r["priority"] for r in flagged) > min(r["priority"] for r in plain)


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("cursor=notacursor", 422),
        ("sort=random", 422),
        ("limit=0", 422),
        ("limit=201", 422),
        ("status=open", 422),
    ],
)
def test_queue_rejects_bad_parameters(desk: Any, query: str, status: int) -> None:
    r = desk.client.get(f"/v1/cases?{query}", headers=desk.kit.auth("reviewer"))
    assert r.status_code == status, r.text


def test_a_priority_cursor_is_refused_for_the_received_order(desk: Any, ids: list[str]) -> None:
    cursor = get(desk, "/v1/cases?limit=1&sort=priority")["next_cursor"]
    r = desk.client.get(f"/v1/cases?sort=received&cursor={cursor}", headers=desk.kit.auth("reviewer"))
    assert r.status_code == 422
    assert r.json()["detail"] == "cursor: not a cursor of this sort order; start again without one"


def test_case_detail_has_version_etag_and_screening(desk: Any, ids: list[str]) -> None:
    r = desk.case(ids[0])
    assert r.status_code == 200
    body = r.json()
    assert r.headers["etag"] == f'"{body["version"]}"'
    assert body["status"] == "new" and body["text"].startswith("ผู้รับเหมา")
    [screening] = body["screenings"]
    assert screening["model"]["name"] == desk.kit.NAME and screening["evidence"]
    assert set(screening["probabilities"]["credibility"]) == {"credible", "frivolous", "malicious"}
    assert body["decisions"] == [] and body["campaign"] is None, "two copies are no campaign"
    assert [d["id"] for d in body["duplicates"]] == [ids[6]], (
        "the same text with another tail is a near-duplicate"
    )


def test_decisions_with_if_match_and_the_lifecycle(desk: Any, ids: list[str]) -> None:
    case_id = ids[1]
    v1 = desk.case(case_id).json()["version"]
    missing = decide(desk, case_id, None)
    assert missing.status_code == 428
    assert (
        missing.json()["detail"] == "If-Match: required; send the version (ETag) of the case you decided on"
    )
    assert decide(desk, case_id, "abc").status_code == 400

    first = decide(desk, case_id, v1, note="กำลังตรวจสอบเอกสาร")
    assert first.status_code == 200, first.text
    assert first.json()["status"] == "in_review" and first.json()["version"] == v1 + 1
    assert first.headers["etag"] == f'"{v1 + 1}"'

    stale = decide(desk, case_id, v1, credibility="malicious")  # a second reviewer with the old page
    assert stale.status_code == 409
    assert stale.json()["detail"] == (
        f"case {case_id!r} changed since version {v1} (it is now at version {v1 + 1}): reload it and decide again"
    )
    closing = decide(desk, case_id, f'W/"{v1 + 1}"', resolution="referred", note="ส่ง ป.ป.ช.")
    assert closing.status_code == 200 and closing.json()["status"] == "closed"
    again = decide(desk, case_id, v1 + 2, resolution="spam")
    assert again.status_code == 409 and "closed" in again.json()["detail"]

    body = desk.case(case_id).json()
    assert body["status"] == "closed" and body["resolution"] == "referred" and body["closed_at"]
    assert [(d["status_from"], d["status_to"]) for d in body["decisions"]] == [
        ("new", "in_review"),
        ("in_review", "closed"),
    ]
    assert [d["note"] for d in body["decisions"]] == ["กำลังตรวจสอบเอกสาร", "ส่ง ป.ป.ช."]
    assert all(d["by"].startswith("key:") and d["role"] == "reviewer" for d in body["decisions"])
    bad = decide(desk, ids[2], 1, credibility="maybe")
    assert bad.status_code == 422
    bad = decide(desk, ids[2], 1, resolution="deleted")
    assert bad.status_code == 422


def test_audit_is_admin_only_and_records_every_act(desk: Any, ids: list[str]) -> None:
    from sqlalchemy import text

    case_id = ids[3]
    desk.case(case_id)
    v = desk.case(case_id).json()["version"]
    assert decide(desk, case_id, v, resolution="no_action").status_code == 200
    assert desk.client.get(f"/v1/cases/{case_id}/audit", headers=desk.kit.auth("reviewer")).status_code == 403
    assert desk.client.get(f"/v1/cases/{case_id}/audit", headers=desk.kit.auth("intake")).status_code == 403
    events = get(desk, f"/v1/cases/{case_id}/audit", role="admin")["events"]
    actions = [e["action"] for e in events]
    assert actions[0] == "created" and actions.count("viewed") == 2 and actions[-1] == "decided"
    decided = events[-1]
    assert decided["detail"]["status_to"] == "closed" and decided["detail"]["resolution"] == "no_action"
    assert [e["id"] for e in events] == sorted(e["id"] for e in events)
    for verb in ("delete", "put", "patch"):
        assert (
            getattr(desk.client, verb)(
                f"/v1/cases/{case_id}/audit", headers=desk.kit.auth("admin")
            ).status_code
            == 405
        )
    engine = desk.engine()  # and the database itself refuses to rewrite history
    try:
        for statement in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"):
            with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def test_rescreen_with_another_model_keeps_earlier_screenings(
    desk: Any, desk_app: Any, ids: list[str]
) -> None:
    open_before = {r["id"] for r in get(desk, "/v1/cases?limit=200")["items"] if r["status"] != "closed"}
    with desk_app(model_uri=f"models:/{desk.kit.RELOAD_NAME}@champion") as other:
        admin = desk.kit.auth("admin")
        assert other.post("/v1/admin/rescreen", headers=desk.kit.auth("reviewer")).status_code == 403
        r = other.post("/v1/admin/rescreen", json={"case_ids": [ids[4]]}, headers=admin)
        assert r.status_code == 200 and r.json()["rescreened"] == 1, r.text
        assert r.json()["model"]["name"] == desk.kit.RELOAD_NAME
        r = other.post("/v1/admin/rescreen", headers=admin)
        assert r.status_code == 200 and r.json()["rescreened"] == len(open_before) - 1
        assert other.post("/v1/admin/rescreen", headers=admin).json()["rescreened"] == 0, "already current"
    body = desk.case(ids[4]).json()
    assert [s["model"]["name"] for s in body["screenings"]] == [desk.kit.RELOAD_NAME, desk.kit.NAME]
    closed = desk.case(ids[1]).json()
    assert len(closed["screenings"]) == 1, "closed cases are not re-screened"
    events = get(desk, f"/v1/cases/{ids[4]}/audit", role="admin")["events"]
    assert [e["detail"]["model"]["name"] for e in events if e["action"] == "rescreened"] == [
        desk.kit.RELOAD_NAME
    ]


def test_purge_removes_text_and_reporter_and_keeps_a_tombstone(
    desk: Any, ids: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from service.cases.cli import cases_app

    r = desk.post("ร้องเรียนเก่า ปิดแล้ว อบต.หนองบัว สัญญาเลขที่ 99/2560", reporter={"phone": "0812223333"})
    case_id = r.json()["id"]
    v = desk.case(case_id).json()["version"]
    assert decide(desk, case_id, v, resolution="actioned").status_code == 200
    monkeypatch.setenv("KHATKRONG_SECRET_KEY", desk.kit.SECRET_KEY)
    runner = CliRunner()
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    bad = runner.invoke(
        cases_app, ["purge", "--closed-before", "last week", "--database-url", desk.backend.url]
    )
    assert bad.exit_code != 0 and "is not a date" in bad.output
    result = runner.invoke(
        cases_app, ["purge", "--closed-before", tomorrow, "--database-url", desk.backend.url]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("purged ")
    body = desk.case(case_id).json()
    assert body["text"] is None and body["purged_at"] and body["status"] == "closed"
    assert body["screenings"][0]["evidence"] == [] and body["decisions"][0]["note"] is None
    assert body["decisions"][0]["credibility"] == "credible", "the labels stay for training"
    gone = desk.client.post(
        f"/v1/cases/{case_id}/reveal", json={"reason": "ขอดูข้อมูลเดิมหลังลบ"}, headers=desk.kit.auth("admin")
    )
    assert gone.status_code == 410
    events = get(desk, f"/v1/cases/{case_id}/audit", role="admin")["events"]
    assert events[-1]["action"] == "purged" or "purged" in [e["action"] for e in events]
    open_case = desk.case(ids[0]).json()
    assert open_case["text"] is not None, "open cases are never purged"
    resent = desk.post("ร้องเรียนเก่า ปิดแล้ว อบต.หนองบัว สัญญาเลขที่ 99/2560", body["external_id"])
    assert resent.status_code == 409 and "purged" in resent.json()["detail"]
    again = runner.invoke(
        cases_app, ["purge", "--closed-before", tomorrow, "--database-url", desk.backend.url]
    )
    assert again.output.startswith("purged 0 ")
