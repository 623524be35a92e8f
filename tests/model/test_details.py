"""Tests of model.details (and the lists of model.lexicon it uses)."""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pythainlp.corpus import thai_profanity_words

from model import lexicon
from model.details import KINDS, PERSONAL_KINDS, PLACEHOLDERS, Span, extract, mask_personal, summarize

ALL_DIGITS = re.compile(r"\d")


def found(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in extract(text)]


def texts_of(text: str, kind: str) -> list[str]:
    return [s.text for s in extract(text) if s.kind == kind]


@pytest.fixture
def tip_off() -> str:
    return (
        "เรียน ป.ป.ช. ขอร้องเรียนนายสมชาย ใจดี ปลัด อบต.บ้านโคก อำเภอเมืองขอนแก่น จังหวัดขอนแก่น "
        "เรียกรับเงิน 50,000 บาท เมื่อวันที่ ๑๕ ม.ค. ๖๘ เวลา 14.30 น. ตามสัญญาเลขที่ 45/2567 "
        "โอนเข้าบัญชีธนาคารกรุงไทย 123-4-56789-0 ติดต่อผม 081-234-5678 ไลน์ somchai_99 "
        "เลขบัตร 1-2345-67890-12-3 อีเมล somchai.j@gmail.com ขอให้ไล่ออกด้วย"
    )


@pytest.fixture
def corpus(tip_off: str) -> list[str]:
    return [
        tip_off,
        "มึงระวังตัวไว้ ไอ้ปลัดขี้โกง จะเอาให้ตาย รถทะเบียน กข 1234 ขอนแก่น จอดหน้าสภ.เมืองขอนแก่น",
        "ผอ.สมศรี มีสุข โรงเรียนบ้านหนองบัว รับเงินใต้โต๊ะ ห้าหมื่นบาท ค่าเทอม 3,000.- ทุกวันที่ 3 เดือนนี้",
        "หนังสือที่ ขก 0023.4/1234 ลงวันที่ 15/01/2568 งบ 2.5 ล้านบาท ถนนมิตรภาพ ซ.รามคำแหง 24 หมู่ที่ 5",
        "ตอนบ่ายสองโมง เจ้าหน้าที่เทศบาลตำบลหนองบัว โทร +66 81 234 5678 หรือ ๐๘๑๒๓๔๕๖๗๘",
        "ข้าพเจ้า นางสมศรี มีสุข ขอร้องเรียนว่าถนนหน้าบ้านพัง",
        "น้ำไม่ไหลมาสามวันแล้ว ไม่มีใครมาแก้ไข เมื่อวานนี้ก็ยังไม่มา",
    ]


# --- the result shape ----------------------------------------------------------------------------------------


def test_span_is_frozen() -> None:
    span = Span("date", 0, 1, "x")
    with pytest.raises(AttributeError):
        span.start = 2  # type: ignore[misc]


def test_spans_slice_the_original_sorted_and_disjoint(corpus: list[str]) -> None:
    for text in corpus:
        spans = extract(text)
        for span in spans:
            assert text[span.start : span.end] == span.text
            assert span.kind in KINDS
        assert [s.start for s in spans] == sorted(s.start for s in spans)
        assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


def test_a_text_without_details(corpus: list[str]) -> None:
    assert extract(corpus[-1]) == []  # "water has not run for three days", yesterday is not a date
    assert extract("") == []


def test_every_kind_is_found(corpus: list[str]) -> None:
    kinds = {s.kind for text in corpus for s in extract(text)}
    assert kinds == set(KINDS)


