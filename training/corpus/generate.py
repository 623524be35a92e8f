"""The seeded corpus generator: frames -> channel style -> noise -> labelled rows.

Every row draws from its own ``random.Random`` seeded by ``(seed, row index)``, so the output is
byte-for-byte identical for a seed whatever else changes in the process.

Steps for one row, in order:

1. pick a category (``CATEGORY_WEIGHTS``), then a credibility level (``CREDIBILITY_WEIGHTS``), then a frame
   of that cell uniformly;
2. render the frame's template with gazetteer values;
3. on some rows, a hard-case augmentation that keeps the label (an insult added to a credible report, a
   detail added to a personal attack, corruption vocabulary added to a rant);
4. pick one of the frame's channels and apply its surface style;
5. surface noise: typos, misplaced tone marks, Thai digits, code-mixed English;
6. label noise on ``LABEL_NOISE_RATE`` of rows (marked in ``label_noise``).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from training.corpus import gazetteer
from training.corpus.frames.base import CATEGORIES, CREDIBILITY, Frame
from training.corpus.template import compile_template, render

COLUMNS = (
    "id",
    "text",
    "category",
    "credibility",
    "channel",
    "province",
    "agency_type",
    "frame",
    "label_noise",
    "hard",
    "created_at",
)
CATEGORY_WEIGHTS = {
    "procurement": 0.13,
    "bribery": 0.13,
    "embezzlement": 0.12,
    "abuse_of_power": 0.12,
    "conflict_of_interest": 0.11,
    "misconduct": 0.12,
    "service_issue": 0.16,
    "other": 0.11,
}
CREDIBILITY_WEIGHTS = {"credible": 0.5, "frivolous": 0.25, "malicious": 0.25}
LABEL_NOISE_RATE = 0.03
HARD_AUGMENT_RATE = 0.14
TYPO_RATE = 0.3
THAI_DIGIT_RATE = 0.08
CODE_MIX_RATE = 0.12
MAX_RETRIES = 4
START = dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=7)))


@cache
def all_frames() -> tuple[Frame, ...]:
    """Every frame of every category module, in a fixed order."""
    import importlib

    frames: list[Frame] = []
    for category in CATEGORIES:
        module = importlib.import_module(f"training.corpus.frames.{category}")
        frames.extend(module.FRAMES)
    ids = [f.id for f in frames]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate frame ids")
    return tuple(frames)


def _cells(frames: Sequence[Frame]) -> dict[tuple[str, str], list[Frame]]:
    cells: dict[tuple[str, str], list[Frame]] = {}
    for f in frames:
        cells.setdefault((f.category, f.credibility), []).append(f)
    return cells


# --- hard-case augmentations (labels unchanged) ---------------------------------------------------

_AUGMENT = {
    "credible": (
        "credible_insult",
        tuple(
            compile_template(t)
            for t in (
                "[ไอ้|อี|]พวก[เลว|ชั่ว|หน้าด้าน]นี่[มัน|]ไม่มียางอาย[เลย|จริง ๆ]",
                "[โคตร|]เหลือทนแล้ว[ครับ|ค่ะ|] [พวกมัน|ไอ้พวกนี้]กินกันจนอิ่ม[แล้ว|]",
                "[ขอให้|]มันฉิบหาย[ไปเลย|ไปทั้งโคตร]",
                "[ไอ้|]{position}[หน้าเงิน|ตัวแสบ|ขี้โกง]คนนี้[แหละ|]",
                "[มึง|พวกมึง]อย่าคิดว่าชาวบ้านโง่[นะ|]",
                "[ควาย|สันดานเสีย|ชาติหมา]จริง ๆ[ครับ|]",
                "[ผม|ฉัน|ดิฉัน]โกรธมาก[จนตัวสั่น|] [ทนไม่ไหวแล้ว|]",
                "[เลวที่สุด|ระยำจริงๆ|แม่งเอ๊ย]",
            )
        ),
    ),
    "malicious": (
        "malicious_detail",
        tuple(
            compile_template(t)
            for t in (
                "[มัน|เขา|คนนี้]ทำงานอยู่ที่{agency}",
                "เมื่อวันที่ {date} [ผม|ฉัน|]เห็น[มัน|เขา]ที่{place}",
                "[บ้านมัน|มันพัก]อยู่{village} อำเภอ{district}",
                "[รถมัน|มันขับรถ]ทะเบียน {plate}",
                "[มัน|เขา]เป็น{position}[มาตั้งแต่ปี {year}|]",
            )
        ),
    ),
    "frivolous": (
        "frivolous_vocab",
        tuple(
            compile_template(t)
            for t in (
                "[ทุจริต|โกง]กันทั้ง[ระบบ|ประเทศ|นั้น][แหละ|]",
                "คอรัปชั่น[เต็มบ้านเต็มเมือง|ทุกหย่อมหญ้า]",
                "[สินบน|เงินใต้โต๊ะ]มีทุกที่[อยู่แล้ว|]",
                "ฮั้ว[กันหมด|กันทุกงาน][แหละ|นั่นแหละ]",
                "[ข้าราชการ|นักการเมือง]ยักยอก[กันเป็นว่าเล่น|ทุกคน]",
            )
        ),
    ),
}


def _augment(text: str, credibility: str, rng: random.Random) -> tuple[str, str]:
    kind, sentences = _AUGMENT[credibility]
    sentence = render(rng.choice(sentences), rng, gazetteer.fill)
    if rng.random() < 0.5:
        return f"{sentence} {text}", kind
    return f"{text} {sentence}", kind


# --- channel styles ----------------------------------------------------------------------------

_THAI = r"\u0e00-\u0e7f"
_SPACE_BETWEEN_THAI = re.compile(rf"(?<=[{_THAI}]) (?=[{_THAI}])")
_LINE_ENDINGS = (
    "ครับ",
    "ค่ะ",
    "คะ",
    "นะคะ",
    "จ้า",
    "นะครับ",
    "ด้วยครับ",
    " 🙏",
    " 😡",
    " 555",
    "!!!",
    "??",
    " 😢",
    "🙏🙏",
    "",
)
_FILLERS = ("เอ่อ", "คือ", "แบบว่า", "อ่า", "คือว่า", "เอ่อ คือ", "ก็")
_LETTER_TO = (
    "เรียน ผู้อำนวยการศูนย์ดำรงธรรม",
    "เรียน ท่านผู้ว่าราชการจังหวัด",
    "เรียน เลขาธิการ ป.ป.ช.",
    "เรียน นายอำเภอ",
    "เรียน ผู้ที่เกี่ยวข้อง",
    "กราบเรียน ท่านผู้ว่าฯ",
    "เรียน ประธานกรรมการ ป.ป.ท.",
)
_LETTER_END = (
    "จึงเรียนมาเพื่อโปรดพิจารณา",
    "จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ",
    "จึงเรียนมาเพื่อทราบและพิจารณา",
    "ขอแสดงความนับถือ",
    "จึงเรียนมาเพื่อโปรดตรวจสอบ",
)


def _elongate(text: str, rng: random.Random) -> str:
    spots = [m.end() - 1 for m in re.finditer(r"[ก-ฮ](?=[ \n!?]|$)", text)]
    if not spots:
        return text
    i = rng.choice(spots)
    return text[: i + 1] + text[i] * rng.randint(2, 5) + text[i + 1 :]


def _style_line_chat(text: str, rng: random.Random, values: dict[str, str]) -> str:
    text = text.replace("\n", " ")
    if rng.random() < 0.5:
        text = _SPACE_BETWEEN_THAI.sub("", text)
    if rng.random() < 0.35:
        text = _elongate(text, rng)
    if rng.random() < 0.5:
        text = text.rstrip() + rng.choice(_LINE_ENDINGS)
    return text


def _style_web_form(text: str, rng: random.Random, values: dict[str, str]) -> str:
    r = rng.random()
    if r < 0.3:
        where = values.get("province") or gazetteer.fill("province", rng)
        return f"รายละเอียด: {text}\nจังหวัด: {where}"
    if r < 0.45:
        return f"ปัญหา: {text}"
    return text


def _style_letter(text: str, rng: random.Random, values: dict[str, str]) -> str:
    if not text.lstrip().startswith(("เรียน", "กราบเรียน")) and rng.random() < 0.6:
        text = f"{rng.choice(_LETTER_TO)}\n{text}"
    if "จึงเรียนมา" not in text and rng.random() < 0.6:
        text = f"{text}\n{rng.choice(_LETTER_END)}"
    return text


def _style_phone(text: str, rng: random.Random, values: dict[str, str]) -> str:
    words = text.replace("\n", " ").split(" ")
    out: list[str] = []
    for w in words:
        out.append(w)
        r = rng.random()
        if r < 0.08:
            out.append(rng.choice(_FILLERS))
        elif r < 0.11 and w:
            out.append(w)  # a spoken repeat
    text = " ".join(out)
    if rng.random() < 0.4:
        text = rng.choice(("ฮัลโหล ครับ ", "สวัสดีค่ะ ", "ฮัลโหล ", "ครับ เอ่อ ", "ค่ะ คือ ")) + text
    return text


CHANNEL_STYLES: dict[str, Callable[[str, random.Random, dict[str, str]], str]] = {
    "line_chat": _style_line_chat,
    "web_form": _style_web_form,
    "letter": _style_letter,
    "phone_transcript": _style_phone,
}

# --- surface noise -----------------------------------------------------------------------------

_TONE_MARKS = "\u0e48\u0e49\u0e4a\u0e4b"
_UPPER_VOWELS = "\u0e34\u0e35\u0e36\u0e37\u0e31"
_TONE_AFTER_VOWEL = re.compile(f"([{_UPPER_VOWELS}])([{_TONE_MARKS}])")
_CODE_MIX = {
    "โครงการ": "project",
    "ตรวจสอบ": "check",
    "เอกสาร": "document",
    "ประมูล": "bid",
    "ผู้รับเหมา": "contractor",
    "ร้องเรียน": "complain",
    "หัวหน้า": "boss",
    "ประชุม": "meeting",
    "งบประมาณ": "budget",
    "ใบเสร็จ": "receipt",
    "โทรศัพท์": "phone",
    "ข้อมูล": "data",
    "ปัญหา": "problem",
    "เจ้าหน้าที่": "staff",
    "ด่วน": "urgent",
}
_CODE_MIX_RE = re.compile("|".join(map(re.escape, _CODE_MIX)))
_TO_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def _typo(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 3)):
        thai = [i for i, c in enumerate(text) if "\u0e01" <= c <= "\u0e2e"]
        if len(thai) < 4:
            return text
        i = rng.choice(thai)
        op = rng.random()
        if op < 0.4:
            text = text[:i] + text[i + 1 :]
        elif op < 0.7:
            text = text[:i] + text[i] + text[i:]
        elif i + 1 < len(text):
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


def _misplace_tone(text: str, rng: random.Random) -> str:
    matches = list(_TONE_AFTER_VOWEL.finditer(text))
    if not matches:
        return text
    m = rng.choice(matches)
    return text[: m.start()] + m.group(2) + m.group(1) + text[m.end() :]


def _code_mix(text: str, rng: random.Random) -> str:
    return _CODE_MIX_RE.sub(lambda m: _CODE_MIX[m.group(0)] if rng.random() < 0.6 else m.group(0), text)


def _noise(text: str, rng: random.Random) -> str:
    if rng.random() < TYPO_RATE:
        text = _typo(text, rng)
    if rng.random() < 0.1:
        text = _misplace_tone(text, rng)
    if rng.random() < THAI_DIGIT_RATE:
        text = text.translate(_TO_THAI_DIGITS)
    if rng.random() < CODE_MIX_RATE:
        text = _code_mix(text, rng)
    return text


# --- rows --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    category: str
    credibility: str
    channel: str
    province: str
    agency_type: str
    frame: str
    label_noise: bool
    hard: str
    created_at: str


def _weighted(rng: random.Random, weights: dict[str, float], allowed: Sequence[str]) -> str:
    keys = [k for k in weights if k in allowed]
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _agency_type(values: dict[str, str], rng: random.Random) -> str:
    for key, value in values.items():
        if key.startswith("agency"):
            for kind in sorted(gazetteer.AGENCY_TYPES, key=len, reverse=True):
                if value.startswith(kind):
                    return kind
    return rng.choice(gazetteer.AGENCY_TYPES)


def render_row(index: int, seed: int, cells: dict[tuple[str, str], list[Frame]], seen: set[str]) -> Row:
    """Render row ``index`` of the corpus for ``seed``."""
    rng = random.Random(f"khatkrong-corpus/{seed}/{index}")
    category = _weighted(rng, CATEGORY_WEIGHTS, [c for c, _ in cells])
    credibility = _weighted(rng, CREDIBILITY_WEIGHTS, [v for c, v in cells if c == category])
    frames = cells[(category, credibility)]
    for _attempt in range(MAX_RETRIES):
        frame = rng.choice(frames)
        values: dict[str, str] = {}
        text = render(frame.compiled, rng, gazetteer.fill, values)
        hard = frame.hard or ""
        if not hard and rng.random() < HARD_AUGMENT_RATE:
            text, hard = _augment(text, credibility, rng)
        channel = rng.choice(frame.channels)
        text = CHANNEL_STYLES[channel](text, rng, values)
        text = _noise(text, rng).strip()
        if text not in seen:
            break
    seen.add(text)
    label_noise = rng.random() < LABEL_NOISE_RATE
    out_category, out_credibility = category, credibility
    if label_noise:
        if rng.random() < 0.67:
            out_credibility = rng.choice([c for c in CREDIBILITY if c != credibility])
        else:
            out_category = rng.choice([c for c in CATEGORIES if c != category])
    created = START + dt.timedelta(seconds=rng.randrange(0, 3 * 365 * 24 * 3600))
    return Row(
        id=f"KK-{seed}-{index:07d}",
        text=text,
        category=out_category,
        credibility=out_credibility,
        channel=channel,
        province=values.get("province") or gazetteer.fill("province", rng),
        agency_type=_agency_type(values, rng),
        frame=frame.id,
        label_noise=label_noise,
        hard=hard,
        created_at=created.isoformat(),
    )


def generate(rows: int, seed: int, frames: Sequence[Frame] | None = None) -> Iterator[Row]:
    """Yield ``rows`` rows, deterministic for ``seed``."""
    if rows < 1:
        raise ValueError("rows must be at least 1")
    cells = _cells(all_frames() if frames is None else frames)
    seen: set[str] = set()
    for i in range(rows):
        yield render_row(i, seed, cells, seen)
