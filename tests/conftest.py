"""Fixtures shared by every test folder: one tiny Thai corpus and a screener fitted on it.

The corpus is written here, in code: short Thai reports, 3 credibility labels x 4 categories (64 texts).
Fitting it takes about a second; nothing touches the network or the project's own ``mlruns``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from model.pipeline import Screener

PLACES = [
    "อบต.หนองบัว อำเภอเมือง จังหวัดขอนแก่น",
    "เทศบาลตำบลบางพลี จังหวัดสมุทรปราการ",
    "อบจ.เชียงใหม่",
    "สำนักงานเขตบางรัก กรุงเทพมหานคร",
]

CREDIBLE = {
    "procurement": [
        "ผู้รับเหมาเทถนนคอนกรีตหมู่ 5 {p} หนาเพียง 10 ซม. แต่สัญญาเลขที่ 12/2568 กำหนด 15 ซม. มูลค่า 1,200,000 บาท",
        "การจัดซื้อเครื่องออกกำลังกาย {p} ตามสัญญาเลขที่ 45/2567 ราคาสูงกว่าท้องตลาด 3 เท่า รวม 850,000 บาท",
        "ประกาศประกวดราคาโครงการขุดลอกคลอง {p} ล็อกสเปกให้บริษัทเดียว เมื่อวันที่ 3 มีนาคม 2568 วงเงิน 2,500,000 บาท",
        "ตรวจรับงานสร้างศาลาหมู่บ้าน {p} ทั้งที่งานไม่เสร็จ สัญญาเลขที่ 7/2568 ลงวันที่ 10 มกราคม 2568",
    ],
    "bribery": [
        "นายก {p} เรียกรับเงิน 50,000 บาท จากผู้รับเหมาเมื่อวันที่ 5 เมษายน 2568 เพื่อให้ชนะการประมูล",
        "เจ้าหน้าที่ที่ดิน {p} เรียกเงินใต้โต๊ะ 20,000 บาท เพื่อเร่งออกโฉนด เมื่อวันที่ 12 กุมภาพันธ์ 2568",
        "ปลัด {p} รับเงินสินบน 100,000 บาท จากร้านค้าเพื่อไม่ตรวจใบอนุญาต เมื่อเดือนมีนาคม 2568",
        "ผู้อำนวยการกองช่าง {p} เรียกค่าหัวคิว 10 เปอร์เซ็นต์ จากงบ 3,000,000 บาท ตามสัญญาเลขที่ 88/2567",
    ],
    "service": [
        "ยื่นคำขออนุญาตก่อสร้างที่ {p} ตั้งแต่วันที่ 1 ธันวาคม 2567 ผ่านไป 4 เดือนยังไม่ได้รับการพิจารณา",
        "ไฟถนนหมู่ 3 {p} ดับมา 2 เดือน แจ้งเรื่องเลขที่รับ 1234/2568 แล้วแต่ไม่มีการซ่อม",
        "ขยะไม่ได้รับการจัดเก็บที่ {p} มา 3 สัปดาห์ ตั้งแต่วันที่ 2 มีนาคม 2568 แจ้งกองสาธารณสุขแล้ว",
        "ขอเอกสารราชการที่ {p} เมื่อวันที่ 20 มกราคม 2568 เจ้าหน้าที่ให้รอ 60 วัน ทั้งที่คู่มือกำหนด 15 วัน",
    ],
    "misconduct": [
        "หัวหน้าสำนักปลัด {p} นำรถยนต์ราชการทะเบียน กข 1234 ไปใช้ส่วนตัวทุกวันหยุด ตั้งแต่มกราคม 2568",
        "เจ้าหน้าที่การเงิน {p} ลงเวลาทำงานแทนกันและเบิกค่าล่วงเวลา 45,000 บาท โดยไม่ได้มาทำงาน",
        "นายก {p} แต่งตั้งญาติเป็นพนักงานจ้างโดยไม่มีการสอบ ตามคำสั่งเลขที่ 112/2568",
        "ผู้อำนวยการโรงเรียนใน {p} นำวัสดุของโรงเรียนมูลค่า 30,000 บาท ไปใช้ที่บ้าน เมื่อวันที่ 8 มีนาคม 2568",
    ],
}
FRIVOLOUS = {
    "procurement": ["ถนนแถวบ้านไม่สวยเลย อยากให้ทำใหม่", "ไม่ชอบสีอาคารใหม่ที่สร้าง ดูไม่เข้ากัน"],
    "bribery": ["ได้ยินมาว่ามีคนรับเงิน แต่ไม่รู้ว่าใคร", "คิดว่าน่าจะมีการจ่ายใต้โต๊ะ แต่ไม่แน่ใจ"],
    "service": ["เจ้าหน้าที่พูดไม่เพราะ ไม่ยิ้มเลย", "รอคิวนานมาก เบื่อมาก ไม่อยากไปอีก"],
    "misconduct": ["เห็นเจ้าหน้าที่เล่นโทรศัพท์ตอนทำงาน ไม่ชอบ", "ข้าราชการแต่งตัวไม่เรียบร้อย"],
}
MALICIOUS = {
    "procurement": ["ไอ้นายกโกงกินทุกโครงการ ไล่มันออกไปเลย ชั่วมาก", "พวกผู้รับเหมาเลวทั้งหมด ต้องจับติดคุกให้หมด"],
    "bribery": ["ไอ้ปลัดหน้าโง่รับสินบนแน่นอน ไล่มันออก ระวังตัวไว้", "นายกมันชั่ว กินเงินชาวบ้าน เดี๋ยวเจอดีแน่"],
    "service": ["เจ้าหน้าที่โง่ทุกคน ไล่ออกให้หมด ทำงานไม่เป็น", "ไอ้พวกข้าราชการขี้เกียจ สมควรตาย"],
    "misconduct": ["ไอ้หัวหน้ามันเลว ชู้สาวทั้งวัน ไล่มันออกไป", "ผอ.มันชั่วช้า ต้องโดนลงโทษให้หนัก ระวังตัวไว้"],
}


@dataclass(frozen=True)
class TinyCorpus:
    """Parallel lists: the texts and their two labels."""

    texts: list[str]
    category: list[str]
    credibility: list[str]


def build_tiny_corpus() -> TinyCorpus:
    """64 short reports: each credible template at two places, each frivolous or malicious line twice."""
    texts, cats, creds = [], [], []
    for cat, templates in CREDIBLE.items():
        for i, template in enumerate(templates):
            for p in (PLACES[i % 4], PLACES[(i + 1) % 4]):
                texts.append(template.format(p=p))
                cats.append(cat)
                creds.append("credible")
    for label, table in (("frivolous", FRIVOLOUS), ("malicious", MALICIOUS)):
        for cat, lines in table.items():
            for line in lines:
                for suffix in ("", " ช่วยตรวจสอบด้วย"):
                    texts.append(line + suffix)
                    cats.append(cat)
                    creds.append(label)
    return TinyCorpus(texts, cats, creds)


@pytest.fixture(scope="session")
def tiny_corpus() -> TinyCorpus:
    return build_tiny_corpus()


@pytest.fixture(scope="session")
def train_tiny(tiny_corpus: TinyCorpus) -> Callable[[], Screener]:
    """A function that fits a fresh screener on the tiny corpus (for tests that change or log it)."""

    def train() -> Screener:
        from model.features import ThaiFeatures
        from model.pipeline import Screener

        return Screener(features=ThaiFeatures(word_min_df=1, char_min_df=1), max_iter=500).fit(
            tiny_corpus.texts, category=tiny_corpus.category, credibility=tiny_corpus.credibility
        )

    return train


@pytest.fixture(scope="session")
def tiny_screener(train_tiny: Callable[[], Screener]) -> Screener:
    """One screener fitted on the tiny corpus, shared by the session: do not modify it."""
    return train_tiny()