def test_tip_off(tip_off: str) -> None:
    assert found(tip_off) == [
        ("agency", "ป.ป.ช."),
        ("person", "นายสมชาย ใจดี"),
        ("position", "ปลัด"),
        ("agency", "อบต.บ้านโคก"),
        ("place", "อำเภอเมืองขอนแก่น"),
        ("place", "จังหวัดขอนแก่น"),
        ("amount", "50,000 บาท"),
        ("date", "วันที่ ๑๕ ม.ค. ๖๘"),
        ("time", "14.30 น."),
        ("document_number", "สัญญาเลขที่ 45/2567"),
        ("bank_account", "123-4-56789-0"),
        ("phone", "081-234-5678"),
        ("line_id", "somchai_99"),
        ("national_id", "1-2345-67890-12-3"),
        ("email", "somchai.j@gmail.com"),
        ("demand", "ไล่ออก"),
    ]


def test_not_nfc_input_gives_spans_of_the_text_as_given() -> None:
    text = "ผ\u0e49\u0e39ใหญ\u0e48บ\u0e49านสมศักดิ์"  # tone mark typed before SARA UU
    assert not unicodedata.is_normalized("NFC", text)
    spans = extract(text)
    assert [(s.kind, s.text, s.start, s.end) for s in spans] == [("person", text, 0, len(text))]
    hangul = "\u1100\u1161" * 20 + " โทร 081-000-0000 ด่วน"  # decomposed Hangul before a phone number
    [phone] = extract(hangul)
    assert (phone.kind, phone.text) == ("phone", "081-000-0000")
    assert hangul[phone.start : phone.end] == "081-000-0000"
    assert mask_personal(hangul) == "\u1100\u1161" * 20 + " โทร [โทรศัพท์] ด่วน"


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from([chr(c) for c in range(0x0E01, 0x0E5C)] + list("0123456789 .,/-:@+")),
        max_size=80,
    )
)
def test_random_text_gives_valid_spans(text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    spans = extract(text)
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.end > span.start
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


# --- dates and times -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "date",
    [
        "15 ม.ค. 68",
        "15 ม.ค. 2568",
        "15/01/2568",
        "15-1-68",
        "๑๕ มกราคม ๒๕๖๘",
        "๑๕/๐๑/๒๕๖๘",
        "วันที่ 3 เดือนนี้",
        "วันที่ 15 มกราคม พ.ศ. 2568",
        "วันจันทร์ที่ 5",
        "2025-01-15",
        "มีนาคม 2567",
        "ปีงบประมาณ 2567",
        "พ.ศ. 2566",
    ],
)
def test_dates(date: str) -> None:
    assert found(f"เกิดเหตุ {date} ที่หน้าอำเภอ")[0] == ("date", date)


@pytest.mark.parametrize("text", ["เมื่อวานนี้ปลัดมาเก็บเงิน", "วันนี้", "พรุ่งนี้จะมาอีก", "32/13/2568", "45/2567"])
def test_not_dates(text: str) -> None:
    assert texts_of(text, "date") == []


@pytest.mark.parametrize(
    "time",
    ["14.30 น.", "14:30", "บ่ายสองโมง", "บ่าย 2 โมง", "หกโมงเช้า", "สองทุ่มครึ่ง", "ตีห้า", "เที่ยงคืน", "9 นาฬิกา"],
)
def test_times(time: str) -> None:
    assert texts_of(f"มาถึง {time} แล้ว", "time") == [time]


def test_time_after_vela_keeps_the_unit() -> None:
    assert texts_of("เวลา 08.30 น. และ เวลา 9.15", "time") == ["08.30 น.", "9.15"]


@pytest.mark.parametrize("text", ["ทำงาน 3 ชั่วโมง", "ตีสองหน้า", "ทุ่มเทให้งาน", "คะแนน 14.30"])
def test_not_times(text: str) -> None:
    assert texts_of(text, "time") == []


# --- amounts, documents, plates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "amount",
    [
        "250,000 บาท",
        "2.5 ล้านบาท",
        "ห้าหมื่นบาท",
        "3,000.-",
        "500บ.",
        "฿1,200",
        "๒๕๐,๐๐๐ บาท",
        "3 แสน",
        "หลายล้านบาท",
    ],
)
def test_amounts(amount: str) -> None:
    assert texts_of(f"จ่ายไป {amount} ให้ปลัด", "amount") == [amount]


