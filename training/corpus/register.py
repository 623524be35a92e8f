"""Register shares: how often texts carry the surface marks that separate a corpus from real tickets.

Each figure is the share of texts with at least one match. They are measured the same way on generated rows
and on real Traffy tickets (``khatkrong data compare``), so the card can state them side by side.

>>> shares(["ผมแจ้งไปแล้วครับ โทร 081-234-5678", "ถนนพัง"])["pronoun ผม"]
0.5
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_MONTHS = (
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
    r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\."
)
_DC = "0-9๐-๙"
_D = f"[{_DC}]"
PATTERNS: dict[str, re.Pattern[str]] = {
    "pronoun ผม": re.compile(r"ผม(?!ร่วง|หงอก|ยาว|สั้น)"),
    "pronoun ดิฉัน": re.compile("ดิฉัน|ดิชั้น"),
    "pronoun ข้าพเจ้า": re.compile("ข้าพเจ้า"),
    "pronoun หนู": re.compile("หนู(?!ตัว|วิ่ง|เยอะ|ชุม|ท่อ)"),
    "particle ครับ": re.compile("ครับ|คับ|ค้าบ"),
    "particle ค่ะ/คะ": re.compile("ค่ะ|คะ(?!แนน)"),
    "phone number": re.compile(rf"(?<!{_D})0{_D}{{1,2}}[- ]?{_D}{{3}}[- ]?{_D}{{4}}(?!{_D})"),
    "date": re.compile(rf"{_D}{{1,2}}\s*(?:{_MONTHS})|{_D}{{1,2}}/{_D}{{1,2}}/{_D}{{2,4}}|วันที่\s*{_D}"),
    "amount in baht": re.compile(rf"{_D}[{_DC},.]*\s*(?:ล้าน)?บาท|(?:หมื่น|พัน|แสน|ล้าน)บาท"),
    "titled name (นาย/นาง/น.ส.)": re.compile(
        r"(?:นาย|นางสาว|นาง|น\.ส\.)(?!ก\b|กฯ|ก |กเทศ|กอบต|กอ|ทุน|หน้า|จ้าง)[ก-ฮ][ก-๛]+ [ก-ฮ]"
    ),
    "emoji": re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]"),
}


def shares(texts: Sequence[str]) -> dict[str, float]:
    """Share of ``texts`` matching each of :data:`PATTERNS`."""
    n = max(len(texts), 1)
    return {name: sum(1 for t in texts if pat.search(t)) / n for name, pat in PATTERNS.items()}
