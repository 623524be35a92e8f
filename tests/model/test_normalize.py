"""Tests of model.normalize: each step, their composition, offsets back to the input."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pythainlp.util import normalize as pythainlp_normalize

from model.normalize import (
    STEPS,
    collapse_whitespace,
    count_elongations,
    nfc,
    normalize,
    normalize_laughter,
    normalize_with_offsets,
    original_span,
    remove_zero_width,
    squash_repeats,
    thai_digits_to_arabic,
    thai_normalize,
)

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
# Thai block (letters, vowels, marks, digits, signs), ASCII, whitespace of several kinds and zero-width
# characters: the characters users actually send, weighted towards the ones the rules touch.
ALPHABET = (
    [chr(c) for c in range(0x0E01, 0x0E5C)]
    + list("abcXYZ0123455555.,!?-/")
    + [" ", " ", " ", "\n", "\t", "\r", "\u00a0", "\u3000"]
    + ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
    + list("เเาาะ่้๊ํๅ")
)
thai_ascii_text = st.text(alphabet=st.sampled_from(ALPHABET), max_size=60)

# characters the rules create rather than copy: แ from เเ, ำ from ํา, า from ๅ
SYNTHESISED = {"\u0e41", "\u0e33", "\u0e32"}


@pytest.fixture
def complaint() -> str:
    return "  ร้องเรียน\u200bปลัดเเกล้งงงงงชาวบ้าน\n\nเรียกเงิน ๕๐,๐๐๐ บาท 555555  "


# --- steps ---------------------------------------------------------------------------------------------------


def test_nfc_keeps_thai_tone_marks_and_sara_am() -> None:
    assert nfc("น้ำ") == "น\u0e49\u0e33"  # SARA AM stays one character
    assert unicodedata.normalize("NFKC", "น้ำ") != "น้ำ"  # what NFKC would have done
    assert nfc("ก\u0e48\u0e38ม") == "ก\u0e38\u0e48ม"  # SARA U goes before the tone mark
    assert nfc("ผู้ใหญ่บ้าน") == "ผู้ใหญ่บ้าน"


def test_normalize_never_drops_tone_marks() -> None:
    text = "ผู้ใหญ่บ้านเรียกร้องน้ำใต้ดิน"
    assert normalize(text) == text


@pytest.mark.parametrize("zw", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_remove_zero_width(zw: str) -> None:
    assert remove_zero_width(f"ทุจ{zw}ริต{zw}{zw}") == "ทุจริต"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("เเปลก", "แปลก"),  # two SARA E -> SARA AE
        ("นานาาา", "นานา"),  # repeated vowel
        ("ก่่อน", "ก่อน"),  # repeated tone mark
        ("ก้่อน", "ก่อน"),  # the last of two tone marks wins
        ("พ ุ่มไม้", "พุ่มไม้"),  # space typed before a mark
        ("ดีีีี", "ดี"),
        ("  ปลัด   อบต.  ", "ปลัด อบต."),
    ],
)
def test_thai_normalize(raw: str, expected: str) -> None:
    assert thai_normalize(raw) == expected


@settings(max_examples=500, deadline=None)
@given(thai_ascii_text)
def test_thai_normalize_equals_pythainlp(text: str) -> None:
    assert thai_normalize(text) == pythainlp_normalize(text)


def test_thai_digits_to_arabic() -> None:
    assert thai_digits_to_arabic("สัญญาเลขที่ ๔๕/๒๕๖๗ ราคา ๒๕๐,๐๐๐ บาท") == "สัญญาเลขที่ 45/2567 ราคา 250,000 บาท"
    assert thai_digits_to_arabic(THAI_DIGITS) == "0123456789"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("มากกกก", "มาก"),
        ("โกงงงงงง", "โกง"),
        ("ดีมากๆๆๆ", "ดีมากๆๆๆ"),  # MAI YAMOK is left alone
        ("soooo bad", "so bad"),
        ("เลขที่ 1112", "เลขที่ 1112"),  # digits are not letters
        ("มาก", "มาก"),  # two repeats are not elongation
        ("ออก", "ออก"),
    ],
)
def test_squash_repeats(raw: str, expected: str) -> None:
    assert squash_repeats(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("5555555", "555"),
        ("ขำ555555+", "ขำ555+"),
        ("555 ตลก", "555 ตลก"),
        ("จ่าย 5555 บาท", "จ่าย 5555 บาท"),  # an amount
        ("ชาวบ้าน 5555 คน", "ชาวบ้าน 5555 คน"),
        ("เลขที่ 15555", "เลขที่ 15555"),  # part of a longer number
        ("5,555", "5,555"),
        ("55", "55"),
    ],
)
def test_normalize_laughter(raw: str, expected: str) -> None:
    assert normalize_laughter(raw) == expected


def test_collapse_whitespace() -> None:
    assert collapse_whitespace(" ปลัด\t\tอบต.\r\n\u00a0 โกง  ") == "ปลัด อบต. โกง"
    assert collapse_whitespace("\n \t") == ""


# --- composition ---------------------------------------------------------------------------------------------


def test_steps_are_in_the_documented_order() -> None:
    names = [step.__name__ for step in STEPS]
    assert names == [
        "nfc",
        "remove_zero_width",
        "thai_normalize",
        "thai_digits_to_arabic",
        "squash_repeats",
        "normalize_laughter",
        "collapse_whitespace",
    ]
    doc = normalize.__doc__ or ""
    assert [doc.index(f":func:`{name}`") for name in names] == sorted(
        doc.index(f":func:`{n}`") for n in names
    )


def test_normalize_complaint(complaint: str) -> None:
    assert normalize(complaint) == "ร้องเรียนปลัดแกล้งชาวบ้าน เรียกเงิน 50,000 บาท 555"


def test_thai_laughter_in_thai_digits() -> None:
    assert normalize("๕๕๕๕๕ ขำ") == "555 ขำ"


@pytest.mark.parametrize(
    "text",
    [
        "ร้องเรียนปลัดอบต.บ้านโคก เรียกเงิน ๕๐,๐๐๐ บาท",
        "  โกงงงงงง มากกกก 5555555 ดีๆๆ\n\nขอให้ตรวจสอบ\u200bด่วน  ",
        "เเจ้งว่าน้ำไม่ไหลลลล\tมาสามวันแล้ว!!!",
    ],
)
def test_normalize_is_idempotent_on_real_text(text: str) -> None:
    # not on arbitrary strings: pythainlp's own rules sometimes need a second pass on garbage ("ดๅๅ")
    once = normalize(text)
    assert normalize(once) == once


# --- elongation ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "count"),
    [
        ("โกงงงงง มากกกก", 2),
        ("ดีีีีี", 1),  # a vowel typed again and again
        ("ดีๆๆๆ 5555", 0),  # MAI YAMOK and laughter are not elongation
        ("ปกติ", 0),
        ("", 0),
    ],
)
def test_count_elongations(raw: str, count: int) -> None:
    assert count_elongations(raw) == count


# --- offsets -------------------------------------------------------------------------------------------------


def test_offsets_example(complaint: str) -> None:
    norm, offsets = normalize_with_offsets(complaint)
    assert norm == normalize(complaint)
    assert len(offsets) == len(norm)
    start = norm.index("แกล้ง")
    s, e = original_span(complaint, offsets, start, start + len("แกล้ง"))
    assert complaint[s:e] == "เเกล้งงงงง"  # two SARA E and the whole elongation, as typed
    start = norm.index("50,000")
    s, e = original_span(complaint, offsets, start, start + len("50,000"))
    assert complaint[s:e] == "๕๐,๐๐๐"


def test_offsets_point_at_sara_aa_for_sara_am() -> None:
    raw = "น\u0e49\u0e4d\u0e32"  # NIKHAHIT + SARA AA typed for SARA AM
    norm, offsets = normalize_with_offsets(raw)
    assert norm == "น้ำ"
    assert offsets == [0, 1, 3]


def test_offsets_through_nfc_reordering() -> None:
    raw = "ก\u0e48\u0e38ม"  # tone mark typed before SARA U
    norm, offsets = normalize_with_offsets(raw)
    assert norm == "ก\u0e38\u0e48ม"
    assert offsets == [0, 2, 1, 3]


def test_original_span_rejects_empty_span() -> None:
    with pytest.raises(ValueError, match="empty or outside"):
        original_span("ก", [0], 1, 1)


def _expected_char(original: str) -> str:
    if original in THAI_DIGITS:
        return str(THAI_DIGITS.index(original))
    return " " if original.isspace() else original


@settings(max_examples=1000, deadline=None)
@given(thai_ascii_text)
def test_normalize_with_offsets_matches_normalize(text: str) -> None:
    norm, offsets = normalize_with_offsets(text)
    assert norm == normalize(text)
    assert len(offsets) == len(norm)
    assert all(0 <= i < len(text) for i in offsets)
    for ch, i in zip(norm, offsets, strict=True):
        assert ch == _expected_char(text[i]) or ch in SYNTHESISED


@settings(max_examples=300, deadline=None)
@given(thai_ascii_text, st.data())
def test_original_span_covers_the_source(text: str, data: st.DataObject) -> None:
    norm, offsets = normalize_with_offsets(text)
    if not norm:
        return
    start = data.draw(st.integers(0, len(norm) - 1))
    end = data.draw(st.integers(start + 1, len(norm)))
    s, e = original_span(text, offsets, start, end)
    assert 0 <= s < e <= len(text)
    assert all(s <= i < e for i in offsets[start:end])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_any_unicode_text(text: str) -> None:
    norm, offsets = normalize_with_offsets(text)
    assert norm == normalize(text)
    assert len(offsets) == len(norm)


def test_offsets_exact_after_decomposed_hangul() -> None:
    """NFC composes 20 syllables of 3 jamo each; what follows still maps back character for character."""
    jamo = "".join(chr(0x1100 + i % 19) + chr(0x1161 + i) + "\u11a8" for i in range(20))
    raw = jamo + " โทร 081-000-0000 ปลัดเเกล้ง"
    norm, offsets = normalize_with_offsets(raw)
    assert (
        norm.startswith(unicodedata.normalize("NFC", jamo)) and len(unicodedata.normalize("NFC", jamo)) == 20
    )
    for needle, typed in (("081-000-0000", "081-000-0000"), ("แกล้ง", "เเกล้ง"), ("000", "000")):
        start = norm.index(needle)
        s, e = original_span(raw, offsets, start, start + len(needle))
        assert raw[s:e] == typed
    assert offsets[:20] == list(range(0, 60, 3))  # each syllable points to its first jamo


def test_offsets_follow_marks_reordered_by_nfc() -> None:
    raw = "ก" + "\u0e48\u0e38" * 3 + "ข"
    norm, offsets = normalize_with_offsets(raw)
    assert norm == normalize(raw) == "ก\u0e38\u0e48ข"
    assert [raw[i] for i in offsets] == list(norm)


def test_every_step_tracks_offsets_with_the_same_rules() -> None:
    text = "  ปลัดเเกล้ง\u200bโกงงงงง\n\n เงิน ๕๐,๐๐๐ บาท 55555 \u0e48"
    offsets = list(range(len(text)))
    for step in STEPS:
        tracked, offsets = step.track(text, offsets)
        assert tracked == step(text)
        assert len(offsets) == len(tracked)
        text = tracked