@pytest.mark.parametrize("text", ["ชาวบ้าน 20 ล้านคน", "ราคา 500", "ปี 2567"])
def test_not_amounts(text: str) -> None:
    assert texts_of(text, "amount") == []


@pytest.mark.parametrize(
    "number",
    [
        "สัญญาเลขที่ 45/2567",
        "หนังสือที่ ขก 0023.4/1234",
        "ฎีกาเลขที่ 123/2567",
        "คำสั่งที่ 45/2568",
        "คดีหมายเลขดำที่ อ.1234/2566",
        "เลขที่ 12/2568",
        "มท 0808.2/ว1234",
        "สัญญาเลขที่ ๔๕/๒๕๖๗",
    ],
)
def test_document_numbers(number: str) -> None:
    assert texts_of(f"อ้างถึง {number} ลงนามแล้ว", "document_number") == [number]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("รถทะเบียน กข 1234 ขอนแก่น จอดอยู่", "กข 1234 ขอนแก่น"),
        ("ป้ายทะเบียน 1กข 1234 กรุงเทพมหานคร", "1กข 1234 กรุงเทพมหานคร"),
        ("ทะเบียนรถ: ขก-5678", "ขก-5678"),
        ("กระบะ ฉก 5678 วิ่งมา", "ฉก 5678"),
    ],
)
def test_plates(text: str, plate: str) -> None:
    assert texts_of(text, "plate") == [plate]


def test_not_plates() -> None:
    assert texts_of("รถ 1234 คัน และ คน 5000 คน", "plate") == []


# --- places, agencies, positions, persons --------------------------------------------------------------------


@pytest.mark.parametrize(
    "place",
    [
        "จังหวัดขอนแก่น",
        "จ.ตาก",
        "อำเภอเมืองขอนแก่น",
        "อ.บ้านไผ่",
        "ตำบลในเมือง",
        "ต.ท่าพระ",
        "หมู่ที่ 5",
        "ม.5",
        "บ้านหนองบัว",
        "ถนนมิตรภาพ",
        "ซ.รามคำแหง 24",
        "ซอย 12",
        "เขตบางรัก",
        "บ้านเลขที่ 12/3",
        "ภูเก็ต",
        "กรุงเทพฯ",
    ],
)
def test_places(place: str) -> None:
    assert texts_of(f"เหตุเกิดที่ {place} เมื่อเช้า", "place") == [place]


@pytest.mark.parametrize(
    "text",
    [
        "ไม่ดีเลย",  # เลย is a province only after จังหวัด/จ.
        "ตากผ้าไว้",
        "ถนนคอนกรีตชำรุด",
        "บ้านผมอยู่ใกล้",
        "ในเขตพื้นที่",
        "อ.สมชาย สอนดี",  # a teacher, not a district
        "วันที่ 5 ต.ค. 67",
    ],
)
def test_not_places(text: str) -> None:
    assert texts_of(text, "place") == []


@pytest.mark.parametrize(
    "agency",
    [
        "อบต.บ้านโคก",
        "เทศบาลตำบลบ้านเป็ด",
        "ทต.ท่าพระ",
        "รพ.สต.บ้านโนน",
        "โรงพยาบาลขอนแก่น",
        "สำนักงานที่ดินจังหวัดขอนแก่น",
        "สภ.เมืองขอนแก่น",
        "สถานีตำรวจภูธรเมืองขอนแก่น",
        "ที่ว่าการอำเภอบ้านไผ่",
        "ศาลากลางจังหวัดเชียงใหม่",
        "โรงเรียนบ้านหนองบัว",
        "ด่านศุลกากร",
        "สำนักงานขนส่ง",
        "การประปาส่วนภูมิภาค",
        "กรมทางหลวง",
        "กทม.",
        "สพฐ.",
        "สรรพากร",
    ],
)
def test_agencies(agency: str) -> None:
    assert texts_of(f"ร้องเรียน {agency} ด้วย", "agency") == [agency]


