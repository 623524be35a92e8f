"""Fixtures shared by the model, service and training tests.

``tiny_corpus``, ``train_tiny``, ``tiny_screener``: one tiny Thai corpus written here, in code (short reports,
3 credibility labels x 4 categories, 64 texts), and a screener fitted on it (about a second).

``planted``: reports with personal data planted at a known place, in every form the privacy rules name
(national IDs plain, dashed, spaced and dotted; mobile and landline phones with ``(081)``, ``+66``, ``66``
and separators; bank accounts after a bank word or after โอนเงินเข้า; e-mail addresses plain, ``[at]``
-style and on Thai domains; LINE IDs; the reporter's own name), at the start, in the middle (spaced or glued
to Thai text) and at the end of a report, in ASCII, Thai and mixed digits, and with non-NFC text before them.
Each path (the model, the pyfunc, the service, the CLI) must return none of it.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from model.pipeline import Screener

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
PLACEHOLDER = {
    "national_id": "[เลขบัตรประชาชน]",
    "phone": "[โทรศัพท์]",
    "email": "[อีเมล]",
    "bank_account": "[บัญชีธนาคาร]",
    "line_id": "[ไลน์ไอดี]",
    "reporter": "[ผู้ร้อง]",
}


@dataclass(frozen=True)
class Planted:
    """A report with one piece of personal data at ``text[start:end] == value``."""

    text: str
    kind: str
    value: str
    start: int
    end: int
    masked: str  # what mask_personal must return

    def secrets(self) -> list[str]:
        """Strings that must not appear in any output: the value, its digits, its name parts."""
        out = {self.value}
        digits = re.sub(r"\D", "", self.value.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
        if len(digits) >= 9:
            out.add(digits)
            out.add(digits.translate(THAI_DIGITS))
        if self.kind == "reporter":
            out.update(part for part in self.value.split() if len(part) >= 4)
        return sorted(out)

    def leaks_in(self, shape: dict) -> list[str]:
        """What of the planted data a result's JSON shape (``ScreenResult.to_dict()``) gives away."""
        found = []
        dumped = json.dumps({k: shape[k] for k in ("evidence", "details", "flags")}, ensure_ascii=False)
        found += [f"secret {s!r}" for s in self.secrets() if s in dumped]
        for ev in shape["evidence"]:
            span = ev.get("span")
            if span and span[0] < self.end and self.start < span[1] and ev.get("kind") != "personal":
                found.append(f"evidence {ev['feature']!r} on {self.text[span[0] : span[1]]!r}")
            if ev.get("kind") == "personal" and ev.get("text") not in PLACEHOLDER.values():
                found.append(f"personal evidence text {ev.get('text')!r}")
        return found


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _formats(rng: random.Random) -> list[tuple[str, str, str]]:
    """``(kind, lead-in, value)`` for every form."""
    idn = "1" + _digits(rng, 12)
    mob = rng.choice("689") + _digits(rng, 8)
    land = rng.choice("234567") + _digits(rng, 7)
    acc = _digits(rng, 10)
    user = rng.choice(["somchai", "nok.k", "malee_99", "wichai2511", "p.sriwan"])
    name = rng.choice(["สมชาย ใจดี", "สมศรี มีสุข", "วิชัย รักไทย", "มาลี ศรีสุข", "ประเสริฐ สุขใจ"])
    return [
        ("national_id", "เลขบัตรประชาชน ", idn),
        ("national_id", "บัตรประชาชนเลขที่ ", f"{idn[0]}-{idn[1:5]}-{idn[5:10]}-{idn[10:12]}-{idn[12]}"),
        ("national_id", "เลขประจำตัวประชาชน ", f"{idn[0]} {idn[1:5]} {idn[5:10]} {idn[10:12]} {idn[12]}"),
        ("national_id", "บัตรประชาชนเลขที่ ", f"{idn[0]}.{idn[1:5]}.{idn[5:10]}.{idn[10:12]}.{idn[12]}"),
        ("national_id", "", f"{idn[0]}-{idn[1:5]}-{idn[5:10]}-{idn[10:12]}-{idn[12]}"),
        ("phone", "โทร ", f"0{mob}"),
        ("phone", "เบอร์ ", f"0{mob[:2]}-{mob[2:5]}-{mob[5:]}"),
        ("phone", "ติดต่อ ", f"0{mob[:2]} {mob[2:5]} {mob[5:]}"),
        ("phone", "โทร", f"(0{mob[:2]}) {mob[2:5]}-{mob[5:]}"),
        ("phone", "โทร ", f"+66 {mob[:2]} {mob[2:5]} {mob[5:]}"),
        ("phone", "โทร ", f"+66{mob}"),
        ("phone", "เบอร์ ", f"66{mob}"),
        ("phone", "", f"0{mob[:2]}.{mob[2:5]}.{mob[5:]}"),
        ("phone", "โทร.", f"0{land[0]}-{land[1:4]}-{land[4:]}"),
        ("phone", "โทร ", f"(0{land[0]}) {land[1:4]} {land[4:]}"),
        ("bank_account", "โอนเงินเข้า ", acc),
        ("bank_account", "โอนเข้า ", f"{acc[:3]}-{acc[3]}-{acc[4:9]}-{acc[9]}"),
        ("bank_account", "เลขบัญชี ", acc),
        ("bank_account", "บัญชีธนาคารกรุงไทย ", f"{acc[:3]}-{acc[3]}-{acc[4:9]}-{acc[9]}"),
        ("bank_account", "", f"{acc[:3]}-{acc[3]}-{acc[4:9]}-{acc[9]}"),
        ("email", "อีเมล ", f"{user}@gmail.com"),
        ("email", "email: ", f"{user}[at]hotmail[dot]com"),
        ("email", "ส่งมาที่ ", f"{user} (at) yahoo dot com"),
        ("email", "อีเมล ", f"{user}@moi.go.th"),
        ("email", "อีเมล ", "สมชาย@ตัวอย่าง.ไทย"),
        ("email", "", f"{user}@thaimail.co.th"),
        ("line_id", "ไลน์ ", user.replace(".", "_")),
        ("line_id", "LINE ID: ", f"@{user.replace('.', '')}"),
        ("line_id", "ไอดีไลน์ ", f"{user}88"),
        ("reporter", "ผม", f"นาย{name}"),
        ("reporter", "ข้าพเจ้า ", f"นาง{name}"),
        ("reporter", "ดิฉันชื่อ", name.split()[0]),
        ("reporter", "กระผม ", f"นาย{name}"),
    ]


