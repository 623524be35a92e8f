"""The regular expressions and small vocabularies of detail extraction, as data and pattern builders.

:func:`build` returns every pattern as ``(kind, regex)`` pairs in groups: the *trigger* groups (tried where a
keyword of the group starts), the *numeric* patterns (tried at each number), the *lettered* ones (two
consonants before a number) and the *personal* ones (national IDs, accounts, phones). ``(?P<v>...)`` marks
the part of a match that becomes the span; ``(?P<vn>...)`` a part that must not start with a first name.
Month names and Thai digits come from pythainlp; word lists live in ``model/data/*.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pythainlp import thai_consonants, thai_digits, thai_letters
from pythainlp.util.date import thai_abbr_months, thai_full_months

from model.wordlists import words

# --- character classes and small vocabularies -------------------------------------------------------------

_THAI = re.escape("".join(sorted(thai_letters)))  # pythainlp's letters, vowels and marks (no digits, no ฿)
_RUN = f"(?>[{_THAI}]{{2,25}})(?![{_THAI}])"  # a whole run of Thai letters, 2-25 long, ending at a non-letter
_NOT_INITIAL = frozenset(
    "\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e45"
) | frozenset(
    chr(c) for c in range(0x0E47, 0x0E4F)
)  # characters that cannot start a syllable: a name may not be cut right before one
_RE_THAI_RUN = re.compile(f"[{_THAI}]+")
_RE_OTHER_DIGIT = re.compile("[^\\D0-9]")  # a decimal digit of another script than ASCII (or Thai)
_THAI_DIGIT_PAIRS = tuple(zip(thai_digits, "0123456789", strict=True))

_AMBIGUOUS_PROVINCES = frozenset({"เลย", "แพร่", "ตาก", "น่าน"})  # also common words: need จังหวัด/จ.
_EXTRA_PLACES = ("กรุงเทพฯ", "กรุงเทพ")

_MONTHS_FULL = (*thai_full_months, "กรกฏาคม")  # pythainlp's, and a common misspelling
_MONTHS_ABBR = tuple(thai_abbr_months)
_THAI_NUMBER_WORDS = "หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด|ร้อย|พัน|หมื่น|แสน|ล้าน"

# Agency types that are usually followed by their own name (อบต.บ้านโคก, โรงเรียนบ้านหนองบัว).
_NAMED_AGENCIES = frozenset(words("named_agency_types"))

# Words that start a clause rather than a name: a run starting with one is not the name of a person or an
# agency. Names of persons also do not start with the second list.
_CLAUSE_WORDS = "|".join(words("clause_words"))
_RE_NOT_A_PLACE_NAME = re.compile(_CLAUSE_WORDS)
_RE_NOT_A_NAME = re.compile(f"{_CLAUSE_WORDS}|ตำแหน่ง|อายุ|เจ้าหน้าที่|ประจำ|สังกัด|แห่ง|บ้าน|หมู่|เลข")
# Short first names that are also common words: not taken for a name when they stand alone.
_NAME_STOPWORDS = frozenset(words("name_stopwords"))
# Lexicon kinds that cannot be part of the name of a person or an agency.
_NAME_BREAKERS = frozenset({"position", "agency", "title", "insult", "threat", "demand", "_stop", "_ai"})
_UNAMBIGUOUS_TITLE = re.compile(r"(?=...).+\.|นางสาว|เด็กชาย|เด็กหญิง|ว่าที่.*|พระครู|พระมหา")
_BLOCKERS = words("name_blockers")
_VILLAGE = "|".join(words("village_prefixes"))  # how village names start: บ้านหนองบัว, บ้านโคก
# Words after which a number is an account to pay into, even without a bank word (โอนเงินเข้า 1234567890).
_TRANSFER_WORDS = ("โอนเงินเข้า", "โอนเข้า", "โอนเงินไปที่", "โอนไปที่", "โอนเงินไป", "โอนไป", "โอนเงินให้", "โอนให้")
# How reporters introduce themselves: ผมนายสมชาย, ข้าพเจ้า นางสมศรี, ดิฉันชื่อ..., ผู้ร้อง นาย... The name after
# one of these is the reporter's (personal data: masked as [ผู้ร้อง], not a person of the report).
REPORTER_INTRO = (
    "(?:กระผม|ผม|ข้าพเจ้า|ดิฉัน|ฉัน|หนู|ผู้ร้องเรียน|ผู้ร้อง|ผู้แจ้ง)"
    "(?P<named>\\s?(?:ชื่อ(?:-สกุล|และนามสกุล|ว่า)?|คือ)\\s?[:：]?)?\\s?"
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
_RE_DIGIT_CLUSTER = re.compile("[0-9](?:[-. )]{0,3}[0-9])*")  # digits with separators: phone, ID, account
_CONSONANTS = frozenset(thai_consonants)


def _number_start(scan: str, pos: int) -> int:
    """Where a detail starting with the number at ``pos`` may start: ``+66``, ``(+66)``, ``฿`` included."""
    start = pos
    while start and pos - start < 3 and scan[start - 1] in "+(฿ ":
        start -= 1
    while start < pos and scan[start] == " ":
        start += 1
    return start


@dataclass(frozen=True)
class Patterns:
    """Every pattern of the extractor, uncompiled: see the module docstring."""

    triggers: dict[str, tuple[Iterable[str], list[tuple[str, str]]]]
    numeric: list[tuple[str, str]]
    lettered: list[tuple[str, str]]
    personal: list[tuple[str, str]]


def build(prov: str) -> Patterns:
    """The patterns, given ``prov``, a pattern matching any province name."""
    n = "[0-9]"
    sep = "(?:\\s?[-.]\\s?|\\s)?"  # between the digit groups of an ID, an account or a phone number
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
    village = _VILLAGE

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
                    f"เขต(?!พื้นที่|การ|อำนาจ|ปกครอง|รับผิดชอบ|ป่า|ห้าม|ทาง|ติดต่อ|บริการ|ชุมชน|เมือง|ร้อน|ข้อ)\\s?{_RUN}",
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
            ["เลขที่บัญชี", "เลขบัญชี", "บัญชี", "บช.", "ธนาคาร", "พร้อมเพย์", "พร้อมเพ", *_TRANSFER_WORDS],
            [
                (
                    "bank_account",
                    f"(?:เลขที่บัญชี|เลขบัญชี|บัญชี|บช\\.|ธนาคาร|พร้อมเพย์|พร้อมเพ|{'|'.join(_TRANSFER_WORDS)})"
                    f"[^0-9\\n]{{0,60}}?(?P<v>(?<!{n}){n}(?:{sep}{n}){{9,14}})(?!{n})",
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
    # national ID 1-2345-67890-12-3 (dashes, dots, spaces or none); account 123-4-56789-0; phones 081-234-5678,
    # 02 123 4567, (081) 234-5678, +66 81 234 5678, (+66) 81..., 66812345678
    mobile = f"[689](?:{sep}{n}){{8}}"
    landline = f"[2-7](?:{sep}{n}){{7}}"
    personal: list[tuple[str, str]] = [
        ("national_id", f"(?<!{n}){n}{sep}{n}{{4}}{sep}{n}{{5}}{sep}{n}{{2}}{sep}{n}(?!{n})"),
        ("bank_account", f"(?<!{n}){n}{{3}}(?:-{n}-{n}{{5}}-|\\.{n}\\.{n}{{5}}\\.| {n} {n}{{5}} ){n}(?!{n})"),
        ("phone", f"(?<!{n})0(?:{mobile}|{landline})(?!{n})"),
        ("phone", f"\\(\\s?0(?:[689]{n}|[2-7])\\s?\\)\\s?-?\\s?{n}(?:{sep}{n}){{6}}(?!{n})"),
        (
            "phone",
            f"(?:\\+\\s?66|\\(\\s?\\+?\\s?66\\s?\\)|(?<![0-9+])66)\\s?-?\\s?(?:\\(0\\)\\s?|0)?"
            f"(?:{mobile}|{landline})(?!{n})",
        ),
    ]
    return Patterns(triggers, numeric, lettered, personal)
