"""Gazetteers that fill frame slots: real names and places that ship offline, curated agency lists.

Provinces and Thai given/family names come from pythainlp's bundled corpus; agency types, positions,
districts and the rest are curated here. Every filler takes a seeded ``random.Random`` so a corpus is
byte-for-byte reproducible.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import cache

AGENCY_TYPES: tuple[str, ...] = (
    "อบต.",
    "องค์การบริหารส่วนตำบล",
    "อบจ.",
    "องค์การบริหารส่วนจังหวัด",
    "เทศบาลตำบล",
    "เทศบาลเมือง",
    "เทศบาลนคร",
    "ทต.",
    "สำนักงานที่ดินจังหวัด",
    "สำนักงานที่ดินอำเภอ",
    "สถานีตำรวจภูธร",
    "สภ.",
    "สถานีตำรวจนครบาล",
    "สน.",
    "รพ.สต.",
    "โรงพยาบาลส่งเสริมสุขภาพตำบล",
    "โรงพยาบาลชุมชน",
    "โรงพยาบาลจังหวัด",
    "สำนักงานขนส่งจังหวัด",
    "ด่านศุลกากร",
    "โรงเรียน",
    "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา",
    "ที่ว่าการอำเภอ",
    "ศาลากลางจังหวัด",
    "สำนักงานสรรพากรพื้นที่",
    "การไฟฟ้าส่วนภูมิภาคอำเภอ",
    "การประปาส่วนภูมิภาคสาขา",
    "แขวงทางหลวง",
    "แขวงทางหลวงชนบท",
    "สำนักงานเขต",
    "สำนักงานปศุสัตว์จังหวัด",
    "สำนักงานเกษตรอำเภอ",
    "สำนักงานประมงจังหวัด",
    "สำนักงานพัฒนาชุมชนอำเภอ",
    "สำนักงานสาธารณสุขอำเภอ",
    "สำนักงานสาธารณสุขจังหวัด",
    "สำนักงานประกันสังคมจังหวัด",
    "สำนักงานจัดหางานจังหวัด",
    "ด่านตรวจคนเข้าเมือง",
    "สำนักงานตรวจคนเข้าเมืองจังหวัด",
    "เรือนจำจังหวัด",
    "สำนักงานคุมประพฤติจังหวัด",
    "สำนักงานสรรพสามิตพื้นที่",
    "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด",
    "หน่วยป้องกันรักษาป่า",
    "อุทยานแห่งชาติ",
    "สำนักงานชลประทาน",
    "โครงการชลประทาน",
    "สำนักงานการปฏิรูปที่ดินจังหวัด",
    "สำนักงานพาณิชย์จังหวัด",
    "สำนักงานอุตสาหกรรมจังหวัด",
    "สำนักงานวัฒนธรรมจังหวัด",
    "สำนักงานท้องถิ่นจังหวัด",
    "สำนักงานคลังจังหวัด",
    "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด",
    "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด",
    "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา",
    "วิทยาลัยเทคนิค",
    "ศูนย์พัฒนาเด็กเล็ก",
    "สำนักงานธนารักษ์พื้นที่",
    "สำนักงานบังคับคดีจังหวัด",
    "สำนักงานที่ดินสาขา",
    "ด่านกักกันสัตว์",
    "สถานีตำรวจทางหลวง",
)
"""At least 60 agency types; ``agency`` slots combine one with a place name."""

POSITIONS: tuple[str, ...] = (
    "นายก อบต.",
    "รองนายก อบต.",
    "ปลัด อบต.",
    "นายกเทศมนตรี",
    "รองนายกเทศมนตรี",
    "ปลัดเทศบาล",
    "ปลัดอำเภอ",
    "นายอำเภอ",
    "ผู้ว่าราชการจังหวัด",
    "รองผู้ว่าราชการจังหวัด",
    "กำนัน",
    "ผู้ใหญ่บ้าน",
    "ผู้ช่วยผู้ใหญ่บ้าน",
    "สารวัตร",
    "สารวัตรจราจร",
    "ผู้กำกับการ",
    "รองผู้กำกับการ",
    "ผบ.หมู่",
    "ผู้อำนวยการโรงเรียน",
    "รองผู้อำนวยการโรงเรียน",
    "ผอ.รพ.สต.",
    "ผู้อำนวยการโรงพยาบาล",
    "หัวหน้าสำนักปลัด",
    "ผู้อำนวยการกองช่าง",
    "นายช่างโยธา",
    "ผู้อำนวยการกองคลัง",
    "เจ้าพนักงานพัสดุ",
    "นักวิชาการเงินและบัญชี",
    "เจ้าพนักงานที่ดิน",
    "เจ้าหน้าที่ขนส่ง",
    "นายด่านศุลกากร",
    "หัวหน้าหน่วยป้องกันรักษาป่า",
    "หัวหน้าอุทยาน",
    "ครู",
    "ครูใหญ่",
    "สมาชิกสภา อบต.",
    "ส.อบต.",
    "สจ.",
    "ประธานสภาเทศบาล",
    "เลขานุการนายก",
    "หัวหน้าฝ่ายการเงิน",
    "เจ้าหน้าที่การเงิน",
    "ผู้อำนวยการเขต",
    "ผู้อำนวยการสำนักงานเขต",
    "เทศกิจ",
    "หัวหน้าเทศกิจ",
    "เจ้าหน้าที่ตำรวจ",
    "ตำรวจจราจร",
    "เจ้าหน้าที่สรรพากร",
    "เจ้าหน้าที่ประปา",
)
"""At least 40 official positions."""

DISTRICTS: tuple[str, ...] = (
    "เมือง",
    "บางพลี",
    "บางบัวทอง",
    "หาดใหญ่",
    "สันทราย",
    "สันกำแพง",
    "แม่ริม",
    "หางดง",
    "ปากช่อง",
    "พิมาย",
    "บ้านไผ่",
    "น้ำพอง",
    "ชุมแพ",
    "กระนวน",
    "วารินชำราบ",
    "เดชอุดม",
    "กันทรลักษ์",
    "ศรีสะเกษ",
    "ท่าบ่อ",
    "โพนพิสัย",
    "สว่างแดนดิน",
    "บ้านดุง",
    "กุมภวาปี",
    "หนองหาน",
    "เชียงคาน",
    "ด่านซ้าย",
    "ศรีราชา",
    "บางละมุง",
    "สัตหีบ",
    "ปลวกแดง",
    "บ้านโป่ง",
    "โพธาราม",
    "ดำเนินสะดวก",
    "สามพราน",
    "นครชัยศรี",
    "ปากเกร็ด",
    "บางใหญ่",
    "ลำลูกกา",
    "ธัญบุรี",
    "คลองหลวง",
    "บางปะอิน",
    "อุทัย",
    "ท่าเรือ",
    "แก่งคอย",
    "บ้านหมอ",
    "ทุ่งสง",
    "ท่าศาลา",
    "ปากพนัง",
    "กาญจนดิษฐ์",
    "เกาะสมุย",
    "ถลาง",
    "กะทู้",
    "ตะกั่วป่า",
    "สุไหงโก-ลก",
    "เบตง",
    "ยะหริ่ง",
    "ทุ่งช้าง",
    "เชียงของ",
    "แม่สาย",
    "แม่สอด",
    "อุ้มผาง",
    "ศรีสัชนาลัย",
    "วังทอง",
    "หล่มสัก",
    "ชัยบาดาล",
    "บางปลาม้า",
    "อู่ทอง",
    "สองพี่น้อง",
    "ท่ามะกา",
    "จอมบึง",
    "หัวหิน",
    "ปราณบุรี",
    "ชะอำ",
    "ท่ายาง",
    "บ้านลาด",
    "นางรอง",
    "ประโคนชัย",
    "สตึก",
    "ปราสาท",
    "สังขะ",
    "รัตนบุรี",
    "ยางตลาด",
    "กมลาไสย",
    "บรบือ",
    "โกสุมพิสัย",
    "เสลภูมิ",
    "โพนทอง",
)

TAMBON_PREFIXES = (
    "หนอง",
    "บ้าน",
    "โนน",
    "ดอน",
    "ห้วย",
    "นา",
    "ท่า",
    "บาง",
    "คลอง",
    "วัง",
    "โคก",
    "สระ",
    "ทุ่ง",
    "หัว",
    "ป่า",
)
TAMBON_SUFFIXES = (
    "บัว",
    "แวง",
    "ใหม่",
    "เก่า",
    "ใหญ่",
    "น้อย",
    "ทอง",
    "แดง",
    "ขาม",
    "ไผ่",
    "โพธิ์",
    "หว้า",
    "ยาง",
    "เตย",
    "สะแก",
    "จาน",
    "กุง",
    "ตาล",
    "มะม่วง",
    "ค้อ",
    "หิน",
    "ทราย",
    "เรือ",
    "ช้าง",
    "ม่วง",
    "ดู่",
    "ตูม",
    "สวรรค์",
)

ROADS = (
    "ถนนมิตรภาพ",
    "ถนนพหลโยธิน",
    "ถนนเพชรเกษม",
    "ถนนสุขุมวิท",
    "ถนนรามคำแหง",
    "ถนนลาดพร้าว",
    "ถนนรัชดาภิเษก",
    "ถนนประชาอุทิศ",
    "ถนนเทศบาล 3",
    "ถนนศรีจันทร์",
    "ถนนหน้าเมือง",
    "ถนนนิมมานเหมินท์",
    "ถนนโชตนา",
    "ถนนสายเอเชีย",
    "ถนนบางนา-ตราด",
    "ถนนแจ้งวัฒนะ",
    "ถนนงามวงศ์วาน",
    "ถนนพระราม 2",
    "ถนนเพชรบุรี",
    "ถนนอ่อนนุช",
    "ถนนประชาสโมสร",
    "ถนนกาญจนวนิช",
    "ถนนสุรนารายณ์",
    "ถนนชยางกูร",
)
SOI_ROADS = (
    "สุขุมวิท",
    "ลาดพร้าว",
    "รามคำแหง",
    "อ่อนนุช",
    "ประชาอุทิศ",
    "พหลโยธิน",
    "เพชรเกษม",
    "ปรีดีพนมยงค์",
    "แจ้งวัฒนะ",
    "วัดด่าน",
)

PLACES = (
    "หน้าตลาดสด",
    "ตรงสามแยกไฟแดง",
    "หน้าโรงเรียน",
    "ข้างวัด",
    "หน้าเซเว่น",
    "ปากซอย",
    "ท้ายซอย",
    "หน้าศาลาประชาคม",
    "ริมคลอง",
    "หน้าที่ทำการ อบต.",
    "หน้าสถานีตำรวจ",
    "ตรงวงเวียน",
    "ใต้สะพานลอย",
    "หน้าตลาดนัด",
    "ข้างสนามกีฬา",
    "หน้าโรงพยาบาล",
    "ทางเข้าหมู่บ้าน",
    "ตรงป้ายรถเมล์",
    "หลังที่ว่าการอำเภอ",
    "หน้าปั๊มน้ำมัน",
    "ลานจอดรถ",
    "ตรงโค้งหักศอก",
    "หน้าร้านก๋วยเตี๋ยว",
    "ข้างศูนย์พัฒนาเด็กเล็ก",
    "หน้าบ่อขยะ",
)

PROJECT_KINDS = (
    "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก",
    "โครงการก่อสร้างถนนลาดยางแอสฟัลท์ติก",
    "โครงการขุดลอกคลอง",
    "โครงการก่อสร้างรางระบายน้ำ",
    "โครงการติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์",
    "โครงการก่อสร้างฝายชะลอน้ำ",
    "โครงการจัดซื้อครุภัณฑ์คอมพิวเตอร์",
    "โครงการปรับปรุงอาคารเรียน",
    "โครงการก่อสร้างศาลาอเนกประสงค์",
    "โครงการจัดซื้อรถบรรทุกขยะ",
    "โครงการเจาะบ่อบาดาล",
    "โครงการก่อสร้างสะพาน คสล.",
    "โครงการจัดซื้ออาหารเสริม (นม) โรงเรียน",
    "โครงการปรับปรุงภูมิทัศน์",
    "โครงการก่อสร้างท่อเหลี่ยม",
    "โครงการจัดซื้อวัสดุการแพทย์",
    "โครงการติดตั้งกล้องวงจรปิด CCTV",
    "โครงการก่อสร้างลานกีฬา",
)

COMPANY_FORMS = ("หจก.", "ห้างหุ้นส่วนจำกัด ", "บริษัท ", "บจก.")
COMPANY_WORDS = (
    "รุ่งเรือง",
    "ศรีสุข",
    "มั่นคง",
    "เจริญทรัพย์",
    "สยาม",
    "ทองคำ",
    "พัฒนา",
    "ไทยรุ่ง",
    "เพิ่มพูน",
    "ชัยมงคล",
    "อีสานรวมช่าง",
    "เหนือฟ้า",
    "บูรพา",
    "ธนกิจ",
    "สหมิตร",
    "โชคชัย",
    "กิจเจริญ",
    "วิศวกรรม",
)
COMPANY_TRADES = ("ก่อสร้าง", "วัสดุ", "การโยธา", "ค้าวัสดุ", "เทรดดิ้ง", "ซัพพลาย", "คอนสตรัคชั่น", "เอ็นจิเนียริ่ง", "การค้า")

MONTHS_FULL = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
MONTHS_ABBR = (
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
WEEKDAYS = ("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์", "วันพฤหัส")
PLATE_LETTERS = "กขคฆงจฉชซญฎฐณดตถทธนบปผพฟภมยรลวศษสหฬอฮ"
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
THAI_NUMBER_WORDS = ("หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
SPOKEN_HOURS = (
    "แปดโมงเช้า",
    "เก้าโมง",
    "สิบโมง",
    "เที่ยง",
    "บ่ายโมง",
    "บ่ายสองโมง",
    "บ่ายสาม",
    "สี่โมงเย็น",
    "หกโมงเย็น",
    "ทุ่มนึง",
    "สองทุ่ม",
    "ตีหนึ่ง",
)
EMAIL_DOMAINS = ("gmail.com", "hotmail.com", "yahoo.com", "outlook.co.th")
BANKS = ("กสิกร", "กรุงไทย", "ไทยพาณิชย์", "ออมสิน", "ธ.ก.ส.", "กรุงเทพ")
LATIN = "abcdefghijklmnopqrstuvwxyz"


@cache
def _names() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    from pythainlp.corpus import provinces, thai_family_names, thai_female_names, thai_male_names

    male = tuple(sorted(thai_male_names()))
    female = tuple(sorted(thai_female_names()))
    family = tuple(sorted(thai_family_names()))
    provs = tuple(sorted(str(p) for p in provinces()))
    return male, female, family, provs


def _given(rng: random.Random) -> tuple[str, str]:
    male, female, _, _ = _names()
    if rng.random() < 0.55:
        return rng.choice(male), "m"
    return rng.choice(female), "f"


def _person(rng: random.Random) -> str:
    given, sex = _given(rng)
    family = rng.choice(_names()[2])
    r = rng.random()
    if r < 0.5:
        title = "นาย" if sex == "m" else rng.choice(("นาง", "นางสาว", "น.ส."))
        return f"{title}{given} {family}"
    if r < 0.7:
        return f"{given} {family}"
    if r < 0.85:
        return f"คุณ{given}"
    return f"{given} {family[:1]}."


def _tambon(rng: random.Random) -> str:
    return rng.choice(TAMBON_PREFIXES) + rng.choice(TAMBON_SUFFIXES)


def _village_name(rng: random.Random) -> str:
    """A place name to follow บ้าน (never บ้านบ้าน...)."""
    return rng.choice([p for p in TAMBON_PREFIXES if p != "บ้าน"]) + rng.choice(TAMBON_SUFFIXES)


def _money(value: int, rng: random.Random) -> str:
    r = rng.random()
    if value >= 1_000_000 and r < 0.35:
        m = value / 1_000_000
        text = f"{m:.1f}".rstrip("0").rstrip(".")
        return f"{text} ล้านบาท" if rng.random() < 0.7 else f"{text}ล้าน"
    if r < 0.55:
        return f"{value:,} บาท"
    if r < 0.7:
        return f"{value}บาท"
    if r < 0.8:
        return f"{value:,}.- บาท"
    if r < 0.9 and value < 1_000_000 and value % 10_000 == 0:
        return f"{THAI_NUMBER_WORDS[(value // 10_000 - 1) % 9]}หมื่นบาท"
    return f"{value:,} บาท".translate(THAI_DIGITS) if rng.random() < 0.5 else f"{value:,}บาท"


def _amount_small(rng: random.Random) -> str:
    return _money(rng.choice((100, 200, 300, 500, 500, 1000, 1000, 1500, 2000, 3000, 5000)), rng)


def _amount_big(rng: random.Random) -> str:
    base = rng.choice(
        (150_000, 280_000, 450_000, 499_000, 850_000, 1_200_000, 2_500_000, 3_480_000, 7_900_000, 12_000_000)
    )
    return _money(int(round(base * rng.uniform(0.8, 1.2), -3)), rng)


def _amount(rng: random.Random) -> str:
    return _amount_small(rng) if rng.random() < 0.4 else _money(rng.randint(5, 900) * 1000, rng)


def _date(rng: random.Random) -> str:
    day, month, year = (
        rng.randint(1, 28),
        rng.randint(1, 12),
        rng.choice((2565, 2566, 2567, 2568, 2568, 2569)),
    )
    r = rng.random()
    if r < 0.3:
        return f"{day} {MONTHS_ABBR[month - 1]} {year % 100}"
    if r < 0.5:
        return f"{day}/{month:02d}/{year}"
    if r < 0.7:
        return f"{day} {MONTHS_FULL[month - 1]} {year}"
    if r < 0.8:
        return f"{day} {MONTHS_FULL[month - 1]} {year}".translate(THAI_DIGITS)
    if r < 0.9:
        return f"{day} {MONTHS_ABBR[month - 1]}{year}"
    return f"{day}/{month}/{year % 100}"


def _time(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.randint(6, 22)}.{rng.choice(('00', '15', '30', '45'))} น."
    return rng.choice(SPOKEN_HOURS)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _national_id(rng: random.Random) -> str:
    d = str(rng.randint(1, 8)) + _digits(rng, 12)
    if rng.random() < 0.5:
        return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
    return d


def _phone(rng: random.Random) -> str:
    d = rng.choice(("08", "09", "06")) + _digits(rng, 8)
    return rng.choice((d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"))


def _latin_handle(rng: random.Random) -> str:
    return "".join(rng.choice(LATIN) for _ in range(rng.randint(4, 8))) + (
        _digits(rng, 2) if rng.random() < 0.5 else ""
    )


def _contract_no(rng: random.Random) -> str:
    n, y = rng.randint(1, 120), rng.choice((2566, 2567, 2568))
    return rng.choice(
        (
            f"สัญญาเลขที่ {n}/{y}",
            f"สัญญาจ้างเลขที่ {n}/{y}",
            f"ใบสั่งจ้างที่ {n}/{y}",
            f"สัญญาซื้อขายเลขที่ {n}/{y}",
            f"จ้าง {n}/{y}",
        )
    )


def _doc_no(rng: random.Random) -> str:
    prefix = rng.choice(("ขก", "นม", "ชม", "อบ", "สข", "มท", "ศธ", "ลป", "กจ"))
    return rng.choice(
        (
            f"หนังสือที่ {prefix} {rng.randint(10, 99):04d}.{rng.randint(1, 9)}/{rng.randint(100, 9999)}",
            f"ที่ {prefix} {rng.randint(1000, 9999)}/ว {rng.randint(10, 999)}",
            f"ฎีกาเลขที่ {rng.randint(1, 500)}/{rng.choice((2567, 2568))}",
            f"ใบเสร็จเล่มที่ {rng.randint(1, 60)} เลขที่ {rng.randint(1, 50)}",
            f"คำสั่งที่ {rng.randint(1, 400)}/{rng.choice((2567, 2568))}",
        )
    )


def _plate(rng: random.Random) -> str:
    letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
    prefix = str(rng.randint(1, 9)) if rng.random() < 0.3 else ""
    plate = f"{prefix}{letters} {rng.randint(1, 9999)}"
    return plate + (" " + rng.choice(_names()[3]) if rng.random() < 0.5 else "")


def _agency(rng: random.Random) -> str:
    kind = rng.choice(AGENCY_TYPES)
    if "จังหวัด" in kind[-7:]:
        return kind + rng.choice(_names()[3])
    if kind in (
        "สถานีตำรวจภูธร",
        "สภ.",
        "ที่ว่าการอำเภอ",
        "การไฟฟ้าส่วนภูมิภาคอำเภอ",
        "สำนักงานที่ดินอำเภอ",
        "สำนักงานเกษตรอำเภอ",
    ):
        return kind + rng.choice(DISTRICTS)
    if kind in ("โรงเรียน", "รพ.สต.", "โรงพยาบาลส่งเสริมสุขภาพตำบล", "ศูนย์พัฒนาเด็กเล็ก"):
        return kind + "บ้าน" + _village_name(rng)
    return kind + _tambon(rng)


def _project(rng: random.Random) -> str:
    kind = rng.choice(PROJECT_KINDS)
    if "ถนน" in kind or "ราง" in kind or "ท่อ" in kind:
        return f"{kind} สายบ้าน{_village_name(rng)}-บ้าน{_village_name(rng)}"
    if rng.random() < 0.5:
        return f"{kind} หมู่ที่ {rng.randint(1, 15)}"
    return kind


def _company(rng: random.Random) -> str:
    form = rng.choice(COMPANY_FORMS)
    name = rng.choice(COMPANY_WORDS) + rng.choice(COMPANY_TRADES)
    return f"{form}{name}" + (" จำกัด" if form.startswith("บริษัท") else "")


def _road(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(ROADS)
    soi = f"{rng.randint(1, 120)}" + (f" แยก {rng.randint(1, 20)}" if rng.random() < 0.3 else "")
    return rng.choice((f"ซอย{rng.choice(SOI_ROADS)} {soi}", f"ซ.{rng.choice(SOI_ROADS)}{soi}"))


def _official(rng: random.Random) -> str:
    pos = rng.choice(POSITIONS)
    given, _ = _given(rng)
    return f"{pos}{given}" if rng.random() < 0.6 else f"{pos} {given}"


def _line_id(rng: random.Random) -> str:
    return _latin_handle(rng)


def _email(rng: random.Random) -> str:
    return f"{_latin_handle(rng)}@{rng.choice(EMAIL_DOMAINS)}"


def _bank_account(rng: random.Random) -> str:
    d = _digits(rng, 10)
    acc = rng.choice((d, f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"))
    return f"{acc} ({rng.choice(BANKS)})" if rng.random() < 0.4 else acc


# Bangkok (เขต/แขวง/ซอย), for city-context frames. A curated first cut: the corpus rebuild replaces it with
# the geothai gazetteer so that แขวง agrees with เขต.
BKK_KHET = (
    "พระนคร",
    "ดุสิต",
    "หนองจอก",
    "บางรัก",
    "บางเขน",
    "บางกะปิ",
    "ปทุมวัน",
    "ป้อมปราบศัตรูพ่าย",
    "พระโขนง",
    "มีนบุรี",
    "ลาดกระบัง",
    "ยานนาวา",
    "สัมพันธวงศ์",
    "พญาไท",
    "ธนบุรี",
    "บางกอกใหญ่",
    "ห้วยขวาง",
    "คลองสาน",
    "ตลิ่งชัน",
    "บางกอกน้อย",
    "บางขุนเทียน",
    "ภาษีเจริญ",
    "หนองแขม",
    "ราษฎร์บูรณะ",
    "บางพลัด",
    "ดินแดง",
    "บึงกุ่ม",
    "สาทร",
    "บางซื่อ",
    "จตุจักร",
    "บางคอแหลม",
    "ประเวศ",
    "คลองเตย",
    "สวนหลวง",
    "จอมทอง",
    "ดอนเมือง",
    "ราชเทวี",
    "ลาดพร้าว",
    "วัฒนา",
    "บางแค",
    "หลักสี่",
    "สายไหม",
    "คันนายาว",
    "สะพานสูง",
    "วังทองหลาง",
    "คลองสามวา",
    "บางนา",
    "ทวีวัฒนา",
    "ทุ่งครุ",
    "บางบอน",
)
BKK_ROADS = (
    "สุขุมวิท",
    "ลาดพร้าว",
    "รามคำแหง",
    "พหลโยธิน",
    "เพชรเกษม",
    "จรัญสนิทวงศ์",
    "งามวงศ์วาน",
    "ประชาอุทิศ",
    "อ่อนนุช",
    "พัฒนาการ",
    "ศรีนครินทร์",
    "บางนา-ตราด",
    "วิภาวดีรังสิต",
    "รัชดาภิเษก",
    "ประชาชื่น",
    "เจริญกรุง",
    "เพชรบุรี",
    "สาธุประดิษฐ์",
    "นวมินทร์",
    "เอกชัย",
)


def _soi(rng: random.Random) -> str:
    n = str(rng.randint(1, 120))
    if rng.random() < 0.2:
        n += f"/{rng.randint(1, 9)}"
    return f"{rng.choice(BKK_ROADS)} {n}"


FILLERS: dict[str, Callable[[random.Random], str]] = {
    "person": _person,
    "name": lambda rng: _given(rng)[0],
    "official": _official,
    "position": lambda rng: rng.choice(POSITIONS),
    "agency": _agency,
    "agency_type": lambda rng: rng.choice(AGENCY_TYPES),
    "province": lambda rng: rng.choice(_names()[3]),
    "district": lambda rng: rng.choice(DISTRICTS),
    "tambon": _tambon,
    "village": lambda rng: (
        f"บ้าน{_village_name(rng)} " + rng.choice(("หมู่ ", "หมู่ที่ ", "ม.")) + str(rng.randint(1, 18))
    ),
    "amount": _amount,
    "amount_small": _amount_small,
    "amount_big": _amount_big,
    "date": _date,
    "time": _time,
    "contract_no": _contract_no,
    "doc_no": _doc_no,
    "plate": _plate,
    "project": _project,
    "company": _company,
    "road": _road,
    "place": lambda rng: rng.choice(PLACES),
    "school": lambda rng: "โรงเรียนบ้าน" + _village_name(rng),
    "hospital": lambda rng: (
        rng.choice(("รพ.สต.บ้าน", "โรงพยาบาล", "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้าน")) + _village_name(rng)
    ),
    "phone": _phone,
    "national_id": _national_id,
    "email": _email,
    "bank_account": _bank_account,
    "line_id": _line_id,
    "month": lambda rng: rng.choice(MONTHS_FULL),
    "year": lambda rng: str(rng.choice((2566, 2567, 2568, 2569))),
    "count": lambda rng: str(rng.randint(2, 12)),
    "weekday": lambda rng: rng.choice(WEEKDAYS),
    "khet": lambda rng: rng.choice(BKK_KHET),  # a Bangkok district name, without the word เขต
    "khwaeng": lambda rng: rng.choice(BKK_KHET),  # a Bangkok subdistrict name, without the word แขวง
    "soi": _soi,  # a soi off a Bangkok road, without the word ซอย: "ลาดพร้าว 64"
    "bkk_road": lambda rng: rng.choice(BKK_ROADS),  # a Bangkok road name, without the word ถนน
}


def fill(kind: str, rng: random.Random) -> str:
    """A value for one slot kind.

    >>> import random
    >>> fill("province", random.Random(1)) in set(_names()[3])
    True
    """
    try:
        return FILLERS[kind](rng)
    except KeyError:
        raise ValueError(f"unknown slot kind {kind!r}; known: {sorted(FILLERS)}") from None
