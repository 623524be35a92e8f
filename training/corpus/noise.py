"""Human noise and register: what real writers do to a text, never random damage.

- :func:`register` moves a rendered report toward how real tickets are written: most first-person pronouns
  dropped at the start of a clause (Thai is pro-drop), most phone numbers and calendar dates left out (real
  tickets rarely carry them; "เมื่อวาน", "เมื่อต้นเดือน" instead), few emoji.
- :func:`human_noise` adds what people type: phonetic spellings (ให้ -> หั้ย, แล้ว -> แร้ว, ก็ -> ก้อ),
  abbreviations (เจ้าหน้าที่ -> จนท., ประชาชน -> ปชช, ผู้อำนวยการ -> ผอ.), a dropped tone mark, "...",
  แ typed as two เ (เเ), repeated particles, and now and then a slip of two adjacent letters.

Neither touches a protected span: a slot value (names, places, numbers, documents), a form label
("รายละเอียด:"), or any run of digits.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable

_DIGITS = re.compile(r"[0-9๐-๙][0-9๐-๙,./:-]*")
_FORM_LABEL = re.compile(r"^[^\n:]{1,24}:", re.MULTILINE)
_EMOJI = re.compile("\\s?[\U0001f300-\U0001faff\u2600-\u27bf]+")


def protected_spans(text: str, values: Iterable[str]) -> list[tuple[int, int]]:
    """Character spans no noise may touch."""
    spans = [m.span() for m in _DIGITS.finditer(text)] + [m.span() for m in _FORM_LABEL.finditer(text)]
    for v in values:
        if len(v) < 2:
            continue
        start = text.find(v)
        while start >= 0:
            spans.append((start, start + len(v)))
            start = text.find(v, start + 1)
    return sorted(spans)


def _free(i: int, j: int, spans: list[tuple[int, int]]) -> bool:
    return all(j <= a or i >= b for a, b in spans)


def _sub_free(
    pattern: re.Pattern[str],
    text: str,
    spans: list[tuple[int, int]],
    rate: float,
    rng: random.Random,
    repl: str | Callable[[re.Match[str]], str],
) -> str:
    """Replace matches of ``pattern`` outside ``spans`` with probability ``rate`` each (``repl``: str or callable)."""
    out, last = [], 0
    for m in pattern.finditer(text):
        if not _free(m.start(), m.end(), spans) or rng.random() >= rate:
            continue
        out.append(text[last : m.start()])
        out.append(repl(m) if callable(repl) else repl)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


# --- register ---------------------------------------------------------------------------------

_PRONOUN_START = re.compile(
    r"(?:^|(?<=[\s\"“(])|(?<=ที่)|(?<=ว่า)|(?<=และ)|(?<=แต่)|(?<=แล้ว)|(?<=ซึ่ง)|(?<=จึง)|(?<=ก็)|(?<=ตอน))"
    r"(?:ผม|ดิฉัน|ฉัน|ข้าพเจ้า|หนู)(?=[ก-๛])(?!ชื่อ|เอง|ร่วง|หงอก)"
)
_RELATIVE = ("เมื่อวาน", "เมื่อวานนี้", "เมื่อสัปดาห์ที่แล้ว", "เมื่อต้นเดือน", "เมื่อหลายวันก่อน", "วันก่อน", "เมื่อเช้า", "อาทิตย์ที่แล้ว")
_SINCE = ("ต้นเดือน", "เดือนที่แล้ว", "สัปดาห์ก่อน", "หลายวันก่อน", "ปลายเดือนที่แล้ว")
_PHONE_LEAD = r"(?:[\s,(]*(?:เบอร์(?:โทร(?:ศัพท์)?)?|โทร(?:ศัพท์)?|ติดต่อ(?:กลับ)?(?:ได้)?(?:ที่)?(?:เบอร์)?)\s*:?\s*)?"

PRONOUN_DROP = 0.8  # clause-initial pronouns dropped, web_form and line_chat
PHONE_DROP = 0.9
DATE_DROP = 0.7
EMOJI_DROP = 0.97


def register(text: str, rng: random.Random, values: dict[str, str], channel: str) -> str:
    """Move a rendered text toward the register of real tickets (see the module docstring)."""
    phone = values.get("phone")
    if phone and phone in text and rng.random() < PHONE_DROP:
        text = re.sub(_PHONE_LEAD + re.escape(phone) + r"\)?", "", text)
    for key, value in list(values.items()):
        if not re.match(r"^date\d*$", key) or value not in text or rng.random() >= DATE_DROP:
            continue
        m = re.search(
            r"(ตั้งแต่|เมื่อคืน|เมื่อเช้า|ตอนเช้า|ตอนเย็น|คืน|เมื่อ|ตอน|ใน)?\s*(?:วันที่\s*)?" + re.escape(value), text
        )
        if m:
            lead = m.group(1) or ""
            if lead == "ตั้งแต่":
                new = "ตั้งแต่" + rng.choice(_SINCE)
            elif lead in ("เมื่อคืน", "เมื่อเช้า", "ตอนเช้า", "ตอนเย็น"):
                new = lead  # "เมื่อคืนวันที่ 3 มี.ค." -> "เมื่อคืน"
            elif lead == "คืน":
                new = "เมื่อคืน"
            else:
                new = rng.choice(_RELATIVE)
            text = text[: m.start()] + new + text[m.end() :]
    if channel in ("web_form", "line_chat"):
        text = _PRONOUN_START.sub(lambda m: "" if rng.random() < PRONOUN_DROP else m.group(0), text)
    if channel == "phone_transcript" or rng.random() < EMOJI_DROP:
        text = _EMOJI.sub("", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


# --- human noise --------------------------------------------------------------------------------

PHONETIC: dict[str, tuple[str, ...]] = {
    "ให้": ("หั้ย", "ไห้"),
    "แล้ว": ("แร้ว", "แล้วว", "แล่ว"),
    "ก็": ("ก้อ", "ก๊อ"),
    "ครับ": ("คับ", "ครัช", "ค้าบ"),
    "ค่ะ": ("คะ", "ค่า", "คร่ะ"),
    "เป็น": ("เปน",),
    "อะไร": ("ไร", "อาราย"),
    "จริงๆ": ("จิงๆ", "จริงๆๆ"),
    "จริง ๆ": ("จิงๆ",),
    "เลย": ("เรย", "เลยย"),
    "มาก": ("มากก", "มากๆ", "มั่กๆ"),
    "หน่อย": ("หน่อยย", "หน่อยนะ"),
    "อย่างนี้": ("งี้",),
    "แบบนี้": ("แบบเนี้ย",),
    "ยังไง": ("ยังงัย",),
}
ABBREVIATIONS: dict[str, str] = {
    "เจ้าหน้าที่": "จนท.",
    "ประชาชน": "ปชช",
    "ผู้อำนวยการ": "ผอ.",
    "กรุงเทพมหานคร": "กทม.",
    "กรุงเทพฯ": "กทม",
    "โรงเรียน": "รร.",
    "โรงพยาบาล": "รพ.",
    "มหาวิทยาลัย": "ม.",
    "ตำรวจ": "ตร.",
    "กิโลเมตร": "กม.",
    "ทางเท้า": "ฟุตบาท",
}
_PHONETIC_RE = re.compile("|".join(sorted(map(re.escape, PHONETIC), key=len, reverse=True)))
_ABBR_RE = re.compile("|".join(sorted(map(re.escape, ABBREVIATIONS), key=len, reverse=True)))
_TONE = re.compile("[\u0e48\u0e49]")
_PARTICLE_END = re.compile(r"(นะ|ค่ะ|ครับ|จ้า|คับ)(?=\s*$)")

PHONETIC_RATE = 0.35  # rows with phonetic spellings
ABBR_RATE = 0.25
TONE_DROP_RATE = 0.12
ELLIPSIS_RATE = 0.04  # ".." was the second strongest mark of a generated row in the adversarial check
SARA_E_RATE = 0.05  # writers who type แ as two เ (เเ), throughout the text
REPEAT_PARTICLE_RATE = 0.08
SLIP_RATE = 0.05


def human_noise(text: str, rng: random.Random, protected: Iterable[str], channel: str) -> str:
    """What real people type (see the module docstring); never inside a protected span, never in letters'
    formal parts beyond abbreviations."""
    protected = [p for p in protected if p]
    informal = channel in ("line_chat", "web_form")
    if informal and rng.random() < PHONETIC_RATE:
        spans = protected_spans(text, protected)
        text = _sub_free(_PHONETIC_RE, text, spans, 0.5, rng, lambda m: rng.choice(PHONETIC[m.group(0)]))
    if channel != "letter" and rng.random() < ABBR_RATE:
        spans = protected_spans(text, protected)
        text = _sub_free(_ABBR_RE, text, spans, 0.7, rng, lambda m: ABBREVIATIONS[m.group(0)])
    if informal and rng.random() < TONE_DROP_RATE:
        spans = protected_spans(text, protected)
        marks = [m.start() for m in _TONE.finditer(text) if _free(m.start(), m.end(), spans)]
        for i in sorted(rng.sample(marks, min(len(marks), rng.randint(1, 2))), reverse=True):
            text = text[:i] + text[i + 1 :]
    if informal and rng.random() < ELLIPSIS_RATE:
        spaces = [
            m.start()
            for m in re.finditer(r"(?<=[ก-๛]) (?=[ก-๛])", text)
            if _free(m.start(), m.end(), protected_spans(text, protected))
        ]
        if spaces:
            i = rng.choice(spaces)
            text = text[:i] + rng.choice(("...", "..", " ... ")) + text[i + 1 :]
    if informal and rng.random() < SARA_E_RATE:
        text = "".join(
            "เเ" if ch == "แ" and _free(i, i + 1, spans) else ch
            for spans in [protected_spans(text, protected)]
            for i, ch in enumerate(text)
        )
    if informal and rng.random() < REPEAT_PARTICLE_RATE:
        text = _PARTICLE_END.sub(
            lambda m: m.group(1) * 2 if m.group(1) == "นะ" else m.group(1) + " " + m.group(1), text, count=1
        )
    if informal and rng.random() < SLIP_RATE:
        spans = protected_spans(text, protected)
        spots = [
            i
            for i in range(len(text) - 1)
            if "\u0e01" <= text[i] <= "\u0e2e"
            and "\u0e01" <= text[i + 1] <= "\u0e2e"
            and _free(i, i + 2, spans)
        ]
        if spots:
            i = rng.choice(spots)
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text