def test_agency_name_stops_at_a_lexicon_term() -> None:
    assert texts_of("อบต.บ้านโคกโกงเงิน", "agency") == ["อบต.บ้านโคก"]
    assert texts_of("โรงพยาบาลไม่รับผู้ป่วย", "agency") == ["โรงพยาบาล"]


@pytest.mark.parametrize(
    "position", ["ปลัด", "นายกเทศมนตรี", "ผอ.", "ผู้ใหญ่บ้าน", "กำนัน", "สารวัตร", "ผกก.", "จนท.", "อธิบดี", "ครูใหญ่"]
)
def test_positions(position: str) -> None:
    assert texts_of(f"ร้องเรียน {position} ที่ไม่ทำงาน", "position") == [position]


@pytest.mark.parametrize(
    "person",
    [
        "นายสมชาย ใจดี",
        "นางสาวมานี มีนา",
        "น.ส.ดวงใจ",
        "คุณสมศรี ทองดี",
        "ร.ต.อ.ประยุทธ ทองดี",
        "ด.ต.สมพงษ์ ใจกล้า",
        "ปลัดสมชาย",  # a position followed by a known first name
        "ผู้ใหญ่บ้านสมศักดิ์",
        "นายกมล ใจงาม",  # the title นาย, not the position นายก
    ],
)
def test_persons(person: str) -> None:
    assert texts_of(f"ร้องเรียน {person} ที่ไม่ทำงาน", "person") == [person]


@pytest.mark.parametrize(
    "text", ["คุณภาพแย่มาก", "คุณสมบัติไม่ครบ", "นายจ้างไม่จ่าย", "นายหน้าค้าที่ดิน", "ผู้ว่าจ้างคือ อบต.", "รอสักครู่"]
)
def test_not_persons_nor_positions(text: str) -> None:
    assert texts_of(text, "person") == []
    assert texts_of(text, "position") == []


def test_person_name_stops_before_a_verb() -> None:
    assert texts_of("นายสมชาย เรียกรับเงิน", "person") == ["นายสมชาย"]
    assert texts_of("นายสมชายโกงเงินหลวง", "person") == ["นายสมชาย"]


# --- abuse ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("insult", ["มึง", "ไอ้สัตว์นรก", "อีควาย", "ไอ้ปลัดขี้โกง", "ชาติหมา", "ไอ้เหี้ย", "หน้าด้าน"])
def test_insults(insult: str) -> None:
    assert texts_of(f"พูดว่า {insult} ต่อหน้าชาวบ้าน", "insult") == [insult]


@pytest.mark.parametrize("threat", ["ระวังตัวไว้", "เจอดีแน่", "จะเอาให้ตาย", "ฆ่า", "ไม่ปล่อยไว้แน่", "เผาบ้าน"])
def test_threats(threat: str) -> None:
    assert texts_of(f"บอกว่า {threat} แล้วก็ไป", "threat") == [threat]


@pytest.mark.parametrize(
    "demand", ["ไล่ออก", "ย้ายออกไป", "ปลดออก", "ปลดออกจากราชการ", "สั่งพักราชการ", "ตั้งกรรมการสอบ"]
)
def test_demands(demand: str) -> None:
    assert texts_of(f"ขอให้ {demand} โดยด่วน", "demand") == [demand]


@pytest.mark.parametrize("text", ["ฆ่าเชื้อโรคทุกวัน", "ยาฆ่าแมลง", "เลี้ยงควายไว้ขาย", "ขอกู้เงินธนาคาร", "เข้าเวรยาม"])
def test_not_abuse(text: str) -> None:
    assert [s for s in extract(text) if s.kind in {"insult", "threat", "demand"}] == []