CONTEXTS = (
    ("", " แจ้งว่าปลัด อบต.หนองบัว เรียกเงิน 5,000 บาท เมื่อวันที่ 15 ม.ค. 68"),  # at the start
    ("ปลัด อบต.หนองบัว เรียกเงิน 5,000 บาท ", " ผู้รับเหมาฮั้วประมูล สัญญาเลขที่ 45/2567"),  # middle, spaced
    ("ผู้รับเหมาเทถนนบางกว่าแบบ ขอให้ตรวจสอบ", "ด่วนครับ"),  # glued to Thai text
    ("ไฟถนนหมู่ 3 ดับมาสองเดือน แจ้งแล้วไม่มาซ่อม ", ""),  # at the end
)
NOT_NFC = (
    "",
    "\u1100\u1161" * 20 + " ",
    "ผ\u0e49\u0e39ใหญ\u0e48บ\u0e49าน ",
)  # decomposed Hangul; tone before vowel


def planted_cases(seed: int = 9) -> list[Planted]:
    rng = random.Random(seed)
    cases = []
    for rnd, c in ((r, c) for r in range(2) for c in range(len(CONTEXTS))):  # two draws of every value
        before, after = CONTEXTS[c]
        for f, (kind, lead, value) in enumerate(_formats(rng)):
            scripts = ["ascii", "thai", "mixed"] if re.search(r"\d", value) and kind != "email" else ["ascii"]
            for script in scripts:
                shown = value
                if script == "thai":
                    shown = value.translate(THAI_DIGITS)
                elif script == "mixed":
                    shown = "".join(ch.translate(THAI_DIGITS) if i % 2 else ch for i, ch in enumerate(value))
                prefix = NOT_NFC[(c + f + rnd) % len(NOT_NFC)]
                head = prefix + before + lead
                if kind == "reporter" and before and not before.endswith(" "):
                    head = prefix + before + " " + lead  # a self-introduction starts a clause
                spaced = kind in ("email", "line_id", "reporter")  # an address or a name ends at a space
                tail = " " + after if spaced and after and not after.startswith(" ") else after
                text = head + shown + tail
                cases.append(
                    Planted(
                        text, kind, shown, len(head), len(head) + len(shown), head + PLACEHOLDER[kind] + tail
                    )
                )
    return cases


@pytest.fixture(scope="session")
def planted() -> list[Planted]:
    cases = planted_cases()
    assert len(cases) >= 500
    return cases


# --- the tiny corpus ---------------------------------------------------------------------------------------

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
