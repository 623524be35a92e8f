"""A coherent world for one corpus row: who speaks, where, which agency, and when.

The generator makes one :class:`World` per row and passes it to the template renderer as the slot filler, so
that every slot of one text agrees with the others:

- **place**: province -> district (อำเภอ) -> subdistrict (ตำบล) from the ``geothai`` gazetteer; a frame that
  uses Bangkok slots (``khet``, ``khwaeng``, ``soi``, ``bkk_road``) gets a Bangkok เขต and one of *its* แขวง;
- **agency**: one agency family per row (local government, police, school, hospital, Bangkok district
  office, ...), and positions and projects are drawn from what that family really has;
- **official**: one gender per row, male when the frame speaks of the official's wife (เมีย, ภรรยา) and
  female when it speaks of her husband (ผัว, สามี); most officials are named by position only, as real
  writers blame an office rather than a person;
- **time**: ``created_at`` is drawn first, and every date, month and year is before it;
- **speaker**: the reporter's gender (the frame's ``speaker``, else what its wording marks) decides first-person
  pronouns, polite particles and the reporter's name (:func:`harmonise`).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from functools import cache

from training.corpus import gazetteer

BANGKOK_SLOTS = frozenset({"khet", "khwaeng", "soi", "bkk_road"})
RURAL_SLOTS = frozenset({"district", "tambon", "village"})


@dataclass(frozen=True)
class Family:
    """Agency types, positions and projects that go together."""

    name: str
    agency_types: tuple[str, ...]
    positions: tuple[str, ...]
    projects: tuple[str, ...]
    weight: float


_ROADS = (
    "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก",
    "โครงการก่อสร้างถนนลาดยางแอสฟัลท์ติก",
    "โครงการก่อสร้างรางระบายน้ำ",
    "โครงการก่อสร้างท่อเหลี่ยม",
)
_OFFICE = ("โครงการจัดซื้อครุภัณฑ์คอมพิวเตอร์", "โครงการปรับปรุงอาคารสำนักงาน", "โครงการจัดซื้อวัสดุสำนักงาน")
FAMILIES: tuple[Family, ...] = (
    Family(
        "local",
        (
            "อบต.",
            "องค์การบริหารส่วนตำบล",
            "เทศบาลตำบล",
            "เทศบาลเมือง",
            "ทต.",
            "เทศบาลนคร",
            "อบจ.",
            "องค์การบริหารส่วนจังหวัด",
        ),
        (
            "นายก อบต.",
            "รองนายก อบต.",
            "ปลัด อบต.",
            "นายกเทศมนตรี",
            "รองนายกเทศมนตรี",
            "ปลัดเทศบาล",
            "หัวหน้าสำนักปลัด",
            "ผู้อำนวยการกองช่าง",
            "นายช่างโยธา",
            "ผู้อำนวยการกองคลัง",
            "เจ้าพนักงานพัสดุ",
            "นักวิชาการเงินและบัญชี",
            "สมาชิกสภา อบต.",
            "ส.อบต.",
            "ประธานสภาเทศบาล",
            "เลขานุการนายก",
            "หัวหน้าฝ่ายการเงิน",
        ),
        (
            *_ROADS,
            "โครงการขุดลอกคลอง",
            "โครงการติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์",
            "โครงการก่อสร้างฝายชะลอน้ำ",
            "โครงการก่อสร้างศาลาอเนกประสงค์",
            "โครงการจัดซื้อรถบรรทุกขยะ",
            "โครงการเจาะบ่อบาดาล",
            "โครงการก่อสร้างสะพาน คสล.",
            "โครงการจัดซื้ออาหารเสริม (นม) โรงเรียน",
            "โครงการปรับปรุงภูมิทัศน์",
            "โครงการติดตั้งกล้องวงจรปิด CCTV",
            "โครงการก่อสร้างลานกีฬา",
        ),
        0.36,
    ),
    Family(
        "police",
        ("สถานีตำรวจภูธร", "สภ.", "สถานีตำรวจทางหลวง"),
        ("สารวัตร", "สารวัตรจราจร", "ผู้กำกับการ", "รองผู้กำกับการ", "ผบ.หมู่", "เจ้าหน้าที่ตำรวจ", "ตำรวจจราจร"),
        ("โครงการติดตั้งกล้องวงจรปิด CCTV", "โครงการปรับปรุงอาคารที่ทำการ", "โครงการจัดซื้อครุภัณฑ์คอมพิวเตอร์"),
        0.12,
    ),
    Family(
        "school",
        (
            "โรงเรียน",
            "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา",
            "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา",
            "วิทยาลัยเทคนิค",
            "ศูนย์พัฒนาเด็กเล็ก",
        ),
        ("ผู้อำนวยการโรงเรียน", "รองผู้อำนวยการโรงเรียน", "ครู", "ครูใหญ่", "เจ้าหน้าที่การเงิน", "เจ้าพนักงานพัสดุ"),
        (
            "โครงการปรับปรุงอาคารเรียน",
            "โครงการจัดซื้อครุภัณฑ์คอมพิวเตอร์",
            "โครงการจัดซื้ออาหารเสริม (นม) โรงเรียน",
            "โครงการก่อสร้างลานกีฬา",
        ),
        0.10,
    ),
    Family(
        "health",
        (
            "รพ.สต.",
            "โรงพยาบาลส่งเสริมสุขภาพตำบล",
            "โรงพยาบาลชุมชน",
            "โรงพยาบาลจังหวัด",
            "สำนักงานสาธารณสุขอำเภอ",
            "สำนักงานสาธารณสุขจังหวัด",
        ),
        ("ผอ.รพ.สต.", "ผู้อำนวยการโรงพยาบาล", "หัวหน้าฝ่ายการเงิน", "เจ้าหน้าที่การเงิน", "เจ้าพนักงานพัสดุ"),
        ("โครงการจัดซื้อวัสดุการแพทย์", "โครงการจัดซื้อครุภัณฑ์คอมพิวเตอร์", "โครงการปรับปรุงอาคารผู้ป่วยนอก"),
        0.08,
    ),
    Family(
        "provincial",
        (
            "ที่ว่าการอำเภอ",
            "ศาลากลางจังหวัด",
            "สำนักงานพัฒนาชุมชนอำเภอ",
            "สำนักงานเกษตรอำเภอ",
            "สำนักงานท้องถิ่นจังหวัด",
            "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด",
        ),
        ("นายอำเภอ", "ปลัดอำเภอ", "ผู้ว่าราชการจังหวัด", "รองผู้ว่าราชการจังหวัด", "กำนัน", "ผู้ใหญ่บ้าน", "ผู้ช่วยผู้ใหญ่บ้าน"),
        ("โครงการก่อสร้างฝายชะลอน้ำ", "โครงการขุดลอกคลอง", "โครงการเจาะบ่อบาดาล", "โครงการก่อสร้างศาลาอเนกประสงค์"),
        0.10,
    ),
    Family(
        "land",
        ("สำนักงานที่ดินจังหวัด", "สำนักงานที่ดินอำเภอ", "สำนักงานที่ดินสาขา", "สำนักงานการปฏิรูปที่ดินจังหวัด"),
        ("เจ้าพนักงานที่ดิน", "หัวหน้าฝ่ายทะเบียน", "เจ้าหน้าที่รังวัด"),
        _OFFICE,
        0.06,
    ),
    Family(
        "state_services",
        (
            "สำนักงานขนส่งจังหวัด",
            "ด่านศุลกากร",
            "สำนักงานสรรพากรพื้นที่",
            "สำนักงานประกันสังคมจังหวัด",
            "สำนักงานจัดหางานจังหวัด",
            "สำนักงานตรวจคนเข้าเมืองจังหวัด",
            "สำนักงานสรรพสามิตพื้นที่",
        ),
        ("เจ้าหน้าที่ขนส่ง", "นายด่านศุลกากร", "เจ้าหน้าที่สรรพากร", "หัวหน้าฝ่ายการเงิน", "เจ้าหน้าที่การเงิน"),
        _OFFICE,
        0.06,
    ),
    Family(
        "works",
        (
            "แขวงทางหลวง",
            "แขวงทางหลวงชนบท",
            "สำนักงานชลประทาน",
            "โครงการชลประทาน",
            "การไฟฟ้าส่วนภูมิภาคอำเภอ",
            "การประปาส่วนภูมิภาคสาขา",
        ),
        ("ผู้อำนวยการแขวง", "นายช่างโยธา", "หัวหน้าหมวดทางหลวง", "เจ้าหน้าที่ประปา", "หัวหน้าฝ่ายการเงิน"),
        (
            "โครงการก่อสร้างถนนลาดยางแอสฟัลท์ติก",
            "โครงการก่อสร้างสะพาน คสล.",
            "โครงการขุดลอกคลอง",
            "โครงการก่อสร้างฝายชะลอน้ำ",
            "โครงการติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์",
        ),
        0.06,
    ),
    Family(
        "nature",
        (
            "หน่วยป้องกันรักษาป่า",
            "อุทยานแห่งชาติ",
            "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด",
            "สำนักงานประมงจังหวัด",
            "สำนักงานปศุสัตว์จังหวัด",
            "ด่านกักกันสัตว์",
        ),
        ("หัวหน้าหน่วยป้องกันรักษาป่า", "หัวหน้าอุทยาน", "เจ้าหน้าที่ป่าไม้", "ประมงจังหวัด", "ปศุสัตว์อำเภอ"),
        ("โครงการปลูกป่า", "โครงการก่อสร้างฝายชะลอน้ำ", "โครงการจัดซื้อวัคซีนสัตว์"),
        0.06,
    ),
)
BANGKOK = Family(
    "bangkok",
    ("สำนักงานเขต", "สน.", "สถานีตำรวจนครบาล"),
    ("ผู้อำนวยการเขต", "ผู้อำนวยการสำนักงานเขต", "เทศกิจ", "หัวหน้าเทศกิจ", "หัวหน้าฝ่ายโยธา", "ตำรวจ สน.", "ตำรวจจราจร"),
    (
        *_ROADS,
        "โครงการขุดลอกคลอง",
        "โครงการติดตั้งไฟฟ้าส่องสว่าง",
        "โครงการติดตั้งกล้องวงจรปิด CCTV",
        "โครงการปรับปรุงภูมิทัศน์",
        "โครงการปรับปรุงทางเท้า",
    ),
    0.0,
)

SELF_NAME = re.compile(r"(?:ข้าพเจ้า|ผมชื่อ|ดิฉันชื่อ|ฉันชื่อ|หนูชื่อ|ผู้แจ้งชื่อ|ผู้ร้องชื่อ|ลงชื่อ|ผม|ดิฉัน)\s*$")
_MALE_MARKS = re.compile(r"ผม|ครับ")
_FEMALE_MARKS = re.compile(r"ดิฉัน|ค่ะ|คะ(?!แนน)|หนูชื่อ")
_WIFE = re.compile("เมีย|ภรรยา|ภริยา|แฟนสาว")
_HUSBAND = re.compile("ผัว|สามี")


@cache
def _geo() -> tuple[
    tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...], dict[str, tuple[str, ...]]
]:
    """(province name, ((district, (subdistricts...)), ...)) for the 76 provinces outside Bangkok, and Bangkok's
    เขต -> แขวง (names without the words เขต/แขวง)."""
    import geothai

    provinces = []
    bangkok: dict[str, tuple[str, ...]] = {}
    for p in sorted(geothai.provinces(), key=lambda p: p.code):
        districts = sorted(geothai.districts(p.code), key=lambda d: d.code)
        if p.code == "10":
            for d in districts:
                bangkok[d.name_th.removeprefix("เขต")] = tuple(
                    s.name_th for s in sorted(geothai.subdistricts(d.code), key=lambda s: s.code)
                )
            continue
        provinces.append(
            (
                p.name_th,
                tuple(
                    (
                        d.name_th,
                        tuple(s.name_th for s in sorted(geothai.subdistricts(d.code), key=lambda s: s.code)),
                    )
                    for d in districts
                ),
            )
        )
    return tuple(provinces), bangkok


def infer_speaker(text: str) -> str | None:
    """The speaker's gender a text's wording marks (more marks of one than the other), else ``None``.

    >>> infer_speaker("ผมแจ้งไปแล้วครับ"), infer_speaker("แจ้งแล้วค่ะ"), infer_speaker("ถนนพัง")
    ('male', 'female', None)
    """
    m, f = len(_MALE_MARKS.findall(text)), len(_FEMALE_MARKS.findall(text))
    if m > f:
        return "male"
    if f > m:
        return "female"
    return None


_TO_MALE = tuple(
    (re.compile(a), b)
    for a, b in (
        ("ดิฉัน|ดิชั้น", "ผม"),
        ("นะคะ", "นะครับ"),
        ("ค่ะ", "ครับ"),
        ("คะ(?!แนน|เน|นอง)", "ครับ"),
        ("หนูชื่อ", "ผมชื่อ"),
    )
)
_TO_FEMALE = tuple(
    (re.compile(a), b) for a, b in (("ครับผม", "ค่ะ"), ("นะครับ", "นะคะ"), ("ครับ", "ค่ะ"), ("ผม", "ดิฉัน"))
)
_HAIR = re.compile("ผม(?=ร่วง|หงอก|ยาว|สั้น|ขาว|เผ้า)")


def harmonise(text: str, speaker: str | None) -> str:
    """Make first-person pronouns and particles agree with ``speaker`` ("male"/"female"; others unchanged).

    >>> harmonise("ผมแจ้งไปแล้วค่ะ", "male")
    'ผมแจ้งไปแล้วครับ'
    >>> harmonise("ผมแจ้งไปแล้วค่ะ", "female")
    'ดิฉันแจ้งไปแล้วค่ะ'
    """
    if speaker == "male":
        for pat, b in _TO_MALE:
            text = pat.sub(b, text)
        return text
    if speaker == "female":
        keep = {m.start() for m in _HAIR.finditer(text)}
        if keep:  # "ผม" as hair: leave those alone
            parts, last = [], 0
            for i in sorted(keep):
                parts.append(_female(text[last:i]))
                parts.append("ผม")
                last = i + 2
            parts.append(_female(text[last:]))
            return "".join(parts)
        return _female(text)
    return text


def _female(text: str) -> str:
    for pat, b in _TO_FEMALE:
        text = pat.sub(b, text)
    return text


def _gender_of_name(value: str) -> str | None:
    if value.startswith(("นาย", "ด.ช.")) and not value.startswith(("นายก", "นายอำเภอ", "นายช่าง", "นายด่าน")):
        return "male"
    if value.startswith(("นาง", "น.ส.", "ด.ญ.")):
        return "female"
    first = value.removeprefix("คุณ").split(" ")[0]
    if first in _name_sets()[0]:
        return "male"
    if first in _name_sets()[1]:
        return "female"
    return None


@cache
def _name_sets() -> tuple[frozenset[str], frozenset[str]]:
    male, female, _, _ = gazetteer._names()
    return frozenset(male) - frozenset(female), frozenset(female) - frozenset(male)


def person(rng: random.Random, sex: str) -> str:
    """A full name of ``sex`` ("male"/"female") in one of the forms real texts use."""
    male, female, family, _ = gazetteer._names()
    given = rng.choice(male if sex == "male" else female)
    surname = rng.choice(family)
    r = rng.random()
    if r < 0.5:
        title = "นาย" if sex == "male" else rng.choice(("นาง", "นางสาว", "น.ส."))
        return f"{title}{given} {surname}"
    if r < 0.7:
        return f"{given} {surname}"
    if r < 0.85:
        return f"คุณ{given}"
    return f"{given} {surname[:1]}."


@dataclass
class World:
    """The slot filler of one row (call it as ``world(kind, rng)``)."""

    rng: random.Random
    template: str
    created_at: dt.datetime
    slots: frozenset[str]
    setting: str | None = None
    official_sex: str = field(init=False)
    bangkok: bool = field(init=False)
    family: Family | None = field(init=False, default=None)
    _place: dict[str, str] = field(init=False, default_factory=dict)
    _anchor: dt.date | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        rng = self.rng
        if _WIFE.search(self.template) and not _HUSBAND.search(self.template):
            self.official_sex = "male"
        elif _HUSBAND.search(self.template) and not _WIFE.search(self.template):
            self.official_sex = "female"
        else:
            self.official_sex = "male" if rng.random() < 0.65 else "female"
        uses_bkk = bool(self.slots & BANGKOK_SLOTS)
        uses_rural = bool(self.slots & RURAL_SLOTS)
        self.bangkok = uses_bkk or (self.setting == "city" and not uses_rural and rng.random() < 0.7)
        if self.bangkok:
            self.family = BANGKOK

    # --- places -------------------------------------------------------------------------------

    def _places(self) -> dict[str, str]:
        if self._place:
            return self._place
        provinces, bangkok = _geo()
        rng = self.rng
        if self.bangkok:
            khet = rng.choice(sorted(bangkok))
            self._place = {"province": "กรุงเทพมหานคร", "khet": khet, "khwaeng": rng.choice(bangkok[khet])}
            self._place["district"], self._place["tambon"] = khet, self._place["khwaeng"]
        else:
            prov, districts = rng.choice(provinces)
            district, subs = rng.choice(districts)
            self._place = {"province": prov, "district": district, "tambon": rng.choice(subs)}
        return self._place

    # --- time ---------------------------------------------------------------------------------

    def _past_date(self, max_days: int = 150) -> dt.date:
        return self.created_at.date() - dt.timedelta(days=self.rng.randint(1, max_days))

    def _anchor_date(self) -> dt.date:
        if self._anchor is None:
            self._anchor = self._past_date(330)
        return self._anchor

    def _date(self) -> str:
        d = self._past_date()
        day, month, year = d.day, d.month, d.year + 543
        r = self.rng.random()
        if r < 0.3:
            return f"{day} {gazetteer.MONTHS_ABBR[month - 1]} {year % 100}"
        if r < 0.5:
            return f"{day}/{month:02d}/{year}"
        if r < 0.7:
            return f"{day} {gazetteer.MONTHS_FULL[month - 1]} {year}"
        if r < 0.8:
            return f"{day} {gazetteer.MONTHS_FULL[month - 1]} {year}".translate(gazetteer.THAI_DIGITS)
        if r < 0.9:
            return f"{day} {gazetteer.MONTHS_ABBR[month - 1]}{year}"
        return f"{day}/{month}/{year % 100}"

    # --- agencies -----------------------------------------------------------------------------

    def _family(self) -> Family:
        if self.family is None:
            self.family = self.rng.choices(FAMILIES, weights=[f.weight for f in FAMILIES])[0]
        return self.family

    def _agency(self) -> str:
        fam, place, rng = self._family(), self._places(), self.rng
        kind = rng.choice(fam.agency_types)
        if fam is BANGKOK:
            return f"{kind}{place['khet']}" if kind != "สถานีตำรวจนครบาล" else f"{kind}{place['khet']}"
        if kind.endswith("จังหวัด"):
            return kind + place["province"]
        if kind in (
            "สถานีตำรวจภูธร",
            "สภ.",
            "ที่ว่าการอำเภอ",
            "การไฟฟ้าส่วนภูมิภาคอำเภอ",
            "สำนักงานที่ดินอำเภอ",
            "สำนักงานเกษตรอำเภอ",
            "สำนักงานพัฒนาชุมชนอำเภอ",
            "สำนักงานสาธารณสุขอำเภอ",
            "โรงพยาบาลชุมชน",
        ):
            return kind + place["district"].removeprefix("อำเภอ")
        if kind in ("โรงเรียน", "รพ.สต.", "โรงพยาบาลส่งเสริมสุขภาพตำบล", "ศูนย์พัฒนาเด็กเล็ก"):
            return kind + "บ้าน" + gazetteer._village_name(rng)
        if kind in ("สถานีตำรวจทางหลวง", "หน่วยป้องกันรักษาป่า", "อุทยานแห่งชาติ", "ด่านศุลกากร", "ด่านกักกันสัตว์"):
            return kind + place["district"]
        return kind + place["tambon"]

    def _project(self) -> str:
        fam, rng = self._family(), self.rng
        kind = rng.choice(fam.projects)
        if fam is BANGKOK and ("ถนน" in kind or "ราง" in kind or "ท่อ" in kind or "ทางเท้า" in kind):
            return f"{kind} ซอย{gazetteer._soi(rng)}"
        if "ถนน" in kind or "ราง" in kind or "ท่อ" in kind:
            return f"{kind} สายบ้าน{gazetteer._village_name(rng)}-บ้าน{gazetteer._village_name(rng)}"
        if rng.random() < 0.5 and fam is not BANGKOK:
            return f"{kind} หมู่ที่ {rng.randint(1, 15)}"
        return kind

    def _official(self) -> str:
        pos = self.rng.choice(self._family().positions)
        if self.rng.random() < 0.6:  # real writers mostly name the position, not the person
            return pos
        given = self._given(self.official_sex)
        return f"{pos}{given}" if self.rng.random() < 0.6 else f"{pos} {given}"

    def _given(self, sex: str) -> str:
        male, female, _, _ = gazetteer._names()
        return self.rng.choice(male if sex == "male" else female)

    # --- the filler ---------------------------------------------------------------------------

    def __call__(self, kind: str, rng: random.Random) -> str:
        if kind in ("province", "district", "tambon", "khet", "khwaeng"):
            place = self._places()
            return place[kind] if kind in place else gazetteer.fill(kind, rng)
        if kind == "agency":
            return self._agency()
        if kind == "position":
            return rng.choice(self._family().positions)
        if kind == "project":
            return self._project()
        if kind == "official":
            return self._official()
        if kind == "date":
            return self._date()
        if kind == "month":
            return gazetteer.MONTHS_FULL[self._anchor_date().month - 1]
        if kind == "year":
            return str(self._anchor_date().year + 543)
        if kind == "name" and (_WIFE.search(self.template) or _HUSBAND.search(self.template)):
            return self._given(self.official_sex)
        return gazetteer.fill(kind, rng)


def fix_reporter_names(text: str, values: dict[str, str], speaker: str | None, rng: random.Random) -> str:
    """Give the reporter (a name right after ข้าพเจ้า, ผมชื่อ, ดิฉันชื่อ, ลงชื่อ...) a name of the speaker's gender."""
    if speaker not in ("male", "female"):
        return text
    for slot, value in list(values.items()):
        if not value or not re.match(r"^(?:person|name)\d*$", slot):
            continue
        i = text.find(value)
        if i < 0 or not SELF_NAME.search(text[max(0, i - 12) : i]):
            continue
        sex = _gender_of_name(value)
        if sex is None or sex == speaker:
            continue
        new = (
            person(rng, speaker)
            if slot.startswith("person")
            else rng.choice(gazetteer._names()[0 if speaker == "male" else 1])
        )
        text = text.replace(value, new)
        values[slot] = new
    return text