# --- personal data -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    ["1-2345-67890-12-3", "1234567890123", "1 2345 67890 12 3", "๑-๒๓๔๕-๖๗๘๙๐-๑๒-๓", "١٢٣٤٥٦٧٨٩٠١٢٣"],
)
def test_national_ids(number: str) -> None:
    assert texts_of(f"บัตรประชาชน {number} ของผม", "national_id") == [number]


@pytest.mark.parametrize(
    "phone",
    [
        "081-234-5678",
        "0812345678",
        "08-1234-5678",
        "081 234 5678",
        "+66812345678",
        "+66 81 234 5678",
        "(+66) 81 234 5678",
        "02-123-4567",
        "053-123-456",
        "๐๘๑๒๓๔๕๖๗๘",
    ],
)
def test_phones(phone: str) -> None:
    assert texts_of(f"โทร {phone} ได้ตลอด", "phone") == [phone]


@pytest.mark.parametrize("email", ["somchai.j@gmail.com", "a_b+c@agency.go.th"])
def test_emails(email: str) -> None:
    assert texts_of(f"ส่งมาที่{email}ได้เลย", "email") == [email]


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("โอนเข้าบัญชี 1234567890 แล้ว", "1234567890"),
        ("เลขบัญชี 123-4-56789-0", "123-4-56789-0"),
        ("ธนาคารกสิกรไทย สาขาขอนแก่น เลขที่ 0123456789", "0123456789"),
        ("บช. 9876543210", "9876543210"),
        ("โอน 123-4-56789-0 ให้แล้ว", "123-4-56789-0"),
    ],
)
def test_bank_accounts(text: str, account: str) -> None:
    assert texts_of(text, "bank_account") == [account]


@pytest.mark.parametrize(
    ("text", "line_id"),
    [
        ("ไลน์ somchai_99", "somchai_99"),
        ("Line: sc.99", "sc.99"),
        ("LINE ID: @shop99", "@shop99"),
        ("ID line: abc123", "abc123"),
        ("ไอดีไลน์ abc123", "abc123"),
    ],
)
def test_line_ids(text: str, line_id: str) -> None:
    assert texts_of(text, "line_id") == [line_id]


def test_online_is_not_a_line_id() -> None:
    assert texts_of("ซื้อของออนไลน์ shopee", "line_id") == []


def test_personal_data_wins_over_a_longer_span() -> None:
    # a document number would be longer, but the phone must stay visible to masking
    assert found("เลขที่ 0812345678") == [("phone", "0812345678")]


def test_longer_span_wins() -> None:
    assert found("สำนักงานที่ดินจังหวัดขอนแก่น") == [("agency", "สำนักงานที่ดินจังหวัดขอนแก่น")]
    assert found("ผู้ใหญ่บ้านสมศักดิ์") == [("person", "ผู้ใหญ่บ้านสมศักดิ์")]


# --- masking -------------------------------------------------------------------------------------------------


def test_mask_personal(tip_off: str) -> None:
    masked = mask_personal(tip_off)
    for kind, placeholder in PLACEHOLDERS.items():
        assert (placeholder in masked) == (kind != "reporter")
    for secret in ["123-4-56789-0", "081-234-5678", "somchai_99", "1-2345-67890-12-3", "somchai.j@gmail.com"]:
        assert secret not in masked
    assert "50,000 บาท" in masked and "45/2567" in masked and "นายสมชาย ใจดี" in masked


