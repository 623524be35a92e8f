"""Thai labels of the desk's codes, and the highlighting of evidence in a masked text."""

from __future__ import annotations

from typing import Any

CREDIBILITY = {"credible": "น่าเชื่อถือ", "frivolous": "ไม่มีสาระ", "malicious": "มุ่งร้าย"}
DECISION = {"proceed": "ดำเนินการต่อ", "review": "ควรตรวจสอบ", "deprioritize": "ลดลำดับความสำคัญ"}
STATUS = {"new": "ใหม่", "in_review": "กำลังตรวจ", "closed": "ปิดแล้ว"}
RESOLUTION = {
    "actioned": "ดำเนินการแล้ว",
    "referred": "ส่งต่อหน่วยงาน",
    "no_action": "ไม่ดำเนินการ",
    "duplicate": "เรื่องซ้ำ",
    "malicious": "ร้องเรียนโดยมุ่งร้าย",
    "spam": "สแปม",
}
CATEGORY = {
    "procurement": "จัดซื้อจัดจ้าง",
    "bribery": "สินบน",
    "embezzlement": "ยักยอกทรัพย์",
    "abuse_of_power": "ใช้อำนาจโดยมิชอบ",
    "conflict_of_interest": "ผลประโยชน์ทับซ้อน",
    "misconduct": "ประพฤติมิชอบ",
    "service_issue": "ปัญหาการให้บริการ",
    "other": "อื่น ๆ",
}
DOUBLE = {
    "first": "ตรวจสองชั้น: รอผู้ตรวจคนแรก",
    "second": "ตรวจสองชั้น: รอผู้ตรวจคนที่สอง",
    "agreed": "ตรวจสองชั้น: เห็นตรงกัน",
    "adjudication": "ตรวจสองชั้น: เห็นต่างกัน รอหัวหน้าชี้ขาด",
    "adjudicated": "ตรวจสองชั้น: หัวหน้าชี้ขาดแล้ว",
}
FLAG = {
    "threat": "ข่มขู่",
    "abusive_language": "ถ้อยคำหยาบคาย",
    "demands_removal": "เรียกร้องให้ปลด",
    "contains_personal_data": "มีข้อมูลส่วนบุคคล",
    "campaign": "แคมเปญ",
}
DETAIL = {
    "dates": "วันที่",
    "amounts": "จำนวนเงิน",
    "places": "สถานที่",
    "agencies": "หน่วยงาน",
    "positions": "ตำแหน่ง",
    "persons": "บุคคล",
    "documents": "เลขเอกสาร",
}


def label(table: dict[str, str], code: str | None) -> str:
    """The Thai label of ``code`` (the code itself when there is none).

    >>> label(CREDIBILITY, "credible"), label(CREDIBILITY, "unknown")
    ('น่าเชื่อถือ', 'unknown')
    """
    if code is None:
        return "-"
    return table.get(code, code)


def highlight(text: str, evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``text`` cut into segments: plain ones, and evidence that raised (``raise``) or lowered (``lower``) the
    label it explains. Overlapping spans keep the strongest; the template escapes every segment.

    >>> [(s["text"], s["kind"]) for s in highlight("ab cd ef", [{"span": [3, 5], "weight": 0.4}])]
    [('ab ', None), ('cd', 'raise'), (' ef', None)]
    """
    spans = []
    for ev in evidence:
        span = ev.get("span")
        if not span or ev.get("weight") in (None, 0):
            continue
        start, end = int(span[0]), int(span[1])
        if 0 <= start < end <= len(text):
            spans.append((start, end, ev))
    spans.sort(key=lambda s: -abs(float(s[2]["weight"])))
    chosen: list[tuple[int, int, dict[str, Any]]] = []
    for start, end, ev in spans:
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, ev))
    chosen.sort(key=lambda s: s[0])
    out: list[dict[str, Any]] = []
    at = 0
    for start, end, ev in chosen:
        if start > at:
            out.append({"text": text[at:start], "kind": None})
        weight = float(ev["weight"])
        out.append(
            {
                "text": text[start:end],
                "kind": "raise" if weight > 0 else "lower",
                "title": f"{ev.get('head', '')}: {ev.get('label', '')} {weight:+.3f}",
            }
        )
        at = end
    if at < len(text):
        out.append({"text": text[at:], "kind": None})
    return out
