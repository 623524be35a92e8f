"""Explicit, explainable extraction of details from a Thai complaint.

:func:`extract` finds dates, times, amounts, document numbers, vehicle plates, places, agencies, positions,
persons, insults, threats, demands and personal data with precompiled regular expressions and the lists of
``model.lexicon``: no tokeniser, no model. It works on the text as written (after NFC only) and returns
character spans into it, so that a reviewer sees exactly what was found and where.

How it runs, in one pass over the text plus a few anchored matches:

* One trie (a factored regular expression) finds every term of ``model.lexicon``, the 77 provinces, and the
  keywords that start other details ("triggers": วันที่, เวลา, สัญญา, ทะเบียน, บัญชี, ไลน์, ถนน, ...). At a
  trigger, the few patterns of its group are tried right there (``Pattern.match``); after an agency, a
  title or a position, small checks add the name that follows (known first names and family names come
  from ``pythainlp.corpus``).
* Numbers are found with one character-class scan; the patterns that start with a digit (dates, times,
  amounts, plates, and personal data when a number has 9 digits or more) are tried at each of them.
* E-mail addresses are looked for around each ``@``.

Thai and other digits are read as ASCII digits (one character for one, so offsets do not move). Where
candidates overlap, personal data wins (a longer span of another kind may never hide it from
:func:`mask_personal`), then the longer span, then the more specific kind (the order of :data:`KINDS`).
The patterns are built on first use (about 0.15 s): call :func:`warm_up` at start-up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from model import lexicon

__all__ = [
    "KINDS",
    "PERSONAL_KINDS",
    "PLACEHOLDERS",
    "Span",
    "extract",
    "mask_personal",
    "summarize",
    "warm_up",
]

KINDS: tuple[str, ...] = (
    "national_id",
    "bank_account",
    "phone",
    "email",
    "line_id",
    "document_number",
    "plate",
    "date",
    "time",
    "amount",
    "person",
    "agency",
    "position",
    "place",
    "threat",
    "demand",
    "insult",
)
"""Every kind :func:`extract` returns, the more specific first (this order breaks ties between overlaps)."""

PERSONAL_KINDS: frozenset[str] = frozenset({"national_id", "phone", "email", "bank_account", "line_id"})
"""Kinds that are personal data: masked for reviewers, never logged."""

PLACEHOLDERS: dict[str, str] = {
    "national_id": "[เลขบัตรประชาชน]",
    "phone": "[เบอร์โทร]",
    "email": "[อีเมล]",
    "bank_account": "[เลขบัญชี]",
    "line_id": "[ไลน์ไอดี]",
}
"""What :func:`mask_personal` writes in place of each kind of personal data."""

_SUMMARY_KEYS: dict[str, str] = {
    "date": "dates",
    "amount": "amounts",
    "place": "places",
    "agency": "agencies",
    "position": "positions",
    "document_number": "document_numbers",
    "person": "persons",
}


@dataclass(frozen=True)
class Span:
    """A detail found in the text: ``text == source[start:end]``."""

    kind: str
    start: int
    end: int
    text: str


# --- character classes and small vocabularies -------------------------------------------------------------

_THAI = "\u0e01-\u0e3a\u0e40-\u0e4e"  # letters, vowels and marks (no digits, no baht sign)
_RUN = f"(?>[{_THAI}]{{2,25}})(?![{_THAI}])"  # a whole run of Thai letters, 2-25 long, ending at a non-letter
_NOT_INITIAL = frozenset(
    "\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e45"
) | frozenset(
    chr(c) for c in range(0x0E47, 0x0E4F)
)  # characters that cannot start a syllable: a name may not be cut right before one
_RE_THAI_RUN = re.compile(f"[{_THAI}]+")
_RE_OTHER_DIGIT = re.compile("[^\\D0-9]")  # a decimal digit of another script than ASCII (or Thai)
_THAI_DIGIT_PAIRS = tuple(zip("๐๑๒๓๔๕๖๗๘๙", "0123456789", strict=True))

_AMBIGUOUS_PROVINCES = frozenset({"เลย", "แพร่", "ตาก", "น่าน"})  # also common words: need จังหวัด/จ.
_EXTRA_PLACES = ("กรุงเทพฯ", "กรุงเทพ")

_MONTHS_FULL = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "กรกฏาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
_MONTHS_ABBR = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
_THAI_NUMBER_WORDS = "หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด|ร้อย|พัน|หมื่น|แสน|ล้าน"

# Agency types that are usually followed by their own name (อบต.บ้านโคก, โรงเรียนบ้านหนองบัว).
_NAMED_AGENCIES = frozenset(
    {
        "องค์การบริหารส่วนตำบล",
        "อบต.",
        "อบต",
        "เทศบาลตำบล",
        "เทศบาลเมือง",
        "เทศบาลนคร",
        "ทต.",
        "ทม.",
        "ทน.",
        "สำนักงานเขต",
        "ที่ว่าการอำเภอ",
        "สถานีตำรวจภูธร",
        "สถานีตำรวจนครบาล",
        "สถานีตำรวจ",
        "สภ.",
        "สน.",
        "โรงพยาบาลส่งเสริมสุขภาพตำบล",
        "รพ.สต.",
        "รพสต",
        "โรงพยาบาล",
        "รพ.",
        "สถานีอนามัย",
        "โรงเรียน",
        "รร.",
        "มหาวิทยาลัย",
        "วิทยาลัย",
        "ด่านศุลกากร",
        "อุทยานแห่งชาติ",
        "สำนักงานที่ดิน",
        "ศาลจังหวัด",
        "ศาลแขวง",
        "แขวงทางหลวง",
        "แขวงทางหลวงชนบท",
        "สหกรณ์",
        "เรือนจำ",
        "ศูนย์พัฒนาเด็กเล็ก",
        "ศพด.",
    }
)

# Words that start a clause rather than a name: a run starting with one is not the name of a person or an
# agency. Names of persons also do not start with the second list.
_CLAUSE_WORDS = (
    "ได้|ไม่|ที่|ซึ่ง|เป็น|และ|กับ|ก็|จึง|ยัง|ทำ|ให้|ไป|โดย|จาก|ของ|อยู่|เคย|คือ|นั้น|นี้|ว่า|หรือ|แต่|จะ|ต้อง|"
    "เรียก|รับ|แจ้ง|ขอ|ถูก|เอา|ใช้|กล่าว|บอก|พูด|สั่ง|ชอบ|มัก|กำลัง|เพิ่ง|ยอม|พยายาม|ทั้ง|เขา|ผม|ฉัน|ดิฉัน|"
    "เรา|ท่าน|ใน|ซ่อม|สร้าง|ออก|เข้า|มีการ|มาก|ไหน|ด้วย|ช่วย|ด่วน|ครับ|ค่ะ|คะ|นะ|เลย|แล้ว|อีก|ทุก"
)
_RE_NOT_A_PLACE_NAME = re.compile(_CLAUSE_WORDS)
_RE_NOT_A_NAME = re.compile(f"{_CLAUSE_WORDS}|ตำแหน่ง|อายุ|เจ้าหน้าที่|ประจำ|สังกัด|แห่ง|บ้าน|หมู่|เลข")
# Short first names that are also common words: not taken for a name when they stand alone.
_NAME_STOPWORDS = frozenset(
    {
        "ที่",
        "นาย",
        "ชอบ",
        "ควร",
        "วัน",
        "ส่ง",
        "คอย",
        "ยก",
        "คง",
        "คำ",
        "จด",
        "ชม",
        "ชวน",
        "ดม",
        "ทน",
        "รบ",
        "รัก",
        "ราย",
        "วาน",
        "สม",
        "สอ",
        "สุด",
        "อาจ",
        "อัด",
        "ผล",
        "พล",
        "มัด",
        "ยอด",
        "รส",
        "สง",
        "สิน",
        "ทวน",
    }
)
# Lexicon kinds that cannot be part of the name of a person or an agency.
_NAME_BREAKERS = frozenset({"position", "agency", "title", "insult", "threat", "demand", "_stop", "_ai"})
_UNAMBIGUOUS_TITLE = re.compile(r"(?=...).+\.|นางสาว|เด็กชาย|เด็กหญิง|ว่าที่.*|พระครู|พระมหา")
_BLOCKERS = (  # longer words that contain a term but are not one; matched and dropped
    "ฆ่าเชื้อ",
    "ยาฆ่า",
    "ฆ่าตัวตาย",
    "ครู่",
    "ผู้ว่าจ้าง",
    "คุณภาพ",
    "คุณธรรม",
    "คุณสมบัติ",
    "คุณค่า",
    "คุณประโยชน์",
    "คุณูปการ",
    "นายจ้าง",
    "นายทุน",
    "นายหน้า",
    "นายประกัน",
    "นายพราน",
    "นายแบบ",
    "นายท่าน",
    "นางพยาบาล",
    "นางงาม",
    "นางแบบ",
    "นางฟ้า",
    "นางเอก",
    "สัสดี",
    "ไอ้หนู",
    "ปศุสัตว์",
)


# --- pattern building ---------------------------------------------------------------------------------------


def _trie(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first, factored as a trie."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alternatives = [re.escape(ch) + build(node[ch]) for ch in sorted(node) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if "" in node:
            return f"(?:{body})?" if len(alternatives) > 1 or len(body) > 1 else f"{body}?"
        return body

    return build(root)


def _abbreviation(abbr: str) -> str:
    """ม.ค. -> a pattern for ม.ค., ม. ค., ม.ค and มค. (one dot may be missing)."""
    first, second = abbr.rstrip(".").split(".")
    return f"{re.escape(first)}(?:\\.\\s?{re.escape(second)}\\.?|{re.escape(second)}\\.)"


def _abbreviation_spellings(abbr: str) -> tuple[str, ...]:
    first, second = abbr.rstrip(".").split(".")
    return (f"{first}.{second}.", f"{first}. {second}.", f"{first}.{second}", f"{first}{second}.")


def _dotless(term: str) -> str | None:
    """อบต. -> อบต: abbreviations with one final dot and three letters or more."""
    if term.endswith(".") and term.count(".") == 1 and len(term) >= 4:
        return term[:-1]
    return None


def _combine(
    patterns: Sequence[tuple[str, str]],
) -> tuple[re.Pattern[str], dict[str, tuple[str, str | None]]]:
    """One alternation; each alternative ends with an empty marker group naming its kind.

    ``(?P<v>...)`` in a pattern marks the part that becomes the span; ``(?P<vn>...)`` marks a part that must
    not start with a known first name (the span is then the whole match).
    """
    parts: list[str] = []
    groups: dict[str, tuple[str, str | None]] = {}
    for i, (kind, pattern) in enumerate(patterns):
        marker = f"{kind}__{i}"
        value: str | None = None
        for tag in ("v", "vn"):
            if f"(?P<{tag}>" in pattern:
                value = f"{marker}_{tag}"
                pattern = pattern.replace(f"(?P<{tag}>", f"(?P<{value}>")
        parts.append(f"(?:{pattern})(?P<{marker}>)")
        groups[marker] = (kind, value)
    return re.compile("|".join(parts)), groups


_Candidates = list[tuple[int, int, str]]
_RE_DIGITS = re.compile("[0-9]+")
_RE_DIGIT_CLUSTER = re.compile("[0-9](?:[-. )]{0,2}[0-9])*")  # digits with separators: phone, ID, account
_CONSONANTS = frozenset("กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ")
_EMAIL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
_RE_EMAIL = re.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}")


def _number_start(scan: str, pos: int) -> int:
    """Where a detail starting with the number at ``pos`` may start: ``+66``, ``(+66)``, ``฿`` included."""
    start = pos
    while start and pos - start < 3 and scan[start - 1] in "+(฿ ":
        start -= 1
    while start < pos and scan[start] == " ":
        start += 1
    return start


class _Extractor:
    """Every compiled pattern and word list, built once.

    One trie finds lexicon terms and the keywords that start other details ("triggers", kinds beginning with
    ``@``); at a trigger, the patterns of its group are tried right there. Numbers are found separately and
    the patterns that start with a digit are tried at each of them.
    """

    def __init__(self) -> None:
        from pythainlp.corpus import provinces, thai_family_names, thai_female_names, thai_male_names

        province_names = sorted(p for p in provinces() if isinstance(p, str))
        self.first_names = frozenset(thai_male_names() | thai_female_names())
        self.first_name_prefixes = frozenset(
            name[:i] for name in self.first_names for i in range(2, len(name))
        )
        self.family_names = frozenset(thai_family_names())
        prov = _trie([*province_names, *_EXTRA_PLACES])

        n = "[0-9]"
        num = f"{n}{{1,3}}(?:,{n}{{3}})+(?:\\.{n}+)?|{n}+(?:\\.{n}+)?"
        months_full = "|".join(_MONTHS_FULL)
        month = "|".join([*_MONTHS_FULL, *(_abbreviation(a) for a in _MONTHS_ABBR)])
        era = "(?:พ\\.\\s?ศ\\.|ค\\.\\s?ศ\\.)"
        year = f"(?:{era}\\s?)?(?:{n}{{4}}|{n}{{2}})(?!{n})"
        day = f"(?<!{n})(?:0?[1-9]|[12][0-9]|3[01])(?!{n})"
        weekdays = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "พฤหัส", "ศุกร์", "เสาร์", "อาทิตย์")
        weekday = "|".join(weekdays)
        day_prefix = f"วัน(?:(?:{weekday})?\\s?ที่|(?:{weekday}))\\s?"
        hour = "(?:[01]?[0-9]|2[0-3])"
        clock = "หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบเอ็ด|สิบ"
        clock_end = "(?:\\s?(?:เช้า|เย็น|ตรง|ครึ่ง))?(?:\\s?(?:ตรง|ครึ่ง))?"
        code = "[ก-ฮ]{1,4}\\.?(?:[ก-ฮ]{1,3}\\.)?\\s?"
        doc_value = f"(?:{code})?{n}+(?:[./-]{n}+)*(?:\\s?/\\s?(?:ว\\.?\\s?)?{n}+)?"
        plate = f"{n}?[ก-ฮ]{{1,2}}\\s?-?\\s?[1-9]{n}{{0,3}}(?!{n})(?:\\s?(?:{prov}))?"
        not_plate = "รถ|คน|ผม|กม|ชม|ตร|ลบ|จน|ทบ|สน|กก|ซม|มม|คร|ปท|ลด|จด|ถม|ยก|ขน|ตก|ลง|คง|กด|บท|ชน|ผล|สร"
        amount_unit = "(?!\\s?(?:คน|ราย|ไร่|ครั้ง|ตัว|ปี|ชิ้น|หลัง|ต้น))"
        number_and = f"(?:{n}+(?:/{n}+)?)"
        village = (
            "หนอง|โนน|นา|ดอน|โคก|ห้วย|ท่า|ป่า|ทุ่ง|บ่อ|วัง|สวน|กุด|แม่|ศรี|หัว|ใหม่|เหล่า|คลอง|บาง|ปาก|ดง|สระ|"
            "โพธิ์|โพน|น้ำ|ม่วง|ไผ่|ยาง|ขาม|เขา|ถ้ำ|เกาะ|แหลม|ควน|หลวง|เวียง|โป่ง|หาด|ไร่|สัน|ต้น|ค้อ|คำ|ซับ|"
            "ลาด|พระ|เนิน|สำโรง|ดอย|ปง|กลาง|เหนือ|ใต้|แก่ง|จาน|เชียง|นาง|ตาก|โคน|หว้า|หมาก|กระ|มะ|ตะ|สะ"
        )

        # Patterns tried where a trigger keyword starts: group -> (keywords, [(kind, pattern)]).
        triggers: dict[str, tuple[Iterable[str], list[tuple[str, str]]]] = {
            "day": (
                ["วันที่", *(f"วัน{w}" for w in weekdays)],
                [
                    ("date", f"{day_prefix}{day}\\s?(?:เดือน\\s?)?(?:{month})(?:\\s?{year})?"),
                    ("date", f"{day_prefix}{day}(?![./:-]?{n})(?:\\s?(?:เดือน(?:นี้|ที่แล้ว|ก่อน|หน้า)|ที่ผ่านมา))?"),
                ],
            ),
            "month": (
                [*_MONTHS_FULL, *(s for a in _MONTHS_ABBR for s in _abbreviation_spellings(a)), "เดือน"],
                [
                    ("date", f"(?:เดือน\\s?)?(?:{month})\\s?{year}"),
                    ("date", f"(?:เดือน\\s?)?(?:{months_full})"),
                ],
            ),
            "era": (
                ["พ.ศ.", "พ. ศ.", "ค.ศ.", "ค. ศ.", "ปี"],
                [
                    (
                        "date",
                        f"{era}\\s?{n}{{4}}(?!{n})|ปี(?:งบประมาณ|งบ)?\\s?(?:{era}\\s?)?(?:25|20){n}{{2}}(?!{n})",
                    )
                ],
            ),
            "at": (
                ["เวลา", "ตอน"],
                [
                    ("time", f"(?:เวลา|ตอน)\\s?(?P<v>{hour}[.:][0-5][0-9](?!{n})(?:\\s?(?:น\\.|นาฬิกา))?)"),
                    ("time", "ตอนเที่ยง(?:คืน|วัน)?(?!ธรรม|ตรง)"),
                ],
            ),
            "words": (
                [*_THAI_NUMBER_WORDS.split("|"), "ครึ่ง", "หลาย", "บ่าย", "ตี", "เที่ยง"],
                [
                    ("time", "บ่ายโมง(?:ครึ่ง|ตรง)?"),
                    ("time", f"(?:บ่าย\\s?)?(?:{clock}|{n}{{1,2}})\\s?โมง{clock_end}"),
                    ("time", f"(?:{clock})\\s?ทุ่ม(?!เท)(?:\\s?(?:ครึ่ง|ตรง))?"),
                    ("time", "ตี\\s?(?:หนึ่ง|สอง|สาม|สี่|ห้า|[1-5])(?![0-9])(?!\\s?(?:ครั้ง|ที|หน|รอบ|คน|ทุก))"),
                    ("time", "เที่ยง(?:คืน|วัน)"),
                    ("amount", f"(?:{_THAI_NUMBER_WORDS}|ครึ่ง)+\\s?บาท|หลาย(?:สิบ|ร้อย|พัน|หมื่น|แสน|ล้าน)บาท"),
                ],
            ),
            "document": (
                [
                    "สัญญา",
                    "หนังสือ",
                    "คำสั่ง",
                    "ประกาศ",
                    "ฎีกา",
                    "ใบเสร็จ",
                    "ใบสั่งซื้อ",
                    "ใบสั่งจ้าง",
                    "ใบแจ้งหนี้",
                    "ใบส่งของ",
                    "ใบสำคัญ",
                    "บันทึกข้อความ",
                    "โครงการ",
                    "คดี",
                    "หมายเลขคดี",
                    "เลขที่",
                    "เลขรับ",
                ],
                [
                    (
                        "document_number",
                        "(?:(?:สัญญา(?:จ้าง|ซื้อขาย|ซื้อ|เช่า|ยืมเงิน)?|หนังสือ(?:ราชการ|สั่งการ)?|"
                        "คำสั่ง(?:จังหวัด|อำเภอ)?|ประกาศ|ฎีกา(?:เบิกเงิน)?|"
                        "ใบ(?:เสร็จ(?:รับเงิน)?|สั่งซื้อ|สั่งจ้าง|แจ้งหนี้|ส่งของ|สำคัญ)|บันทึกข้อความ|โครงการ|คดี)"
                        "\\s?(?:เลขที่|ที่|หมายเลข)|(?:หมายเลข)?คดี(?:หมายเลข)?(?:ดำ|แดง)(?:ที่)?|"
                        "เลขที่(?!บัญชี)(?:โครงการ|หนังสือ|สัญญา|ฎีกา|คดี|รับ)?|เลขรับ(?:ที่)?)"
                        f"\\s?[:：]?\\s?{doc_value}",
                    )
                ],
            ),
            "plate": (
                ["ทะเบียน", "ป้ายทะเบียน"],
                [("plate", f"(?:ป้าย)?ทะเบียน(?:รถ)?\\s?(?:เลขที่|หมายเลข)?\\s?[:：]?\\s?(?P<v>{plate})")],
            ),
            "province": (
                ["จังหวัด", "จ."],
                [("place", f"(?:จังหวัด|(?<![ก-ฮ.])จ\\.)\\s?(?:{prov})")],
            ),
            "admin": (
                ["อำเภอ", "กิ่งอำเภอ", "ตำบล", "ต.", "แขวง", "เขต", "อ."],
                [
                    (
                        "place",
                        "(?:อำเภอ|กิ่งอำเภอ|ตำบล|(?<![ก-ฮ.])ต\\.(?![ก-ฮ]\\.)|แขวง(?!ทางหลวง))"
                        f"\\s?(?:เมือง(?:{prov})|{_RUN})",
                    ),
                    ("place", f"(?<![ก-ฮ.])อ\\.\\s?(?P<vn>{_RUN})"),
                    (
                        "place",
                        "เขต(?!พื้นที่|การ|อำนาจ|ปกครอง|รับผิดชอบ|ป่า|ห้าม|ทาง|ติดต่อ|บริการ|ชุมชน|เมือง|ร้อน|ข้อ)"
                        f"\\s?{_RUN}",
                    ),
                ],
            ),
            "village": (
                ["หมู่ที่", "หมู่", "ม.", "หมู่บ้าน", "บ้านเลขที่", "บ้าน"],
                [
                    ("place", f"(?:หมู่ที่|หมู่|(?<![ก-ฮ.])ม\\.)\\s?{n}{{1,2}}(?![0-9])"),
                    ("place", f"หมู่บ้าน\\s?{_RUN}|บ้านเลขที่\\s?{number_and}"),
                    ("place", f"บ้าน(?={village}){_RUN}"),
                ],
            ),
            "road": (
                ["ถนน", "ถ.", "ซอย", "ซ."],
                [
                    (
                        "place",
                        "(?:ถนน|(?<![ก-ฮ.])ถ\\.)(?!คอนกรีต|ลาดยาง|ลูกรัง|ชำรุด|พัง|เสีย|เป็น|ใน|ที่|ไม่|ทรุด|แตก|"
                        "ขรุขระ|ดิน|หิน|เส้น|หลวง|สาธารณะ|ส่วนบุคคล|หน้า|ข้าง|ทาง|และ|หลัง|ยัง|ก็|มี|ถูก|ได้|สาย)"
                        f"\\s?(?:{_RUN}(?:\\s?(?:ซอย|ซ\\.)?\\s?{number_and})?|{n}+)",
                    ),
                    (
                        "place",
                        "(?:ซอย|(?<![ก-ฮ.])ซ\\.)(?!เปลี่ยว|แคบ|ตัน|ลึก|นี้|นั้น|ข้าง|ใน|เล็ก|ย่อย)"
                        f"\\s?(?:{_RUN}(?:\\s?{number_and})?|{number_and})",
                    ),
                ],
            ),
            "bank": (
                ["เลขที่บัญชี", "เลขบัญชี", "บัญชี", "บช.", "ธนาคาร", "พร้อมเพย์", "พร้อมเพ"],
                [
                    (
                        "bank_account",
                        "(?:เลขที่บัญชี|เลขบัญชี|บัญชี|บช\\.|ธนาคาร|พร้อมเพย์|พร้อมเพ)[^0-9\\n]{0,60}?"
                        f"(?P<v>(?<!{n}){n}(?:[- ]?{n}){{9,14}})(?!{n})",
                    )
                ],
            ),
            "line": (
                ["ไลน์", "ไลน", "ไอดีไลน์", "line", "Line", "LINE", "ID", "Id", "id"],
                [
                    (
                        "line_id",
                        "(?<![A-Za-z])(?<!ออน)(?<!ออฟ)(?:(?:[Ii][Dd]\\s?)?(?:ไลน์|ไลน|[Ll][Ii][Nn][Ee])"
                        "(?:\\s?(?:[Ii][Dd]|ไอดี))?|ไอดีไลน์)\\s?(?:คือ|:|：|=)?\\s?"
                        "(?P<v>@?[A-Za-z0-9._-]{3,30})(?![A-Za-z0-9._@-])",
                    )
                ],
            ),
        }
        # Patterns tried at each number (``+66``, ``(+66)`` and ``฿`` just before it included).
        numeric: list[tuple[str, str]] = [
            ("date", f"{day}\\s?(?:เดือน\\s?)?(?:{month})(?:\\s?{year})?"),
            ("date", f"{day}[/.-](?:0?[1-9]|1[0-2])[/.-](?:{n}{{4}}|{n}{{2}})(?!{n}|[/.-]{n})"),
            ("date", f"(?<!{n}){n}{{4}}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])(?!{n})"),
            ("time", f"(?<![0-9.,]){hour}[.:][0-5][0-9]\\s?(?:น\\.|นาฬิกา)"),
            ("time", f"(?<![0-9.,:]){hour}:[0-5][0-9](?::[0-5][0-9])?(?![0-9])"),
            ("time", f"(?<![0-9]){hour}\\s?นาฬิกา"),
            ("time", f"(?<![0-9]){n}{{1,2}}\\s?(?:โมง{clock_end}|ทุ่ม(?!เท)(?:\\s?(?:ครึ่ง|ตรง))?)"),
            (
                "plate",
                f"(?<![{_THAI}A-Za-z0-9])[0-9][ก-ฮ]{{2}}\\s?-?\\s?[1-9]{n}{{0,3}}(?![0-9./,])(?:\\s?(?:{prov}))?",
            ),
            ("amount", f"฿\\s?(?:{num})|(?<![0-9.,])(?:{num})\\s?(?:ล้าน|แสน|หมื่น|พัน)?\\s?(?:บาท|บ\\.)"),
            ("amount", f"(?<![0-9.,])(?:{num})\\s?(?:\\.-|,-|/-|=-)"),
            ("amount", f"(?<![0-9.,])(?:{num})\\s?(?:ล้าน|แสน|หมื่น){amount_unit}"),
        ]
        # Tried two or three characters before a number: letters then digits.
        lettered: list[tuple[str, str]] = [
            (
                "document_number",
                f"(?<![{_THAI}0-9])[ก-ฮ]{{2}}\\s?{n}{{4}}(?:\\.{n}+)*\\s?/\\s?(?:ว\\.?\\s?)?{n}+",
            ),
            (
                "plate",
                f"(?<![{_THAI}A-Za-z0-9])(?!(?:{not_plate})\\s)[ก-ฮ]{{2}}[ -][1-9]{n}{{3}}(?![0-9./,])"
                f"(?:\\s?(?:{prov}))?",
            ),
        ]
        personal: list[tuple[str, str]] = [
            ("national_id", "(?<!\\d)\\d[- ]?\\d{4}[- ]?\\d{5}[- ]?\\d{2}[- ]?\\d(?!\\d)"),
            ("bank_account", f"(?<!{n}){n}{{3}}-{n}-{n}{{5}}-{n}(?!{n})"),
            (
                "phone",
                f"(?<!{n})(?:\\+66\\s?-?\\s?|\\(\\+?66\\)\\s?|0)(?:[689][-. ]?{n}|[2-7])(?:[-. ]?{n}){{7}}(?!{n})",
            ),
        ]
        self.numeric, self.numeric_groups = _combine(numeric)
        self.lettered, self.lettered_groups = _combine(lettered)
        self.personal, self.personal_groups = _combine(personal)

        # The trie: term -> kind (None: a blocker, "_stop": ends a name, "_ai": ไอ้ + a word, "@...": trigger).
        self.term_kind: dict[str, str | None] = {}

        def add(terms: Iterable[str], kind: str | None, dotless: bool = False) -> None:
            for term in terms:
                self.term_kind.setdefault(term, kind)
                short = _dotless(term) if dotless else None
                if short:
                    self.term_kind.setdefault(short, kind)

        add(_BLOCKERS, None)
        add(lexicon.POSITION_TERMS, "position", dotless=True)
        add(lexicon.AGENCY_TERMS, "agency", dotless=True)
        add(lexicon.TITLE_TERMS, "title")
        add(lexicon.THREAT_TERMS, "threat")
        add(lexicon.DEMAND_TERMS, "demand")
        add(lexicon.INSULT_TERMS, "insult")
        add(["ไอ้"], "_ai")
        add([p for p in province_names if p not in _AMBIGUOUS_PROVINCES], "place")
        add(_EXTRA_PLACES, "place")
        add(lexicon.CORRUPTION_TERMS, "_stop")
        self.triggers: dict[str, tuple[re.Pattern[str], dict[str, tuple[str, str | None]]]] = {}
        for group, (keywords, patterns) in triggers.items():
            add(keywords, f"@{group}")
            self.triggers[f"@{group}"] = _combine(patterns)
        self.lexicon = re.compile(_trie(self.term_kind))

        titles = [t for t, k in self.term_kind.items() if k == "title"]
        self.title_prefixes: dict[str, tuple[str, ...]] = {
            term: tuple(t for t in titles if term.startswith(t) and t != term) for term in self.term_kind
        }
        self.unambiguous_titles = frozenset(t for t in titles if _UNAMBIGUOUS_TITLE.fullmatch(t))
        self.agency_tail = re.compile(f" ?(?:(?:จังหวัด|จ\\.) ?)?(?:{prov})")
        # the name after an agency type: glued to it, or after a space when it starts like a place name
        self.named_agency_tail = re.compile(
            f"(?:(?:จังหวัด|จ\\.|อำเภอ|อ\\.|ตำบล|ต\\.|เขต|แขวง|สาขา) ?|(?= ?(?:บ้าน|เมือง|{village})) ?)?(?=[{_THAI}])"
        )

    # --- candidates -----------------------------------------------------------------------------------------

    def candidates(self, scan: str) -> tuple[_Candidates, _Candidates]:
        """Personal and other candidate spans ``(start, end, kind)``, possibly overlapping."""
        personal: _Candidates = []
        other: _Candidates = []
        term_kind = self.term_kind
        for m in self.lexicon.finditer(scan):
            kind = term_kind[m.group()]
            if kind is None or kind == "_stop":
                continue
            if kind[0] == "@":
                pattern, groups = self.triggers[kind]
                found = pattern.match(scan, m.start())
                if found:
                    self._add(found, groups, personal, other)
            else:
                self._lexicon_candidates(scan, m.start(), m.end(), m.group(), kind, other)
        self._numbers(scan, personal, other)
        if "@" in scan:
            self._emails(scan, personal)
        return personal, other

    def _add(
        self,
        m: re.Match[str],
        groups: dict[str, tuple[str, str | None]],
        personal: _Candidates,
        other: _Candidates,
    ) -> None:
        kind, value = groups[m.lastgroup or ""]
        start, end = m.span()
        scan = m.string
        if value:
            if value.endswith("_vn"):
                if self._first_name_length(m.group(value)):
                    return  # อ.สมชาย is a teacher, not a district
            else:
                start, end = m.span(value)
        if kind == "place":  # บ้านโคกโกงเงิน: the place ends before โกง
            cut = self._before_breaker(scan, start + 1, end)
            if cut < end and cut - start < 5:
                return
            end = cut
        (personal if kind in PERSONAL_KINDS else other).append((start, end, kind))

    def _before_breaker(self, scan: str, start: int, end: int) -> int:
        """Where the first lexicon term that cannot be part of a name starts in ``scan[start:end]``, or ``end``."""
        inner = self.lexicon.search(scan, start, end)
        while inner and self.term_kind[inner.group()] not in _NAME_BREAKERS:
            inner = self.lexicon.search(scan, inner.end(), end)
        return inner.start() if inner else end

    def _numbers(self, scan: str, personal: _Candidates, other: _Candidates) -> None:
        numeric, lettered, personal_re = self.numeric, self.lettered, self.personal
        other_end = personal_end = 0
        for cluster in _RE_DIGIT_CLUSTER.finditer(scan):
            digits = cluster.group()
            if len(digits) == 1 or digits.isdigit():
                starts: Iterable[int] = (cluster.start(),)
            else:
                starts = [m.start() for m in _RE_DIGITS.finditer(scan, cluster.start(), cluster.end())]
            # an ID, a phone or an account number has 9 digits or more
            try_personal = len(digits) >= 9 and len(digits) - sum(digits.count(sep) for sep in "-. )") >= 9
            for pos in starts:
                start = _number_start(scan, pos) if pos and scan[pos - 1] in "+(฿ " else pos
                if try_personal and pos >= personal_end:
                    found = (
                        personal_re.match(scan, start)
                        or (start < pos and personal_re.match(scan, pos))
                        or None
                    )
                    if found:
                        self._add(found, self.personal_groups, personal, other)
                        personal_end = found.end()
                if pos < other_end:
                    continue
                found = numeric.match(scan, start) or (start < pos and numeric.match(scan, pos)) or None
                if found:
                    self._add(found, self.numeric_groups, personal, other)
                    other_end = found.end()
                    continue
                # two consonants (and a space or dash) just before: ขก 0023.4/1234, กข 1234
                q = pos - 1 if pos and scan[pos - 1] in " -" else pos
                if q >= 2 and scan[q - 1] in _CONSONANTS and scan[q - 2] in _CONSONANTS:
                    found = lettered.match(scan, q - 2)
                    if found:
                        self._add(found, self.lettered_groups, personal, other)
                        other_end = found.end()

    @staticmethod
    def _emails(scan: str, personal: _Candidates) -> None:
        at = scan.find("@")
        while at > 0:
            start = at
            while start and at - start < 64 and scan[start - 1] in _EMAIL_CHARS:
                start -= 1
            found = _RE_EMAIL.match(scan, start)
            if found:
                personal.append((found.start(), found.end(), "email"))
            at = scan.find("@", at + 1)

    def _lexicon_candidates(
        self, scan: str, start: int, end: int, term: str, kind: str, out: _Candidates
    ) -> None:
        for title in self.title_prefixes[term] if kind != "title" else ():  # นายกมล: นาย + กมล, not นายก + มล
            person_end = self._person_end(scan, start + len(title), title in self.unambiguous_titles, 3)
            if person_end:
                out.append((start, person_end, "person"))
        if kind == "title":
            person_end = self._person_end(scan, end, term in self.unambiguous_titles, 3)
            if person_end:
                out.append((start, person_end, "person"))
        elif kind == "_ai":
            run = _RE_THAI_RUN.match(scan, end + 1 if scan[end : end + 1] == " " else end)
            out.append((start, run.end() if run and len(run.group()) <= 15 else end, "insult"))
        elif kind == "agency":
            out.append((start, self._agency_end(scan, end, term), "agency"))
        elif kind == "position":
            out.append((start, end, "position"))
            person_end = self._person_end(scan, end, False, 4)
            if person_end:
                out.append((start, person_end, "person"))
        elif kind == "insult" and term.startswith(("ไอ้", "อี")):  # ไอ้สัตว์นรก: the whole word
            run = _RE_THAI_RUN.match(scan, start)
            out.append((start, run.end() if run and run.end() - start <= 15 else end, "insult"))
        else:
            out.append((start, end, kind))

    def _agency_end(self, scan: str, end: int, term: str) -> int:
        tail = self.agency_tail.match(scan, end)
        if tail:
            return tail.end()
        if term in _NAMED_AGENCIES:
            tail = self.named_agency_tail.match(scan, end)
            run = _RE_THAI_RUN.match(scan, tail.end()) if tail else None
            if run and not _RE_NOT_A_PLACE_NAME.match(run.group()):
                name_end = self._before_breaker(scan, run.start(), run.end())  # อบต.บ้านโคกโกงเงิน
                if 2 <= name_end - run.start() <= 25:
                    return name_end
        return end

    def _first_name_length(self, run: str) -> int:
        """Length of the longest known first name that starts ``run`` and ends at a syllable boundary."""
        best = 0
        for length in range(2, len(run) + 1):
            prefix = run[:length]
            if (
                prefix in self.first_names
                and run[length : length + 1] not in _NOT_INITIAL
                and (length < len(run) or run not in _NAME_STOPWORDS)
            ):
                best = length
            if prefix not in self.first_name_prefixes:
                break
        return best

    def _person_end(self, scan: str, pos: int, unknown_ok: bool, min_known: int) -> int:
        """End of ``title/position + name [+ surname]`` whose name starts at ``pos`` (0: no name there).

        A known first name of at least ``min_known`` letters may be followed by more text; a shorter known
        name, or (when ``unknown_ok``) any name, must be a whole run of Thai letters.
        """
        if scan[pos : pos + 1] == " ":
            pos += 1
        run_match = _RE_THAI_RUN.match(scan, pos)
        if not run_match:
            return 0
        run = run_match.group()
        length = self._first_name_length(run)
        known = length > 0
        if length and length < min_known and length != len(run):
            length = 0
        if not length and unknown_ok and 2 <= len(run) <= 20 and not _RE_NOT_A_NAME.match(run):
            length = len(run)
        if not length:
            return 0
        end = pos + length
        if length == len(run) and scan[end : end + 1] == " ":
            surname = _RE_THAI_RUN.match(scan, end + 1)
            if surname and self._is_surname(surname.group(), known or unknown_ok):
                return surname.end()
        return end

    def _is_surname(self, run: str, trusted: bool) -> bool:
        if run in self.family_names:
            return True
        if not trusted or not 3 <= len(run) <= 20 or _RE_NOT_A_NAME.match(run):
            return False
        return not any(self.term_kind[m.group()] in _NAME_BREAKERS for m in self.lexicon.finditer(run))


@cache
def _extractor() -> _Extractor:
    return _Extractor()


def warm_up() -> None:
    """Build the patterns now (about 0.15 s) rather than on the first call to :func:`extract`."""
    _extractor()


def _scan_text(text: str) -> str:
    """``text`` with every decimal digit written as an ASCII digit (same length, same offsets)."""
    for thai, ascii_digit in _THAI_DIGIT_PAIRS:  # str.replace is 50x faster than str.translate here
        if thai in text:
            text = text.replace(thai, ascii_digit)
    if _RE_OTHER_DIGIT.search(text):
        text = _RE_OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group())), text)
    return text


_RANK = {kind: i for i, kind in enumerate(KINDS)}


def _select(candidates: _Candidates, taken: _Candidates, occupied: bytearray) -> None:
    """Add to ``taken`` the candidates that overlap nothing taken: longer first, then by :data:`KINDS`."""
    for start, end, kind in sorted(candidates, key=lambda c: (c[0] - c[1], _RANK[c[2]], c[0])):
        if end > start and occupied.find(1, start, end) < 0:
            taken.append((start, end, kind))
            occupied[start:end] = b"\x01" * (end - start)


def extract(text: str) -> list[Span]:
    """Find the details of a complaint, as spans of ``text`` sorted by start.

    ``text`` is put in NFC first; if it was not NFC already, the spans index the NFC text.

    Examples
    --------
    >>> for s in extract("นายสมชาย ใจดี ปลัด อบต.บ้านโคก เรียกเงิน 50,000 บาท เมื่อ ๑๕ ม.ค. ๖๘ โทร 081-234-5678"):
    ...     print(s.kind, s.text)
    person นายสมชาย ใจดี
    position ปลัด
    agency อบต.บ้านโคก
    amount 50,000 บาท
    date ๑๕ ม.ค. ๖๘
    phone 081-234-5678
    """
    text = unicodedata.normalize("NFC", text)
    personal, other = _extractor().candidates(_scan_text(text))
    taken: _Candidates = []
    occupied = bytearray(len(text))
    _select(personal, taken, occupied)  # personal data first: no longer span may hide it from masking
    _select(other, taken, occupied)
    return [Span(kind, start, end, text[start:end]) for start, end, kind in sorted(taken)]


def mask_personal(text: str, spans: Sequence[Span] | None = None) -> str:
    """Replace personal data (:data:`PERSONAL_KINDS`) with placeholders.

    ``spans`` may pass the result of :func:`extract` on the same text to avoid a second pass. The text is
    returned in NFC.

    Examples
    --------
    >>> mask_personal("โอนเข้าบัญชีกสิกร 123-4-56789-0 แล้วโทรแจ้ง 0812345678 หรือไลน์ somchai_99")
    'โอนเข้าบัญชีกสิกร [เลขบัญชี] แล้วโทรแจ้ง [เบอร์โทร] หรือไลน์ [ไลน์ไอดี]'
    """
    text = unicodedata.normalize("NFC", text)
    if spans is None:
        spans = extract(text)
    pieces: list[str] = []
    pos = 0
    for span in sorted((s for s in spans if s.kind in PERSONAL_KINDS), key=lambda s: s.start):
        pieces.append(text[pos : span.start])
        pieces.append(PLACEHOLDERS[span.kind])
        pos = span.end
    pieces.append(text[pos:])
    return "".join(pieces)


def summarize(spans: Iterable[Span]) -> dict[str, list[str]]:
    """Group span texts for the scoring API: dates, amounts, places, agencies, positions, document numbers
    and persons, each in order of appearance without repeats.

    Examples
    --------
    >>> summarize(extract("ผอ.โรงเรียนบ้านหนองบัว จังหวัดขอนแก่น รับเงิน 2.5 ล้านบาท"))["agencies"]
    ['โรงเรียนบ้านหนองบัว']
    """
    summary: dict[str, list[str]] = {key: [] for key in _SUMMARY_KEYS.values()}
    for span in spans:
        key = _SUMMARY_KEYS.get(span.kind)
        if key and span.text not in summary[key]:
            summary[key].append(span.text)
    return summary
