"""The seeded corpus generator: frames -> channel style -> noise -> labelled rows.

Every row draws from its own ``random.Random`` seeded by ``(seed, row index)``, so the output is
byte-for-byte identical for a seed whatever else changes in the process.

Steps for one row, in order:

1. draw ``created_at``; pick a category (``CATEGORY_WEIGHTS``), then a credibility level
   (``CREDIBILITY_WEIGHTS``), then a frame of that cell uniformly;
2. render the frame's template with a :class:`~training.corpus.world.World` as the slot filler (places,
   agency, positions, projects, official's gender and dates that agree with each other and with
   ``created_at``);
3. on ``AUGMENT_RATE`` of rows, one sentence from a pool (an insult, a demand, corruption vocabulary, a
   detail, a place, a polite ask) typical of the *other* credibility levels (``_POOL_WEIGHTS``), so that no
   phrase, and no absence of one, marks a label: the label follows the frame's substance;
4. pick one of the frame's channels and apply its surface style;
5. register (:func:`training.corpus.noise.register`): pronouns, phones, dates and emoji toward real shares;
6. the speaker's gender: pronouns, particles and the reporter's name agree (:mod:`training.corpus.world`);
7. human noise (:func:`training.corpus.noise.human_noise`), Thai digits, code-mixed English; never inside a
   slot value, a form label or a number;
8. label noise on ``LABEL_NOISE_RATE`` of rows (marked in ``label_noise``).
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
from training.corpus.noise import human_noise, protected_spans, register
from training.corpus.template import Seq, compile_template, render, slots_of
from training.corpus.world import World, fix_reporter_names, harmonise, infer_speaker

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
# Real intake is dominated by service problems (Traffy Fondue; real-dev's README): the mix leans that way
# while every wrongdoing category keeps enough rows to learn from.
CATEGORY_WEIGHTS = {
    "procurement": 0.09,
    "bribery": 0.10,
    "embezzlement": 0.08,
    "abuse_of_power": 0.14,
    "conflict_of_interest": 0.07,
    "misconduct": 0.10,
    "service_issue": 0.30,
    "other": 0.12,
}
CREDIBILITY_WEIGHTS = {"credible": 0.5, "frivolous": 0.25, "malicious": 0.25}
LABEL_NOISE_RATE = 0.03
REAL_FRAME_WEIGHT = (
    2.0  # the frames written after real tickets (ids ``*.real_*``) are drawn this much more often
)
AUGMENT_RATE = 0.35
# Frivolous and malicious rows: this share get one more sentence of *decoy substance* (the city's and the
# reports' words used without a place, a time or an act), besides any augmentation. Credible city frames use
# these words with substance; without decoys on the other side each was a credibility cue of the audit.
DECOY_RATE = 0.25
# A Bangkok address (soi, road, khwaeng, house number, time window) written the way real tickets write it, added
# to this share of frivolous and malicious rows set in Bangkok that have none: a place alone is not substance
# (LABELS.md: a place *plus a concrete act*), and without it every road name was a credibility cue (precision
# 0.91-0.95 for "credible" in the shortcut audit).
ADDRESS_RATE = 0.4
THAI_DIGIT_RATE = 0.08
CODE_MIX_RATE = 0.12
MAX_RETRIES = 4
START = dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def frame_modules() -> list[str]:
    """Every module of the frames package that defines ``FRAMES``: the category modules first (in
    ``CATEGORIES`` order), then the others (``real_*``) by name, so the order never depends on the file system."""
    import pkgutil

    from training.corpus import frames as package

    names = sorted(m.name for m in pkgutil.iter_modules(package.__path__) if m.name != "base")
    return [c for c in CATEGORIES if c in names] + [n for n in names if n not in CATEGORIES]


@cache
def all_frames() -> tuple[Frame, ...]:
    """Every frame of every frames module (:func:`frame_modules`), in a fixed order."""
    import importlib

    frames: list[Frame] = []
    for name in frame_modules():
        module = importlib.import_module(f"training.corpus.frames.{name}")
        frames.extend(getattr(module, "FRAMES", ()))
    ids = [f.id for f in frames]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate frame ids")
    return tuple(frames)


def _cells(frames: Sequence[Frame]) -> dict[tuple[str, str], list[Frame]]:
    cells: dict[tuple[str, str], list[Frame]] = {}
    for f in frames:
        cells.setdefault((f.category, f.credibility), []).append(f)
    return cells


# --- augmentations (labels unchanged) -------------------------------------------------------------
# ``hard`` names the case when the added sentence makes a hard one for that label.

# Decoy sentences for any frivolous or malicious row: words that credible reports of every category use with
# substance (the audit's cues), here with none.
_DECOY_COMMON = (
    "[ไม่ถึง|ไม่เกิน][สัปดาห์|เดือน]ก็[เหมือนเดิม|เป็นอีก]",
    "[ประกาศ|คำสั่ง]อะไรออกมาก็[ไม่มีใครทำตาม|ไม่เห็นมีผล]",
    "[ผู้ค้า|เจ้าของร้าน|คนขายของ]แถวนี้ก็[เหมือนกันหมด|เห็นแก่ตัวทั้งนั้น]",
    "[กำหนด|ตั้ง]กฎอะไรก็ทำไม่ครบสักอย่าง",
    "[เพียง|แค่]ไม่กี่[วัน|เดือน]ก็[กลับมาเหมือนเดิม|พังอีก]",
    "[รวม|รวมๆ]แล้วก็[แย่|ไม่ได้เรื่อง]ทั้งหมด",
    "[กรณี|เรื่อง]แบบนี้[มีทุกที่|ใครก็รู้]",
    "[หลายเดือน|หลายปี]แล้วก็ยัง[เหมือนเดิม|ไม่ไปไหน]",
    "ขออนุญาต[บ่น|ระบาย]หน่อย",
    "[ใครมา|ใครจะมา]ตรวจก็[เหมือนเดิม|ไม่มีอะไรเปลี่ยน]",
    "เจ้าของ[บ้าน|ที่ดิน|รถ]แถวนี้ก็[เหมือนกันหมด|ไม่สนใจอะไร]",
    "มีการ[ประชุม|ประกาศ|เปลี่ยนแปลง]อะไรก็ไม่เคยรู้",
    "[โปรด|ช่วย]ตรวจสอบ[ด้วย|]เถอะ [ไม่ไหวแล้ว|เบื่อเต็มที]",
    "[พร้อม|พร้อมจะ]ร้องเรียน[ทุกเมื่อ|อีกเรื่อย ๆ][ถ้ายังเป็นแบบนี้|]",
    "[วาง|ตั้ง]ของ[เกะกะ|ระเกะระกะ]ไปทั่ว[ไม่มีใครสน|]",
    "[มีป้าย|ติดป้าย|ป้ายประกาศ]ไว้ก็[ไม่มีใครสนใจ|ไม่มีประโยชน์อะไร|ทำเป็นไม่เห็น]",
)

_POOL_TEXTS: dict[str, tuple[str, ...]] = {
    "insult": (
        "[ไอ้|อี|]พวก[เลว|ชั่ว|หน้าด้าน]นี่[มัน|]ไม่มียางอาย[เลย|จริง ๆ]",
        "[โคตร|]เหลือทนแล้ว [พวกมัน|ไอ้พวกนี้]กินกันจนอิ่ม[แล้ว|]",
        "[ขอให้|]มันฉิบหาย[ไปเลย|ไปทั้งโคตร]",
        "[มึง|พวกมึง]อย่าคิดว่าชาวบ้านโง่[นะ|]",
        "[ควาย|สันดานเสีย|ชาติหมา]จริง ๆ",
        "[ผม|ดิฉัน|]โกรธมาก[จนตัวสั่น|] [ทนไม่ไหวแล้ว|]",
        "[เลวที่สุด|ระยำจริงๆ|แม่งเอ๊ย]",
        "[ไม่ไหวจะเคลียร์|น่าโมโหมาก|เซ็งมาก][!!|]",
        "[ก็เพราะ|เพราะ]มัน[ปล่อยไว้แบบนี้|เป็นแบบนี้]มา[นานแล้ว|หลายเดือน]",
        "[อยากให้มัน|ให้มัน]จบ[สักที|เสียที] [ทนมานานแล้ว|]",
        # words of personal attack that a credible writer uses in anger too (the audit's malicious cues)
        "[ดูหน้าตา|ดูนิสัย]ก็รู้แล้วว่า[คนนี้|คนแบบนี้]ไม่[ซื่อ|จริงใจกับประชาชน]",
        "[กูรู้|กูก็รู้]ว่า[คนนี้|มัน]ทำอะไรไว้",
        "[เรื่องนี้|]เป็นที่รู้กันทั้ง[ตำบล|หมู่บ้าน|ชุมชน]",
        "ต่อให้ถึง[ศาล|ไหน]ก็จะ[สู้|เอาเรื่อง]ให้ถึงที่สุด",
        "[บ้านมัน|เมียมัน|ญาติมัน]ก็[รู้ดี|รู้เห็นด้วย]",
        "หน้าตา[มัน|]ก็[บอกอยู่แล้ว|ฟ้องอยู่แล้ว]ว่า[ไม่ซื่อ|เห็นแก่ได้]",
        "กูรู้[นะ|]ว่าเรื่องนี้[ไม่ธรรมดา|มีคนรู้เห็น]",
        "[บ้านมัน|บ้านมันเอง]อยู่[แถวนี้|ในตำบลนี้]ด้วย[ซ้ำ|]",
        "ตระกูล[นี้|มัน][ใหญ่ในพื้นที่|มีอิทธิพล][ใครก็ไม่กล้าแตะ|]",
    ),
    "detail": (
        "[เขา|คนนี้]ทำงานอยู่ที่{agency}",
        "เห็น[เขา|อีกฝ่าย]ที่{place}[เมื่อวาน|เมื่อสัปดาห์ก่อน|]",
        "[อยู่|บ้านอยู่]แถว{village} อำเภอ{district}",
        "[รถ|เขาขับรถ]ทะเบียน {plate}",
        "[เขา|คนนี้]เป็น{position}[มาหลายปีแล้ว|]",
    ),
    "vocab": (
        "[ทุจริต|โกง]กันทั้ง[ระบบ|ประเทศ|นั้น][แหละ|]",
        "คอรัปชั่น[เต็มบ้านเต็มเมือง|ทุกหย่อมหญ้า]",
        "[สินบน|เงินใต้โต๊ะ]มีทุกที่[อยู่แล้ว|]",
        "ฮั้ว[กันหมด|กันทุกงาน][แหละ|นั่นแหละ]",
        "[ข้าราชการ|นักการเมือง]ยักยอก[กันเป็นว่าเล่น|ทุกคน]",
        "[ประเทศนี้|บ้านเมืองนี้]มันเป็นแบบนี้[ทุกที่|มานานแล้ว]",
        "[ส่อทุจริต|ส่อว่ามีการทุจริต|เข้าข่ายละเว้นการปฏิบัติหน้าที่|เข้าข่ายผลประโยชน์ทับซ้อน][ชัดเจน|แน่นอน|]",
        "[ใคร ๆ ก็|คนแถวนี้|เขา]บอกว่า[กินกันหมด|ต้องจ่ายก่อน|ไม่มีใครกล้าแตะ]",
    ),
    "demand": (
        "[ขอให้|]ลงโทษ[ให้ถึงที่สุด|ตามกฎหมาย|สถานหนัก]",
        "[ควร|ขอให้]ไล่ออก[จากราชการ|ไปเลย|]",
        "[ขอให้|]ย้ายออกไป[จากพื้นที่|เลย|]",
        "[ต้อง|ขอให้]สอบสวนเอาผิด[ให้ได้|ด้วย]",
        "[ไล่มันออก|ปลดมันออก|เอามันออก][ไปเลย|จากตำแหน่ง|]",
        "คนแบบนี้[ไม่สมควร|ไม่ควร]เป็น[ข้าราชการ|เจ้าหน้าที่รัฐ][อีกต่อไป|]",
        "[ขอให้ปลด|ควรปลด]ออกจากตำแหน่ง[ด้วย|]",
        "[อยากให้|ขอให้]มันตกงาน[ไปเลย|]",
        "[ขอให้|]ไล่มันออก[จากราชการ|จากที่นี่]",
        "นิสัย[แบบนี้|เสียแบบนี้]ไม่ควร[ได้อยู่ใน|อยู่ใน]ตำแหน่ง",
        "[คนนี้|คนแบบนี้]อย่าให้[ทำงานกับประชาชน|อยู่ในตำแหน่ง]อีก",
    ),
    "polite": (
        "[รบกวน|ขอความกรุณา|ฝาก]ตรวจสอบ[ด้วย|ให้ด้วย|ด้วยนะ]",
        "[ขอให้|]ช่วย[ดำเนินการ|จัดการ|ดูแล]ด้วย",
        "ขอบคุณ[มาก|ล่วงหน้า|]",
        "[แจ้งไปหลายครั้งแล้ว|แจ้งมาหลายรอบแล้ว|แจ้งครั้งที่{count}]",
        "[ขอให้หน่วยงานที่เกี่ยวข้องตรวจสอบ|จึงขอให้ตรวจสอบข้อเท็จจริง]",
        "[ฝาก|ช่วย]ส่งเรื่องให้ถึงคนที่[รับผิดชอบ|มีอำนาจ]ด้วย",
        "[หลายคน|ชาวบ้านหลายคน]ไล่ถาม[เจ้าหน้าที่|ทางเขต|ทางอำเภอ]แล้ว[แต่ไม่มีคำตอบ|ก็ยังเงียบ]",
    ),
    "place": (
        "[ที่|แถว|]ซอย{soi} เขต{khet}",
        "[ที่|แถว]ถนน{bkk_road}[ ช่วง{place}|]",
        "[ช่วงเย็น|ช่วงเช้า|เมื่อวาน|ประมาณสองทุ่ม][ตรง|ที่]{place}",
    ),
    "address": (
        "ซ.{bkk_road} [3|7|12|24|39|50|64|71|101]",
        "ซอย{bkk_road} [5|9/1|18|26|42|55|77] [แขวง{khwaeng} |]เขต{khet}",
        "{bkk_road} [15|22|31|48|88|107] เขต{khet}",
        "ถ.{bkk_road}[ แขวง{khwaeng}| เขต{khet}|]",
        "[ที่|แถว|]ถนน{bkk_road} [แขวง{khwaeng} |]เขต{khet}",
        "เลขที่ [12|45/7|59|103/2|204|331] ซ.{bkk_road} [7|24|64]",
        "[ทุกวัน|ทุกคืน|]ช่วง [17.00-20.00|06.00-09.00|22.00-02.00|เวลา 18.00] น. [แถว|ที่|]ถ.{bkk_road}",
    ),
    # words of substance used without any: what a frivolous rant or a personal attack borrows from real
    # reports (the shortcut audit found each of these words in >90% credible rows without them)
    "decoy": (
        "[ได้ยินว่า|เขาว่ากันว่า]มีการ[โกง|ทุจริต|เล่นพรรคเล่นพวก]กันแน่ๆ",
        "[ใครไม่จ่าย|ถ้าไม่จ่าย]ก็[ไม่ได้อะไร|โดนหมด]แหละ[ประเทศนี้|]",
        "ใบเสร็จ[อะไร|]ก็[ปลอมได้หมด|เชื่อไม่ได้|ทำขึ้นมาเองได้]แหละ",
        "วงเงิน[เท่าไหร่|กี่ล้าน]ก็ไม่รู้ แต่[โกงแน่ๆ|ไม่โปร่งใสแน่นอน|กินกันอิ่มแน่]",
        "[ส่อทุจริต|เข้าข่ายทุจริต|ส่อว่ามีการทุจริต][ชัดๆ|แน่นอน] [ใครๆ ก็รู้|ไม่ต้องบอกก็รู้]",
        "[อาคาร|ตึก]ของ[รัฐ|หลวง]ทุกที่ก็[แบบนี้|เหมือนกันหมด]",
        "ผิด[มาตรา|ข้อ]ไหนก็ไม่รู้ แต่[ผิดแน่ๆ|ต้องผิดแน่นอน]",
        "[จ้าง|ว่าจ้าง]ใครก็[พวกเดียวกันหมด|เด็กเส้นทั้งนั้น]",
        "[บจก.|หจก.|ห้างหุ้นส่วนจำกัด|บริษัท]ไหน[ได้งาน|]ก็[เส้นใหญ่ทั้งนั้น|พวกเดียวกัน]",
        "[เจ้าหน้าที่มาดู|มาตรวจ|เจ้าหน้าที่มา]ก็[เหมือนเดิม|ไม่มีอะไรดีขึ้น|เท่านั้น]",
        "[สอบถาม|อยากทราบ|ขอทราบ]ว่า[บ้านเมืองนี้|ประเทศนี้]จะ[ดีขึ้น|เจริญ]เมื่อไหร่",
        "[ล่าสุด|เมื่อกี้]ก็[เห็น|เจอ]อีกแล้ว [เบื่อ|เซ็ง]มาก",
        "[เบิก|เบิกจ่าย]อะไรก็[ไม่รู้|ไม่มีใครรู้] [เงินหายหมด|ไม่มีใครตรวจ]",
        "[โอน|โอนเงิน]กันไปมา[เท่าไหร่|]ใครจะไปรู้",
        "[ทุกจุด|ทุกที่]ก็[เหมือนกัน|แบบนี้หมด] ไม่ใช่แค่[ที่นี่|แถวนี้]",
        "[วัสดุ|ของ]ก็[ห่วย|ไม่ได้เรื่อง]ทั้งนั้น[แหละ|]",
        # the reports' words without an act (the audit's credible cues of the legal frames)
        "[เก็บ|เรียกเก็บ]กัน[หัวละ|คนละ]กี่บาทก็ไม่รู้",
        "[เป็นเจ้าหน้าที่|เป็นข้าราชการ]แล้ว[ไม่|ไม่เคย][ทำอะไร|สนใจอะไร]",
        "[เข้าข่าย|น่าจะเข้าข่าย]ผิด[อะไรสักอย่าง|กฎหมายแน่ๆ]",
        "[ต้อง|]จ่ายเงิน[ทุกเรื่อง|ทุกอย่าง]แหละ[ประเทศนี้|บ้านเมืองนี้]",
        "[เก็บ|เรียกเก็บ]กัน[หัวละ|คนละ|ครั้งละ] [20|50|100] บาท[ใครจะไปรู้|ก็ไม่รู้จริงไหม]",
        *_DECOY_COMMON,
    ),
    # the city's words without a place, a time or an act, for frivolous and malicious rows about the city
    # (service_issue, other): the audit's credible cues of the city frames (ป้าย, จุด, ในซอย, ผู้ค้า...)
    "decoy_city": (
        "ป้าย[ห้าม|เตือน]ก็[ติดไว้เฉยๆ|ไม่มีใครอ่าน]",
        "หน้าร้าน[ไหน|แถวนี้]ก็[เหมือนกัน|วุ่นวายทั้งนั้น]",
        "[ดิน|ฝุ่น|โคลน]ก็[เต็มไปหมด|เลอะไปทั่ว] [ไม่รู้ใครทำ|ช่างมันเถอะ]",
        "[รถไฟฟ้า|รถเมล์|เรือ]ก็[แย่|ไม่ได้เรื่อง]พอกัน",
        "[รบกวน|รบกวนด้วย]ช่วย[ดูหน่อย|ทำอะไรสักอย่าง]เถอะ [เบื่อ|เซ็ง]มาก",
        "ในซอย[ก็|]มีแต่[ปัญหา|เรื่องน่าเบื่อ][ทั้งนั้น|]",
        "[จุดนี้|ตรงจุดนั้น|ทุกจุด]ก็[เหมือนเดิม|แย่เหมือนกัน]",
        "[วินมอไซค์|วิน|รถเมล์]ก็[วิ่ง|ขับ]กัน[มั่วไปหมด|ไม่ดูใคร]",
        "[กลางคืน|ตอนกลางคืน]ก็[ไม่ต่างกัน|แย่กว่าเดิม]",
        "[หลังคา|กระจก|ถนน]จะแตก[จะพัง|]ก็ไม่มีใครสน",
        "[สน.|ตำรวจ|ป้อม]แถวนี้ก็[ไม่ไหว|เหมือนกัน]",
        "[มาเก็บ|มาเก็บขยะ]ก็[ไม่เคยตรงเวลา|ไม่เคยสะอาด]",
        "[ไซต์|ไซต์งาน]ก่อสร้าง[ที่ไหน|]ก็แบบนี้ทุกที่",
        "[เลน|ช่องทาง]ไหนก็[ติด|แย่]เหมือนกันหมด",
        "[บริเวณนี้|บริเวณนั้น]ก็[แย่|เหมือนเดิม]มา[นานแล้ว|ตลอด]",
        "[ทำให้|ก็ทำให้][เสียอารมณ์|หงุดหงิด|รำคาญ]ทุกวัน",
        "[ของหลวง|ของสาธารณะ]ชำรุด[ไปหมด|ทุกที่][ ไม่มีใครดูแล|]",
        "[ไม่อยาก|ไม่ต้องการ]เห็น[แบบนี้|อะไรแบบนี้]อีกต่อไป",
        *_DECOY_COMMON,
    ),
    "place_rural": (
        "[แถว|]{place} [ตำบล|ต.]{tambon}",
        "[ที่|แถว]{village} อำเภอ{district}",
        "[ช่วงเย็น|ช่วงเช้า|เมื่อวาน|ประมาณสองทุ่ม][ตรง|ที่]{place}",
    ),
}
_POOLS = {name: tuple(compile_template(t) for t in texts) for name, texts in _POOL_TEXTS.items()}
# Which pools each credibility level draws from, and how often: every level carries phrases that are typical
# of the others (a credible report with anger and demands; a rant or an attack with places and polite asks),
# so that neither a phrase nor its absence gives the label away. Substance (an act, where, who) comes from
# the frame only.
_POOL_WEIGHTS = {
    "credible": {"insult": 1.0, "demand": 1.5, "vocab": 1.0, "polite": 0.5},
    "frivolous": {"vocab": 1.0, "polite": 1.5, "place": 1.5, "demand": 0.3, "operator": 0.5, "decoy": 2.5},
    "malicious": {"detail": 1.0, "place": 1.0, "polite": 1.0, "insult": 0.3, "operator": 0.5, "decoy": 1.0},
}
_HARD_OF = {
    ("credible", "insult"): "credible_insult",
    ("credible", "demand"): "credible_insult",
    ("credible", "vocab"): "credible_insult",
    ("malicious", "detail"): "malicious_detail",
    ("frivolous", "vocab"): "frivolous_vocab",
    ("frivolous", "decoy"): "frivolous_vocab",
    ("malicious", "decoy"): "malicious_detail",
}


# Phrases that allege or insinuate wrongdoing (payment, corruption, punishment): added to a credible row that
# alleges nothing (service_issue, other) they would change its category (LABELS.md rule 2), so those rows never
# draw them.
_ALLEGES = re.compile(
    "กิน|จ่าย|สินบน|ส่วย|ใต้โต๊ะ|ฮั้ว|ยักยอก|ทุจริต|โกง|คอรัปชั่น|ละเว้น|ผลประโยชน์|ลงโทษ|ไล่|ปลด|ย้าย|สอบสวน"
    # and words aimed at a person: on a row about a pothole they would make it about an official
    "|คนนี้|คนแบบนี้|หน้าตา|นิสัย|ตกงาน|ทำอะไรไว้|บ้านมัน|เมียมัน|ญาติมัน|ตำแหน่ง|กูรู้|ตระกูล"
)
_NO_ALLEGATION = ("service_issue", "other")
_POOL_CLEAN = {
    name: tuple(compile_template(t) for t in texts if not _ALLEGES.search(t))
    for name, texts in _POOL_TEXTS.items()
}


def _pool_choices(pool: str, category: str, credibility: str) -> tuple[Seq, ...]:
    """The templates of ``pool`` a row of ``category`` and ``credibility`` may draw."""
    if credibility == "credible" and category in _NO_ALLEGATION:
        return _POOL_CLEAN[pool]
    return _POOLS[pool]


def _augment(
    text: str,
    credibility: str,
    rng: random.Random,
    fill: Callable[[str, random.Random], str],
    category: str = "",
) -> tuple[str, str]:
    weights = _POOL_WEIGHTS[credibility]
    if credibility == "credible" and category in _NO_ALLEGATION:  # only pools with a clean template
        weights = {k: w for k, w in weights.items() if _POOL_CLEAN[k]}
    pool = rng.choices(sorted(weights), weights=[weights[k] for k in sorted(weights)])[0]
    if pool == "operator":  # a desk operator writing up the call in the third person
        if infer_speaker(text) is None and not _FORM_HEADER.match(text):
            return f"ผู้ร้องแจ้งว่า {text}", ""
        pool = "polite"
    if pool == "place" and not getattr(fill, "bangkok", True):
        pool = "place_rural"
    sentence = render(rng.choice(_pool_choices(pool, category, credibility)), rng, fill)
    opens = _FORM_HEADER.match(text) or text.lstrip().startswith(
        ("ฮัลโหล", "สวัสดี", "เรียน", "กราบเรียน", "ครับ", "ค่ะ")
    )
    text = f"{sentence} {text}" if not opens and rng.random() < 0.5 else f"{text} {sentence}"
    return text, _HARD_OF.get((credibility, pool), "")


def _decoy(text: str, rng: random.Random, fill: Callable[[str, random.Random], str], pool: str) -> str:
    """One decoy sentence: the city's words on a row about the city, the reports' words on the others (city
    words on a bribery row would teach the category head that they are not about service)."""
    sentence = render(rng.choice(_POOLS[pool]), rng, fill)
    return f"{sentence} {text}" if rng.random() < 0.3 else f"{text} {sentence}"


_HAS_ADDRESS = re.compile(r"ซอย|ซ\.|ถนน|ถ\.|แขวง|เลขที่")


def _address(
    text: str, rng: random.Random, fill: Callable[[str, random.Random], str], values: dict[str, str]
) -> str:
    """``text`` with a Bangkok address line before or after it (its world's khet and khwaeng); the slot
    values join ``values``, so that the noise step leaves the names alone."""
    line = render(rng.choice(_POOLS["address"]), rng, fill, values)
    if _FORM_HEADER.match(text) or rng.random() < 0.5:
        return f"{text} {line}"
    return f"{line} {text}"


# --- channel styles ----------------------------------------------------------------------------

_THAI = r"\u0e00-\u0e7f"
_SPACE_BETWEEN_THAI = re.compile(rf"(?<=[{_THAI}]) (?=[{_THAI}])")
_LINE_ENDINGS = {
    "male": ("ครับ", "นะครับ", "ด้วยครับ", "ครับผม"),
    "female": ("ค่ะ", "นะคะ", "ด้วยค่ะ", "จ้า"),
    None: ("", "!!!", "??", " 555", " 🙏", "...", " ด้วย", " ด่วน"),
}
_FILLERS = ("เอ่อ", "คือ", "แบบว่า", "อ่า", "คือว่า", "เอ่อ คือ", "ก็")
_FORM_HEADER = re.compile(r"^\s*(?:เรื่อง|หัวข้อ|รายละเอียด|ปัญหา|เรียน)\s*:?")
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
    "จึงใคร่ขอความกรุณาตรวจสอบข้อเท็จจริง",
)


def _elongate(text: str, rng: random.Random, values: dict[str, str]) -> str:
    """Stretch a final consonant (a sentence end, never inside a name or other slot value)."""
    spans = protected_spans(text, values.values())
    spots = [
        m.end() - 1
        for m in re.finditer(r"[ก-ฮ](?=[ \n!?]|$)", text)
        if all(not a <= m.start() < b for a, b in spans)
    ]
    if not spots:
        return text
    i = rng.choice(spots)
    return text[: i + 1] + text[i] * rng.randint(2, 5) + text[i + 1 :]


def _style_line_chat(text: str, rng: random.Random, values: dict[str, str], speaker: str | None) -> str:
    text = text.replace("\n", " ")
    if "ดิฉัน" in text and rng.random() < 0.4:  # in a chat women write ฉัน more than the formal ดิฉัน
        text = text.replace("ดิฉัน", "ฉัน")
    if rng.random() < 0.5:
        text = _SPACE_BETWEEN_THAI.sub("", text)
    if rng.random() < 0.2:
        text = _elongate(text, rng, values)
    if rng.random() < 0.4:
        ends = _LINE_ENDINGS[None] + _LINE_ENDINGS.get(speaker, ())
        end = rng.choice(ends)
        if not text.rstrip().endswith(end.strip() or "\0"):
            text = text.rstrip() + end
    return text


def _style_web_form(text: str, rng: random.Random, values: dict[str, str], speaker: str | None) -> str:
    """A form header on some rows (real Traffy tickets rarely carry one: the adversarial check found ": " the
    strongest mark of a generated row); the province line is the row's own (its world's), never a random one."""
    if _FORM_HEADER.match(text):  # the frame has its own form header: never a second one
        return text
    r = rng.random()
    if r < 0.1:
        where = values.get("province")
        return f"รายละเอียด: {text}\nจังหวัด: {where}" if where else f"รายละเอียด: {text}"
    if r < 0.16:
        return f"ปัญหา: {text}"
    return text


def _style_letter(text: str, rng: random.Random, values: dict[str, str], speaker: str | None) -> str:
    if "เรียน" not in text[:200] and rng.random() < 0.6:
        text = f"{rng.choice(_LETTER_TO)}\n{text}"
    if "จึงเรียนมา" not in text and rng.random() < 0.6:
        text = f"{text}\n{rng.choice(_LETTER_END)}"
    return text


_OPENERS = {
    "male": ("ฮัลโหล ครับ ", "ครับ เอ่อ ", "สวัสดีครับ "),
    "female": ("สวัสดีค่ะ ", "ค่ะ คือ ", "ฮัลโหล ค่ะ "),
    None: ("ฮัลโหล ", "เอ่อ "),
}


def _style_phone(text: str, rng: random.Random, values: dict[str, str], speaker: str | None) -> str:
    """Spoken fillers between words (never next to a number or inside a slot value); an opener that agrees
    with the speaker; no emoji (noise.register strips them from transcripts)."""
    spans = protected_spans(text.replace("\n", " "), values.values())
    text = text.replace("\n", " ")
    out: list[str] = []
    pos = 0
    for w in text.split(" "):
        out.append(w)
        pos += len(w) + 1
        free = all(not a < pos <= b for a, b in spans)
        if w and free and not w[-1].isdigit() and rng.random() < 0.07:
            out.append(rng.choice(_FILLERS))
    text = " ".join(out)
    if speaker != "operator" and rng.random() < 0.4:
        text = rng.choice(_OPENERS.get(speaker, _OPENERS[None])) + text
    return text


CHANNEL_STYLES: dict[str, Callable[[str, random.Random, dict[str, str], str | None], str]] = {
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


def _misplace_tone(text: str, rng: random.Random) -> str:
    matches = list(_TONE_AFTER_VOWEL.finditer(text))
    if not matches:
        return text
    m = rng.choice(matches)
    return text[: m.start()] + m.group(2) + m.group(1) + text[m.end() :]


def _code_mix(text: str, rng: random.Random) -> str:
    return _CODE_MIX_RE.sub(lambda m: _CODE_MIX[m.group(0)] if rng.random() < 0.6 else m.group(0), text)


def _noise(text: str, rng: random.Random, values: dict[str, str], channel: str) -> str:
    text = human_noise(text, rng, values.values(), channel)
    if rng.random() < 0.05:
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


def _frame_weights(frames: Sequence[Frame]) -> list[float]:
    return [REAL_FRAME_WEIGHT if ".real_" in f.id else 1.0 for f in frames]


@cache
def _slots(frame: Frame) -> frozenset[str]:
    return frozenset(slots_of(frame.compiled))


def _speaker(frame: Frame, text: str, rng: random.Random) -> str:
    """The frame's speaker, else the gender its rendered wording marks, else a coin (the particles the channel
    style adds then agree with it)."""
    return frame.speaker or infer_speaker(text) or ("male" if rng.random() < 0.5 else "female")


def render_row(index: int, seed: int, cells: dict[tuple[str, str], list[Frame]], seen: set[str]) -> Row:
    """Render row ``index`` of the corpus for ``seed``."""
    rng = random.Random(f"khatkrong-corpus/{seed}/{index}")
    created = START + dt.timedelta(seconds=rng.randrange(0, 3 * 365 * 24 * 3600))
    category = _weighted(rng, CATEGORY_WEIGHTS, [c for c, _ in cells])
    credibility = _weighted(rng, CREDIBILITY_WEIGHTS, [v for c, v in cells if c == category])
    frames = cells[(category, credibility)]
    for _attempt in range(MAX_RETRIES):
        frame = rng.choices(frames, weights=_frame_weights(frames))[0]
        values: dict[str, str] = {}
        world = World(rng, frame.text, created, _slots(frame), frame.setting)
        text = render(frame.compiled, rng, world, values)
        speaker = _speaker(frame, text, rng)
        hard = frame.hard or ""
        if rng.random() < AUGMENT_RATE:
            text, added = _augment(text, credibility, rng, world, category)
            hard = hard or added
        if credibility != "credible" and rng.random() < DECOY_RATE:
            text = _decoy(text, rng, world, "decoy_city" if category in _NO_ALLEGATION else "decoy")
            hard = hard or _HARD_OF[(credibility, "decoy")]
        if (
            credibility != "credible"
            and world.bangkok
            and not _HAS_ADDRESS.search(text)
            and rng.random() < ADDRESS_RATE
        ):
            text = _address(text, rng, world, values)
        channel = rng.choice(frame.channels)
        values.setdefault("province", world("province", rng))  # the world's: Bangkok rows say กรุงเทพมหานคร
        text = CHANNEL_STYLES[channel](text, rng, values, speaker)
        text = register(text, rng, values, channel)
        text = harmonise(text, speaker)
        text = fix_reporter_names(text, values, speaker, rng)
        text = _noise(text, rng, values, channel).strip()
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
    return Row(
        id=f"KK-{seed}-{index:07d}",
        text=text,
        category=out_category,
        credibility=out_credibility,
        channel=channel,
        province=values.get("province") or world("province", rng),
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
