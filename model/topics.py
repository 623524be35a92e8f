"""Topic cue words of the integrity desks, as explicit features that generalise across phrasing.

N-grams learn the wording of the reports a model was trained on; a new writer uses other words for the same
act. These curated cue lists (general Thai vocabulary of each kind of wrongdoing, not taken from any one
report) give every category a few features that hold across writers. Each cue counts once per occurrence in
the normalised text.
"""

from __future__ import annotations

import re
from functools import cache

TOPIC_TERMS: dict[str, tuple[str, ...]] = {
    "procurement": (
        "ประมูล",
        "ฮั้ว",
        "ล็อกสเปก",
        "ล็อคสเปค",
        "สเปก",
        "สเปค",
        "ราคากลาง",
        "ผู้รับเหมา",
        "รับเหมา",
        "ยื่นซอง",
        "เสนอราคา",
        "ประกวดราคา",
        "e-bidding",
        "อีบิดดิ้ง",
        "จัดซื้อจัดจ้าง",
        "ไม่ตรงแบบ",
        "ผิดแบบ",
        "ทิ้งงาน",
        "ตรวจรับ",
        "คณะกรรมการตรวจรับ",
        "วัสดุ",
        "ก่อสร้าง",
        "ราคาแพงเกิน",
        "แพงเกินจริง",
        "ถนน",
        "ลาดยาง",
        "คอนกรีต",
        "งานจ้าง",
        "ใบสั่งจ้าง",
        "สัญญาจ้าง",
        "เฉพาะเจาะจง",
        "ผู้ชนะ",
        "ครุภัณฑ์",
    ),
    "bribery": (
        "สินบน",
        "ส่วย",
        "ใต้โต๊ะ",
        "เงินใต้โต๊ะ",
        "ค่าน้ำร้อนน้ำชา",
        "ค่าน้ำชา",
        "ค่าอำนวยความสะดวก",
        "เรียกเงิน",
        "เรียกรับ",
        "รับเงิน",
        "จ่ายเงิน",
        "ยัดเงิน",
        "ติดสินบน",
        "ด่าน",
        "ใบอนุญาต",
        "ใบขับขี่",
        "ปิดคดี",
        "ไม่เขียนใบสั่ง",
        "เคลียร์",
        "ซองขาว",
        "เก็บเงินรายเดือน",
        "จ่ายรายเดือน",
        "แป๊ะเจี๊ยะ",
        "ค่าวิ่งเต้น",
        "วิ่งเต้น",
        "ซื้อตำแหน่ง",
        "สติกเกอร์",
        "ค่าคุ้มครอง",
        "ไถเงิน",
        "รีดไถ",
    ),
    "embezzlement": (
        "ยักยอก",
        "เบียดบัง",
        "เบิกจ่าย",
        "เบิกเท็จ",
        "เบิกซ้ำ",
        "ใบเสร็จปลอม",
        "ใบสำคัญ",
        "ค่าแรงผี",
        "ลูกจ้างผี",
        "รายชื่อผี",
        "ชื่อผี",
        "งบประมาณ",
        "เงินกองทุน",
        "เงินหลวง",
        "ทรัพย์สินราชการ",
        "รถหลวง",
        "รถราชการ",
        "น้ำมันหลวง",
        "เติมน้ำมัน",
        "บัตรเติมน้ำมัน",
        "เอาไปใช้ส่วนตัว",
        "ใช้ส่วนตัว",
        "เงินหาย",
        "หายไป",
        "ไม่ถึงมือ",
        "หักหัวคิว",
        "เบี้ยยังชีพ",
        "เงินช่วยเหลือ",
        "ถุงยังชีพ",
        "บัญชี",
        "การเงิน",
        "ทำบัญชี",
    ),
    "abuse_of_power": (
        "ใช้อำนาจ",
        "โดยมิชอบ",
        "ละเว้น",
        "ละเลย",
        "ข่มขู่",
        "ขู่",
        "กลั่นแกล้ง",
        "แกล้ง",
        "สั่งย้าย",
        "ย้ายไป",
        "ไม่ยอมออก",
        "ไม่ออกเอกสาร",
        "ดอง",
        "ดองเรื่อง",
        "จับกุม",
        "ยึด",
        "ตั้งข้อหา",
        "ปิดกั้น",
        "ห้าม",
        "คำสั่ง",
        "บังคับ",
        "เลือกปฏิบัติ",
        "ไม่เลือก",
        "หัวคะแนน",
        "เลือกตั้ง",
        "ตัดชื่อ",
        "ไม่ให้บริการ",
        "เอื้อ",
        "อิทธิพล",
        "ผู้มีอิทธิพล",
        "ตัดน้ำ",
        "รื้อ",
    ),
    "conflict_of_interest": (
        "ผลประโยชน์ทับซ้อน",
        "ทับซ้อน",
        "ญาติ",
        "ลูกชาย",
        "ลูกสาว",
        "ภรรยา",
        "สามี",
        "เมีย",
        "พี่ชาย",
        "น้องชาย",
        "น้องสาว",
        "หลาน",
        "เขย",
        "สะใภ้",
        "พรรคพวก",
        "พวกพ้อง",
        "เครือญาติ",
        "เส้นสาย",
        "ถือหุ้น",
        "หุ้นส่วน",
        "เจ้าของบริษัท",
        "บริษัทของ",
        "ร้านของ",
        "เป็นเจ้าของ",
        "คู่สมรส",
        "บรรจุ",
        "รับเข้าทำงาน",
        "เด็กฝาก",
        "ฝากเข้า",
        "ตัวเองเป็น",
    ),
    "misconduct": (
        "ขาดงาน",
        "ไม่มาทำงาน",
        "มาสาย",
        "กลับก่อน",
        "เมา",
        "เมาสุรา",
        "ดื่มเหล้า",
        "กินเหล้า",
        "หลับ",
        "นอน",
        "เล่นการพนัน",
        "พนัน",
        "ไพ่",
        "หวย",
        "ลวนลาม",
        "คุกคามทางเพศ",
        "ทางเพศ",
        "จับมือ",
        "แทะโลม",
        "หยาบคาย",
        "พูดจาไม่ดี",
        "ตะคอก",
        "ด่า",
        "ไม่สุภาพ",
        "เล่นโทรศัพท์",
        "เล่นเกม",
        "ผิดวินัย",
        "แต่งกาย",
        "ชู้",
        "ไม่อยู่",
        "เวลาราชการ",
        "ตอกบัตร",
        "ลงชื่อแทน",
    ),
    "service_issue": (
        "ไฟดับ",
        "ไฟฟ้า",
        "ไฟทาง",
        "ไฟส่องสว่าง",
        "เสาไฟ",
        "ถนนพัง",
        "หลุม",
        "บ่อ",
        "ขยะ",
        "ไม่เก็บขยะ",
        "น้ำท่วม",
        "ท่อระบายน้ำ",
        "ท่อตัน",
        "น้ำประปา",
        "ประปาไม่ไหล",
        "น้ำไม่ไหล",
        "กลิ่นเหม็น",
        "เสียงดัง",
        "หมาจรจัด",
        "สุนัขจรจัด",
        "ทางเท้า",
        "ฟุตบาท",
        "หาบเร่",
        "แผงลอย",
        "จอดรถ",
        "กีดขวาง",
        "ต้นไม้",
        "กิ่งไม้",
        "ป้าย",
        "ชำรุด",
        "ซ่อม",
        "รอคิว",
        "ล่าช้า",
        "สายไฟ",
        "ยุง",
        "ควัน",
    ),
    "other": (
        "เพื่อนบ้าน",
        "ข้างบ้าน",
        "หลอก",
        "หลอกลวง",
        "โกงเงิน",
        "โอนเงิน",
        "มิจฉาชีพ",
        "แก๊งคอล",
        "ออนไลน์",
        "ซื้อของ",
        "สั่งของ",
        "ไม่ได้ของ",
        "บริษัทเอกชน",
        "ร้านค้า",
        "เงินกู้",
        "ดอกเบี้ย",
        "ทวงหนี้",
        "มรดก",
        "ที่ดินข้างเคียง",
        "สอบถาม",
        "อยากทราบ",
        "ขั้นตอน",
        "ทดสอบ",
        "test",
        "โฆษณา",
        "ขายของ",
        "สมัคร",
        "รายได้เสริม",
        "ส่งต่อ",
        "แชร์",
        "ผิดเบอร์",
        "ทักผิด",
    ),
}
TOPICS = tuple(TOPIC_TERMS)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        topic: re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE)
        for topic, terms in TOPIC_TERMS.items()
    }