@pytest.mark.parametrize(
    "text",
    [
        "บัตร 1-2345-67890-12-3 โทร 081-234-5678",
        "บัตร ๑๒๓๔๕๖๗๘๙๐๑๒๓ โทร ๐๘๑๒๓๔๕๖๗๘",
        "โทร.0812345678หรือ+66 81 234 5678",
    ],
)
def test_masking_leaves_no_digit_of_an_id_or_a_phone(text: str) -> None:
    assert ALL_DIGITS.search(mask_personal(text)) is None


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("ผมนายสมชาย ใจดี ขอร้องเรียนนายวิชัย รักดี ปลัด อบต.", "ผม[ผู้ร้อง] ขอร้องเรียนนายวิชัย รักดี ปลัด อบต."),
        ("ข้าพเจ้า นางสมศรี มีสุข อายุ 45 ปี", "ข้าพเจ้า [ผู้ร้อง] อายุ 45 ปี"),
        ("ดิฉันชื่อสมศรี บ้านอยู่หมู่ 5", "ดิฉันชื่อ[ผู้ร้อง] บ้านอยู่หมู่ 5"),
        ("ผู้ร้อง นายสมชาย ใจดี แจ้งว่า", "ผู้ร้อง [ผู้ร้อง] แจ้งว่า"),
        ("ผมเห็นนายสมชายรับเงิน", "ผมเห็นนายสมชายรับเงิน"),  # the accused stays
        ("ผมขอร้องเรียนนางสมศรี มีสุข", "ผมขอร้องเรียนนางสมศรี มีสุข"),
    ],
)
def test_the_reporter_is_masked_and_the_accused_stay(text: str, masked: str) -> None:
    assert mask_personal(text) == masked
    reporter = [s.text for s in extract(text) if s.kind == "reporter"]
    assert not set(reporter) & set(summarize(extract(text))["persons"])


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("บัตรประชาชนเลขที่ 1.1017.00203.45.0 ครับ", "national_id", "1.1017.00203.45.0"),
        ("โทร (081) 234-5678 ได้", "phone", "(081) 234-5678"),
        ("โทร 66812345678 ได้", "phone", "66812345678"),
        ("โทร 081 - 234 - 5678 ได้", "phone", "081 - 234 - 5678"),
        ("โอนเงินเข้า 1234567890 แล้ว", "bank_account", "1234567890"),
        ("อีเมล somchai[at]gmail[dot]com นะ", "email", "somchai[at]gmail[dot]com"),
        ("ติดต่อ somchai (at) gmail dot com", "email", "somchai (at) gmail dot com"),
        ("อีเมล สมชาย@ตัวอย่าง.ไทย ครับ", "email", "สมชาย@ตัวอย่าง.ไทย"),
        ("อีเมล somchai@moi.go.th ครับ", "email", "somchai@moi.go.th"),
    ],
)
def test_personal_data_in_its_other_forms(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)
    assert value not in mask_personal(text)


def test_mask_personal_reuses_spans(tip_off: str) -> None:
    spans = extract(tip_off)
    assert mask_personal(tip_off, spans) == mask_personal(tip_off)


def test_mask_personal_without_personal_data() -> None:
    text = "ปลัดไม่ทำงาน ๑๕ ม.ค. ๖๘"
    assert mask_personal(text) == text


def test_personal_kinds_have_placeholders() -> None:
    assert set(PLACEHOLDERS) == PERSONAL_KINDS <= set(KINDS)


# --- summary -------------------------------------------------------------------------------------------------


def test_summarize(tip_off: str) -> None:
    summary = summarize(extract(tip_off + " อบต.บ้านโคก"))
    assert list(summary) == [
        "dates",
        "amounts",
        "places",
        "agencies",
        "positions",
        "document_numbers",
        "persons",
    ]
    assert summary["dates"] == ["วันที่ ๑๕ ม.ค. ๖๘"]
    assert summary["amounts"] == ["50,000 บาท"]
    assert summary["places"] == ["อำเภอเมืองขอนแก่น", "จังหวัดขอนแก่น"]
    assert summary["agencies"] == ["ป.ป.ช.", "อบต.บ้านโคก"]  # in order, without repeats
    assert summary["positions"] == ["ปลัด"]
    assert summary["document_numbers"] == ["สัญญาเลขที่ 45/2567"]
    assert summary["persons"] == ["นายสมชาย ใจดี"]


