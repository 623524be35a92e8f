"""Behavioural tests of the model (Made-With-ML style), each over at least five Thai pairs.

- invariance: swapping the accused's name, the province, the amount or the agency changes no probability by
  more than a tolerance (and not the category);
- direction: an insult added raises P(malicious); a contract number added raises P(credible).

They use ``predict_proba`` (probabilities per head, in ``classes_`` order) on the real screener fitted on the
committed sample (``tests/model/conftest.py``).
"""

from __future__ import annotations

import numpy as np
import pytest

from model.pipeline import Screener

BASE = (
    "เรียนศูนย์ดำรงธรรม ผมขอร้องเรียนนายสมชาย ใจดี ปลัด อบต.บ้านโนน จังหวัดขอนแก่น "
    "ว่าเรียกรับเงินจากชาวบ้านที่มาขอใบอนุญาตก่อสร้าง คนละ 3,000 บาท เมื่อวันที่ 12 มี.ค. 2568 ที่ที่ทำการ อบต."
)
TOLERANCE = 0.1  # largest change of any probability allowed by a swap

SWAPS = {
    "name": (
        "นายสมชาย ใจดี",
        ["นางสาวกมลวรรณ ศรีสุข", "นายประยุทธ มั่นคง", "นางมาลี บุญมา", "นายอับดุลเลาะ สาและ", "นายวีระ แซ่ตั้ง"],
    ),
    "province": ("ขอนแก่น", ["สงขลา", "เชียงราย", "อุบลราชธานี", "นครศรีธรรมราช", "กาญจนบุรี"]),
    "amount": ("3,000 บาท", ["5,000 บาท", "12,500 บาท", "800 บาท", "20,000 บาท", "1,500 บาท"]),
    "agency": ("อบต.บ้านโนน", ["อบต.ท่าช้าง", "เทศบาลตำบลหนองบัว", "อบต.โคกสูง", "เทศบาลเมืองบ้านไผ่", "อบต.นาดี"]),
}
INSULTS = [
    " ไอ้ปลัดชาติหมา มึงระวังตัวไว้ ไล่มันออกไปเลย",
    " ไอ้ควาย โกงกินจนอ้วน ไล่มันออก",
    " ไอ้เลว ชั่วช้าสามานย์ สมควรตาย",
    " มึงมันสวะ ไล่ออกไปให้หมด",
    " ไอ้หน้าโง่ เดี๋ยวเจอดีแน่ ระวังตัวไว้",
]
VAGUE = [
    "อบต.นี้โกงกินกันทั้งนั้น ชาวบ้านเดือดร้อน ช่วยตรวจสอบด้วย",
    "ได้ยินมาว่าเทศบาลทุจริตงานถนน ไม่รู้จริงไหม",
    "โครงการของอบต.น่าจะมีการฮั้วประมูล ช่วยดูหน่อย",
    "งานก่อสร้างศาลาหมู่บ้านไม่โปร่งใสเลย",
    "ผู้รับเหมาทำถนนไม่ได้มาตรฐาน ชาวบ้านบ่นกันทั้งหมู่บ้าน",
]
CONTRACTS = [
    " สัญญาเลขที่ 45/2567 วงเงิน 2,450,000 บาท",
    " ตามสัญญาจ้างเลขที่ 12/2568 ลงวันที่ 3 มี.ค. 2568",
    " สัญญาเลขที่ 7/2566 มูลค่า 850,000 บาท",
    " ตามสัญญาเลขที่ 101/2567 ผู้รับจ้างคือห้างหุ้นส่วนจำกัดรุ่งเรือง",
    " สัญญาจ้างเลขที่ 33/2568 วงเงิน 1,200,000 บาท",
]


def proba(screener: Screener, texts: list[str], head: str) -> np.ndarray:
    return screener.predict_proba(texts)[head]


def column(screener: Screener, head: str, label: str) -> int:
    return screener.classes_[head].index(label)


@pytest.mark.parametrize(("kind", "index"), [(kind, i) for kind in SWAPS for i in range(5)])
def test_invariance_to_swaps(screener: Screener, kind: str, index: int) -> None:
    old, replacements = SWAPS[kind]
    swapped = BASE.replace(old, replacements[index])
    assert swapped != BASE
    for head in screener.heads_:
        p = proba(screener, [BASE, swapped], head)
        assert np.abs(p[0] - p[1]).max() < TOLERANCE, (kind, replacements[index], head, p)
        assert p[0].argmax() == p[1].argmax()


@pytest.mark.parametrize("insult", INSULTS)
def test_direction_insult_raises_malicious(screener: Screener, insult: str) -> None:
    p = proba(screener, [BASE, BASE + insult], "credibility")[:, column(screener, "credibility", "malicious")]
    assert p[1] > p[0]


@pytest.mark.parametrize(("vague", "contract"), list(zip(VAGUE, CONTRACTS, strict=True)))
def test_direction_contract_number_raises_credible(screener: Screener, vague: str, contract: str) -> None:
    p = proba(screener, [vague, vague + contract], "credibility")[
        :, column(screener, "credibility", "credible")
    ]
    assert p[1] > p[0]


def test_minimum_functionality(screener: Screener) -> None:
    [text] = ["ไฟส่องสว่างหน้าซอยเสีย 3 ดวง มืดมาก ขอให้มาซ่อมด้วยครับ"]
    probs = screener.predict_proba([text])
    assert screener.classes_["category"][int(probs["category"].argmax())] == "service_issue"
    assert screener.classes_["credibility"][int(probs["credibility"].argmax())] == "credible"