@cache
def _cue_index() -> tuple[dict[str, tuple[int, ...]], dict[str, int]]:
    """Each cue, as the concatenation of its tokens, with the topics it counts for; and, for each token that
    starts a cue of several tokens, the longest such cue in tokens."""
    from model.tokenize import tokenize

    owners: dict[str, list[int]] = {}
    starts: dict[str, int] = {}
    for i, terms in enumerate(TOPIC_TERMS.values()):
        for term in terms:
            tokens = tokenize(term)
            if len(tokens) > 1:
                starts[tokens[0]] = max(starts.get(tokens[0], 1), len(tokens))
            owners.setdefault("".join(tokens), []).append(i)
    return {t: tuple(v) for t, v in owners.items()}, starts


def topic_counts(tokens: list[str]) -> list[int]:
    """Cue occurrences per topic, in ``TOPICS`` order, in a tokenised normalised text: a greedy longest match
    over runs of whole tokens (a dictionary look-up per run, no regular expression scan).

    >>> from model.tokenize import tokenize
    >>> dict(zip(TOPICS, topic_counts(tokenize("ผู้รับเหมาฮั้วประมูล จ่ายเงินใต้โต๊ะ"))))["procurement"]
    3
    """
    owners, starts = _cue_index()
    counts = [0] * len(TOPIC_TERMS)
    i, n = 0, len(tokens)
    while i < n:
        for k in range(min(starts.get(tokens[i], 1), n - i), 0, -1):
            topics = owners.get("".join(tokens[i : i + k]))
            if topics is not None:
                for t in topics:
                    counts[t] += 1
                i += k
                break
        else:
            i += 1
    return counts


def topic_pattern(topic: str) -> re.Pattern[str]:
    """The compiled cue pattern of one topic."""
    return _patterns()[topic]
