"""Features: the prepared document and the detail block."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from model.features import count_digits, prepare

ALPHABET = list("0123456789๐๑๒๓๔๕๖๗๘๙กขค ปลัด.,") + ["²", "٣", "１", "𝟘", "a", "\u0e48"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=40) | st.text(max_size=40))
def test_count_digits_equals_isdigit(text: str) -> None:
    assert count_digits(text) == sum(map(str.isdigit, text))


def test_doc_raw_span_maps_back_to_the_input() -> None:
    raw = "  ปลัดเเกล้งงงง เรียกเงิน ๕๐,๐๐๐ บาท"
    doc = prepare(raw)
    start = doc.norm.index("50,000")
    s, e = doc.raw_span(start, start + len("50,000"))
    assert raw[s:e] == "๕๐,๐๐๐"
    assert [t for t, _, _ in doc.tokens][:2] == ["ปลัด", "แกล้ง"]
