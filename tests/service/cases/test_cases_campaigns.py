"""Near-duplicates (MinHash LSH over character 5-grams, the index in the store) and campaigns: five
near-identical attacks on one official are one campaign; a different complaint about the same official is
not; near-identical reports about different officials are duplicates but no campaign."""

from __future__ import annotations

from typing import Any

ATTACKS = [  # one template, small edits: what a coordinated campaign sends
    "นายสมศักดิ์ ใจร้าย ปลัด อบต.หนองบัว โกงกินงบประมาณ ชั่วมาก ไล่มันออกไปเลย ทุกคนในหมู่บ้านรู้ดี",
    "นายสมศักดิ์ ใจร้าย ปลัด อบต.หนองบัว โกงกินงบประมาณ ชั่วมากๆ ไล่มันออกไปเลย ทุกคนในหมู่บ้านรู้ดี",
    "นายสมศักดิ์ ใจร้าย ปลัด อบต.หนองบัว โกงกินงบประมาณ ชั่วมาก ไล่มันออกไปเลยครับ ทุกคนในหมู่บ้านรู้ดี",
    "นายสมศักดิ์  ใจร้าย ปลัด อบต.หนองบัว โกงกินงบประมาณ ชั่วมาก!! ไล่มันออกไปเลย ทุกคนในหมู่บ้านรู้ดี",
    "นายสมศักดิ์ ใจร้าย ปลัด อบต.หนองบัว โกงกินงบประมาณ ชั่วมาก ไล่มันออกไปเลย ทุกคนในหมู่บ้านรู้ดีค่ะ",
]
GENUINE = (
    "นายสมศักดิ์ ใจร้าย ปลัด อบต.หนองบัว ลงนามตรวจรับงานก่อสร้างศาลาหมู่บ้าน ตามสัญญาเลขที่ 7/2568 "
    "ลงวันที่ 10 มกราคม 2568 ทั้งที่งานยังไม่เสร็จ มูลค่า 480,000 บาท"
)
TEMPLATE = "ไฟถนนหน้าบ้านดับมาสองเดือนแล้ว แจ้ง{agency}ไปหลายครั้งแต่ยังไม่มีใครมาซ่อม ขอให้เร่งดำเนินการด้วย"
AGENCIES = ["เทศบาลตำบลบางพลี", "อบต.หนองบัว", "อบจ.เชียงใหม่"]


def test_five_near_identical_attacks_are_one_campaign_and_the_genuine_report_is_not(desk: Any) -> None:
    ids = []
    for text in ATTACKS:
        r = desk.post(text)
        assert r.status_code == 201, r.text
        ids.append(r.json()["id"])
    genuine = desk.post(GENUINE).json()["id"]

    bodies = [desk.case(i).json() for i in ids]
    campaigns = {b["campaign"]["id"] for b in bodies if b["campaign"]}
    assert len(campaigns) == 1 and all(b["campaign"] for b in bodies), [b["campaign"] for b in bodies]
    campaign_id = campaigns.pop()
    for b in bodies:
        assert "campaign" in b["flags"]
        assert b["campaign"]["size"] == 5 and sorted(b["campaign"]["case_ids"]) == sorted(ids)
        assert b["campaign"]["lead_case_id"] == ids[0]
        assert {d["id"] for d in b["duplicates"]} == set(ids) - {b["id"]}, "linked both ways"
    g = desk.case(genuine).json()
    assert g["campaign"] is None and "campaign" not in g["flags"]
    assert all(d["id"] not in ids for d in g["duplicates"])

    rows = desk.client.get(f"/v1/cases?campaign={campaign_id}", headers=desk.kit.auth("reviewer")).json()[
        "items"
    ]
    assert sorted(r["id"] for r in rows) == sorted(ids)
    collapsed = desk.client.get(
        "/v1/cases?campaign=true&collapse_campaigns=true", headers=desk.kit.auth("reviewer")
    ).json()["items"]
    assert [(r["id"], r["campaign_size"]) for r in collapsed if r["campaign_id"] == campaign_id] == [
        (ids[0], 5)
    ]
    plain = desk.client.get("/v1/cases?campaign=false&limit=200", headers=desk.kit.auth("reviewer")).json()[
        "items"
    ]
    assert genuine in {r["id"] for r in plain}
    by_priority = desk.client.get("/v1/cases?limit=200", headers=desk.kit.auth("reviewer")).json()["items"]
    order = [r["id"] for r in by_priority]
    assert max(order.index(i) for i in ids) < len(order), "campaign members are in the queue"
    events = desk.client.get(f"/v1/cases/{ids[0]}/audit", headers=desk.kit.auth("admin")).json()["events"]
    assert "campaign_joined" in [e["action"] for e in events]


def test_template_reports_about_different_agencies_are_duplicates_but_no_campaign(desk: Any) -> None:
    ids = [desk.post(TEMPLATE.format(agency=a)).json()["id"] for a in AGENCIES]
    bodies = [desk.case(i).json() for i in ids]
    assert all(b["campaign"] is None for b in bodies)
    assert any(b["duplicates"] for b in bodies), "near-identical wording is still linked"


def test_the_index_lives_in_the_store_and_survives_a_restart(desk: Any, desk_app: Any) -> None:
    from sqlalchemy import func, select

    from service.cases.models import LshBand

    first = desk.post("ร้องเรียน อบต.โคกสูง สร้างถนนลูกรังหมู่ 9 ไม่ได้มาตรฐาน งบ 900,000 บาท สัญญาเลขที่ 3/2568").json()
    engine = desk.engine()
    try:
        with engine.connect() as conn:
            assert (
                conn.execute(
                    select(func.count()).select_from(LshBand).where(LshBand.case_id == first["id"])
                ).scalar_one()
                > 0
            )
    finally:
        engine.dispose()
    with desk_app() as other:  # another process/instance: a new app on the same store
        r = other.post(
            "/v1/cases",
            json={
                "external_id": desk.new_id(),
                "text": "ร้องเรียน อบต.โคกสูง สร้างถนนลูกรังหมู่ 9 ไม่ได้มาตรฐาน งบ 900,000 บาท สัญญาเลขที่ 3/2568 ครับ",
            },
            headers=desk.kit.auth("intake"),
        )
        second = r.json()["id"]
    dups = {d["id"] for d in desk.case(second).json()["duplicates"]}
    assert first["id"] in dups
    assert second in {d["id"] for d in desk.case(first["id"]).json()["duplicates"]}