def test_summarize_nothing() -> None:
    assert summarize([]) == {
        key: []
        for key in ["dates", "amounts", "places", "agencies", "positions", "document_numbers", "persons"]
    }


# --- behaviour -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("province", "name"), [("เชียงใหม่", "นายวิชัย"), ("สงขลา", "นางสมศรี"), ("ภูเก็ต", "นายประยุทธ")]
)
def test_invariance_to_province_and_name(province: str, name: str) -> None:
    template = "{name} ใจดี ปลัด อบต.บ้านโคก จังหวัด{province} เรียกเงิน 50,000 บาท"
    base = [s.kind for s in extract(template.format(name="นายสมชาย", province="ขอนแก่น"))]
    assert [s.kind for s in extract(template.format(name=name, province=province))] == base


# --- lexicon -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("terms", "minimum"),
    [
        (lexicon.AGENCY_TERMS, 60),
        (lexicon.POSITION_TERMS, 40),
        (lexicon.INSULT_TERMS, 20),
        (lexicon.THREAT_TERMS, 20),
        (lexicon.DEMAND_TERMS, 10),
        (lexicon.CORRUPTION_TERMS, 20),
        (lexicon.TITLE_TERMS, 20),
    ],
)
def test_lexicon_lists(terms: tuple[str, ...], minimum: int) -> None:
    assert isinstance(terms, tuple)
    assert len(terms) >= minimum
    assert len(set(terms)) == len(terms)
    assert all(t and t == t.strip() and unicodedata.is_normalized("NFC", t) for t in terms)


def test_lexicon_has_the_required_terms() -> None:
    required = {
        lexicon.AGENCY_TERMS: "อบต. อบจ. เทศบาล ทต. ทม. ทน. สำนักงานที่ดิน สถานีตำรวจ สภ. สน. รพ.สต. โรงพยาบาล "
        "สำนักงานขนส่ง ด่านศุลกากร โรงเรียน สพฐ. ที่ว่าการอำเภอ ศาลากลาง สรรพากร การไฟฟ้า การประปา กรมทางหลวง กทม. "
        "สำนักงานเขต",
        lexicon.POSITION_TERMS: "นายก ปลัด ผู้ใหญ่บ้าน กำนัน ผอ. ผู้อำนวยการ สารวัตร ผกก. หัวหน้าส่วน นายช่าง ผู้กำกับ "
        "ครูใหญ่ อธิบดี ส.อบต. สจ. จนท. เจ้าหน้าที่",
        lexicon.THREAT_TERMS: "ระวังตัวไว้ เจอดีแน่ จะเอาให้ตาย ฆ่า ไม่ปล่อยไว้แน่",
        lexicon.DEMAND_TERMS: "ไล่ออก ย้ายออกไป ปลดออก",
        lexicon.CORRUPTION_TERMS: "โกง ทุจริต คอรัปชั่น สินบน ฮั้ว ส่วย เงินใต้โต๊ะ ยักยอก",
        lexicon.TITLE_TERMS: "นาย นาง นางสาว น.ส. คุณ ด.ต. ร.ต.อ. พ.ต.อ.",
        lexicon.INSULT_TERMS: "มึง ไอ้สัตว์ อีควาย",
    }
    for terms, words in required.items():
        assert set(words.split()) <= set(terms)


def test_insults_cover_pythainlp_profanity_but_ambiguous_words() -> None:
    ambiguous = {"ตาย", "บ้า", "สัตว์", "กู", "เวร", "เหี้ยน"}  # also (parts of) common words: กู้, เวรยาม
    assert set(thai_profanity_words()) - ambiguous <= set(lexicon.INSULT_TERMS)


def test_model_imports_nothing_from_training_or_service() -> None:
    for path in Path(__file__).parents[2].joinpath("model").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            assert not any(n.split(".")[0] in {"training", "service"} for n in names), path
